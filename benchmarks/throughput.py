"""Throughput of `analyze_batch` against bare spaCy `nlp.pipe` on the same BBC articles, and
what each stage costs as a share of the bare parse.

    python benchmarks/throughput.py [--n 200] [--batch-size 32] [--workers 1]

The baseline is the model package as spaCy ships it; ours adds our pipeline components (paragraph
breaks, the toponym ruler) and the extraction. Both run after a warm-up on a few articles, so the
ratio measures what wirelens adds, not model loading. The stage table times each extractor over
documents parsed once. The corpus is read from ../shared/corpus beside the repository and is never
copied into it.
"""

from __future__ import annotations

import argparse
import importlib
import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

from spacy.tokens import Doc

from wirelens import Article, Settings, analyze_batch, load_pipeline
from wirelens.extract.actors import extract_actors
from wirelens.extract.affiliation import affiliate_actors
from wirelens.extract.cues import find_cues
from wirelens.extract.events import extract_events
from wirelens.extract.knowledge import default_knowledge
from wirelens.extract.places import extract_places
from wirelens.extract.relations import extract_relations
from wirelens.extract.statements import extract_statements
from wirelens.extract.times import extract_times
from wirelens.ingest.articles import make_article

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "bbc-news-2225.jsonl"
WARMUP = 5


def read_articles(path: Path, n: int, settings: Settings) -> list[Article]:
    """The first `n` articles of a `{id, outlet, category, title, text}` JSONL file."""
    articles = []
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if len(articles) == n:
                break
            if not line.strip():
                continue
            obj = json.loads(line)
            articles.append(
                make_article(
                    obj["text"], source=f"{path.name}:{number}", settings=settings,
                    outlet=obj.get("outlet"), title=obj.get("title"), source_id=obj.get("id"),
                )
            )
    return articles


def timed(run: Callable[[], int]) -> tuple[float, int]:
    """Seconds taken by `run` and the count it returned."""
    start = time.perf_counter()
    count = run()
    return time.perf_counter() - start, count


def stage_seconds(docs: list[Doc]) -> dict[str, float]:
    """Seconds each extraction stage takes over already parsed documents (no publication date:
    the BBC file has none)."""
    knowledge = default_knowledge()
    spent = dict.fromkeys(
        ("attribution: cues", "attribution: statements", "actors", "times", "places", "events and relations"), 0.0
    )
    for doc in docs:
        start = time.perf_counter()
        cues = find_cues(doc)
        spent["attribution: cues"] += (after_cues := time.perf_counter()) - start
        actors = affiliate_actors(doc, extract_actors(doc, cues), None, knowledge)
        spent["actors"] += (after_actors := time.perf_counter()) - after_cues
        times = extract_times(doc, None)
        spent["times"] += (after_times := time.perf_counter()) - after_actors
        places = extract_places(doc)
        spent["places"] += (after_places := time.perf_counter()) - after_times
        statements = extract_statements(doc, cues, actors, times)
        spent["attribution: statements"] += (after_statements := time.perf_counter()) - after_places
        extract_relations(extract_events(doc, actors, places, times, statements), statements)
        spent["events and relations"] += time.perf_counter() - after_statements
    return spent


def peak_rss_mb() -> float:
    """Peak resident set size of this process (and finished children, with workers > 1), in MB."""
    # ru_maxrss is in kilobytes on Linux (bytes on macOS).
    scale = 1 / 1024 / 1024 if sys.platform == "darwin" else 1 / 1024
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale
    return max(own, children)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200, help="articles to process (default 200)")
    parser.add_argument("--batch-size", type=int, default=32, help="nlp.pipe batch size (default 32)")
    parser.add_argument("--workers", type=int, default=1, help="worker processes, n_process (default 1)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs of each, best kept (default 3)")
    args = parser.parse_args(argv)
    if not CORPUS.exists():
        print(f"corpus not found: {CORPUS.resolve()} (clone the repository beside `shared`)", file=sys.stderr)
        return 2

    settings = Settings(batch_size=args.batch_size, workers=args.workers)
    articles = read_articles(CORPUS, args.n, settings)
    texts = [article.text for article in articles]
    chars = sum(map(len, texts))
    nlp = load_pipeline(settings)
    model = importlib.import_module(settings.model).load()
    for _ in model.pipe(texts[:WARMUP]):
        pass
    for _ in analyze_batch(articles[:WARMUP], nlp):
        pass

    def bare() -> int:
        return sum(1 for _ in model.pipe(texts, batch_size=args.batch_size, n_process=args.workers))

    def our_parse() -> int:
        return sum(1 for _ in nlp.pipe(texts, batch_size=args.batch_size, n_process=args.workers))

    def ours() -> int:
        analyses = analyze_batch(articles, nlp, batch_size=args.batch_size, workers=args.workers)
        return sum(len(analysis.statements) for analysis in analyses)

    # Interleaved, best of --repeat: whichever ran first was otherwise charged for cold caches,
    # and on a shared machine the minimum is the least noisy estimate.
    bare_times, parse_times, ours_times = [], [], []
    for _ in range(args.repeat):
        bare_times.append(timed(bare)[0])
        parse_times.append(timed(our_parse)[0])
        seconds, statements = timed(ours)
        ours_times.append(seconds)
    bare_s, parse_s, ours_s = min(bare_times), min(parse_times), min(ours_times)
    stages = stage_seconds(list(nlp.pipe(texts, batch_size=args.batch_size)))

    bare_rate, ours_rate = len(texts) / bare_s, len(articles) / ours_s
    print(f"articles={len(articles)} chars={chars:,} batch_size={args.batch_size} workers={args.workers} "
          f"repeat={args.repeat} (best of)")
    print(f"bare nlp.pipe   {bare_rate:8.1f} articles/s  ({bare_s:.2f} s)")
    print(f"analyze_batch   {ours_rate:8.1f} articles/s  ({ours_s:.2f} s, {statements} statements)")
    print(f"ours/bare       {ours_rate / bare_rate:8.2f}x throughput  (overhead {100 * (ours_s / bare_s - 1):+.1f}% time)")
    print("stage cost, share of the bare parse time:")
    print(f"  our pipeline components (paragraph breaks, toponym ruler)  {100 * (parse_s / bare_s - 1):+6.1f}%")
    for stage, seconds in stages.items():
        print(f"  {stage:<58}{100 * seconds / bare_s:6.1f}%")
    attribution = stages["attribution: cues"] + stages["attribution: statements"]
    print(f"  {'attribution (cues + statements)':<58}{100 * attribution / bare_s:6.1f}%")
    print(f"peak RSS        {peak_rss_mb():8.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Throughput of `analyze_batch` against bare spaCy `nlp.pipe` on the same BBC articles.

    python benchmarks/throughput.py [--n 200] [--batch-size 32] [--workers 1]

Both runs use one loaded pipeline, after a warm-up on a few articles, so the ratio measures what
wirelens adds to parsing (extraction, records), not model loading. The corpus is read from
../shared/corpus beside the repository and is never copied into it.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

from wirelens import Article, Settings, analyze_batch, load_pipeline
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
    for _ in nlp.pipe(texts[:WARMUP]):
        pass
    for _ in analyze_batch(articles[:WARMUP], nlp):
        pass

    def bare() -> int:
        return sum(1 for _ in nlp.pipe(texts, batch_size=args.batch_size, n_process=args.workers))

    def ours() -> int:
        analyses = analyze_batch(articles, nlp, batch_size=args.batch_size, workers=args.workers)
        return sum(len(analysis.statements) for analysis in analyses)

    # Interleaved, best of --repeat: whichever ran first was otherwise charged for cold caches,
    # and on a shared machine the minimum is the least noisy estimate.
    bare_times, ours_times = [], []
    for _ in range(args.repeat):
        bare_times.append(timed(bare)[0])
        seconds, statements = timed(ours)
        ours_times.append(seconds)
    bare_s, ours_s = min(bare_times), min(ours_times)

    bare_rate, ours_rate = len(texts) / bare_s, len(articles) / ours_s
    print(f"articles={len(articles)} chars={chars:,} batch_size={args.batch_size} workers={args.workers} "
          f"repeat={args.repeat} (best of)")
    print(f"bare nlp.pipe   {bare_rate:8.1f} articles/s  ({bare_s:.2f} s)")
    print(f"analyze_batch   {ours_rate:8.1f} articles/s  ({ours_s:.2f} s, {statements} statements)")
    print(f"ours/bare       {ours_rate / bare_rate:8.2f}x throughput  (overhead {100 * (ours_s / bare_s - 1):+.1f}% time)")
    print(f"peak RSS        {peak_rss_mb():8.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The one entry point: every record's spans point at the article's text; batches keep order."""

from __future__ import annotations

from wirelens import Settings, analyze, analyze_batch
from wirelens.ingest import make_article


def all_spans(analysis):
    """(span, expected text or None) of every span-bearing field."""
    for a in analysis.actors:
        yield from ((m, None) for m in a.mentions)
    for p in analysis.places:
        # Mentions of one place may differ ("US", "the United States"): the name is one of them.
        yield from ((m, None) for m in p.mentions)
    for t in analysis.times:
        yield t.span, t.text
    for s in analysis.statements:
        yield s.cue.span, s.cue.text
        yield s.sentence, None
        if s.speaker_span:
            yield s.speaker_span, None
        if s.evidence_span:
            yield s.evidence_span, None
        for h in s.hedges:
            yield h.span, h.text
        for span in s.content.spans:
            yield span, None


def test_every_span_is_inside_the_text_and_matches_its_text(seed, seed_text):
    for (start, end), text in all_spans(seed):
        assert 0 <= start < end <= len(seed_text)
        if text is not None:
            assert seed_text[start:end] == text
    for s in seed.statements:
        assert s.content.text == " … ".join(seed_text[a:b] for a, b in s.content.spans)
    for p in seed.places:
        assert p.name in {seed_text[a:b] for a, b in p.mentions}


def test_record_ids_are_numbered_in_text_order(seed):
    assert [s.id for s in seed.statements] == [f"s{n}" for n in range(1, len(seed.statements) + 1)]
    assert [s.cue.span for s in seed.statements] == sorted(s.cue.span for s in seed.statements)
    assert [t.id for t in seed.times] == [f"t{n}" for n in range(1, len(seed.times) + 1)]


def test_statement_references_point_at_records(seed):
    actors = {a.id for a in seed.actors}
    times = {t.id for t in seed.times}
    for s in seed.statements:
        assert s.speaker is None or s.speaker in actors
        assert s.addressee is None or s.addressee in actors
        assert s.time is None or s.time in times


def test_batch_gives_the_same_analyses_in_order(nlp):
    texts = ["Lavrov said the talks had failed.", "Zelenskiy denied the report.", "Officials said nothing."]
    articles = [make_article(t, source=f"t{i}", settings=Settings()) for i, t in enumerate(texts)]
    assert list(analyze_batch(articles, nlp, batch_size=2)) == [analyze(a, nlp) for a in articles]

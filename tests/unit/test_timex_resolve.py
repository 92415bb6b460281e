"""Resolution in text order: values, tenses and the focus each expression was resolved from."""

from __future__ import annotations

from datetime import date

from wirelens.extract.timex.resolve import resolve_mentions


def test_each_expression_with_its_tense_value_and_focus(nlp):
    doc = nlp("Trump spoke on Monday morning. A day earlier, he met Zelenskiy. He will travel next week.")
    resolved = resolve_mentions(doc, date(2025, 12, 29))
    found = [(r.mention.text, r.tense, r.resolution.value, r.focus_index) for r in resolved]
    assert found == [
        ("Monday morning", "past", "2025-12-29TMO", None),
        ("A day earlier", "past", "2025-12-28", 0),
        ("next week", "future", "2026-W02", None),
    ]


def test_without_a_publication_date_relative_values_stay_unresolved(nlp):
    resolved = resolve_mentions(nlp("Talks ended on Friday."), None)
    assert [(r.resolution.value, r.focus_index) for r in resolved] == [("XXXX-XX-XX", None)]

from __future__ import annotations

from wirelens.extract.quotes import find_quotes, quoted_share


def inner(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


def test_curly_and_straight_quotes():
    text = 'He said “we will win” and "they will lose".'
    assert inner(text) == ["we will win", "they will lose"]
    assert all(q.closed for q in find_quotes(text))


def test_an_unclosed_quote_runs_to_the_end_of_its_paragraph():
    text = "He described it as “state terrorism, warning it.\nNext paragraph."
    (quote,) = find_quotes(text)
    assert text[quote.start : quote.end] == "state terrorism, warning it."
    assert not quote.closed


def test_quoted_share_counts_non_space_characters():
    text = 'He called it "a lie" today'
    quotes = find_quotes(text)
    whole = (text.index("called"), len(text))
    assert quoted_share([whole], quotes, text) == len("alie") / len('calledit"alie"today')
    assert quoted_share([quotes[0].span], quotes, text) == 1.0


def test_two_apostrophes_quote_as_in_the_new_york_times():
    text = "Not paying taxes ''makes me smart,'' Donald J. Trump said. He called it ``a genius move''."
    assert inner(text) == ["makes me smart,", "a genius move"]

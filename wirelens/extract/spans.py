"""Helpers shared by the extractors: character spans of tokens and phrases."""

from __future__ import annotations

from spacy.tokens import Doc, Span as SpacySpan, Token

from ..model import Span

_EDGE_PUNCT = set(",;:-–—")


def char_span(doc: Doc, start: int, end: int) -> Span:
    """The character span of tokens [start, end) of `doc`."""
    return (doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))


def token_span(token: Token) -> Span:
    return (token.idx, token.idx + len(token))


def subtree_span(token: Token, exclude: frozenset[int] = frozenset()) -> tuple[int, int]:
    """Token range [start, end) of `token`'s subtree, cut before any excluded child's subtree
    and without edge punctuation (a clause's trailing comma is not part of what was said)."""
    start, end = token.left_edge.i, token.right_edge.i + 1
    for child in token.children:
        if child.i in exclude:
            if child.i > token.i:
                end = min(end, child.left_edge.i)
            else:
                start = max(start, child.right_edge.i + 1)
    return trim(token.doc, start, end)


def trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token range [start, end) without edge spaces and clause punctuation."""
    while end - start > 1 and (doc[end - 1].is_space or doc[end - 1].text in _EDGE_PUNCT):
        end -= 1
    while end - start > 1 and (doc[start].is_space or doc[start].text in _EDGE_PUNCT):
        start += 1
    return start, end


def sentence_of(doc: Doc, char: int) -> SpacySpan:
    """The sentence holding character offset `char`."""
    return doc.char_span(char, char + 1, alignment_mode="expand").sent

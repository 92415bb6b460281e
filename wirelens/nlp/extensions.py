"""Custom Doc attributes of the wirelens pipeline, declared once (spaCy's "best practices")."""

from __future__ import annotations

from spacy.tokens import Doc

TOPONYMS = "wirelens_toponyms"


def register_extensions() -> None:
    """Declare the `doc._.wirelens_*` attributes; safe to call more than once.

    `doc._.wirelens_toponyms`: the place names the gazetteer ruler accepted, each
    `[start_token, end_token, cue, [gazetteer entry, ...]]`, an entry a list of the
    fields of `nlp.gazetteer.Entry` (plain lists, so the Doc crosses process boundaries).
    """
    if not Doc.has_extension(TOPONYMS):
        Doc.set_extension(TOPONYMS, default=None)

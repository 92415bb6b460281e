"""A pipeline component that starts a sentence at every paragraph break.

The small model's parser runs sentences across blank lines ("... by closing loopholes.\\n\\n''You'd
think ...'' said Mr. Holtz-Eakin"), and then hangs a quotation on the previous paragraph's verb.
News paragraphs never continue a sentence, so the boundary is set before the parser, which keeps
boundaries it is given.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

NAME = "paragraph_breaks"


@Language.component(NAME)
def paragraph_breaks(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc

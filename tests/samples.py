"""A hand-built analysis with every kind of record, for tests of code downstream of `analyze`."""

from __future__ import annotations

from wirelens.model import (
    Actor,
    Analysis,
    Article,
    Content,
    Cue,
    Event,
    Place,
    Position,
    Quantity,
    Relation,
    Statement,
    TextSpan,
    Timex,
)

# Wire copy after the seed article (DESIGN.md, "Worked example"); the en dash checks UTF-8 throughout.
TEXT = (
    "Russian Foreign Minister Sergei Lavrov said Ukraine attempted to attack Putin's residence in the "
    "Novgorod region on December 28–29 using 91 long-range drones. "
    "Lavrov provided no evidence to support the claim. "
    "Zelenskiy denied Ukraine had planned any such operation."
)


def span(phrase: str, within: str = "") -> tuple[int, int]:
    """The span of the first `phrase` in TEXT, or in the first `within` in TEXT."""
    start = TEXT.index(phrase, TEXT.index(within))
    return (start, start + len(phrase))


def seed_analysis(article_id: str = "sha256:seed") -> Analysis:
    """A hand-built analysis of TEXT: three actors, a place, a time, a claim and its denial, an event."""
    first_sentence = span(TEXT.split(". ")[0] + ".")
    second_sentence = span("Lavrov provided no evidence to support the claim.")
    third_sentence = span("Zelenskiy denied Ukraine had planned any such operation.")
    return Analysis(
        article=Article(
            id=article_id,
            source_id="reuters-1",
            url="https://example.org/lavrov",
            outlet="Reuters",
            title="Russia says Ukraine attacked Putin residence; Kyiv denies it",
            published="2025-12-29",
            published_source="given",
            language="en",
            text=TEXT,
        ),
        actors=[
            Actor(
                id="a1", name="Sergei Lavrov", kind="person", country="RUS", sector="GOV",
                role="Foreign Minister",
                mentions=[span("Sergei Lavrov"), span("Lavrov", within="Lavrov provided")],
            ),
            Actor(
                id="a2", name="Ukraine", kind="country", country="UKR",
                mentions=[span("Ukraine"), span("Ukraine", within="Ukraine had")],
            ),
            Actor(
                id="a3", name="Zelenskiy", kind="person", country="UKR", sector="GOV",
                mentions=[span("Zelenskiy")],
            ),
        ],
        places=[
            Place(
                id="p1", name="Novgorod region", mentions=[span("Novgorod region")], kind="admin1",
                country="RUS", admin1="RU-NGR", lat=58.5, lon=31.27, gazetteer_id="iso3166-2:RU-NGR",
            )
        ],
        times=[
            Timex(id="t1", span=span("December 28–29"), text="December 28–29", type="DATE",
                  value="2025-12-28/2025-12-29", anchor="published")
        ],
        statements=[
            Statement(
                id="s1", sentence=first_sentence, speaker="a1", speaker_span=span("Sergei Lavrov"),
                cue=Cue(span=span("said"), text="said", lemma="say"),
                content=Content(
                    spans=[span("Ukraine attempted to attack Putin's residence in the Novgorod region on "
                                "December 28–29 using 91 long-range drones")],
                    text="Ukraine attempted to attack Putin's residence in the Novgorod region on "
                         "December 28–29 using 91 long-range drones",
                ),
                mode="indirect", act="claim", evidence="none_provided", evidence_span=second_sentence,
            ),
            Statement(
                id="s2", sentence=third_sentence, speaker="a3", speaker_span=span("Zelenskiy"),
                cue=Cue(span=span("denied"), text="denied", lemma="deny"),
                content=Content(spans=[span("Ukraine had planned any such operation")],
                                text="Ukraine had planned any such operation"),
                mode="indirect", act="denial",
                hedges=[TextSpan(span=span("any such"), text="any such")],
            ),
        ],
        events=[
            Event(
                id="e1", type="ASSAULT", mode="drone", cameo="195",
                trigger=TextSpan(span=span("attack"), text="attack"), actor=["a2"], place="p1", time="t1",
                quantities=[Quantity(span=span("91 long-range drones"), value=91, item="long-range drones")],
                status="claimed", claimed_by=["s1"], disputed_by=["s2"],
            )
        ],
        relations=[Relation(type="denies", from_="s2", to="s1")],
        positions=[
            Position(actor="a3", issue="attack on Putin's residence", stance="rejects",
                     text="Ukraine had planned any such operation",
                     span=span("Ukraine had planned any such operation"),
                     statement="s2")
        ],
    )

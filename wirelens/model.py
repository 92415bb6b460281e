"""The records of an analysis (DESIGN.md, "The analysis record"): the output contract `wirelens/1`.

Every span is a `[start, end)` pair of Python string indices into `Article.text`. The JSON Schema
published by `wirelens schema` is generated from these models, never written by hand.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "wirelens/1"

Span = Annotated[tuple[int, int], Field(description="[start, end) character offsets into article.text")]

ActorKind = Literal["person", "organization", "country", "group", "unnamed"]
PlaceKind = Literal["country", "admin1", "city", "region", "facility"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
PublishedSource = Literal["metadata", "given", "inferred", "unknown"]
StatementMode = Literal["direct", "indirect", "mixed"]
SpeechAct = Literal[
    "claim", "denial", "accusation", "warning", "threat", "demand", "appeal", "promise",
    "acknowledgement", "assessment", "question", "directive", "other",
]
Evidence = Literal["none_provided", "unverified", "provided", "unknown"]
EventType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]
EventStatus = Literal["asserted", "claimed", "denied", "hypothetical", "future", "negated"]
RelationType = Literal["denies", "supports", "repeats", "responds_to"]
Bound = Literal["about", "at_least", "more_than", "at_most", "less_than"]
Stance = Literal["wants", "demands", "rejects", "offers", "accepts"]


class Record(BaseModel):
    """Base of every record: unknown fields are errors, so a typo never passes silently."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Article(Record):
    id: str = Field(description="sha256: of the NFC-normalized text with collapsed whitespace")
    source_id: str | None = Field(None, description="the id the source gave the article (JSONL input)")
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = Field(None, description="ISO date or datetime")
    published_source: PublishedSource = "unknown"
    language: str | None = Field(None, description="ISO 639-1 code")
    text: str


class TextSpan(Record):
    span: Span
    text: str


class Cue(TextSpan):
    lemma: str


class Content(Record):
    spans: list[Span] = Field(description="one span, or several when the content is discontinuous")
    text: str


class Actor(Record):
    id: str
    name: str = Field(description="the longest form in the article")
    kind: ActorKind
    country: str | None = Field(None, description="ISO 3166-1 alpha-3 or IGO code")
    sector: str | None = Field(None, description="PLOVER sector: GOV, MIL, REB, JRN, ...")
    role: str | None = None
    mentions: list[Span] = Field(default_factory=list)
    registry_id: str | None = Field(None, description="corpus-level identity, filled by link/")


class Place(Record):
    id: str
    name: str
    mentions: list[Span] = Field(default_factory=list)
    kind: PlaceKind | None = None
    country: str | None = Field(None, description="ISO 3166-1 alpha-3")
    admin1: str | None = Field(None, description="ISO 3166-2")
    lat: float | None = None
    lon: float | None = None
    gazetteer_id: str | None = None


class Timex(Record):
    id: str
    span: Span
    text: str
    type: TimexType
    value: str = Field(description="TIMEX3 value: 2025-12-29, 2025-12-28/2025-12-29, 2022-02, P3D, PRESENT_REF")
    anchor: str | None = Field(None, description="'published' or the id of the time it was resolved against")


class Quantity(Record):
    span: Span
    value: float = Field(description="the number; a share in percent (\"a fifth\" -> 20)")
    unit: str | None = Field(None, description="km, mi, m, t, kg, %, bbl, or an ISO 4217 currency")
    item: str | None = Field(None, description="what is counted or measured (\"long-range drones\")")
    bound: Bound | None = Field(None, description="how the text bounds the value (\"about\", \"at least\", \"up to\")")


class Statement(Record):
    id: str
    sentence: Span = Field(description="the sentence holding the cue")
    speaker: str | None = Field(None, description="actor id")
    speaker_span: Span | None = None
    cue: Cue
    content: Content
    mode: StatementMode
    act: SpeechAct
    addressee: str | None = Field(None, description="actor id")
    hedges: list[TextSpan] = Field(default_factory=list)
    evidence: Evidence = "unknown"
    evidence_span: Span | None = None
    time: str | None = Field(None, description="time id of the speech act")
    quantities: list[Quantity] = Field(default_factory=list, description="the numbers the content states, for checking")


class Event(Record):
    id: str
    type: EventType | None = Field(description="PLOVER type; null for a CAMEO act PLOVER does not code (01 public statements, 02 appeals)")
    mode: str | None = None
    cameo: str | None = None
    quad_class: int | None = Field(None, description="CAMEO quad class of the code (1 verbal coop. .. 4 material conflict)")
    goldstein: float | None = Field(None, description="Goldstein-style score of the CAMEO code, -10 .. 10")
    trigger: TextSpan
    actor: list[str] = Field(default_factory=list)
    recipient: list[str] = Field(default_factory=list)
    actor_country: list[str] = Field(default_factory=list, description="countries of the actor (alpha-3 or IGO)")
    recipient_country: list[str] = Field(default_factory=list, description="countries of the recipient")
    place: str | None = None
    time: str | None = None
    quantities: list[Quantity] = Field(default_factory=list)
    dead: Quantity | None = Field(None, description="people killed, as the text counts them")
    injured: Quantity | None = Field(None, description="people wounded or injured")
    size: Quantity | None = Field(None, description="people taking part (protests) or acted on (arrests, expulsions)")
    status: EventStatus
    claimed_by: list[str] = Field(default_factory=list)
    disputed_by: list[str] = Field(default_factory=list)
    mentions: list[TextSpan] = Field(default_factory=list, description="later mentions of the same event (\"the alleged attack\")")


class Relation(Record):
    type: RelationType
    from_: str = Field(alias="from")
    to: str


class Position(Record):
    actor: str
    issue: str
    stance: Stance
    text: str
    span: Span
    statement: str | None = None


class Analysis(Record):
    schema_: Literal["wirelens/1"] = Field(SCHEMA_VERSION, alias="schema")
    article: Article
    actors: list[Actor] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    times: list[Timex] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    positions: list[Position] = Field(default_factory=list)

    def to_json(self, indent: int | None = None) -> str:
        """The analysis as JSON in the published form (aliases, so `schema` and `from`)."""
        return self.model_dump_json(by_alias=True, indent=indent)


def json_schema() -> dict:
    """The JSON Schema of one analysis, as `wirelens schema` prints it."""
    schema = Analysis.model_json_schema(by_alias=True)
    schema["title"] = "wirelens analysis (wirelens/1)"
    return schema

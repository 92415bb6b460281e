"""The CAMEO view of an article's events: dyadic records, one source, one target, one code each, as
PETRARCH, ICEWS and GDELT list them (`cameo_records(events, statements, actors)`).

Our event records keep one act with actor and recipient lists and say who claims it; CAMEO event
data cannot: a record is a dyad and is reported as having happened. So the view
- splits an event into its actor x recipient pairs ("the US, Russia and Switzerland met" is six
  records), and a compound actor of a mutual act without a recipient into its pairs; an event
  with neither has no record;
- lists a call or negotiation in both directions, and a meeting from its subject to whom it met,
  as PETRARCH's verb dictionary does;
- codes an attack that someone else claims as that claimer's accusation of the attacker (112), and
  an attack its own actor claims ("the group claimed it had attacked") as a claim of
  responsibility (015), as PETRARCH's coder turns "a says (b attacked c)" into "a accuses b",
  since CAMEO cannot mark an act as claimed. An attack its own side reports ("the US launched an
  air strike, Central Command said", "the air force says it has killed") or a source reports as
  news ("..., state media reported") stays the attack.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..extract.event_lexicon import EventLexicon, event_lexicon
from ..model import Actor, Event, Statement


@dataclass(frozen=True)
class Party:
    """One side of a dyad: an actor of the article, or a country when no actor was resolved."""

    actor: str | None
    country: str | None


@dataclass(frozen=True)
class CameoRecord:
    event: str
    code: str
    source: Party | None
    target: Party | None
    quad_class: int | None
    goldstein: float | None
    # The statement whose speaker is the source, for an accusation or claim of responsibility.
    statement: str | None = None

    @property
    def root(self) -> str:
        return self.code[:2]


# Acts of parties together (CAMEO's "consult", "discuss by telephone", "meet at a third location",
# "engage in negotiation"): "the US, Russia and Switzerland met" pairs each with each.
_TOGETHER = frozenset({"040", "041", "044", "046"})
# Of those, the ones PETRARCH's verb dictionary lists both ways when one party acts on another
# (CALL [041:041], "for talks" [046:046], a conference [044:044]); "X met with Y" is X's act on Y
# (MEET [040]), as a visit is the visitor's (042).
_MUTUAL = frozenset({"041", "044", "046"})
# PETRARCH's "attack" codes, whose claims it turns into accusations: material conflict, roots 18-20.
_ATTACK_ROOTS = frozenset({"18", "19", "20"})
# Statements that put an act forward as fact; a denial of it is no accusation.
_CLAIMS = frozenset({"claim", "accusation", "assessment"})
_ACCUSE, _CLAIM_RESPONSIBILITY = "112", "015"
# Cues by which a source passes on news rather than charging anyone: PETRARCH codes the act of
# "Insurgents bombarded Aleppo, state media reported" or "..., AFP reported" as the act itself.
_RELAYING = frozenset({"report"})
# Cues by which an actor takes responsibility for its act.
_CLAIMING = frozenset({"claim"})


def cameo_records(
    events: list[Event], statements: list[Statement], actors: list[Actor], lexicon: EventLexicon | None = None
) -> list[CameoRecord]:
    """The dyadic CAMEO records of `events`, in event order."""
    lexicon = lexicon or event_lexicon()
    by_id = {a.id: a for a in actors}
    spoken = {s.id: s for s in statements}
    records: list[CameoRecord] = []
    for event in events:
        if event.cameo is None:
            continue
        claimed = _claims_of(event, spoken, by_id, lexicon)
        if claimed:
            records.extend(claimed)
        else:
            records.extend(_dyads(event, event.cameo, _parties(event.actor, event.actor_country, by_id),
                                  _parties(event.recipient, event.recipient_country, by_id), lexicon))
    return records


def _parties(ids: list[str], countries: list[str], by_id: dict[str, Actor]) -> list[Party]:
    """An event's side as parties: its actors, and the countries it names that none of them stands
    for ("the US, Russia and Switzerland met": the parser made only the subject an actor)."""
    known = [by_id[i] for i in ids if i in by_id]
    # One noun group read as two actors ("the Somali militant group al-Shabab"): the inner name.
    parties = [Party(a.id, a.country) for a in known if not any(b is not a and _encloses(a, b) for b in known)]
    covered = {p.country for p in parties}
    return parties + [Party(None, c) for c in countries if c not in covered]


def _dyads(event: Event, code: str, sources: list[Party], targets: list[Party], lexicon: EventLexicon) -> list[CameoRecord]:
    mutual = code in _MUTUAL
    if not targets and code in _TOGETHER and len(sources) > 1:
        # "Gondor and Osgiliath renewed ties": each is the other's counterpart.
        return [_record(event, code, s, t, lexicon) for s in sources for t in sources if s != t]
    # An act of no one named ("a protestor demolished the building", "were recognised") is no
    # dyad: CAMEO data, PETRARCH's and GDELT's, has no record without an actor.
    # One that acts on itself ("strengthened its forces") acts on no one else: a record without target.
    forward = [(s, t) for s in (sources or [None]) for t in ([t for t in targets if not _same_actor(s, t)] or [None])
               if s is not None or t is not None]
    records = [_record(event, code, s, t, lexicon) for s, t in forward]
    if mutual:
        records += [_record(event, code, t, s, lexicon) for s, t in forward if s is not None and t is not None]
    return records


def _same_actor(source: Party | None, target: Party | None) -> bool:
    """Whether both sides are one actor of the article; two unnamed sides of one country are two
    parties ("demonstrators received assurances from the Georgian government")."""
    return source is not None and target is not None and source.actor is not None and source.actor == target.actor


def _record(event: Event, code: str, source: Party | None, target: Party | None, lexicon: EventLexicon,
            statement: str | None = None) -> CameoRecord:
    cameo = lexicon.code(code)
    return CameoRecord(event.id, code, source, target, cameo.quad_class, cameo.goldstein, statement)


def _claims_of(event: Event, spoken: dict[str, Statement], by_id: dict[str, Actor], lexicon: EventLexicon) -> list[CameoRecord]:
    """The claimers' accusations (or claims of responsibility) that stand for a claimed attack;
    empty when the attack is coded as such."""
    if event.status != "claimed" or event.cameo is None or event.cameo[:2] not in _ATTACK_ROOTS:
        return []
    attackers = _parties(event.actor, event.actor_country, by_id)
    victims = _parties(event.recipient, event.recipient_country, by_id)
    found: list[CameoRecord] = []
    for statement_id in event.claimed_by:
        statement = spoken.get(statement_id)
        speaker = by_id.get(statement.speaker) if statement is not None and statement.speaker else None
        if statement is None or speaker is None or statement.act not in _CLAIMS or not _identified(speaker):
            continue
        if statement.cue.lemma in _RELAYING or _own_organ(speaker):
            continue
        claimer = Party(speaker.id, speaker.country)
        if speaker.id in event.actor:
            # "The group claimed it had attacked": responsibility claimed; "the air force says it has
            # killed" is a side's report of its own act, which stands.
            if statement.cue.lemma in _CLAIMING:
                found += [_record(event, _CLAIM_RESPONSIBILITY, claimer, v, lexicon, statement.id) for v in victims or [None]]
        elif attackers and speaker.country not in {a.country for a in attackers}:
            found += [_record(event, _ACCUSE, claimer, a, lexicon, statement.id) for a in attackers]
    return found


def _own_organ(speaker: Actor) -> bool:
    """Whether the speaker is a state organ that names no country ("the defense ministry said",
    "the army said"): wire copy leaves out the country of the story's own side, so it reports its
    side's act rather than accusing."""
    return speaker.country is None and speaker.sector in _STATE_SECTORS


# Sectors of the state's own organs (CAMEO agent codes).
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY"})


def _encloses(outer: Actor, inner: Actor) -> bool:
    return any(s <= t and u <= e and (s, e) != (t, u) for s, e in outer.mentions for t, u in inner.mentions)


def _identified(speaker: Actor) -> bool:
    """Whether a speaker is a party CAMEO codes: a named person, organization or state, or a group of
    a known country; "medics said" is a source of news, no accuser."""
    return speaker.kind in {"person", "organization", "country"} or speaker.country is not None

"""Intended and required acts: "said it will meet", "said they would boycott", "wants to attack" are no
meeting, boycott or attack yet, but an announced intent. CAMEO codes them as their own acts
(codebook, roots 03 and 13; "express intent to ..."), so an intent is one somebody expresses: a
future act inside a statement, or one a verb of wanting governs. A future the article itself
reports ("Obama and Putin will meet in Zurich", "the US will supply arms") is the act, scheduled.
An intended cooperative act is "express intent to ..." (AGREE in PLOVER), an intended hostile
one a threat (THREATEN). A reported "X must reach an agreement" is the reporter's demand
that X act (CAMEO 10x, PLOVER REQUEST), the reporter its actor and X its recipient. A negated
cooperative act ("will not accept refugees", "would not provide support") is a refusal (12x,
REJECT). "X wants Y to act" is X's appeal to Y (02x). Verbal acts (statements, appeals,
accusations, rejections) keep their code: a future accusation is still an accusation.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..model import EventStatus
from .event_arguments import clause_of

# The intent code of each material or cooperative root, from the CAMEO codebook's 03x and 13x names.
_INTENT_OF_ROOT = {
    "04": "036",  # Express intent to meet or negotiate
    "05": "032",  # ... diplomatic cooperation
    "06": "031",  # ... material cooperation
    "07": "033",  # ... provide material aid
    "08": "035",  # ... yield
    "14": "133",  # Threaten with political dissent, protest
    "15": "138",  # Threaten with military force
    "16": "131",  # Threaten non-force (reduce relations, sanctions)
    "17": "137",  # Threaten with repression
    "18": "138",
    "19": "138",
    "20": "138",
}
# Verbs whose infinitive complement is an aim, not a done act ("wants to attack", "seeking to deepen").
# Being prepared to act is a stated willingness ("is prepared to lift the ban"); preparing to act is
# the act under way ("the army prepared to resume shelling", "prepared to attend the Olympics"), so
# the adjective is here and the verb "prepare" is not.
# The small model lemmatizes "hopes", "hoped" and "hoping" as "hop".
_INTENT_VERBS = frozenset({"want", "plan", "intend", "seek", "aim", "hope", "hop", "wish", "swear", "willing", "ready", "prepared"})
_INTENDED = frozenset({"future", "hypothetical"})


def intended(trigger: Token, framed: EventStatus | None, expressed: bool) -> bool:
    """Whether the trigger's act is announced or aimed at rather than done; `expressed`: whether
    it sits inside a statement."""
    if framed in _INTENDED and expressed:
        return True
    # "seeking to deepen a partnership": an event noun is aimed at through the verb carrying it.
    clause = clause_of(trigger)
    return clause.dep_ == "xcomp" and clause.head.lemma_.lower() in _INTENT_VERBS


def intent_code(cameo: str) -> str:
    """The CAMEO code of announcing the act `cameo` (unchanged for verbal acts)."""
    return _INTENT_OF_ROOT.get(cameo[:2], cameo)


# The demand code of each root, from the codebook's 10x names ("Demand meeting, negotiation").
_DEMAND_OF_ROOT = {"03": "107", "04": "106", "05": "102", "06": "101", "07": "103", "08": "105"}


def obliged(trigger: Token) -> bool:
    """Whether the trigger's clause says its subject must act ("must return the helicopter",
    "must reach an agreement")."""
    return any(c.dep_ == "aux" and c.lower_ == "must" for c in clause_of(trigger).children)


def demand_code(cameo: str) -> str:
    return _DEMAND_OF_ROOT.get(cameo[:2], "100")


# The refusal code of each cooperative root, from the codebook's 12x names.
_REFUSAL_OF_ROOT = {"03": "120", "04": "125", "05": "120", "06": "121", "07": "121", "08": "124"}


def refused(trigger: Token) -> bool:
    """Whether the trigger's verb is negated ("will not accept"); an act with "no" object
    ("provided no evidence") did not happen but refuses nothing."""
    return any(c.dep_ == "neg" for c in clause_of(trigger).children)


# Verbs of weighing an act: "is considering sending aid" considers a policy option (CAMEO 014).
_WEIGHING = frozenset({"consider", "weigh", "mull", "contemplate"})
CONSIDER_OPTION = "014"


def considered(trigger: Token) -> bool:
    """Whether the act is one its actor is weighing ("is considering sending aid to", "mulls
    sanctions against"), not doing."""
    clause = clause_of(trigger)
    return clause.lemma_.lower() in _WEIGHING or (clause.dep_ in {"xcomp", "ccomp"} and clause.head.lemma_.lower() in _WEIGHING)


def failed(trigger: Token) -> bool:
    """Whether the act is one its actors failed to do ("failed to reach agreement on the border"):
    coders read that as a refusal, as PLOVER's and ConfliBERT's annotators do."""
    clause = clause_of(trigger)
    return clause.dep_ == "xcomp" and clause.head.lemma_.lower() == "fail"


def refusal_code(cameo: str) -> str:
    """The code of refusing the act `cameo` (unchanged for acts that are no cooperation)."""
    return _REFUSAL_OF_ROOT.get(cameo[:2], cameo)


# The appeal code of each root, from the codebook's 02x names ("Appeal for material cooperation").
_APPEAL_OF_ROOT = {"04": "026", "05": "022", "06": "021", "07": "023", "08": "025"}
# Verbs of wanting: their clause with a subject of its own says what they want someone else to do.
_WANT_VERBS = frozenset({"want", "wish", "expect", "prefer"})


def wanted_of_others(trigger: Token) -> bool:
    """Whether a verb of wanting governs the trigger's act with another subject ("Obama wants Putin
    to attack"): the act is not done, the wanter appeals to that subject for it."""
    head = trigger.head
    return (
        trigger.dep_ in {"ccomp", "xcomp"}
        and head.lemma_.lower() in _WANT_VERBS
        and any(c.dep_ == "nsubj" for c in trigger.children)
        and any(c.dep_ == "nsubj" for c in head.children)
    )


def appeal_code(cameo: str) -> str:
    return _APPEAL_OF_ROOT.get(cameo[:2], "020")

"""Detection: where the temporal expressions of a text are, and which rule found each.

HeidelTime-style patterns over the text rather than the small model's DATE/TIME entities, which
miss "the past three months" and over-include ("the past 18 months of talks"). Spans follow the
TimeML guidelines: determiners and modifiers belong to the expression ("the third quarter", "nearly
forty years"), the preposition before it does not ("on Monday" -> "Monday"). Month and weekday
names must be capitalized, so "may" the verb and "sun" are not dates; the words around them match
in any case.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .lexicon import HOLIDAYS, NUMBER_WORD

_MONTH_NAMES = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|Feb|Aug|Sept|Oct|Nov|Dec)"
)
_WEEKDAY_NAMES = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Tues\.|Thurs\.)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_SPOKEN_YEAR = (
    r"(?i:nineteen[- ](?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)|the year two thousand)"
)
# Not part of a longer number: "2,082", or an index level "2082.1".
_YEAR = rf"(?:1[5-9]\d\d|20\d\d|{_SPOKEN_YEAR})(?![\d,.]\d)"
_NUM = (
    rf"(?i:\d+ \d/\d|\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?|(?:a |an )?(?:couple of|couple|dozen)"
    rf"|(?:a |an )?(?:hundred|thousand)|(?:{NUMBER_WORD})(?:(?:[- ]| and )(?:{NUMBER_WORD}))*|a|an)"
)
_VAGUE = r"(?i:several|a few|few|many|a number of)"
_UNIT = r"(?:second|minute|hour|day|weekend|week|fortnight|month|quarter|year|decade|century|millennium)"
_UNITS = r"(?:seconds|minutes|hours|days|weekends|weeks|months|quarters|years|decades|centuries|millennia)"
_PART = r"(?:morning|afternoon|evening|night)"
_HOLIDAY_NAMES = "|".join(sorted((re.escape(name) for name in HOLIDAYS), key=len, reverse=True))
# Included in the span and leaving the value as it is: "late November" is 1989-11 in TimeBank.
_PRE = r"(?:(?P<pre>(?i:early|late|mid|earlier|later|(?:the )?(?:end|beginning|start|middle|close) of))[- ])?"
# Not "over": in news it is mostly the preposition ("over the past year"), outside TimeML spans.
_APPROX = (
    r"(?:(?i:about|around|approximately|nearly|almost|some|roughly|more than|less than|at least|at most"
    r"|up to|no more than|fewer than|just over|just under|the better part of|only) )?"
)


def _compile(pattern: str) -> re.Pattern[str]:
    """A rule's pattern held to word boundaries, so that the engine looks for the next match
    instead of a match inside a word ("a seven-day" inside "extra seven-day")."""
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)")


def _month(name: str = "month") -> str:
    return f"(?P<{name}>{_MONTH_NAMES})"


def _weekday(name: str = "weekday") -> str:
    return f"(?P<{name}>{_WEEKDAY_NAMES})"


@dataclass(frozen=True)
class Mention:
    """A temporal expression found in a text: `[start, end)`, the rule and its named groups."""

    start: int
    end: int
    rule: str
    groups: dict[str, str]
    text: str


@dataclass(frozen=True)
class _Rule:
    name: str
    pattern: re.Pattern[str]
    accept: Callable[[re.Match[str]], bool] | None = None
    span: str | None = None
    """The group that is the expression, when the rest of the match only gives its context."""


def _after(match: re.Match[str], expression: str) -> bool:
    """Whether the text just before the match ends with `expression`."""
    return re.search(rf"(?:{expression})\s*$", match.string[max(0, match.start() - 24) : match.start()]) is not None


def _not_followed_by_a_word(match: re.Match[str]) -> bool:
    """"two days after" ends an expression only at the end of a clause; before a noun phrase
    ("two days after the attack") TimeML tags the duration and leaves "after" as a signal."""
    if match.group("direction").lower() not in {"before", "after", "back"}:
        return True
    return re.match(r"\s*[A-Za-z0-9$]", match.string[match.end() :]) is None


# Words after "the March" that show a name, not a month used as a modifier ("the March for Life").
_FUNCTION_WORDS = r"(?:for|of|on|in|at|to|by|with|and|or|was|is|has|had|will|would)"


def _month_is_a_date(match: re.Match[str]) -> bool:
    """A month name alone after "the" names something else ("the March for Life") unless a noun
    follows it ("the October slaying"); "May" alone, and "March" before "for", "of the" or "on"
    (the annual March for Life), are the month only after a word that introduces one ("in May",
    "in March for health reasons")."""
    if re.match(r"\s+\d{1,2}(?!\d)", match.string[match.end() :]):
        return False  # "last Oct. 23": the day belongs to the date, which another rule finds
    if match.group("pre") or match.group("rel"):
        return True
    if _after(match, r"\b(?i:the)"):
        # "the October slaying", "the March accession": a month naming when something was.
        return re.match(rf" (?!{_FUNCTION_WORDS}\b)[a-z]", match.string[match.end() :]) is not None
    month = match.group("month")
    a_march = month == "March" and re.match(r"\s+(?:for|of the|on)\b", match.string[match.end() :]) is not None
    return month != "May" and not a_march or _after(
        match, r"\b(?i:in|since|until|till|by|from|through|during|of|before|after|and|to|early|late|mid-)"
    )


def _season_is_dated(match: re.Match[str]) -> bool:
    """A bare season word ("fall", "spring") is more often a verb or a noun than a time."""
    return bool(match.group("rel") or match.group("year"))


def _period_is_reported(match: re.Match[str]) -> bool:
    """"the latest period" is the quarter reported in earnings news; "the period" alone is vague."""
    if match.group("period").lower() != "period":
        return True
    return re.search(r"latest|year-|comparable|same|most recent", match.group("det"), re.I) is not None


def _not_an_ordinal(match: re.Match[str]) -> bool:
    """"a second" before a word is the ordinal ("a second group", "a second betrayal")."""
    if match.group("unit").lower() != "second" or match.group("number").lower() not in {"a", "an"}:
        return True
    return re.match(r"\s+[a-z]", match.string[match.end() :]) is None


def _follows_a_rate(match: re.Match[str]) -> bool:
    """"a year" is a SET after an amount ("$5 million a year", "twice a day")."""
    return _after(match, r"(?:\d|%|\b(?i:percent|cents?|dollars?|million|billion|times|once|twice|pounds|euros|yen))")


_REL_UNIT = (
    r"(?:this|last|next|past|coming|previous|following|current|that|the (?:past|last|next|coming|previous|following"
    r"|current|same|prior|latest|preceding))"
)
_REF_WORDS = (
    r"right now|just now|now|nowadays|currently|at present|the present|presently|these days|at the moment"
    r"|recently|lately|the past|the future|as soon as possible|the near future|the near term|the short term|a later date|current"
)

_RULES: tuple[_Rule, ...] = (
    _Rule("date_iso", _compile(r"(?P<year>(?:1[5-9]|20)\d\d)-(?P<mnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])")),
    _Rule("date_slash", _compile(rf"(?P<mnum>0?[1-9]|1[0-2])/(?P<day>{_DAY})/(?P<year>(?:19|20)?\d\d)")),
    _Rule(
        "date_mdy",
        _compile(
            rf"{_PRE}(?:{_weekday()},? )?{_month()} (?P<day>{_DAY})(?:st|nd|rd|th)?"
            rf"(?:\s?[-–—]\s?(?P<day2>{_DAY}))?(?:,? (?P<year>{_YEAR}))?"
        ),
    ),
    # "April 24 and 25": the second day is a date of its own, in the month of the first.
    _Rule(
        "date_and_day",
        _compile(rf"{_month()} {_DAY}(?:st|nd|rd|th)? (?:and|or|to) (?P<day>{_DAY})(?:st|nd|rd|th)?(?![\d,.]\d| {_MONTH_NAMES}| ?%| per ?cent)"),
        span="day",
    ),
    _Rule(
        "date_dmy",
        _compile(rf"(?:{_weekday()},? )?(?:the )?(?P<day>{_DAY})(?:st|nd|rd|th)?(?: of)? {_month()}(?:,? (?P<year>{_YEAR}))?"),
    ),
    _Rule("month_year", _compile(rf"{_PRE}{_month()},? (?:(?i:of) )?(?:(?P<year>{_YEAR})|(?P<yrel>(?i:this|last|next)) (?i:year))")),
    _Rule(
        "month",
        _compile(rf"{_PRE}(?:(?P<rel>(?i:this|last|next|this past|this coming|each|every)) )?{_month()}"),
        _month_is_a_date,
    ),
    _Rule(
        "year",
        _compile(rf"(?<![$£€#\d,.])(?<!No\. ){_PRE}(?:(?i:pre|post)-)?(?:(?P<fiscal>(?i:fiscal|calendar|fiscal year|the year|model year)) )?(?P<year>{_YEAR})(?! ?%)"),
    ),
    _Rule(
        "year_period",
        _compile(rf"(?i:the) (?P<year>{_YEAR}) (?:(?P<quarter>(?i:first|second|third|fourth)) )?(?P<period>(?i:period|quarter|fiscal year|year))"),
    ),
    _Rule(
        "decade",
        _compile(
            rf"(?:(?i:the) )?{_PRE}(?:(?P<decade>1[5-9]\d|20\d)0'?s|(?i:(?:nineteen )?"
            rf"(?P<decade_word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)))"
        ),
    ),
    _Rule(
        "century",
        _compile(rf"(?:(?i:the) )?{_PRE}(?P<ordinal>\d{{1,2}}(?:st|nd|rd|th)|(?i:twenty-first|twentieth|nineteenth|eighteenth)) (?i:century)"),
    ),
    _Rule(
        "season",
        _compile(
            rf"(?:(?P<rel>(?i:this|last|next|this past|this coming|the|early|late|mid|the early|the late))[- ])?"
            rf"(?P<season>(?i:spring|summer|fall|autumn|winter))(?:(?i: of)? (?P<year>{_YEAR}))?"
        ),
        _season_is_dated,
    ),
    _Rule(
        "quarter",
        _compile(
            rf"(?:(?P<det>(?i:the|this year's|last year's|next year's|the (?:comparable )?year-(?:ago|earlier)|year-(?:ago|earlier))) )?"
            rf"(?:(?P<year>{_YEAR}) )?(?:(?i:fiscal)[- ])?(?P<ordinal>(?i:first|second|third|fourth|1st|2nd|3rd|4th))[- ]"
            rf"(?:(?i:fiscal) )?(?i:quarter)(?:(?i: of)? (?P<year2>{_YEAR}))?"
        ),
    ),
    _Rule(
        "quarter_relative",
        _compile(
            r"(?P<det>(?i:the|this|that|last|next|its|the (?:latest|current|previous|past|last|same|year-ago|year-earlier"
            r"|comparable|comparable year-ago|most recent|recent|latest fiscal|fiscal|prior-year|year-before|next)))"
            r" (?:(?i:fiscal) )?(?P<period>(?i:quarter|period))(?![\w-]| of\b)"
        ),
        _period_is_reported,
    ),
    _Rule(
        "half",
        _compile(rf"(?:(?i:the) )?(?P<ordinal>(?i:first|second))[- ](?i:half)(?: (?i:of) (?P<year>{_YEAR})| (?i:of) (?i:this|next|last) (?i:year))"),
    ),
    _Rule(
        "year_ago",
        _compile(r"(?:(?i:the) )?(?:(?i:comparable) )?(?P<unit>(?i:year|month))-(?i:ago|earlier)(?: (?i:period))?(?!\w|-)"),
    ),
    _Rule(
        "relative",
        _compile(
            rf"(?:(?P<pre>(?i:earlier|later|early|late|the end of|the beginning of|the start of|the middle of|the rest of"
            rf"|the remainder of|the balance of|the first half of|the second half of|mid|sometime|so far))[- ])?"
            rf"(?P<rel>(?i:{_REL_UNIT}))(?: (?i:fiscal|calendar))? (?P<unit>(?i:week|weekend|month|year|decade|century|day))"
            rf"(?:(?i: or so))?"
        ),
    ),
    _Rule("weekend", _compile(r"(?i:the weekend)")),
    _Rule(
        "week_of",
        _compile(rf"(?i:the (?P<unit>week|weekend) of) {_month()} (?P<day>{_DAY})(?:st|nd|rd|th)?(?:,? (?P<year>{_YEAR}))?"),
    ),
    _Rule(
        "holiday",
        _compile(rf"(?:(?P<rel>(?i:last|next|this|this past|this coming)) )?(?P<holiday>{_HOLIDAY_NAMES})(?: (?P<week>(?i:week)))?(?:,? (?P<year>{_YEAR}))?"),
    ),
    _Rule(
        "the_year",
        _compile(r"(?:(?P<pre>(?i:the (?:end|beginning|start|middle|rest) of))[- ])?(?i:the (?:full |fiscal |calendar )?year)(?:(?=(?P<ended> (?i:ended|ending))))?"),
    ),
    _Rule(
        "deictic",
        _compile(
            rf"{_PRE}(?P<word>(?i:today|yesterday|tomorrow|tonight|the day before yesterday|the day after tomorrow))"
            rf"(?: (?P<part>(?i:{_PART})))?"
        ),
    ),
    _Rule("day_part", _compile(rf"(?P<word>(?i:this|last|tomorrow|yesterday)) (?P<part>(?i:{_PART}))")),
    _Rule(
        "weekday",
        _compile(
            rf"{_PRE}(?:(?P<rel>(?i:last|next|this|this coming|this past|the previous|the following|the next|coming|past|every|each)) )?"
            rf"{_weekday()}(?P<plural>s)?(?: (?P<part>(?i:{_PART})))?"
        ),
    ),
    _Rule(
        "clock",
        _compile(
            r"(?:(?i:about|around|approximately|at about|shortly after|shortly before|just after|just before) )?"
            r"(?:(?P<hour>\d{1,2})(?:[:.](?P<minute>\d\d))? ?(?P<ampm>(?i:a\.m\.|p\.m\.|am|pm|a\.m|p\.m)(?!\w))|(?P<word>(?i:noon|midnight|midday)))"
            r"(?: (?P<zone>[ECMP][SD]T|GMT|UTC))?"
            rf"(?:,? (?P<day>(?:{_WEEKDAY_NAMES}|(?i:today|yesterday|tomorrow)|{_MONTH_NAMES} \d{{1,2}})))?"
        ),
    ),
    _Rule(
        "offset",
        _compile(
            rf"{_APPROX}(?P<number>{_NUM}|{_VAGUE}) (?P<unit>(?i:{_UNIT}))s? (?:(?i:or so) )?"
            r"(?P<direction>(?i:ago|earlier|later|before|after|from now|hence|back))"
        ),
        _not_followed_by_a_word,
    ),
    _Rule(
        "offset_the",
        _compile(r"(?i:the) (?P<unit>(?i:day|week|month|year|night)) (?P<direction>(?i:before|after|earlier|later))"),
        _not_followed_by_a_word,
    ),
    _Rule(
        "duration",
        _compile(
            rf"(?:(?P<det>(?i:the|each of the|all|the entire|the whole|the full|the first|the last|the past|the next)) |{_APPROX}(?:(?i:another|an additional) )?)"
            rf"(?:(?P<rel>(?i:past|last|next|first|final|coming|previous|latest|following|preceding|initial|remaining|early)) )?"
            rf"(?P<number>{_NUM})(?:[- ](?i:more|additional|full|straight|consecutive))? (?P<unit>(?i:{_UNIT}))(?:s)?(?:-(?i:long))?(?![- ](?i:old))"
        ),
        _not_an_ordinal,
    ),
    # "day-long", "decades-long": a unit without a number is one of it, a plural an unknown count.
    _Rule("duration_long", _compile(rf"(?P<unit>(?i:{_UNIT}|{_UNITS}))-(?i:long)")),
    _Rule("duration_hyphen", _compile(rf"(?P<number>{_NUM})-(?P<unit>(?i:{_UNIT}))(?:-(?i:long))?(?![- ](?i:old))")),
    _Rule(
        "duration_vague",
        _compile(
            rf"{_APPROX}(?P<det>(?i:several|a few|few|many|a number of|the past few|the last few|the next few|the past several"
            rf"|the next several|the last several|the first few|recent|the coming|coming|the first)) (?P<unit>(?i:{_UNITS}))"
        ),
    ),
    _Rule("duration_plural", _compile(rf"(?:(?<=\bfor )|(?<=\bover )|(?<=\bFor ))(?P<unit>(?i:{_UNITS}))")),
    _Rule("set_adverb", _compile(r"(?P<word>(?i:daily|weekly|monthly|yearly|hourly|nightly|biweekly))")),
    _Rule(
        "set_every",
        _compile(rf"(?P<every>(?i:every|each|per))(?: (?P<number>(?i:other|{_NUM})))? (?P<unit>(?i:{_UNIT}|{_PART}))s?"),
    ),
    _Rule("set_rate", _compile(rf"(?i:a|an) (?P<unit>(?i:{_UNIT}))"), _follows_a_rate),
    _Rule("reference", _compile(rf"(?P<word>(?i:{_REF_WORDS}))")),
)
_ORDER = {rule.name: i for i, rule in enumerate(_RULES)}


def find_mentions(text: str) -> list[Mention]:
    """The temporal expressions of `text` in text order, none overlapping: where rules compete,
    the longest match wins, then the rule listed first."""
    found: list[Mention] = []
    for rule in _RULES:
        for match in rule.pattern.finditer(text):
            start, end = match.span(rule.span or 0)
            if start == end or not _on_word_boundaries(text, start, end):
                continue
            if rule.accept is not None and not rule.accept(match):
                continue
            if rule.name != "holiday" and _names_a_title(text, start, end):  # not "Election Day"
                continue
            groups = {k: v for k, v in match.groupdict().items() if v is not None}
            found.append(Mention(start, end, rule.name, groups, text[start:end]))
    found.sort(key=lambda m: (-(m.end - m.start), _ORDER[m.rule], m.start))
    chosen: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for mention in found:
        if all(mention.end <= s or mention.start >= e for s, e in taken):
            chosen.append(mention)
            taken.append((mention.start, mention.end))
    return sorted(chosen, key=lambda m: m.start)


# Words of times that a title capitalizes: "60 Minutes", ABC's "This Week", "High Noon".
_TITLE_WORDS = re.compile(rf"\b(?:{_UNIT}s?|Centuries|Millennia|Noon|Midnight)\b", re.IGNORECASE)


def _names_a_title(text: str, start: int, end: int) -> bool:
    """Whether a word of time in `[start, end)` is capitalized where no sentence starts: the
    name of a show, a film or a paper, not a time."""
    for word in _TITLE_WORDS.finditer(text, start, end):
        if word.group()[0].isupper() and word.group()[1:].islower() and not _starts_a_sentence(text, word.start()):
            return True
    return False


def _starts_a_sentence(text: str, position: int) -> bool:
    before = text[max(0, position - 40) : position].rstrip(" \t\"'`(")
    return not before and position <= 40 or before[-1:] in {".", "!", "?", ":", ";", "\n"}


def _on_word_boundaries(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before == "-" and start > 1 and text[start - 2].isalnum()) and not after.isalnum()

"""Rule-based extraction and normalisation of DATE time expressions (TimeML TIMEX3 conventions).

How it works: a cheap regex finds trigger words (month and weekday names, "today", "week", "ago",
digits, ...) in the lower-cased body; at the few word starts just before each trigger, one compiled
regular expression (an ordered alternation of named rules, first match wins) is tried, and the
rule's handler turns the match into a TIMEX3 value and a precision, resolving relative expressions
("last week", "Tuesday", "two years ago") against the publication date, or rejects it ("May" as a
surname, "every Friday" as a set). Ambiguous forward/backward references ("Tuesday", "June",
"summer", "the fourth quarter") are resolved with the tense of the sentence (see ``time_tense``);
on the publication day itself a weekday is that day.

What is emitted: DATE expressions only. Clock times, durations ("three years", "the past two
weeks") and sets ("every week") are left out on purpose: the table is scored on DATEs and an extra
TIME or DURATION the gold does not tag counts as a false positive. Part-of-day phrases anchored to
a day ("Friday morning", "this morning", "tonight", "last night") are emitted with the day's value,
which is the DATE part of their TIMEX3 value.

Values and precisions: "2023-06-20" day, "2023-W24" week, "2023-W24-WE" (a weekend) week,
"2023-06" month, "2023-Q2" quarter, "2022-FA"/"2023-SU" (seasons, three months) quarter,
"2023-H1" (a half year) unknown, "2023" year, "199" decade, "19" century, and PAST_REF /
PRESENT_REF / FUTURE_REF unknown. "two weeks ago" is dated to the day, as TimeML corpora do.

Context: a few expressions are read against the article rather than the publication date, as a
reader would: "a year earlier" / "the year-ago quarter" right after "the third quarter" is that
quarter a year back; "the day" in "ended the day up 2%" is the day last named; "that year",
"the following month", "the next day", "until then", "the same month a year ago" are anchored to the
last calendar date named, "the day before Thanksgiving" to the date it precedes. Without such an
anchor they fall back to the publication date or are left out.

Extent follows TimeML: prepositions ("on", "in") are outside the expression; determiners and
modifiers ("the", "last", "early", "about two years ago") are inside.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from dataset_tools.extract.records import TimeExpression
from dataset_tools.extract.time_lexicon import (
    DECADE_WORDS,
    MONTHS,
    NUMBERS,
    ORDINALS,
    SEASON_MONTHS,
    SEASONS,
    VAGUE_NUMBERS,
    WEEKDAYS,
)
from dataset_tools.extract.time_tense import FUTURE, PAST, guess_tense
from dataset_tools.extract.time_values import (
    add_months,
    add_quarters,
    day_value,
    easter,
    month_value,
    nth_weekday,
    quarter_of,
    safe_date,
    week_value,
    weekend_value,
)

Result = tuple[str, str] | None  # (TIMEX3 value, precision), or None to reject the match

# ----------------------------------------------------------------------------- building blocks
# Patterns are lower case: they run on the lower-cased body. Handlers check the original text where
# case matters (a month name must be capitalised: "may" and "march" are ordinary words).
MON = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?)"
)
WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# Abbreviated weekdays, accepted only in front of a full date ("Tue, 20 Jun 2023", "Fri. June 16").
WDX = rf"(?:{WD}|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b\.?)"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|,\d{3})"
YEAR = r"(?:1[0-9]\d\d|20\d\d)(?!\d)"
# "early", "late", "mid", "the end of": TIMEX3 keeps these in the extent (as a MOD attribute) and the
# value of the expression they modify.
PRE = (
    r"(?:(?:the\s+)?(?:very\s+)?(?:beginning|start|end|middle|close|turn|outset)\s+of\s+"
    r"|(?:the\s+)?(?:early|late|mid)(?:-|\s+)|mid(?=\d))"
)
NUMW = "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in NUMBERS), key=len, reverse=True))
VAGUE = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in VAGUE_NUMBERS)
REL = r"(?:this\s+past|this\s+coming|the\s+previous|the\s+following|last|next|this|previous|coming)"
APOS = "['’]"
# A year read out in a broadcast transcript after a month or season ("January nineteen ninety-seven").
_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
SPOKEN_YEAR = (
    rf"(?:nineteen|twenty)[-\s]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s]+{_ONES})?"
    rf"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
    rf"|two\s+thousand(?:\s+and)?(?:[-\s]+{_ONES})?"
)

_RULES: list[tuple[str, str]] = [
    # A timestamp's clock part is kept in the extent but not in the (DATE) value.
    ("iso", r"(?P<iso_y>\d{4})-(?P<iso_m>\d\d)-(?P<iso_d>\d\d)(?!\d)"
            r"(?:t\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:z|[+-]\d\d:?\d\d)?)?"),
    ("slash", r"(?P<sl_a>\d{1,2})/(?P<sl_b>\d{1,2})/(?P<sl_y>\d{4}|\d\d)(?![\d/])"),
    ("weekof", rf"the\s+(?:(?P<wo_ord>first|second|third|fourth|last|final)\s+)?week\s+of\s+(?P<wo_m>{MON})"
               rf"(?:\s+(?P<wo_d>{DAY}))?(?:,?\s+(?P<wo_y>{YEAR}))?"),
    ("dmy", rf"(?:(?P<dmy_wd>{WDX}),?\s+)?(?:the\s+)?(?P<dmy_d>{DAY})(?:\s+of)?\s+(?P<dmy_m>{MON})"
            rf"(?:,?\s+(?P<dmy_y>{YEAR}))?"),
    ("mdy", rf"(?:(?P<mdy_rel>last|next|this)\s+)?(?:(?P<mdy_wd>{WDX}),?\s+)?"
            rf"(?P<mdy_m>{MON})\s+(?:the\s+)?(?P<mdy_d>{DAY})"
            rf"(?:(?:,\s*|\s+)(?P<mdy_y>{YEAR}))?"),
    ("my", rf"(?P<my_pre>{PRE})?(?P<my_m>{MON}),?\s+(?:of\s+)?(?:(?P<my_y>{YEAR})|(?P<my_sy>{SPOKEN_YEAR}))"),
    ("mrel", rf"(?P<mr_pre>{PRE})?(?P<mr_m>{MON})\s+(?:of\s+)?(?P<mr_rel>this|last|next)\s+year"),
    ("mthat", rf"(?P<mt_pre>{PRE})?(?P<mt_m>{MON})\s+of\s+(?:that|the\s+same)\s+year"),
    ("mon", rf"(?:(?P<mon_rel>{REL})\s+|(?P<mon_pre>{PRE}))?(?P<mon_m>{MON})"),
    ("decade", r"(?:the\s+)?(?:(?P<dec_pre>early|mid|late)[-\s]*)?(?:(?P<dec_num>1\d\d|20\d)0['’]?s"
               r"|['’](?P<dec_short>\d)0s|(?:(?<=the\s)|(?<=\sand\s)|(?<=\sor\s))(?P<dec_bare>[2-9])0s|(?P<dec_word>twenties|thirties|forties|fifties|sixties"
               r"|seventies|eighties|nineties))"),
    ("century", r"(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?(?:(?P<cen_n>\d{1,2})(?:st|nd|rd|th)"
                r"|(?P<cen_w>eighteenth|nineteenth|twentieth|twenty[-\s]first|twenty[-\s]second))"
                r"[-\s]+century"),
    ("half", rf"(?:the\s+)?(?P<h_n>first|second|1st|2nd|latter|last|back)\s+(?:half|two\s+quarters)\s+of\s+"
             rf"(?:(?P<h_y>{YEAR})|(?P<h_rel>this|last|next|the)\s+year)"),
    ("quarter", rf"(?:the\s+)?(?:(?P<q_py>{YEAR})\s+|(?P<q_prel>this|last|next)\s+year{APOS}s\s+)?"
                r"(?:(?:fiscal|calendar|financial)[-\s]+(?:year\s+)?)?"
                r"(?P<q_n>first|second|third|fourth|1st|2nd|3rd|4th|final|last(?=[-\s]+quarter\s+of\s))"
                r"[-\s]+(?:fiscal[-\s]+)?quarter"
                r"(?:\s+(?:of|in)\s+(?:(?:fiscal|calendar|financial)\s+(?:year\s+)?)?"
                rf"(?:(?P<q_y>{YEAR})|(?P<q_rel>this|last|next|the\s+current|the\s+previous|the)\s+year))?"),
    ("hh", rf"(?P<hh_n>h[12])\s+(?P<hh_y>{YEAR})"),
    ("qq", rf"(?P<qq_n>q[1-4])(?:\s+(?:of\s+)?(?P<qq_y>{YEAR})|\s*{APOS}(?P<qq_yy>\d\d))?"),
    ("relq", r"(?:the\s+)?(?P<rq_rel>this|latest|current|last|previous|past|prior|next|coming|most\s+recent"
             r"|(?:comparable\s+)?year[-\s](?:ago|earlier))\s+(?:fiscal\s+)?"
             r"(?:(?P<rq_ord>first|second|third|fourth)[-\s]+)?(?:quarter|period)"),
    ("sameq", r"(?:the\s+)?(?:same|corresponding|comparable)\s+(?P<sq_u>period|quarter|month|time)\s+"
              r"(?:of\s+)?(?:(?:the\s+)?(?:last|previous|prior)\s+year|a\s+year\s+(?:ago|earlier|before))"
              r"|last\s+year['’]s\s+(?P<sq_u2>quarter|period)"),
    ("yearq", rf"the\s+(?P<yq_y>{YEAR})\s+(?:period|quarter)"),
    ("qago", r"the\s+(?:same\s+)?(?:quarter|period)\s+a\s+year\s+(?:ago|earlier|before)"),
    ("ago", r"(?:(?:about|nearly|almost|roughly|around|approximately|some|just|only|more\s+than|less\s+than"
            r"|over|under|exactly|at\s+least|barely|fully)\s+)?"
            rf"(?P<ago_n>\d+|{NUMW}|{VAGUE})\s+(?:(?:more|full|short|long)\s+)?"
            r"(?P<ago_u>days?|weeks?|months?|years?|decades?|centuries|century|quarters?)\s+"
            r"(?:or\s+so\s+)?(?P<ago_dir>ago|earlier|from\s+now|hence|before(?=\s*[,.;:!?)]))"),
    ("agobare", r"(?P<ab_u>years|months|weeks|days|decades)\s+ago"),
    ("inthe", r"(?P<it_pre>earlier|later|early|late)\s+in\s+the\s+(?P<it_unit>day|week|month|year)"),
    ("anaph", r"(?:(?P<an_mod>earlier|later|early|late)\s+)?"
              r"(?P<an_det>that\s+same|that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding|the\s+prior)\s+"
              r"(?P<an_u>day|week|month|year|quarter|morning|afternoon|evening|night)"),
    ("until_then", r"(?:(?<=until\s)|(?<=till\s)|(?<=by\s))(?:then|that\s+time)(?![-\w])"),
    ("anaph2", r"the\s+(?P<an2_u>day|week|month|year)\s+(?P<an2_dir>before|previous|prior|earlier|after)"
               r"(?=\s*[,.;:!?)\"”]|\s+(?:and|but|or|when)\b)"),
    ("relunit", r"(?:(?P<ru_pre>early|late|earlier|later|(?:the\s+)?(?:very\s+)?(?:beginning|start|end"
                r"|middle|close|rest|remainder|balance)\s+of)\s+)?(?:the\s+)?"
                r"(?P<ru_rel>this\s+past|this\s+coming|last|this|next|past|previous|coming|current|following"
                r"|same)\s+(?:calendar\s+|fiscal\s+|financial\s+)?"
                r"(?P<ru_unit>weekend|week|month|year|decade|century)"),
    ("season", rf"(?:(?P<se_rel>{REL}|the\s+past|the\s+coming|past|the\s+early|the\s+late|early|late|mid"
               r"|the)[-\s]+)?(?P<se_s>spring|summer|fall|autumn|winter)"
               rf"(?:\s+(?:of\s+)?(?:(?P<se_y>{YEAR})|(?P<se_sy>{SPOKEN_YEAR})))?"),
    ("holiday", r"(?:(?P<ho_rel>last|this|next)\s+)?(?P<ho>christmas\s+eve|christmas\s+day|christmas"
                r"|new\s+year['’]s\s+(?:day|eve)|thanksgiving(?:\s+day)?|easter\s+(?:sunday|monday|week)|holy\s+week"
                r"|easter"
                r"|good\s+friday|independence\s+day|fourth\s+of\s+july|july\s+fourth|halloween"
                r"|valentine['’]s\s+day|boxing\s+day|memorial\s+day|labou?r\s+day|veterans\s+day"
                r"|election\s+day|guy\s+fawkes\s+night|bonfire\s+night|remembrance\s+sunday|black\s+friday"
                r"|cyber\s+monday|juneteenth|martin\s+luther\s+king(?:\s+jr\.?)?\s+day|mlk\s+day"
                r"|presidents['’]?\s+day|inauguration\s+day|st\.?\s+patrick['’]s\s+day|columbus\s+day)"
                rf"(?:\s+(?P<ho_y>{YEAR}))?"),
    ("yearadj", r"(?P<ya>year)(?:[-\s](?P<ya_k>ago|earlier|end)|['’]s\s+end)"),
    ("daywords", r"(?:(?P<dw_mod>early|late|earlier|later)\s+)?"
                 r"(?P<dw>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday"
                 r"|tomorrow)(?:\s+(?P<dw_tod>morning|afternoon|evening|night))?"),
    ("partday", r"(?:(?P<tod_mod>early|late|earlier|later)\s+)?(?P<tod_rel>this|last)\s+"
            r"(?P<tod_w>morning|afternoon|evening|night)"),
    ("present", r"(?:(?:right|just)\s+)?now(?!-)|currently|presently|nowadays|these\s+days"
                r"|(?:the\s+)?present\s+day|the\s+present(?=\s*[,.;:!?)]|\s+(?:and|or|but)\b)"
                r"|(?<=at\s)the\s+moment|the\s+time\s+being"),
    ("pastref", r"(?:(?:more|most|very|until|only|quite)\s+)?(?:recently|lately)"
                r"|(?:the\s+)?(?:recent|past)\s+(?:few\s+|several\s+|couple\s+of\s+)?"
                r"(?:days|weeks|months|quarters|years|decades)"
                r"|the\s+last\s+(?:few|several|couple\s+of)\s+(?:days|weeks|months|quarters|years|decades)"
                r"|recent\s+(?:memory|history|times)|then[-\s]current|recent(?=\s+[a-z])"
                r"|the\s+past(?=\s*[,.;:!?)\"”]|\s+(?:and|or|but|when|because|as|is|was|has|had|have|that"
                r"|which|to|with|for|in|on|at|by|from|it|he|she|they|we|i|there|this)\b)"),
    ("futref", r"future\s+(?:days|weeks|months|quarters|years|decades)"
               # "Islam will one day be ...": an unspecified future day after a modal.
               r"|(?:(?<=will\s)|(?<=would\s)|(?<=could\s)|(?<=might\s)|(?<=may\s)|(?<=can\s)|(?<=shall\s))"
               r"one\s+day(?!\s+(?:after|before|later|earlier|of|in|to|at)\b)"
               r"|(?:the\s+)?(?:(?:near|distant|foreseeable|immediate|not[-\s]too[-\s]distant)\s+)?future"
               r"|(?:(?:very|quite|fairly)\s+)?soon(?!-|\s+(?:as|after|afterwards|thereafter))"
               r"|the\s+(?:long|near|short|medium)\s+term"
               r"|a\s+later\s+(?:date|stage|time)"
               r"|(?:the\s+)?(?:coming|next\s+few)\s+(?:days|weeks|months|quarters|years)"
               r"|the\s+(?:days|weeks|months|years)\s+ahead"),
    ("spoken", r"(?:the\s+year\s+)?(?:(?P<sp_c>eighteen|nineteen|twenty)[-\s]+(?P<sp_y>"
               r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s]+(?:one|two|three|four|five"
               r"|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
               r"|nineteen|hundred)|two\s+thousand(?:\s+and)?(?:[-\s]+(?P<sp_t>one|two|three|four|five|six|seven"
               r"|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
               r"|twenty(?:[-\s]+(?:one|two|three|four|five|six|seven|eight|nine))?))?)"),
    ("theunit", r"(?P<tu_pre>(?:the\s+)?(?:very\s+)?(?:beginning|start|end|middle|close|rest|remainder"
                r"|balance)\s+of\s+)?the\s+(?:(?P<tu_mod>full|entire|whole|fiscal|financial)\s+)?"
                r"(?P<tu_unit>day|week|month|year|weekend|quarter)"),
    ("year", rf"(?:(?P<y_pre>{PRE}|(?:pre|post)-(?=\d))"
             rf"|(?P<y_fis>(?:the\s+)?(?:fiscal|calendar|financial|tax)\s+(?:year\s+)?"
             rf"|the\s+year\s+|fy\s?))?(?P<y_y>{YEAR})|fy\s?['’]?(?P<y_fy>\d\d)(?!\d)"),
    ("wd", rf"(?:(?P<wd_rel>{REL}|early|late|earlier|later)\s+)?(?P<wd_d>{WD})"
           r"(?:\s+(?P<wd_tod>morning|afternoon|evening|night))?"),
]

# Characters that may not touch the start of an expression: inside a word, a number, a URL or money.
# The rules are written in lower case and matched against the lower-cased body (much faster than
# case-insensitive matching); handlers look at the original text where capitalisation matters.
_MASTER_SRC = (
    r"(?<![\w'’.\-/$£€#@:])(?:" + "|".join(f"(?P<{name}>{pat})" for name, pat in _RULES) + r")(?!\w)"
)
_MASTER = re.compile(_MASTER_SRC)
_MASTER_I = re.compile(_MASTER_SRC, re.IGNORECASE)

# Words before a bare month, weekday or season that mark it as a date ("in May", "until spring").
_TEMPORAL_PREP = frozenset(
    """in on since until till by during from through throughout to before after of for over early late
    mid this last next every each between around about into""".split()
)
_SEASON_PREP = _TEMPORAL_PREP - {"to", "of", "about", "around", "into", "between"}
# What after a 4-digit number shows it is a quantity or a clock time, not a year.
_NOT_YEAR_AFTER = re.compile(
    r"\s*(?:%|percent|per\s*cent|[-–]?(?:odd|strong)\b)|[.,]\d|:\d|\s*(?:GMT|BST|EST|EDT|UTC|hours?\b|hrs\b)"
)
# Capitalised words that may stand right before a year ("In 2009", "Fiscal 2009").
_YEAR_OK_CAPS = frozenset(
    """in by since until till from of for during through before after the and or early late mid fiscal
    calendar spring summer autumn fall winter around about circa c ca between to a an that this its his her
    their our since""".split()
)
# Words after a bare year that show it is a count, not a year ("2000 people" after "about").
_QUANTIFIERS = frozenset(
    "about around approximately nearly almost some roughly over than least only just estimated".split()
)
_PREV_WORD = re.compile(r"([A-Za-z]+)[^A-Za-z\n]*$")
_NEXT_WORD = re.compile(r"^[\s,]*([A-Za-z]+)")


_QUARTER_CONTEXT = 1500  # characters after a named quarter during which "a year ago" refers to it
# Rules that name a quarter in their own right (not "a year earlier" resolved against one).
_QUARTER_RULES = frozenset(("quarter", "qq", "relq", "theunit"))
_YEAR_AGO = re.compile(r"year[-\s](?:ago|earlier)")
_DAY_CONTEXT = 400  # characters after a named day during which "the day" refers to it


_NEXT_CAP = re.compile(r" [A-Z]")


class _Ctx:
    """Per-article state passed to the rule handlers."""

    __slots__ = ("body", "day", "day_end", "dct", "quarter", "quarter_end", "ref", "ref_end")

    def __init__(self, body: str, dct: date) -> None:
        self.body = body
        self.dct = dct
        # The last quarter the article named, e.g. (1989, 3), and where: in results stories
        # "a year earlier" compares with that quarter, so it is that quarter a year before.
        self.quarter: tuple[int, int] | None = None
        self.quarter_end = -1
        # Likewise the last day named: "stocks fell on Monday ... to end the day at 7,114".
        self.day: str | None = None
        self.day_end = -1
        # The last calendar date named (value, precision): "that year", "the following day" refer to it.
        self.ref: tuple[str, str] | None = None
        self.ref_end = -1

    def quarter_context(self, pos: int) -> tuple[int, int] | None:
        if self.quarter is not None and pos - self.quarter_end < _QUARTER_CONTEXT:
            return self.quarter
        return None

    def recent_ref(self, pos: int) -> tuple[str, str] | None:
        """The last calendar date named, if it is close enough before pos to be referred back to."""
        if self.ref is not None and pos - self.ref_end < _REF_CONTEXT:
            return self.ref
        return None

    def prev_word(self, pos: int) -> str:
        m = _PREV_WORD.search(self.body, max(0, pos - 30), pos)
        return m.group(1) if m else ""

    def next_word(self, pos: int) -> str:
        m = _NEXT_WORD.match(self.body[pos:pos + 30])
        return m.group(1) if m else ""

    def tense(self, m: re.Match[str]) -> str | None:
        return guess_tense(self.body, m.start(), m.end())


# ----------------------------------------------------------------------------- resolution helpers
def _orig(ctx: _Ctx, m: re.Match[str], group: str) -> str:
    """The original (not lower-cased) text of a group."""
    return ctx.body[m.start(group):m.end(group)]


def _capitalised(ctx: _Ctx, m: re.Match[str], group: str) -> bool:
    return ctx.body[m.start(group)].isupper()


def _month_num(tok: str) -> int:
    return MONTHS[tok.rstrip(".").lower()]


# How far (days) the tense may push a month or month-day without a year back or ahead: about ten
# months, beyond which the nearer occurrence wins ("Jan. 14" in an early-January story).
_TENSE_REACH = 300


def _year_for_month(
    ctx: _Ctx, m: re.Match[str], month: int, day: int | None = None, forced: str | None = None
) -> int:
    """Year of a month (or month-day) given without one.

    The candidates are the latest occurrence not after the publication date and the first one not
    before it. The tense picks one when that occurrence is within _TENSE_REACH days (news rarely reaches
    further back or ahead without naming the year); otherwise the nearer occurrence wins.
    """
    dct = ctx.dct
    if day is None:
        if month == dct.month:
            return dct.year
        back = (dct.month - month) % 12 * 30.4
        ahead = (month - dct.month) % 12 * 30.4
        past_year = dct.year if month < dct.month else dct.year - 1
        future_year = dct.year if month > dct.month else dct.year + 1
    else:
        this = safe_date(dct.year, month, day) or safe_date(dct.year, month, 28) or dct
        if this == dct:
            return dct.year
        if this < dct:
            past_year, future_year = dct.year, dct.year + 1
        else:
            past_year, future_year = dct.year - 1, dct.year
        past_d = safe_date(past_year, month, day) or safe_date(past_year, month, 28) or dct
        fut_d = safe_date(future_year, month, day) or safe_date(future_year, month, 28) or dct
        back, ahead = (dct - past_d).days, (fut_d - dct).days
    if forced == PAST:
        return past_year
    if forced == FUTURE:
        return future_year
    tense = ctx.tense(m)
    if tense == PAST and back <= _TENSE_REACH:
        return past_year
    if tense == FUTURE and ahead <= _TENSE_REACH:
        return future_year
    return past_year if back <= ahead else future_year


def _weekday_date(dct: date, wd: int, direction: str | None) -> date:
    """The weekday nearest the publication date in the given direction; the day itself when it matches."""
    if wd == dct.weekday():
        return dct
    if direction == FUTURE:
        return dct + timedelta(days=(wd - dct.weekday()) % 7)
    return dct - timedelta(days=(dct.weekday() - wd) % 7)


def _rel_year(dct: date, rel: str | None) -> int:
    rel = (rel or "").lower()
    if "last" in rel or "previous" in rel:
        return dct.year - 1
    if "next" in rel:
        return dct.year + 1
    return dct.year


def _norm(s: str | None) -> str:
    return " ".join((s or "").lower().split())


# ----------------------------------------------------------------------------- handlers
def _h_iso(ctx: _Ctx, m: re.Match[str]) -> Result:
    d = safe_date(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
    return (day_value(d), "day") if d else None


def _h_slash(ctx: _Ctx, m: re.Match[str]) -> Result:
    a, b, y = int(m["sl_a"]), int(m["sl_b"]), int(m["sl_y"])
    if y < 100:
        y += 2000 if y <= (ctx.dct.year % 100) + 1 else 1900
    # US order first (month/day); a first number above 12 can only be a day.
    d = safe_date(y, a, b) if a <= 12 else safe_date(y, b, a)
    return (day_value(d), "day") if d else None


_EVENT_NAME_AFTER = re.compile(r",?\s+(?:terror(?:ist)?\s+)?attacks?\b")


def _full_date(
    ctx: _Ctx, m: re.Match[str], group: str, day_s: str, year_s: str | None, rel: str | None = None
) -> Result:
    if not _capitalised(ctx, m, group):
        return None  # "may 5" is a modal verb and a number
    if _EVENT_NAME_AFTER.match(ctx.body, m.end()):
        return None  # "the September 11 attacks": part of an event's name
    mon = _orig(ctx, m, group)
    month = _month_num(mon)
    day = int(re.match(r"\d+", day_s).group())  # type: ignore[union-attr]
    if mon == "May" and not year_s and ctx.prev_word(m.start()) in ("Theresa", "Mrs"):
        return None
    forced = {"last": PAST, "next": FUTURE}.get(_norm(rel))
    year = int(year_s) if year_s else _year_for_month(ctx, m, month, day, forced)
    d = safe_date(year, month, day)
    return (day_value(d), "day") if d else None


def _h_dmy(ctx: _Ctx, m: re.Match[str]) -> Result:
    return _full_date(ctx, m, "dmy_m", m["dmy_d"], m["dmy_y"])


def _h_mdy(ctx: _Ctx, m: re.Match[str]) -> Result:
    return _full_date(ctx, m, "mdy_m", m["mdy_d"], m["mdy_y"], m["mdy_rel"])


# Which day of the month stands for its n-th week: the middle day of that run of seven, so the ISO
# week chosen holds most of it ("the last week of March" is the week of March 28).
_NTH_WEEK_DAY = {"first": 4, "second": 11, "third": 18, "fourth": 25}


def _h_weekof(ctx: _Ctx, m: re.Match[str]) -> Result:
    """"the week of March 6" (the ISO week holding that day), "the last week of March" (a week)."""
    if not _capitalised(ctx, m, "wo_m"):
        return None
    month = _month_num(m["wo_m"])
    ordinal = (m["wo_ord"] or "").lower()
    if m["wo_d"]:
        if ordinal:
            return None
        day = int(re.match(r"\d+", m["wo_d"]).group())  # type: ignore[union-attr]
    elif ordinal:
        day = _NTH_WEEK_DAY.get(ordinal, 25)
    else:
        return None  # "the week of March" names no particular week
    year = int(m["wo_y"]) if m["wo_y"] else _year_for_month(ctx, m, month, day)
    if ordinal in ("last", "final"):
        day = (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=4)).day
    d = safe_date(year, month, day)
    return (week_value(d), "week") if d else None


def _h_my(ctx: _Ctx, m: re.Match[str]) -> Result:
    if not _capitalised(ctx, m, "my_m"):
        return None
    year = int(m["my_y"]) if m["my_y"] else _spoken_year(m["my_sy"])
    return month_value(year, _month_num(m["my_m"])), "month"


def _spoken_year(words: str) -> int:
    """"nineteen ninety-seven" -> 1997, "two thousand and one" -> 2001."""
    words = words.lower()
    if words.startswith("two"):
        return 2000 + _words_to_int(words[len("two thousand"):])
    century, _, rest = words.replace("-", " ").partition(" ")
    return NUMBERS[century] * 100 + _words_to_int(rest)


def _h_mrel(ctx: _Ctx, m: re.Match[str]) -> Result:
    if not _capitalised(ctx, m, "mr_m"):
        return None
    return month_value(_rel_year(ctx.dct, m["mr_rel"]), _month_num(m["mr_m"])), "month"


def _h_mthat(ctx: _Ctx, m: re.Match[str]) -> Result:
    """"In August of that year": the month of the year last named ("In January 1998 ... In August of that
    year" is 1998-08), or nothing without one."""
    if not _capitalised(ctx, m, "mt_m"):
        return None
    year = _anchored(ctx, m, "year", 0, False)
    return (month_value(int(year[0]), _month_num(m["mt_m"])), "month") if year else None


def _h_mon(ctx: _Ctx, m: re.Match[str]) -> Result:
    if not _capitalised(ctx, m, "mon_m"):
        return None
    tok = _orig(ctx, m, "mon_m")
    rel, pre = _norm(m["mon_rel"]), m["mon_pre"]
    month = _month_num(tok)
    after = ctx.body[m.end():m.end() + 3]
    if not rel and not pre:
        prev = ctx.prev_word(m.start())
        # "May" is also a name and a verb; "June", "April" are names: insist on a temporal context.
        if after[:1] in "'’" and after[1:2] == "s" and tok == "May":
            return None  # "May's government"
        if prev.lower() not in _TEMPORAL_PREP:
            # "the March elections", "a March deadline": March is rarely a name, so as an attribute
            # after a determiner it is the month ("the March on Washington" is followed by "on").
            nxt_word = ctx.next_word(m.end())
            march_attr = (
                tok == "March" and prev.lower() in ("the", "a", "this", "last", "next")
                and nxt_word[:1].islower() and nxt_word not in _SEASON_BAD_NEXT
                and ctx.body[m.end():m.end() + 1] == " "
            )
            if (tok in ("May", "March", "Mar", "Jun", "Jan") or (tok[0] == "J" and tok.endswith("."))) and (
                not march_attr
            ):
                return None
            if prev[:1].isupper() and prev not in ("The", "In", "On", "By", "Since", "Until", "Last", "Next",
                                                   "A", "An", "As", "That"):
                return None  # part of a name: "Theresa May", "Shirley March"
            # "June Carter" is a name, but "a June poll", "the August primary" and "as recently as
            # January, Obama ..." are dates.
            nxt_cap = _NEXT_CAP.match(ctx.body, m.end()) is not None
            if nxt_cap and prev.lower() not in ("a", "an", "the", "as", "this", "that", "last", "next"):
                return None
    dct = ctx.dct
    if rel:
        if "last" in rel or "previous" in rel or "past" in rel:
            year = dct.year if month < dct.month else dct.year - 1
        elif "next" in rel or "coming" in rel or "following" in rel:
            year = dct.year if month > dct.month else dct.year + 1
        else:
            year = dct.year
    else:
        year = _demonstrative_year(ctx, m, month) or _year_for_month(ctx, m, month)
    return month_value(year, month), "month"


def _demonstrative_year(ctx: _Ctx, m: re.Match[str], month: int) -> int | None:
    """"that June": a June next to the date last named, not one read against the publication date.

    "the summer months of 2016 ... that June" is June 2016; "in December 2016 ... resigned that
    February" is February 2017. For a season ``month`` is its middle month, 13 for winter (labelled with the
    year it starts in).
    """
    if ctx.prev_word(m.start()).lower() != "that":
        return None
    ref = ctx.recent_ref(m.start())
    if ref is None:
        return None
    value, precision = ref
    year = int(value[:4])
    if precision not in ("day", "month"):
        return year  # a year, a quarter or a week: its year is the one under discussion
    # Months from the anchor to that month in the years around it. A story mostly moves forward, so the
    # next one wins unless the last one is less than half as far ("in March ... that February").
    gaps = {y: y * 12 + month - (year * 12 + int(value[5:7])) for y in (year - 1, year, year + 1)}
    ahead = min((y for y in gaps if gaps[y] >= 0), key=lambda y: gaps[y])
    back = max((y for y in gaps if gaps[y] < 0), key=lambda y: gaps[y], default=None)
    return back if back is not None and -gaps[back] * 2 < gaps[ahead] else ahead


def _h_decade(ctx: _Ctx, m: re.Match[str]) -> Result:
    if m["dec_num"]:
        return m["dec_num"], "decade"
    if m["dec_word"]:
        if not m.group(0).lower().startswith("the"):
            return None  # "in his seventies" is an age
        digit = DECADE_WORDS[m["dec_word"].lower()]
        return f"19{digit}", "decade"
    digit = int(m["dec_short"] or m["dec_bare"])
    # "'90s" is the 1990s, "'10s" the 2010s: the latest such decade not after the publication date.
    century = ctx.dct.year // 100
    if century * 100 + digit * 10 > ctx.dct.year:
        century -= 1
    return f"{century:02d}{digit}", "decade"


def _h_century(ctx: _Ctx, m: re.Match[str]) -> Result:
    if m["cen_n"]:
        n = int(m["cen_n"])
    else:
        n = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20}.get(m["cen_w"].lower(), 0)
        if not n:
            n = 21 if "first" in m["cen_w"].lower() else 22
    if not 1 <= n <= 22:
        return None
    return f"{n - 1:02d}", "century"


def _h_half(ctx: _Ctx, m: re.Match[str]) -> Result:
    year = int(m["h_y"]) if m["h_y"] else _rel_year(ctx.dct, m["h_rel"])
    half = 1 if m["h_n"].lower() in ("first", "1st") else 2
    return f"{year:04d}-H{half}", "unknown"


def _h_quarter(ctx: _Ctx, m: re.Match[str]) -> Result:
    n = ORDINALS.get(m["q_n"].lower(), 4)  # "final"/"last quarter of" = the fourth
    dct = ctx.dct
    if m["q_y"]:
        year = int(m["q_y"])
    elif m["q_py"]:
        year = int(m["q_py"])
    elif m["q_rel"] or m["q_prel"]:
        year = _rel_year(dct, m["q_rel"] or m["q_prel"])
    else:
        # A quarter reported on in the past tense is the latest one of that number that has begun.
        year = dct.year
        tense = ctx.tense(m)
        cur = quarter_of(dct)
        # "the fourth quarter" in a past-tense January story is last year's; in August the coming one.
        if tense == PAST and n > cur + (1 if cur >= 2 else 0):
            year -= 1
    return f"{year:04d}-Q{n}", "quarter"


def _h_hh(ctx: _Ctx, m: re.Match[str]) -> Result:
    if not _capitalised(ctx, m, "hh_n"):
        return None
    return f"{m['hh_y']}-H{m['hh_n'][1]}", "unknown"


def _h_qq(ctx: _Ctx, m: re.Match[str]) -> Result:
    if not _capitalised(ctx, m, "qq_n"):
        return None
    n = int(m["qq_n"][1])
    if m["qq_y"]:
        year = int(m["qq_y"])
    elif m["qq_yy"]:
        year = 2000 + int(m["qq_yy"])
    else:
        year = ctx.dct.year - (1 if n > quarter_of(ctx.dct) and ctx.tense(m) == PAST else 0)
    return f"{year:04d}-Q{n}", "quarter"


def _h_sameq(ctx: _Ctx, m: re.Match[str]) -> Result:
    """"the same period last year": the period under discussion (the last named quarter) a year back."""
    unit = (m["sq_u"] or m["sq_u2"]).lower()
    dct = ctx.dct
    # "Sales fell in January compared with the same month a year ago": the month just named, a year
    # back. A period (not a quarter) is read the same way when a month was named after any quarter.
    ref = ctx.recent_ref(m.start())
    if ref is not None and (
        (unit == "month" and ref[1] in ("day", "month"))
        or (unit == "period" and ref[1] == "month" and ctx.ref_end > ctx.quarter_end)
    ):
        y, mo = add_months(int(ref[0][:4]), int(ref[0][5:7]), -12)
        return month_value(y, mo), "month"
    if unit == "month":
        y, mo = add_months(dct.year, dct.month, -12)
        return month_value(y, mo), "month"
    qc = ctx.quarter_context(m.start())
    if qc:
        return f"{qc[0] - 1:04d}-Q{qc[1]}", "quarter"
    if unit == "quarter":
        y, q = add_quarters(dct.year - 1, quarter_of(dct), -1)
        return f"{y:04d}-Q{q}", "quarter"
    return f"{dct.year - 1:04d}", "year"


def _h_qago(ctx: _Ctx, m: re.Match[str]) -> Result:
    """"the quarter a year ago": the quarter under discussion, a year back."""
    qc = ctx.quarter_context(m.start())
    if qc is None:
        y, q = add_quarters(ctx.dct.year - 1, quarter_of(ctx.dct), -1)
        return f"{y:04d}-Q{q}", "quarter"
    return f"{qc[0] - 1:04d}-Q{qc[1]}", "quarter"


def _h_yearq(ctx: _Ctx, m: re.Match[str]) -> Result:
    """"the 1988 period" in a results story: the quarter under discussion in that year."""
    qc = ctx.quarter_context(m.start())
    if qc:
        return f"{m['yq_y']}-Q{qc[1]}", "quarter"
    return m["yq_y"], "year"


def _h_relq(ctx: _Ctx, m: re.Match[str]) -> Result:
    rel = _norm(m["rq_rel"])
    dct = ctx.dct
    year, q = dct.year, quarter_of(dct)
    if "year" in rel:
        qc = ctx.quarter_context(m.start())
        if m["rq_ord"]:
            year, q = year - 1, ORDINALS[m["rq_ord"].lower()]
        elif qc:
            year, q = qc[0] - 1, qc[1]
        else:
            year, q = add_quarters(year - 1, q, -1)
    elif m["rq_ord"]:
        return None
    elif rel == "this":
        if not m.group(0).lower().endswith("quarter"):
            return None  # "this period" points back into the text, not at a calendar quarter
        # In a results story "this quarter's loss" is the quarter being reported on.
        qc = ctx.quarter_context(m.start())
        if qc is not None:
            year, q = qc
    elif rel in ("latest", "most recent", "last", "previous", "past", "prior"):
        year, q = add_quarters(year, q, -1)
    elif rel in ("next", "coming"):
        year, q = add_quarters(year, q, 1)
    return f"{year:04d}-Q{q}", "quarter"


def _shift(dct: date, unit: str, n: int) -> Result:
    """Value of the calendar unit n units away from the publication date."""
    if unit == "day":
        return day_value(dct + timedelta(days=n)), "day"
    if unit == "week":
        return week_value(dct + timedelta(weeks=n)), "week"
    if unit == "month":
        y, mo = add_months(dct.year, dct.month, n)
        return month_value(y, mo), "month"
    if unit == "quarter":
        y, q = add_quarters(dct.year, quarter_of(dct), n)
        return f"{y:04d}-Q{q}", "quarter"
    if unit == "year":
        return f"{dct.year + n:04d}", "year"
    if unit == "decade":
        return f"{(dct.year + 10 * n) // 10:03d}", "decade"
    if unit == "century":
        return f"{(dct.year + 100 * n) // 100:02d}", "century"
    return None


def _unit(word: str) -> str:
    w = word.lower()
    if w.startswith("centur"):
        return "century"
    return w[:-1] if w.endswith("s") else w


def _h_ago(ctx: _Ctx, m: re.Match[str]) -> Result:
    ntok = _norm(m["ago_n"])
    direction = _norm(m["ago_dir"])
    sign = 1 if direction in ("from now", "hence") else -1
    if ntok.isdigit():
        n = int(ntok)
    elif ntok in NUMBERS:
        n = NUMBERS[ntok]
    else:
        return ("PAST_REF" if sign < 0 else "FUTURE_REF"), "unknown"
    unit = _unit(m["ago_u"])
    if unit == "decade":
        # "two decades ago" names a year, not a decade: TIMEX3 gives the year at that distance.
        return f"{ctx.dct.year - 10 * n if sign < 0 else ctx.dct.year + 10 * n:04d}", "year"
    qc = ctx.quarter_context(m.start())
    if unit == "year" and sign < 0 and qc and direction in ("ago", "earlier"):
        return f"{qc[0] - n:04d}-Q{qc[1]}", "quarter"
    if unit == "week":
        # TimeML practice dates "two weeks ago" to the day, like "14 days ago".
        return day_value(ctx.dct + timedelta(weeks=sign * n)), "day"
    return _shift(ctx.dct, unit, sign * n)


def _h_agobare(ctx: _Ctx, m: re.Match[str]) -> Result:
    return "PAST_REF", "unknown"


def _h_inthe(ctx: _Ctx, m: re.Match[str]) -> Result:
    return _shift(ctx.dct, m["it_unit"].lower(), 0)


def _weekend(dct: date, offset_weeks: int, tense: str | None) -> Result:
    """TIMEX3 weekend value ("2023-W24-WE", the weekend ending that ISO week).

    offset_weeks is -1 for "last weekend", +1 for "next weekend", 0 otherwise; then the tense picks
    the weekend just gone or the coming one (from Saturday on, they are the current one). Without a
    cue, early-week stories mean the one just gone and late-week stories the coming one.
    """
    in_weekend = dct.weekday() >= 5
    if offset_weeks:
        return weekend_value(dct + timedelta(weeks=offset_weeks)), "week"
    if tense not in (PAST, FUTURE):
        tense = PAST if dct.weekday() <= 2 else FUTURE
    back = tense == PAST and not in_weekend
    return weekend_value(dct - timedelta(weeks=1) if back else dct), "week"


_REF_PRECISIONS = frozenset(("day", "week", "month", "quarter", "year"))
_REF_CONTEXT = 2000  # characters after a date during which "that year" / "the next day" refer to it
# Which anchor precisions can stand for each anaphoric unit.
_ANCHOR_OK = {
    "day": ("day",), "week": ("day", "week"), "month": ("day", "month"), "quarter": ("quarter",),
    "year": ("day", "week", "month", "quarter", "year"),
}


_ANAPH_STEP = {"the following": 1, "the next": 1, "the previous": -1, "the preceding": -1, "the prior": -1}


def _h_anaph(ctx: _Ctx, m: re.Match[str]) -> Result:
    """Expressions anchored to the last date named: "that year", "the following day", "the same month".

    Without an anchor of a fitting precision nearby, "the next/previous week|month|year" are read
    against the publication date ("the next year or so"); the others are left out.
    """
    det = _norm(m["an_det"])
    unit = m["an_u"].lower()
    return _anchored(ctx, m, unit, _ANAPH_STEP.get(det, 0), det != "the following")


def _h_until_then(ctx: _Ctx, m: re.Match[str]) -> Result:
    """"The rights expire on Nov. 30. Until then, ...", "by that time": the date just named."""
    ref = ctx.recent_ref(m.start())
    if ref is None or m.start() - ctx.ref_end > _DAY_CONTEXT:
        return None  # "by then" with no date close before it points at an event, not a date
    return ref


def _h_anaph2(ctx: _Ctx, m: re.Match[str]) -> Result:
    """"than the year before", "the day after": the anchor's unit one step back or ahead."""
    step = 1 if m["an2_dir"].lower() == "after" else -1
    return _anchored(ctx, m, m["an2_u"].lower(), step, True)


def _anchored(ctx: _Ctx, m: re.Match[str], unit: str, step: int, dct_fallback: bool) -> Result:
    if unit in ("morning", "afternoon", "evening", "night"):
        unit = "day"
    ref = ctx.ref
    qc = ctx.quarter_context(m.start()) if unit == "quarter" else None
    if qc is not None and (ref is None or ref[1] != "quarter"):
        # "the second quarter ended Oct. 31 ... Results for that quarter": the quarter under
        # discussion, even when a day (its end) was named after it.
        y, q = add_quarters(qc[0], qc[1], step)
        return f"{y:04d}-Q{q}", "quarter"
    if ref is None or m.start() - ctx.ref_end > _REF_CONTEXT or ref[1] not in _ANCHOR_OK[unit]:
        # "the next year or so" with no date named before it: read against the publication date.
        if step and dct_fallback and unit != "day":
            return _shift(ctx.dct, unit, step)
        return None
    value, prec = ref
    if unit == "year":
        return f"{int(value[:4]) + step:04d}", "year"
    if unit == "quarter":
        y, q = add_quarters(int(value[:4]), int(value[6]), step)
        return f"{y:04d}-Q{q}", "quarter"
    if prec == "week":
        anchor = date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
    else:
        anchor = date(int(value[:4]), int(value[5:7]), int(value[8:10]) if prec == "day" else 1)
    if unit == "month":
        y, mo = add_months(anchor.year, anchor.month, step)
        return month_value(y, mo), "month"
    if unit == "week":
        return week_value(anchor + timedelta(weeks=step)), "week"
    return day_value(anchor + timedelta(days=step)), "day"


def _title_context(ctx: _Ctx, pos: int) -> bool:
    """Whether a title-cased phrase at pos is a title: opened by a quote, or after a lower-case word."""
    before = ctx.body[max(0, pos - 2):pos].strip()
    if before and before[-1] in "\"“'‘":
        return True
    prev = ctx.prev_word(pos)
    return prev[:1].islower() and ctx.body[pos - 2:pos - 1].isalpha() and ctx.body[pos - 1:pos] == " "


def _h_relunit(ctx: _Ctx, m: re.Match[str]) -> Result:
    rel = _norm(m["ru_rel"])
    unit = m["ru_unit"].lower()
    if rel in ("same", "following"):
        return None  # relative to a narrative time we do not track
    if _capitalised(ctx, m, "ru_rel") and _capitalised(ctx, m, "ru_unit") and _title_context(ctx, m.start()):
        return None  # a programme or book title: ABC's "This Week", "Last Week Tonight"
    if rel in ("last", "past", "previous", "this past"):
        n = -1
    elif rel in ("next", "coming", "this coming"):
        n = 1
    else:
        n = 0
    if unit == "weekend":
        return _weekend(ctx.dct, n, ctx.tense(m) if n == 0 else None)
    return _shift(ctx.dct, unit, n)


_POSSESSIVES = frozenset("its their his her our".split())
# Words after a season that show it is not an attribute of the next noun ("the spring was dry").
_SEASON_BAD_NEXT = frozenset(
    """of in from is was are were has had will would and or but to that which when as for with by on at
    into than home homes house houses camp camps clothes wear""".split()  # "their summer home": a kind of house
)


def _h_season(ctx: _Ctx, m: re.Match[str]) -> Result:
    word = m["se_s"]
    code = SEASONS[word.lower()]
    rel = _norm(m["se_rel"])
    dct = ctx.dct
    if m["se_y"] or m["se_sy"]:
        year = int(m["se_y"]) if m["se_y"] else _spoken_year(m["se_sy"])
        return f"{year:04d}-{code}", "quarter"
    prev = ctx.prev_word(m.start())
    name_like = (prev[:1].isupper() and not rel) or ctx.next_word(m.end())[:1].isupper()
    if _capitalised(ctx, m, "se_s") and name_like:
        return None  # "Arab Spring", "Prague Spring", "the Winter Olympics"
    if not rel and (year := _demonstrative_year(ctx, m, SEASON_MONTHS[code][0] + 1)):
        return f"{year:04d}-{code}", "quarter"
    if rel in ("", "the", "early", "late", "mid", "the early", "the late"):
        nxt = ctx.next_word(m.end())
        # "their autumn meetings", "its summer recess": a season as an attribute of an event noun.
        attribute = (
            rel == "" and prev.lower() in _POSSESSIVES
            and word.lower() != "fall"
            and nxt[:1].islower()
            and nxt.lower() not in _SEASON_BAD_NEXT
            and ctx.body[m.end():m.end() + 1] == " "
        )
        if rel in ("", "the") and prev.lower() not in _SEASON_PREP and not attribute and not (
            rel == "" and code in ("SU", "WI") and not nxt[:1].islower()
        ):
            return None
        if rel == "the" and nxt.lower() in ("of", "in", "from"):
            return None  # "the fall of the Berlin Wall", "the fall in prices"
        if code == "FA" and rel == "" and prev.lower() not in _SEASON_PREP and not attribute:
            return None
    first, last = SEASON_MONTHS[code]
    month = dct.month
    # Whether the season has started / ended this calendar year (winter spans the new year; it is
    # labelled with the year it starts in).
    if code == "WI":
        cur_year = dct.year if month >= 12 else dct.year - 1 if month <= 2 else None
        started_year = dct.year - 1 if month < 12 else dct.year
    else:
        cur_year = dct.year if first <= month <= last else None
        started_year = dct.year if month >= first else dct.year - 1
    if "last" in rel or "past" in rel or "previous" in rel:
        year = started_year if cur_year is None else cur_year - 1
    elif "next" in rel or "coming" in rel:
        year = started_year + 1
    elif rel == "this":
        year = cur_year if cur_year is not None else dct.year
    else:
        if cur_year is not None:
            year = cur_year
        else:
            tense = ctx.tense(m)
            year = started_year if tense == PAST else started_year + 1
    return f"{year:04d}-{code}", "quarter"


def _h_holiday(ctx: _Ctx, m: re.Match[str]) -> Result:
    name = _norm(m["ho"]).replace("’", "'")
    if not _capitalised(ctx, m, "ho") and name != "election day":
        return None
    dct = ctx.dct

    def on(year: int) -> date | None:
        fixed = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
                 "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4),
                 "fourth of july": (7, 4), "july fourth": (7, 4), "halloween": (10, 31),
                 "valentine's day": (2, 14), "boxing day": (12, 26), "veterans day": (11, 11),
                 "guy fawkes night": (11, 5), "bonfire night": (11, 5), "juneteenth": (6, 19),
                 "inauguration day": (1, 20), "st. patrick's day": (3, 17), "st patrick's day": (3, 17)}
        if name in fixed:
            return date(year, *fixed[name])
        if name.startswith("thanksgiving"):
            return nth_weekday(year, 11, 3, 4)
        if name.startswith("easter") or name == "good friday":
            e = easter(year)
            return e + timedelta(days={"easter monday": 1, "good friday": -2}.get(name, 0))
        if name == "memorial day":
            return nth_weekday(year, 5, 0, -1)
        if name in ("labor day", "labour day"):
            return nth_weekday(year, 9, 0, 1)
        if name == "election day":
            return nth_weekday(year, 11, 0, 1) + timedelta(days=1)
        if name == "remembrance sunday":
            return nth_weekday(year, 11, 6, 2)
        if name in ("black friday", "cyber monday"):
            return nth_weekday(year, 11, 3, 4) + timedelta(days=1 if name == "black friday" else 4)
        if name.startswith(("martin luther king", "mlk")):
            return nth_weekday(year, 1, 0, 3)
        if name.startswith("presidents"):
            return nth_weekday(year, 2, 0, 3)
        if name == "columbus day":
            return nth_weekday(year, 10, 0, 2)
        return None

    # "Easter week" / "Holy Week" is the ISO week that ends on Easter Sunday.
    as_week = name in ("easter week", "holy week")
    if as_week:
        name = "easter"
    if m["ho_y"]:
        d = on(int(m["ho_y"]))
        return (week_value(d) if as_week else day_value(d), "week" if as_week else "day") if d else None
    rel = _norm(m["ho_rel"])
    this = on(dct.year)
    if this is None:
        return None
    if rel == "last":
        d = this if this < dct else on(dct.year - 1)
    elif rel == "next":
        d = this if this > dct else on(dct.year + 1)
    else:
        # As for months: the tense picks last year's or next year's holiday only when that one is
        # within reach; "canceled the Christmas Day release" three days before Christmas is this one.
        tense = ctx.tense(m)
        prev_d, next_d = on(dct.year - 1), on(dct.year + 1)
        if tense == PAST and this > dct and prev_d and (dct - prev_d).days <= _TENSE_REACH:
            d = prev_d
        elif tense == FUTURE and this < dct and next_d and (next_d - dct).days <= _TENSE_REACH:
            d = next_d
        else:
            d = this
    if d is not None and as_week:
        return week_value(d), "week"
    return (day_value(d), "day") if d else None


def _h_yearadj(ctx: _Ctx, m: re.Match[str]) -> Result:
    kind = (m["ya_k"] or "end").lower()
    qc = ctx.quarter_context(m.start())
    if kind != "end" and qc:
        return f"{qc[0] - 1:04d}-Q{qc[1]}", "quarter"
    year = ctx.dct.year - (0 if kind == "end" else 1)
    return f"{year:04d}", "year"


def _h_daywords(ctx: _Ctx, m: re.Match[str]) -> Result:
    w = _norm(m["dw"])
    if ctx.prev_word(m.start()) == "USA" or (w == "today" and ctx.next_word(m.end()) in ("Show", "Show's")):
        return None  # the newspaper "USA Today", the "Today" programme
    if w in ("today", "tomorrow") and ctx.body[m.end():m.end() + 2] in ("'s", "’s"):
        nxt = _NEXT_WORD.match(ctx.body[m.end() + 2:m.end() + 40])
        if nxt and nxt.group(1).lower() in _GENERIC_NOUNS:
            # "today's world", "tomorrow's leaders": the present / the future in general.
            return ("PRESENT_REF" if w == "today" else "FUTURE_REF"), "unknown"
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
              "the day before yesterday": -2, "the day after tomorrow": 2}[w]
    return day_value(ctx.dct + timedelta(days=offset)), "day"


_GENERIC_NOUNS = frozenset(
    """world society economy youth young generation generations children kids standards culture
    climate environment politics technology era age market markets workforce leaders america britain
    media""".split()
)


def _h_partday(ctx: _Ctx, m: re.Match[str]) -> Result:
    rel, tod = m["tod_rel"].lower(), m["tod_w"].lower()
    if rel == "this" and tod == "night":
        return None
    offset = -1 if rel == "last" else 0
    return day_value(ctx.dct + timedelta(days=offset)), "day"


def _h_present(ctx: _Ctx, m: re.Match[str]) -> Result:
    s = m.start()
    if ctx.body[s:s + 3] == "Now" and s >= 2 and ctx.body[s - 1] == " " and ctx.body[s - 2].isalpha():
        if ctx.prev_word(s)[:1].isupper():
            return None  # inside a title: "Take Action Now", "Apocalypse Now"
    return "PRESENT_REF", "unknown"


def _h_pastref(ctx: _Ctx, m: re.Match[str]) -> Result:
    if m.group(0) == "recent" and ctx.prev_word(m.start()).lower() in ("most", "more", "less", "least"):
        return None  # "their most recent model" ranks things; it does not refer to a time
    if m.group(0).endswith("recently") and ctx.next_word(m.end()).lower() == "as":
        return None  # "as recently as January": the date that follows is the expression
    return "PAST_REF", "unknown"


def _h_futref(ctx: _Ctx, m: re.Match[str]) -> Result:
    text = m.group(0).lower()
    if text.startswith("soon") or " soon" in text:
        if ctx.prev_word(m.start()).lower() in ("as", "how", "too"):
            return None  # "as soon as", "too soon to say": not a reference to the future
    elif text == "future":
        # The bare word is mostly an adjective ("future earnings") or someone's prospects ("Elian's
        # future"); only "the (near) future" reliably refers to a time.
        return None
    return "FUTURE_REF", "unknown"


_UNIT_OK_BEFORE = frozenset("for during on over throughout through in of all across by until at".split())
# Market reports: "closed the day up 2%", "ended the day at 7,114": the publication day.
_DAY_VERBS = frozenset(
    "end ends ending ended finish finished finishing close closed closing start started opened".split()
)
_DAY_OK_BEFORE = _DAY_VERBS | {"on", "for", "over", "during", "all", "across"}
_UNIT_BAD_AFTER = frozenset(
    """of before after when that which in ending ended to earlier ago later he she they it we i his her
    their its our is was had has have before since following prior""".split()
)


_QUARTER_PREP = frozenset("in for during over throughout through".split())
_QUARTER_BAD_AFTER = frozenset("of before after when earlier ago later following prior".split())


def _h_theunit(ctx: _Ctx, m: re.Match[str]) -> Result:
    unit = m["tu_unit"].lower()
    nxt = ctx.next_word(m.end()).lower()
    # "the year ended Sept. 30" is the (fiscal) year of the report; "the day after" is anaphoric.
    prev = ctx.prev_word(m.start()).lower()
    if nxt in ("ended", "ending") and unit in ("year", "quarter"):
        pass
    elif unit == "quarter" and prev in _QUARTER_PREP and nxt not in _QUARTER_BAD_AFTER:
        pass  # "revenue rose 4% in the quarter to $2 billion": in results news always the quarter reported
    elif nxt in _UNIT_BAD_AFTER or ctx.body[m.end():m.end() + 1] in ("-", "'", "’"):
        return None
    if not m["tu_pre"] and prev not in _UNIT_OK_BEFORE and not (unit == "day" and prev in _DAY_VERBS):
        return None
    if unit == "weekend":
        return _weekend(ctx.dct, 0, ctx.tense(m))
    if unit == "day" and ctx.day is not None and m.start() - ctx.day_end < _DAY_CONTEXT:
        return ctx.day, "day"
    if unit == "quarter":
        # Results "for the quarter" are reported after it closes: the latest completed quarter,
        # unless the sentence looks ahead.
        return _shift(ctx.dct, unit, 0 if ctx.tense(m) == FUTURE else -1)
    if unit == "year" and m["tu_mod"] and m["tu_mod"].lower() in ("full", "entire", "whole"):
        # "a loss of $2 billion in the fourth quarter of 2005 and $8 billion for the entire year": the
        # whole of the year whose part (quarter, month) was just reported on.
        ref = ctx.recent_ref(m.start())
        if ref is not None and ref[1] in ("quarter", "month") and int(ref[0][:4]) <= ctx.dct.year:
            return ref[0][:4], "year"
    if unit == "day" and not m["tu_pre"]:
        # "on the day" in market reports is the publication day; elsewhere it tends to be anaphoric.
        if ctx.prev_word(m.start()).lower() not in _DAY_OK_BEFORE:
            return None
    return _shift(ctx.dct, unit, 0)


def _h_year(ctx: _Ctx, m: re.Match[str]) -> Result:
    if m["y_fy"]:
        return f"20{m['y_fy']}", "year"  # "FY23": a fiscal year named by two digits
    y = int(m["y_y"])
    if m["y_pre"] or m["y_fis"]:
        return f"{y:04d}", "year"
    if y > 2099:
        return None
    if y < 1700 and ctx.prev_word(m.start()).lower() not in ("in", "since", "until", "from", "by", "circa"):
        return None  # an older year only after a temporal preposition ("in 1492"), not "1500 troops"
    end = m.end()
    after = ctx.body[end:end + 12]
    if _NOT_YEAR_AFTER.match(after):
        return None
    prev_orig = ctx.prev_word(m.start())
    prev = prev_orig.lower()
    if prev_orig[:1].isupper() and prev not in _YEAR_OK_CAPS and ctx.body[m.start() - 1:m.start()] == " ":
        return None  # a name with a number: "Russell 2000", "Windows 2000", "Vision 2030"
    before = ctx.body[max(0, m.start() - 2):m.start()]
    if before.endswith(("No. ", "no. ", "#")) or prev in ("no", "number", "page", "flight", "route", "room"):
        return None
    nxt = ctx.next_word(end)
    if prev in _QUANTIFIERS and nxt[:1].islower() and nxt not in ("and", "or", "to", "when", "as"):
        return None  # "about 2000 people"
    if nxt.lower() in ("people", "troops", "soldiers", "jobs", "votes", "members", "workers", "miles",
                       "feet", "metres", "meters", "tons", "tonnes", "points", "residents", "units",
                       "homes", "cases", "deaths", "students", "employees", "acres", "km", "kilometres",
                       "mln", "bln", "million", "billion", "dlrs", "pct", "shares", "barrels", "bpd"):
        return None
    return f"{y:04d}", "year"


def _words_to_int(words: str) -> int:
    """Sum of number words: "ninety-six" -> 96, "twenty one" -> 21."""
    return sum(NUMBERS[w] for w in re.split(r"[-\s]+", words) if w in NUMBERS)


def _h_spoken(ctx: _Ctx, m: re.Match[str]) -> Result:
    """Years read out in broadcast transcripts: "nineteen ninety-six", "the year two thousand"."""
    if m["sp_c"]:
        century, rest = m["sp_c"].lower(), m["sp_y"].lower()
        year = NUMBERS[century] * 100 + (0 if rest == "hundred" else _words_to_int(rest))
    else:
        if not m.group(0).lower().startswith("the") and not m["sp_t"]:
            return None  # "two thousand" alone is a number
        year = 2000 + (_words_to_int(m["sp_t"].lower()) if m["sp_t"] else 0)
    return f"{year:04d}", "year"


_AHEAD = frozenset("ahead upcoming next until for await awaiting awaited".split())


def _h_wd(ctx: _Ctx, m: re.Match[str]) -> Result:
    wd = WEEKDAYS[m["wd_d"].lower()]
    rel = _norm(m["wd_rel"])
    dct = ctx.dct
    if not rel and ctx.prev_word(m.start()).lower() in ("every", "each"):
        return None  # "every Friday" is a SET, not a date
    if rel in ("last", "previous", "this past"):
        days = (dct.weekday() - wd) % 7 or 7
        return day_value(dct - timedelta(days=days)), "day"
    if rel in ("the previous",):
        days = (dct.weekday() - wd) % 7 or 7
        return day_value(dct - timedelta(days=days + 7)), "day"
    if rel in ("next", "coming", "this coming"):
        days = (wd - dct.weekday()) % 7 or 7
        return day_value(dct + timedelta(days=days)), "day"
    if rel == "the following":
        return None
    if ctx.body[m.end():m.end() + 2] in ("'s", "’s"):
        # "Wednesday's ruling" names an event; news mostly refers back to it, unless it is
        # announced as coming ("ahead of Tuesday's vote").
        before = ctx.body[max(0, m.start() - 30):m.start()].lower().split()[-3:]
        if _AHEAD.intersection(before):
            tense = FUTURE
        elif "before" in before:
            # "before Tuesday's vote" looks ahead unless the sentence is told in the past ("they
            # were taken before Saturday's debate").
            tense = PAST if ctx.tense(m) == PAST else FUTURE
        else:
            tense = PAST
    else:
        tense = ctx.tense(m)
    direction = FUTURE if tense == FUTURE else PAST
    return day_value(_weekday_date(dct, wd, direction)), "day"


_HANDLERS: dict[str, Callable[[_Ctx, re.Match[str]], Result]] = {
    name: globals()[f"_h_{name}"] for name, _ in _RULES
}


# ----------------------------------------------------------------------------- scanning
# Every rule contains at least one of these words (or a digit run). Scanning for them in the
# lower-cased body is several times faster than trying the full rule set at every position; the
# rules are then tried only at the few word starts just before each trigger.
_TRIGGER_WORDS = (
    list(MONTHS) + list(WEEKDAYS) + list(DECADE_WORDS) + list(SEASONS)
    + """today tonight yesterday tomorrow now nowadays currently presently present moment time
    recent recently lately current currently past future soon term ago hence later earlier
    day days week weeks weekend weekends month months year years decade decades century centuries
    quarter quarters period half morning afternoon evening night christmas easter thanksgiving
    halloween fawkes juneteenth holy q1 q2 q3 q4 eighteen nineteen twenty thousand""".split()
)


def _trigger_regex() -> re.Pattern[str]:
    # Group the words by first letter: the regex engine then rejects most positions after one test.
    by_first: dict[str, list[str]] = {}
    for w in set(_TRIGGER_WORDS):
        by_first.setdefault(w[0], []).append(re.escape(w[1:]))
    alts = "|".join(
        f"{k}(?:{'|'.join(sorted(v, key=len, reverse=True))})" for k, v in sorted(by_first.items())
    )
    # Numbers trigger only where a rule can start with one and contain no trigger word: a year or
    # ISO date, a decade ("the 70s", "'90s"), a numeric date ("6/20/23"), a fiscal year ("FY23").
    # Small numbers before a word ("20 June", "2 years ago") are reached from that word's trigger.
    digits = r"(?<![\d.,])\d{4}(?!\d)|['’]\d0s\b|\d0['’]?s\b|\d{1,2}/\d{1,2}/\d|fy\s?['’]?\d\d"
    # "then" is too common a word to trigger on its own; only "until then", "by then" are rules.
    digits += r"|then(?:(?<=until\sthen)|(?<=till\sthen)|(?<=by\sthen))\b"
    return re.compile(rf"(?<![a-z0-9])(?:{alts})(?![a-z])|{digits}")


_TRIGGER = _trigger_regex()

# Words a rule can begin with (besides the triggers and digits). Trying the full rule set only at
# these word starts keeps the cost per trigger low.
_START_WORDS = frozenset(
    set(_TRIGGER_WORDS) | set(NUMBERS) | {w.split()[0] for w in VAGUE_NUMBERS} | set(ORDINALS)
    | set("""the a an this last next previous coming following early late mid earlier later very beginning
    start end middle close turn outset rest remainder balance fiscal calendar financial tax fy about
    nearly almost roughly around approximately some just only more less over under exactly at barely
    fully few several many couple right these most quite near distant foreseeable immediate not
    fairly comparable latest current prior same final latter back new good independence fourth
    valentine valentine's valentine’s boxing memorial labor labour veterans election guy bonfire
    remembrance then corresponding that until pre post mon tue tues wed thu thur thurs fri sat sun h1 h2 fy black cyber
    juneteenth martin mlk presidents presidents' presidents’ inauguration st columbus""".split())
)


def _alternation(words: set[str] | frozenset[str]) -> str:
    """A regex alternation of words grouped by first letter (the engine rejects most positions fast)."""
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(
        f"{re.escape(k)}(?:{'|'.join(sorted(v, key=len, reverse=True))})" for k, v in sorted(by_first.items())
    )


# Word starts where a rule may begin: one regex call per trigger finds them all.
_START = re.compile(
    rf"(?<![\w'’.\-])(?:(?:{_alternation(_START_WORDS)})(?![\w'’])|\d{{1,3}}(?:st|nd|rd|th)?[\s\-]|['’]\d"
    rf"|fy(?=[\s'’]?\d))"
)
_START_I = re.compile(_START.pattern, re.IGNORECASE)
_TRIGGER_I = re.compile(_TRIGGER.pattern, re.IGNORECASE)
_LOOKBACK = 60  # characters before a trigger where an expression may start ("the very end of last")


_DAY_SHIFT = re.compile(r"(?<![\w-])(?:[Tt]he|[Aa])\s+day\s+(before|after)\s+$")
_DAY_SHIFT_RULES = frozenset(("wd", "mdy", "dmy", "holiday", "iso"))


# ----------------------------------------------------------------------------- entry point
def extract_time_expressions(body: str, published: date) -> list[TimeExpression]:
    """Every DATE expression in the body with its TIMEX3 value relative to the publication date.

    Sorted by start, non-overlapping; ``body[start:end] == text``.
    """
    ctx = _Ctx(body, published)
    out: list[TimeExpression] = []
    lowered = body.lower()
    # str.lower() can change the length of a few non-ASCII strings; offsets must stay aligned.
    if len(lowered) == len(body):
        text, trigger, master, start = lowered, _TRIGGER, _MASTER, _START
    else:
        text, trigger, master, start = body, _TRIGGER_I, _MASTER_I, _START_I
    triggers, match, find_starts = trigger.finditer(text), master.match, start.finditer
    last_end = 0
    for t in triggers:
        ts = t.start()
        if ts < last_end:
            continue
        starts = [w.start() for w in find_starts(text, max(last_end, ts - _LOOKBACK), ts)]
        starts.append(ts)
        for s in starts:
            m = match(text, s)
            if m is None or m.end() <= ts:
                continue
            rule = m.lastgroup
            res = _HANDLERS[rule](ctx, m) if rule else None
            if res is None:
                continue
            end = m.end()
            if res[1] == "day" and rule in _DAY_SHIFT_RULES:
                # "the day before last Tuesday", "the day after Christmas": one day off the date.
                shift = _DAY_SHIFT.search(body, max(last_end, s - 20), s)
                if shift is not None:
                    step = 1 if shift.group(1).lower() == "after" else -1
                    d = date.fromisoformat(res[0]) + timedelta(days=step)
                    res, s = (day_value(d), "day"), shift.start()
            if res[1] == "quarter" and rule in _QUARTER_RULES and not _YEAR_AGO.search(m.group(0)):
                q = (int(res[0][:4]), int(res[0][6]))
                # Only quarters already begun can be the one a results story compares with.
                if q <= (published.year, quarter_of(published)):
                    ctx.quarter, ctx.quarter_end = q, end
            elif res[1] == "day" and rule != "theunit":
                ctx.day, ctx.day_end = res[0], end
            if res[0][:1].isdigit() and res[1] in _REF_PRECISIONS and rule != "anaph":
                ctx.ref, ctx.ref_end = (res[0], res[1]), end
            out.append(TimeExpression(start=s, end=end, text=body[s:end], value=res[0], precision=res[1]))
            last_end = end
            if rule == "mdy" and res[1] == "day":
                second = _second_day(body, end, res[0])
                if second is not None:
                    out.append(second)
                    last_end = second.end
            break
    return out


# "April 24 and 25", "June 5-7": the second day of a coordination or range is a date of its own
# (TimeML tags it separately; HeidelTime's date_r2b/r4 rules do the same).
_COORD_DAY = re.compile(r"\s*(?:-|–|and|or|to|through)\s*(3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
    r"(?![\d,.:]?\d|\s*(?:%|[ap]\.?m\b|o['’]clock))")


def _second_day(body: str, pos: int, first: str) -> TimeExpression | None:
    m = _COORD_DAY.match(body, pos)
    if m is None or int(m.group(1)) <= int(first[8:10]):
        return None
    d = safe_date(int(first[:4]), int(first[5:7]), int(m.group(1)))
    if d is None:
        return None
    return TimeExpression(start=m.start(1), end=m.end(), text=body[m.start(1):m.end()], value=day_value(d),
                          precision="day")

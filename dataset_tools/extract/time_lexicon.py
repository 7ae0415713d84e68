"""Word tables for the time-expression extractor (written by hand, general English).

Kept apart from the rules so the patterns in ``time.py`` read as grammar and these tables can be
extended without touching it.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}

# Small cardinal numbers as they appear in "two years ago"; "a"/"an" count as one.
NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "a couple of": 2, "a couple": 2, "couple of": 2,
}

# Vague quantities: "a few years ago" cannot be pinned down, so it becomes PAST_REF.
VAGUE_NUMBERS = ("a few", "few", "several", "some", "many", "a number of")

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}

# TIMEX3 season codes.
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# Month in which each season starts and ends (northern hemisphere, meteorological): used to decide
# whether "last summer" means this year's or last year's.
SEASON_MONTHS: dict[str, tuple[int, int]] = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}

# Words ending in "-ed" that are not past-tense verbs, so the tense guesser does not count them.
NOT_PAST_ED = frozenset(
    """need bed red shed seed feed weed indeed proceed exceed succeed speed breed greed creed hundred
    kindred sacred naked wicked rugged ragged aged beloved alleged supposed embed sled wed united
    limited based related ed""".split()
)

# Common irregular past forms (regular ones are caught by their "-ed" ending).
IRREGULAR_PAST = frozenset(
    """was were had did made came went gave got left fell rose won lost saw began found sold bought
    brought thought knew led ran spoke chose drove flew shot struck sent spent paid built kept felt
    heard meant became stood sat broke woke wore taught caught fought sought threw grew drew blew ate
    hung bent lent swore tore stole froze forgot hid shook rang sang sank swam fled slid slept swept
    wept arose awoke forbade forgave overtook undertook withdrew underwent overcame oversaw mistook
    rode shone strode strove swung took met held""".split()
)

# Reporting verbs: in news nearly every sentence ends "..., he said", whatever the tense of the
# reported event, so these only decide the tense when nothing else in the sentence does.
REPORTING = frozenset(
    """said says say told tells added adds stated noted according""".split()
)

# Modal and periphrastic future markers. "would" is reported future ("he said he would visit on
# Friday"), which in news nearly always points after the publication date.
FUTURE_WORDS = frozenset(
    """will 'll ll shall would won't upcoming scheduled slated planned plans planning plan intends intend
    expected expects going gonna next tomorrow set""".split()
)
# Future markers that are also common nouns or past forms; they count only before "to" ("plans to").
FUTURE_IF_TO = frozenset(
    """plans plan set going""".split()
)

PRESENT_WORDS = frozenset("is are am has have".split())

# Present-tense verbs of scheduled events: "the trial begins Monday", "they meet Friday" look ahead.
SCHEDULED = frozenset(
    """begin begins start starts opens meet meets resume resumes convene convenes arrive arrives
    visits votes hosts expire expires premiere premieres airs testify testifies travels heads departs""".split()
)

# Auxiliaries after which an "-ed" word is a passive or perfect participle, not a past tense.
PARTICIPLE_AUX = frozenset("be been being is are am will to get gets getting".split())

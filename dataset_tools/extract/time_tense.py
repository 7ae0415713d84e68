"""Guess the tense around a time expression, to resolve "Tuesday", "June" or "summer" to the right one.

News mostly reports the past, so the caller falls back to the past when no cue is found. The guess
is the nearest tense cue in the same sentence (a modal, an auxiliary, an irregular or "-ed" past
form); reporting verbs ("said") count only when nothing else does, because "X will meet on Friday,
he said" is about the future.
"""

from __future__ import annotations

import re

from dataset_tools.extract.time_lexicon import (
    FUTURE_IF_TO,
    FUTURE_WORDS,
    IRREGULAR_PAST,
    NOT_PAST_ED,
    PARTICIPLE_AUX,
    PRESENT_WORDS,
    REPORTING,
    SCHEDULED,
)

_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?|['’]ll")
# Sentence boundary: end punctuation followed by space, or a line break; a period after a single
# letter ("a.m.", "U.S.") or a common abbreviation ("Mr.", "Oct.") does not end a sentence.
_ABBREV = frozenset(
    "Mr Mrs Ms Dr St Jan Feb Aug Sept Oct Nov Dec Gov Sen Rep Gen Lt Col Jr Sr No vs".split()
)
_SENT_END = re.compile(r"[.!?][\"'”’)]*\s|\n")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)$")


def _is_boundary(text: str, m: re.Match[str]) -> bool:
    if text[m.start()] != ".":
        return True
    w = _WORD_BEFORE.search(text, max(0, m.start() - 6), m.start())
    return not (w and (len(w.group(1)) == 1 or w.group(1) in _ABBREV))


PAST, PRESENT, FUTURE = "past", "present", "future"
# After these a scheduled-event verb is an infinitive or a noun, not a present tense.
_NOT_SCHEDULED_BEFORE = frozenset("to did didn't not the a an its their his her our".split())
_DETERMINERS = frozenset("a an the this that these those its their his her our your my".split())
# "since he will ..." is causal; "since" before a noun phrase marks a past starting point.
_PRONOUNS = frozenset("i you he she it we they there this that".split())
_WINDOW = 300  # characters looked at on each side; sentences longer than that are rare in news


def _classify(words: list[str], i: int) -> str | None:
    """Tense signalled by words[i] (lower-cased), looking at its neighbour for participles."""
    w = words[i]
    if w == "to":
        # "is to resume", "due to meet", "to be aired on Sunday": ahead.
        if (i > 0 and words[i - 1] in _BE_TO) or (i + 1 < len(words) and words[i + 1] == "be"):
            return FUTURE
        return None
    if w in FUTURE_WORDS:
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w in FUTURE_IF_TO and nxt != "to":
            return None
        if w == "next" and nxt == "to":
            return None  # "next to the embassy" is a place
        return FUTURE
    if (w == "was" or w == "were") and i + 1 < len(words) and (
        words[i + 1] in FUTURE_WORDS or words[i + 1] in _BE_TO
    ):
        return None  # "was scheduled to appear", "were planning to drive": the next word decides
    if w in PRESENT_WORDS:
        return PRESENT
    if w == "since" and i + 1 < len(words) and words[i + 1] not in _PRONOUNS:
        return PAST  # "searching since shortly after the Oct. 23 killing": a past starting point
    if w in SCHEDULED and (i == 0 or words[i - 1] not in _NOT_SCHEDULED_BEFORE):
        return FUTURE
    if w in IRREGULAR_PAST or (len(w) > 3 and w.endswith("ed") and w not in NOT_PAST_ED):
        # "will be held", "is expected": a participle after an auxiliary is not a past tense, nor one
        # coordinated with such a participle ("who gets re-elected or elected in November").
        if _after_participle_aux(words, i) and w not in ("was", "were", "had", "did"):
            return None
        # "a still unspecified date", "the closed plant": an adjective after a determiner.
        if w.endswith("ed") and _adjectival(words, i):
            return None
        return PAST
    return None


def _after_participle_aux(words: list[str], i: int) -> bool:
    """Whether words[i] follows an auxiliary of a participle, directly or through participles coordinated
    with it ("gets re-elected or elected")."""
    k = i - 1
    while k >= 0 and i - k <= 4 and (words[k] in ("re", "or", "and") or (
            k < i - 1 and words[k].endswith("ed") and words[k] not in NOT_PAST_ED)):
        k -= 1
    return k >= 0 and words[k] in PARTICIPLE_AUX


def _adjectival(words: list[str], i: int) -> bool:
    """Whether the -ed word at i follows a determiner, directly or after an adverb ("the still unsold")."""
    if i == 0:
        return False
    if words[i - 1] in _DETERMINERS:
        return True
    adverb = words[i - 1].endswith("ly") or words[i - 1] == "still"
    return adverb and i > 1 and words[i - 2] in _DETERMINERS


# Words right before a weekday/date that fix its direction whatever the rest of the sentence says:
# "said Friday", "since Tuesday" look back; "as early as Tuesday", "until Friday" look ahead.
_BACK_BEFORE = frozenset("since".split())
_AHEAD_BEFORE = frozenset("until till effective".split())
# Words skipped when looking for the governing word: prepositions, modifiers, and clock times
# ("until 9 a.m. Tuesday" -> "until").
_SKIP_BEFORE = frozenset(
    "on early late last this by at a m p am pm est edt gmt bst et pt noon midnight".split()
)
# "is to resume", "are due to meet": be + to-infinitive looks ahead.
_BE_TO = frozenset("is are am was were due set expected scheduled slated likely poised".split())


def guess_tense(body: str, start: int, end: int) -> str | None:
    """Tense of the clause around body[start:end]: "past", "present", "future" or None."""
    lo = max(0, start - _WINDOW)
    left_text = body[lo:start]
    cut = 0
    for m in _SENT_END.finditer(left_text):
        if _is_boundary(left_text, m):
            cut = m.end()
    left_text = left_text[cut:]
    right_text = body[end:end + _WINDOW]
    for m in _SENT_END.finditer(right_text):
        if _is_boundary(right_text, m):
            right_text = right_text[: m.start()]
            break
    left_orig = _WORD.findall(left_text)
    right_orig = _WORD.findall(right_text)
    left = [w.lower().replace("’", "'") for w in left_orig]
    right = [w.lower().replace("’", "'") for w in right_orig]
    words = left + right
    orig = left_orig + right_orig
    n_left = len(left)
    # The verb right before the expression governs it ("announced Wednesday", "said on Friday").
    j = n_left - 1
    while j >= 0 and words[j] in _SKIP_BEFORE and j >= n_left - 5:
        j -= 1
    if j >= 0:
        w = words[j]
        if w in _BACK_BEFORE:
            return PAST
        # "until Friday" looks ahead, except opening a sentence, where the clause says which way:
        # "Until Thursday, they had not called him a suspect" is past.
        if (w in _AHEAD_BEFORE and not (j == 0 and w in ("until", "till"))) or (
            w == "as" and j > 0 and words[j - 1] in ("early", "soon")
        ):
            return FUTURE
        if w in REPORTING:
            return _reporting_tense(w)
    # The nearest cue wins. Words to the right count as twice as far, because the verb governing a
    # temporal phrase usually precedes it ("will double ... by August in markets untouched by ...").
    # Reporting verbs count a few words further than they are: "X will meet on Friday, he said" is
    # about the future, but in "On Saturday, the White House said it would ..." "said" governs.
    # Distances on the left count from the governing word: prepositions and clock times in between
    # ("leave at 4 in the morning (4 a.m. EDT Thursday)") carry no tense and should not add distance.
    left_cost, left_t = _first_cue(words, orig, range(j, -1, -1))
    right_cost, right_t = _first_cue(words, orig, range(n_left, len(words)))
    right_cost = 2 * right_cost + 1
    if left_t is not None and (right_t is None or left_cost <= right_cost):
        return left_t
    if left_t is None and right_t in (None, PRESENT) and _in_condition(words, j):
        return FUTURE  # "If the senator on Friday stands next to the president, ...": a condition ahead
    return right_t


def _in_condition(words: list[str], j: int) -> bool:
    """Whether the nearest clause opener before words[j] is "if"/"unless" (a conditional clause)."""
    for i in range(j, max(-1, j - 8), -1):
        if words[i] in _CLAUSE_BREAK:
            if words[i] not in ("if", "unless"):
                return False
            # "if not" is a hedge and "see if" / "asked if" an indirect question, not a condition.
            after = words[i + 1] if i + 1 < len(words) else ""
            before = words[i - 1] if i > 0 else ""
            return after != "not" and before not in _ASK_VERBS
    return False


_ASK_VERBS = frozenset("see ask asks asked asking wonder wonders wondered know knows knew check checked".split())


_REPORTING_PENALTY = 1
_PRESENT_PENALTY = 3
_CLAUSE_BREAK = frozenset("that which who whom whose because although though while whereas if unless but".split())


def _reporting_tense(w: str) -> str:
    return PAST if w not in ("says", "say", "tells", "adds") else PRESENT


def _first_cue(words: list[str], orig: list[str], indices: range) -> tuple[int, str | None]:
    """(distance, tense) of the first tense cue along indices (reporting verbs count as further)."""
    rep: tuple[int, str] | None = None
    for dist, i in enumerate(indices):
        if rep is not None and dist > rep[0]:
            break
        w = words[i]
        if w in _CLAUSE_BREAK:
            break  # "said on Sunday that he would run": the later clause has its own tense
        if w in REPORTING:
            if rep is None:
                rep = (dist + _REPORTING_PENALTY, _reporting_tense(w))
            continue
        if w in SCHEDULED and orig[i][:1].isupper() and i > 0:
            continue  # a title ("Meet the Press"), not a verb
        t = _classify(words, i)
        if t == PRESENT:
            # "is", "has" are weak: a modal or past form a little further away decides instead.
            if rep is None:
                rep = (dist + _PRESENT_PENALTY, PRESENT)
            continue
        if t is not None:
            return dist, t
    if rep is not None:
        return rep
    return 0, None

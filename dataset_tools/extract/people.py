"""Rule-based person extraction with within-document coreference.

``extract_people(body)`` finds person names in English news text, groups every mention of one
person into one :class:`PersonEntity`, attaches stated roles ("US Secretary of State") and resolves
title phrases ("the Foreign Secretary"), pronouns (he/she/him/her/his...) and social-media handles
to those people. Pure Python and regex driven so that it runs at several hundred thousand words per
second; no statistical model.

How it works, in passes over the body:

1. Capitalised runs (``_SEQ_RE``) are split into a leading part (honorifics, title words, places,
   function words) and a candidate name; a name is accepted on positive evidence: an honorific or
   title before it, a known first name (gender-guesser's dictionary; capitalised "Al", "Ben", "Van"
   opening a name too), an initial ("D. Cox"), a role word before it ("security minister Tom
   Tugendhat") or a sports-table country in brackets. A run that is no name may end in one after
   capitalised qualifiers ("Special Counsel Robert Mueller"). Not names: organisation and place words
   anywhere in the run ("Baptist Church", "Rose Garden", "the Clinton White House", "National Review"), a day,
   building or place whose last word is also a surname after an English word that is no first name
   ("Election Day", "Trump Tower"; "Kristen Day" stays, and "Trump" there is no mention), a lone US state, a
   town the article writes before its state ("in Des Moines, Iowa"), a lone word ending an
   organisation's name ("the Chamber of Commerce, who"), a title before a common noun ("Executive
   Order"), and a web page's hover card repeating the name ("Mitch McConnell Addison (Mitch) Mitchell
   McConnellGOP senators ...", "Speaker Paul Ryan Paul Davis Ryan Retirees ..."); a card is no
   mention, but its first and last word name a person the text calls by surname alone.
   A country ending a name after a rare first name or in a run of three words is no surname ("We Love
   Russia", "Take China"; "Steve Israel" stays).
2. Names seen in the article propagate: later bare surnames ("Cleverly said"), sentence-initial
   occurrences and ALL-CAPS headline words that match a known name become mentions, and a first name
   the dictionary lacks before such a surname joins it ("Barack Obama", "Jeb Bush"; not an English
   word such as "Never Trump").
3. Mentions are grouped into entities by surname/first-name compatibility, most recent first, but a
   man and a woman of one surname stay apart ("Mr. Romney" is not "Ann Romney"; see ``_group``), and a
   bare surname keeps naming whom it named first ("Trump ... Ivana Zelnicek Trump ... Trump" is Donald);
   its first use is not a relative introduced as one when another bearer fits ("Roger Stone, with his
   wife Nydia Stone, ... Stone" is Roger; "his father, Rafael Cruz ... Cruz" is Ted).
4. Roles before a name and appositives after it are attached (and recorded as "title" mentions; not a
   titled name before a comma: "a speech by President Obama, Mitt Romney told" gives Romney no role),
   then anaphoric titles and pronouns are resolved in text order against the entities seen so far
   (a person whose name tells no sex leans to the sex of the pronouns it already took; a "his"/"her"
   in a fronted phrase points to the subject named after it: "At her news conference, Pelosi said"; a
   "him"/"her" right after a name and its verb is someone else: "Trump fired him"). A title's modifier
   names another office ("the inspector general" is not the attorney general) unless it is a party: "the
   Republican president" is the President, though not one whose role names another party or a foreign
   country ("Democratic presidential nominee", "Russian President"). A title that no stated role matches
   goes to the salient person without a role, except a second office or an office-elect ("the former vice
   president", "the deputy attorney general", "the president-elect"): there the salient person was
   another about two times in three.
   Someone the article does not name also counts: after "A Rhode Island man called ..." (and "The man
   ..." within three sentences) a "he" may be him, and then it is no mention of anyone named.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field

from dataset_tools.extract.affiliations import attach_affiliations
from dataset_tools.extract.affiliations_lexicon import COUNTRY_ADJECTIVES, COUNTRY_NAMES, PARTIES
from dataset_tools.extract.people_lexicon import (
    AMBIGUOUS_FIRST_NAMES,
    ANAPHORIC_TITLE_HEADS,
    DENOMINATIONS,
    GIVEN_NAME_PARTICLES,
    HONORIFIC_ABBREV,
    HONORIFICS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NAMED_LIKE_PEOPLE,
    NON_NAME_WORDS,
    ORG_LAST_WORDS,
    ORG_WORDS,
    PLACE_OR_SURNAME_LAST_WORDS,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    TITLE_SURNAMES,
    TITLE_WORDS,
    UNNAMED_PERSON_GENDER,
    US_STATES,
    first_names,
    honorific_sex,
    is_english_word,
    pronoun_sex,
    sure_gender,
)
from dataset_tools.extract.records import MENTION_METHODS, Mention, PersonEntity
from dataset_tools.extract.time_lexicon import MONTHS, WEEKDAYS

# --------------------------------------------------------------------------------------------- regexes
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_ABBR = "|".join(
    sorted(
        HONORIFIC_ABBREV
        | {"St", "Gen", "Col", "Lt", "Sgt", "Capt", "Sen", "Rep", "Gov", "Maj", "Adm", "Jr", "Sr", "Del"}
    )
)
# One capitalised token: an abbreviation with its stop, an acronym (U.S.), an initial (D.), or a word
# with inner apostrophes/hyphens, optionally after a lower-case Arabic/Irish prefix (al-Assad, d'Estaing).
_CAP = (
    rf"(?:(?:{_ABBR})\.|(?:[{_UP}]\.){{2,}}|[{_UP}]\.(?=[ ]+[{_UP}])"
    rf"|(?:(?:al|el|bin|ben|abu|ibn)-|[dDlL]['’])?[{_UP}][\w'’\-]*)"
)
_PART = "|".join(sorted(NAME_PARTICLES))
_SEQ_RE = re.compile(rf"(?<![\w@/.'’\-])(?:{_CAP})(?:[ ]+(?:(?:{_PART})[ ]+)*(?:{_CAP}))*")
_TOK_RE = re.compile(r"\S+")
# A capitalised word with another glued on after two lower-case letters: "TrumpGOP", "PelosiOvernight".
_GLUED_RE = re.compile(rf"([{_UP}][\w'’\-]*?[a-z]{{2}})(?=[{_UP}])")
# A web page's hover card in full: the legal name with the nickname in brackets and the surname glued to
# a headline, after the name as the text gives it ("Mitch McConnell Addison (Mitch) Mitchell McConnellGOP
# senators balk ..."). The card repeats the name; it is no mention and its words are no name.
_HOVER_CARD_RE = re.compile(
    rf"[{_UP}][\w'’.\-]*[ ]+\([{_UP}][a-z][\w'’.\-]*\)"  # the legal first name and the nickname
    rf"(?:[ ]+[{_UP}][\w'’.\-]*)*?[ ]+[{_UP}][\w'’\-]*?[a-z]{{2}}(?=[{_UP}])"  # middle names, glued surname
)
# A town before its state: "Des Moines, Iowa, on Monday", "in Myrtle Beach, S.C. He said". The state
# must end a phrase: in "Sanders, Vermont independent" or "Grassley, Iowa's senior senator" it qualifies
# a noun.
_STATES_LONGEST_FIRST = sorted(US_STATES, key=len, reverse=True)
_STATE_AFTER_RE = re.compile(
    r",[ ]+(?:(?:" + "|".join(re.escape(s) for s in _STATES_LONGEST_FIRST if s.endswith("."))  # "Fla."
    + r")(?!\w)|(?:" + "|".join(re.escape(s) for s in _STATES_LONGEST_FIRST if not s.endswith("."))  # "Iowa"
    + r")(?=[,;:.)!?\"”]|\s*\n|\s*$|[ ]+(?:\(|(?:on|in|at|and|or|where|when|who|which|is|was|has|had|to|for|from"
    r"|after|before|near|with)\b)))"
)
_METHOD_RANK = {method: rank for rank, method in enumerate(MENTION_METHODS)}
_PRONOUN_RE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er|[Hh]ers|[Hh]imself|[Hh]erself)\b")
# A person the article does not name, as a sentence's subject: "A Rhode Island man called ..." brings in
# someone new, and the "he" after it is that man, not the last named one; "The man retracted ..." goes on
# with him (but may as well refer back to a named man). Group 1 the article, group 2 the noun.
_UNNAMED_PERSON_RE = re.compile(
    r"\b(The|A|An)\s+(?:[\w'’-]+\s+){0,3}?(" + "|".join(UNNAMED_PERSON_GENDER) + r")\b(?=\s+[a-z])")

_CAPWORD_RE = re.compile(rf"(?<![\w@'’\-])[{_UP}][\w'’\-]*")
_HANDLE_RE = re.compile(r"(?<![\w@])@(\w{2,30})")
# Sentence ends: terminal punctuation (+ closing quotes/brackets) then space, or a line break.
_SENT_END_RE = re.compile(r"[.!?][\"”’')\]]*\s+|\n+")
_ALLCAPS_LINE_RE = re.compile(r"^[^a-z\n]*[A-Z]{2}[^a-z\n]*$", re.M)
_POSSESSIVE_RE = re.compile(r"['’]s?$")
# A country in brackets after a name, as in sports results: "(Russia)", "(U.S.)" but not "(PUK)".
_COUNTRY_PAREN_RE = re.compile(r"\s*\((?:U\.S\.|[A-Z][a-z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*)\)")
_APPOS_RE = re.compile(
    r",\s+((?:the|a|an|its|his|her|their)\s+)?([^,.;:!?\"“”()\n]{2,90}?)(?=\s*[,.;:!?)\n]|\s+(?:said|says|told)\b|$)"
)

# Capitalised function and calendar words that never continue a name, even after a first name.
_FUNCTION_CAPS = frozenset(
    "A An The This That It He She His Her They We I In On At By For From To Of With And But Or As If When "
    "Is Was Are Were Has Had Said Says Told Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
    "January February March April June July August September October November December "
    "I'm I’m I've I’ve I'd I’d I'll I’ll".split()
)
# A word that can be part of a name: letters, with inner apostrophes, hyphens or a final stop ("O'Brien", "J.").
_NAME_WORD_RE = re.compile(r"[^\W\d_]+(?:['’\-.][^\W\d_]*)*")
# Words that open a sentence or a video caption, not a role: "If President Trump ...", "MUST WATCH President
# Obama ...".
_ROLE_LEAD_RE = re.compile(
    r"(?:(?:JUST[ ]+WATCHED|MUST[ ]+WATCH|If|When|But|And|Or|As|So|Then|While|Because|Although|Though)[ ]+)+")
# "Al" opening a run after these is the Arabic article of a place ("in Al Anbar"), not Al Gore.
_ARABIC_PLACE_BEFORE_RE = re.compile(r"\b(?:the|in|at|near|inside|outside)[ ]+$", re.IGNORECASE)
_PLACE_PREFIXES = frozenset(
    {"San", "Santa", "St", "Saint", "Los", "Las", "Fort", "Port", "Mount", "Lake", "New"}
)
_TITLE_HEAD_ABBREV = frozenset(
    {
        "Sen",
        "Gen",
        "Rep",
        "Gov",
        "Lt",
        "Col",
        "Capt",
        "Sgt",
        "Maj",
        "Adm",
        "Judge",
        "Justice",
        "Pope",
        "Cllr",
        "PM",
    }
)
_FUNCTION_LOWER = frozenset(
    "a an the of for to in on at by with from and or but as is was were are be been said says told "
    "that this which who whom whose when while after before since including alongside against "
    "between among than then also not".split()
)
_PREP_BEFORE = frozenset("in at from to near into across via toward towards outside inside".split())


@dataclass(slots=True)
class _Name:
    """A name mention found in pass 1 or 2, before grouping."""

    start: int
    end: int
    tokens: list[str]  # name tokens without honorific or possessive
    honorific: str | None
    method: str  # "name" (two or more tokens) or "surname"
    cue_start: int  # where the honorific/title run before the name starts (role search goes from here)
    title_words: list[str] = field(default_factory=list)  # capitalised title words just before it


@dataclass(slots=True)
class _Entity:
    tokens: list[str]
    core: list[str] = field(default_factory=list)  # tokens without particles/suffixes, cached
    honorific: str | None = None
    gender: str | None = None
    gender_unsure: bool = False  # from a first name the dictionary gives mostly, not only, to that sex
    roles: list[str] = field(default_factory=list)
    inferred_titles: list[str] = field(default_factory=list)  # resolved anaphoric titles, for matching
    handles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    title_positions: set[tuple[int, int]] = field(default_factory=set)


# --------------------------------------------------------------------------------------------- helpers
def _strip_dot(word: str) -> str:
    return word[:-1] if word.endswith(".") else word


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[1] == "." and word[0].isupper()


def _is_acronym(word: str) -> bool:
    # "U.S.", "NFU", "BBC": all letters upper-case and more than one of them.
    return word.isupper() and len(word) >= 2 and not _is_initial(word)


def _is_hyphen_title(word: str) -> bool:
    # "Attorney-General", "Secretary-General", "Vice-President": a title made of title words.
    if "-" not in word:
        return False
    parts = word.split("-")
    return all(p in TITLE_WORDS or p.lower() in ROLE_HEADS for p in parts if p)


# A first name this rare in gender-guesser's dictionary ("Love", "Take") is more likely an English word.
_RARE_FIRST_NAME = 3


def _first_name_info(word: str) -> tuple[str | None, int] | None:
    return first_names().get(word.lower())


def _names_a_place_or_day(words: list[str]) -> bool:
    """"Election Day", "Trump Tower", "Martin Luther King Jr. Day", "Ruby Bridges Hall": a word before the
    last is an English word and no first name, or a suffix. Not "Kristen Day", "Frank Church", "Arsenio
    Hall", "Steven J. Law"."""
    return len(words) > 1 and words[-1] in PLACE_OR_SURNAME_LAST_WORDS and any(
        _strip_dot(w) in NAME_SUFFIXES or (is_english_word(w) and not _is_first_name(w) and w not in _FUNCTION_CAPS)
        for w in words[:-1])  # not "As Victoria Law wrote"


def _is_first_name(word: str) -> bool:
    if "-" in word:  # "Jean-Philippe", "Jose-Maria": the first part decides
        word = word.split("-", 1)[0]
    if word in GIVEN_NAME_PARTICLES:
        return True  # capitalised, "Al", "Ben", "Van" are given names; as particles they are lower-case
    info = _first_name_info(word)
    if info is None:
        return False
    low = word.lower()
    if low in AMBIGUOUS_FIRST_NAMES:
        return False
    return info[1] >= 2 and word not in NON_NAME_WORDS


def _gender_of_first(word: str) -> str | None:
    info = _first_name_info(word)
    if info is None or (word.lower() in AMBIGUOUS_FIRST_NAMES and info[1] < 20):
        return None
    return info[0]


def _is_descriptor(word: str, toks: list[tuple[int, int, str]], i: int) -> bool:
    """A leading word that describes the person: "Third-seeded Wayne Ferreira", "Swede Kenneth
    Eriksson". Hyphenated words with a lower-case part, or any non-first-name word directly before a
    known first name that itself starts a name of two or more words."""
    if "-" in word and any(p[:1].islower() for p in word.split("-")[1:]):
        return True
    return (
        i + 2 < len(toks)
        and not _is_first_name(word)
        and _is_first_name(_strip_dot(toks[i + 1][2]))
        and toks[i + 1][2][:1].isupper()
        and toks[i + 1][2] not in GIVEN_NAME_PARTICLES  # "Leaf Van Boven": a particle after a first word
    )


_PARTY_STATE_RE = re.compile(r"[RDI]-[A-Z]")  # "R-Texas", "D-N.Y.": a politician's party and state


def _is_name_word(word: str, after_first: bool = False) -> bool:
    """Could this token be part of a person's name (not a function word, place, org word...)."""
    if _PARTY_STATE_RE.match(word):
        return False
    if after_first and (word in TITLE_SURNAMES or (
            word in NON_NAME_WORDS and word not in _FUNCTION_CAPS and word[1:].islower())):
        return True
    if word in NON_NAME_WORDS or word in ORG_WORDS or word in TITLE_WORDS or word in HONORIFICS:
        return False
    if _is_acronym(word) and not _is_initial(word):
        return False
    return any(c.islower() for c in word) or _is_initial(word)


class _Sentences:
    """Sentence index of an offset, by bisecting the sentence-end offsets."""

    def __init__(self, body: str) -> None:
        self.ends = [m.end() for m in _SENT_END_RE.finditer(body)]

    def index(self, pos: int) -> int:
        return bisect_right(self.ends, pos)

    def start_of(self, pos: int) -> int:
        i = bisect_right(self.ends, pos)
        return self.ends[i - 1] if i else 0


# --------------------------------------------------------------------------------------------- pass 1
def _allcaps_spans(body: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _ALLCAPS_LINE_RE.finditer(body)]


def _in_spans(pos: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    i = bisect_right(starts, pos) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _role_word_before(body: str, start: int) -> bool:
    """A lower-case role head or nationality/role modifier directly before ("striker Alan Shearer")."""
    j = start - 1
    while j >= 0 and body[j] == " ":
        j -= 1
    k = j
    while k >= 0 and (body[k].isalpha() or body[k] in "-"):
        k -= 1
    word = body[k + 1 : j + 1]
    if not word:
        return False
    if word in ROLE_HEADS or (word.lower() in ROLE_HEADS and word[0].isupper() is False):
        return True
    return word in ROLE_HEADS or word.endswith("-seeded") or word in ("seeded", "unseeded", "veteran")


# Single capitalised words that pass 1 can drop at once (names among them come back in pass 2).
_SKIP_SINGLE = (NON_NAME_WORDS | ORG_WORDS) - set(HONORIFICS) - set(TITLE_WORDS)


_TOWN_WORDS_RE = re.compile(
    rf"(?:^|(?<=\n)|\b(?i:in|at|near|from|to|into|outside|inside|across|throughout|around|toward|towards)[ ]+"
    rf"(?:(?:the|downtown|suburban|nearby)[ ]+)?)((?:[{_UP}][\w'’\-]*[ ]+){{0,3}}[{_UP}][\w'’\-]*)$"
)


def _towns(body: str) -> frozenset[tuple[str, ...]]:
    """The capitalised words between a place preposition (or a line's start) and a state: "in Des Moines,
    Iowa", "Moore, Okla. (AP)". Not "Sen. Rand Paul, Kentucky, said", where the state is a senator's."""
    out: set[tuple[str, ...]] = set()
    for m in _STATE_AFTER_RE.finditer(body):
        run = _TOWN_WORDS_RE.search(body, max(0, m.start() - 80), m.start())
        if run is not None:
            out.add(tuple(run.group(1).split()))
    return frozenset(out)


def _find_names(body: str, sentences: _Sentences) -> _Pass1:
    """Pass 1: names with positive evidence, the leftover capitalised tokens for pass 2, and the hover cards
    (no mentions, see ``_name_from_cards``)."""
    caps = _allcaps_spans(body)
    cap_starts = [s for s, _ in caps]
    run = _Pass1(body, sentences, _LowerWords(body))
    names, leftovers = run.names, run.leftovers
    cards = [(c.start(), c.end()) for c in _HOVER_CARD_RE.finditer(body)] if "(" in body else []
    card_starts = [c[0] for c in cards]
    for m in _SEQ_RE.finditer(body):
        text = m.group()
        if text in _SKIP_SINGLE:
            continue  # fast path: a lone "The", "In", "Britain" is never a name by itself
        seq_start = m.start()
        if caps and _in_spans(seq_start, caps, cap_starts):
            continue  # ALL-CAPS lines: capitalisation says nothing; only pass 2 looks at them
        toks: list[tuple[int, int, str]] = []
        for t in _TOK_RE.finditer(text):
            s, e, w = seq_start + t.start(), seq_start + t.end(), t.group()
            if cards and _in_spans(s, cards, card_starts):
                break  # the rest of the run is a hover card's repeat of the name
            cut = 2 if w.endswith(("'s", "’s")) else 1 if w.endswith(("'", "’")) else 0
            if cut and len(w) > 2:
                e -= cut
                w = w[:-cut]
                toks.append((s, e, w))
                # A possessive ends a name ("Mr Cleverly's comments") and starts a new run
                # ("Labour's Sir Chris Bryant").
                _split_run(run, toks)
                toks = []
                continue
            glued = _GLUED_RE.match(w)
            if glued is not None and glued.group(1) in {t[2] for t in toks}:
                # A web page's hover card: "President Trump Donald John TrumpGOP senators balk ...", the name
                # again with a headline glued on. The run ends with the name; the headline is no part of it.
                toks.append((s, s + glued.end(1), glued.group(1)))
                first_end = next(k for k, t in enumerate(toks) if t[2] == glued.group(1))
                if first_end < len(toks) - 2:
                    # The card repeats the name as a legal name: "Chairman Lindsey Graham Lindsey Olin GrahamGraham
                    # on ..." is "Lindsey Graham"; like a card with a nickname in brackets, the repeat is no
                    # mention ("Hillary Diane Rodham Clinton" would read as another person than Hillary Clinton).
                    run.add_card(toks[first_end + 1 :])
                    toks = toks[: first_end + 1]
                break
            toks.append((s, e, w))
        words = [t[2] for t in toks] if len(toks) >= 4 else []  # most runs are too short to repeat a name
        for k in (3, 2):
            if len(words) >= 2 * k and words[-2 * k : -k] == words[-k:]:
                # A name said twice in a row is a web page's hover card ("Speaker Nancy Pelosi Nancy Pelosi"):
                # two mentions, not one name.
                _split_run(run, toks[:-k])
                toks = toks[-k:]
                break
        else:
            if (card := _repeated_name(words)) is not None:
                # "Speaker Paul Ryan Paul Davis Ryan Retirees should ...": the name, its card, a headline
                first_at, last_at = card
                run.add_card(toks[first_at : last_at + 1])
                leftovers.extend(toks[first_at:])
                toks = toks[:first_at]
        if toks:
            _split_run(run, toks)
    _extend_lists(body, names, run.rejected)
    _split_line_names(body, names)
    return run


def _repeated_name(words: list[str]) -> tuple[int, int] | None:
    """Where a run repeats its name as a web page's card does, first and last index of the repeat: in "Speaker
    Paul Ryan Paul Davis Ryan Retirees" the card "Paul Davis Ryan" (3, 5); None when no word comes back."""
    for j, word in enumerate(words[:-2]):
        if len(word) > 1 and word.lower() not in NAME_PARTICLES and word in words[j + 2 :]:
            again = words.index(word, j + 2)
            surname = words[again - 1]
            end = words.index(surname, again) if surname in words[again:] else None
            return (again, end) if end is not None else None
    return None


# Lists wrapped at a fixed width split a name over two paragraphs ("..., Phil\n\nMickelson (U.S.)").
_SPLIT_NAME_RE = re.compile(rf"(?<=, )([{_UP}][a-z]+)\n\n([{_UP}][\w'’\-]+)")


def _split_line_names(body: str, names: list[_Name]) -> None:
    """A first name ending a list line and a capitalised word starting the next are one person; the
    two halves become two mentions (name and surname) of that person."""
    if "\n\n" not in body:
        return
    taken = {nm.start for nm in names}
    added = False
    for m in _SPLIT_NAME_RE.finditer(body):
        first, last = m.group(1), m.group(2)
        if m.start(1) in taken or not _is_first_name(first) or not _is_name_word(last, True):
            continue
        names.append(_Name(m.start(1), m.end(1), [first, last], None, "name", m.start(1)))
        names.append(_Name(m.start(2), m.end(2), [last], None, "surname", m.start(2)))
        added = True
    if added:
        names.sort(key=lambda x: x.start)


@dataclass(slots=True)
class _Pass1:
    """Pass 1 over one article: what it reads from and what it gathers from each capitalised run."""

    body: str
    sentences: _Sentences
    lower_words: _LowerWords
    names: list[_Name] = field(default_factory=list)
    leftovers: list[tuple[int, int, str]] = field(default_factory=list)  # tokens for pass 2
    rejected: list[list[tuple[int, int, str]]] = field(default_factory=list)  # short runs that may be list items
    # hover cards: where each is and its words (no mention, see ``_name_from_cards``)
    cards: list[tuple[int, int, list[str]]] = field(default_factory=list)

    def add_card(self, toks: list[tuple[int, int, str]]) -> None:
        self.cards.append((toks[0][0], toks[-1][1], [t[2] for t in toks]))


def _split_run(run: _Pass1, toks: list[tuple[int, int, str]]) -> None:
    """Find the name in one capitalised run, if it holds one, after any honorific and title words."""
    body, names, leftovers, sentences, rejected, lower_words = (
        run.body, run.names, run.leftovers, run.sentences, run.rejected, run.lower_words)
    if [t[2] for t in toks[-2:]] == ["Hide", "Caption"]:
        leftovers.extend(toks[-2:])  # a photo gallery's caption button: "... with Harry Reid Hide Caption"
        toks = toks[:-2]
        if not toks:
            return
    # A title word inside the run starts the name part afresh: in "Investment Minister Asif Ali
    # Zardari" the words before the title are a qualifier of the title, not part of a name.
    last_title = -1
    for k in range(len(toks) - 2, 0, -1):
        w = _strip_dot(toks[k][2])
        if w in HONORIFICS:
            break
        if w in TITLE_WORDS and (w.lower() in ROLE_HEADS or w in _TITLE_HEAD_ABBREV) and not all(
                _strip_dot(t[2]) in NAME_SUFFIXES for t in toks[k + 1:]):  # "Martin Luther King Jr." is a name
            last_title = k
            break
    if last_title > 0 and not any(_strip_dot(t[2]) in HONORIFICS for t in toks[:last_title]):
        leftovers.extend(toks[:last_title])
        toks = toks[last_title:]
    n = len(toks)
    i = 0
    honorific: str | None = None
    title_words: list[str] = []
    place_prefix = False
    while i < n:
        w = _strip_dot(toks[i][2])
        if _is_initial(toks[i][2]):
            break  # "A. Harris": an initial, not the article "A"
        if w in _PLACE_PREFIXES and i + 1 < n:
            place_prefix = True
        if w in HONORIFICS and (i + 1 < n):
            honorific = w
            i += 1
            continue
        if toks[i][2] == "Del." and i + 1 < n and _is_first_name(toks[i + 1][2]):
            title_words.append(w)  # "Del. Stacey Plaskett", a delegate; as a state "Dover, Del." ends a phrase
            leftovers.append(toks[i])
            i += 1
            continue
        if (
            w in TITLE_WORDS
            or (w.endswith("s") and w[:-1] in TITLE_WORDS)  # "Presidents Barack Obama and George W. Bush"
            or w in NON_NAME_WORDS
            or w in ORG_WORDS
            or w.lower() in ROLE_HEADS
            or (_is_acronym(w) and not _is_initial(toks[i][2]))
            or _is_hyphen_title(w)
            or _is_descriptor(w, toks, i)
        ):
            if honorific is not None:
                if w in TITLE_WORDS:
                    title_words.append(w)  # "Mr Justice Anthony Mann"
                    leftovers.append(toks[i])
                    i += 1
                    continue
                break
            if w in TITLE_WORDS or w.lower() in ROLE_HEADS:
                title_words.append(w)
            else:
                title_words = []
            leftovers.append(toks[i])
            i += 1
            continue
        break
    if i >= n:
        return
    rest = toks[i:]
    # The name ends at an organisation word, a run of >4 tokens is not a name.
    words = [t[2] for t in rest]
    if len(words) > 2 and words[-1] == words[-2]:
        leftovers.append(rest[-1])  # a caption's stutter: "Vice President Joe Biden Biden is sworn in"
        rest, words = rest[:-1], words[:-1]
    if words[-1] in ORG_WORDS or any(w.split("-")[0] in ORG_WORDS for w in words[1:]) \
            or words[-2:] == ["White", "House"] or any(w in DENOMINATIONS for w in words[:-1]) \
            or " ".join(words[-2:]) in NAMED_LIKE_PEOPLE or (len(words) > 1 and words[-1] in ORG_LAST_WORDS):
        # "Baptist Church", "the Clinton White House"; but "Harvard Law School Dean Martha Minow" ends in a name
        _reject_or_retry_tail(run, rest)
        return
    if _names_a_place_or_day(words):
        leftovers.extend(rest[:-1])  # "Election Day", "Trump Tower": "Day" and "Tower" name nobody there
        return
    # Drop trailing non-name words ("Blinken Tuesday"), keep suffixes such as "Jr.". After a known
    # first name a place word is a surname ("MaliVai Washington", "Bob May").
    strong_first = _is_first_name(words[0]) or _is_initial(words[0])
    while (
        len(rest) > 1
        and not _is_name_word(rest[-1][2], strong_first)
        and _strip_dot(rest[-1][2]) not in NAME_SUFFIXES
    ):
        leftovers.append(rest[-1])
        rest = rest[:-1]
    words = [t[2] for t in rest]
    core = _without_particles(words)
    if len(core) > 4 or not all(
        _is_name_word(w, strong_first and k > 0) or _strip_dot(w) in NAME_SUFFIXES for k, w in enumerate(core)
    ):
        _reject_or_retry_tail(run, rest)
        return
    start, end = rest[0][0], rest[-1][1]
    first = words[0]
    if place_prefix or (first == "Al" and honorific is None and not title_words and _ARABIC_PLACE_BEFORE_RE.search(
            body, max(0, start - 8), start)):
        leftovers.extend(rest)
        return  # "San Diego Padres", "St. Louis Cardinals", "the Al Asad air base": a place, not a person
    if len(core) == 1 and honorific is None and (core[0] in US_STATES or f"{core[0]}." in US_STATES
                                                  or core[0] in ("Carolina", "Dakota")):
        leftovers.extend(rest)
        return  # "Iowa", "of Ashton, Md., who", "Carolina" of "North Carolina": a state, whatever the context says
    if honorific is None and lower_words.is_town(words):
        leftovers.extend(rest)
        return  # "Des Moines" in an article that wrote "Des Moines, Iowa": a town, not a person
    if _in_score_line(body, start, lower_words) and honorific is None:
        leftovers.extend(rest)
        return  # "Bahia 1 Botafogo 2": team results, not people
    if honorific is None and len(core) > 1 and core[-1] in COUNTRY_NAMES and (
            len(core) >= 3 or (_first_name_info(first) or (None, 0))[1] <= _RARE_FIRST_NAME):
        leftovers.extend(rest)
        return  # "We Love Russia", "Take China", "James Madison Rules America"; not "Steve Israel", "Ken Spain"
    accept = False
    title_cue = bool(title_words) and (
        title_words[-1].lower() in ROLE_HEADS or title_words[-1] in _TITLE_HEAD_ABBREV or len(core) >= 2
    )
    if len(core) == 1 and honorific is None and title_cue and title_words[-1] not in _TITLE_HEAD_ABBREV and (
            (lower_words.has(core[0].lower()) and _mostly_lower_case(body, core[0]))
            or ((title_words[-1] not in TITLE_WORDS or title_words[-1] == "Executive") and is_english_word(core[0]))):
        leftovers.extend(rest)
        return  # "Executive Order", "Head Start", "Star Trek": a title word before a common noun
    if honorific == "Mother" and len(core) == 1 and not _is_first_name(core[0]):
        leftovers.extend(rest)
        return  # "Mother Teresa", "Mother Angelica" take a religious name; "Mother Jones" is a magazine
    if honorific is not None or title_cue:
        accept = True
    elif len(core) >= 2 and (_is_first_name(first) or _is_initial(first)):
        accept = True
    elif len(core) >= 2 and _is_first_name(_strip_dot(first)) is False and _role_word_before(body, start):
        accept = True
    elif len(core) >= 2 and (
        _COUNTRY_PAREN_RE.match(body, end) is not None or _appositive_after(body, end) is not None
        or (_photo_position_after(body, end) and not body[max(0, start - 4):start].lower().endswith("the ")
            and not (lower_words.has(core[0].lower()) and _mostly_lower_case(body, core[0]))
            and not (is_english_word(core[0]) and body[:start].rstrip()[-1:] in ("", ".", "!", "?")))
    ):
        accept = True  # sports tables: "Anna Kournikova (Russia) beat ..."; captions: "Kody Partridge, center,"
    elif (
        len(core) <= 3
        and not _in_score_line(body, start, lower_words)
        and _context_says_person(body, start, end, len(core) == 1, lower_words)
    ):
        accept = True
    elif len(core) == 1 and _role_word_before(body, start) and _first_name_info(first) is None:
        accept = sentences.start_of(start) != start
    if not accept:
        if len(rest) > 2 and not title_cue and honorific is None:
            _reject_or_retry_tail(run, rest)
            return
        leftovers.extend(rest)
        if len(core) <= 3:
            rejected.append(rest)
        return
    method = "name" if len(core) >= 2 else "surname"
    hon_start = next((t[0] for t in toks if _strip_dot(t[2]) == honorific), start) if honorific else start
    names.append(_Name(start, end, words, honorific, method, hon_start, title_words))


def _reject_or_retry_tail(run: _Pass1, rest: list[tuple[int, int, str]]) -> None:
    """A run that is no name may end in one, after capitalised words that qualify it: in "Special Counsel
    Robert Mueller" or "Senate Minority Whip Dick Durbin" the name is the last two or three words, from a
    known first name on. Not in a headline ("To Get A Gun License"), where the qualifying words include
    function words, nor after a name ("Joe Biden Joe Biden Parnas"), nor when the "first name" is a word the
    article also writes in lower case ("Rose", "Gun")."""
    for j in range(1, len(rest) - 1):
        head, tail = [t[2] for t in rest[:j]], [t[2] for t in rest[j:]]
        if len(tail) > 3 or not _is_first_name(tail[0]) or run.lower_words.has(tail[0].lower()):
            continue
        if any(_is_first_name(w) or w in _FUNCTION_CAPS for w in head) or not all(
                _NAME_WORD_RE.fullmatch(w) for w in tail) or not _qualifies_a_person(head[-1], run.lower_words):
            break
        run.leftovers.extend(rest[:j])
        _split_run(run, rest[j:])
        return
    run.leftovers.extend(rest)


def _mostly_lower_case(body: str, word: str) -> bool:
    """Whether the article writes a word in lower case at least as often as capitalised: "order" beside
    "Executive Order", unlike "Trump" beside one "identity issues trump the economy"."""
    counts = Counter(m.group()[0].islower() for m in re.finditer(rf"\b(?i:{re.escape(word)})\b", body))
    return counts[True] >= counts[False]


def _qualifies_a_person(word: str, lower_words: _LowerWords) -> bool:
    """Whether a capitalised word before a name can be the end of its qualifier: a title, role, party,
    place or organisation word, an acronym ("Huawei CFO"), or a common noun of the article ("Counsel"),
    unlike a first name the dictionary lacks ("Steny Hamilton Hoyer")."""
    return (word in TITLE_WORDS or word.lower() in ROLE_HEADS or word in ORG_WORDS or word in NON_NAME_WORDS
            or _is_acronym(word) or lower_words.has(word.lower()))


# Context that marks a capitalised word as a person in wire copy: a speech verb after it, a scorer's
# minute ("Klinsmann 15th"), bowling figures ("Croft 47-10-116-2"), a country in brackets, or a
# cricket dismissal ("c Healy b McGrath").
_PERSON_AFTER_RE = re.compile(
    r"(?:,?\s+(?:said|says|told|added|replied|insisted|admitted|explained|wrote|recalled)\b"
    r"|,\s+who\s|\s+\d{1,3}(?:st|nd|rd|th)\b(?![\-/])(?!\s+(?:century|anniversary|birthday|minute|round|place|time))"
    r"|\s+\d+(?:\.\d)?-\d+-\d+-\d+"
    r"|\s*\((?:U\.S\.|[A-Z][a-z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*)\)"
    r"|\s+(?:c|b|st|lbw\s+b)\s+[{_UP}]".replace("{_UP}", _UP)
    + r")"
)
_PERSON_BEFORE_RE = re.compile(r"(?:\b(?:said|says|told|added)\s+|(?:^|\s)(?:c|b|st)\s+|\blbw\s+b\s+)$")


# What a company, not a person, says of itself: "Baker said it had signed", "Pennzoil said its board".
_SAID_IT_RE = re.compile(
    r"(?:[ ]+(?:on|late|early|last|this)[ ]+\w+)?(?:[ ]+that)?[ ]+(?:its\b|it[ ]+(?:has|had|plans|planned|expects"
    r"|expected|agreed|intends|intended|reported|posted|earned|completed|acquired|sold|bought|filed|received"
    r"|purchased|signed|raised|cut|lowered)\b)")
_CONTRACTION_RE = re.compile(r"['’](?:ve|re|ll|d|m)$")
# Plural common nouns that start sentences before a speech verb ("Traders said", "Officials said").
_PLURAL_ENDS = ("ers", "ors", "ists", "ants", "ents", "ials", "ians", "ives", "ies", "esses", "ions")
# A lone word ending an organisation's name: after "Chamber of", "Centers for", "Disease Control and".
_IN_ORGANISATION_NAME_RE = re.compile(
    rf"[{_UP}][\w'’\-]*[ ]+(?:of|for)[ ]+(?:(?:the[ ]+)?[{_UP}][\w'’\-]*[ ]+)*(?:(?:and|&)[ ]+)?$")
_PLURAL_NOUNS = frozenset(
    "Aides Sources Police Rebels Troops Critics Doctors Experts Residents Diplomats Others Some Many Both "
    "Witnesses Authorities Officials Analysts Dealers Traders Economists Investors Protesters Workers".split()
)
_SCORE_LINE_RE = re.compile(r"^[^\d\n]+ \d+ [^\d\n]+ \d+[ \t]*$", re.M)


def _in_score_line(body: str, pos: int, ctx: _LowerWords) -> bool:
    if ctx.score_spans is None:
        ctx.score_spans = [(m.start(), m.end()) for m in _SCORE_LINE_RE.finditer(body)]
        ctx.score_starts = [sp[0] for sp in ctx.score_spans]
    return bool(ctx.score_spans) and _in_spans(pos, ctx.score_spans, ctx.score_starts)


def _context_says_person(body: str, start: int, end: int, single: bool, lower_words: _LowerWords) -> bool:
    word = body[start:end]
    if single and (lower_words.has(word.lower()) or word.endswith(_PLURAL_ENDS) or word in _PLURAL_NOUNS
                   or _CONTRACTION_RE.search(word)):
        return False  # "Officials said", "Traders said": a common noun at a sentence start; "We've said"
    if _IN_ORGANISATION_NAME_RE.search(body, max(0, start - 80), start):
        # "the Queens Chamber of Commerce, who", "Centers for Disease Control and Prevention said", "the
        # Bureau of Labor Statistics said"
        return False
    after = _PERSON_AFTER_RE.match(body, end)
    if after is not None:
        # A lone word before "(Country)" is a club more often than a person: "Vaduz (Liechtenstein) 1"; one
        # that "said it" is a company: "Pennzoil said it would appeal".
        return not (single and ("(" in after.group() or _SAID_IT_RE.match(body, after.end())))
    before = _PERSON_BEFORE_RE.search(body, max(0, start - 12), start)
    if before is None or (single and before.group().lstrip().startswith("told")):
        return False  # a lone word after "told" is a news outlet: "he told Fox."
    # "said X" only when X closes the clause: '..." said Ballesteros, ...'
    return end >= len(body) or body[end] in ",.;\n"


class _LowerWords:
    """The article's lower-case words, built on first use: a capitalised word also used in lower
    case in the same article is a common noun, not a name. Also its towns (see ``_towns``)."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.words: set[str] | None = None
        # Lines of team results ("Bahia 1 Botafogo 2"), found on first use.
        self.score_spans: list[tuple[int, int]] | None = None
        self.score_starts: list[int] = []
        self.towns: frozenset[tuple[str, ...]] | None = None

    def has(self, word: str) -> bool:
        if self.words is None:
            self.words = set(re.findall(r"\b[a-z][a-z\-]+\b", self.body))
        return word in self.words

    def is_town(self, words: list[str]) -> bool:
        """Whether the article writes these words before a state ("Des Moines, Iowa")."""
        if self.towns is None:
            self.towns = _towns(self.body)
        return tuple(words) in self.towns


def _extend_lists(body: str, names: list[_Name], rejected: list[list[tuple[int, int, str]]]) -> None:
    """Runs listed next to accepted names ("Brad Hogg, Paul Reiffel, Damien Fleming") are names too."""
    if not rejected or not names:
        return
    for _ in range(3):
        ends = {nm.end for nm in names}
        starts = {nm.start for nm in names}
        added = False
        keep: list[list[tuple[int, int, str]]] = []
        for run in rejected:
            s, e = run[0][0], run[-1][1]
            before = body[max(0, s - 6) : s]
            after = body[e : e + 6]
            words = [t[2] for t in run]
            links = [sep for sep in (", ", " and ", ",\n\n") if before.endswith(sep) and (s - len(sep)) in ends] + [
                sep for sep in (", ", " and ", ",\n\n") if after.startswith(sep) and (e + len(sep)) in starts]
            # "As for Common Core, Jeb Bush has ...": a run of common words before one comma is a fronted phrase,
            # not a list's first name; inside a list ("Ryan Erwin, Chip Evans, Jay Gerstema") or after "and" it is
            linked = bool(links) and (len(links) > 1 or " and " in links or not all(is_english_word(w) for w in words))
            if (
                linked
                and len(words) >= 2
                and all(_is_name_word(w) for w in _without_particles(words))
            ):
                names.append(_Name(s, e, words, None, "name", s))
                added = True
            else:
                keep.append(run)
        rejected[:] = keep
        if not added:
            break
    names.sort(key=lambda x: x.start)


# --------------------------------------------------------------------------------------------- pass 2
# The capitalised word right before a position: "Election" of "Election Day".
_CAP_BEFORE_RE = re.compile(r"([A-Z][\w.’'-]*) \Z")


def _propagate(run: _Pass1) -> list[_Name]:
    """Pass 2: known surnames and names elsewhere in the article, including ALL-CAPS lines; not in the
    hover cards pass 1 found (a card is no mention)."""
    body, names, lower_words = run.body, run.names, run.lower_words
    cards = [(start, end) for start, end, _ in run.cards]
    surnames: dict[str, str] = {}  # lower surname -> as written
    for nm in names:
        core = _core(nm.tokens)
        if core:
            surnames[core[-1].lower()] = core[-1]
    if not surnames:
        return names
    out = list(names)
    # Every occurrence of a known surname (sentence starts, runs pass 1 took apart, tables).
    caps = _allcaps_spans(body)
    for m in _CAPWORD_RE.finditer(body):
        w = m.group()
        if w.endswith(("'s", "’s")):
            w = w[:-2]
        elif w.endswith(("'", "’")):
            w = w[:-1]
        if w.lower() not in surnames or surnames[w.lower()] != w:
            continue
        s, e = m.start(), m.start() + len(w)
        if cards and any(start <= s < end for start, end in cards):
            continue
        head = _CAPWORD_RE.match(body, e + 1) if e == m.end() and body[e:e + 1] == " " else None
        if head is not None and (head.group() in ORG_WORDS or (w, head.group()) == ("White", "House")
                                 or _names_a_place_or_day([w, head.group()])):
            continue  # "the Magnitsky Act", "the Clinton Foundation", "the White House", "Trump Tower": no person
        if w in PLACE_OR_SURNAME_LAST_WORDS and (before := _CAP_BEFORE_RE.search(body, max(0, s - 30), s)) \
                and _names_a_place_or_day([before.group(1), w]):
            continue  # "Election Day" in an article about Kristen Day
        if w in NON_NAME_WORDS or w in ORG_WORDS:
            # A place that doubles as a known surname ("Washington"): not after a preposition.
            prev = body[max(0, s - 12) : s].split()
            if prev and prev[-1].lower() in _PREP_BEFORE:
                continue
        first = _unlisted_first_name_before(body, s, w, surnames, lower_words)
        if first is not None:
            out.append(_Name(first.start(1), e, [first.group(1), w], None, "name", first.start(1)))
            continue
        out.append(_Name(s, e, [w], None, "surname", s))
    for cs, ce in caps:
        line = body[cs:ce]
        for t in re.finditer(r"[A-Z][A-Z'’\-]+", line):
            w = t.group()
            if w.lower() in surnames and len(w) > 2:
                out.append(
                    _Name(
                        cs + t.start(), cs + t.end(), [surnames[w.lower()]], None, "surname", cs + t.start()
                    )
                )
    # Remove mentions nested in or duplicating longer ones.
    out.sort(key=lambda x: (x.start, -(x.end - x.start)))
    result: list[_Name] = []
    last_end = -1
    for nm in out:
        if nm.start < last_end:
            continue
        result.append(nm)
        last_end = nm.end
    return result


# A capitalised word right before another: "... of Barack Obama".
_WORD_BEFORE_RE = re.compile(rf"(?:^|(?<=[^\w'’.\-]))(?<!\| )([{_UP}][a-z]+) $")  # not "| Getty Trump ..."


def _unlisted_first_name_before(
    body: str, start: int, surname: str, surnames: dict[str, str], lower_words: _LowerWords
) -> re.Match[str] | None:
    """"Barack Obama", "Jeb Bush", "Reince Priebus": a first name the dictionary lacks, right before a surname
    the article names elsewhere, which pass 1 could not tell from any capitalised word. Not the last word of a
    longer capitalised run ("Capitol Hill"), nor before a surname that is a common noun of the article, nor
    in a Title Case headline."""
    first = _WORD_BEFORE_RE.search(body, max(0, start - 30), start)
    if first is None or not _unlisted_first_name(first.group(1), surnames, lower_words):
        return None
    before = body[max(0, first.start() - 30) : first.start()].split()
    if before and before[-1][:1].isupper() and _unlisted_first_name(before[-1], surnames, lower_words):
        return None
    if not _is_name_word(surname) or lower_words.has(surname.lower()) or _in_title_case_line(body, start):
        return None
    return first


def _unlisted_first_name(word: str, surnames: dict[str, str], lower_words: _LowerWords) -> bool:
    """Whether a capitalised word before a known surname can be a first name the first-name dictionary lacks:
    a name word that is no English word ("Never Trump", "Photos Obama", "Star Trek"), place (or part of one:
    "South Carolina"), nationality, other person's surname or common noun of the article."""
    return (_is_name_word(word) and word not in _FUNCTION_CAPS and word.lower() not in surnames
            and word not in _PLACE_WORDS and word not in COUNTRY_ADJECTIVES
            and not lower_words.has(word.lower()) and not is_english_word(word))


def _in_title_case_line(body: str, pos: int) -> bool:
    """Whether pos is in a headline or caption written in Title Case ("Previewing Obama's Speech"): most of
    the words of its line capitalised."""
    start, end = body.rfind("\n", 0, pos) + 1, body.find("\n", pos)
    words = _TITLE_CASE_WORD_RE.findall(body, start, end if end >= 0 else len(body))
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


_TITLE_CASE_WORD_RE = re.compile(r"[^\W\d_]{4,}")  # words long enough to be capitalised in a headline
# Every word of a state's or a country's name: "Carolina" of "South Carolina" is no first name.
_PLACE_WORDS = frozenset(w for place in (*US_STATES, *COUNTRY_NAMES) for w in place.split())


# --------------------------------------------------------------------------------------------- grouping
def _without_particles(tokens: list[str]) -> list[str]:
    """A name's words without its particles ("de", "van"), but with a first word that is also a given name
    ("Al Gore", "Ben Carson")."""
    return [w for k, w in enumerate(tokens)
            if w.lower() not in NAME_PARTICLES or (k == 0 and w in GIVEN_NAME_PARTICLES and len(tokens) > 1)]


def _core(tokens: list[str]) -> list[str]:
    return [_strip_dot(w) for w in _without_particles(tokens) if _strip_dot(w) not in NAME_SUFFIXES]


def _compatible(ent: _Entity, core: list[str]) -> bool:
    ec = ent.core
    if not ec or not core:
        return False
    if len(core) == 1:
        w = core[0].lower()
        return w == ec[-1].lower() or (len(ec) > 1 and w == ec[0].lower() and ent.honorific is None)
    if core[-1].lower() != ec[-1].lower():
        return False
    if len(ec) == 1:
        return True
    a, b = core[0], ec[0]
    return a.lower() == b.lower() or (a[0] == b[0] and (len(a) <= 2 or len(b) <= 2))


def _other_person(ent: _Entity, core: list[str], honorific: str | None) -> bool:
    """A man and a woman of one surname: "Mr. Clinton" and "Mrs. Clinton", or "Mr. Romney" (so far the
    surname alone) and then "Ann Romney". A first name counts only when the dictionary is sure of it."""
    known = honorific_sex(ent.honorific)
    if known is None:
        return False
    given = honorific_sex(honorific)
    if given is None and len(core) >= 2 and len(ent.core) == 1:
        given = sure_gender(core[0])
    return given is not None and given != known


def _unlike_first_name(ent: _Entity, honorific: str | None) -> bool:
    """"Mr. Romney" after "Ann Romney": the honorific and the person's first name disagree. Only a
    preference: news names a person in full first, so "Ms. Omar" after "Ilhan Omar" is still her when
    no other Omar fits, whatever the dictionary says of "Ilhan"."""
    given = honorific_sex(honorific)
    return given is not None and len(ent.core) >= 2 and sure_gender(ent.core[0]) not in (None, given)


def _ends_a_longer_name(tokens: list[str], full_names: set[tuple[str, ...]]) -> bool:
    """Whether tokens ("Van Hollen") end a longer name of the article ("Chris Van Hollen")."""
    n, low = len(tokens), tuple(t.lower() for t in tokens)
    return any(len(name) > n and name[-n:] == low for name in full_names)


# A relative introduced as one ("Roger Stone, with his wife Nydia Stone", "his son, Beau Biden"): the
# story's subject is someone else, so a bare surname after both is not the relative's by default.
_KIN_BEFORE_RE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[\w-]+['’]s?)\s+(?:[a-z-]+\s+)?(?:wife|husband|son|daughter|father|mother|brother|sister|"
    r"widow|widower|grandson|granddaughter|grandfather|grandmother|nephew|niece|cousin|stepson|stepdaughter|"
    r"son-in-law|daughter-in-law|father-in-law|mother-in-law|ex-wife|ex-husband)\s*,?\s*\Z"
    r"|\b[Ff]irst\s+[Ll]ady\s*,?\s*\Z")  # "First lady Michelle Obama": the president's wife


# A relative introduced after the name: "Donald Trump Jr., the president's eldest son".
_KIN_AFTER_RE = re.compile(
    r",?\s+(?:(?:the|his|her|their)\s+)?(?:[\w.-]+['’]s?\s+)?(?:[a-z-]+\s+){0,2}(?:son|daughter|wife|husband|brother|sister|"
    r"father|mother|nephew|niece|grandson|granddaughter)\b")


def _has_suffix(tokens: list[str]) -> bool:
    """Whether a name carries a generational suffix: "Donald Trump Jr.", "Robert S. Mueller III"."""
    return any(_strip_dot(t) in NAME_SUFFIXES for t in tokens)


def _group(names: list[_Name], body: str) -> tuple[list[_Entity], list[int]]:
    """Names that name one person, in text order: a name joins the most recent compatible person, but
    not one of the other sex (``_other_person``, ``_unlike_first_name``), and a bare surname's first use
    not a relative introduced as one when another bearer fits (``_KIN_BEFORE_RE``)."""
    entities: list[_Entity] = []
    owner: list[int] = []
    relatives: set[int] = set()  # entities first named right after "his wife", "her son", ...
    full_names = {tuple(t.lower() for t in nm.tokens) for nm in names if len(nm.tokens) > 2}
    bare_owner: dict[str, int] = {}  # a lower-cased surname used alone -> the person it named
    # A bare surname before a junior of that surname ("President Trump ... Donald Trump Jr.") is an elder,
    # another person, when it bore a title the junior lacks or the junior is introduced as a relative
    elders: set[int] = set()
    bare_titles: dict[int, set[str]] = {}  # title words before a person's bare-surname mentions
    for nm in names:
        core = _core(nm.tokens)
        if len(nm.tokens) > 1 and (nm.tokens[0] in GIVEN_NAME_PARTICLES or not _is_first_name(nm.tokens[0])) \
                and _ends_a_longer_name(nm.tokens, full_names):
            # "Van Hollen" beside "Chris Van Hollen", "Big Crow" beside "Mason Big Crow": a two-word surname
            core, nm.method = core[-1:], "surname"
        # "President Trump ... Donald Trump Jr.": a surname used alone before a junior's (or senior's) full
        # name may be the other, better-known bearer's, who then takes no later full name ("Eric Trump")
        suffixed = _has_suffix(nm.tokens)
        if len(core) > 1 and suffixed:
            kin = bool(_KIN_BEFORE_RE.search(body, max(0, nm.start - 40), nm.start) or _KIN_AFTER_RE.match(
                body, nm.end))
            elders.update(idx for idx, ent in enumerate(entities) if len(ent.core) == 1 and _compatible(ent, core)
                          and (kin or bare_titles.get(idx, set()) - set(nm.title_words)))
        fits = [idx for idx in range(len(entities) - 1, -1, -1)
                if _compatible(entities[idx], core) and not _other_person(entities[idx], core, nm.honorific)
                and not (len(core) > 1 and idx in elders)
                # "Trump Jr.", "Donald Jr.": a suffix with one name is a junior's, never a suffixless name's
                and not (len(core) == 1 and suffixed and not _has_suffix(entities[idx].tokens))]
        if len(core) > 1 and not suffixed and any(
                idx in elders and _compatible(entities[idx], core) for idx in range(len(entities))):
            # the junior's name without the suffix ("Donald Trump" after "Trump ... Donald Trump Jr.") is the
            # elder's own; another first name ("Eric Trump") is a third person
            if any(_has_suffix(entities[idx].tokens) and [w.lower() for w in entities[idx].core] == [
                    w.lower() for w in core] for idx in fits):
                fits = [idx for idx in elders if _compatible(entities[idx], core)][:1]
        target = next((idx for idx in fits if not _unlike_first_name(entities[idx], nm.honorific)),
                      fits[0] if fits else -1)
        surname = core[-1].lower() if len(core) == 1 else None
        if surname is not None and bare_owner.get(surname, -1) in fits:
            # once a bare surname names someone it keeps naming them: "Trump ... Trump was married to Ivana
            # Zelnicek Trump ... Trump wears a hard hat" is Donald throughout, not the wife named last
            target = bare_owner[surname]
        elif surname is not None and target in relatives:
            target = next((idx for idx in fits if idx not in relatives
                           and not _unlike_first_name(entities[idx], nm.honorific)), target)
        if target < 0:
            entities.append(_Entity(tokens=list(nm.tokens), core=core))
            target = len(entities) - 1
            if len(core) > 1 and _KIN_BEFORE_RE.search(body, max(0, nm.start - 40), nm.start):
                relatives.add(target)
        ent = entities[target]
        if len(core) > len(ent.core):
            ent.core = core
            if " ".join(ent.tokens) not in ent.aliases:
                ent.aliases.append(" ".join(ent.tokens))
            ent.tokens = list(nm.tokens)
        elif " ".join(nm.tokens) != " ".join(ent.tokens) and " ".join(nm.tokens) not in ent.aliases:
            ent.aliases.append(" ".join(nm.tokens))
        if nm.honorific and ent.honorific is None:
            ent.honorific = nm.honorific
        owner.append(target)
        if surname is not None and not suffixed:  # "Trump Jr." does not make a later bare "Trump" the son's
            bare_owner[surname] = target
            bare_titles.setdefault(target, set()).update(nm.title_words)
    for ent in entities:
        ent.gender = honorific_sex(ent.honorific)
        if ent.gender is None and len(_core(ent.tokens)) >= 2:
            first = _core(ent.tokens)[0]
            ent.gender = _gender_of_first(first)
            ent.gender_unsure = ent.gender is not None and sure_gender(first) != ent.gender
    return entities, owner


# --------------------------------------------------------------------------------------------- roles
_WORD_RE = re.compile(r"[\w’'\-.]+|[^\w\s]")


# A full stop that ends an abbreviation, not a sentence: "U.S. Secretary of State", "Singapore, Mr. Tan".
_ABBREVIATION_END_RE = re.compile(
    rf"(?:\b(?:[A-Z]\.){{2,}}|\b(?:{'|'.join(sorted(HONORIFIC_ABBREV))}|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St)\.)\s+$"
)


def _phrase_start(body: str, sentences: _Sentences, pos: int) -> int:
    """Where the sentence holding ``pos`` starts, not counting the splitter's stops after abbreviations."""
    start = sentences.start_of(pos)
    while start > 0 and _ABBREVIATION_END_RE.search(body, max(0, start - 12), start):
        start = sentences.start_of(start - 1)
    return start


def _role_before(body: str, pos: int, sent_start: int) -> tuple[int, int] | None:
    """The role phrase that ends right before ``pos`` ("US Secretary of State", "security minister")."""
    lo = max(sent_start, pos - 120)
    window = body[lo:pos]
    toks = [(lo + m.start(), lo + m.end(), m.group()) for m in _WORD_RE.finditer(window)]
    k = len(toks) - 1
    if k >= 0 and toks[k][2] == ",":
        k -= 1  # "the Prime Minister of Singapore, Mr. Lee"
    begin = -1
    has_head = False
    last_head = -1  # the rightmost head word
    joiner = ""  # the "of"/"for"/"to"/"and" just stepped over
    while k >= 0:
        _s, _e, w = toks[k]
        base = _POSSESSIVE_RE.sub("", w) if w.endswith(("'s", "’s")) else w
        low = base.lower().rstrip(".")
        if low in ROLE_HEADS or (base in TITLE_WORDS and low in ROLE_HEADS):
            if not has_head:
                last_head = k
            has_head = True
            begin = k
        elif base in TITLE_WORDS and not has_head and base not in ("Former", "Acting", "First"):
            begin = k  # "Secretary of State": 'State' before the head
        elif low in ROLE_MODIFIERS and (has_head or begin >= 0):
            begin = k
        elif low in ("of", "for", "to", "and") and begin >= 0 and not joiner:
            joiner = low  # "Secretary of State", "ambassador to China", "chairman and chief executive"
            k -= 1
            continue
        elif (
            base[:1].isupper()
            and low not in _FUNCTION_LOWER
            and base not in HONORIFICS
            and (not has_head or base not in NON_NAME_WORDS - _PLACE_OK)
            and joiner != "and"  # "Trump and Russian President Putin": Trump is no part of the role
        ):
            # Before the head: "Airbus chief executive", "US Secretary"; after it (walking back),
            # the complement of "of": "Prime Minister of Singapore".
            begin = k
        elif (
            low == "the" and begin >= 0 and not has_head and k > 0 and toks[k - 1][2].lower() in ("of", "for")
        ):
            k -= 1  # "President of the United States"
            continue
        elif w.endswith(("'s", "’s")) and begin >= 0 and joiner != "and":
            begin = k  # "Japan's prime minister"
        else:
            break
        joiner = ""
        k -= 1
    if begin < 0 or not has_head:
        return None
    start = toks[begin][0]
    end_tok = len(toks) - 1
    while end_tok >= begin and toks[end_tok][2] in (",",):
        end_tok -= 1
    if end_tok < len(toks) - 1 and _names_someone_after_head(toks[last_head:end_tok + 1]):
        return None  # "a speech by President Obama, Mitt Romney told": the phrase names another person
    return start, toks[end_tok][1]


def _names_someone_after_head(toks: list[tuple[int, int, str]]) -> bool:
    """Whether a role phrase ending before a comma has a name right after its head ("President Obama"), not
    a complement ("Prime Minister of Singapore", "Speaker of the House", "Secretary of State")."""
    for (_s, _e, prev), (_s2, _e2, w) in itertools.pairwise(toks):
        if prev.lower() in ("of", "for", "to", "and", "the"):
            return False  # the complement begins: "chairman of the Senate Intelligence Committee"
        base = _POSSESSIVE_RE.sub("", w)
        if base[:1].isupper() and not (base in TITLE_WORDS or base.lower().rstrip(".") in ROLE_HEADS
                                       or base in _PLACE_OK or base.lower() in ROLE_MODIFIERS):
            return True
    return False


# Places and nationalities may qualify a role ("US Secretary of State", "Chinese president").
_PLACE_OK = COUNTRY_NAMES.keys() | COUNTRY_ADJECTIVES.keys() | frozenset(
    w
    for w in NON_NAME_WORDS
    if w[:1].isupper()
    and (
        w.endswith(("an", "ese", "ish", "ch", "i"))
        or len(w) <= 3
        or w
        in {
            "Britain",
            "China",
            "Russia",
            "Japan",
            "France",
            "Germany",
            "Italy",
            "Spain",
            "India",
            "Israel",
            "Iran",
            "Iraq",
            "Syria",
            "Egypt",
            "Turkey",
            "Ukraine",
            "Canada",
            "America",
            "Europe",
            "Foreign",
            "Home",
            "State",
            "Prime",
            "Vice",
            "Chief",
            "Executive",
            "Officer",
            "Minister",
            "Secretary",
            "President",
            "General",
            "Director",
            "Chairman",
            "Deputy",
            "Premier",
            "Speaker",
            "Leader",
            "Commissioner",
            "Ambassador",
            "Governor",
            "Mayor",
            "Senator",
            "Judge",
            "Justice",
            "Coach",
            "Manager",
            "Chancellor",
            "Spokesman",
            "Spokeswoman",
        }
    )
)


_PHOTO_POSITION_RE = re.compile(r"(?:(?:second|third|fourth|far|front|back|top|bottom)\s+)?(?:from\s+)?"
                                r"(?:left|right|center|centre|middle|front|rear)")


def _photo_position_after(body: str, end: int) -> bool:
    """", center," / ", second from left," after a name: someone standing in a photo (evidence of a person,
    though no role)."""
    m = _APPOS_RE.match(body, end)
    return m is not None and m.group(1) is None and _PHOTO_POSITION_RE.fullmatch(m.group(2).strip().lower()) is not None


def _appositive_after(body: str, end: int) -> tuple[int, int] | None:
    """ ", a spokesman for the ministry," after a name: the role phrase span, when it has a role head."""
    m = _APPOS_RE.match(body, end)
    if m is None:
        return None
    phrase = m.group(2)
    words = phrase.split()
    if not words or words[0].lower() in ("who", "which", "whose", "where", "said", "says", "and", "but"):
        return None
    if _photo_position_after(body, end):
        # "Roger Stone, center, with his wife": where he stands in a photo; "Bob Smith, the center," plays there
        return None
    if m.group(1) is None and not (
        words[0][:1].isupper() or words[0].lower() in ROLE_MODIFIERS or words[0].lower() in ROLE_HEADS
    ):
        return None
    lowered = [_POSSESSIVE_RE.sub("", w).lower().strip(".") for w in words[:6]]
    if not any(w in ROLE_HEADS for w in lowered):
        return None
    start = m.start(1) if m.group(1) else m.start(2)
    return start, m.end(2)


_THE_RE = re.compile(r"\b[Tt]he\s+")
_WINDOW_WORD_RE = re.compile(r"[\w\-]+(?:['’]s)?")


def _title_anaphors(body: str) -> list[tuple[int, int]]:
    """Spans of "the" + up to four qualifiers + a role head ("the Foreign Secretary", "the US's top
    diplomat"). Scanning from each "the" is much cheaper than a case-insensitive search for heads."""
    out: list[tuple[int, int]] = []
    for m in _THE_RE.finditer(body):
        pos = m.end()
        end = -1
        for _ in range(6):
            w = _WINDOW_WORD_RE.match(body, pos)
            if w is None:
                break
            word = w.group()
            base = word[:-2] if word.endswith(("'s", "’s")) else word
            low = base.lower()
            if low in ANAPHORIC_TITLE_HEADS and base == word:
                end = w.end()  # keep going: "the chief executive" ends at the last head
            elif end >= 0:
                break
            elif not (
                low in ROLE_MODIFIERS
                or low in ROLE_HEADS
                or (base[:1].isupper() and low not in _FUNCTION_LOWER)
            ):
                break
            nxt = w.end()
            if nxt < len(body) and body[nxt] == " ":
                pos = nxt + 1
            else:
                break
        if end >= 0:
            out.append((m.start(), end))
    return out


def _content_words(phrase: str) -> set[str]:
    out = set()
    for w in re.findall(r"[\w\-]+", phrase):
        low = w.lower()
        if low in _FUNCTION_LOWER or low in ("s", "top", "former", "new"):
            continue
        out.add(low)
    return out


def _holds_a_name(name_starts: list[int], span: tuple[int, int]) -> bool:
    """Whether a name mention starts inside ``span`` (``name_starts`` sorted)."""
    return bisect_right(name_starts, span[1] - 1) > bisect_right(name_starts, span[0] - 1)


# --------------------------------------------------------------------------------------------- main
def extract_people(body: str) -> list[PersonEntity]:
    """Find the people of one article body, each with all its mentions (sorted by start).

    Entities come in order of first mention; every mention satisfies ``body[start:end] == text``.
    """
    if not body:
        return []
    sentences = _Sentences(body)
    run = _find_names(body, sentences)
    if not run.names:
        return []
    names = _propagate(run)
    entities, owner = _group(names, body)

    # Events in text order: (start, kind, payload). Kinds: 0 name, 1 title, 2 pronoun.
    events: list[tuple[int, int, int, int, str]] = []  # (start, end, kind, entity or -1, method)
    role_spans: set[tuple[int, int]] = set()
    name_spans = sorted((nm.start, nm.end) for nm in names)
    name_starts = [s for s, _ in name_spans]
    name_ends = {e for _, e in name_spans}
    for nm, ent_idx in zip(names, owner, strict=True):
        ent = entities[ent_idx]
        events.append((nm.start, nm.end, 0, ent_idx, nm.method))
        cue = nm.cue_start if nm.honorific else nm.start
        rb = _role_before(body, cue, _phrase_start(body, sentences, cue))
        if rb is not None and rb[1] in name_ends and not body[rb[1] : cue].strip():
            # "Speaker Nancy Pelosi Nancy Pelosi": the first name is no part of the second's role (but in
            # "an attorney for Pagliano, Mark MacDougall" it is)
            rb = None
        if rb is not None:
            rs, re_ = rb
            if (lead := _ROLE_LEAD_RE.match(body, rs, re_)) is not None:
                rs = lead.end()  # "JUST WATCHED President Obama", "If President Trump": no part of the role
            role = body[rs:re_].strip().rstrip(",").strip()
            if nm.honorific and role.endswith(nm.honorific):
                role = role[: -len(nm.honorific)].strip()
            if role and role not in ent.roles:
                ent.roles.append(role)
            if role:
                re2 = rs + len(role)
                role_spans.add((rs, re2))
                events.append((rs, re2, 1, ent_idx, "title"))
        ap = _appositive_after(body, nm.end)
        if ap is not None and _holds_a_name(name_starts, ap):
            ap = None  # another name inside: a list of people ("Joe Biden, Japanese Prime Minister Shinzo Abe")
        if ap is not None:
            role = body[ap[0] : ap[1]]
            bare = re.sub(r"^(?:the|a|an|its|his|her|their)\s+", "", role)
            if bare not in ent.roles:
                ent.roles.append(bare)
            role_spans.add(ap)
            events.append((ap[0], ap[1], 1, ent_idx, "title"))
        if ent.gender is None:
            ent.gender = _gender_from_roles(ent.roles)

    role_sorted = sorted(role_spans)
    role_starts = [r[0] for r in role_sorted]

    # Anaphoric titles: "the Foreign Secretary", "the US's top diplomat" not directly followed by a name.
    for s, e in _title_anaphors(body):
        j = bisect_right(role_starts, e) - 1
        if j >= 0 and role_sorted[j][1] > s:
            continue  # overlaps a role already attached to a name
        i = bisect_right(name_starts, e)
        if i < len(name_starts) and name_starts[i] - e <= 3 and not any(c in ".!?;" for c in body[e:name_starts[i]]):
            continue  # a role right before a name, already handled (not one ending a sentence before it)
        if body.startswith(" of ", e) or body.startswith("s", e):
            continue
        if (nxt := _NEXT_CAPITALISED_RE.match(body, e)) and nxt.group(1) not in TITLE_WORDS and not (
                (low := nxt.group(1).lower()) in ROLE_HEADS or low in MONTHS or low in WEEKDAYS):
            # "the United Nations General Assembly", "General Motors": a name goes on, no person; but a date
            # may follow a title: "the president Tuesday said"
            continue
        events.append((s, e, 1, -1, "title"))

    for m in _PRONOUN_RE.finditer(body):
        events.append((m.start(), m.end(), 2, -1, "pronoun"))
    for m in _UNNAMED_PERSON_RE.finditer(body):
        if _sentence_opening(body, sentences.start_of(m.start())) == m.start():
            # a sentence's subject; the method slot holds "a man", "the man"
            events.append((m.start(), m.end(), 3, -1, f"{m.group(1).lower()} {m.group(2)}"))

    events.sort(key=lambda x: (x[0], -x[1]))
    _resolve(body, events, entities, sentences)

    # Emit entities ordered by first mention, with mentions sorted by start.
    people: list[PersonEntity] = []
    used = [ent for ent in entities if ent.mentions]
    used.sort(key=lambda en: min(x.start for x in en.mentions))
    _attach_handles(body, used, names)
    _name_from_cards(used, run.cards)
    for ent in used:
        # One mention per span: a span found twice ("Himself" as a surname and as a pronoun) keeps the
        # likelier method, never whichever a set's (hash-seeded) order put first.
        by_span: dict[tuple[int, int], Mention] = {}
        for m in sorted(ent.mentions, key=lambda x: (x.start, x.end, _METHOD_RANK.get(x.method, len(_METHOD_RANK)))):
            by_span.setdefault((m.start, m.end), m)
        ms = list(by_span.values())
        people.append(
            PersonEntity(
                name=" ".join(ent.tokens),
                honorific=ent.honorific,
                roles=ent.roles + [t for t in ent.inferred_titles if _is_office(t, ent.roles)],
                handles=list(ent.handles),
                aliases=[a for a in ent.aliases if a != " ".join(ent.tokens)],
                mentions=ms,
            )
        )
    attach_affiliations(body, people)
    return people


def _name_from_cards(entities: list[_Entity], cards: list[tuple[int, int, list[str]]]) -> None:
    """A person the text names by surname only ("President Obama") is named by the first and last word of
    the one hover card of that surname ("Barack Hussein Obama" -> "Barack Obama"): the card states who the
    page means, though it is no mention."""
    for ent in entities:
        if len(ent.core) != 1:
            continue
        surname = ent.core[0].lower()
        found = {(card[0], card[-1]) for _, _, card in cards if len(card) > 1 and card[-1].lower() == surname}
        if len(found) == 1:
            ent.aliases.append(" ".join(ent.tokens))
            ent.tokens = list(found.pop())
            ent.core = _core(ent.tokens)


def _is_office(title: str, roles: list[str]) -> bool:
    """An anaphoric title that names an office ("the Foreign Secretary" → Foreign Secretary) is a role the
    article states for the person it refers to; a description ("the US's top diplomat") is not."""
    words = title.split()
    known = {r.casefold() for r in roles}
    return bool(words) and all(w[:1].isupper() for w in words) and title.casefold() not in known and not any(
        title.casefold() in r for r in known)


def _gender_from_roles(roles: list[str]) -> str | None:
    for role in roles:
        for w in role.lower().split():
            g = ROLE_HEADS.get(w)
            if g is not None:
                return g
    return None


def _resolve(
    body: str, events: list[tuple[int, int, int, int, str]], entities: list[_Entity], sentences: _Sentences
) -> None:
    """Walk mentions in text order; resolve titles and pronouns against what came before."""
    history: list[tuple[int, int, bool]] = []  # (sentence, entity, subject-like)
    first_in_sentence: dict[int, int] = {}
    counts = [0] * len(entities)
    # Pronouns already given to a person whose name tells no sex ("President Trump"): once they lean one
    # way, a pronoun of the other sex prefers someone else ("Trump ... he ... Waters ... her").
    pronoun_sexes: dict[int, Counter[str]] = {}
    # Unnamed people (kind 3) get indices -2, -3, ...: pronouns may refer to them, but they are no entity.
    unnamed: dict[int, str] = {}
    prev_start, prev_end, prev_ent = -1, -1, -1  # the last mention given to someone named
    for s, e, kind, ent_idx, method in events:
        sent = sentences.index(s)
        if kind == 3:
            article, noun = method.split()
            gender = UNNAMED_PERSON_GENDER[noun]
            if article == "the":
                # "A Rhode Island man ... The man": the same unnamed man when one came in within three
                # sentences; otherwise "the man" describes someone named ("Zehaf-Bibeau ... The man had been")
                ent_idx = next((idx for h_sent, idx, _ in reversed(history) if idx < -1 and sent - h_sent <= 3
                                and unnamed[idx] == gender), -1)
                if ent_idx == -1:
                    continue
            else:
                ent_idx = -2 - len(unnamed)
                unnamed[ent_idx] = gender
            first_in_sentence.setdefault(sent, ent_idx)
            history.append((sent, ent_idx, first_in_sentence[sent] == ent_idx))
            continue
        if kind == 2:
            word = body[s:e].lower()
            ent_idx = _fronted_possessive_referent(body, s, word, events, entities, sentences)
            if ent_idx < 0:
                # "Trump fired him": the object of a verb whose subject is the name before it is someone else
                own_object = prev_ent if prev_end >= 0 and (_object_of_named_subject(
                    body, prev_start, prev_end, s, word) or _WHOM_SUBJECT_RE.fullmatch(body, prev_end, s)) else -1
                ent_idx = _resolve_pronoun(word, sent, history, entities, unnamed, pronoun_sexes, own_object)
            if ent_idx >= 0 and entities[ent_idx].gender is None and (sex := pronoun_sex(word)) is not None:
                pronoun_sexes.setdefault(ent_idx, Counter())[sex] += 1
            if ent_idx < 0:
                # nobody, or the unnamed person: no mention of anyone named. Only "A man" / "The man" keep
                # him salient, not a pronoun ("A man was arrested. In his first response, Trump ... he": Trump)
                continue
        elif kind == 1 and ent_idx < 0:
            ent_idx = _resolve_title(body[s:e], entities, counts, history)
            if ent_idx < 0:
                continue
            title = re.sub(r"^[Tt]he\s+", "", body[s:e])
            if title not in entities[ent_idx].inferred_titles:
                entities[ent_idx].inferred_titles.append(title)
        ent = entities[ent_idx]
        ent.mentions.append(Mention(s, e, body[s:e], method))
        prev_start, prev_end, prev_ent = s, e, ent_idx
        if kind == 1 and (s, e) in ent.title_positions:
            continue
        governed = kind != 2 and _in_fronted_phrase(body, s, sentences.start_of(s))
        subject = not governed and (sent not in first_in_sentence or first_in_sentence[sent] == ent_idx)
        if (kind != 1 or ent_idx >= 0) and not governed:
            first_in_sentence.setdefault(sent, ent_idx)
        if kind == 1 and history and history[-1][1] == ent_idx and history[-1][0] == sent:
            continue  # a role next to its name is one mention for salience
        history.append((sent, ent_idx, subject))
        counts[ent_idx] += 1


# Prepositions (and participles) opening a sentence's first phrase. Not "After", "Before", "Since":
# they as often open a clause whose subject is the one a later "he" means ("After Comey met the
# president, he wrote a memo").
_FRONTED_OPENERS = frozenset(
    """During In At With Alongside Following Despite Unlike Under On Amid Throughout Speaking Meeting
    Standing Appearing""".split())


_CLAUSE_JOIN_RE = re.compile(r"(?:,|;)\s+(?:and|but)\s+(?=[a-z])|;\s+")


def _in_fronted_phrase(body: str, start: int, sent_start: int) -> bool:
    """A name inside a sentence's opening phrase ("During a visit with Mahmoud Abbas in Ramallah, Obama
    stressed ..."): the sentence's subject, who a later "he" most likely is, comes after the comma."""
    clause = body[_clause_opening(body, sent_start, start):start]
    first = clause.split(" ", 1)[0]
    return first[:1].upper() + first[1:] in _FRONTED_OPENERS and "," not in clause and "," in body[start:start + 120]


def _clause_opening(body: str, sent_start: int, pos: int) -> int:
    """Where the clause holding ``pos`` opens: the sentence's opening, or after ", and" / ", but" / ";" before
    it ("Obama told Leno he had no patience, and during his visit to Russia, Obama met")."""
    opening = _sentence_opening(body, sent_start)
    joins = list(_CLAUSE_JOIN_RE.finditer(body, opening, pos))
    return joins[-1].end() if joins else opening


def _fronted_possessive_referent(
    body: str, start: int, word: str, events: list[tuple[int, int, int, int, str]], entities: list[_Entity],
    sentences: _Sentences,
) -> int:
    """The subject named right after a fronted phrase that holds this possessive ("At her weekly news
    conference, House Minority Leader Nancy Pelosi called ..."), or -1. The pronoun points forward there."""
    sent_start = sentences.start_of(start)
    if word not in ("his", "her") or not _in_fronted_phrase(body, start, sent_start) or \
            body.startswith(" side", start + len(word)):
        return -1  # "Standing by his side, al-Jubeir said": someone else's side
    comma = body.find(",", start)
    sex = pronoun_sex(word)
    clause_start = _clause_opening(body, sent_start, start)
    for s, _, kind, ent_idx, _ in events[bisect_left(events, clause_start, key=lambda ev: ev[0]):]:
        if s < start and kind == 0:
            return -1  # "Shortly after Netanyahu finished his remarks, Obama said": the name before
        if s <= comma:
            continue
        if s > comma + 60:
            break
        if kind == 0 and ent_idx >= 0:
            return ent_idx if entities[ent_idx].gender in (None, sex) else -1
    return -1


# "the attorney general, whom he has mocked": the pronoun after "whom" is not the name before it.
_WHOM_SUBJECT_RE = re.compile(r"\s*,\s*whom\s+")
_NEAREST_FIRST = frozenset({"his", "hers", "himself", "herself"})
# A name, then only auxiliaries or adverbs and one verb (with its particle) before an object pronoun:
# "Trump fired him", "Obama had assigned him", "Sean Hannity wanted him to", "Trump has leaned on him"; not
# "with" ("the hope he carries with him" is his own).
_VERB_BEFORE_OBJECT_RE = re.compile(
    r"[ ]+(?:(?:has|had|have|was|is|did|does|do|doesn't|didn't|don't|would|will|could|can|may|might|should"
    r"|must|not|never|also|now|then|just|later|even|still|already|frequently|repeatedly|reportedly|once|quickly"
    r"|publicly|privately|personally|immediately)[ ]+){0,3}"
    r"(?!(?:and|or|but|that|who|which|when|as|if|to|with|for|by|of|from|in|on|at|told|said|says|asked)[ ])"
    r"(?![a-z]+ing[ ])[a-z]{3,}(?:[ ]+(?:on|at|against|about|over|into|onto|off|up|out|down))?[ ]+")
# After an object "her" (not a possessive): punctuation or a preposition.
_AFTER_OBJECT_HER_RE = re.compile(r"(?:[.,;:!?)]|[ ]+(?:to|for|as|in|on|with|after|over|and|of|from|at|by)\b)")


# A name after these (and any titles) is no subject: "Critics of Morsi accused him", "a second term for Trump
# could give him", "stories concerning President Trump portrayed him".
_PREPOSITION_BEFORE_RE = re.compile(
    r"\b(?:of|for|to|with|by|against|from|about|on|at|in|under|than|[a-z]+ing)"
    r"(?:[ ]+(?:[A-Z][a-z]{0,3}\.|[A-Z][\w]*))*[ ]+$")  # titles between: "Sen.", "President"


def _object_of_named_subject(body: str, name_start: int, name_end: int, start: int, word: str) -> bool:
    """Whether a "him" / object "her" is the object of a verb right after a name (not a possessive one,
    nor one after a preposition): the name is that verb's subject, and a pronoun object of its own clause
    is someone else. Not after a participle ("a letter to Sally Jewell asking her": Jewell is asked)."""
    if word not in ("him", "her") or body[name_end:name_end + 1] in ("'", "’") or (
            body[name_start:name_end].lower() in ("him", "her", "his", "them", "their")):
        return False  # "Trump's refusal cost him", "few around him expect him": no subject
    if _PREPOSITION_BEFORE_RE.search(body, max(0, name_start - 40), name_start):
        return False
    if word == "her" and not _AFTER_OBJECT_HER_RE.match(body, start + 3):
        return False
    return _VERB_BEFORE_OBJECT_RE.fullmatch(body, name_end, start) is not None


def _resolve_pronoun(
    word: str, sent: int, history: list[tuple[int, int, bool]], entities: list[_Entity],
    unnamed: dict[int, str], pronoun_sexes: dict[int, Counter[str]], own_object: int = -1,
) -> int:
    gender = pronoun_sex(word)
    best = -1
    best_key: tuple[float, int, int] | None = None
    seen: set[int] = set()
    for pos in range(len(history) - 1, -1, -1):
        h_sent, idx, subject = history[pos]
        dist = sent - h_sent
        if dist > 3:
            break
        if idx in seen:
            continue
        seen.add(idx)
        if idx == own_object:
            continue  # "Pelosi praised her": not Pelosi, in this sentence or any before
        if own_object != -1 and dist > 1:
            continue  # "Obama cut him off" (a reporter): someone named further back is a guess too far
        if idx < -1 and dist == 0 and word in ("him", "her"):
            continue  # "A gunman shot him": an object is not its own sentence's subject
        g = unnamed[idx] if idx < -1 else entities[idx].gender
        penalty = 0.0 if g == gender else 0.6
        if g is None and gender is not None and idx >= 0 and idx in pronoun_sexes:
            (lean, n), *rest = pronoun_sexes[idx].most_common()
            if lean != gender and not (rest and rest[0][1] == n):
                penalty = 1.5  # its earlier pronouns say the other sex
        if gender is not None and g is not None and g != gender:
            if idx < -1 or not entities[idx].gender_unsure:
                continue
            # a first name the dictionary gives mostly to the other sex ("Bernie", "Lindsey"): the pronoun
            # may still be theirs when no one nearer fits ("Bernie Sanders spoke. He said ...")
            penalty = 1.5
        # Same sentence: its subject, then the nearest earlier person, but a possessive or reflexive takes
        # the nearest ("an interview with Lester Holt, where Trump explained his"); earlier sentences: the
        # subject first.
        first = subject and not (dist == 0 and word in _NEAREST_FIRST)
        key = (dist + penalty + (0 if subject or dist == 0 else 0.5), 0 if first else 1, -pos)
        if best_key is None or key < best_key:
            best_key = key
            best = idx
    return best


def _sentence_opening(body: str, start: int) -> int:
    while start < len(body) and body[start] in " \n\"“":
        start += 1
    return start


def new_unnamed_person_at(body: str, start: int) -> re.Match[str] | None:
    """An unnamed person brought in as the subject of the sentence starting at ``start`` ("A Rhode Island man")."""
    m = _UNNAMED_PERSON_RE.match(body, _sentence_opening(body, start))
    return m if m is not None and m.group(1) != "The" else None


# Words that make an office a different, lower one: "Vice President", "Deputy Secretary".
_SECOND_OFFICE_WORDS = frozenset("vice deputy assistant associate lieutenant under".split())


_NEXT_CAPITALISED_RE = re.compile(r" ([A-Z][a-z]+)\b")


_PARTY_OF_WORD = {form.lower(): party for party, forms in PARTIES.items() for form in forms if " " not in form}
# Countries other than the one whose parties these are ("Russian President" is nobody's Republican president)
_FOREIGN_COUNTRY_WORDS = frozenset(
    form.lower() for forms in (COUNTRY_ADJECTIVES, COUNTRY_NAMES) for form, country in forms.items()
    if " " not in form and country != "United States")


def _same_side(modifier: str, role_words: set[str]) -> bool:
    """Whether a party before a title ("the Republican president") fits a person whose stated role lacks
    it ("President"): a party is no office, but a role of another party ("Democratic presidential
    nominee") or of a foreign country ("Russian President") is another person's."""
    party = _PARTY_OF_WORD.get(modifier)
    if party is None or role_words & _FOREIGN_COUNTRY_WORDS:
        return False
    parties = {_PARTY_OF_WORD[w] for w in role_words if w in _PARTY_OF_WORD}
    # "Green Party nominee": a party the lexicon does not list is another party too
    return parties <= {party} and ("party" not in role_words or party in parties)


def _resolve_title(
    phrase: str, entities: list[_Entity], counts: list[int], history: list[tuple[int, int, bool]]
) -> int:
    words = _content_words(phrase)
    tokens = phrase.lower().split()
    head = tokens[-1]
    # The word that makes the head an office of its own: "inspector general", "deputy secretary".
    modifier = tokens[-2] if len(tokens) >= 2 else ""
    best, best_score = -1, 0.0
    recent = {idx: pos for pos, (_, idx, _) in enumerate(history) if idx >= 0}  # not the unnamed (negative)
    for idx, ent in enumerate(entities):
        if idx not in recent:
            continue
        score = 0.0
        for role in ent.roles + ent.inferred_titles:
            rw = _content_words(role)
            if head in rw and modifier in words and modifier not in rw and not _same_side(modifier, rw):
                continue  # "the inspector general" is not the attorney general
            if (rw & _SECOND_OFFICE_WORDS) - words:
                continue  # "the president" is not the vice president, "the secretary" not a deputy secretary
            overlap = len(words & rw)
            if head in rw:
                overlap += 1
            score = max(score, float(overlap))
        if score > 0:
            score += recent[idx] / (10.0 * (len(history) + 1))
            if score > best_score:
                best, best_score = idx, score
    if best >= 0:
        return best
    if head not in ANAPHORIC_TITLE_HEADS or not history or head.endswith("-elect") or words & (
            _SECOND_OFFICE_WORDS | {"incoming"}):
        # "the president-elect", "the incoming president", "the former vice president" only as someone's
        # stated role: the salient person is often another
        return -1
    # No stated role matches: the salient person, but only one without a conflicting stated role.
    cand = [idx for idx in recent if not entities[idx].roles]
    if not cand:
        return -1
    return max(cand, key=lambda i: (counts[i], recent[i]))


def _attach_handles(body: str, entities: list[_Entity], names: list[_Name]) -> None:
    for m in _HANDLE_RE.finditer(body):
        handle = m.group(1).lower()
        target = -1
        for idx, ent in enumerate(entities):
            core = [w.lower() for w in _core(ent.tokens)]
            joined = "".join(core)
            if joined and (
                joined in handle or (len(core) > 1 and core[-1] in handle and core[0][0] == handle[0])
            ):
                target = idx
                break
        if target < 0:
            # "— Name (@handle)": the name right before the bracket.
            before = body[max(0, m.start() - 3) : m.start()]
            if "(" in before:
                for idx, ent in enumerate(entities):
                    if any(0 <= m.start() - x.end <= 4 for x in ent.mentions if x.method == "name"):
                        target = idx
        if target >= 0:
            ent = entities[target]
            text = body[m.start() : m.end()]
            if text not in ent.handles:
                ent.handles.append(text)
            ent.mentions.append(Mention(m.start(), m.end(), text, "handle"))

"""A person's party and country, when the article states them.

Read from what stands next to the person's name, never guessed from the name itself:

- a role that names them: "US Secretary of State" → United States, "Chinese president" → China,
  "Prime Minister of Singapore" → Singapore, "former Labour leader" → Labour. The part after "to"
  is where the person is sent, not where they are from: "US ambassador to China" → United States;
  a country after "Bank of" / "University of" names an institution ("Bank of England governor").
- a word just before the name: "Labour's Sir Chris Bryant", "Republican John McCain", "Britain's
  Prince Charles", "American Serena Williams" (a country's name needs the possessive, its adjective not).
- a group the name is listed in: "senior Tories including former party leader Sir Iain Duncan Smith",
  "Democrats such as X and Y".
- brackets or an appositive after the name: "(R-Ariz.)", "(Russia)", "(Labour)", ", a Republican,".

Parties and countries get their canonical names from :mod:`affiliations_lexicon` ("Tories" →
Conservative, "U.S." → United States).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from dataset_tools.extract.affiliations_lexicon import (
    COUNTRY_ADJECTIVES,
    COUNTRY_NAMES,
    NOT_AFFILIATION_NEXT,
    PARTIES,
    US_PARTY_LETTERS,
)
from dataset_tools.extract.people_lexicon import HONORIFICS, ROLE_HEADS, TITLE_WORDS
from dataset_tools.extract.records import PersonEntity

_PARTY_OF = {form: party for party, forms in PARTIES.items() for form in forms}


def _alternation(forms: Iterable[str]) -> str:
    return "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))


_ANY_FORM = _alternation([*_PARTY_OF, *COUNTRY_NAMES, *COUNTRY_ADJECTIVES])
# A form standing as a word of its own: not inside "Russians", "U.S.-based" or "Americana".
_FORM_RE = re.compile(rf"(?<![\w.\-])({_ANY_FORM})(?![\w\-])(?:['’]s?)?")
# Heads of the names of companies, schools and other non-state bodies ("American Medical Association").
_BODIES = frozenset(
    "University College School Institute Association Network Foundation Society Club Company Corporation Corp "
    "Inc Group Center Centre Project Alliance Coalition Forum Times Post News Journal Magazine Television Radio "
    "Airlines Airways Petroleum Express Union Federation Academy Chamber Institution Industries Holdings Partners "
    "Fund Exchange".split()
)
# Heads that take a country as their subject, not their nationality: "Russia adviser", "China expert".
# So, in American usage, do "Ukraine ambassador" and "Iraq veteran".
_TOPIC_HEADS = frozenset(
    "adviser advisor expert analyst specialist scholar correspondent czar hawk watcher researcher desk "
    "ambassador envoy veteran veterans".split()
)
# Party names that are also outlooks: capitalised only by the start of a sentence ("Conservatives such as
# Brett Kavanaugh ...") they say nothing of a party.
_OUTLOOK_FORMS = frozenset("Conservative Conservatives Liberal Liberals Communist Communists".split())
_NEXT_WORD_RE = re.compile(r"\s*([\w.]+)")
_QUALIFIER_FORMS = _alternation([*_PARTY_OF, *COUNTRY_ADJECTIVES])
_POSSESSIVE_END_RE = re.compile(r"['’]s?$")
_GROUP_WORDS = ("including", "such as", "like", "among them")
# "senior Tories including ", "Republicans such as ", "Labour MPs like ".
_GROUP_WORDS_RE = "|".join(w.replace(" ", r"\s+") for w in _GROUP_WORDS)
_GROUP_RE = re.compile(
    rf"(?<![\w.\-])(?P<party>{_alternation(_PARTY_OF)})(?:\s+[A-Za-z]+)?\s+(?:{_GROUP_WORDS_RE})\s+$"
)
_LIST_GAP_RE = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)$")
_US_PARTY_RE = re.compile(r"\s*\(\s*([RD])(?:\s*[-–.,]\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*\)")
_BRACKET_RE = re.compile(rf"\s*\(({_ANY_FORM})\)")
# ", a Republican,", ", a Democrat from Ohio", ", an American who": the appositive ends after the form or
# goes on to say where from; ", the Iranian nuclear challenge" is no appositive.
_APPOSITIVE_RE = re.compile(
    r",\s+(?:a|an|the)\s+(?:(?:former|fellow|veteran|moderate|conservative|liberal|centrist|progressive|senior|"
    rf"prominent|leading|longtime|lifelong)\s+)?({_QUALIFIER_FORMS})"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:from|of|who|and|representing|running)\b)"
)
# A capitalised word right before, on the same line; a full stop only after an abbreviation ("Sen.", "Mr."),
# not at the end of a sentence ("... the Republican Party. Donald Trump").
_WORD_BEFORE_RE = re.compile(r"(?<!\w)([A-Z]\w*|[A-Z]\w{0,3}\.) +$")


def attach_affiliations(body: str, people: list[PersonEntity]) -> None:
    """Fill each person's ``parties`` and ``countries`` (sorted, canonical names) from ``body``."""
    name_starts = {m.end: m.start for p in people for m in p.mentions if m.method in ("name", "surname")}
    title_ends = {m.end: m.start for p in people for m in p.mentions if m.method == "title"}
    for person in people:
        parties: set[str] = set()
        countries: set[str] = set()
        for role in person.roles:
            _scan_role(role, parties, countries)
        for mention in person.mentions:
            if mention.method in ("name", "surname"):
                _around_name(body, mention.start, mention.end, mention.method == "name", name_starts, title_ends,
                             parties, countries)
        person.parties = sorted(parties)
        person.countries = sorted(countries)


def _add(form: str, parties: set[str], countries: set[str]) -> None:
    if form in _PARTY_OF:
        parties.add(_PARTY_OF[form])
    elif form in COUNTRY_NAMES:
        countries.add(COUNTRY_NAMES[form])
    elif form in COUNTRY_ADJECTIVES:
        countries.add(COUNTRY_ADJECTIVES[form])


def _names_something_else(text: str, form_end: int) -> bool:
    """ "Republican Guard", "US Open": the form starts the name of a thing, not an affiliation."""
    nxt = _NEXT_WORD_RE.match(text, form_end)
    return nxt is not None and nxt.group(1) in NOT_AFFILIATION_NEXT


def _scan_role(role: str, parties: set[str], countries: set[str]) -> None:
    home = re.split(r"\s+to\s+", role, maxsplit=1)[0]  # "ambassador to China": China is the host
    for m in _FORM_RE.finditer(home):
        form = m.group(1)
        if _names_something_else(home, m.end(1)):
            continue
        after = home[m.end() :].split()
        if form not in _PARTY_OF and _in_organisation_name(home[: m.start()].split(), after):
            continue
        if form in COUNTRY_NAMES and not form.isupper() and "." not in form and after and after[0] in _TOPIC_HEADS:
            continue  # "Russia adviser" advises on Russia; "US envoy" is American
        _add(form, parties, countries)


def _is_role_word(word: str) -> bool:
    return word in TITLE_WORDS or word.lower() in ROLE_HEADS


def _in_organisation_name(before: list[str], after: list[str]) -> bool:
    """A country inside an organisation's name says nothing of the person: "Bank of England governor",
    "reporter for Voice of America", "president of Engage Cuba", "American Medical Association".
    A party is kept: the chair of the "Ohio Democratic Party" is a Democrat."""
    if before and before[-1] == "the":
        before = before[:-1]
    if len(before) >= 2 and before[-1] in ("of", "for") and before[-2][:1].isupper() and not _is_role_word(before[-2]):
        return True  # "Bank of England", "People for the American Way"
    if before and before[-1][:1].isupper() and not _is_role_word(before[-1]) and _FORM_RE.fullmatch(before[-1]) is None:
        return True
    for word in after:
        if not word[:1].isupper():
            break
        if re.sub(r"['’]s$", "", word) in _BODIES:
            return True
    return False


def _lead(body: str, start: int, title_ends: dict[int, int]) -> int:
    """Where the phrase that introduces a name begins: before its honorific, title words and role."""
    pos = start
    for _ in range(6):
        word_end = pos
        while word_end > 0 and body[word_end - 1].isspace():
            word_end -= 1
        if word_end == pos:
            break
        role_start = title_ends.get(word_end)
        if role_start is not None and pos - word_end <= 2:
            pos = role_start
            continue
        m = _WORD_BEFORE_RE.search(body, max(0, pos - 30), pos)
        if m is None:
            break
        word = m.group(1).rstrip(".")
        if word in HONORIFICS or word in TITLE_WORDS:
            pos = m.start(1)
            continue
        break
    return pos


def _starts_sentence(body: str, pos: int) -> bool:
    """Whether the word at ``pos`` opens a sentence, a paragraph or a quotation."""
    before = body[max(0, pos - 4) : pos].rstrip(" ")
    return not before or before[-1] in ".!?\n\"“‘(:"


def _qualifier_before(body: str, lead: int) -> str | None:
    """The party or country form that ends right before ``lead``: "Labour's ", "Republican ", "Britain's "
    (a country's name needs the possessive, its adjective not)."""
    window = body[max(0, lead - 40) : lead]
    if not window.endswith(" "):
        return None
    words = window.split()[-3:]  # the longest forms have three words ("Bosnia and Herzegovina")
    if not words:
        return None
    last = words[-1]
    apostrophe = last.endswith(("'", "’"))  # "the Democrats’ Ronald Reagan" is a comparison, not a party
    possessive = apostrophe or last.endswith(("'s", "’s"))
    words[-1] = _POSSESSIVE_END_RE.sub("", last)
    for n in range(len(words), 0, -1):
        phrase = " ".join(words[-n:])
        if phrase in _OUTLOOK_FORMS and _starts_sentence(body, lead - len(window) + window.rfind(phrase)):
            return None
        if (phrase in _PARTY_OF or phrase in COUNTRY_ADJECTIVES) and not apostrophe:
            return phrase
        if possessive and phrase in COUNTRY_NAMES:
            return phrase
    return None


def _around_name(
    body: str,
    start: int,
    end: int,
    full_name: bool,
    name_starts: dict[int, int],
    title_ends: dict[int, int],
    parties: set[str],
    countries: set[str],
) -> None:
    lead = _lead(body, start, title_ends)
    # Only before a full name or a title: "American Sanders supporters" says nothing of Sanders.
    if full_name or lead < start:
        form = _qualifier_before(body, lead)
        if form is not None:
            _add(form, parties, countries)
    _in_group(body, lead, name_starts, title_ends, parties)
    after = body[end : end + 60]
    us = _US_PARTY_RE.match(after)
    if us is not None:
        parties.add(US_PARTY_LETTERS[us.group(1)])
    if after[:3].lstrip().startswith(("(", ",")):
        for pattern in (_BRACKET_RE, _APPOSITIVE_RE):
            m = pattern.match(after)
            if m is not None and not _names_something_else(after, m.end(1)):
                _add(m.group(1), parties, countries)


def _in_group(
    body: str, lead: int, name_starts: dict[int, int], title_ends: dict[int, int], parties: set[str]
) -> None:
    """ "senior Tories including X, Y and Z": each listed name belongs to the group's party.
    ``name_starts`` maps the end of every name mention in the article to its start."""
    pos = lead
    for _ in range(6):
        before = body[max(0, pos - 80) : pos]
        if before.rstrip().endswith(_GROUP_WORDS):
            group = _GROUP_RE.search(before)
            if group is not None and not (
                group.group("party") in _OUTLOOK_FORMS and _starts_sentence(body, pos - len(before) + group.start())
            ):
                parties.add(_PARTY_OF[group.group("party")])
            return
        gap = _LIST_GAP_RE.search(before)
        if gap is None:
            return
        previous_start = name_starts.get(pos - (len(before) - gap.start()))
        if previous_start is None:
            return
        pos = _lead(body, previous_start, title_ends)

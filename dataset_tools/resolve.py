"""Resolve stage: the people each article found become one identity per person across the build.

The rule, in order:

1. A registry (the previous release's people table, and curation files) is an explicit input: a name or
   alias it knows keeps the ``person_id`` it had, so ids stay stable when a fuller name appears later.
2. Spellings that differ only in spaces and hyphens are one name ("Kim Jong Un", "Kim Jong-un"). Two full
   names are the same person when their first and last names agree and their middle parts do
   not conflict ("Hillary Clinton" and "Hillary Rodham Clinton"). A name without a middle part joins a
   fuller name when exactly one fits, or when one of those that fit is named in at least 90% of their
   articles ("Donald Trump" beside "Donald J. Trump" and a stray "Donald Trump Trump"); otherwise it stays
   apart ("George Bush" next to both "George H. W. Bush" and "George W. Bush" in like numbers). A
   generational suffix is dropped ("Joseph R. Biden Jr." is "Joseph R. Biden"), unless some article tells the
   suffixed name apart from another bearer of the surname ("Donald Trump Jr." beside "President Trump"):
   then it is a person of its own in every article.
3. A surname alone ("Mr Blinken" in an article that never names him in full) joins the one person in the
   build with that surname. When several people share it, it joins the one named in full in at least 90%
   of the articles that name any of them in full ("Obama": Barack, beside a rare Michelle Obama); otherwise
   it stays a person of its own ("Clinton"). With a gendered honorific, or pronouns that clearly say "he"
   or "she" (at least two, three to one), only the people of that sex count ("Mr. Romney" is Mitt beside Ann
   Romney; "Mrs. Clinton" and a "Clinton" who is "she" are Hillary), a person's sex being what the honorifics
   and pronouns of their articles say, else a first name gender-guesser is sure of. Two people named in full
   are never merged for a shared surname. A full name whose articles call the person by its first word
   alone owns that word like a surname, unless it is someone's surname ("President Xi" is Xi Jinping:
   Chinese and Korean names put the family name first).
4. Curation files (``curation/``, see ``curation.py``) come last and win: a fix names a person by id or
   by name and adds aliases or a Wikidata id, merges the person into another id, or splits an id that
   covers several people into one person per list of articles.
5. A new person's id is ``per_`` and 16 hex digits of SHA-256 of the normalised "first last" name (the
   whole name when two people share first and last name), so the same name gets the same id in every
   build.
"""

from __future__ import annotations

import hashlib
import sys
import unicodedata
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Protocol

from dataset_tools.extract.people_lexicon import honorific_sex, pronoun_sex, sure_gender

SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


@lru_cache(maxsize=1 << 17)
def _all_tokens(name: str) -> tuple[str, ...]:
    """Lower-case, accent-free tokens of a name, generational suffixes kept.

    Cached: resolution asks for the same names many times, and a name recurs across articles.
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return tuple(t for t in (t.strip(".,'’") for t in text.split()) if t)


def name_tokens(name: str) -> tuple[str, ...]:
    """Lower-case, accent-free tokens of a name, generational suffixes dropped."""
    tokens = _all_tokens(name)
    end = len(tokens)
    while end > 1 and tokens[end - 1] in SUFFIXES:
        end -= 1
    return tokens[:end]


def _suffixed_tokens(name: str) -> tuple[str, ...]:
    """A name's tokens with its generational suffix ("donald", "trump", "jr"), or () when it has none."""
    tokens = _all_tokens(name)
    return tokens if len(tokens) > 2 and tokens[-1] in SUFFIXES else ()


def _juniors_told_apart(people: Sequence[PersonLike]) -> set[tuple[str, ...]]:
    """Suffixed names an article tells apart from another person of that surname without the suffix: "Donald
    Trump Jr." beside "Trump" or "Donald J. Trump" in one article are two people."""
    out = set()
    for p in people:
        if (key := _suffixed_tokens(p.name)) and any(
                not _suffixed_tokens(o.name) and name_tokens(o.name)[-1:] == name_tokens(p.name)[-1:]
                for o in people if o is not p):
            out.add(key)
    return out


def stable_id(prefix: str, *parts: object) -> str:
    """A deterministic id from its parts: the same parts give the same id in every build."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}_{digest[:16]}"


class PersonLike(Protocol):
    """What resolution reads of an article's person (a PersonEntity, or its PersonSummary)."""

    @property
    def name(self) -> str: ...
    @property
    def honorific(self) -> str | None: ...
    @property
    def roles(self) -> Sequence[str]: ...
    @property
    def parties(self) -> Sequence[str]: ...
    @property
    def countries(self) -> Sequence[str]: ...
    @property
    def handles(self) -> Sequence[str]: ...
    @property
    def aliases(self) -> Sequence[str]: ...


@dataclass(frozen=True, slots=True)
class PersonSummary:
    """An article's person without its mentions: all a large build keeps of it until resolution.

    Strings are interned, so a name that recurs in thousands of articles is stored once.
    """

    name: str
    honorific: str | None
    roles: tuple[str, ...]
    handles: tuple[str, ...]
    aliases: tuple[str, ...]
    parties: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    pronoun_sex: str | None = None  # "m"/"f" when the article's pronouns for the person say so

    @classmethod
    def of(cls, person: PersonLike) -> PersonSummary:
        """The summary of a person (or a summary made elsewhere, e.g. unpickled from a worker), interned."""
        def strings(values: Sequence[str]) -> tuple[str, ...]:
            return tuple(sys.intern(v) for v in values)

        return cls(sys.intern(person.name), sys.intern(person.honorific) if person.honorific else None,
                   strings(person.roles), strings(person.handles), strings(person.aliases),
                   strings(person.parties), strings(person.countries), _pronoun_sex(person))


def _pronoun_sex(person: PersonLike) -> str | None:
    """"m" or "f" when the pronouns an article gives a person say so clearly (at least two, three to one):
    a bare "Romney" followed by "he" is not Ann Romney. Not for a person also called by a title ("President
    Obama"): the extractor gives such a person of unknown sex the "she" of a woman it could not name, and a
    read of 8 such cases found all 8 wrong."""
    if isinstance(person, PersonSummary):
        return person.pronoun_sex
    mentions = getattr(person, "mentions", ())
    if any(m.method == "title" for m in mentions):
        return None
    counts = Counter(pronoun_sex(m.text.lower()) for m in mentions if m.method == "pronoun")
    for sex, other in (("m", "f"), ("f", "m")):
        if counts[sex] >= 2 and counts[sex] >= 3 * counts[other]:
            return sex
    return None


def person_sex(person: PersonLike) -> str | None:
    """A person's sex as their article states it: the honorific's, else the pronouns'."""
    return honorific_sex(person.honorific) or _pronoun_sex(person)


class ArticlePeople(Sequence[tuple[str, list[PersonSummary]]]):
    """Every article's people, as a large build keeps them until resolution: each distinct person once
    (a name recurs in thousands of articles), an article a run of 4-byte references to them."""

    def __init__(self) -> None:
        self._distinct: list[PersonSummary] = []
        self._number: dict[PersonSummary, int] = {}
        self._article_ids: list[str] = []
        self._ends = array("Q")  # where each article's run of references ends
        self._refs = array("I")

    def append(self, article_id: str, people: Iterable[PersonLike]) -> None:
        for person in people:
            summary = person if isinstance(person, PersonSummary) else PersonSummary.of(person)
            number = self._number.get(summary)
            if number is None:
                summary = PersonSummary.of(summary)  # its strings interned: distinct people share names
                number = self._number[summary] = len(self._distinct)
                self._distinct.append(summary)
            self._refs.append(number)
        self._article_ids.append(sys.intern(article_id))
        self._ends.append(len(self._refs))

    def __len__(self) -> int:
        return len(self._article_ids)

    def __getitem__(self, index: int) -> tuple[str, list[PersonSummary]]:  # type: ignore[override]
        if not -len(self) <= index < len(self):
            raise IndexError(index)
        index %= len(self)
        start = self._ends[index - 1] if index else 0
        return self._article_ids[index], [self._distinct[r] for r in self._refs[start:self._ends[index]]]


@dataclass(frozen=True)
class RegistryPerson:
    """A person known before this build: from the previous release or a curation file."""

    person_id: str
    name: str
    aliases: tuple[str, ...] = ()
    wikidata_qid: str | None = None


@dataclass(frozen=True)
class PersonFix:
    """One curation fix (a record of a curation file, already checked against its JSON Schema)."""

    person_id: str | None = None
    name: str | None = None
    aliases: tuple[str, ...] = ()
    wikidata_qid: str | None = None
    merge_into: str | None = None
    split: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (name, article ids) per real person

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> PersonFix:
        return cls(record.get("person_id"), record.get("name"), tuple(record.get("aliases", ())),
                   record.get("wikidata_qid"), record.get("merge_into"),
                   tuple((part["name"], tuple(part["article_ids"])) for part in record.get("split", ())))


def curated_registry(registry: Iterable[RegistryPerson], fixes: Iterable[PersonFix]) -> list[RegistryPerson]:
    """The registry with the curation's names, aliases and Wikidata ids laid over it (fixes win)."""
    by_id = {r.person_id: r for r in registry}
    for fix in fixes:
        if not fix.person_id or not (fix.name or fix.aliases or fix.wikidata_qid):
            continue
        known = by_id.get(fix.person_id, RegistryPerson(fix.person_id, ""))
        by_id[fix.person_id] = RegistryPerson(
            fix.person_id, fix.name or known.name, tuple(sorted({*known.aliases, *fix.aliases})),
            fix.wikidata_qid or known.wikidata_qid)
    return [by_id[k] for k in sorted(by_id)]


def _fullest_name(names: Counter[str]) -> str:
    """The longest name wins; among equals the most frequent, then the first alphabetically."""
    return min(names, key=lambda n: (-len(name_tokens(n)), -names[n], n))


@dataclass
class _Merged:
    """What the articles say about one person, gathered as they come."""

    names: Counter[str] = field(default_factory=Counter)
    honorifics: Counter[str] = field(default_factory=Counter)
    roles: set[str] = field(default_factory=set)
    parties: Counter[str] = field(default_factory=Counter)  # value -> articles that state it
    countries: Counter[str] = field(default_factory=Counter)
    aliases: set[str] = field(default_factory=set)
    handles: set[str] = field(default_factory=set)
    articles: int = 0
    last_article: str | None = None

    def add(self, article_id: str, entity: PersonLike) -> None:
        self.names[entity.name] += 1
        if entity.honorific:
            self.honorifics[entity.honorific] += 1
        self.roles.update(entity.roles)
        self.parties.update(entity.parties)
        self.countries.update(entity.countries)
        self.aliases.update(entity.aliases)
        self.handles.update(entity.handles)
        if article_id != self.last_article:  # an article's people come together
            self.articles, self.last_article = self.articles + 1, article_id


# A name that fits several people goes to the one named in at least this share of their articles: "Obama"
# is Barack Obama beside a rare Michelle Obama; "Clinton" (Hillary 1,450 articles, Bill 573) stays apart.
DOMINANT_SHARE = 0.9


def _majority_sex(counts: Counter[str], canonical_name: str) -> str | None:
    """A person's sex from the honorifics their articles give them, else from a first name the dictionary
    is sure of ("ann romney" → "f"); None when neither tells."""
    if counts["m"] != counts["f"]:
        return "m" if counts["m"] > counts["f"] else "f"
    first = name_tokens(canonical_name)[:1]
    return sure_gender(first[0]) if first and not counts else None


def _dominant(candidates: Counter[str]) -> str | None:
    """The candidate a name stands for: the only one, else one named in DOMINANT_SHARE of their articles."""
    if len(candidates) == 1:
        return next(iter(candidates))
    total = sum(candidates.values())
    if not total:
        return None
    top, count = min(candidates.items(), key=lambda item: (-item[1], item[0]))
    return top if count >= DOMINANT_SHARE * total else None


def _consensus(statements: Counter[str]) -> list[str]:
    """The values stated often enough to trust, sorted: each kept value is stated for the person in at least
    a quarter as many articles as the most stated one. Over thousands of articles a few mis-attributed
    roles ("Democrat Donald Trump" in a list, "Russian" from a neighbouring name) would otherwise pile up,
    while a real second value (a party switch, a dual national) is stated often."""
    if not statements:
        return []
    most = max(statements.values())
    return sorted(value for value, count in statements.items() if 4 * count >= most)


def _middles_compatible(a: Sequence[str], b: Sequence[str]) -> bool:
    """True when the middle parts of two names with the same first and last name can be one person."""
    ma, mb = a[1:-1], b[1:-1]
    if not ma or not mb:
        return True
    if len(ma) != len(mb):
        return False
    return all(x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))
               for x, y in zip(ma, mb, strict=True))


@dataclass
class Resolution:
    """The people of a build, and the rule that gives each article's person its id (``person_id``).

    The rule is kept rather than its answers: a large build has millions of people-in-articles, and an
    id per name (plus the curation's splits and merges) answers them all.
    """

    people: list[dict[str, object]]
    id_of_name: dict[str, str]  # an article's person name -> its id before the curation's splits and merges
    splits: list[tuple[str, tuple[tuple[str, frozenset[str]], ...]]] = field(default_factory=list)
    merged_into: dict[str, str] = field(default_factory=dict)  # an id -> the id it was merged into, finally
    # a surname alone of a known sex ("Mr. Romney", "Mrs. Clinton", a "Clinton" who is "she") -> its id, where that
    # differs
    id_of_surname_by_sex: dict[tuple[str, str], str] = field(default_factory=dict)

    def person_id(self, article_id: str, person: PersonLike) -> str:
        """The build-wide id of an article's person."""
        pid = self.id_of_name[person.name]
        sex = person_sex(person)
        if sex is not None:
            pid = self.id_of_surname_by_sex.get((person.name, sex), pid)
        for split_id, parts in self.splits:  # in the curation's order: a later split may split a part again
            if pid == split_id:
                pid = next((new_id for new_id, articles in parts if article_id in articles), pid)
        return self.merged_into.get(pid, pid)


def resolve_people(
    documents: Iterable[tuple[str, Sequence[PersonLike]]],
    registry: Iterable[RegistryPerson] = (),
    fixes: Sequence[PersonFix] = (),
) -> Resolution:
    """Assign a build-wide ``person_id`` to every person of every article and merge their records.

    ``documents`` is read twice (a sequence, or any iterable that can be iterated again).
    """
    registry = curated_registry(registry, fixes)
    by_registry_name: dict[str, set[str]] = defaultdict(set)
    for known in registry:
        for form in (known.name, *known.aliases):
            if name_tokens(form):
                by_registry_name[" ".join(name_tokens(form))].add(known.person_id)

    article_counts: Counter[str] = Counter()  # people-in-articles per name
    sex_counts: dict[str, Counter[str]] = defaultdict(Counter)  # name -> "m"/"f" from honorifics and pronouns
    # Full names whose article also calls the person by the first word alone: "Xi" for Xi Jinping, "Kim" for
    # Kim Jong Un (the family name first), "Bernie" for Bernie Sanders. Counted in articles.
    called_by_first: Counter[str] = Counter()
    # Juniors (and seniors) some article tells apart from another bearer of the surname ("Donald Trump Jr."
    # beside "President Trump"): their suffix names another person, so it is kept in their key.
    juniors: set[tuple[str, ...]] = set()
    for _, people in documents:
        juniors.update(_juniors_told_apart(people))
        for e in people:
            article_counts[e.name] += 1
            if (sex := person_sex(e)) is not None:
                sex_counts[e.name][sex] += 1
            tokens = name_tokens(e.name)
            if len(tokens) > 1 and any(name_tokens(alias) == tokens[:1] for alias in e.aliases):
                called_by_first[e.name] += 1
    names = set(article_counts)
    kept_apart = {n for n in names if _suffixed_tokens(n) in juniors}
    full_names = sorted(n for n in names if len(name_tokens(n)) > 1 and n not in kept_apart)
    full_names += sorted({r.name for r in registry if len(name_tokens(r.name)) > 1} - set(full_names))
    canonical = _canonical_full_names(full_names, article_counts)

    # The people each surname may stand for, with how many articles name each in full, and their sex
    # where the build says it (honorifics, else a first name gender-guesser is sure of).
    by_surname: dict[str, Counter[str]] = defaultdict(Counter)
    owner_sexes: dict[str, Counter[str]] = defaultdict(Counter)
    for name in full_names:
        by_surname[name_tokens(name)[-1]][canonical[name]] += article_counts.get(name, 0)
        owner_sexes[canonical[name]].update(sex_counts.get(name, Counter()))
    surnames = set(by_surname)
    for name in full_names:
        # A first word that is nobody's surname ("Xi"); not "Obama" of a junk "Obama Administration".
        if called_by_first[name] and (first := name_tokens(name)[0]) not in surnames:
            by_surname[first][canonical[name]] += called_by_first[name]
    owner_sex = {owner: _majority_sex(counts, owner) for owner, counts in owner_sexes.items()}

    def surname_owner(surname: str, sex: str | None) -> str | None:
        """Who a surname alone stands for: "Mr. Romney" among the men of that surname only."""
        candidates = by_surname.get(surname, Counter())
        if sex is not None:
            candidates = Counter({o: n for o, n in candidates.items() if owner_sex[o] in (None, sex)})
        return _dominant(candidates)

    def id_of(name: str, sex: str | None = None) -> str:
        """A name's id before the curation's splits and merges: the registry's, else one made from the
        canonical full name (a lone surname: its only or dominant full-name owner's — among those of
        ``sex`` first when its honorific gives one — else the surname's own)."""
        if name in kept_apart:
            # a new identity: an earlier build may have given the junior's name to the elder's registry entry
            return stable_id("per", " ".join(_suffixed_tokens(name)))
        tokens = name_tokens(name)
        joined = " ".join(tokens)
        if len(by_registry_name.get(joined, ())) == 1:
            return next(iter(by_registry_name[joined]))
        if len(tokens) > 1:
            return stable_id("per", canonical[name])
        owner = ((sex and surname_owner(joined, sex)) or surname_owner(joined, None)) if tokens else None
        return stable_id("per", owner or joined)

    registry_by_id = {r.person_id: r for r in registry}
    splits, names_of_split = _splits(fixes)
    id_of_name = {name: id_of(name) for name in sorted(names)}
    by_sex = {(name, sex): pid for name in sorted(sex_counts) for sex in sorted(sex_counts[name])
              if (pid := id_of(name, sex)) != id_of_name[name]}
    resolution = Resolution([], id_of_name, splits, _merges(fixes, id_of), by_sex)
    # Fixes that name a person without an id add their aliases and Wikidata id to whoever has that name.
    by_name = {resolution.merged_into.get(pid, pid): f for f in fixes
               if f.name and not f.person_id and (f.aliases or f.wikidata_qid)
               for pid in [id_of(f.name)]}

    # Merge each person's records: every article's entity that went into the same id.
    merged: dict[str, _Merged] = defaultdict(_Merged)
    for article_id, people in documents:
        for entity in people:
            merged[resolution.person_id(article_id, entity)].add(article_id, entity)
    for person_id in sorted(merged):
        person = merged[person_id]
        known = registry_by_id.get(person_id)
        name = names_of_split.get(person_id) or (known.name if known and known.name else
                                                 _fullest_name(person.names))
        honorifics = person.honorifics
        aliases = {n for n in person.names if n != name} | {a for a in person.aliases if a != name} | person.handles
        if known:
            aliases.update(a for a in known.aliases if a != name)
        named_fix = by_name.get(person_id)
        if named_fix:
            aliases.update(a for a in named_fix.aliases if a != name)
        resolution.people.append({
            "person_id": person_id,
            "name": name,
            "honorific": min(honorifics, key=lambda h: (-honorifics[h], h)) if honorifics else None,
            "roles": sorted(person.roles),
            "parties": _consensus(person.parties),
            "countries": _consensus(person.countries),
            "aliases": sorted(aliases),
            "wikidata_qid": (named_fix.wikidata_qid if named_fix and named_fix.wikidata_qid else
                             known.wikidata_qid if known else None),
            "article_count": person.articles,
        })
    return resolution


def _splits(fixes: Sequence[PersonFix]) -> tuple[list[tuple[str, tuple[tuple[str, frozenset[str]], ...]]],
                                                  dict[str, str]]:
    """The curation's splits, in order, as (id, ((new id, its articles), ...)); and the names of the new ids."""
    splits = []
    names: dict[str, str] = {}
    for fix in fixes:
        if fix.person_id and fix.split:
            parts = []
            for name, article_ids in fix.split:
                # The whole name: the parts of a split often share first and last name.
                new_id = stable_id("per", " ".join(name_tokens(name)))
                names[new_id] = name
                parts.append((new_id, frozenset(article_ids)))
            splits.append((fix.person_id, tuple(parts)))
    return splits, names


def _merges(fixes: Sequence[PersonFix], id_of_name: Callable[[str], str]) -> dict[str, str]:
    """Each merged id and the id it finally goes into (merges that go round in a circle all become the
    smallest id of the circle)."""
    into: dict[str, str] = {}
    for fix in fixes:
        if fix.merge_into:
            source = fix.person_id or (id_of_name(fix.name) if fix.name else None)
            if source and source != fix.merge_into:
                into[source] = fix.merge_into

    def final(pid: str) -> str:
        seen = [pid]
        while pid in into:
            pid = into[pid]
            if pid in seen:
                return min(seen[seen.index(pid):])
            seen.append(pid)
        return pid

    return {pid: final(pid) for pid in sorted(into)}


def _canonical_full_names(names: Sequence[str], article_counts: Mapping[str, int]) -> dict[str, str]:
    """Map each full name to the id key of its person (rule 2 of the module docstring).

    The key is "first last" when only one person in the build has that first and last name, so the id
    survives a middle name appearing later; otherwise it is the whole normalised name of that person.
    """
    # One spelling per name that differs only in spaces and hyphens ("Kim Jong Un", "Kim Jong-un"): the
    # spelling in most articles stands for the others.
    spellings: dict[str, list[str]] = defaultdict(list)
    for name in names:
        spellings["".join(name_tokens(name)).replace("-", "")].append(name)
    spelled_as: dict[str, str] = {}
    counts: Counter[str] = Counter()
    for same in spellings.values():
        main = min(same, key=lambda n: (-article_counts.get(n, 0), n))
        for name in same:
            spelled_as[name] = main
            counts[main] += article_counts.get(name, 0)
    by_ends: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name in sorted(set(spelled_as.values())):
        tokens = name_tokens(name)
        by_ends[(tokens[0], tokens[-1])].append(name)
    keys: dict[str, str] = {}
    for (first, last), same_ends in by_ends.items():
        # Fuller names first, so that a shorter name can join the one fuller name that fits it.
        heads: list[str] = []
        head_of: dict[str, str] = {}
        weight: Counter[str] = Counter()  # articles naming each head's person so far
        for name in sorted(same_ends, key=lambda n: (-len(name_tokens(n)), n)):
            fits = [h for h in heads if _middles_compatible(name_tokens(h), name_tokens(name))]
            owner = fits[0] if len(fits) == 1 else _dominant(Counter({h: weight[h] for h in fits}))
            if owner is not None:
                head_of[name] = owner
            else:  # nothing fits, or several do and none dominates: a person of its own
                heads.append(name)
                head_of[name] = owner = name
            weight[owner] += counts[name]
        for name, head in head_of.items():
            keys[name] = f"{first} {last}" if len(heads) == 1 else " ".join(name_tokens(head))
    return {name: keys[main] for name, main in spelled_as.items()}

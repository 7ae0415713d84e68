from __future__ import annotations

from dataset_tools.extract.records import Mention, PersonEntity
from dataset_tools.resolve import PersonFix, RegistryPerson, name_tokens, resolve_people, stable_id


def person(name: str, **kwargs: object) -> PersonEntity:
    return PersonEntity(name=name, mentions=[Mention(0, len(name), name, "name")], **kwargs)  # type: ignore[arg-type]


def test_same_name_in_two_articles_is_one_person_with_a_stable_id() -> None:
    docs = [("a", [person("James Cleverly", roles=["Foreign Secretary"])]),
            ("b", [person("James Cleverly", honorific="Mr")])]
    res = resolve_people(docs)
    assert res.person_ids[("a", 0)] == res.person_ids[("b", 0)] == stable_id("per", "james cleverly")
    (row,) = res.people
    assert row["name"] == "James Cleverly"
    assert row["honorific"] == "Mr"
    assert row["roles"] == ["Foreign Secretary"]
    assert row["article_count"] == 2


def test_middle_names_join_unless_ambiguous() -> None:
    docs = [("a", [person("Hillary Rodham Clinton")]), ("b", [person("Hillary Clinton")]),
            ("c", [person("George H. W. Bush"), person("George W. Bush"), person("George Bush")])]
    res = resolve_people(docs)
    assert res.person_ids[("a", 0)] == res.person_ids[("b", 0)]
    bushes = {res.person_ids[("c", i)] for i in range(3)}
    assert len(bushes) == 3  # the short name fits both fuller ones, so it joins neither
    names = {r["person_id"]: r["name"] for r in res.people}
    assert names[res.person_ids[("b", 0)]] == "Hillary Rodham Clinton"


def test_surname_alone_joins_only_an_unambiguous_person() -> None:
    docs = [("a", [person("Antony Blinken")]), ("b", [person("Blinken")]),
            ("c", [person("John Smith"), person("Mary Smith")]), ("d", [person("Smith")])]
    res = resolve_people(docs)
    assert res.person_ids[("b", 0)] == res.person_ids[("a", 0)]
    smiths = {res.person_ids[("c", 0)], res.person_ids[("c", 1)], res.person_ids[("d", 0)]}
    assert len(smiths) == 3  # two people share the surname: never merged


def test_registry_keeps_ids_when_a_fuller_name_appears() -> None:
    registry = [RegistryPerson("per_00000000000000aa", "Tom Tugendhat", ("Thomas Tugendhat",))]
    res = resolve_people([("a", [person("Thomas Tugendhat")]), ("b", [person("Tom Tugendhat")])], registry)
    assert res.person_ids[("a", 0)] == res.person_ids[("b", 0)] == "per_00000000000000aa"
    (row,) = res.people
    assert row["name"] == "Tom Tugendhat"
    assert row["aliases"] == ["Thomas Tugendhat"]


def test_name_tokens_normalise_case_accents_and_suffixes() -> None:
    assert name_tokens("José  Martínez Jr.") == ("jose", "martinez")


def test_curation_adds_aliases_and_wikidata_and_renames() -> None:
    pid = stable_id("per", "james cleverly")
    fixes = [PersonFix(person_id=pid, name="James Spencer Cleverly", aliases=("Jim Cleverly",),
                       wikidata_qid="Q6136474")]
    res = resolve_people([("a", [person("James Cleverly")]), ("b", [person("Jim Cleverly")])], fixes=fixes)
    assert res.person_ids[("a", 0)] == res.person_ids[("b", 0)] == pid  # the curated alias joins them
    (row,) = res.people
    assert row["name"] == "James Spencer Cleverly"
    assert row["wikidata_qid"] == "Q6136474"
    assert "Jim Cleverly" in row["aliases"]


def test_curation_merges_and_splits() -> None:
    docs = [("a", [person("Ed Miliband")]), ("b", [person("Edward Miliband")]),
            ("c", [person("John Smith")]), ("d", [person("John Smith")])]
    plain = resolve_people(docs)
    ed, edward, smith = (plain.person_ids[(a, 0)] for a in "abc")
    assert ed != edward
    fixes = [PersonFix(person_id=edward, merge_into=ed),
             PersonFix(person_id=smith, split=(("John Smith", ("c",)), ("John Q. Smith", ("d",))))]
    res = resolve_people(docs, fixes=fixes)
    assert res.person_ids[("b", 0)] == ed
    assert res.person_ids[("c", 0)] != res.person_ids[("d", 0)]
    names = {r["person_id"]: r["name"] for r in res.people}
    assert names[res.person_ids[("d", 0)]] == "John Q. Smith"
    assert len(res.people) == 3


def test_merge_by_name_and_merge_cycles_end() -> None:
    docs = [("a", [person("Ann Lee")]), ("b", [person("Annie Lee")])]
    target = resolve_people(docs).person_ids[("a", 0)]
    res = resolve_people(docs, fixes=[PersonFix(name="Annie Lee", merge_into=target)])
    assert res.person_ids[("b", 0)] == target
    other = resolve_people(docs).person_ids[("b", 0)]
    loop = [PersonFix(person_id=target, merge_into=other), PersonFix(person_id=other, merge_into=target)]
    assert len(set(resolve_people(docs, fixes=loop).person_ids.values())) == 1


def test_fix_from_a_curation_record() -> None:
    fix = PersonFix.from_record({"person_id": "per_0123456789abcdef", "aliases": ["A"],
                                 "split": [{"name": "X Y", "article_ids": ["a1"]},
                                           {"name": "Z Y", "article_ids": ["a2"]}]})
    assert fix.aliases == ("A",) and fix.split == (("X Y", ("a1",)), ("Z Y", ("a2",)))

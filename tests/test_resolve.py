from __future__ import annotations

from dataset_tools.extract.records import Mention, PersonEntity
from dataset_tools.resolve import RegistryPerson, name_tokens, resolve_people, stable_id


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
    assert name_tokens("José  Martínez Jr.") == ["jose", "martinez"]

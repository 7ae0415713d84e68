from __future__ import annotations

from collections.abc import Sequence

from dataset_tools.extract.records import Mention, PersonEntity
from dataset_tools.resolve import (
    ArticlePeople,
    PersonFix,
    PersonSummary,
    RegistryPerson,
    Resolution,
    name_tokens,
    resolve_people,
    stable_id,
)


def person(name: str, **kwargs: object) -> PersonEntity:
    return PersonEntity(name=name, mentions=[Mention(0, len(name), name, "name")], **kwargs)  # type: ignore[arg-type]


Docs = Sequence[tuple[str, Sequence[PersonEntity]]]


def ids(res: Resolution, docs: Docs) -> dict[tuple[str, int], str]:
    """The id each (article, index of its person) gets."""
    return {(aid, i): res.person_id(aid, p) for aid, people in docs for i, p in enumerate(people)}


def test_same_name_in_two_articles_is_one_person_with_a_stable_id() -> None:
    docs = [("a", [person("James Cleverly", roles=["Foreign Secretary"])]),
            ("b", [person("James Cleverly", honorific="Mr")])]
    res = resolve_people(docs)
    assert ids(res, docs)[("a", 0)] == ids(res, docs)[("b", 0)] == stable_id("per", "james cleverly")
    (row,) = res.people
    assert row["name"] == "James Cleverly"
    assert row["honorific"] == "Mr"
    assert row["roles"] == ["Foreign Secretary"]
    assert row["article_count"] == 2


def test_parties_and_countries_gather_from_every_article() -> None:
    docs = [("a", [person("Ann Lowe", parties=["Democratic"])]),
            ("b", [person("Ann Lowe", countries=["United States"])]),
            ("c", [person("Ann Lowe", parties=["Democratic"], countries=["United States"])])]
    (row,) = resolve_people(docs).people
    assert row["parties"] == ["Democratic"]
    assert row["countries"] == ["United States"]


def test_a_party_stated_far_less_often_than_another_is_dropped() -> None:
    """One stray attribution among many is noise; a value stated a quarter as often as the top one stays."""
    docs = [(f"a{i}", [person("Ann Lowe", parties=["Republican"])]) for i in range(8)]
    stray = [("b", [person("Ann Lowe", parties=["Democratic"], countries=["Russia"])])]
    switch = [(f"c{i}", [person("Ann Lowe", parties=["Democratic"])]) for i in range(2)]
    (row,) = resolve_people([*docs, *stray]).people
    assert row["parties"] == ["Republican"]
    assert row["countries"] == ["Russia"]  # the only country stated
    (row,) = resolve_people([*docs, *stray, *switch]).people
    assert row["parties"] == ["Democratic", "Republican"]  # 3 of 8: a quarter as often


def test_middle_names_join_unless_ambiguous() -> None:
    docs = [("a", [person("Hillary Rodham Clinton")]), ("b", [person("Hillary Clinton")]),
            ("c", [person("George H. W. Bush"), person("George W. Bush"), person("George Bush")])]
    res = resolve_people(docs)
    assert ids(res, docs)[("a", 0)] == ids(res, docs)[("b", 0)]
    bushes = {ids(res, docs)[("c", i)] for i in range(3)}
    assert len(bushes) == 3  # the short name fits both fuller ones, so it joins neither
    names = {r["person_id"]: r["name"] for r in res.people}
    assert names[ids(res, docs)[("b", 0)]] == "Hillary Rodham Clinton"


def test_surname_alone_joins_only_an_unambiguous_person() -> None:
    docs = [("a", [person("Antony Blinken")]), ("b", [person("Blinken")]),
            ("c", [person("John Smith"), person("Mary Smith")]), ("d", [person("Smith")])]
    res = resolve_people(docs)
    assert ids(res, docs)[("b", 0)] == ids(res, docs)[("a", 0)]
    smiths = {ids(res, docs)[("c", 0)], ids(res, docs)[("c", 1)], ids(res, docs)[("d", 0)]}
    assert len(smiths) == 3  # two people share the surname: never merged


def test_a_short_name_joins_the_fuller_name_that_dominates() -> None:
    """A stray junk name ("Donald Trump Trump") must not keep "Donald Trump" from "Donald J. Trump"."""
    docs = [*[(f"j{i}", [person("Donald J. Trump")]) for i in range(10)], ("x", [person("Donald Trump Trump")]),
            ("s", [person("Donald Trump")])]
    found = ids(resolve_people(docs), docs)
    assert found[("s", 0)] == found[("j0", 0)] != found[("x", 0)]


def test_surname_alone_joins_a_person_named_in_nine_in_ten_of_the_articles() -> None:
    barack = [(f"b{i}", [person("Barack Obama")]) for i in range(9)]
    hillary = [(f"h{i}", [person("Hillary Clinton")]) for i in range(3)]
    docs = [*barack, ("m", [person("Michelle Obama")]), ("x", [person("Obama")]),
            *hillary, ("w", [person("Bill Clinton")]), ("y", [person("Clinton")])]
    found = ids(resolve_people(docs), docs)
    assert found[("x", 0)] == found[("b0", 0)] != found[("m", 0)]  # 9 of the 10 articles name Barack
    assert found[("y", 0)] not in (found[("h0", 0)], found[("w", 0)])  # 3 of 4: not enough to decide


def test_a_name_an_article_shortens_to_its_first_word_owns_that_word_alone() -> None:
    """Chinese and Korean names put the family name first: "President Xi" elsewhere is Xi Jinping."""
    docs = [("a", [person("Xi Jinping", aliases=["Xi"])]), ("b", [person("Xi")]),
            ("c", [person("Anna Jinping")]), ("d", [person("Xavier Lopez")]), ("e", [person("Xavier")]),
            *[(f"o{i}", [person("Barack Obama")]) for i in range(9)], ("m", [person("Michelle Obama")]),
            ("j", [person("Obama Administration", aliases=["Obama"])]), ("x", [person("Obama")])]
    found = ids(resolve_people(docs), docs)
    assert found[("b", 0)] == found[("a", 0)] != found[("c", 0)]
    assert found[("e", 0)] != found[("d", 0)]  # never called by his first name alone
    assert found[("x", 0)] == found[("o0", 0)]  # "Obama" is a surname: first words do not compete for it


def test_spellings_that_differ_in_spaces_and_hyphens_are_one_person() -> None:
    docs = [*[(f"u{i}", [person("Kim Jong Un")]) for i in range(3)], ("h", [person("Kim Jong-un")]),
            ("o", [person("Alexandria Ocasio-Cortez")]), ("p", [person("Ocasio-Cortez")])]
    res = resolve_people(docs)
    found = ids(res, docs)
    assert found[("h", 0)] == found[("u0", 0)] == stable_id("per", "kim un")
    assert found[("p", 0)] == found[("o", 0)]
    kim = next(row for row in res.people if row["person_id"] == found[("u0", 0)])
    assert (kim["name"], kim["article_count"], kim["aliases"]) == ("Kim Jong Un", 4, ["Kim Jong-un"])


def test_a_surname_with_mr_or_mrs_joins_the_man_or_the_woman_of_that_surname() -> None:
    """Mitt and Ann Romney (3 to 2) leave a bare "Romney" undecided, but "Mr. Romney" is Mitt; the build's
    honorifics tell Bill's sex, a first name the dictionary is sure of tells Hillary's."""
    docs = [*[(f"m{i}", [person("Mitt Romney", honorific="Mr")]) for i in range(3)],
            *[(f"a{i}", [person("Ann Romney")]) for i in range(2)],
            ("x", [person("Romney", honorific="Mr")]), ("y", [person("Romney", honorific="Mrs")]),
            ("z", [person("Romney")]), ("b", [person("Bill Clinton", honorific="Mr")]),
            ("h", [person("Hillary Clinton")]), ("w", [person("Clinton", honorific="Mrs")]),
            ("v", [person("Clinton", honorific="Dr")])]
    res = resolve_people(docs)
    found = ids(res, docs)
    assert found[("x", 0)] == found[("m0", 0)]
    assert found[("y", 0)] == found[("a0", 0)]
    assert found[("z", 0)] not in (found[("m0", 0)], found[("a0", 0)])  # 3 of 5: not enough to decide
    assert found[("w", 0)] == found[("h", 0)]
    assert found[("v", 0)] not in (found[("h", 0)], found[("b", 0)])
    mitt = next(row for row in res.people if row["person_id"] == found[("m0", 0)])
    assert mitt["article_count"] == 4


def test_a_surname_whose_pronouns_say_he_or_she_joins_the_man_or_the_woman() -> None:
    """Barack and Michelle Obama (8 to 2) leave a bare "Obama" undecided; his or her pronouns decide."""
    def obama(*pronouns: str) -> PersonEntity:
        return PersonEntity(name="Obama", mentions=[Mention(0, 5, "Obama", "surname"),
                                                    *(Mention(10 + i, 12 + i, p, "pronoun") for i, p in
                                                      enumerate(pronouns))])
    docs = [*[(f"b{i}", [person("Barack Obama", honorific="Mr")]) for i in range(8)],
            *[(f"m{i}", [person("Michelle Obama", honorific="Mrs")]) for i in range(2)],
            ("he", [obama("he", "his", "he")]), ("she", [obama("she", "her")]), ("one", [obama("he")]),
            ("mixed", [obama("he", "she", "he")])]
    titled = PersonEntity(name="Obama", mentions=[Mention(0, 9, "President", "title"), Mention(10, 15, "Obama",
                          "surname"), Mention(20, 23, "she", "pronoun"), Mention(30, 33, "her", "pronoun")])
    docs.append(("titled", [titled]))
    found = ids(resolve_people(docs), docs)
    assert found[("he", 0)] == found[("b0", 0)]
    assert found[("she", 0)] == found[("m0", 0)]
    assert found[("one", 0)] == found[("mixed", 0)] == found[("titled", 0)] not in (found[("b0", 0)],
                                                                                     found[("m0", 0)])


def test_registry_keeps_ids_when_a_fuller_name_appears() -> None:
    registry = [RegistryPerson("per_00000000000000aa", "Tom Tugendhat", ("Thomas Tugendhat",))]
    docs = [("a", [person("Thomas Tugendhat")]), ("b", [person("Tom Tugendhat")])]
    res = resolve_people(docs, registry)
    assert ids(res, docs)[("a", 0)] == ids(res, docs)[("b", 0)] == "per_00000000000000aa"
    (row,) = res.people
    assert row["name"] == "Tom Tugendhat"
    assert row["aliases"] == ["Thomas Tugendhat"]


def test_name_tokens_normalise_case_accents_and_suffixes() -> None:
    assert name_tokens("José  Martínez Jr.") == ("jose", "martinez")


def test_curation_adds_aliases_and_wikidata_and_renames() -> None:
    pid = stable_id("per", "james cleverly")
    fixes = [PersonFix(person_id=pid, name="James Spencer Cleverly", aliases=("Jim Cleverly",),
                       wikidata_qid="Q6136474")]
    docs = [("a", [person("James Cleverly")]), ("b", [person("Jim Cleverly")])]
    res = resolve_people(docs, fixes=fixes)
    assert ids(res, docs)[("a", 0)] == ids(res, docs)[("b", 0)] == pid  # the curated alias joins them
    (row,) = res.people
    assert row["name"] == "James Spencer Cleverly"
    assert row["wikidata_qid"] == "Q6136474"
    assert "Jim Cleverly" in row["aliases"]


def test_curation_merges_and_splits() -> None:
    docs = [("a", [person("Ed Miliband")]), ("b", [person("Edward Miliband")]),
            ("c", [person("John Smith")]), ("d", [person("John Smith")])]
    plain = resolve_people(docs)
    ed, edward, smith = (ids(plain, docs)[(a, 0)] for a in "abc")
    assert ed != edward
    fixes = [PersonFix(person_id=edward, merge_into=ed),
             PersonFix(person_id=smith, split=(("John Smith", ("c",)), ("John Q. Smith", ("d",))))]
    res = resolve_people(docs, fixes=fixes)
    assert ids(res, docs)[("b", 0)] == ed
    assert ids(res, docs)[("c", 0)] != ids(res, docs)[("d", 0)]
    names = {r["person_id"]: r["name"] for r in res.people}
    assert names[ids(res, docs)[("d", 0)]] == "John Q. Smith"
    assert len(res.people) == 3


def test_merge_by_name_and_merge_cycles_end() -> None:
    docs = [("a", [person("Ann Lee")]), ("b", [person("Annie Lee")])]
    target = ids(resolve_people(docs), docs)[("a", 0)]
    res = resolve_people(docs, fixes=[PersonFix(name="Annie Lee", merge_into=target)])
    assert ids(res, docs)[("b", 0)] == target
    other = ids(resolve_people(docs), docs)[("b", 0)]
    loop = [PersonFix(person_id=target, merge_into=other), PersonFix(person_id=other, merge_into=target)]
    assert len(set(ids(resolve_people(docs, fixes=loop), docs).values())) == 1


def test_fix_from_a_curation_record() -> None:
    fix = PersonFix.from_record({"person_id": "per_0123456789abcdef", "aliases": ["A"],
                                 "split": [{"name": "X Y", "article_ids": ["a1"]},
                                           {"name": "Z Y", "article_ids": ["a2"]}]})
    assert fix.aliases == ("A",) and fix.split == (("X Y", ("a1",)), ("Z Y", ("a2",)))


def test_a_split_part_can_be_split_again_and_merged() -> None:
    docs = [("a", [person("John Smith")]), ("b", [person("John Smith")]), ("c", [person("John Smith")])]
    smith = ids(resolve_people(docs), docs)[("a", 0)]
    q_smith = stable_id("per", "john q smith")
    fixes = [PersonFix(person_id=smith, split=(("John Smith", ("a",)), ("John Q. Smith", ("b", "c")))),
             PersonFix(person_id=q_smith, split=(("John Quincy Smith", ("c",)),)),
             PersonFix(person_id=q_smith, merge_into=smith)]
    found = ids(resolve_people(docs, fixes=fixes), docs)
    assert found[("a", 0)] == found[("b", 0)] == stable_id("per", "john smith")
    assert found[("c", 0)] == stable_id("per", "john quincy smith")


def test_aliases_of_a_fix_by_name_follow_a_merge() -> None:
    docs = [("a", [person("Ann Lee")]), ("b", [person("Annie Lee")])]
    ann = ids(resolve_people(docs), docs)[("a", 0)]
    fixes = [PersonFix(name="Annie Lee", merge_into=ann), PersonFix(name="Annie Lee", aliases=("A. Lee",))]
    (row,) = resolve_people(docs, fixes=fixes).people
    assert row["person_id"] == ann and "A. Lee" in row["aliases"]


def test_article_people_keep_each_distinct_person_once() -> None:
    store = ArticlePeople()
    store.append("a", [person("Ann Lee", roles=["mayor"]), person("Bo Chan")])
    store.append("b", [])
    store.append("c", [person("Ann Lee", roles=["mayor"])])
    assert len(store) == 3
    assert [aid for aid, _ in store] == ["a", "b", "c"]
    assert store[1] == ("b", [])
    (aid, (ann,)) = store[-1]
    assert aid == "c" and ann == PersonSummary("Ann Lee", None, ("mayor",), (), ())
    assert ann is store[0][1][0]  # stored once
    docs = [("a", [person("Ann Lee")]), ("c", [person("Ann Lee")])]
    assert ids(resolve_people(store), store)[("c", 0)] == ids(resolve_people(docs), docs)[("a", 0)]


def test_a_junior_an_article_tells_apart_from_the_elder_is_another_person_everywhere() -> None:
    docs = [("a", [person("Donald Trump Jr."), person("Trump")]), ("b", [person("Donald J. Trump")]),
            ("c", [person("Donald Trump Jr")]), ("d", [person("Donald Trump")]),
            ("e", [person("Joseph R. Biden Jr.")]), ("f", [person("Joseph R. Biden")])]
    found = ids(resolve_people(docs), docs)
    assert found[("a", 0)] == found[("c", 0)] != found[("b", 0)]
    assert found[("a", 1)] == found[("b", 0)] == found[("d", 0)]
    assert found[("e", 0)] == found[("f", 0)]  # nobody told this junior apart: the suffix is a formal name's

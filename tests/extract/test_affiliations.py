"""Tests for parties and countries stated next to a person's name, on short texts written for these tests."""

from __future__ import annotations

import pytest

from dataset_tools.extract.people import extract_people


def _affiliations(body: str) -> dict[str, tuple[list[str], list[str]]]:
    return {p.name: (p.parties, p.countries) for p in extract_people(body)}


@pytest.mark.parametrize(
    ("body", "name", "parties", "countries"),
    [
        # a role that names a country, by adjective, abbreviation or "of"
        ("French Foreign Minister Pierre Lambert arrived on Monday.", "Pierre Lambert", [], ["France"]),
        ("U.S. Secretary of State Mary Keane met reporters.", "Mary Keane", [], ["United States"]),
        ("The Prime Minister of Singapore, Mr. David Tan, spoke first.", "David Tan", [], ["Singapore"]),
        ("Japan's prime minister Kenji Sato flew home.", "Kenji Sato", [], ["Japan"]),
        # a role that names a party; "Tories" and "Tory" are the Conservative party
        ("Former Labour leader Alan Whitcombe spoke.", "Alan Whitcombe", ["Labour"], []),
        ("Tory MP Sarah Ling voted against.", "Sarah Ling", ["Conservative"], []),
        ("The vote went to Conservative Sarah Ling.", "Sarah Ling", ["Conservative"], []),
        ("Democratic presidential candidate Ann Lowe won Iowa.", "Ann Lowe", ["Democratic"], []),
        # a word just before the name
        ("He called on Labour's Sir Chris Dunmore to withdraw the remark.", "Chris Dunmore", ["Labour"], []),
        ("Republican Tom Hartley voted no.", "Tom Hartley", ["Republican"], []),
        ("Britain's Prince Edward Lyle opened the hall.", "Edward Lyle", [], ["United Kingdom"]),
        ("American Serena Wallace won the final.", "Serena Wallace", [], ["United States"]),
        # a group the name is listed in
        ("Some senior Tories including former party leader Sir Iain Dale want more.", "Iain Dale",
         ["Conservative"], []),
        # brackets and appositives after the name
        ("Sen. John Hartley (R-Ohio) objected.", "John Hartley", ["Republican"], []),
        ("Rep. Tom Cole (D) of Oklahoma objected.", "Tom Cole", ["Democratic"], []),
        ("Senator Mark Warren, a Democrat, said no.", "Mark Warren", ["Democratic"], []),
        ("Mark Warren, a Democrat from Ohio, said no.", "Mark Warren", ["Democratic"], []),
        ("Ivan Petrov (Russia) finished second.", "Ivan Petrov", [], ["Russia"]),
    ],
)
def test_stated_affiliation(body: str, name: str, parties: list[str], countries: list[str]) -> None:
    assert _affiliations(body)[name] == (parties, countries)


def test_each_listed_member_of_a_group_gets_its_party() -> None:
    found = _affiliations("Democrats such as Ann Lowe, Ben Carter and Senator Mary Keane voted yes.")
    assert {name: parties for name, (parties, _) in found.items()} == {
        "Ann Lowe": ["Democratic"], "Ben Carter": ["Democratic"], "Mary Keane": ["Democratic"]}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # where a person is sent is not where they are from
        ("Ambassador to China Robert Keane left Beijing.", "Robert Keane"),
        # countries inside the names of institutions
        ("Bank of England governor Ian Marsh raised rates.", "Ian Marsh"),
        ("American Medical Association president Ann Lowe objected.", "Ann Lowe"),
        ("Ann Lowe, a reporter for Voice of America, asked first.", "Ann Lowe"),
        ("US Open champion Maria Sorensen lost in Paris.", "Maria Sorensen"),
        ("Ann Lowe, president of People for the American Way, objected.", "Ann Lowe"),
        ("Ann Lowe, director of the American Civil Liberties Union's project, objected.", "Ann Lowe"),
        # a country as the subject of the job
        ("Former Russia adviser Fiona Hale testified.", "Fiona Hale"),
        # a sentence before the name ends in a party
        ("Critics blame the Republican Party.\n\nDonald Trump disagrees.", "Donald Trump"),
        # the adjective qualifies something else
        ("Jimmy Carter spoke. For Carter, the Iranian nuclear talks were a test.", "Jimmy Carter"),
        ("Bernie Sanders spoke. American Sanders supporters cheered.", "Bernie Sanders"),
        # lower case, or capitalised only by the sentence: an outlook, not a party
        ("Jane Porter, a conservative, spoke.", "Jane Porter"),
        ("He spoke. Conservatives such as Jane Porter cheered.", "Jane Porter"),
        ("Conservative Jane Porter cheered.", "Jane Porter"),
        # in American usage a country's name before "ambassador" is where the ambassador is sent
        ("Former Ukraine ambassador Marie Doyle testified.", "Marie Doyle"),
        ("Iraq veteran Tom Cotter spoke.", "Tom Cotter"),
    ],
)
def test_no_affiliation_stated(body: str, name: str) -> None:
    assert _affiliations(body)[name] == ([], [])


def test_adjective_places_in_the_role_only_the_us_ambassador() -> None:
    found = _affiliations("US ambassador to China Robert Keane met Chinese Foreign Minister Wang Lei.")
    assert found["Robert Keane"] == ([], ["United States"])
    assert found["Wang Lei"] == ([], ["China"])

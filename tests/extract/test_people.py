"""Tests for the rule-based people extractor, on short texts written for these tests."""

from __future__ import annotations

import pytest

from dataset_tools.extract.people import extract_people
from dataset_tools.extract.records import PersonEntity


def _by_name(people: list[PersonEntity]) -> dict[str, PersonEntity]:
    return {p.name: p for p in people}


def _check_offsets(body: str, people: list[PersonEntity]) -> None:
    for person in people:
        starts = [m.start for m in person.mentions]
        assert starts == sorted(starts)
        for m in person.mentions:
            assert body[m.start : m.end] == m.text


BODY = (
    "Home Secretary Jane Porter said she would visit Lisbon next week.\n\n"
    "Speaking alongside French Foreign Minister Pierre Lambert in London on Monday, Mrs Porter said "
    "the talks had been useful.\n\n"
    "Mr Lambert met former party leader Sir Alan Whitcombe on Tuesday. He said he was optimistic.\n\n"
    "The Home Secretary has argued for closer ties. Porter’s comments drew criticism from "
    "security minister Tom Ashdown, who said the Government was wrong.\n\n"
    "“We will see,” the French diplomat told reporters."
)


def test_full_names_honorifics_and_roles() -> None:
    people = extract_people(BODY)
    _check_offsets(BODY, people)
    by = _by_name(people)
    assert list(by) == ["Jane Porter", "Pierre Lambert", "Alan Whitcombe", "Tom Ashdown"]
    assert by["Jane Porter"].honorific == "Mrs"
    assert by["Jane Porter"].roles == ["Home Secretary"]
    assert by["Pierre Lambert"].roles == ["French Foreign Minister"]
    assert by["Alan Whitcombe"].honorific == "Sir"
    assert by["Alan Whitcombe"].roles == ["former party leader"]
    assert by["Tom Ashdown"].roles == ["security minister"]
    assert all("Sir" not in p.name and "Mr" not in p.name for p in people)


def test_surnames_possessive_and_methods() -> None:
    by = _by_name(extract_people(BODY))
    porter = by["Jane Porter"]
    texts = [(m.text, m.method) for m in porter.mentions]
    assert ("Jane Porter", "name") in texts
    assert ("Porter", "surname") in texts  # from "Mrs Porter" and the possessive "Porter’s"
    possessive = BODY.index("Porter’s")
    assert any(m.start == possessive and m.end == possessive + len("Porter") for m in porter.mentions)


def test_pronouns_and_titles_resolve() -> None:
    by = _by_name(extract_people(BODY))
    porter, lambert = by["Jane Porter"], by["Pierre Lambert"]
    she = BODY.index("she would")
    assert any(m.start == she and m.method == "pronoun" for m in porter.mentions)
    he = BODY.index("He said")
    assert any(m.start == he and m.method == "pronoun" for m in lambert.mentions)
    home = BODY.index("The Home Secretary")
    assert any(m.start == home and m.method == "title" for m in porter.mentions)
    diplomat = BODY.index("the French diplomat")
    assert any(m.start == diplomat and m.method == "title" for m in lambert.mentions)


def test_non_people_rejected() -> None:
    body = (
        "The European Commission said on Thursday that Deutsche Bank and the Golan Heights talks "
        "would resume in March. Labour and the Government clashed in the Commons, and the New York "
        "Stock Exchange fell. Officials said the Canadian Open would go ahead."
    )
    assert extract_people(body) == []


def test_fragment_of_title_is_not_a_name() -> None:
    body = "US Secretary of State Maria Delgado flew to Berlin. Delgado said talks went well."
    people = extract_people(body)
    assert [p.name for p in people] == ["Maria Delgado"]
    assert people[0].roles == ["US Secretary of State"]
    assert [m.method for m in people[0].mentions] == ["title", "name", "surname"]


def test_handle_tied_to_person() -> None:
    body = "Great day in Leeds with the team. — Sarah Milton (@SarahMilton) May 3, 2024"
    people = extract_people(body)
    assert [p.name for p in people] == ["Sarah Milton"]
    assert people[0].handles == ["@SarahMilton"]
    assert [m.method for m in people[0].mentions] == ["name", "handle"]
    _check_offsets(body, people)


def test_allcaps_headline_and_sports_table() -> None:
    body = (
        "TENNIS - KOVALENKO BEATS DURAND.\n\n"
        "Irina Kovalenko (Ukraine) beat Claire Durand (France) 6-3 6-2\n\n"
        "Kovalenko will meet the winner on Friday."
    )
    people = extract_people(body)
    by = _by_name(people)
    assert set(by) == {"Irina Kovalenko", "Claire Durand"}
    head = body.index("KOVALENKO")
    assert any(m.start == head for m in by["Irina Kovalenko"].mentions)
    _check_offsets(body, people)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Dr. Ruth Okafor, a spokeswoman for the hospital, said she was pleased.", ("Ruth Okafor", "Dr")),
        ("The vote was backed by Mr Hale. Hale said he was pleased.", ("Hale", "Mr")),
    ],
)
def test_honorific_forms(body: str, expected: tuple[str, str]) -> None:
    people = extract_people(body)
    assert (people[0].name, people[0].honorific) == expected
    assert any(m.method == "pronoun" for m in people[0].mentions)


def test_appositive_role() -> None:
    body = "Ruth Okafor, a spokeswoman for the hospital, said the ward would reopen."
    people = extract_people(body)
    assert people[0].roles == ["spokeswoman for the hospital"]


def test_deterministic_and_empty() -> None:
    assert extract_people("") == []
    assert extract_people(BODY) == extract_people(BODY)


def test_an_office_named_by_an_anaphoric_title_becomes_a_role() -> None:
    body = ("Maria Lopez flew to Madrid on Monday. The Health Minister said the visit went well.\n\n"
            "David Okafor, the Treasury's top economist, agreed. The senior economist was cautious.")
    by = _by_name(extract_people(body))
    assert by["Maria Lopez"].roles == ["Health Minister"]  # stated through "The Health Minister"
    assert "senior economist" not in by["David Okafor"].roles  # a description, not an office


def test_reflexive_pronouns_are_not_names() -> None:
    body = "The admonition by Our Lord Himself was read out. Herself a teacher, Ann Cole agreed."
    assert "Himself" not in _by_name(extract_people(body))
    assert all("Herself" not in p.name for p in extract_people(body))


def test_a_title_with_another_office_modifier_is_another_person() -> None:
    body = ("Attorney General Jeff Sessions spoke on Monday. He said the inspector general would look into it. "
            "The department's inspector general is Michael Horowitz. He was confirmed in 2012.")
    people = _by_name(extract_people(body))
    _check_offsets(body, extract_people(body))
    sessions = {m.text for m in people["Jeff Sessions"].mentions}
    assert "the inspector general" not in sessions and "inspector general" not in sessions
    second_he = body.rindex("He")
    assert any(m.start == second_he for m in people["Michael Horowitz"].mentions)


def test_the_president_elect_or_incoming_president_is_whoever_is_stated_so() -> None:
    body = ("President-elect Donald Trump met Mitt Romney on Monday. Romney praised the president-elect. "
            "Barack Obama spoke later.")
    people = _by_name(extract_people(body))
    assert "the president-elect" in {m.text for m in people["Donald Trump"].mentions}
    # without a stated role nobody is: the salient person is too often another
    body = "Mitt Romney met Donald Trump on Monday. Romney praised the president-elect."
    assert all("the president-elect" not in {m.text for m in p.mentions} for p in extract_people(body))
    body = "Donald Trump won. Elizabeth Warren warned him. The incoming president will not heed her."
    assert all("The incoming president" not in {m.text for m in p.mentions} for p in extract_people(body))


def test_a_second_office_title_goes_only_to_whoever_is_stated_to_hold_it() -> None:
    body = ("Rudy Giuliani appeared on three networks on Sunday. Joe Biden answered on Tuesday. "
            "The former vice president dismissed the charges.")
    assert all("The former vice president" not in {m.text for m in p.mentions} for p in extract_people(body))
    body = ("Vice President Joe Biden spoke on Tuesday. Rudy Giuliani answered. "
            "The vice president dismissed the charges.")
    people = _by_name(extract_people(body))
    assert "The vice president" in {m.text for m in people["Joe Biden"].mentions}


def test_a_party_before_a_title_is_no_other_office() -> None:
    body = ("President Donald Trump met Republican Mark Meadows on Monday. Meadows said he would keep fighting for "
            "the Republican president, who was impeached on Thursday.")
    people = _by_name(extract_people(body))
    assert "the Republican president" in {m.text for m in people["Donald Trump"].mentions}
    assert "the Republican president" not in {m.text for m in people["Mark Meadows"].mentions}


@pytest.mark.parametrize(
    ("body", "name", "roles"),
    [
        # a full stop after an abbreviation does not end the role
        ("Officials said U.S. Secretary of State Mary Keane would fly on.", "Mary Keane", ["U.S. Secretary of State"]),
        ("The Prime Minister of Singapore, Mr. David Tan, spoke first.", "David Tan", ["Prime Minister of Singapore"]),
        # "to" joins a role; a name before "and" does not
        ("US ambassador to China Robert Keane left.", "Robert Keane", ["US ambassador to China"]),
        ("Donald Trump and Russian President Ivan Petrov met.", "Ivan Petrov", ["Russian President"]),
        # an appositive that holds another name is a list of people, not a role
        ("Vice President Joe Biden, Japanese Prime Minister Kenji Sato and others came.", "Joe Biden",
         ["Vice President"]),
    ],
)
def test_role_phrase_boundaries(body: str, name: str, roles: list[str]) -> None:
    assert _by_name(extract_people(body))[name].roles == roles


def test_a_hover_card_is_the_name_again_and_no_mention() -> None:
    """Web pages repeat a name, often the legal one, with a headline glued on: "Speaker Nancy Pelosi Nancy
    PelosiOvernight ...", "Chairman Lindsey Graham Lindsey Olin GrahamGraham on ...". The card is no mention,
    but a person the text names by surname alone takes its first and last name."""
    body = ("President Trump Donald John TrumpGOP senators balk at a trial. "
            "Speaker Nancy Pelosi Nancy PelosiOvernight Health Care: Trump officials said more. "
            "Senate Judiciary Committee Chairman Lindsey Graham Lindsey Olin GrahamGraham on impeachment said no.")
    by = _by_name(extract_people(body))
    assert set(by) == {"Donald Trump", "Nancy Pelosi", "Lindsey Graham"}  # the card names President Trump
    assert [m.text for m in by["Donald Trump"].mentions if m.method != "title"] == ["Trump", "Trump"]
    assert [m.text for m in by["Nancy Pelosi"].mentions if m.method == "name"] == ["Nancy Pelosi"]
    assert [m.text for m in by["Lindsey Graham"].mentions if m.method == "name"] == ["Lindsey Graham"]
    assert by["Nancy Pelosi"].roles == ["Speaker"]
    assert by["Lindsey Graham"].roles == ["Chairman"]
    _check_offsets(body, list(by.values()))


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("U.S. Special Counsel Robert Mueller is looking into the campaign.", "Robert Mueller"),
        ("Democrats such as Senate Minority Whip Dick Durbin said no.", "Dick Durbin"),
        ("Oklahoma Republican Tom Cole called for an extension.", "Tom Cole"),
    ],
)
def test_a_name_after_capitalised_qualifiers_is_found(body: str, name: str) -> None:
    assert [p.name for p in extract_people(body)] == [name]


@pytest.mark.parametrize(
    "body",
    [
        "To Get A Gun License, First You Have To Plant 10 Trees",  # a headline's words
        "He met Rep. Steny Hoyer Steny Hamilton Hoyer in the hall.",  # a card: no \"Hamilton Hoyer\"
    ],
)
def test_qualifier_words_need_to_qualify(body: str) -> None:
    assert all(len(p.name.split()) != 2 or p.name.split()[0] not in ("Gun", "Hamilton")
               for p in extract_people(body))


def test_camel_case_names_and_brands_stay_whole() -> None:
    body = "Prime minister Ramsay MacDonald met Ron DeSantis. PolitiFact said John McCain agreed."
    by = _by_name(extract_people(body))
    assert {"Ramsay MacDonald", "Ron DeSantis", "John McCain"} <= set(by)


def test_a_pronoun_after_an_unnamed_man_is_not_the_last_named_one() -> None:
    body = ("A local man called Senator John Whitmore's office and made a claim. The man later retracted it and "
            "said he had made a mistake.\n\nJohn Whitmore said he would look into it.")
    whitmore = _by_name(extract_people(body))["John Whitmore"]
    pronouns = [m.start for m in whitmore.mentions if m.method == "pronoun"]
    assert pronouns == [body.rindex("he would")]  # "he had made" is the local man's


def test_the_man_after_a_named_man_is_still_him_and_a_fronted_his_looks_ahead() -> None:
    body = ("Police named the gunman as Michael Brandt. The man had been under watch, and he had tried to travel. "
            "A second man was arrested nearby. In his first statement, Mayor Tom Reyes said he was shocked.")
    by = _by_name(extract_people(body))
    assert body.index("he had tried") in {m.start for m in by["Michael Brandt"].mentions}
    assert body.index("he was shocked") in {m.start for m in by["Tom Reyes"].mentions}


def test_a_town_written_before_its_state_is_no_person() -> None:
    body = ("Jane Porter spoke at a rally in Des Moines, Iowa, on Monday. Des Moines voters cheered. She flew on "
            "to Myrtle Beach, S.C. for another event.")
    assert set(_by_name(extract_people(body))) == {"Jane Porter"}


def test_a_state_after_a_politician_is_theirs_not_a_town() -> None:
    body = ("Sen. Rand Paul, Kentucky, voted no. Rep. Hakeem Jeffries, N.Y., argued the point, and Sen. Bernard "
            "Sanders, Vermont independent, agreed. Carol Haines, Iowa's treasurer, said nothing.")
    assert {"Rand Paul", "Hakeem Jeffries", "Bernard Sanders", "Carol Haines"} <= set(_by_name(extract_people(body)))


def test_buildings_churches_and_institutions_are_no_people() -> None:
    body = ("Jane Porter spoke in the Rose Garden after a meeting in the Roosevelt Room. A former Clinton White "
            "House aide, Tom Ashdown, joined the Brookings Institution. Mourners filled Grace Episcopal Church. "
            "Historian Edward Baptist said the Reagan Library was closed.")
    assert set(_by_name(extract_people(body))) == {"Jane Porter", "Tom Ashdown", "Edward Baptist"}


def test_a_full_hover_card_repeats_the_name_and_is_no_part_of_it() -> None:
    body = ("Senate leader Mitch McConnell Addison (Mitch) Mitchell McConnellGOP senators balk at trial rules. "
            "McConnell said no. Acting Director of National Intelligence (DNI) Joseph Maguire testified.")
    by = _by_name(extract_people(body))
    assert {"Mitch McConnell", "Joseph Maguire"} <= set(by) and len(by) == 2
    assert [m.text for m in by["Mitch McConnell"].mentions if m.method != "title"] == ["Mitch McConnell", "McConnell"]


def test_a_stuttered_surname_or_a_contraction_is_no_part_of_a_name() -> None:
    body = "Vice President Joe Biden Biden is sworn in. Asked about it, Joe Biden I’ve said, was ready."
    assert set(_by_name(extract_people(body))) == {"Joe Biden"}


def test_states_party_tags_and_newspapers_are_no_people_and_a_suffix_is_no_title() -> None:
    body = ("Sen. John Cornyn, R-Texas, said voters in Iowa liked the film on Martin Luther King Jr. last year. The "
            "Des Moines Register and Politico reported that the Pentagon and Housing and Urban Development disagreed.")
    assert set(_by_name(extract_people(body))) == {"John Cornyn", "Martin Luther King Jr."}


def test_a_man_and_a_woman_of_one_surname_stay_apart() -> None:
    body = ("Mr. Romney spoke in Ohio. Mr. Romney was joined by his wife, Ann Romney. Later Mr. Romney said he "
            "would win. Mrs. Clinton met Mr. Clinton.")
    by = _by_name(extract_people(body))
    assert [m.text for m in by["Ann Romney"].mentions if m.method != "title"] == ["Ann Romney"]
    assert sum(m.text == "Romney" for m in by["Romney"].mentions) == 3
    assert by["Romney"].honorific == "Mr"
    assert sorted(p.honorific for p in extract_people(body) if p.name == "Clinton") == ["Mr", "Mrs"]


def test_an_honorific_after_a_full_name_is_that_person_whatever_the_first_name_suggests() -> None:
    body = "Rep. Ilhan Omar spoke first. Ms. Omar said no. Marion Smith, a director, spoke. Mr. Smith agreed."
    assert set(_by_name(extract_people(body))) == {"Ilhan Omar", "Marion Smith"}


def test_an_unnamed_person_opening_a_paragraph_after_a_heading_or_colon_is_new() -> None:
    body = ("Governor John Whitmore vetoed the bill.\n\nWhitmore's move\n\nA local man said he was glad. "
            "Reporters wrote:\n\nA photographer said he fled.")
    whitmore = _by_name(extract_people(body))["John Whitmore"]
    assert [m.text for m in whitmore.mentions if m.method == "pronoun"] == []


def test_a_name_in_a_sentences_opening_phrase_is_not_its_subject() -> None:
    body = ("Mayor Tom Reyes spoke first. During a visit with Governor John Whitmore in Austin, Reyes stressed the "
            "plan. \"It will work,\" he said. After Whitmore met the mayor, he wrote a memo.")
    by = _by_name(extract_people(body))
    assert body.index("he said") in {m.start for m in by["Tom Reyes"].mentions}
    assert body.index("he wrote") in {m.start for m in by["John Whitmore"].mentions}


def test_a_possessive_takes_the_nearest_person_of_its_sentence() -> None:
    body = ("Mayor Tom Reyes spoke. In an interview with Tom Reyes, John Whitmore explained his plan, and Ann Porter "
            "criticized Tom Reyes for his role.")
    by = _by_name(extract_people(body))
    assert body.index("his plan") in {m.start for m in by["John Whitmore"].mentions}
    assert body.index("his role") in {m.start for m in by["Tom Reyes"].mentions}


def test_a_known_surname_inside_an_organisations_or_a_laws_name_is_no_mention() -> None:
    body = ("Sergei Magnitsky died in jail. Bill Browder, a crusader for the Magnitsky Act, found himself blocked. "
            "Magnitsky's mother spoke.")
    by = _by_name(extract_people(body))
    assert [m.text for m in by["Sergei Magnitsky"].mentions] == ["Sergei Magnitsky", "Magnitsky"]
    assert [m.text for m in by["Bill Browder"].mentions] == ["Bill Browder", "himself"]


def test_days_buildings_reports_and_doctrines_named_after_people_are_no_people() -> None:
    body = ("Kristen Day voted on Election Day. Donald Trump met them at Trump Tower on Martin Luther King Jr. Day. "
            "Frank Church wrote for National Review and the Drudge Report about the Marshall Plan. "
            "Day and Church spoke; Trump left.")
    by = _by_name(extract_people(body))
    assert set(by) == {"Kristen Day", "Donald Trump", "Frank Church"}  # a day named after a man is no mention
    assert [m.text for m in by["Kristen Day"].mentions] == ["Kristen Day", "Day"]
    assert [m.text for m in by["Donald Trump"].mentions] == ["Donald Trump", "Trump"]
    assert [m.text for m in by["Frank Church"].mentions] == ["Frank Church", "Church"]


def test_a_titled_name_before_a_comma_is_no_role_of_the_next_name() -> None:
    body = ("On the eve of a speech by President Jane Doe, John Roe told business leaders that the president "
            "was wrong. The Speaker of the House, Ann Lee, agreed.")
    by = _by_name(extract_people(body))
    assert by["John Roe"].roles == []
    assert by["Ann Lee"].roles == ["Speaker of the House"]
    assert body.index("the president") in {m.start for m in by["Jane Doe"].mentions}


def test_he_can_be_a_man_whose_first_name_the_dictionary_calls_mostly_female() -> None:
    body = "Sen. Bernie Sanders spoke in Iowa on Monday. He said the campaign was strong."
    sanders = _by_name(extract_people(body))["Bernie Sanders"]
    assert body.index("He said") in {m.start for m in sanders.mentions}


@pytest.mark.parametrize(
    ("body", "name", "surname"),
    [
        ("Al Gore said the planet was warming. Gore spoke for an hour.", "Al Gore", "Gore"),
        ("Republican presidential candidate Ben Carson Friday compared the press to a mob. Carson left.",
         "Ben Carson", "Carson"),
        ("CNN contributor Van Jones said the race was close. Jones smiled.", "Van Jones", "Jones"),
    ],
)
def test_a_particle_that_is_a_given_name_opens_a_full_name(body: str, name: str, surname: str) -> None:
    person = _by_name(extract_people(body))[name]
    assert [(m.text, m.method) for m in person.mentions if m.method != "title"] == [(name, "name"),
                                                                                   (surname, "surname")]


def test_a_particle_inside_a_name_stays_a_particle() -> None:
    body = ("MUST WATCH Van Hollen: the budget is balanced. Rep. Chris Van Hollen of Maryland spoke. Van Hollen said "
            "no. Al Qaeda claimed the attack, Al Jazeera reported, and rockets hit the Al Asad Air Base in Al Anbar.")
    people = extract_people(body)
    assert [p.name for p in people] == ["Chris Van Hollen"]
    assert [(m.text, m.method) for m in people[0].mentions] == [
        ("Van Hollen", "surname"), ("Chris Van Hollen", "name"), ("Van Hollen", "surname")]


def test_a_surname_in_the_white_house_or_a_hyphenated_organisation_word_is_no_person() -> None:
    body = ("Ben White wrote the story. The White House declined to comment, White said. A Tea Party-backed "
            "candidate read the Pittsburgh Post-Gazette.")
    by = _by_name(extract_people(body))
    assert set(by) == {"Ben White"}
    assert [m.text for m in by["Ben White"].mentions] == ["Ben White", "White"]


@pytest.mark.parametrize(
    "body",
    [
        '"We need this," said Thomas Green, president of the Queens Chamber of Commerce, who saw it grow.',
        "Officials with the Centers for Disease Control and Prevention said on Wednesday that a test failed.",
        "The United Nations said there must be no place for it.",
        '"We will get a deal," Mr. Shelby told Fox.',
        "Trump signed an Executive Order on Friday. The order bans travel, and a second order followed.",
        "New funding for Head Start was announced, a fresh start, a start that matters.",
        "Trump posed with Miss Universe contestants in 2011.",
        "It reminds me of an old Star Trek episode.",  # a role word that is no title, before an English word
        "Analysts said Gillette Co would gain.",
        "The tape was posted online by the liberal magazine Mother Jones.",
        "On February 17 Baker said it had signed an agreement to sell one unit.",  # a company "said it had"
        "Members of the House Freedom Caucus said on Tuesday that they would vote no.",
        "The Reagan Administration said so, and the Rachel Maddow Show said so.",
        "The Bureau of Labor Statistics said on Friday that hiring slowed.",
        "One Republican said the memo was flawed.",
        "The Executive Branch must share it, the court ruled.",
    ],
)
def test_organisations_outlets_and_titled_common_nouns_are_no_people(body: str) -> None:
    assert [p.name for p in extract_people(body) if p.name not in ("Thomas Green", "Shelby", "Trump")] == []


def test_a_surname_that_said_it_was_is_still_a_person() -> None:
    assert [p.name for p in extract_people("Romney said it was time to go.")] == ["Romney"]


def test_a_titled_name_the_article_also_writes_in_lower_case_once_is_still_a_name() -> None:
    body = "President Obama spoke. Then president obama left, and President Obama returned."
    assert [p.name for p in extract_people(body)] == ["Obama"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Former Vermont Gov. Howard Dean said the party was strong.", "Howard Dean"),
        ("CNN host Larry King said no.", "Larry King"),
        ("Harvard Law School Dean Martha Minow said no.", "Martha Minow"),
    ],
)
def test_a_title_word_that_is_a_surname_ends_a_name_after_a_first_name(body: str, name: str) -> None:
    assert [p.name for p in extract_people(body)] == [name]


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        ("JUST WATCHED President Obama spoke on the economy.", "Obama", "President"),
        ("If President Trump wins, he will act.", "Trump", "President"),
        ("MUST WATCH Pope Francis visits Cuba.", "Francis", "Pope"),
    ],
)
def test_a_sentence_opener_or_video_caption_is_no_part_of_a_role(body: str, name: str, role: str) -> None:
    person = _by_name(extract_people(body))[name]
    assert person.roles == [role]
    assert [m.text for m in person.mentions if m.method == "title"] == [role]


def test_a_first_name_the_dictionary_lacks_joins_a_known_surname() -> None:
    """gender-guesser knows no "Barack" or "Jeb": before a surname the article names elsewhere they are first
    names, and "Jeb Bush" is no mention of George W. Bush; English words are not ("Never Trump", "Photos")."""
    body = ("President Obama spoke on Monday in Ohio. Jeb Bush, his rival, met President George W. Bush. "
            "Later that day, Barack Obama met the Never Trump movement, a crowd of several hundred. Bush left.")
    by = _by_name(extract_people(body))
    assert set(by) == {"Barack Obama", "Jeb Bush", "George W. Bush"}
    assert [m.text for m in by["Barack Obama"].mentions if m.method != "title"] == ["Obama", "Barack Obama"]
    assert [m.text for m in by["Jeb Bush"].mentions if m.method == "name"] == ["Jeb Bush"]


def test_a_card_repeating_a_name_before_a_headline_is_no_mention() -> None:
    body = ("McConnell is opting not to box in Speaker Paul Ryan Paul Davis Ryan Retirees should say no to it. "
            "Ryan said so.")
    ryan = _by_name(extract_people(body))["Paul Ryan"]
    assert [(m.text, m.method) for m in ryan.mentions] == [("Speaker", "title"), ("Paul Ryan", "name"),
                                                         ("Ryan", "surname")]


def test_a_gallery_caption_button_is_no_part_of_a_name() -> None:
    body = "Obama campaigned in Nevada with Harry Reid Hide Caption 3 of 24 Photos: The president spoke."
    assert [p.name for p in extract_people(body)] == ["Harry Reid"]


def test_a_plural_title_is_no_part_of_a_name() -> None:
    body = "Former Presidents Barack Obama and George W. Bush spoke, and Senators Booker and Toomey listened."
    assert [p.name for p in extract_people(body)] == ["Barack Obama", "George W. Bush"]


def test_a_delegates_title_and_a_state_abbreviation_are_no_people() -> None:
    body = ('"It is a waste of time," said Del. Stacey Plaskett of the Virgin Islands. Donna Rawlings, 59, of '
            "Ashton, Md., who watched the ceremony, said it was good.")
    assert [p.name for p in extract_people(body)] == ["Stacey Plaskett", "Donna Rawlings"]


def test_a_two_word_surname_is_the_surname_of_the_full_name_it_ends() -> None:
    body = ("Rep. Debbie Wasserman Schultz spoke. Wasserman Schultz said the vote was close. Mason Big Crow agreed, "
            "Big Crow said.")
    by = _by_name(extract_people(body))
    assert set(by) == {"Debbie Wasserman Schultz", "Mason Big Crow"}
    assert [(m.text, m.method) for m in by["Mason Big Crow"].mentions] == [("Mason Big Crow", "name"),
                                                                          ("Big Crow", "surname")]


def test_a_person_whose_pronouns_said_he_is_not_her() -> None:
    # "Trump" tells no sex, but the "he" he already took does: "her" is the woman a sentence back
    body = "Maxine Waters told supporters to protest. President Trump said he was angry and called her a fool."
    pronouns = {p.name: [m.text for m in p.mentions if m.method == "pronoun"] for p in extract_people(body)}
    assert pronouns == {"Maxine Waters": ["her"], "Trump": ["he"]}


def test_firms_laws_shows_and_places_named_like_people_are_not_people() -> None:
    body = ("Merrill Lynch said on Monday that profits fell. The Brady Bill and the Johnson Amendment were debated "
            "on Erin Burnett OutFront, and the Brady Campaign praised Bill Clinton. Families of Sandy Hook met "
            "on Capitol Hill.")
    assert [p.name for p in extract_people(body)] == ["Bill Clinton"]


def test_given_names_the_dictionary_lacks_start_a_name_in_running_text() -> None:
    # "Mitt" and "Tulsi" are English words and missing from gender-guesser: without the supplement
    # only a cue such as "said" found them
    body = "Many voters in the state like Mitt Romney a lot, and they met Tulsi Gabbard, and she spoke."
    people = {p.name: [m.text for m in p.mentions] for p in extract_people(body)}
    assert people == {"Mitt Romney": ["Mitt Romney"], "Tulsi Gabbard": ["Tulsi Gabbard", "she"]}


def test_a_possessive_in_a_fronted_phrase_points_to_the_subject_after_it() -> None:
    body = ("Chinese President Xi Jinping praised the deal. At her weekly news conference, House Minority Leader "
            "Nancy Pelosi called it a win. Shortly after Xi Jinping finished his remarks, Barack Obama spoke.")
    pronouns = {p.name: [m.start for m in p.mentions if m.method == "pronoun"] for p in extract_people(body)}
    assert pronouns["Nancy Pelosi"] == [body.index("her weekly")]
    assert pronouns["Xi Jinping"] == [body.index("his remarks")]


def test_a_bare_surname_keeps_naming_whom_it_named_first() -> None:
    body = ("Donald Trump spoke on Monday. Trump said he was pleased. Trump was married to Ivana Zelnicek Trump "
            "from 1977 to 1990. Trump later built a tower.")
    people = _by_name(extract_people(body))
    surnames = [m.start for m in people["Donald Trump"].mentions if m.method == "surname"]
    assert surnames == [body.index("Trump said"), body.index("Trump was"), body.index("Trump later")]
    assert [m.method for m in people["Ivana Zelnicek Trump"].mentions] == ["name"]


def test_the_president_is_not_the_vice_president() -> None:
    body = ("President John Roe spoke in Ohio. Vice President Jane Doe spoke in Iowa, and she said she would "
            "take the plan to the president.")
    titles = {p.name: [m.text for m in p.mentions if m.method == "title"] for p in extract_people(body)}
    assert titles == {"John Roe": ["President", "the president"], "Jane Doe": ["Vice President"]}


def _owner_of(people: list[PersonEntity], start: int) -> str | None:
    return next((p.name for p in people for m in p.mentions if m.start == start), None)


def test_an_object_pronoun_of_a_named_subjects_verb_is_someone_else() -> None:
    body = ("Michael Cohen worked for years for President Donald Trump. Then Trump fired him in 2018. "
            "Critics of Cohen accused him of lying. Stories about Trump portrayed him badly. "
            "Nancy Pelosi met Maxine Waters on Monday. Pelosi praised her for the work.")
    people = extract_people(body)
    assert _owner_of(people, body.index("him in 2018")) == "Michael Cohen"
    assert _owner_of(people, body.index("him of lying")) == "Michael Cohen"  # Cohen after "of" is no subject
    assert _owner_of(people, body.index("him badly")) == "Donald Trump"
    assert _owner_of(people, body.index("her for")) == "Maxine Waters"


def test_a_country_after_a_rare_first_name_or_a_headline_is_no_surname() -> None:
    body = ("Schoolchildren painted murals on the theme We Love Russia. Russia sent troops in the spring. "
            "The book James Madison Rules America is out. Rep. Steve Israel said Ken Spain was right.")
    assert sorted(p.name for p in extract_people(body)) == ["Ken Spain", "Steve Israel"]


def test_groups_organisations_and_contractions_before_said_are_no_people() -> None:
    body = ('"We\'ve said this all along," she said. Fact-checking website PolitiFact says the claim is false. '
            "Some 13 percent of noncitizen Hispanics said they were registered. Hamas said the truce held. "
            "Nancy O'Neill said no.")
    assert [p.name for p in extract_people(body)] == ["Nancy O'Neill"]


def test_a_title_word_running_into_a_name_of_a_thing_is_no_title_mention() -> None:
    body = ("Jane Doe\n\nPresident John Roe spoke at the United Nations General Assembly on Tuesday. "
            "He left before the General Motors chief spoke. The president Tuesday said he was pleased.")
    people = extract_people(body)
    assert [m.text for p in people for m in p.mentions if m.method == "title"] == ["President", "The president"]
    assert _owner_of(people, body.index("He left")) == "John Roe"


def test_a_relative_introduced_as_one_does_not_take_the_bare_surname() -> None:
    body = ("Roger Stone, with his wife Nydia Stone, leaves federal court. Stone, a longtime friend of the "
            "president, has been found guilty. Ted Cruz told the story of his father, Rafael Cruz, a preacher. "
            "Cruz, a Baptist, spoke next.")
    people = extract_people(body)
    assert _owner_of(people, body.index("Stone, a longtime")) == "Roger Stone"
    assert _owner_of(people, body.index("Cruz, a Baptist")) == "Ted Cruz"


def test_a_photo_position_after_a_name_is_no_role() -> None:
    body = ("Roger Stone, center, leaves court with Ann Lee, second from left. Plaintiffs Laurie Wood, left, and "
            "Kody Partridge, center, walk out. Daughters Malia, left, and Sasha watch. The coach of the Wild Boars, "
            "left, smiles.")
    roles = {p.name: [m.text for m in p.mentions if m.method == "title"] for p in extract_people(body)}
    assert roles["Roger Stone"] == [] and roles["Ann Lee"] == []
    # standing in a photo is evidence of a person, though no role; a common word or "the" before it is not
    assert "Kody Partridge" in roles and "Daughters Malia" not in roles and "Wild Boars" not in roles


def test_a_position_after_the_is_a_role() -> None:
    body = "Bob Smith, the center, scored 20 points on Monday."
    [smith] = extract_people(body)
    assert [m.text for m in smith.mentions if m.method == "title"] == ["the center"]


def test_a_bare_surname_before_a_junior_is_the_elder_when_titled_or_the_junior_is_a_relative() -> None:
    body = ("President Trump attacked the media. CNN said Donald Trump Jr. had access to emails. "
            "Eric Trump spoke. Trump tweeted.")
    people = _by_name(extract_people(body))
    assert {m.text for m in people["Trump"].mentions} == {"President", "Trump"}
    assert [m.text for m in people["Donald Trump Jr."].mentions] == ["Donald Trump Jr."]
    assert "Eric Trump" in people
    body = "Trump spoke. Donald Trump Jr., the president's eldest son, laughed. Donald Trump left."
    assert {p.name for p in extract_people(body)} == {"Donald Trump", "Donald Trump Jr."}
    # a formal name with its suffix is the same person as the surname before it
    body = "Vice President Biden spoke. Vice President Joseph R. Biden Jr. left."
    assert [p.name for p in extract_people(body)] == ["Joseph R. Biden Jr."]


def test_a_first_lady_is_a_relative_so_the_bare_surname_stays_with_the_president() -> None:
    body = ("President Barack Obama will not go. First lady Michelle Obama led the delegation in 2012. "
            "Obama canceled a meeting with Putin.")
    people = _by_name(extract_people(body))
    last = body.rindex("Obama")
    assert any(m.start == last for m in people["Barack Obama"].mentions)


def test_a_possessive_in_the_opening_phrase_of_a_coordinated_clause_points_to_its_subject() -> None:
    body = "Milton Wolf praised John Roe on Monday, and in his primary, Bob Smith ran an ad."
    people = _by_name(extract_people(body))
    assert body.index("his primary") in {m.start for m in people["Bob Smith"].mentions}


def test_given_names_of_public_figures_the_dictionary_scores_as_rare_are_names() -> None:
    body = "Jay Leno met Barack Obama in August. Newt Gingrich and Kyrsten Sinema spoke."
    assert {p.name for p in extract_people(body)} == {"Jay Leno", "Barack Obama", "Newt Gingrich", "Kyrsten Sinema"}


def test_common_words_before_a_comma_and_a_name_are_a_fronted_phrase_not_a_list() -> None:
    assert [p.name for p in extract_people("As for Common Core, Jeb Bush has expressed frustration.")] == ["Jeb Bush"]
    body = "The team: Brad Hogg, Paul Reiffel, Damien Fleming."
    assert [p.name for p in extract_people(body)] == ["Brad Hogg", "Paul Reiffel", "Damien Fleming"]


def test_the_subject_after_whom_is_not_the_name_before_it() -> None:
    body = "Donald Trump spoke on Monday. The news will not dim speculation about Jeff Sessions, whom he has mocked."
    people = _by_name(extract_people(body))
    assert body.index(" he ") + 1 in {m.start for m in people["Donald Trump"].mentions}


def test_a_suffix_with_one_name_is_the_junior_and_leaves_the_bare_surname_to_the_elder() -> None:
    body = "President Donald Trump spoke. Donald Jr. tweeted. Trump laughed."
    people = _by_name(extract_people(body))
    assert [m.text for m in people["Donald Jr."].mentions] == ["Donald Jr."]
    assert {m.text for m in people["Donald Trump"].mentions} == {"President", "Donald Trump", "Trump"}

from datetime import date

from dataset_tools.extract import extract_article
from dataset_tools.extract.boilerplate import gallery_titles, link_cards, mask_boilerplate, video_players

CARD = (
    "Sen. Tim Scott Timothy (Tim) Eugene ScottThe Morning Report - Trump tweets as tensions escalate "
    "This week: Senate reconvenes as protests roil nation MORE (R-S.C.) said on Sunday that he met the "
    "mayor."
)


def test_a_card_runs_from_the_glued_headline_to_more() -> None:
    (start, end), = link_cards(CARD)
    assert CARD[start - 6:start] == "ScottT"  # the headline's first letter stays glued to the name
    assert CARD[end - 4:end] == "MORE"
    masked, spans = mask_boilerplate(CARD)
    assert len(masked) == len(CARD) and spans == [(start, end)]
    assert masked[start:end].strip() == "" and masked[end:] == CARD[end:]


def test_a_camel_case_name_glued_to_its_card() -> None:
    body = "Gov. Ron DeSantis Ronald Dion DeSantisTrump asserts his power Sunday shows preview MORE and Brian Kemp"
    assert link_cards(body) == [(body.index("Trump") + 1, body.index(" and Brian"))]


def test_no_card_without_a_repeated_glued_name_or_more() -> None:
    assert link_cards("Gov. Ron DeSantis met McConnell. MORE to come.") == []  # camel case is no glue
    assert link_cards("Sen. Tim Scott Timothy Eugene ScottThe Morning Report\nMORE") == []  # another line
    assert link_cards("Sen. Tim ScottThe Morning Report on Mars MORE") == []  # the name is not repeated
    card = "Sen. Tim Scott Tim ScottThe Morning Report on Mars MORE"
    assert link_cards(card) == [(card.index("The") + 1, len(card))]


def test_extractors_do_not_read_a_card() -> None:
    x = extract_article(CARD, date(2020, 6, 1))
    assert [e.trigger_text for e in x.events] == ["met"]  # no "tweets", no "protests"
    assert [t.text for t in x.time_expressions] == ["Sunday"]  # no "This week"
    assert [p.name for p in x.people] == ["Tim Scott"]


def test_a_quotation_across_a_card_keeps_the_article_text() -> None:
    body = '“We spoke with ' + CARD.replace(" said on Sunday that he met the mayor.", " today,” she said.")
    x = extract_article(body, date(2020, 6, 1))
    assert [q.text for q in x.quotes] == [body[1:body.index("”")]]


def test_a_gallery_title_repeated_before_every_caption_is_blanked() -> None:
    body = ("Photos: Photos: New York elects new mayor Photos: Photos: New York elects new mayor New York votes "
            "– Voters line up in Queens. Hide Caption 1 of 2 Photos: Photos: New York elects new mayor New York "
            "votes – Bill Smith casts his ballot. Hide Caption 2 of 2")
    spans = gallery_titles(body)
    assert [body[s:e] for s, e in spans] == ["Photos: Photos: New York elects new mayor"] * 3
    assert gallery_titles("Photos: Photos: New York elects new mayor") == []  # one label: no repeat to tell by
    x = extract_article(body, date(2013, 11, 5))
    assert "elects" not in [e.trigger_text for e in x.events] and "Photos" not in " ".join(p.name for p in x.people)


def test_galleries_with_a_single_label_are_told_apart_by_their_titles() -> None:
    body = ("Photos: Moments from Ted Cruz's career Photos: Moments from Ted Cruz's career Cruz speaks at a rally. "
            "Hide Caption 1 of 2 Photos: Moments from Ted Cruz's career Cruz waves. Hide Caption 2 of 2 "
            "Photos: Iowa caucuses kick-start race Rubio speaks. Hide Caption 1 of 2 "
            "Photos: Iowa caucuses kick-start race Trump pauses. Hide Caption 2 of 2 Photos: Caucus night")
    titles = [body[s:e] for s, e in gallery_titles(body)]
    assert titles == ["Photos: Moments from Ted Cruz's career"] * 3 + ["Photos: Iowa caucuses kick-start race"] * 2


def test_a_speaker_read_across_a_blanked_gallery_title_is_dropped() -> None:
    body = ('Hide Caption 8 of 9 Photos: Moments from Rick Perry\'s career The governor said "oops" in 2011. '
            'Hide Caption 9 of 9 Photos: Moments from Rick Perry\'s career Perry labels Social Security a '
            '"Ponzi scheme" at a debate. "Anybody that\'s for the status quo is involved with a lie to our kids," '
            'he said.')
    x = extract_article(body, date(2011, 9, 8))
    assert x.quotes  # the quotations are still found
    for q in x.quotes:  # every speaker is the article's own text, never a blanked title
        assert q.speaker_text is None or q.speaker_text == body[q.speaker_start:q.speaker_end]


def test_a_video_player_is_masked_and_its_headline_and_glued_name_are_no_event_or_person() -> None:
    player = ("JUST WATCHED Rebirth of Mitt Replay More Videos ... MUST WATCH Rebirth of Mitt 02:36")
    body = f"Nikki Haley met voters in Columbia on Monday. {player} Haley said she was confident."
    start = body.index("JUST")
    assert video_players(body) == [(start, start + len(player))]
    assert video_players(body.replace("MUST WATCH Rebirth", "MUST WATCH Return")) == []  # the title is not repeated
    article = extract_article(body, date(2014, 4, 22))
    assert [p.name for p in article.people] == ["Nikki Haley"]

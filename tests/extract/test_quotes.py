"""Tests for the quotes extractor on small texts written for these tests.

People are built by hand here (``_people``) so the quote rules are tested independently of the people
extractor; one test runs the real pipeline on the project's seed article.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dataset_tools.extract.people import extract_people
from dataset_tools.extract.quotes import extract_quotes
from dataset_tools.extract.quotes_marks import find_quoted_spans
from dataset_tools.extract.records import (
    ATTRIBUTION_METHODS,
    QUOTE_KINDS,
    Mention,
    PersonEntity,
    Quote,
    quote_text_from_span,
)

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_a6ceb53c6b22c1e7.txt"


def _people(
    body: str,
    *specs: tuple[str, list[str]],
    roles: dict[str, list[str]] | None = None,
    honorific: dict[str, str] | None = None,
) -> list[PersonEntity]:
    """One PersonEntity per (full name, [surface forms]); every occurrence of each form is a mention
    (method "name" for the full name, "surname" otherwise). No pronouns: coreference is left to the
    quotes extractor's own fallback."""
    out = []
    for name, forms in specs:
        mentions = []
        for form in [name, *forms]:
            for m in re.finditer(r"\b" + re.escape(form) + r"\b", body):
                if any(x.start <= m.start() < x.end for x in mentions):
                    continue
                mentions.append(Mention(m.start(), m.end(), form, "name" if form == name else "surname"))
        mentions.sort(key=lambda x: x.start)
        out.append(
            PersonEntity(
                name=name,
                honorific=(honorific or {}).get(name),
                roles=(roles or {}).get(name, []),
                mentions=mentions,
            )
        )
    return out


def _check_invariants(body: str, quotes: list[Quote]) -> None:
    assert quotes == sorted(quotes, key=lambda q: (q.start, q.end))
    for q in quotes:
        assert q.kind in QUOTE_KINDS
        assert q.method in ATTRIBUTION_METHODS
        assert 0.0 <= q.confidence <= 1.0
        assert q.text == quote_text_from_span(body[q.start : q.end])
        if q.speaker_text is not None:
            assert body[q.speaker_start : q.speaker_end] == q.speaker_text


def _run(body: str, people: list[PersonEntity]) -> list[Quote]:
    quotes = extract_quotes(body, people)
    _check_invariants(body, quotes)
    return quotes


# --------------------------------------------------------------------------------------------- marks


def test_curly_quote_with_inverted_attribution_and_appositive() -> None:
    body = "“We will rebuild the harbour within a year,” said Maria Lopez, a spokeswoman for the council."
    people = _people(body, ("Maria Lopez", ["Lopez"]))
    [q] = _run(body, people)
    assert q.text == "We will rebuild the harbour within a year,"
    assert body[q.start : q.end] == q.text
    assert q.kind == "full"
    assert q.speaker_text == "Maria Lopez"
    assert q.person == 0
    assert q.cue == "said"
    assert q.method == "adjacent_name"


def test_straight_marks_and_speaker_before_cue() -> None:
    body = 'The vote was close. "It was a fair count," Tom Reed told reporters on Friday.'
    people = _people(body, ("Tom Reed", ["Reed"]))
    [q] = _run(body, people)
    assert q.text == "It was a fair count,"
    assert (q.speaker_text, q.cue, q.person) == ("Tom Reed", "told", 0)


def test_mistyped_pair_is_one_quote() -> None:
    body = 'Officials said there was “no evidence" of fraud in the county, according to Ann Marsh.'
    people = _people(body, ("Ann Marsh", ["Marsh"]))
    [q] = _run(body, people)
    assert q.text == "no evidence"
    assert q.kind == "partial"


def test_two_apostrophes_used_as_double_quote() -> None:
    body = "''This is the worst budget in a decade,'' Paul Grant said."
    people = _people(body, ("Paul Grant", ["Grant"]))
    [q] = _run(body, people)
    assert q.text == "This is the worst budget in a decade,"
    assert q.speaker_text == "Paul Grant"


def test_unclosed_quote_runs_to_paragraph_end() -> None:
    body = (
        "Paul Grant said: “We will not accept these terms under any circumstances\n\nThe talks resume today."
    )
    people = _people(body, ("Paul Grant", ["Grant"]))
    [q] = _run(body, people)
    assert q.text == "We will not accept these terms under any circumstances"
    assert q.method == "colon_intro"
    assert q.person == 0


def test_single_quotes_inside_are_a_quote_within_the_quote() -> None:
    body = "“When he told me ‘you are fired’ I laughed,” said Nora Bell."
    people = _people(body, ("Nora Bell", ["Bell"]))
    quotes = _run(body, people)
    assert len(quotes) == 1
    assert quotes[0].text == "When he told me ‘you are fired’ I laughed,"


def test_doubled_opening_mark_and_leading_closing_mark() -> None:
    spans = find_quoted_spans("He wrote: ““The plan failed.”\n\n” … and nobody noticed,” she said.")
    texts = ["The plan failed.", "… and nobody noticed,"]
    assert [s for s in texts] == [
        "He wrote: ““The plan failed.”\n\n” … and nobody noticed,” she said."[q.start : q.end] for q in spans
    ]


def test_nested_quote_in_the_other_glyph_family_stays_inside() -> None:
    body = '"The board is not about “fair play” any more," Lena Fisher said.'
    [q] = _run(body, _people(body, ("Lena Fisher", ["Fisher"])))
    assert q.text == "The board is not about “fair play” any more,"
    assert q.person == 0


def test_multi_paragraph_quotation_is_one_quote() -> None:
    body = (
        "The minister said: “A big part of the job is listening to people.\n\n"
        "“I have met hundreds of them this year.\n\n"
        "“And I will keep doing it.”\n\n"
        "The tour ends on Friday."
    )
    people = _people(body, ("Jane Hart", []))  # not named here: the title stays unresolved
    [q] = _run(body, people)
    assert body[q.start] == "A"
    assert body[q.end - 1] == "."
    assert q.text == (
        "A big part of the job is listening to people. I have met hundreds of them this year. "
        "And I will keep doing it."
    )
    assert q.kind == "full"
    assert q.speaker_text == "The minister"


# ------------------------------------------------------------------------------ kinds, scare, titles


def test_partial_quote_in_paraphrase_with_pronoun_resolved_and_recorded() -> None:
    body = "Mark Oliver met the board on Monday.\n\nHe said he “could not agree more” with the plan."
    people = _people(body, ("Mark Oliver", ["Oliver"]), honorific={"Mark Oliver": "Mr"})
    [q] = _run(body, people)
    assert q.text == "could not agree more"
    assert q.kind == "partial"
    assert q.speaker_text == "He"
    assert q.person == 0
    assert q.method == "adjacent_pronoun"
    # The pronoun was resolved by the quotes extractor, so it is recorded on the person.
    assert Mention(body.index("He said"), body.index("He said") + 2, "He", "pronoun") in people[0].mentions


def test_scare_quotes_and_titles_of_works_are_not_quotes() -> None:
    body = (
        "Last week Mr Cleverly was accused of being a “Chinese stooge” by an MP.\n\n"
        "The “strategic pause” in hiring continued into the spring.\n\n"
        "She read his book “The Art of Losing Well” twice."
    )
    assert _run(body, _people(body, ("James Cleverly", ["Cleverly"]))) == []


def test_short_quote_with_a_cue_is_partial() -> None:
    body = "Sara Kent called the ruling “disgraceful” on Tuesday."
    [q] = _run(body, _people(body, ("Sara Kent", ["Kent"])))
    assert (q.text, q.kind, q.speaker_text, q.cue) == ("disgraceful", "partial", "Sara Kent", "called")


# --------------------------------------------------------------------------------------- attribution


def test_according_to() -> None:
    body = "The deal is “dead in the water,” according to Lena Fisher, who chairs the committee."
    [q] = _run(body, _people(body, ("Lena Fisher", ["Fisher"])))
    assert (q.speaker_text, q.cue, q.method, q.person) == ("Lena Fisher", "according to", "according_to", 0)


def test_continuation_paragraph_and_second_quote_in_paragraph() -> None:
    body = (
        "“The roads are a disgrace,” said Omar Haddad. “Nobody has fixed them in years.”\n\n"
        "“We will keep protesting until they do.”"
    )
    people = _people(body, ("Omar Haddad", ["Haddad"]))
    q1, q2, q3 = _run(body, people)
    assert q1.method == "adjacent_name" and q1.person == 0
    assert q2.method == "continuation" and q2.person == 0
    assert q3.method == "continuation" and q3.person == 0
    assert q3.speaker_text == "Omar Haddad"


def test_speaker_identified_in_the_next_paragraph() -> None:
    body = (
        "The strike entered its third week.\n\n"
        "“Nobody wants this to go on.\n\n"
        "“But we have no choice,” said union leader Carla Reyes.\n\n"
        "“It is a matter of principle.”\n\n"
        "“Not money,” Reyes added."
    )
    people = _people(body, ("Carla Reyes", ["Reyes"]))
    quotes = _run(body, people)
    assert [q.person for q in quotes] == [0, 0, 0]
    assert quotes[0].text == "Nobody wants this to go on. But we have no choice,"
    assert quotes[1].method == "continuation"


def test_title_speaker_resolved_through_roles() -> None:
    body = (
        "Senator Ruth Adler and Governor Tim Walsh toured the plant.\n\n"
        "“This plant will stay open,” the governor said."
    )
    people = _people(
        body,
        ("Ruth Adler", ["Adler"]),
        ("Tim Walsh", ["Walsh"]),
        roles={"Ruth Adler": ["Senator"], "Tim Walsh": ["Governor"]},
    )
    [q] = _run(body, people)
    assert (q.speaker_text, q.method, q.person) == ("the governor", "adjacent_title", 1)
    assert any(m.method == "title" and m.text == "the governor" for m in people[1].mentions)


def test_pronoun_prefers_the_subject_of_the_previous_sentence() -> None:
    body = (
        "Bob Sutton, chairman of the county party, said Hillary Clinton would struggle against "
        "Donald Trump.\n\n"
        "“She is going to go down in the debates,” he said."
    )
    people = _people(
        body, ("Bob Sutton", ["Sutton"]), ("Hillary Clinton", ["Clinton"]), ("Donald Trump", ["Trump"])
    )
    [q] = _run(body, people)
    assert q.person == 0
    assert q.method == "adjacent_pronoun"


def test_pronoun_after_an_unnamed_man_names_nobody() -> None:
    body = (
        "A local man called Senator John Whitmore's office and made a claim.\n\n"
        "“I have made a mistake,” he wrote on Twitter."
    )
    [q] = _run(body, _people(body, ("John Whitmore", ["Whitmore"])))
    assert q.person is None and q.speaker_text == "he"


def test_organisation_speaker() -> None:
    body = "“The president has full confidence in the director,” the White House said in a statement."
    [q] = _run(body, [])
    assert q.person is None
    assert q.speaker_text == "the White House"
    assert q.method == "organisation"


def test_embedded_tweet() -> None:
    body = (
        "The senator posted a message.\n\n"
        "Great to be back in Ohio tonight. Thank you all! pic.twitter.com/abc123 — Ruth Adler (@RuthAdler) "
        "June 20, 2023"
    )
    people = _people(body, ("Ruth Adler", ["Adler"]))
    [q] = _run(body, people)
    assert q.kind == "tweet"
    assert q.text == "Great to be back in Ohio tonight. Thank you all! pic.twitter.com/abc123"
    assert q.speaker_text == "Ruth Adler"
    assert (q.person, q.method, q.cue) == (0, "tweet_author", "tweeted")


def test_signature_after_a_dash() -> None:
    body = "“The most qualified candidate we have ever had.” ― Dana Whitfield\n\nMore reactions followed."
    [q] = _run(body, _people(body, ("Dana Whitfield", ["Whitfield"])))
    assert (q.speaker_text, q.person) == ("Dana Whitfield", 0)


def test_participle_cue_takes_the_sentence_subject() -> None:
    body = "Kate Moss spoke in Leeds on Friday, arguing that the cuts were “a false economy” for the city."
    [q] = _run(body, _people(body, ("Kate Moss", ["Moss"])))
    assert (q.speaker_text, q.cue, q.person) == ("Kate Moss", "spoke", 0)


def test_relative_clause_and_passive_agent() -> None:
    body = (
        "The move was criticised by the Harbour Trust, which said the plan would “ruin the waterfront for "
        "good.”\n\n"
        "Voters were told by Ian Crook that the scheme “will pay for itself within ten years.”"
    )
    q1, q2 = _run(body, _people(body, ("Ian Crook", ["Crook"])))
    assert q1.speaker_text == "the Harbour Trust" and q1.method == "organisation" and q1.person is None
    assert q2.speaker_text == "Ian Crook" and q2.person == 0


def test_name_in_apposition_to_a_description() -> None:
    body = "“He had it coming,” the shop owner, Raj Patel, told the court."
    [q] = _run(body, _people(body, ("Raj Patel", ["Patel"])))
    assert (q.speaker_text, q.cue, q.person) == ("Raj Patel", "told", 0)


def test_document_speakers_are_not_people() -> None:
    body = "Mark Oliver resigned in May.\n\nThe review said the decision had “real consequences for staff.”"
    [q] = _run(body, _people(body, ("Mark Oliver", ["Oliver"])))
    assert q.person is None
    assert q.method == "organisation"


def test_unattributed_quote_keeps_unknown_method() -> None:
    body = "Signs in the crowd read “Jobs not cuts for the working families of this town” all night."
    [q] = _run(body, [])
    assert q.method in ("unknown", "nearby_name")
    assert q.person is None


def test_deterministic_and_empty_inputs() -> None:
    body = "“One,” said Al Brook. “Two,” said Al Brook."
    a = extract_quotes(body, _people(body, ("Al Brook", ["Brook"])))
    b = extract_quotes(body, _people(body, ("Al Brook", ["Brook"])))
    assert a == b
    assert extract_quotes("", []) == []
    assert extract_quotes("No quotations here at all.", []) == []


def test_huge_paragraph_stays_linear() -> None:
    # One paragraph with hundreds of quotations and no full stop: windows are bounded, so this stays
    # well under a second per few hundred quotes instead of growing quadratically.
    import time

    body = " ".join('word "quoted text here" said Al Brook and more words' for _ in range(400))
    t0 = time.process_time()
    quotes = extract_quotes(body, [])
    assert len(quotes) == 400
    assert time.process_time() - t0 < 5.0


# ------------------------------------------------------------------------------------------ seed file


@pytest.mark.skipif(not SEED.exists(), reason="seed article missing")
def test_seed_article_end_to_end() -> None:
    body = SEED.read_text(encoding="utf-8")[len(" date 2023-06-20 ") :]
    people = extract_people(body)
    quotes = _run(body, people)
    by_text = {q.text: q for q in quotes}
    names = {i: p.name for i, p in enumerate(people)}

    q = by_text["looking at the options"]
    assert q.kind == "partial" and names.get(q.person) == "James Cleverly"

    multi = next(q for q in quotes if q.text.startswith("A big part of engagement"))
    assert multi.text.endswith("there are no details at this stage.")
    assert "\n\n" in body[multi.start : multi.end]
    assert multi.speaker_text == "The Foreign Secretary" and names.get(multi.person) == "James Cleverly"

    q = next(q for q in quotes if q.text.startswith("Both countries see"))
    assert q.speaker_text == "the US’s top diplomat" and names.get(q.person) == "Antony Blinken"

    q = by_text["could not agree more"]
    assert q.speaker_text == "He" and names.get(q.person) == "Antony Blinken"

    q = next(q for q in quotes if q.text.startswith("In fact, it would be irresponsible"))
    assert names.get(q.person) == "Antony Blinken"

    tweet = next(q for q in quotes if q.kind == "tweet")
    assert tweet.text.startswith("The UK and the US stand shoulder to shoulder")
    assert names.get(tweet.person) == "James Cleverly"

    assert "Chinese stooge" not in by_text


def test_a_speaker_after_a_delegates_title_is_found() -> None:
    body = '"This is a waste of time," said Del. Stacey Plaskett of the Virgin Islands.'
    people = extract_people(body)
    (quote,) = extract_quotes(body, people)
    assert quote.person is not None and people[quote.person].name == "Stacey Plaskett"

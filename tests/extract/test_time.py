"""Tests for the rule-based DATE extractor, on small hand-written sentences with fixed dates."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest

from dataset_tools.extract.time import extract_time_expressions

TUE = date(2023, 6, 20)  # a Tuesday, ISO week 25


def _one(body: str, text: str, published: date = TUE) -> tuple[str, str]:
    """Value and precision of the single expression whose text is `text`, checking its offsets."""
    found = [e for e in extract_time_expressions(body, published) if e.text == text]
    assert len(found) == 1, (text, extract_time_expressions(body, published))
    e = found[0]
    assert e.start == body.index(text)
    assert e.end == e.start + len(text)
    assert body[e.start:e.end] == e.text
    return e.value, e.precision


@pytest.mark.parametrize(
    ("body", "text", "value", "precision"),
    [
        # Weekdays: the publication day itself, then past and future by the tense of the sentence.
        ("She spoke at a press conference in London on Tuesday.", "Tuesday", "2023-06-20", "day"),
        ("The minister met officials on Friday.", "Friday", "2023-06-16", "day"),
        ("The minister will meet officials on Friday.", "Friday", "2023-06-23", "day"),
        ("He said Monday that the plan was dead.", "Monday", "2023-06-19", "day"),
        ("The trial is set to begin on Thursday.", "Thursday", "2023-06-22", "day"),
        ("Talks resumed Friday morning in Geneva.", "Friday morning", "2023-06-16", "day"),
        ("They would appeal Wednesday's ruling.", "Wednesday", "2023-06-14", "day"),
        ("The leaders will meet on Friday, officials said.", "Friday", "2023-06-23", "day"),
        ("On Sunday, the White House said it would push ahead.", "Sunday", "2023-06-18", "day"),
        ("He told NBC's \"Meet the Press\" on Sunday that he would run.", "Sunday", "2023-06-18", "day"),
        ("The committee meets Thursday to vote on the bill.", "Thursday", "2023-06-22", "day"),
        ("As late as Monday, polls showed a tie.", "Monday", "2023-06-19", "day"),
        ("In an interview to be aired on Sunday, he said he would run.", "Sunday", "2023-06-25", "day"),
        ("Polls tightened ahead of Thursday's vote.", "Thursday", "2023-06-22", "day"),
        ("On Friday, when she set aside her plans for a trip, he left.", "Friday", "2023-06-16", "day"),
        ("The families were given until 9 a.m. Friday to respond.", "Friday", "2023-06-23", "day"),
        ("The ministers met last Wednesday.", "last Wednesday", "2023-06-14", "day"),
        ("They will meet next Monday.", "next Monday", "2023-06-26", "day"),
        # Deictic days.
        ("The report was published today.", "today", "2023-06-20", "day"),
        ("The report was published yesterday.", "yesterday", "2023-06-19", "day"),
        ("The report will be published tomorrow.", "tomorrow", "2023-06-21", "day"),
        ("Rain fell overnight and again this morning.", "this morning", "2023-06-20", "day"),
        ("Protesters gathered last night outside parliament.", "last night", "2023-06-19", "day"),
        # Weeks, months, years relative to the publication date.
        ("Prices rose last week.", "last week", "2023-W24", "week"),
        ("Prices rose this week.", "this week", "2023-W25", "week"),
        ("The vote is next week.", "next week", "2023-W26", "week"),
        ("Prices rose earlier this month.", "earlier this month", "2023-06", "month"),
        ("Prices rose last month.", "last month", "2023-05", "month"),
        ("An election is due next year.", "next year", "2024", "year"),
        ("Growth slowed this year.", "this year", "2023", "year"),
        ("Growth slowed last year.", "last year", "2022", "year"),
        ("Prices have doubled in the past year.", "the past year", "2022", "year"),
        # Explicit dates.
        ("The law passed in 2021.", "2021", "2021", "year"),
        ("Columbus sailed in 1492.", "1492", "1492", "year"),
        ("The deal was signed on June 20, 2023, in Paris.", "June 20, 2023", "2023-06-20", "day"),
        ("The deal was signed on 20 June in Paris.", "20 June", "2023-06-20", "day"),
        ("The deal was signed on Monday, June 19, in Paris.", "Monday, June 19", "2023-06-19", "day"),
        ("The deal was signed on the 3rd of May 2019.", "the 3rd of May 2019", "2019-05-03", "day"),
        ("The file is dated 2023-06-01.", "2023-06-01", "2023-06-01", "day"),
        ("Published 2023-06-01T10:32:00Z by staff.", "2023-06-01T10:32:00Z", "2023-06-01", "day"),
        ("Updated 10:32 AM ET, Tue June 20, 2023", "Tue June 20, 2023", "2023-06-20", "day"),
        ("Revenue rose in FY23.", "FY23", "2023", "year"),
        ("H1 2023 results were strong.", "H1 2023", "2023-H1", "unknown"),
        ("Profit rose in Q2 2022.", "Q2 2022", "2022-Q2", "quarter"),
        ("Sales fell in March.", "March", "2023-03", "month"),
        ("A September poll found a tie.", "September", "2022-09", "month"),
        ("As recently as January, Obama faced defeat.", "January", "2023-01", "month"),
        ("Sales will be reviewed in September.", "September", "2023-09", "month"),
        ("The company was founded in October 1997.", "October 1997", "1997-10", "month"),
        ("Stocks peaked in mid-November.", "mid-November", "2022-11", "month"),
        ("The plant closes at the end of 2024.", "the end of 2024", "2024", "year"),
        ("Output will recover in early 2024.", "early 2024", "2024", "year"),
        # Decades and centuries.
        ("The band was famous in the 1990s.", "the 1990s", "199", "decade"),
        ("The band was famous in the late 1980s.", "the late 1980s", "198", "decade"),
        ("Cars of the '70s were boxy.", "the '70s", "197", "decade"),
        ("It was the bloodiest war of the 20th century.", "the 20th century", "19", "century"),
        ("A 19th-century mill burned.", "19th-century", "18", "century"),
        # Vague references.
        ("Tensions have grown in recent months.", "recent months", "PAST_REF", "unknown"),
        ("She recently moved to Leeds.", "recently", "PAST_REF", "unknown"),
        ("Such deals failed in the past, officials said.", "the past", "PAST_REF", "unknown"),
        ("The party is now in opposition.", "now", "PRESENT_REF", "unknown"),
        ("The party currently holds 40 seats.", "currently", "PRESENT_REF", "unknown"),
        ("The plan is fragile for the future.", "the future", "FUTURE_REF", "unknown"),
        ("The minister will decide soon.", "soon", "FUTURE_REF", "unknown"),
        ("In today's world, prices rise.", "today", "PRESENT_REF", "unknown"),
        # Quarters, halves, offsets.
        ("Profit rose in the first quarter.", "the first quarter", "2023-Q1", "quarter"),
        ("Profit rose in the third quarter of 2021.", "the third quarter of 2021", "2021-Q3", "quarter"),
        ("Third-quarter profit rose.", "Third-quarter", "2023-Q3", "quarter"),
        ("Profit will rise in the second half of the year.", "the second half of the year", "2023-H2",
         "unknown"),
        ("The firm was founded two years ago.", "two years ago", "2021", "year"),
        ("The firm was founded three days ago.", "three days ago", "2023-06-17", "day"),
        ("The firm was founded five months ago.", "five months ago", "2023-01", "month"),
        ("The firm was founded a few years ago.", "a few years ago", "PAST_REF", "unknown"),
        ("The town was founded 100 years ago.", "100 years ago", "1923", "year"),
        ("Fashions of the 70s and 80s returned.", "the 70s", "197", "decade"),
        ("The ruling of 6/20/23 stands.", "6/20/23", "2023-06-20", "day"),
        # Seasons and holidays.
        ("The bill stalled last fall.", "last fall", "2022-FA", "quarter"),
        ("The bill will be debated this summer.", "this summer", "2023-SU", "quarter"),
        ("The bill will be debated in the autumn.", "the autumn", "2023-FA", "quarter"),
        ("The bill was debated in winter 2019.", "winter 2019", "2019-WI", "quarter"),
        ("Shops expect record sales at Christmas.", "Christmas", "2023-12-25", "day"),
        ("Turnout was high on Election Day 2020.", "Election Day 2020", "2020-11-03", "day"),
    ],
)
def test_constructions(body: str, text: str, value: str, precision: str) -> None:
    assert _one(body, text) == (value, precision)


def test_weekday_from_monday_story() -> None:
    # A Monday publication reporting the weekend and the previous Friday.
    mon = date(2023, 6, 19)
    body = "Police said on Sunday that the suspect had fled on Friday."
    assert _one(body, "Sunday", mon) == ("2023-06-18", "day")
    assert _one(body, "Friday", mon) == ("2023-06-16", "day")


@pytest.mark.parametrize(
    ("body", "published", "value"),
    [
        ("Protests spread over the weekend.", date(2023, 6, 19), "2023-W24-WE"),  # Monday: just gone
        ("Protests will be held at the weekend.", date(2023, 6, 22), "2023-W25-WE"),  # Thursday: coming
        ("Protests are planned for this weekend.", date(2023, 6, 19), "2023-W25-WE"),
        ("Protests took place last weekend.", date(2023, 6, 24), "2023-W24-WE"),
    ],
)
def test_weekends(body: str, published: date, value: str) -> None:
    (e,) = extract_time_expressions(body, published)
    assert (e.value, e.precision) == (value, "week")


def test_month_day_year_inference_near_new_year() -> None:
    # A January story: "Dec. 28" is last December even without tense cues, "Jan. 14" this January.
    jan = date(2000, 1, 7)
    body = "The ruling of Dec. 28 gives the family until Jan. 14 to comply."
    assert _one(body, "Dec. 28", jan) == ("1999-12-28", "day")
    assert _one(body, "Jan. 14", jan) == ("2000-01-14", "day")


def test_year_earlier_after_a_quarter() -> None:
    # In a results story "a year earlier" compares with the quarter just named.
    body = "Profit in the third quarter rose to $5 million from $4 million a year earlier."
    assert _one(body, "the third quarter", date(2023, 10, 26)) == ("2023-Q3", "quarter")
    assert _one(body, "a year earlier", date(2023, 10, 26)) == ("2022-Q3", "quarter")


def test_anaphoric_references_use_the_last_date_named() -> None:
    body = "He fled to Florida in June 1998 and returned later that year. The following month he was jailed."
    assert _one(body, "later that year") == ("1998", "year")
    assert _one(body, "The following month") == ("1998-07", "month")
    body = "Profit for 1986 rose to $163 million from $133 million the previous year."
    assert _one(body, "the previous year", date(1987, 3, 5)) == ("1985", "year")
    body = "Sales hit $20 billion in 2009, $1 billion more than the year before."
    assert _one(body, "the year before") == ("2008", "year")
    body = "In January 1998, he was accused. In August of that year, he testified before a grand jury."
    assert _one(body, "August of that year") == ("1998-08", "month")
    assert extract_time_expressions("In August of that year, he testified.", TUE) == []  # no year named
    # With no date named before it, "the next year" is read against the publication date.
    assert _one("No vaccine is expected for the next year or so.", "the next year") == ("2024", "year")
    # Without an anchor there is nothing to resolve "that day" to, so it is left out.
    assert extract_time_expressions("He remembers that day well.", TUE) == []


def test_that_month_or_season_is_in_the_year_last_named() -> None:
    body = ("He ran the campaign in the summer of 2016, and he attended the meeting at Trump Tower that June. "
            "That winter he left.")
    assert _one(body, "June", date(2018, 9, 14)) == ("2016-06", "month")
    assert _one(body, "winter", date(2018, 9, 14)) == ("2016-WI", "quarter")
    # Next to the date last named: the February after a December, unless the one before is much nearer.
    body = "The inquiry began in December 2016. He resigned that February."
    assert _one(body, "February", date(2018, 9, 14)) == ("2017-02", "month")
    body = "The inquiry began on Dec. 5, 2016. That spring he left."
    assert _one(body, "spring", date(2018, 9, 14)) == ("2017-SP", "quarter")
    body = "The inquiry began in March 2016. That February it had been only a rumour."
    assert _one(body, "February", date(2018, 9, 14)) == ("2016-02", "month")
    # With no year named before it, "that June" falls back to the tense and the publication date.
    assert _one("He attended the meeting that June.", "June", date(2018, 9, 14)) == ("2018-06", "month")
    # "that" as a conjunction before a bare season is no date at all.
    assert extract_time_expressions("He said that winter came early.", TUE) == []


def test_market_report_the_day() -> None:
    body = "The index fell 3% on Monday to end the day at 7,114."
    wed = date(2009, 2, 25)
    assert _one(body, "Monday", wed) == ("2009-02-23", "day")
    assert _one(body, "the day", wed) == ("2009-02-23", "day")


@pytest.mark.parametrize(
    "body",
    [
        "Theresa May said the deal was dead.",
        "June Carter sang on stage.",
        "May I ask a question?",
        "She may 5 times have tried.",
        "More than 2,000 people attended.",
        "About 2000 people attended.",
        "Some 1500 troops arrived.",
        "The Russell 2000 index fell.",
        "The fall of the Berlin Wall changed Europe.",
        "Prices continued to fall sharply.",
        "The Arab Spring began in Tunisia.",
        "He is in his seventies.",
        "Call 555-2011 for tickets.",
        "Revs 2009 mln vs 1998 mln.",
        "Shr 1.20 dlrs vs 1.05 dlrs, net 12,345,000 vs 11,234,000 on 14 15 16.",
        "He scored 1999 points in his career.",
        "He will leave as soon as possible.",
        "It was the worst fall since the September 11, 2001, terrorist attacks.",
    ],
)
def test_no_false_positives(body: str) -> None:
    assert extract_time_expressions(body, TUE) == []


def test_sorted_non_overlapping_and_deterministic() -> None:
    body = (
        "On Tuesday, June 20, 2023, the minister said talks held last week and in May had failed. "
        "He will return next month, and the 1990s are long gone."
    )
    first = extract_time_expressions(body, TUE)
    assert first == extract_time_expressions(body, TUE)
    assert [e.start for e in first] == sorted(e.start for e in first)
    assert all(a.end <= b.start for a, b in pairwise(first))
    assert all(body[e.start:e.end] == e.text for e in first)
    texts = ["Tuesday, June 20, 2023", "last week", "May", "next month", "the 1990s"]
    assert [e.text for e in first] == texts
    assert [e.value for e in first] == ["2023-06-20", "2023-W24", "2023-05", "2023-07", "199"]


def test_non_ascii_body_keeps_offsets() -> None:
    # "İ" lower-cases to two characters; offsets must still index the original body.
    body = "İstanbul talks ended on Friday."
    (e,) = extract_time_expressions(body, TUE)
    assert body[e.start:e.end] == "Friday" and e.value == "2023-06-16"


def test_empty_body() -> None:
    assert extract_time_expressions("", TUE) == []


def _brute_force(body: str, published: date) -> list[tuple[int, int, str]]:
    """The rules tried at every position (no trigger pre-filter): what the fast scan must reproduce."""
    from dataset_tools.extract import time as t

    ctx = t._Ctx(body, published)
    text = body.lower()
    out, pos = [], 0
    while (m := t._MASTER.search(text, pos)) is not None:
        res = t._HANDLERS[m.lastgroup](ctx, m) if m.lastgroup else None
        if res is None:
            pos = m.start() + 1
            continue
        out.append((m.start(), m.end(), res[0]))
        pos = m.end()
    return out


def test_trigger_scan_reaches_every_rule() -> None:
    # Every sentence of the construction table, run both ways: a rule whose words are missing from
    # the trigger or start-word lists would be found by brute force only.
    sentences = [case[0] for case in test_constructions.pytestmark[0].args[1]]  # type: ignore[attr-defined]
    for body in sentences:
        fast = [(e.start, e.end, e.value) for e in extract_time_expressions(body, TUE)]
        assert fast == _brute_force(body, TUE), body


def test_case_insensitive_fallback_agrees() -> None:
    # A body whose lower-cased form changes length ("İ") is matched case-insensitively on the
    # original text instead; the results must be the same, shifted by the prefix.
    sentences = [case[0] for case in test_constructions.pytestmark[0].args[1]]  # type: ignore[attr-defined]
    sentences.append("The crash of nineteen ninety-six was the worst.")
    for body in sentences:
        plain = [(e.start + 2, e.end + 2, e.value) for e in extract_time_expressions(body, TUE)]
        shifted = [(e.start, e.end, e.value) for e in extract_time_expressions("İ " + body, TUE)]
        assert plain == shifted, body


def test_same_period_refers_to_the_month_just_named() -> None:
    mar = date(2024, 3, 4)
    body = "Car sales fell 20% in February compared with the same month a year ago."
    assert _one(body, "the same month a year ago", mar) == ("2023-02", "month")
    body = "Exports rose 5% in February compared to the same period last year."
    assert _one(body, "the same period last year", mar) == ("2023-02", "month")
    # Without a month named, the same month a year ago is the publication month a year back.
    assert _one("Prices are up on the same month a year ago.", "the same month a year ago", mar) == (
        "2023-03", "month")


def test_whole_year_after_a_part_of_it() -> None:
    body = "The firm lost $2 billion in the fourth quarter of 2023 and $5 billion for the entire year."
    assert _one(body, "the entire year", date(2024, 1, 26)) == ("2023", "year")
    # A target year named earlier is not the year being reported on.
    body = "It aims to lead the market by 2027 and forecast higher profit for the full year."
    assert _one(body, "the full year", date(2024, 1, 26)) == ("2024", "year")


@pytest.mark.parametrize(
    ("body", "text", "value", "precision"),
    [
        ("Sales should pick up this quarter.", "this quarter", "2023-Q2", "quarter"),
        ("Margins have slipped over the past several quarters.", "the past several quarters", "PAST_REF",
         "unknown"),
        ("Tax credits will cut payments in future quarters.", "future quarters", "FUTURE_REF", "unknown"),
        ("That does not bode well for coming quarters.", "coming quarters", "FUTURE_REF", "unknown"),
        ("Demand will stay weak through the first two quarters of 2024.", "the first two quarters of 2024",
         "2024-H1", "unknown"),
    ],
)
def test_quarter_phrases(body: str, text: str, value: str, precision: str) -> None:
    assert _one(body, text) == (value, precision)


def test_this_quarter_in_a_results_story() -> None:
    # Published in November, reporting the third quarter: "this quarter's loss" is the quarter reported.
    body = "The firm lost $3 million in the third quarter. This quarter's loss includes a charge."
    assert _one(body, "This quarter", date(2023, 11, 1)) == ("2023-Q3", "quarter")
    assert extract_time_expressions("Costs rose in this period.", TUE) == []


def test_second_day_of_a_coordination() -> None:
    body = "The summit meets on April 24 and 25 in Washington."
    found = [(e.text, e.value) for e in extract_time_expressions(body, TUE)]
    assert found == [("April 24", "2023-04-24"), ("25", "2023-04-25")]
    body = "The festival runs June 5-7, organisers said."
    assert [(e.text, e.value) for e in extract_time_expressions(body, TUE)] == [
        ("June 5", "2023-06-05"), ("7", "2023-06-07")]
    # Not a day: a share of something, or a smaller number than the first day.
    assert [e.text for e in extract_time_expressions("On June 5 and 20% of voters stayed home.", TUE)] == ["June 5"]
    assert [e.text for e in extract_time_expressions("On June 15 and 3 other days it rained.", TUE)] == ["June 15"]
    assert [e.text for e in extract_time_expressions("Polls open on June 5 to 9 pm.", TUE)] == ["June 5"]


@pytest.mark.parametrize(
    ("body", "text", "value"),
    [
        ("A hearing is expected the week of July 10.", "the week of July 10", "2023-W28"),
        ("Sales rebounded in the last week of March.", "the last week of March", "2023-W13"),
        ("Talks began in the first week of May 2021.", "the first week of May 2021", "2021-W18"),
    ],
)
def test_weeks_of_a_month(body: str, text: str, value: str) -> None:
    assert _one(body, text) == (value, "week")


@pytest.mark.parametrize(
    ("body", "text", "value"),
    [
        ("Most voters probably won't go to the polls on Friday.", "Friday", "2023-06-23"),
        # "a scheduled payday" still looks ahead.
        ("Friday is a scheduled payday for federal workers.", "Friday", "2023-06-23"),
        # "next to" is a place; "were planning to" looks ahead past the auxiliary.
        ("Two people were hurt in the blast next to the station on Friday.", "Friday", "2023-06-16"),
        ("Fans planned a march on Saturday and were planning to rally on Monday.", "Saturday", "2023-06-24"),
        # a clause after "but" has a tense of its own
        ("The president squeezed in a visit to his regional headquarters Sunday night, but was planning a call.",
         "Sunday night", "2023-06-18"),
        # Clock words between verb and weekday do not weaken the verb.
        ("\"He will fly out at 4 in the morning (4 a.m. EDT Thursday),\" the minister said.",
         "Thursday", "2023-06-22"),
        # "Until" opening a sentence: the clause decides.
        ("Until Friday, police had not named him as a suspect.", "Friday", "2023-06-16"),
        ("The office is closed until Friday.", "Friday", "2023-06-23"),
        # "before Friday's ..." follows the sentence, "ahead of" always looks ahead.
        ("Its share before Friday's purchase was far below that of rivals.", "Friday", "2023-06-16"),
        ("Polls will close before Friday's count.", "Friday", "2023-06-23"),
    ],
)
def test_weekday_tense_cues(body: str, text: str, value: str) -> None:
    assert _one(body, text) == (value, "day")


def test_since_marks_a_past_starting_point() -> None:
    may = date(2023, 5, 6)
    body = "Police have hunted him since shortly after the Oct. 23 killing."
    assert _one(body, "Oct. 23", may) == ("2022-10-23", "day")
    # Causal "since" before a pronoun says nothing about the time.
    body = "Since they will vote on Oct. 23, the result is open."
    assert _one(body, "Oct. 23", may) == ("2023-10-23", "day")


def test_season_as_attribute_after_a_possessive() -> None:
    oct_ = date(2023, 10, 16)
    assert _one("The fund and the bank held their Autumn meetings.", "Autumn", oct_) == ("2023-FA", "quarter")
    assert _one("The Senate returned from its summer recess.", "summer", oct_) == ("2023-SU", "quarter")
    for body in ("They stayed at their summer home.", "Its spring was broken.", "Their fall was swift."):
        assert extract_time_expressions(body, oct_) == [], body


@pytest.mark.parametrize(
    ("body", "text", "value", "precision"),
    [
        ("January nineteen ninety-seven. A bomb went off.", "January nineteen ninety-seven", "1997-01", "month"),
        ("It began in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1994-WI",
         "quarter"),
        ("In March two thousand and one the law changed.", "March two thousand and one", "2001-03", "month"),
    ],
)
def test_spoken_years_after_months_and_seasons(body: str, text: str, value: str, precision: str) -> None:
    assert _one(body, text) == (value, precision)


def test_programme_titles_are_not_dates() -> None:
    body = 'The senator said on ABC\'s "This Week" that talks would resume.'
    assert extract_time_expressions(body, TUE) == []
    found = extract_time_expressions("He watched the show Last Week Tonight.", TUE)
    assert "Last Week" not in [e.text for e in found]
    # A sentence opening with title case is still a date.
    assert _one("Talks stalled. Last Month the firm bid again.", "Last Month") == ("2023-05", "month")


@pytest.mark.parametrize(
    ("body", "text", "value"),
    [
        ("Rates have fallen in the last few months.", "the last few months", "PAST_REF"),
        ("Experts say the city will one day flood.", "one day", "FUTURE_REF"),
    ],
)
def test_vague_references(body: str, text: str, value: str) -> None:
    assert _one(body, text) == (value, "unknown")


def test_one_day_without_a_modal_is_not_the_future() -> None:
    assert [e.text for e in extract_time_expressions("One day later, it rained.", TUE)] == []
    assert [e.text for e in extract_time_expressions("It will take one day to fix.", TUE)] == []


def test_until_then_refers_to_the_date_just_named() -> None:
    body = "The rights expire on Nov. 30. Until then, holders may convert."
    assert _one(body, "then", date(2023, 10, 30)) == ("2023-11-30", "day")
    body = "A price must be agreed by June 10. If not agreed by that time, the buyer pays more."
    assert _one(body, "that time", date(2023, 5, 29)) == ("2023-06-10", "day")
    # No date named before it: "by then" points at an event.
    assert extract_time_expressions("By then the ads had done their damage.", TUE) == []
    assert extract_time_expressions("Since then, prices have risen.", TUE) == []


@pytest.mark.parametrize(
    ("body", "text", "value", "precision"),
    [
        ("Revenue rose 4% in the quarter to $2.3 billion.", "the quarter", "2023-Q1", "quarter"),
        ("The March elections were postponed.", "March", "2023-03", "month"),
        ("The post-1959 politics split families.", "post-1959", "1959", "year"),
    ],
)
def test_quarters_march_attributes_and_prefixed_years(body: str, text: str, value: str, precision: str) -> None:
    assert _one(body, text) == (value, precision)


def test_that_quarter_is_the_quarter_under_discussion() -> None:
    body = "Profit fell in the third quarter, which ended Sept. 30. Results for that quarter included a charge."
    assert _one(body, "that quarter", date(2023, 10, 27)) == ("2023-Q3", "quarter")
    assert extract_time_expressions("The March on Washington drew crowds.", TUE) == []


def test_holiday_tense_only_within_reach() -> None:
    # Three days before Christmas, a past-tense sentence still means this Christmas.
    body = "Last week the studio canceled the Christmas Day release of the film."
    assert _one(body, "Christmas Day", date(2023, 12, 22)) == ("2023-12-25", "day")
    assert _one("Sales were strong at Christmas.", "Christmas", date(2023, 3, 1)) == ("2022-12-25", "day")


def test_was_scheduled_looks_ahead() -> None:
    sat = date(2023, 6, 24)
    assert _one("On Tuesday, he was scheduled to appear in court.", "Tuesday", sat) == ("2023-06-27", "day")


def test_easter_week_is_the_week_ending_on_easter_sunday() -> None:
    assert _one("Protesters prayed as Easter week began.", "Easter week", date(2024, 3, 25)) == ("2024-W13", "week")
    assert _one("Pilgrims came for Holy Week 2019.", "Holy Week 2019") == ("2019-W16", "week")


def test_the_day_before_or_after_a_date() -> None:
    thu = date(2024, 2, 22)
    assert _one("The day before last Tuesday's hearing, he left.", "The day before last Tuesday", thu) == (
        "2024-02-19", "day")
    assert _one("Shops reopen the day after Christmas.", "the day after Christmas", date(2023, 12, 1)) == (
        "2023-12-26", "day")
    assert [e.text for e in extract_time_expressions("Every day before Monday counts.", thu)] == ["Monday"]


@pytest.mark.parametrize(
    ("body", "text", "value"),
    [
        ("If the party wins on Thursday, taxes will rise.", "Thursday", "2023-06-22"),
        ("A new fight looms if the opposition takes the House in November.", "November", "2023-11"),
        # A past-tense condition, a hedge and an indirect question are not about the future.
        ("If he was there on Friday, nobody saw him.", "Friday", "2023-06-16"),
        ("He doubled down, if not tripled down, on his claim Friday.", "Friday", "2023-06-16"),
        ("Watch to see if the row about his remark on Sunday goes on.", "Sunday", "2023-06-18"),
    ],
)
def test_conditional_clauses_look_ahead(body: str, text: str, value: str) -> None:
    assert _one(body, text)[0] == value


@pytest.mark.parametrize(
    ("body", "value"),
    [
        # a participle after "gets" or coordinated with one after an auxiliary is no past tense
        ("Anybody who gets re-elected or elected in November will face a crisis.", "2024-11"),
        ("Anybody who gets elected in November will face a crisis.", "2024-11"),
        ("He was arrested and charged in November.", "2023-11"),
    ],
)
def test_a_participle_after_an_auxiliary_and_its_coordinate_carry_no_tense(body: str, value: str) -> None:
    assert _one(body, "November", date(2024, 2, 1))[0] == value


def test_a_present_tense_journey_with_a_weekday_is_ahead() -> None:
    assert _one("He travels to Norfolk on Thursday to announce new funding.", "Thursday", date(2024, 2, 3)) == (
        "2024-02-08", "day")

"""Events extractor on small hand-written texts, with people/quotes/time records built by hand.

The records are made here rather than by the other extractors so these tests pin down the events
rules alone.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dataset_tools.extract.events import CAMEO_CODES, EVENT_TYPES, extract_events
from dataset_tools.extract.records import (
    EVENT_STATUSES,
    PARTICIPANT_ROLES,
    Event,
    Mention,
    PersonEntity,
    Quote,
    TimeExpression,
)

PUB = date(2024, 3, 6)  # a Wednesday


def person(body: str, name: str, *forms: str) -> PersonEntity:
    """A person with a mention at every occurrence of each surface form (whole words)."""
    mentions = [
        Mention(m.start(), m.end(), m.group(), "name" if f == name else "surname")
        for f in (name, *forms)
        for m in re.finditer(rf"(?<!\w){re.escape(f)}(?!\w)", body)
    ]
    # a longer form wins over a shorter one found inside it ("Jane Doe" over "Doe")
    mentions.sort(key=lambda x: (x.start, -x.end))
    kept: list[Mention] = []
    for m in mentions:
        if not kept or m.start >= kept[-1].end:
            kept.append(m)
    return PersonEntity(name=name, mentions=kept)


def timex(body: str, text: str, value: str, precision: str) -> TimeExpression:
    i = body.index(text)
    return TimeExpression(i, i + len(text), text, value, precision)


def quote(body: str, text: str, speaker: int | None) -> Quote:
    i = body.index(text)
    return Quote(i, i + len(text), text, "partial", None, None, None, speaker, "said", "unknown", 0.5)


def run(body: str, people: list[PersonEntity], times: list[TimeExpression] | None = None,
        quotes: list[Quote] | None = None) -> list[Event]:
    events = extract_events(body, PUB, people, quotes or [], sorted(times or [], key=lambda t: t.start))
    for e in events:  # every row respects the contract
        assert e.event_type in EVENT_TYPES
        assert e.status in EVENT_STATUSES
        assert body[e.trigger_start:e.trigger_end] == e.trigger_text
        assert all(role in PARTICIPANT_ROLES for _, role in e.participants)
    return events


def names(e: Event, people: list[PersonEntity]) -> dict[str, str]:
    return {people[i].name: role for i, role in e.participants}


def roles_by_trigger(body: str, *who: str) -> dict[str, dict[str, str]]:
    """Each event's trigger text -> its participants' roles, the named being people (and "on Monday" a date)."""
    people = [person(body, name) for name in who]
    times = [timex(body, "on Monday", "2024-03-04", "day")] if "on Monday" in body else []
    return {e.trigger_text: names(e, people) for e in run(body, people, times)}


def test_vocabulary_is_small_and_mapped_to_cameo() -> None:
    assert len(EVENT_TYPES) <= 20
    assert set(CAMEO_CODES) == set(EVENT_TYPES)


def test_meeting_with_date_place_and_co_participants() -> None:
    body = "Jane Doe met John Roe in Paris on Monday to discuss the harbour project."
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    [e] = run(body, people, [timex(body, "on Monday", "2024-03-04", "day")])
    assert (e.event_type, e.status, e.trigger_text) == ("meeting", "occurred", "met")
    assert (e.date_value, e.date_precision, e.date_source, e.time_expression) == (
        "2024-03-04", "day", "time_expression", 0)
    assert e.location == "Paris"
    assert e.cameo_code == "040"
    assert names(e, people) == {"Jane Doe": "co-participant", "John Roe": "co-participant"}


def test_status_planned_negated_possible_ongoing() -> None:
    cases = {
        "Jane Doe will visit Berlin next month.": "planned",
        "Jane Doe is to meet John Roe.": "planned",
        "Jane Doe did not meet John Roe.": "negated",
        "Jane Doe refused to meet John Roe.": "negated",
        "John Roe has never visited Jane Doe.": "negated",
        "Jane Doe could meet John Roe.": "possible",
        "Jane Doe is looking at options for a potential visit to Rome.": "possible",
        "Jane Doe is visiting Madrid.": "ongoing",
        "Jane Doe visited Madrid.": "occurred",
    }
    for body, status in cases.items():
        people = [person(body, "Jane Doe"), person(body, "John Roe")]
        events = run(body, people)
        assert [e.status for e in events] == [status], body


def test_future_date_makes_an_occurred_reading_planned() -> None:
    body = "Jane Doe meets John Roe on Friday."
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    [e] = run(body, people, [timex(body, "on Friday", "2024-03-08", "day")])
    assert (e.status, e.date_value, e.cameo_code) == ("planned", "2024-03-08", "036")


def test_relative_event_date_from_the_anchor() -> None:
    body = ("Jane Doe held talks with John Roe in Oslo on Tuesday, two days after John Roe met "
            "Max Mustermann.")
    people = [person(body, "Jane Doe"), person(body, "John Roe"), person(body, "Max Mustermann")]
    events = run(body, people, [timex(body, "on Tuesday", "2024-03-05", "day")])
    assert len(events) == 2
    talks, met = events
    assert (talks.trigger_text, talks.date_value, talks.date_source) == (
        "talks", "2024-03-05", "time_expression")
    assert names(talks, people) == {"Jane Doe": "co-participant", "John Roe": "co-participant"}
    assert (met.trigger_text, met.date_value, met.date_precision, met.date_source) == (
        "met", "2024-03-03", "day", "relative_event")
    assert names(met, people) == {"John Roe": "co-participant", "Max Mustermann": "co-participant"}


def test_coreferent_mentions_merge_into_one_event() -> None:
    body = ("Jane Doe met John Roe in Vienna on Monday.\n\n"
            "The meeting with Mr Roe lasted two hours, officials said.\n\n"
            "Ms Doe also met Max Mustermann.")
    people = [person(body, "Jane Doe", "Ms Doe"), person(body, "John Roe", "Mr Roe"),
              person(body, "Max Mustermann")]
    events = run(body, people, [timex(body, "on Monday", "2024-03-04", "day")])
    assert [(e.trigger_text, e.date_value) for e in events] == [("met", "2024-03-04"), ("met", None)]
    assert set(names(events[0], people)) == {"Jane Doe", "John Roe"}
    assert set(names(events[1], people)) == {"Jane Doe", "Max Mustermann"}


def test_different_dates_are_different_events() -> None:
    body = "Jane Doe met John Roe in 2019. Jane Doe met John Roe again in 2022."
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    times = [timex(body, "2019", "2019", "year"), timex(body, "2022", "2022", "year")]
    assert [e.date_value for e in run(body, people, times)] == ["2019", "2022"]


def test_passive_accusation_links_its_quote() -> None:
    body = "Last week, John Roe was accused of being a “traitor” by Jane Doe."
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    quotes = [quote(body, "traitor", 0)]
    [e] = run(body, people, [timex(body, "Last week", "2024-W09", "week")], quotes)
    assert (e.event_type, e.status, e.date_value, e.date_precision) == (
        "accusation", "occurred", "2024-W09", "week")
    assert names(e, people) == {"John Roe": "target", "Jane Doe": "source"}
    assert e.quote == 0
    assert e.cameo_code == "112"


def test_what_someone_says_is_not_an_event() -> None:
    body = "Jane Doe said the economy was “strong”. “We met John Roe and we agreed a plan,” she said."
    people = [person(body, "Jane Doe", "she"), person(body, "John Roe")]
    assert run(body, people, quotes=[quote(body, "We met John Roe and we agreed a plan,", 0)]) == []


def test_agreeing_with_an_opinion_is_not_an_agreement() -> None:
    body = "Jane Doe agreed with John Roe about the weather."
    assert run(body, [person(body, "Jane Doe"), person(body, "John Roe")]) == []


def test_possessive_trip_with_destination_and_month() -> None:
    body = "Trade was on the agenda of Jane Doe's trip to Tokyo earlier this month."
    people = [person(body, "Jane Doe")]
    [e] = run(body, people, [timex(body, "earlier this month", "2024-03", "month")])
    assert (e.event_type, e.status, e.location, e.date_value) == ("visit", "occurred", "Tokyo", "2024-03")
    assert names(e, people) == {"Jane Doe": "source"}
    assert e.cameo_code == "042"


def test_passive_ban_with_year() -> None:
    body = "It came after John Roe was banned from entering the country in 2019."
    people = [person(body, "John Roe")]
    [e] = run(body, people, [timex(body, "2019", "2019", "year")])
    assert (e.event_type, e.status, e.date_value, e.date_precision) == ("ban", "occurred", "2019", "year")
    assert names(e, people) == {"John Roe": "target"}


def test_joint_press_conference_is_a_meeting() -> None:
    body = ("Speaking alongside John Roe at a press conference in Rome on Monday, Jane Doe praised the "
            "deal.\n\nMs Doe held talks with Mr Roe before the press conference.")
    people = [person(body, "Jane Doe", "Ms Doe"), person(body, "John Roe", "Mr Roe")]
    [e] = run(body, people, [timex(body, "on Monday", "2024-03-04", "day")])
    assert (e.event_type, e.location, e.date_value) == ("meeting", "Rome", "2024-03-04")
    assert names(e, people) == {"Jane Doe": "co-participant", "John Roe": "co-participant"}


def test_agreement_with_coordinated_clause_date() -> None:
    body = "Jane Doe flew to Ottawa earlier this month, when she agreed a new partnership with John Roe."
    people = [person(body, "Jane Doe", "she"), person(body, "John Roe")]
    events = run(body, people, [timex(body, "earlier this month", "2024-03", "month")])
    visit, deal = events
    assert (visit.event_type, visit.location, visit.date_value) == ("visit", "Ottawa", "2024-03")
    assert (deal.event_type, deal.date_value) == ("agreement", "2024-03")
    assert names(deal, people) == {"Jane Doe": "co-participant", "John Roe": "co-participant"}


def test_publication_date_only_for_lead_reports() -> None:
    body = ("Jane Doe has resigned as chair of the committee. John Roe was arrested in his home.\n\n"
            "John Roe criticised the board.")
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    lead, arrest, later = run(body, people)
    # a simple past without a date may be background: only the present perfect is dated by publication
    assert (arrest.event_type, arrest.date_value) == ("arrest", None)
    assert (lead.event_type, lead.date_value, lead.date_precision, lead.date_source) == (
        "resignation", "2024-03-06", "day", "publication")
    assert names(lead, people) == {"Jane Doe": "source"}
    assert (later.event_type, later.date_value, later.date_source) == ("criticism", None, None)


def test_appeal_with_target_and_source() -> None:
    body = "Later, Jane Doe called on John Roe to withdraw the remark."
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    [e] = run(body, people)
    assert e.event_type == "appeal"
    assert names(e, people) == {"Jane Doe": "source", "John Roe": "target"}


def test_vague_mention_without_people_date_or_place_is_dropped() -> None:
    body = "The plan drew criticism from critics."
    assert run(body, []) == []


def test_names_containing_trigger_words_are_not_triggers() -> None:
    body = "Jane Doe praised the Paris Agreement and the Summit Street project."
    assert run(body, [person(body, "Jane Doe")]) == []


def test_empty_inputs() -> None:
    assert extract_events("", PUB, [], [], []) == []
    assert extract_events("Nothing happened here.", PUB, [], [], []) == []


def test_support_verbs_link_a_noun_to_its_subject() -> None:
    body = "John Roe faced criticism from Jane Doe. Max Mustermann paid a visit to Lisbon."
    people = [person(body, "Jane Doe"), person(body, "John Roe"), person(body, "Max Mustermann")]
    criticism, visit = run(body, people)
    assert criticism.event_type == "criticism"
    assert names(criticism, people) == {"John Roe": "target", "Jane Doe": "source"}
    assert (visit.event_type, visit.location) == ("visit", "Lisbon")
    assert names(visit, people) == {"Max Mustermann": "source"}


def test_a_noun_is_not_linked_to_the_subject_of_another_verb() -> None:
    body = "Jane Doe saw a willingness for an agreement in the region."
    assert run(body, [person(body, "Jane Doe")]) == []


def test_relative_clause_subject_is_the_antecedent() -> None:
    body = "Police reopened the case of Jane Doe, who was killed on March 2 in Leeds."
    people = [person(body, "Jane Doe")]
    [e] = run(body, people, [timex(body, "March 2", "2024-03-02", "day")])
    assert (e.event_type, e.status, e.date_value, e.location) == ("attack", "occurred", "2024-03-02", "Leeds")
    assert names(e, people) == {"Jane Doe": "target"}


def test_attacks_without_violence_are_criticism_or_nothing() -> None:
    body = "Jane Doe attacked John Roe over the budget. Both camps ran new attack ads."
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    [e] = run(body, people)
    assert e.event_type == "criticism"
    assert names(e, people) == {"Jane Doe": "source", "John Roe": "target"}


def test_deal_needs_someone_reaching_it() -> None:
    body = "Jane Doe struck a deal with John Roe. It was a good deal for everyone."
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    [e] = run(body, people)
    assert (e.event_type, e.trigger_text) == ("agreement", "deal")
    assert names(e, people) == {"Jane Doe": "co-participant", "John Roe": "co-participant"}


def test_possessive_time_expression_dates_its_own_noun() -> None:
    body = "Yesterday, at this year's summit, Jane Doe unveiled a new plan."
    people = [person(body, "Jane Doe")]
    times = [timex(body, "Yesterday", "2024-03-05", "day"), timex(body, "this year", "2024", "year")]
    events = run(body, people, times)
    unveiled = next(e for e in events if e.trigger_text == "unveiled")
    assert (unveiled.event_type, unveiled.date_value) == ("statement", "2024-03-05")


def test_vague_reference_next_to_the_trigger() -> None:
    body = "The minister Jane Doe recently resigned.\n\nLater news followed."
    people = [person(body, "Jane Doe")]
    [e] = run(body, people, [timex(body, "recently", "PAST_REF", "unknown")])
    # a vague past reference is the event's time; the publication date must not replace it
    assert (e.event_type, e.date_value, e.date_source) == ("resignation", "PAST_REF", "time_expression")


def test_definite_noun_joins_the_event_it_refers_to() -> None:
    body = ("Jane Doe will visit Kyiv next week.\n\n"
            "The visit was announced by her office.\n\n"
            "MPs sanctioned by Moscow were not consulted. Others sanctioned earlier were.")
    people = [person(body, "Jane Doe", "her")]
    events = run(body, people, [timex(body, "next week", "2024-W11", "week")])
    visits = [e for e in events if e.event_type == "visit"]
    assert len(visits) == 1
    assert (visits[0].status, visits[0].date_value, visits[0].location) == ("planned", "2024-W11", "Kyiv")
    # sanctions naming nobody, with no date or place, are not rows
    assert [e for e in events if e.event_type == "sanction"] == []


def test_object_of_a_first_verb_is_not_the_subject_of_the_second() -> None:
    body = "The governor fired Jane Doe and appointed John Roe as her successor."
    people = [person(body, "Jane Doe", "her"), person(body, "John Roe")]
    fired, e = run(body, people)
    assert (fired.event_type, names(fired, people)) == ("dismissal", {"Jane Doe": "target"})
    assert e.event_type == "appointment"
    assert names(e, people) == {"John Roe": "target"}


def test_object_after_an_abbreviated_title_is_not_the_subject_of_the_second_verb() -> None:
    body = "The governor fired Sen. Jane Doe and appointed John Roe as her successor."
    people = [person(body, "Jane Doe", "her"), person(body, "John Roe")]
    fired, e = run(body, people)
    assert names(fired, people) == {"Jane Doe": "target"}
    assert (e.event_type, names(e, people)) == ("appointment", {"John Roe": "target"})


def test_participle_before_a_title_is_an_adjective_not_a_verb() -> None:
    body = "The post opened when retired Gen. Jane Doe abruptly resigned. Newly elected Gov. John Roe announced a plan."
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    events = run(body, people)
    resigned = next(e for e in events if e.trigger_text == "resigned")
    announced = next(e for e in events if e.trigger_text == "announced")
    assert names(resigned, people) == {"Jane Doe": "source"}
    assert names(announced, people) == {"John Roe": "source"}


def test_object_of_a_verb_does_the_gerund_after_of_or_for() -> None:
    body = ("Critics accused Sen. Jane Doe of failing to appoint a deputy. "
            "They thanked John Roe for visiting Kyiv. Others accused Jane Doe of being attacked by John Roe.")
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    events = run(body, people)
    appoint = next(e for e in events if e.event_type == "appointment")
    assert (appoint.status, names(appoint, people)) == ("negated", {"Jane Doe": "source"})
    visit = next(e for e in events if e.event_type == "visit")
    assert names(visit, people) == {"John Roe": "source"}
    attacked = next(e for e in events if e.trigger_text == "attacked")
    assert "Jane Doe" not in names(attacked, people) or names(attacked, people)["Jane Doe"] == "target"


def test_relative_clause_after_a_party_parenthesis_keeps_its_antecedent() -> None:
    body = ("“Why wait?” asked Rep. Jane Doe (D-Ill.), who’s calling for impeachment. "
            "Critics praised Sen. John Roe (R-Ariz.), who urged Jane Doe to resign.")
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    events = run(body, people)
    calling = next(e for e in events if e.trigger_text == "calling for")
    assert names(calling, people) == {"Jane Doe": "source"}
    urged = next(e for e in events if e.trigger_text == "urged")
    assert names(urged, people) == {"John Roe": "source", "Jane Doe": "target"}


def test_present_verb_in_a_clause_of_time_has_not_happened() -> None:
    body = ("The money would be released after Jane Doe declares an emergency. "
            "John Roe will raise the issue when he meets Jane Doe. "
            "Whenever she visits Kyiv, Jane Doe calls John Roe. "
            "After protests spread, John Roe resigned.")
    people = [person(body, "Jane Doe", "she"), person(body, "John Roe", "he")]
    status = {e.trigger_text: e.status for e in run(body, people)}
    assert status["declares"] == "possible"
    assert status["meets"] == "planned"
    assert status["visits"] == "possible"
    assert status["resigned"] == "occurred"
    assert status.get("protests", "occurred") == "occurred"


def test_a_one_time_event_told_again_with_its_agent_is_one_event() -> None:
    body = ("Jane Doe may have leaked a memo shortly after she was fired as director. "
            "She acknowledged that after she was fired by John Roe on March 1, she gave memos to a friend.")
    people = [person(body, "Jane Doe", "she", "She"), person(body, "John Roe")]
    [fired] = [e for e in run(body, people, [timex(body, "March 1", "2024-03-01", "day")])
               if e.event_type == "dismissal"]
    assert names(fired, people) == {"Jane Doe": "target", "John Roe": "source"}
    assert fired.date_value == "2024-03-01"
    # two agents are two events
    body = "John Roe fired Jane Doe in May. Jim Poe fired Jane Doe in June."
    people = [person(body, "Jane Doe"), person(body, "John Roe"), person(body, "Jim Poe")]
    assert len([e for e in run(body, people) if e.event_type == "dismissal"]) == 2


def test_winning_a_nomination_is_a_candidacy_and_showing_is_no_protest() -> None:
    body = ("Jane Doe, indeed, wins the nomination. John Roe sent the nomination of Jim Poe to the Senate. "
            "As economist Jim Poe has demonstrated, a strong relationship exists.")
    people = [person(body, "Jane Doe"), person(body, "John Roe"), person(body, "Jim Poe")]
    events = run(body, people)
    assert [e.event_type for e in events if e.trigger_text == "nomination"] == ["election", "appointment"]
    assert [e for e in events if e.event_type == "protest"] == []


def test_the_second_of_two_names_after_a_preposition_takes_part() -> None:
    body = "A meeting between John Roe and Kyiv's Jane Doe is possible. Bob Smith met with Ann Lee and Jim Poe."
    people = [person(body, n) for n in ("Jane Doe", "John Roe", "Bob Smith", "Ann Lee", "Jim Poe")]
    first, second = [names(e, people) for e in run(body, people) if e.event_type == "meeting"]
    assert first == {"John Roe": "co-participant", "Jane Doe": "co-participant"}
    assert second == {"Bob Smith": "co-participant", "Ann Lee": "co-participant", "Jim Poe": "co-participant"}
    body = "A summit between Bob Smith and Jim Poe is likely. Jim Poe's visit is unlikely to change minds."
    people = [person(body, n) for n in ("Bob Smith", "Jim Poe")]
    summit, visit = run(body, people)
    assert (summit.status, names(summit, people)) == (
        "possible", {"Bob Smith": "co-participant", "Jim Poe": "co-participant"})
    assert visit.status == "occurred"  # what the visit is unlikely to do, not whether it happens
    body = "Bob Smith met with Ann Lee and Jim Poe said nothing."  # Jim Poe said; he did not meet
    people = [person(body, n) for n in ("Bob Smith", "Ann Lee", "Jim Poe")]
    [meeting] = [e for e in run(body, people) if e.event_type == "meeting"]
    assert names(meeting, people) == {"Bob Smith": "co-participant", "Ann Lee": "co-participant"}


def test_the_month_may_is_no_modal_and_an_ordinal_participle_is_an_adjective() -> None:
    body = ("Officials described the May 10 meeting with Jane Doe. "
            "It came days after the first confirmed cases emerged in Kyiv. "
            "John Roe voted against impeaching Jane Doe.")
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    events = run(body, people, [timex(body, "May 10", "2023-05-10", "day")])
    meeting = next(e for e in events if e.event_type == "meeting")
    assert (meeting.status, meeting.date_value) == ("occurred", "2023-05-10")
    assert [e for e in events if e.trigger_text == "confirmed"] == []
    impeaching = next(e for e in events if e.trigger_text == "impeaching")
    assert impeaching.status == "negated"


def test_the_subject_of_a_support_verb_after_a_noun_takes_part() -> None:
    body = ("Officials described the meeting that John Roe had with Jane Doe and Bob Smith. "
            "After the rally Jim Poe had lunch.")
    people = [person(body, n) for n in ("John Roe", "Jane Doe", "Bob Smith", "Jim Poe")]
    events = run(body, people)
    assert [names(e, people) for e in events] == [
        {"John Roe": "co-participant", "Jane Doe": "co-participant", "Bob Smith": "co-participant"}]


def test_coordinated_verbs_share_status_and_only_the_meetings_subject() -> None:
    body = ("Jane Doe prepares to visit Kyiv on her first presidential trip abroad. "
            "John Roe will visit Rome and then travel to Paris. Jim Poe met Ann Lee and later visited Oslo.")
    people = [person(body, n) for n in ("Jane Doe", "John Roe", "Jim Poe", "Ann Lee")]
    events = run(body, people)
    visits = [(e.status, e.location, names(e, people)) for e in events if e.event_type == "visit"]
    assert visits == [("planned", "Kyiv", {"Jane Doe": "source"}), ("planned", "Rome", {"John Roe": "source"}),
                      ("planned", "Paris", {"John Roe": "source"}), ("occurred", "Oslo", {"Jim Poe": "source"})]


def test_a_fronted_participle_after_an_adverb_takes_the_main_subject() -> None:
    body = "After finally declaring an emergency on March 1, Jane Doe continued to praise the plan."
    people = [person(body, "Jane Doe")]
    [e] = run(body, people, [timex(body, "March 1", "2024-03-01", "day")])
    assert (e.trigger_text, names(e, people)) == ("declaring", {"Jane Doe": "source"})


def test_a_trigger_ending_in_a_preposition_and_an_object_relative_find_the_target() -> None:
    body = ("Her work led to impeachment charges against President Jane Doe in 1974. "
            "John Roe praised Bob Smith, whom he fired in May. Ann Lee married Jim Poe, whom she met at Yale.")
    people = [person(body, "Jane Doe"), person(body, "John Roe", "he"), person(body, "Bob Smith"),
              person(body, "Ann Lee", "she"), person(body, "Jim Poe")]
    events = {e.trigger_text: names(e, people) for e in run(body, people, [timex(body, "1974", "1974", "year")])}
    assert events["charges against"] == {"Jane Doe": "target"}
    assert events["fired"] == {"John Roe": "source", "Bob Smith": "target"}
    assert events["met"] == {"Ann Lee": "co-participant", "Jim Poe": "co-participant"}


def test_violent_or_fatal_context_makes_an_attack_physical() -> None:
    body = "Jane Doe began compiling statistics documenting violent attacks on churches. John Roe was fatally shot."
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    events = run(body, people)
    assert [e for e in events if e.event_type == "criticism"] == []  # not Jane Doe criticising churches
    assert [(e.event_type, names(e, people)) for e in events if e.trigger_text == "shot"] == [
        ("attack", {"John Roe": "target"})]


def test_who_greets_or_speaks_at_a_meeting_takes_part() -> None:
    body = ("Jane Doe, as foreign minister, greets Prime Minister John Roe during a meeting outside Kyiv. "
            "Bob Smith said at a meeting with police officers that crime was down.")
    people = [person(body, "Jane Doe"), person(body, "John Roe"), person(body, "Bob Smith")]
    meetings = [names(e, people) for e in run(body, people) if e.event_type == "meeting"]
    assert meetings == [{"Jane Doe": "co-participant", "John Roe": "co-participant"},
                        {"Bob Smith": "co-participant"}]


def test_the_two_who_met_are_the_last_two_people_named() -> None:
    body = "Jane Doe spoke with John Roe about policy. They had a long talk when the two met last month."
    people = [person(body, n) for n in ("Jane Doe", "John Roe")]
    meetings = [e for e in run(body, people, [timex(body, "last month", "2024-02", "month")])
                if e.trigger_text == "met" or e.date_value == "2024-02"]
    assert [names(e, people) for e in meetings] == [{"Jane Doe": "co-participant", "John Roe": "co-participant"}]
    body = "Jane Doe flew to Kyiv. The two leaders met on Monday."  # one person named: nobody to pair
    people = [person(body, "Jane Doe")]
    assert [e for e in run(body, people) if e.event_type == "meeting"] == []


def test_inverted_speaker_after_a_quotation_is_the_source() -> None:
    body = "“This is the worst decision in years,” declared Jane Doe on Monday."
    people = [person(body, "Jane Doe")]
    [e] = run(body, people, [timex(body, "on Monday", "2024-03-04", "day")])
    assert (e.event_type, e.date_value) == ("statement", "2024-03-04")
    assert names(e, people) == {"Jane Doe": "source"}


def test_boundary_preposition_does_not_date_the_event() -> None:
    body = "Jane Doe has not met John Roe since March 1."
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    [e] = run(body, people, [timex(body, "March 1", "2024-03-01", "day")])
    assert (e.status, e.date_value) == ("negated", None)


def test_sentence_initial_relative_clause_dates_from_the_main_clause() -> None:
    body = "A day after Jane Doe resigned, John Roe met Max Mustermann in Bern on Tuesday."
    people = [person(body, "Jane Doe"), person(body, "John Roe"), person(body, "Max Mustermann")]
    events = run(body, people, [timex(body, "on Tuesday", "2024-03-05", "day")])
    by_type = {e.event_type: e for e in events}
    assert (by_type["meeting"].date_value, by_type["meeting"].location) == ("2024-03-05", "Bern")
    assert (by_type["resignation"].date_value, by_type["resignation"].date_source) == (
        "2024-03-04", "relative_event")


def test_unresolved_relative_event_gets_no_publication_date() -> None:
    body = "Hours after Jane Doe resigned, the board fell silent."
    people = [person(body, "Jane Doe")]
    [e] = run(body, people)
    assert (e.event_type, e.date_value, e.date_source) == ("resignation", None, None)


def test_announcement_links_its_speakers_quotation() -> None:
    body = "“Nice weather,” John Roe said. Jane Doe announced on Monday: “We will build the bridge.”"
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    quotes = [quote(body, "Nice weather,", 1), quote(body, "We will build the bridge.", 0)]
    [e] = run(body, people, [timex(body, "on Monday", "2024-03-04", "day")], quotes)
    assert (e.event_type, e.status, e.date_value, e.quote, e.cameo_code) == (
        "statement", "occurred", "2024-03-04", 1, "010")
    assert names(e, people) == {"Jane Doe": "source"}


def test_verb_and_its_object_noun_are_one_event() -> None:
    body = "Jane Doe signed the agreement in Paris on June 15."
    people = [person(body, "Jane Doe")]
    [e] = run(body, people, [timex(body, "on June 15", "2023-06-15", "day")])
    assert (e.event_type, e.trigger_text, e.date_value, e.location) == (
        "agreement", "signed", "2023-06-15", "Paris")
    assert names(e, people) == {"Jane Doe": "co-participant"}


def test_lead_report_without_people_is_kept_with_the_publication_date() -> None:
    body = "The ministry has announced new rules for drones.\n\nThe ministry announced other things."
    events = run(body, [])
    assert [(e.event_type, e.date_value, e.date_source) for e in events] == [
        ("statement", "2024-03-06", "publication")]


_PIECES = [
    "Jane Doe", " met ", " John Roe", " in Paris", " on Monday", ", ", ". ", "\n\n", " a day after ",
    " will ",
    " not ", " visit", " talks", " the ", "“", "”", " accused ", " by ", " his ", " İstanbul", " signed ",
    " agreement", " was ", " banned", " 's", " has ", " resigned", " potential", " which ", " Mr.",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_any_text_gives_well_formed_events(pieces: list[str]) -> None:
    body = "".join(pieces)
    people = [person(body, "Jane Doe", "his"), person(body, "John Roe")]
    times = [timex(body, "on Monday", "2024-03-04", "day")] if "on Monday" in body else []
    events = run(body, people, times)
    for e in events:
        assert e.date_source in (None, "time_expression", "relative_event", "publication")
        assert (e.date_value is None) == (e.date_precision is None) == (e.date_source is None)
        assert all(0 <= i < len(people) for i, _ in e.participants)
    assert len({(e.trigger_start, e.trigger_end) for e in events}) == len(events)


def test_days_later_dates_from_the_previous_event() -> None:
    body = "Jane Doe met John Roe in Oslo on March 1. Two days later, Jane Doe visited Rome."
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    meeting, visit = run(body, people, [timex(body, "on March 1", "2024-03-01", "day")])
    assert (meeting.date_value, meeting.date_source) == ("2024-03-01", "time_expression")
    assert (visit.event_type, visit.location, visit.date_value, visit.date_source) == (
        "visit", "Rome", "2024-03-03", "relative_event")


def test_speaking_with_a_person_is_a_meeting_but_not_with_reporters() -> None:
    body = "Jane Doe spoke with John Roe by phone on Monday. Later she spoke with reporters."
    people = [person(body, "Jane Doe", "she"), person(body, "John Roe")]
    [e] = run(body, people, [timex(body, "on Monday", "2024-03-04", "day")])
    assert (e.event_type, e.date_value) == ("meeting", "2024-03-04")
    assert names(e, people) == {"Jane Doe": "co-participant", "John Roe": "co-participant"}


def test_two_verbs_sharing_one_person_are_two_events() -> None:
    body = ("Jane Doe criticised the judge.\n\nJane Doe criticised the press as well.\n\n"
            "The criticism by Jane Doe grew.")
    people = [person(body, "Jane Doe")]
    events = run(body, people)
    assert [e.trigger_text for e in events] == ["criticised", "criticised"]


def test_bare_verb_forms_read_as_nouns_or_verbs_from_the_word_before() -> None:
    body = ("Jane Doe explained his radical urges to John Roe. Ministers agree to the plan, and officials "
            "announce a new tax.\n\nJane Doe was forced to resign on Sunday.")
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    times = [timex(body, "on Sunday", "2024-03-03", "day")]
    events = run(body, people, times)
    assert [(e.event_type, e.status) for e in events] == [("resignation", "occurred")]
    assert events[0].date_value == "2024-03-03"


def test_a_threat_needs_someone_making_it() -> None:
    body = "Rising costs threaten the budget. Jane Doe threatened to sue John Roe."
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    events = run(body, people)
    threat = next(e for e in events if e.event_type == "threat")
    assert names(threat, people) == {"Jane Doe": "source"}
    assert [e.event_type for e in events].count("threat") == 1


def test_infinitive_takes_its_agent_from_the_governing_event() -> None:
    cases = {
        "Jane Doe threatened to sue John Roe.": ("legal_action", "possible", {"Jane Doe": "source",
                                                                            "John Roe": "target"}),
        "Jane Doe urged John Roe to resign.": ("resignation", "possible", {"John Roe": "source"}),
        "Jane Doe agreed to meet John Roe.": ("meeting", "planned", {"Jane Doe": "co-participant",
                                                                   "John Roe": "co-participant"}),
    }
    for body, (event_type, status, roles) in cases.items():
        people = [person(body, "Jane Doe"), person(body, "John Roe")]
        e = run(body, people)[-1]
        assert (e.event_type, e.status, names(e, people)) == (event_type, status, roles), body


def test_cancelled_summit_is_negated_and_place_drops_a_weekday() -> None:
    body = ("Jane Doe cancelled a planned summit with John Roe. "
            "John Roe met Jane Doe at the White House Monday.")
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    summit, met = run(body, people)
    assert (summit.status, summit.cameo_code) == ("negated", None)
    assert (met.status, met.location) == ("occurred", "White House")


def test_fronted_during_phrase_and_possessive_date() -> None:
    body = "During Tuesday's meeting with John Roe, Jane Doe raised the tariffs."
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    [e] = run(body, people, [timex(body, "Tuesday", "2024-03-05", "day")])
    assert (e.event_type, e.date_value, e.date_source) == ("meeting", "2024-03-05", "time_expression")
    assert names(e, people) == {"Jane Doe": "co-participant", "John Roe": "co-participant"}


def one(body: str, people: list[PersonEntity], times: list[TimeExpression] | None = None) -> Event:
    [e] = run(body, people, times)
    return e


def test_legal_actions_charges_lawsuits_and_court_rulings() -> None:
    body = "Jane Doe was charged with fraud on Monday."
    people = [person(body, "Jane Doe")]
    e = one(body, people, [timex(body, "on Monday", "2024-03-04", "day")])
    assert (e.event_type, e.status, e.date_value, names(e, people)) == (
        "legal_action", "occurred", "2024-03-04", {"Jane Doe": "target"})
    body = "Jane Doe filed a lawsuit against John Roe."
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    assert names(one(body, people), people) == {"Jane Doe": "source", "John Roe": "target"}
    body = "A federal judge ruled on Tuesday that Jane Doe must pay."
    e = one(body, [person(body, "Jane Doe")], [timex(body, "on Tuesday", "2024-03-05", "day")])
    assert (e.event_type, e.date_value) == ("legal_action", "2024-03-05")
    for body in ("The shop charged Jane Doe $5 on Monday.", "Jane Doe ruled the country on Monday.",
                 "Jane Doe ruled out a bid on Monday.", "The ruling party backed Jane Doe on Monday."):
        assert run(body, [person(body, "Jane Doe")], [timex(body, "on Monday", "2024-03-04", "day")]) == [], body


def test_posts_on_social_media_are_statements() -> None:
    for body in ("Jane Doe tweeted on Monday that the vote was rigged.", "Jane Doe posted on Facebook on Monday."):
        people = [person(body, "Jane Doe")]
        e = one(body, people, [timex(body, "on Monday", "2024-03-04", "day")])
        assert (e.event_type, e.cameo_code, names(e, people)) == ("statement", "010", {"Jane Doe": "source"}), body
    body = "Jane Doe deleted her tweet."
    people = [person(body, "Jane Doe", "her")]
    assert names(one(body, people), people) == {"Jane Doe": "source"}


def test_marches_rallies_and_strikes() -> None:
    body = "Thousands marched in Berlin on Saturday."
    e = one(body, [], [timex(body, "on Saturday", "2024-03-02", "day")])
    assert (e.event_type, e.location, e.cameo_code) == ("protest", "Berlin", "141")
    body = "Jane Doe held a rally in Tulsa on Saturday."
    people = [person(body, "Jane Doe")]
    e = one(body, people, [timex(body, "on Saturday", "2024-03-02", "day")])
    assert (e.event_type, e.location, names(e, people)) == ("rally", "Tulsa", {"Jane Doe": "source"})
    body = "Nurses are on strike in Leeds."
    e = one(body, [])
    assert (e.event_type, e.status, e.cameo_code) == ("protest", "ongoing", "143")
    for body in ("Stocks rallied in London on Monday.", "March was wet in London.",
                 "Voters rallied behind Jane Doe in London.", "The data demonstrated that Jane Doe was right."):
        assert run(body, [person(body, "Jane Doe")]) == [], body


def test_military_strikes_shelling_and_deployments() -> None:
    body = "Troops shelled the city of Kharkiv on Monday."
    e = one(body, [], [timex(body, "on Monday", "2024-03-04", "day")])
    assert (e.event_type, e.cameo_code) == ("attack", "194")
    body = "A drone strike killed Jane Doe in Sanaa."
    events = run(body, [person(body, "Jane Doe")])
    assert events[0].event_type == "attack" and events[0].trigger_text == "drone strike"
    body = "The army deployed 3,000 troops to Poland on Monday."
    e = one(body, [], [timex(body, "on Monday", "2024-03-04", "day")])
    assert (e.event_type, e.location, e.cameo_code) == ("deployment", "Poland", "154")
    for body in ("Jane Doe clashed with John Roe over the budget on Monday.",
                 "The bank deployed new software on Monday.", "Jane Doe called the plan a long shot on Monday."):
        people = [person(body, "Jane Doe"), person(body, "John Roe")]
        assert run(body, people, [timex(body, "on Monday", "2024-03-04", "day")]) == [], body


def test_fired_is_a_dismissal_with_a_person_or_gunfire() -> None:
    body = "The president fired Jane Doe on Friday."
    people = [person(body, "Jane Doe")]
    e = one(body, people, [timex(body, "on Friday", "2024-03-01", "day")])
    assert (e.event_type, names(e, people)) == ("dismissal", {"Jane Doe": "target"})
    body = "Soldiers fired rockets at the village on Friday."
    e = one(body, [], [timex(body, "on Friday", "2024-03-01", "day")])
    assert e.event_type == "attack"
    body = "The company fired its auditor on Friday."
    assert run(body, [], [timex(body, "on Friday", "2024-03-01", "day")]) == []


def test_barring_and_gerund_subjects_are_not_events() -> None:
    for body in ("Barring a surprise, Jane Doe wins in May.", "Banning guns would not stop Jane Doe in 2024."):
        people = [person(body, "Jane Doe")]
        assert run(body, people, [timex(body, "2024" if "2024" in body else "in May", "2024", "year")]) == [], body


def test_participants_across_relative_clauses() -> None:
    body = "Jane Doe thanked the women accusing John Roe of fraud."
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    assert names(one(body, people), people) == {"John Roe": "target"}
    body = "Jane Doe, who criticised Max Mustermann, met John Roe on Monday."
    people = [person(body, "Jane Doe"), person(body, "John Roe"), person(body, "Max Mustermann")]
    events = run(body, people, [timex(body, "on Monday", "2024-03-04", "day")])
    meeting = next(e for e in events if e.event_type == "meeting")
    assert names(meeting, people) == {"Jane Doe": "co-participant", "John Roe": "co-participant"}
    body = "Jane Doe, who leads the party, has met John Roe."
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    assert set(names(one(body, people), people)) == {"Jane Doe", "John Roe"}


def test_possessor_in_a_fronted_phrase_is_not_joined_by_the_main_subject() -> None:
    body = "Responding to John Roe's tweet, Jane Doe said on Monday that she would stay."
    people = [person(body, "Jane Doe", "she"), person(body, "John Roe")]
    e = one(body, people)
    assert names(e, people) == {"John Roe": "source"}


def test_appeals_conditions_and_votes_set_the_status() -> None:
    body = "Jane Doe rejected calls for her resignation on Monday."
    people = [person(body, "Jane Doe", "her")]
    events = run(body, people, [timex(body, "on Monday", "2024-03-04", "day")])
    assert [(e.event_type, e.status) for e in events if e.event_type == "resignation"] == [
        ("resignation", "possible")]
    body = "Jane Doe may run again if an indictment of John Roe comes in May."
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    assert [e.status for e in run(body, people)] == ["possible"]
    body = "The Senate voted to acquit Jane Doe on Friday."
    people = [person(body, "Jane Doe")]
    e = one(body, people, [timex(body, "on Friday", "2024-03-01", "day")])
    assert (e.event_type, e.status) == ("legal_action", "occurred")
    body = "Jane Doe calls on a reporter at the back of the room in Leeds."
    assert run(body, [person(body, "Jane Doe")]) == []


def test_kidnapping_victim_and_issued_statement() -> None:
    body = "Gunmen kidnapped Jane Doe in Lagos. Her kidnapping shocked John Roe."
    people = [person(body, "Jane Doe", "Her"), person(body, "John Roe")]
    e = one(body, people)
    assert (e.event_type, e.cameo_code, names(e, people)) == ("attack", "181", {"Jane Doe": "target"})
    body = "Jane Doe issued a statement on Monday. John Roe said in a statement that he agreed."
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    e = one(body, people, [timex(body, "on Monday", "2024-03-04", "day")])
    assert (e.event_type, e.trigger_text, names(e, people)) == ("statement", "statement", {"Jane Doe": "source"})


def test_a_noun_naming_nobody_does_not_take_people_from_far_away() -> None:
    body = ("A lawsuit was filed in Leeds in 1994.\n\nThe weather was fine.\n\nIt rained.\n\n"
            "Jane Doe was sentenced to two years.")
    people = [person(body, "Jane Doe")]
    events = run(body, people, [timex(body, "in 1994", "1994", "year")])
    assert [(e.trigger_text, names(e, people)) for e in events] == [
        ("lawsuit", {}), ("sentenced", {"Jane Doe": "target"})]


def test_definite_nouns_in_conditions_and_participles_without_subjects() -> None:
    body = "Aid must stop if Jane Doe's ouster is declared a coup."
    people = [person(body, "Jane Doe")]
    [e] = [e for e in run(body, people) if e.event_type == "dismissal"]
    assert e.status == "occurred"
    body = "Jane Doe will stay in Leeds if she wins her re-election in May."
    people = [person(body, "Jane Doe", "she", "her")]
    assert [e.status for e in run(body, people) if e.event_type == "election"] == ["possible"]
    body = "John Roe was asked if he watched the testimony of Jane Doe."
    people = [person(body, "John Roe", "he"), person(body, "Jane Doe")]
    assert [e.status for e in run(body, people) if e.trigger_text == "testimony"] == ["occurred"]
    body = "Jane Doe is in Leeds, and critics ask what happens if she uses her visit to attack John Roe."
    people = [person(body, "Jane Doe", "she", "her"), person(body, "John Roe")]
    assert [e.status for e in run(body, people) if e.trigger_text == "visit"] == ["occurred"]
    body = "Jane Doe wants to leave the issue for the newly elected council."
    assert run(body, [person(body, "Jane Doe")]) == []
    body = "Jane Doe said on Wednesday that she would search for the girls kidnapped by gunmen."
    people = [person(body, "Jane Doe", "she")]
    events = run(body, people, [timex(body, "on Wednesday", "2024-03-06", "day")])
    assert [(e.event_type, e.date_value) for e in events if e.event_type == "attack"] in ([], [("attack", None)])


def test_an_unlisted_adverb_does_not_make_a_passive_an_adjective() -> None:
    body = "Jane Doe was strongly criticized in a report last week."
    people = [person(body, "Jane Doe")]
    e = one(body, people, [timex(body, "last week", "2024-W09", "week")])
    assert (e.event_type, names(e, people)) == ("criticism", {"Jane Doe": "target"})
    body = "The newly elected Speaker Jane Doe thanked John Roe."
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    assert names(one(body, people), people) == {"Jane Doe": "target"}


def test_speeches_testimony_and_court_decisions() -> None:
    body = "Jane Doe delivered a speech in Leeds on Monday. John Roe testified before the committee on Monday."
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    times = [TimeExpression(m.start(), m.end(), m.group(), "2024-03-04", "day")
             for m in re.finditer("on Monday", body)]
    events = run(body, people, times)
    assert [(e.event_type, e.trigger_text, list(names(e, people))) for e in events] == [
        ("statement", "speech", ["Jane Doe"]), ("statement", "testified", ["John Roe"])]
    body = "An appeals court upheld the verdict against Jane Doe on Monday."
    people = [person(body, "Jane Doe")]
    assert one(body, people, [timex(body, "on Monday", "2024-03-04", "day")]).event_type == "legal_action"
    body = "Jane Doe overturned the old rules of the club on Monday."
    assert run(body, [person(body, "Jane Doe")], [timex(body, "on Monday", "2024-03-04", "day")]) == []


def test_different_statements_of_one_person_stay_apart() -> None:
    body = ("Jane Doe gave an address about her testimony to the jury.\n\n"
            "On Monday, Jane Doe and John Roe announced a fund.")
    people = [person(body, "Jane Doe", "her"), person(body, "John Roe")]
    events = run(body, people, [timex(body, "On Monday", "2024-03-04", "day")])
    announced = [e for e in events if e.trigger_text == "announced"]
    assert len(announced) == 1 and announced[0].date_value == "2024-03-04"
    assert all(e.date_value is None for e in events if e.trigger_text != "announced")


def test_coordinated_verbs_share_their_subject() -> None:
    body = "Jane Doe pleaded guilty on Monday and agreed to cooperate with prosecutors."
    people = [person(body, "Jane Doe")]
    events = run(body, people, [timex(body, "on Monday", "2024-03-04", "day")])
    agreed = [e for e in events if e.trigger_text == "agreed"]
    assert [(names(e, people), e.date_value) for e in agreed] == [({"Jane Doe": "co-participant"}, "2024-03-04")]
    # A second subject, or a clause of its own, keeps the verbs' people apart.
    body = "Jane Doe pleaded guilty on Monday and John Roe agreed to cooperate with prosecutors."
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    agreed = [e for e in run(body, people) if e.trigger_text == "agreed"]
    assert [names(e, people) for e in agreed] in ([], [{"John Roe": "co-participant"}])
    # Two passives share the one who undergoes them; a verb with no object after a passive stays active.
    body = "Jane Doe was arrested on Monday and charged with fraud."
    people = [person(body, "Jane Doe")]
    charged = [e for e in run(body, people) if e.trigger_text == "charged with"]
    assert [names(e, people) for e in charged] == [{"Jane Doe": "target"}]
    body = "The dictator Jane Doe was overthrown and killed in 2011."
    people = [person(body, "Jane Doe")]
    assert [names(e, people) for e in run(body, people)] == [{"Jane Doe": "target"}]
    for body, verb in (("Jane Doe was arrested on Monday and resigned.", "resigned"),
                       ("Jane Doe had been arrested on Monday and pleaded not guilty.", "pleaded not guilty")):
        people = [person(body, "Jane Doe")]
        assert all(names(e, people).get("Jane Doe") != "target" for e in run(body, people) if e.trigger_text == verb)
    # Verbs of different forms are not one subject's: Jane Doe asks, the leaders would sanction.
    body = "Jane Doe called on world leaders on Monday to isolate and sanction John Roe."
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    sanction = [e for e in run(body, people) if e.trigger_text == "sanction"]
    assert all("Jane Doe" not in names(e, people) for e in sanction)
    # A participle after a participle: "detained ... and sentenced" both happened to the one named.
    body = "The men are the missionary Jane Doe, detained in 2015 and sentenced in 2016 to ten years."
    people = [person(body, "Jane Doe")]
    sentenced = [e for e in run(body, people) if e.trigger_text == "sentenced"]
    assert all(names(e, people).get("Jane Doe") != "source" for e in sentenced)


def test_a_date_before_and_belongs_to_the_first_verb() -> None:
    body = "Jane Doe was convicted in 2010 and sentenced by the court last year."
    people = [person(body, "Jane Doe")]
    times = [timex(body, "in 2010", "2010", "year"), timex(body, "last year", "2023", "year")]
    dates = {e.trigger_text: e.date_value for e in run(body, people, times)}
    assert dates == {"convicted": "2010", "sentenced": "2023"}


def test_a_date_before_an_event_noun_dates_that_noun() -> None:
    body = "Jane Doe agreed to cooperate with the inquiry into the 2016 election."
    people = [person(body, "Jane Doe")]
    events = run(body, people, [timex(body, "2016", "2016", "year")])
    assert [(e.trigger_text, e.date_value) for e in events] == [("agreed", None), ("election", "2016")]


def test_a_subject_pronoun_after_a_verb_is_not_its_object() -> None:
    body = "Judge Jane Doe ruled he posed a flight risk."
    people = [person(body, "Jane Doe"), person(body, "John Roe", "he")]
    [e] = run(body, people)
    assert names(e, people) == {"Jane Doe": "source"}


def test_a_noun_asked_for_has_not_happened() -> None:
    body = "Jane Doe asked for John Roe's resignation on Monday."
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    assert [e.status for e in run(body, people) if e.trigger_text == "resignation"] == ["possible"]
    body = "Jane Doe asked for his response to the criticism of John Roe."
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    assert [e.status for e in run(body, people) if e.trigger_text == "criticism"] == ["occurred"]


def test_contracted_negation_negates() -> None:
    body = "Jane Doe didn't meet John Roe. John Roe won’t visit Oslo. Jane Doe wasn't elected."
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    assert [(e.event_type, e.status) for e in run(body, people)] == [
        ("meeting", "negated"), ("visit", "negated"), ("election", "negated")]


def test_a_past_verb_is_not_planned_by_a_later_date() -> None:
    # PUB is 6 March 2024: a past tense reports what happened, so the later date is not its date
    body = "Jane Doe announced her bid on April 9. John Roe will visit Oslo on April 10."
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    april = [timex(body, "on April 9", "2024-04-09", "day"), timex(body, "on April 10", "2024-04-10", "day")]
    announced, visit = run(body, people, april)
    assert (announced.event_type, announced.status, announced.date_value) == ("statement", "occurred", None)
    assert (visit.event_type, visit.status, visit.date_value) == ("visit", "planned", "2024-04-10")


def test_a_year_owned_by_a_noun_does_not_date_the_verb() -> None:
    body = "Jane Doe announced her 2028 presidential bid on Monday."
    people = [person(body, "Jane Doe")]
    times = [timex(body, "2028", "2028", "year"), timex(body, "on Monday", "2024-03-04", "day")]
    [e] = run(body, people, times)
    assert (e.event_type, e.status, e.date_value) == ("statement", "occurred", "2024-03-04")


def test_not_negates_a_noun_only_through_a_verb_that_brings_it_about() -> None:
    body = "Jane Doe did not hold talks with John Roe. Jane Doe did not mention the nomination of John Roe."
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    assert [(e.trigger_text, e.status) for e in run(body, people)] == [
        ("talks", "negated"), ("nomination", "occurred")]


def test_participles_in_a_list_share_the_passive() -> None:
    body = "John Roe praised Jane Doe. Jane Doe was pilloried, mocked and distorted in the press."
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    [mocked] = [e for e in run(body, people) if e.trigger_text == "mocked"]
    assert names(mocked, people) == {"Jane Doe": "target"}


def test_a_name_between_a_determiner_and_a_noun_trigger_is_no_subject() -> None:
    body = "It came a week before a scheduled Moscow visit by John Roe."
    people = [person(body, "John Roe")]
    [e] = run(body, people)
    assert (e.event_type, e.status, names(e, people)) == ("visit", "planned", {"John Roe": "source"})


def test_a_second_infinitive_shares_the_negation_of_the_first() -> None:
    body = "Jane Doe told her followers not to picket or protest the event on Sunday."
    times = [timex(body, "on Sunday", "2024-03-03", "day")]
    [e] = run(body, [person(body, "Jane Doe")], times)
    assert (e.event_type, e.status) == ("protest", "negated")


def test_denying_or_double_negating_an_accusation_does_not_unsay_it() -> None:
    body = "John Roe denied Jane Doe's accusations. Jane Doe's case against John Roe hasn't been without criticism."
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    assert [(e.event_type, e.status) for e in run(body, people)] == [
        ("accusation", "occurred"), ("criticism", "occurred")]


def test_the_same_verb_happening_to_the_same_person_is_one_event() -> None:
    body = ("John Roe has been charged with insider trading. The regulator obtained orders on March 1, when "
            "it charged Roe with masterminding a scheme.")
    people = [person(body, "John Roe", "Roe")]
    [e] = run(body, people, [timex(body, "on March 1", "2024-03-01", "day")])
    assert (e.event_type, e.date_value, names(e, people)) == ("legal_action", "2024-03-01", {"John Roe": "target"})


def test_meeting_a_deadline_is_no_meeting() -> None:
    body = ("Jane Doe does not expect the office to meet the Oct. 1 deadline. John Roe said Jane Doe could meet "
            "opposition. She will meet with John Roe.")
    people = [person(body, "Jane Doe", "She"), person(body, "John Roe")]
    [e] = run(body, people)
    assert (e.event_type, e.trigger_start, e.status) == ("meeting", body.rindex("meet"), "planned")


def test_started_to_means_it_happened_and_protested_that_is_said() -> None:
    body = "Jane Doe started to criticize John Roe. John Roe protested that “the case law is wrong.”"
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    assert [(e.event_type, e.status) for e in run(body, people)] == [
        ("criticism", "occurred"), ("statement", "occurred")]


def test_a_noun_before_a_modal_is_not_yet_real() -> None:
    body = "A meeting with John Roe could come this week. A visit by Jane Doe will follow."
    people = [person(body, "John Roe"), person(body, "Jane Doe")]
    assert [(e.event_type, e.status) for e in run(body, people)] == [("meeting", "possible"), ("visit", "planned")]


def test_an_apposition_between_subject_and_verb_is_skipped() -> None:
    body = ("Former Gov. John Roe, once a rising star who was considered presidential material, was indicted on "
            "Tuesday. Jane Doe, John Roe's former adviser, criticized him.")
    people = [person(body, "John Roe", "him"), person(body, "Jane Doe")]
    events = run(body, people, [timex(body, "on Tuesday", "2024-03-05", "day")])
    assert [(e.event_type, names(e, people)) for e in events] == [
        ("legal_action", {"John Roe": "target"}), ("criticism", {"Jane Doe": "source", "John Roe": "target"})]


def test_shots_that_were_fired_are_no_dismissal() -> None:
    body = "John Roe said he was not sure how many shots were fired during the raid."
    assert "dismissal" not in [e.event_type for e in run(body, [person(body, "John Roe", "he")])]


def test_the_march_of_progress_is_no_protest() -> None:
    body = "Jane Doe framed her plans in keeping with the march of American progress."
    assert run(body, [person(body, "Jane Doe")]) == []


def test_a_subjunctive_after_a_demand_has_not_happened() -> None:
    body = "Lawmakers sent a letter to John Roe requesting that he testify before the committee."
    people = [person(body, "John Roe", "he")]
    [e] = run(body, people)
    assert (e.event_type, e.status, names(e, people)) == ("statement", "possible", {"John Roe": "source"})


def test_a_name_modifying_the_subject_noun_is_not_the_subject() -> None:
    body = "Roe officials blasted Jane Doe. The Roe campaign criticized the ruling."
    people = [person(body, "John Roe", "Roe"), person(body, "Jane Doe")]
    events = run(body, people)
    assert all("John Roe" not in names(e, people) for e in events)
    assert [names(e, people) for e in events][:1] == [{"Jane Doe": "target"}]


def test_charges_hanging_on_a_verb_of_their_type_are_its_event() -> None:
    body = "John Roe was indicted along with his wife on Tuesday on federal charges of accepting gifts."
    people = [person(body, "John Roe")]
    [e] = run(body, people, [timex(body, "on Tuesday", "2024-03-05", "day")])
    assert (e.trigger_text, names(e, people)) == ("indicted", {"John Roe": "target"})


def test_agreeing_to_act_alone_is_no_agreement() -> None:
    body = ("Jane Doe agreed to speak to reporters. John Roe agreed to higher tax rates. "
            "Jane Doe and John Roe agreed to cut taxes. "
            "Jane Doe blocked a bill last year and this year she agreed to support one.")
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    assert [e.trigger_start for e in run(body, people) if e.event_type == "agreement"] == [
        body.index("agreed to higher"), body.index("agreed to cut")]


def test_the_speaker_at_a_press_conference_is_its_source() -> None:
    body = "“We will see,” Jane Doe said at a press conference on Tuesday."
    people = [person(body, "Jane Doe")]
    [e] = run(body, people, [timex(body, "on Tuesday", "2024-03-05", "day")])
    assert (e.event_type, names(e, people)) == ("statement", {"Jane Doe": "source"})


def test_a_market_rally_and_a_deportation_policy_are_no_events() -> None:
    body = "Jane Doe's rally in consumer demand lifted exports. John Roe attacked Jane Doe's deportation amnesty."
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    assert [e.event_type for e in run(body, people)] == ["criticism"]


def test_a_date_inside_a_relative_clause_before_the_verb_is_the_clauses() -> None:
    body = ("John Roe, who served from 2003 to 2009, was sentenced to 14 years in March 2012. "
            "Jane Doe, on Monday, met John Roe.")
    people = [person(body, "John Roe"), person(body, "Jane Doe")]
    times = [timex(body, "2009", "2009", "year"), timex(body, "in March 2012", "2012-03", "month"),
             timex(body, "on Monday", "2024-03-04", "day")]
    assert [(e.event_type, e.date_value) for e in run(body, people, times)] == [
        ("legal_action", "2012-03"), ("meeting", "2024-03-04")]


def test_an_inverted_condition_has_not_happened() -> None:
    body = ("Jane Doe would feel no pressure should she win the Democratic nomination. Had he been elected, "
            "John Roe would act.")
    people = [person(body, "Jane Doe", "she"), person(body, "John Roe", "he")]
    assert [(e.event_type, e.status) for e in run(body, people)] == [("election", "possible"), ("election", "possible")]


def test_an_adverb_does_not_hide_a_participle_after_a_noun() -> None:
    body = ("Jane Doe wants to combat statements by officials falsely accusing John Roe of fraud. "
            "John Roe did not rule out eventually visiting Paris.")
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    events = run(body, people)
    assert [(e.event_type, names(e, people)) for e in events] == [
        ("accusation", {"John Roe": "target"}), ("visit", {"John Roe": "source"})]


def test_blocked_from_demanded_that_and_nominated_and_confirmed() -> None:
    body = ("John Roe found himself blocked from traveling to Paris. Lawmakers demanded that Jane Doe resign. "
            "Nominated and confirmed in 1991, John Roe is a judge.")
    people = [person(body, "John Roe"), person(body, "Jane Doe")]
    assert [(e.event_type, e.status) for e in run(body, people, [timex(body, "in 1991", "1991", "year")])] == [
        ("visit", "negated"), ("resignation", "possible"), ("appointment", "occurred")]


def test_a_date_after_follows_belongs_to_what_is_followed() -> None:
    body = ("John Roe took over on Jan. 1 following the resignation of Jane Doe. His tweet follows a meeting with "
            "Jane Doe last week. Another appointment of John Roe followed in 1857.")
    people = [person(body, "John Roe", "His"), person(body, "Jane Doe")]
    times = [timex(body, "on Jan. 1", "2024-01-01", "day"), timex(body, "last week", "2024-W09", "week"),
             timex(body, "in 1857", "1857", "year")]
    assert [(e.trigger_text, e.date_value) for e in run(body, people, times)] == [
        ("resignation", None), ("tweet", None), ("meeting", "2024-W09"), ("appointment", "1857")]


def test_a_noun_and_its_verb_about_one_persons_one_act_are_one_event() -> None:
    body = "John Roe testified on Thursday before the committee. In his testimony, John Roe denied everything."
    people = [person(body, "John Roe", "his")]
    [e] = run(body, people, [timex(body, "on Thursday", "2024-02-29", "day")])
    assert (e.trigger_text, e.date_value, names(e, people)) == ("testified", "2024-02-29", {"John Roe": "source"})


def test_infinitives_after_phrases_and_nouns_that_tell_whether_it_happened() -> None:
    cases = {
        "Four women have come forward to accuse Jane Doe.": "occurred",
        "Jane Doe went on to criticize John Roe.": "occurred",
        "Jane Doe chose to visit Madrid.": "occurred",
        "Jane Doe decided to visit Madrid last week.": "occurred",
        "Jane Doe defended her decision to meet John Roe.": "occurred",
        "Jane Doe decides to visit Madrid.": "planned",
        "Jane Doe took the opportunity to attack John Roe.": "occurred",
        "Jane Doe has yet to meet John Roe.": "negated",
        "Democrats made an attempt to oust Jane Doe.": "possible",
        "Jane Doe faces pressure to resign.": "possible",
        "Jane Doe had the chance to meet John Roe.": "possible",
        "Jane Doe has been reluctant to criticize John Roe.": "possible",
        "Jane Doe flew to Madrid to meet John Roe.": "planned",
        "Jane Doe later released a statement.": "occurred",
        "The meeting with Jane Doe was canceled.": "negated",
        "The meeting with Jane Doe was postponed.": "planned",
        "Jane Doe announced a later meeting with John Roe.": "planned",
    }
    for body, status in cases.items():
        people = [person(body, "Jane Doe"), person(body, "John Roe")]
        assert [e.status for e in run(body, people)][-1:] == [status], body


def statuses_of(body: str, trigger: str, people: list[PersonEntity] | None = None) -> list[str]:
    """The statuses of the events a trigger word makes, Jane Doe and John Roe being people unless others are
    given (and "on Monday" a date)."""
    people = people if people is not None else [person(body, "Jane Doe"), person(body, "John Roe")]
    times = [timex(body, "on Monday", "2024-03-04", "day")] if "on Monday" in body else []
    return [e.status for e in run(body, people, times) if e.trigger_text == trigger]


@pytest.mark.parametrize(("body", "trigger", "status"), [
    ("Students walked out of class on Monday to protest against Jane Doe.", "protest", "occurred"),
    ("Jane Doe went on television on Monday to urge John Roe to resign.", "urge", "occurred"),
    ("Jane Doe held a news conference to announce a deal with John Roe.", "announce", "occurred"),
    ("Jane Doe will travel to Madrid to announce a deal with John Roe.", "announce", "planned"),
    ("Jane Doe wanted to go on television to criticize John Roe.", "criticize", "planned"),
    ("Jane Doe flew to Madrid to meet John Roe.", "meet", "planned"),  # a meeting is no act of going
])
def test_a_purpose_carried_out_by_going_happened(body: str, trigger: str, status: str) -> None:
    assert statuses_of(body, trigger) == [status]


def test_the_agent_of_a_purpose_is_the_subject_of_going_not_its_object() -> None:
    body = 'Jane Doe went after Senator John Roe on "The Late Show" on Monday to urge reform.'
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    assert [names(e, people) for e in run(body, people) if e.trigger_text == "urge"] == [{"Jane Doe": "source"}]


def test_a_week_or_season_after_publication_makes_an_event_planned() -> None:
    for text, value in (("next week", "2024-W11"), ("this fall", "2024-FA"), ("in the third quarter", "2024-Q3")):
        body = f"Jane Doe visits John Roe {text}."
        people = [person(body, "Jane Doe"), person(body, "John Roe")]
        events = run(body, people, [timex(body, text, value, "week")])
        assert [(e.status, e.date_value) for e in events] == [("planned", value)], body


def test_a_possessive_before_a_capitalised_modifier_makes_a_noun() -> None:
    body = "In addition to her White House visit, Jane Doe will meet John Roe."
    people = [person(body, "Jane Doe", "her"), person(body, "John Roe")]
    assert [(e.trigger_text, names(e, people)) for e in run(body, people)][:1] == [("visit", {"Jane Doe": "source"})]


def test_a_fronted_participle_after_but_or_after_takes_the_main_subject() -> None:
    body = "But after touring the border on Monday, Senator Jane Doe said the talks were close."
    people = [person(body, "Jane Doe")]
    events = run(body, people, [timex(body, "on Monday", "2024-03-04", "day")])
    assert [(e.trigger_text, names(e, people)) for e in events] == [("touring", {"Jane Doe": "source"})]


@pytest.mark.parametrize(("body", "trigger", "status"), [
    ("The court could let the ruling against Jane Doe stand.", "ruling", "occurred"),
    ("Judges are considering the lawsuit against Jane Doe.", "lawsuit", "occurred"),
    ("The ruling could affect the election of Jane Doe.", "election", "possible"),  # an election may be ahead
    ("Jane Doe might hold the meeting with John Roe.", "meeting", "possible"),  # holding brings it about
    ("Jane Doe is considering a visit to John Roe.", "visit", "possible"),
])
def test_a_modal_of_a_verb_governing_a_known_event_leaves_it_real(body: str, trigger: str, status: str) -> None:
    assert statuses_of(body, trigger) == [status]


@pytest.mark.parametrize(("body", "trigger", "status"), [
    ("Jane Doe might announce the resignation of John Roe.", "resignation", "possible"),
    ("Jane Doe will announce the resignation of John Roe.", "resignation", "planned"),
    ("Jane Doe did not announce the resignation of John Roe.", "resignation", "possible"),  # not known to be
    ("Jane Doe announced the resignation of John Roe.", "resignation", "occurred"),
    ("Jane Doe became the 26th senator to announce the resignation of John Roe.", "resignation", "occurred"),
    ("Jane Doe was the eighth senator to announce the resignation of John Roe.", "resignation", "occurred"),
    ("Jane Doe served until she announced the resignation of John Roe.", "resignation", "occurred"),
    ("Jane Doe will wait until John Roe is elected.", "elected", "possible"),
])
def test_what_is_announced_is_as_real_as_the_announcement(body: str, trigger: str, status: str) -> None:
    assert statuses_of(body, trigger) == [status]


@pytest.mark.parametrize(("body", "trigger", "status"), [
    ("Jane Doe called off the visit to John Roe.", "visit", "negated"),
    ("Jane Doe has refrained from imposing sanctions on John Roe.", "sanctions", "negated"),
    ("Jane Doe refrained from criticizing John Roe.", "criticizing", "negated"),
    ("Jane Doe did not meet John Roe until the night of Sept. 12.", "meet", "occurred"),
    ("Jane Doe did not meet John Roe and we stayed until noon.", "meet", "negated"),
    ("The constant refrain at the rallies of Jane Doe was criticism of John Roe.", "criticism", "occurred"),
])
def test_called_off_and_refrained_negate_but_not_until_does_not(body: str, trigger: str, status: str) -> None:
    assert statuses_of(body, trigger) == [status]


def test_released_a_statement_and_put_the_blame_name_their_source() -> None:
    for body in ("Jane Doe released a statement.", "Jane Doe put the blame on Congress."):
        people = [person(body, "Jane Doe")]
        assert [names(e, people) for e in run(body, people)] == [{"Jane Doe": "source"}], body


def test_a_name_inside_an_apposition_with_a_relative_clause_is_not_the_subject() -> None:
    body = ("John Roe, the officer who shot Jane Doe, was fired. "
            "The group, a charity that spent millions to weaken Jane Doe, announced a boycott on Monday.")
    people = [person(body, "John Roe"), person(body, "Jane Doe")]
    events = run(body, people, [timex(body, "on Monday", "2024-03-04", "day")])
    assert [(e.event_type, names(e, people)) for e in events if e.event_type != "attack"] == [
        ("dismissal", {"John Roe": "target"}), ("protest", {})]


def test_a_duty_one_is_charged_with_is_no_charge() -> None:
    body = ("Jane Doe leads the task force charged with shaping the response. "
            "John Roe was charged with killing his wife.")
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    assert [(e.trigger_text, names(e, people)) for e in run(body, people)] == [("charged with", {"John Roe": "target"})]


def test_life_threatening_injuries_and_a_tour_of_duty_are_no_events() -> None:
    body = ("Jane Doe was taken to hospital with non-life threatening injuries. "
            "John Roe met Jane Doe during his tour of duty in Iraq.")
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    assert [e.trigger_text for e in run(body, people)] == ["met"]


def test_a_negation_of_another_verb_leaves_the_noun_alone() -> None:
    body = "The court refused to rehear a ruling against Jane Doe. John Roe refused to hold talks with Jane Doe."
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    assert [(e.trigger_text, e.status) for e in run(body, people)] == [("ruling", "occurred"), ("talks", "negated")]


def test_a_name_after_an_abbreviated_title_keeps_its_preposition() -> None:
    body = "A federal court ruled against Mr. John Roe. Jane Doe met with Gov. John Roe."
    people = [person(body, "John Roe"), person(body, "Jane Doe")]
    assert [names(e, people) for e in run(body, people)] == [
        {"John Roe": "target"}, {"Jane Doe": "co-participant", "John Roe": "co-participant"}]


def test_a_place_ends_before_a_capitalised_preposition_and_by_stays_in_its_clause() -> None:
    body = "Jane Doe will visit the U.S. On April 19 she speaks."
    people = [person(body, "Jane Doe")]
    assert [e.location for e in run(body, people)] == ["U.S."]
    body = "Jane Doe tweeted that the firing of John Roe by Bob Smith was wrong."
    people = [person(body, "Jane Doe"), person(body, "John Roe"), person(body, "Bob Smith")]
    tweet = next(e for e in run(body, people) if e.event_type == "statement")
    assert names(tweet, people) == {"Jane Doe": "source"}


def test_an_illness_that_kills_is_no_attack_and_elected_women_no_election() -> None:
    body = ("The virus has killed 80,000 people, Jane Doe said. After the pandemic and the killing of John Roe, "
            "Jane Doe praised high-profile elected women.")
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    assert [(e.trigger_text, names(e, people)) for e in run(body, people)] == [("killing", {"John Roe": "target"})]


def test_taking_office_marching_along_and_a_negotiating_team_are_no_events() -> None:
    body = ("Jane Doe arrived in office at a hard time. John Roe has kept marching along. "
            "Jane Doe was briefed by the negotiating team.")
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    assert run(body, people) == []


def test_the_first_one_to_do_it_did_it() -> None:
    body = "Jane Doe is the lone woman to accuse John Roe. John Roe gave them ammo last week to criticize Jane Doe."
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    assert [(e.trigger_text, e.status) for e in run(body, people)] == [
        ("accuse", "occurred"), ("criticize", "planned")]


def test_the_possessor_of_a_ruling_or_a_lawsuit_acts() -> None:
    body = "Judge Jane Doe's ruling against the program came last week. John Roe's lawsuit alleged fraud."
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    assert [names(e, people) for e in run(body, people)] == [{"Jane Doe": "source"}, {"John Roe": "source"}]


def test_an_oblique_on_the_left_does_not_reach_across_a_relative_clause() -> None:
    body = "John Roe is a critic of Jane Doe and other officials who accused Bob Smith of fraud."
    people = [person(body, "John Roe"), person(body, "Jane Doe"), person(body, "Bob Smith")]
    assert [names(e, people) for e in run(body, people)] == [{"Bob Smith": "target"}]


def test_a_phrase_inserted_after_a_name_keeps_the_name_the_subject() -> None:
    body = ("John Roe, in a tweet on Monday, faulted the paper. "
            "John Roe, during a visit by Bob Smith, criticized Jane Doe.")
    people = [person(body, "John Roe"), person(body, "Jane Doe"), person(body, "Bob Smith")]
    times = [timex(body, "on Monday", "2024-03-04", "day")]
    assert [(e.trigger_text, names(e, people)) for e in run(body, people, times)] == [
        ("tweet", {"John Roe": "source"}), ("visit", {"Bob Smith": "source"}),
        ("criticized", {"John Roe": "source", "Jane Doe": "target"})]


def test_a_later_date_after_another_past_verb_is_that_verbs() -> None:
    body = ("Jane Doe, known for her push to oust John Roe after he was accused of fraud, headlined an event "
            "last week. John Roe criticized Jane Doe over a memo she released on Monday.")
    people = [person(body, "Jane Doe", "she", "her"), person(body, "John Roe", "he")]
    times = [timex(body, "last week", "2024-W09", "week"), timex(body, "on Monday", "2024-03-04", "day")]
    assert [(e.trigger_text, e.date_value) for e in run(body, people, times)] == [
        ("oust", None), ("accused", None), ("criticized", None)]


def test_whoever_speaks_at_a_press_conference_holds_it() -> None:
    body = ("Jane Doe took the opposite path during a press conference on Monday. "
            "Bob Smith is flanked by Ann Lee and John Roe at a news conference.")
    people = [person(body, "Jane Doe"), person(body, "John Roe"), person(body, "Bob Smith"), person(body, "Ann Lee")]
    times = [timex(body, "on Monday", "2024-03-04", "day")]
    assert [names(e, people) for e in run(body, people, times)] == [{"Jane Doe": "source"}]  # none for John Roe
    body = "In a press conference on Monday, Gov. Jane Doe said the roads were open."
    people = [person(body, "Jane Doe")]
    assert [names(e, people) for e in run(body, people, [timex(body, "on Monday", "2024-03-04", "day")])] == [
        {"Jane Doe": "source"}]


def test_a_participle_after_a_comma_is_the_clause_subjects_and_a_curly_possessive_counts() -> None:
    body = ("Jane Doe on Monday made the case for the council to authorize the use of force in the long fight "
            "against the gangs of the northern district, declaring that it was time. "
            "John Roe said Jane Doe‘ attack was unfair.")
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    events = run(body, people, [timex(body, "on Monday", "2024-03-04", "day")])
    assert [(e.trigger_text, names(e, people)) for e in events] == [
        ("declaring", {"Jane Doe": "source"}), ("attack", {"Jane Doe": "source"})]


def test_calling_the_event_something_names_it_and_takes_no_part() -> None:
    body = "Jane Doe called the attack a cowardly act. John Roe called a meeting of his cabinet on Monday."
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    events = run(body, people, [timex(body, "on Monday", "2024-03-04", "day")])
    assert [(e.trigger_text, names(e, people)) for e in events] == [("meeting", {"John Roe": "co-participant"})]


def test_a_date_in_a_relative_clause_further_back_is_the_clauses() -> None:
    body = "Jane Doe, who is preparing a 2026 bid, took the opportunity to slam John Roe."
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    [e] = run(body, people, [timex(body, "2026", "2026", "year")])
    assert (e.trigger_text, e.status, e.date_value) == ("slam", "occurred", None)


@pytest.mark.parametrize(("body", "trigger", "status"), [
    ("Senators argued over whether to convict Jane Doe and remove her from office, or acquit her.", "acquit",
     "possible"),
    ("John Roe will meet Jane Doe and sign a treaty with her.", "sign", "planned"),
    ("Jane Doe announced she could not vote to convict John Roe.", "convict", "negated"),
    ("Jane Doe said she would vote to acquit John Roe.", "acquit", "planned"),
    ("Jane Doe voted to impeach John Roe.", "impeach", "occurred"),
    ("Jane Doe called for censuring John Roe instead of impeaching him.", "impeaching", "negated"),
    ("Jane Doe chose a lawsuit against John Roe rather than sanctions on him.", "sanctions", "negated"),
])
def test_alternatives_votes_and_coordinated_infinitives_set_the_status(body: str, trigger: str, status: str) -> None:
    assert statuses_of(body, trigger) == [status]


def test_a_date_right_after_a_reporting_verb_dates_the_saying() -> None:
    body = ("Jane Doe said on Monday she would vote to acquit John Roe in a final vote on Friday. "
            "John Roe said on Monday that he met Jane Doe. "
            "Jane Doe said on Monday at a news conference that taxes were too high. "
            "John Roe said on Monday the two sides have reached a deal with Jane Doe.")
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    times = [TimeExpression(m.start(), m.end(), m.group(), "2024-03-04", "day")
             for m in re.finditer("on Monday", body)] + [timex(body, "on Friday", "2024-03-08", "day")]
    assert [(e.trigger_text, e.date_value) for e in run(body, people, times)] == [
        ("acquit", "2024-03-08"), ("met", None), ("news conference", "2024-03-04"), ("deal", "2024-03-04")]


def test_a_possessed_noun_after_its_verb_is_the_same_event() -> None:
    body = ("Ten states sued Jane Doe on Monday over the order.\n\nThe states allege in their lawsuit in Boston "
            "that the order is unlawful. A charity filed a lawsuit in the District of Columbia.")
    people = [person(body, "Jane Doe")]
    events = run(body, people, [timex(body, "on Monday", "2024-03-04", "day")])
    assert [(e.trigger_text, e.location) for e in events] == [("sued", "Boston"), ("lawsuit", "District of Columbia")]


def test_declared_as_the_verb_of_a_quotation_is_no_event() -> None:
    body = ('"Anybody can act presidential!" Jane Doe declared, before walking off. '
            'John Roe declared: "We will win." Jane Doe declared "a total war" on inflation.')
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    assert [(e.trigger_text, names(e, people)) for e in run(body, people)] == [
        ("declared", {"Jane Doe": "source"})]


def test_a_possessive_after_a_preposition_owns_the_noun_and_takes_no_part() -> None:
    body = ("Jane Doe squeezed in a visit to her Orlando headquarters. "
            "John Roe is facing little criticism from his own caucus. "
            "Jane Doe called for sanctions on John Roe's allies. Prosecutors on John Roe's team accused Bob Smith.")
    people = [person(body, "Jane Doe", "her"), person(body, "John Roe", "his"), person(body, "Bob Smith")]
    assert [(e.trigger_text, names(e, people)) for e in run(body, people)] == [  # she made the visit, not received it
        ("visit", {"Jane Doe": "source"}), ("criticism", {"John Roe": "target"}),
        ("called for", {"Jane Doe": "source"}), ("accused", {"Bob Smith": "target"})]


def test_whoever_speaks_at_a_rally_takes_part_in_it() -> None:
    body = "Jane Doe, a presidential candidate, speaks during a campaign rally on Monday."
    people = [person(body, "Jane Doe")]
    events = run(body, people, [timex(body, "on Monday", "2024-03-04", "day")])
    assert [(e.trigger_text, names(e, people)) for e in events] == [("rally", {"Jane Doe": "source"})]


def test_a_date_after_a_pronoun_and_its_own_past_verb_is_that_verbs() -> None:
    body = "They accused Jane Doe of miscalculating when she wrote in 2007 that the risk was low."
    people = [person(body, "Jane Doe", "she")]
    events = run(body, people, [timex(body, "2007", "2007", "year")])
    assert [(e.trigger_text, e.date_value) for e in events] == [("accused", None)]


def test_a_name_before_an_event_noun_is_its_owner() -> None:
    body = ("Jane Doe responded to a John Roe attack in February. Protesters gathered at a Jane Doe campaign "
            "rally. The John Roe nomination came later. The John Roe indictment was filed in Boston.")
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    assert [(e.trigger_text, names(e, people)) for e in run(body, people)] == [  # an indictment's name is either side
        ("attack", {"John Roe": "source"}), ("rally", {"Jane Doe": "source"}), ("nomination", {"John Roe": "target"}),
        ("indictment", {})]


def test_a_passive_demonstrated_and_a_retirement_community_are_no_events() -> None:
    body = ("The bias of Jane Doe has finally been demonstrated for all to see. "
            "John Roe spoke on Monday in the square of a retirement community.")
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    assert run(body, people, [timex(body, "on Monday", "2024-03-04", "day")]) == []


def test_a_noun_reading_stays_a_noun_whatever_its_status() -> None:
    body = ("John Roe was fired for misleading officials over whether he discussed U.S. sanctions on Jane Doe. "
            "Jane Doe, a visiting scholar at Harvard, said so.")
    people = [person(body, "Jane Doe"), person(body, "John Roe", "he")]
    events = run(body, people)
    assert [(e.trigger_text, e.status, names(e, people)) for e in events] == [
        ("fired", "occurred", {"John Roe": "target"}), ("sanctions", "possible", {"Jane Doe": "target"})]


def test_the_name_after_for_is_the_subject_of_the_infinitive() -> None:
    body = "Bob Smith arranged for Jane Doe to meet with John Roe. Bob Smith called for John Roe to resign."
    people = [person(body, "Jane Doe"), person(body, "John Roe"), person(body, "Bob Smith")]
    assert [(e.trigger_text, e.status, names(e, people)) for e in run(body, people)] == [
        ("meet", "planned", {"Jane Doe": "co-participant", "John Roe": "co-participant"}),
        ("called for", "occurred", {"Bob Smith": "source", "John Roe": "target"}),
        ("resign", "possible", {"John Roe": "source"})]


def test_a_plural_noun_after_and_and_a_cause_blamed_are_no_events() -> None:
    body = ("A Jane Doe survey of assaults in prisons and jails in the US was published on Monday. "
            "The slowdown was blamed on weather on Monday. The fire was blamed on John Roe on Monday.")
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    times = [TimeExpression(m.start(), m.end(), m.group(), "2024-03-04", "day") for m in re.finditer("on Monday", body)]
    assert [(e.trigger_text, names(e, people)) for e in run(body, people, times)] == [
        ("blamed", {"John Roe": "target"})]


def test_an_announcer_makes_the_deal_and_x_and_his_counterpart_are_subjects() -> None:
    body = ("Jane Doe and her Russian counterpart announced an agreement on Monday. "
            "John Roe announced new sanctions on Iran.")
    people = [person(body, "Jane Doe", "her"), person(body, "John Roe")]
    events = run(body, people, [timex(body, "on Monday", "2024-03-04", "day")])
    assert [(e.trigger_text, names(e, people)) for e in events] == [
        ("announced", {"Jane Doe": "source"}), ("agreement", {"Jane Doe": "co-participant"}),
        ("announced", {"John Roe": "source"}), ("sanctions", {"John Roe": "source"})]


def test_an_indefinite_noun_with_its_own_people_is_a_new_event() -> None:
    body = ("A recent trip to Pyongyang by an envoy did little to help.\n\n"
            "John Roe made an international trip on Monday.")
    people = [person(body, "John Roe")]
    events = run(body, people, [timex(body, "on Monday", "2024-03-04", "day")])
    assert [(e.trigger_start, e.date_value, names(e, people)) for e in events if e.event_type == "visit"] == [
        (body.index("trip to"), None, {}), (body.index("trip on"), "2024-03-04", {"John Roe": "source"})]


@pytest.mark.parametrize(("body", "trigger", "status"), [
    ("The memo recounts a supposed trip Jane Doe took to Prague in August.", "trip", "possible"),
    ("Dozens died in an alleged chemical attack by John Roe.", "attack", "possible"),
    ("Jane Doe examined alleged interference by John Roe in the election of Bob Smith.", "election", "occurred"),
    ("Jane Doe said in her prepared testimony that John Roe lied.", "testimony", "occurred"),
])
def test_a_hedge_on_the_noun_itself_makes_it_possible(body: str, trigger: str, status: str) -> None:
    people = [person(body, "Jane Doe", "her"), person(body, "John Roe"), person(body, "Bob Smith")]
    assert statuses_of(body, trigger, people) == [status]


def test_a_photo_caption_dated_after_publication_shows_what_happened() -> None:
    body = ("Photos: The many faces of Jane Doe Jane Doe talks to the media during a trip to the border on July 23. "
            "Hide Caption 12 of 14 Photos: The many faces of Jane Doe Jane Doe speaks. Hide Caption 13 of 14")
    people = [person(body, "Jane Doe")]
    events = run(body, people, [timex(body, "on July 23", "2024-07-23", "day")])  # published March 6
    assert [(e.trigger_text, e.status, names(e, people)) for e in events] == [
        ("trip", "occurred", {"Jane Doe": "source"})]


def test_a_clause_opened_by_that_keeps_the_date_before_it() -> None:
    body = ("Jane Doe told reporters in Boston on Monday that John Roe visited Paris. "
            "It was on Monday that Jane Doe met John Roe. "
            "On Monday, officials confirmed that John Roe has resigned. "
            "On the same day that a judge ruled against Bob Smith, Jane Doe sued John Roe.")
    people = [person(body, "Jane Doe"), person(body, "John Roe"), person(body, "Bob Smith")]
    times = [TimeExpression(m.start(), m.end(), m.group(), "2024-03-04", "day")
             for m in re.finditer("on Monday|On Monday|the same day", body)]
    assert [(e.trigger_text, e.date_value) for e in run(body, people, times)] == [
        ("visited", None), ("met", "2024-03-04"), ("resigned", "2024-03-04"), ("ruled", "2024-03-04"),
        ("sued", None)]


def test_a_date_after_a_gerund_is_the_gerunds() -> None:
    body = ("John Roe pleaded guilty to lying to the FBI about his contacts with Russians during the 2016 campaign. "
            "Jane Doe became irate in a meeting with outgoing director John Roe last week. "
            "Two exchanges signed a memorandum of understanding on February 9 with Bob Smith.")
    people = [person(body, "Jane Doe"), person(body, "John Roe"), person(body, "Bob Smith")]
    times = [timex(body, "2016", "2016", "year"), timex(body, "last week", "2024-W09", "week"),
             timex(body, "on February 9", "2024-02-09", "day")]
    assert [(e.trigger_text, e.date_value) for e in run(body, people, times)] == [
        ("pleaded guilty", None), ("meeting", "2024-W09"), ("signed", "2024-02-09")]


def test_the_object_after_a_role_or_a_possessive_and_role_is_the_person_named() -> None:
    body = ("Jane Doe slammed Democratic front-runner John Roe on Friday. "
            "Jane Doe berated her campaign manager, Bob Smith, over the polls. "
            "Jane Doe met John Roe, even as his wife, Ann Roe, waited.")
    people = [person(body, "Jane Doe", "her"), person(body, "John Roe", "his"), person(body, "Bob Smith"),
              person(body, "Ann Roe")]
    assert [(e.trigger_text, names(e, people)) for e in run(body, people)] == [
        ("slammed", {"Jane Doe": "source", "John Roe": "target"}),
        ("berated", {"Jane Doe": "source", "Bob Smith": "target"}),
        ("met", {"Jane Doe": "co-participant", "John Roe": "co-participant"})]


def test_a_date_inside_a_relative_clause_keeps_the_name_its_subject() -> None:
    body = "John Roe, who on Tuesday also announced a widespread probe of the plan, spoke to Bob Smith."
    people = [person(body, "John Roe"), person(body, "Bob Smith")]
    events = run(body, people, [timex(body, "on Tuesday", "2024-03-05", "day")])
    assert [(e.trigger_text, names(e, people)) for e in events] == [("announced", {"John Roe": "source"})]


@pytest.mark.parametrize(("body", "status"), [
    ("The scandal forced John Roe to resign.", "occurred"),
    ("Congress moved to impeach Bob Smith, prompting John Roe to resign.", "occurred"),
    ("Senators asked John Roe to resign.", "possible"),
    ("The committee invited John Roe to testify.", "possible"),
])
def test_the_object_of_a_verb_of_forcing_or_asking_is_the_subject_of_the_infinitive(body: str, status: str) -> None:
    people = [person(body, "John Roe"), person(body, "Bob Smith")]
    [e] = [e for e in run(body, people) if e.event_type in ("resignation", "statement")]
    assert (e.status, names(e, people)) == (status, {"John Roe": "source"})


def test_any_or_every_event_is_none_in_particular_and_a_trip_it_is_part_of_is_the_same() -> None:
    body = ("That is the risk with any treaty John Roe signed in Paris. John Roe won every presidential election "
            "since 1992. Jane Doe did not hold any talks with John Roe in May. "
            "Jane Doe is scheduled to travel to Riyadh in May as part of a Middle East trip.")
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    times = [timex(body, "1992", "1992", "year")] + [
        TimeExpression(m.start(), m.end(), m.group(), "2024-05", "month") for m in re.finditer("in May", body)]
    assert [(e.trigger_text, e.status) for e in run(body, people, times)] == [
        ("talks", "negated"), ("travel to", "planned")]


def test_a_dateline_dates_only_what_the_lead_says_happened() -> None:
    body = ("BRASILIA, March 6 - John Roe will renew negotiations with Jane Doe, officials said.\n\n"
            "AMSTERDAM, March 6 - Jane Doe announced new measures, officials said.")
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    times = [TimeExpression(m.start(), m.end(), m.group(), "2024-03-06", "day") for m in re.finditer("March 6", body)]
    assert [(e.trigger_text, e.status, e.date_value) for e in run(body, people, times)] == [
        ("negotiations", "planned", None), ("announced", "occurred", "2024-03-06")]


def test_indicted_and_charged_with_the_same_person_are_one_charging() -> None:
    body = ("Jane Doe has been indicted in three corruption cases. Jane Doe was charged on Thursday with bribery. "
            "John Roe criticised the decision.")
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    events = run(body, people, [timex(body, "on Thursday", "2024-02-29", "day")])
    assert [(e.trigger_text, e.date_value) for e in events if e.event_type == "legal_action"] == [
        ("indicted", "2024-02-29")]


def test_a_year_before_a_noun_is_that_nouns_and_dates_no_other_event() -> None:
    body = ("Jane Doe's 2016 campaign chairman John Roe was indicted on Monday. Other 2016 hopefuls attacked Jane Doe. "
            "John Roe protested at the 2012 convention in Tampa. Bob Smith won the 2016 presidential election.")
    people = [person(body, "Jane Doe"), person(body, "John Roe"), person(body, "Bob Smith")]
    times = [timex(body, "on Monday", "2024-03-04", "day")] + [
        TimeExpression(m.start(), m.end(), m.group(), m.group(), "year") for m in re.finditer(r"\d{4}", body)]
    assert [(e.trigger_text, e.date_value) for e in run(body, people, times)] == [
        ("indicted", "2024-03-04"), ("attacked", None), ("protested", "2012"), ("election", "2016")]


def test_who_travels_for_a_meeting_takes_part_in_it() -> None:
    body = ("Jane Doe arrives in Hanoi on Tuesday for the two-day summit with John Roe. "
            "Bob Smith will go to Helsinki for a summit with Ann Lee.")
    people = [person(body, "Jane Doe"), person(body, "John Roe"), person(body, "Bob Smith"), person(body, "Ann Lee")]
    events = run(body, people, [timex(body, "on Tuesday", "2024-03-12", "day")])
    assert [(e.trigger_text, e.status, names(e, people)) for e in events if e.event_type == "meeting"] == [
        ("summit", "planned", {"Jane Doe": "co-participant", "John Roe": "co-participant"}),
        ("summit", "planned", {"Bob Smith": "co-participant", "Ann Lee": "co-participant"})]


def test_meeting_a_fate_is_no_meeting_and_declining_to_meet_negates() -> None:
    body = "Jane Doe met the same fate that month. John Roe has avoided questions, declining to meet with Jane Doe."
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    assert [(e.trigger_text, e.status) for e in run(body, people)] == [("meet", "negated")]


def test_an_abbreviated_title_before_the_object_and_a_titled_coordinate_subject() -> None:
    body = ("Jane Doe accused Mr. Roe of lying. On Wednesday, she and first lady Ann Lee hosted Texas Sen. Bob Smith "
            "for dinner.")
    people = [person(body, "Jane Doe", "she"), person(body, "John Roe", "Roe"), person(body, "Ann Lee"),
              person(body, "Bob Smith")]
    events = run(body, people, [timex(body, "On Wednesday", "2024-03-06", "day")])
    assert [(e.trigger_text, names(e, people)) for e in events] == [
        ("accused", {"Jane Doe": "source", "John Roe": "target"}),
        ("hosted", {"Jane Doe": "co-participant", "Ann Lee": "co-participant", "Bob Smith": "co-participant"})]


def test_a_speaker_at_a_rally_with_any_past_verb_and_a_relative_clause_with_a_plan_keep_their_subject() -> None:
    body = ("Jane Doe at a rally in Florida on Wednesday lashed out at John Roe. "
            "John Roe, who was scheduled to visit Texas on Tuesday, issued a declaration.")
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    times = [timex(body, "on Wednesday", "2024-03-06", "day"), timex(body, "on Tuesday", "2024-03-05", "day")]
    assert [(e.trigger_text, names(e, people)) for e in run(body, people, times)] == [
        ("rally", {"Jane Doe": "source"}), ("visit", {"John Roe": "source"})]


@pytest.mark.parametrize(("body", "trigger", "status"), [
    ("Jane Doe awaited the report, neither commenting nor tweeting for much of Friday.", "tweeting", "negated"),
    ("Jane Doe was looking forward to meeting with John Roe in China later this year.", "meeting", "planned"),
    ("Jane Doe cited a terrorist attack by John Roe that never happened.", "attack", "negated"),
])
def test_neither_nor_looking_forward_and_never_happened_set_the_status(body: str, trigger: str, status: str) -> None:
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    assert statuses_of(body, trigger, people) == [status]


def test_a_phrase_of_place_or_time_inside_a_relative_clause_keeps_the_name_its_subject() -> None:
    body = ("Bob Smith thanked John Roe, who in a seminal speech on Independence Day in 1821 declared a new policy. "
            "Jane Doe, who in 2015 was arrested, criticized Bob Smith.")
    people = [person(body, "John Roe"), person(body, "Bob Smith"), person(body, "Jane Doe")]
    times = [timex(body, "1821", "1821", "year"), timex(body, "2015", "2015", "year")]
    assert [(e.trigger_text, names(e, people)) for e in run(body, people, times)] == [
        ("declared", {"John Roe": "source"}),
        ("arrested", {"Jane Doe": "target"}), ("criticized", {"Jane Doe": "source", "Bob Smith": "target"})]


@pytest.mark.parametrize(("body", "trigger", "status", "role"), [
    ("In ordinary times, Jane Doe would be widely praised on all sides, and confirmed by the Senate.",
     "confirmed", "possible", "target"),
    ("Jane Doe should be removed from office and barred from holding any future office.",
     "barred", "possible", "target"),
    ("Jane Doe was arrested on Friday and charged with fraud.", "charged with", "occurred", "target"),
    ("Jane Doe was invited to the White House and met briefly with John Roe.", "met", "occurred",
     "co-participant"),
    ("Jane Doe was concerned by the comments and criticized John Roe.", "criticized", "occurred", "source"),
])
def test_a_participle_after_and_shares_the_passive_before_it_only_without_an_object(
        body: str, trigger: str, status: str, role: str) -> None:
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    rows = [e for e in run(body, people) if e.trigger_text == trigger]
    assert [(e.status, names(e, people)["Jane Doe"]) for e in rows] == [(status, role)]


def test_a_date_in_a_clause_with_its_own_subject_after_that_is_not_the_verbs() -> None:
    body = ("The Senate confirmed Jane Doe by the majorities that John Roe and Bob Smith received in the 1990s. "
            "John Roe cited a new United Nations sanctions package that was passed unanimously last week.")
    people = [person(body, "Jane Doe"), person(body, "John Roe"), person(body, "Bob Smith")]
    times = [timex(body, "the 1990s", "199", "decade"), timex(body, "last week", "2024-W09", "week")]
    dates = {e.trigger_text: e.date_value for e in run(body, people, times)}
    assert dates["confirmed"] is None
    assert dates["sanctions"] == "2024-W09"


@pytest.mark.parametrize(("body", "trigger", "status"), [
    ("Jane Doe continues to attack John Roe.", "attack", "ongoing"),
    ("Jane Doe will continue to meet with John Roe.", "meet", "planned"),
    ("Jane Doe welcomed the ongoing negotiations with John Roe.", "negotiations", "ongoing"),
    ("Jane Doe said John Roe is participating in negotiations with her.", "negotiations", "ongoing"),
    ("It would be improper to act in the anticipation that Jane Doe may at some time in the future be "
     "impeached by John Roe.", "impeached", "possible"),
    ("Jane Doe will, at some point, meet John Roe.", "meet", "planned"),
])
def test_continuing_and_indefinite_future_phrases_set_the_status(body: str, trigger: str, status: str) -> None:
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    assert statuses_of(body, trigger, people) == [status]


def test_a_noun_after_a_comma_right_before_the_verb_is_its_subject_but_an_appositive_is_not() -> None:
    body = ("Just as Jane Doe was on the campaign trail, proclaiming victory, jihadists killed John Roe. "
            "Bob Smith will appear on stage, the campaign announced on Monday. "
            "Ann Lee, the woman charged with fraud, denied it.")
    rows = roles_by_trigger(body, "Jane Doe", "John Roe", "Bob Smith", "Ann Lee")
    assert rows["killed"] == {"John Roe": "target"}
    assert "Bob Smith" not in rows.get("announced", {})
    assert rows["charged with"] == {"Ann Lee": "target"}


@pytest.mark.parametrize(("body", "trigger", "status"), [
    ("The poll showed support for impeaching John Roe steadily grew.", "impeaching", "possible"),
    ("Threats to scrap the agreement between Jane Doe and John Roe have pushed them to try harder.", "agreement",
     "occurred"),
    ("Jane Doe threatened to cancel the summit with John Roe.", "summit", "planned"),
    ("Jane Doe decided to cancel the summit with John Roe.", "summit", "negated"),
])
def test_support_for_a_gerund_and_a_threat_to_undo_an_event_set_the_status(body: str, trigger: str,
                                                                              status: str) -> None:
    assert statuses_of(body, trigger) == [status]


def test_a_verb_after_but_shares_the_subject_at_the_clause_start_only() -> None:
    body = ("Jane Doe denied the allegations but resigned on Monday. "
            "Bob Smith did not repeat his language calling John Roe a fraud, but blamed Ann Lee. "
            "Ann Lee was found not guilty of the first charge, but convicted of the second.")
    rows = roles_by_trigger(body, "Jane Doe", "John Roe", "Bob Smith", "Ann Lee")
    assert rows["resigned"] == {"Jane Doe": "source"}
    assert "John Roe" not in rows.get("blamed", {})
    assert rows["convicted"] == {"Ann Lee": "target"}


def test_a_participle_after_a_comma_takes_the_subject_and_hosting_a_rally_is_the_rally() -> None:
    body = ("Jane Doe had visited Ohio in August, hosting a couple of large rallies there. "
            "John Roe criticized the plan on Monday, urging Bob Smith to withdraw it.")
    people = [person(body, "Jane Doe"), person(body, "John Roe"), person(body, "Bob Smith")]
    times = [timex(body, "in August", "2023-08", "month"), timex(body, "on Monday", "2024-03-04", "day")]
    rows = [(e.trigger_text, e.event_type, names(e, people)) for e in run(body, people, times)]
    assert ("hosting", "rally", {"Jane Doe": "source"}) in rows
    assert [r for r in rows if r[0] == "rallies"] == []  # the rallies are what she hosted, one event
    assert ("urging", "appeal", {"John Roe": "source", "Bob Smith": "target"}) in rows


def test_what_something_comes_ahead_of_is_still_to_come_unless_told_in_the_past() -> None:
    body = ("A cease-fire was holding on Monday, ahead of negotiations between Jane Doe and John Roe in Cairo. "
            "Bob Smith was advised just ahead of his tense meeting with Ann Lee. "
            "Voters saw ads in the run-up to the 2016 election between Bob Smith and John Roe.")
    people = [person(body, "Jane Doe"), person(body, "John Roe"), person(body, "Bob Smith"), person(body, "Ann Lee")]
    times = [timex(body, "on Monday", "2024-03-04", "day"), timex(body, "2016", "2016", "year")]
    rows = {e.trigger_text: (e.status, e.date_value) for e in run(body, people, times)}
    assert rows["negotiations"] == ("planned", None)  # Monday is the holding's day
    assert rows["meeting"] == ("occurred", None)
    assert rows["election"] == ("occurred", "2016")


def test_the_name_before_whom_is_the_object_and_a_caption_gathering_to_protest_happened() -> None:
    body = ("John Roe may fire the attorney general, Jane Doe, whom he has publicly mocked. "
            "Bob Smith, whom Ann Lee once praised, pleaded guilty on Monday.")
    # "he" resolved to nobody: the antecedent of "whom" is still the object
    rows = roles_by_trigger(body, "John Roe", "Jane Doe", "Bob Smith", "Ann Lee")
    assert rows["mocked"]["Jane Doe"] == "target"
    assert rows["pleaded guilty"]["Bob Smith"] == "source"
    # a photo caption narrates in the present
    caption = ("Photos: Protests – Demonstrators gather at the monument to protest the coup on Monday. "
               "Hide Caption 3 of 9")
    assert statuses_of(caption, "protest", []) == ["occurred"]
    assert statuses_of("Demonstrators gather at the monument on Monday to protest the coup.", "protest", []) == [
        "planned"]


@pytest.mark.parametrize(("body", "kept"), [
    ("Jane Doe tried to rally minorities against John Roe.", False),
    ("Jane Doe rallied young voters for John Roe.", False),
    ("Jane Doe will rally for John Roe in Iowa.", True),
    ("Jane Doe rallied much less frequently with John Roe.", True),
])
def test_rally_with_an_object_mobilises_and_gathers_no_one(body: str, kept: bool) -> None:
    people = [person(body, "Jane Doe"), person(body, "John Roe")]
    assert any(e.event_type == "rally" for e in run(body, people)) is kept

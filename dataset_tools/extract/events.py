"""PLACEHOLDER — being replaced by the events extractor."""

from __future__ import annotations

from datetime import date

from dataset_tools.extract.records import Event, PersonEntity, Quote, TimeExpression

EVENT_TYPES = ("meeting", "visit", "statement", "agreement", "accusation", "criticism", "sanction",
               "appointment", "election")


def extract_events(
    body: str,
    published: date,
    people: list[PersonEntity],
    quotes: list[Quote],
    time_expressions: list[TimeExpression],
) -> list[Event]:
    return []

"""Extraction stage: one article body in, people, quotes, time expressions and events out.

Each extractor is a pure function of the body (and what earlier extractors found), so articles can be
processed independently and in parallel.
"""

from __future__ import annotations

from datetime import date

from dataset_tools.extract.boilerplate import mask_boilerplate
from dataset_tools.extract.events import extract_events
from dataset_tools.extract.people import extract_people
from dataset_tools.extract.quotes import extract_quotes
from dataset_tools.extract.records import ArticleExtraction, quote_text_from_span
from dataset_tools.extract.time import extract_time_expressions


def extract_article(body: str, published: date) -> ArticleExtraction:
    """Run every extractor over one article body, in dependency order.

    The extractors read the body with its page furniture — related-link cards, repeated gallery titles —
    blanked out (``boilerplate``); offsets are the same, a quotation running across a blanked span keeps
    the article's own characters as its text, and a speaker read across one is dropped."""
    text, furniture = mask_boilerplate(body)
    people = extract_people(text)
    quotes = extract_quotes(text, people)
    time_expressions = extract_time_expressions(text, published)
    events = extract_events(text, published, people, quotes, time_expressions)
    def on_furniture(lo: int, hi: int) -> bool:
        return any(lo < end and start < hi for start, end in furniture)

    for q in quotes:
        if on_furniture(q.start, q.end):
            q.text = quote_text_from_span(body[q.start:q.end])
        if q.speaker_start is not None and q.speaker_end is not None and on_furniture(q.speaker_start, q.speaker_end):
            # a speaker read across blanked furniture ("Hide Caption 9 of 13 <gallery title>") is no speaker
            q.speaker_text = q.speaker_start = q.speaker_end = q.person = q.cue = None
            q.method, q.confidence = "unknown", 0.0
    return ArticleExtraction(people=people, quotes=quotes, time_expressions=time_expressions, events=events)

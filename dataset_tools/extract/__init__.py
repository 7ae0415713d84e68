"""Extraction stage: one article body in, people, quotes, time expressions and events out.

Each extractor is a pure function of the body (and what earlier extractors found), so articles can be
processed independently and in parallel.
"""

from __future__ import annotations

from datetime import date

from dataset_tools.extract.events import extract_events
from dataset_tools.extract.people import extract_people
from dataset_tools.extract.quotes import extract_quotes
from dataset_tools.extract.records import ArticleExtraction
from dataset_tools.extract.time import extract_time_expressions


def extract_article(body: str, published: date) -> ArticleExtraction:
    """Run every extractor over one article body, in dependency order."""
    people = extract_people(body)
    quotes = extract_quotes(body, people)
    time_expressions = extract_time_expressions(body, published)
    events = extract_events(body, published, people, quotes, time_expressions)
    return ArticleExtraction(people=people, quotes=quotes, time_expressions=time_expressions, events=events)

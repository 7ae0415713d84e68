"""PLACEHOLDER — being replaced by the time-expression extractor."""

from __future__ import annotations

from datetime import date

from dataset_tools.extract.records import TimeExpression


def extract_time_expressions(body: str, published: date) -> list[TimeExpression]:
    return []

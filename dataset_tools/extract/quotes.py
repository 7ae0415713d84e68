"""PLACEHOLDER — being replaced by the quotes extractor."""

from __future__ import annotations

from dataset_tools.extract.records import PersonEntity, Quote


def extract_quotes(body: str, people: list[PersonEntity]) -> list[Quote]:
    return []

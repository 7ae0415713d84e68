"""PLACEHOLDER — being replaced by the people extractor."""

from __future__ import annotations

from dataset_tools.extract.records import PersonEntity


def extract_people(body: str) -> list[PersonEntity]:
    return []

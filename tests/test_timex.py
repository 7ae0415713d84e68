from __future__ import annotations

from datetime import date

import pytest

from dataset_tools.timex import interval, value_matches_precision


@pytest.mark.parametrize(
    ("value", "precision", "expected"),
    [
        ("2023-06-20", "day", (date(2023, 6, 20), date(2023, 6, 20))),
        ("2023-W24", "week", (date(2023, 6, 12), date(2023, 6, 18))),
        ("2023-06", "month", (date(2023, 6, 1), date(2023, 6, 30))),
        ("2024-02", "month", (date(2024, 2, 1), date(2024, 2, 29))),
        ("2023-Q2", "quarter", (date(2023, 4, 1), date(2023, 6, 30))),
        ("2021", "year", (date(2021, 1, 1), date(2021, 12, 31))),
        ("199", "decade", (date(1990, 1, 1), date(1999, 12, 31))),
        ("2023-W24-WE", "week", (date(2023, 6, 17), date(2023, 6, 18))),
        ("2022-WI", "season", (date(2022, 12, 1), date(2023, 2, 28))),
        ("2022-SU", "quarter", (date(2022, 6, 1), date(2022, 8, 31))),
        ("PAST_REF", "reference", None),
        ("2023-02-30", "day", None),
        ("2023-06", "day", None),
    ],
)
def test_interval(value: str, precision: str, expected: tuple[date, date] | None) -> None:
    assert interval(value, precision) == expected


def test_value_must_fit_precision() -> None:
    assert value_matches_precision("2023-W24", "week")
    assert not value_matches_precision("2023-W24", "month")
    assert value_matches_precision("2022-SU", "season")

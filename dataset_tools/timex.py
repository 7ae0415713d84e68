"""TIMEX3 values: which precision a value has, and the calendar interval it covers."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

# Meteorological seasons: first and last month (winter runs into the next year).
SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}

# The value shape each precision must have. "reference" covers PAST_REF, PRESENT_REF and FUTURE_REF;
# "season" covers TIMEX3 seasons such as 2022-SU; "unknown" is anything TIMEX3 allows that we do not
# model (e.g. a value with X placeholders).
VALUE_PATTERNS: dict[str, re.Pattern[str]] = {
    "day": re.compile(r"\d{4}-\d{2}-\d{2}"),
    "week": re.compile(r"\d{4}-W\d{2}(-WE)?"),  # -WE: the weekend of that week
    "month": re.compile(r"\d{4}-\d{2}"),
    # Seasons are quarter-like in TIMEX3 (2022-SU), so either precision name is accepted for them.
    "quarter": re.compile(r"\d{4}-(Q[1-4]|SP|SU|FA|WI)"),
    "season": re.compile(r"\d{4}-(SP|SU|FA|WI)"),
    "year": re.compile(r"\d{4}"),
    "decade": re.compile(r"\d{3}"),
    "century": re.compile(r"\d{2}"),
    "reference": re.compile(r"PAST_REF|PRESENT_REF|FUTURE_REF"),
    "unknown": re.compile(r"[0-9X]{1,4}(-[0-9A-Z]{1,3}){0,2}|[A-Z_]+"),
}


def value_matches_precision(value: str, precision: str) -> bool:
    pattern = VALUE_PATTERNS.get(precision)
    return bool(pattern and pattern.fullmatch(value))


def interval(value: str, precision: str) -> tuple[date, date] | None:
    """First and last day covered by a TIMEX3 value, or None when it is not a calendar interval."""
    if not value_matches_precision(value, precision):
        return None
    try:
        if precision == "day":
            day = date.fromisoformat(value)
            return day, day
        if precision == "week":
            year, week = int(value[:4]), int(value[6:8])
            monday = date.fromisocalendar(year, week, 1)
            if value.endswith("-WE"):
                return monday + timedelta(days=5), monday + timedelta(days=6)
            return monday, monday + timedelta(days=6)
        if precision == "month":
            year, month = int(value[:4]), int(value[5:7])
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        if value[5:] in SEASONS:
            year, (first_month, last_month) = int(value[:4]), SEASONS[value[5:]]
            end_year, end_month = year + (last_month - 1) // 12, (last_month - 1) % 12 + 1
            return date(year, first_month, 1), date(end_year, end_month,
                                                    calendar.monthrange(end_year, end_month)[1])
        if precision == "quarter":
            year, quarter = int(value[:4]), int(value[6])
            first = date(year, 3 * quarter - 2, 1)
            last_month = 3 * quarter
            return first, date(year, last_month, calendar.monthrange(year, last_month)[1])
        if precision == "year":
            year = int(value)
            return date(year, 1, 1), date(year, 12, 31)
        if precision == "decade":
            start = int(value) * 10
            return date(start, 1, 1), date(start + 9, 12, 31)
        if precision == "century":
            start = int(value) * 100
            return date(max(start, 1), 1, 1), date(start + 99, 12, 31)
    except ValueError:  # an impossible day or week number
        return None
    return None

"""Validate stage: every table against its definition, then the checks that span tables.

Three layers, all collected into one report (nothing stops at the first failure):

1. the Arrow schema of each file equals the table definition (column names, order and types);
2. a pandera model per table, generated from ``tables.py``: types, nullability, vocabularies,
   patterns, ranges and unique keys;
3. cross-table checks: foreign keys, spans that really match the article body, date values that agree
   with their precision and interval.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pandera.pandas as pdr
import pyarrow as pa
import pyarrow.parquet as pq
from pandera.errors import SchemaErrors

from dataset_tools.extract.records import quote_text_from_span
from dataset_tools.tables import TABLES, Column, Table
from dataset_tools.timex import interval, value_matches_precision

PANDAS_TYPES: dict[str, object] = {
    "string": pd.StringDtype(),
    "integer": pd.Int64Dtype(),
    "number": pd.Float64Dtype(),
    "boolean": pd.BooleanDtype(),
    "date": None,  # stays datetime.date objects; checked element-wise below
    "string_list": None,  # stays Python lists; checked element-wise below
}
ARROW_TO_PANDAS = {
    pa.string(): pd.StringDtype(),
    pa.int64(): pd.Int64Dtype(),
    pa.float64(): pd.Float64Dtype(),
    pa.bool_(): pd.BooleanDtype(),
}


@dataclass(frozen=True, order=True)
class Failure:
    """One value that breaks one rule."""

    table: str
    key: str  # the row's primary key, "a|b" for composite keys; "" when the failure is not about a row
    column: str
    value: str
    rule: str

    def as_dict(self) -> dict[str, str]:
        return {"table": self.table, "key": self.key, "column": self.column, "value": self.value,
                "rule": self.rule}


def to_pandas(table: pa.Table) -> pd.DataFrame:
    """An Arrow table as pandas with nullable dtypes, so that integer columns with nulls stay integers."""
    return table.to_pandas(types_mapper=ARROW_TO_PANDAS.get)


def _column_checks(column: Column) -> list[pdr.Check]:
    checks: list[pdr.Check] = []
    if column.enum is not None:
        checks.append(pdr.Check.isin(list(column.enum), error=f"one of {', '.join(column.enum)}"))
    if column.pattern is not None:
        checks.append(pdr.Check.str_matches(column.pattern, error=f"matches {column.pattern}"))
    if column.minimum is not None:
        checks.append(pdr.Check.ge(column.minimum, error=f">= {column.minimum:g}"))
    if column.maximum is not None:
        checks.append(pdr.Check.le(column.maximum, error=f"<= {column.maximum:g}"))
    if column.type == "date":
        checks.append(pdr.Check(lambda v: isinstance(v, dt.date) and not isinstance(v, dt.datetime),
                                element_wise=True, error="a date"))
    if column.type == "string_list":
        checks.append(pdr.Check(lambda v: hasattr(v, "__iter__") and all(isinstance(x, str) for x in v),
                                element_wise=True, error="a list of strings"))
    return checks


def pandera_schema(table: Table) -> pdr.DataFrameSchema:
    """The pandera model of a table, generated from its definition."""
    columns = {
        c.name: pdr.Column(PANDAS_TYPES[c.type], checks=_column_checks(c), nullable=c.nullable, required=True)
        for c in table.columns
    }
    return pdr.DataFrameSchema(columns, strict=True, ordered=True, unique=list(table.primary_key),
                               name=table.name, report_duplicates="all")


def _key(frame: pd.DataFrame, table: Table, index: object) -> str:
    try:
        row = frame.loc[index]
    except (KeyError, TypeError):
        return ""
    return "|".join(str(row[k]) for k in table.primary_key)


def check_arrow_schema(table: Table, data: pa.Table) -> list[Failure]:
    expected = table.arrow_schema()
    failures = []
    actual = {f.name: f.type for f in data.schema}
    for field in expected:
        if field.name not in actual:
            failures.append(Failure(table.name, "", field.name, "", "column is missing"))
        elif actual[field.name] != field.type:
            failures.append(Failure(table.name, "", field.name, str(actual[field.name]),
                                    f"stored as {field.type}"))
    for name in actual.keys() - set(expected.names):
        failures.append(Failure(table.name, "", name, "", "column is not in the table definition"))
    if not failures and data.schema.names != expected.names:
        failures.append(Failure(table.name, "", "", ",".join(data.schema.names),
                                f"columns in the order {','.join(expected.names)}"))
    return failures


def check_table(table: Table, frame: pd.DataFrame) -> list[Failure]:
    """pandera's verdict on one table, every failure case as a located Failure."""
    try:
        pandera_schema(table).validate(frame, lazy=True)
    except SchemaErrors as errors:
        failures = []
        for case in errors.failure_cases.to_dict("records"):
            index = case.get("index")
            column = case.get("column") or ""
            check = str(case.get("check"))
            value = "" if pd.isna(case.get("failure_case")) else str(case.get("failure_case"))
            key = _key(frame, table, index) if index is not None and not pd.isna(index) else ""
            if check == "not_nullable":
                check = "not null"
            elif "uniqueness" in check or "duplicates" in check:
                check = f"unique {'+'.join(table.primary_key)}"
            failures.append(Failure(table.name, key, str(column), value, check))
        return failures
    return []


def _rows(frame: pd.DataFrame) -> Iterator[dict[str, object]]:
    for record in frame.to_dict("records"):
        yield {k: (None if _missing(v) else v) for k, v in record.items()}


def _missing(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)


def _span_failures(table: Table, frame: pd.DataFrame, bodies: Mapping[str, str],
                   spans: list[tuple[str, str, str, Callable[[str], str]]]) -> list[Failure]:
    """Check that body[start:end] (through ``render``) equals the text column, for each span."""
    failures = []
    for row in _rows(frame):
        key = "|".join(str(row[k]) for k in table.primary_key)
        body = bodies.get(str(row["article_id"]))
        if body is None:
            continue  # reported as a foreign-key failure
        for start_col, end_col, text_col, render in spans:
            start, end, text = row[start_col], row[end_col], row[text_col]
            if start is None and end is None and text is None:
                continue
            if start is None or end is None or text is None:
                failures.append(Failure(table.name, key, start_col, f"{start}:{end}",
                                        f"{start_col}, {end_col} and {text_col} are all set or all null"))
                continue
            if not 0 <= int(start) < int(end) <= len(body):
                failures.append(Failure(table.name, key, start_col, f"{start}:{end}",
                                        f"0 <= {start_col} < {end_col} <= body length {len(body)}"))
            elif render(body[int(start):int(end)]) != text:
                failures.append(Failure(table.name, key, text_col, str(text)[:80],
                                        f"equals the body at {start_col}:{end_col}"))
    return failures


def _identity(span: str) -> str:
    return span


SPANS: dict[str, list[tuple[str, str, str, Callable[[str], str]]]] = {
    "person_mentions": [("start", "end", "text", _identity)],
    "quotes": [("start", "end", "text", quote_text_from_span),
               ("speaker_start", "speaker_end", "speaker_text", _identity)],
    "time_expressions": [("start", "end", "text", _identity)],
    "events": [("trigger_start", "trigger_end", "trigger_text", _identity)],
}


def _date_failures(table: Table, frame: pd.DataFrame, value_col: str, precision_col: str) -> list[Failure]:
    failures = []
    for row in _rows(frame):
        key = "|".join(str(row[k]) for k in table.primary_key)
        value, precision = row[value_col], row[precision_col]
        if (value is None) != (precision is None):
            failures.append(Failure(table.name, key, precision_col, str(precision),
                                    f"{value_col} and {precision_col} are both set or both null"))
            continue
        if value is None:
            continue
        if not value_matches_precision(str(value), str(precision)):
            failures.append(Failure(table.name, key, value_col, str(value),
                                    f"a TIMEX3 value of precision {precision}"))
        elif "date_start" in row:
            expected = interval(str(value), str(precision))
            actual = (row["date_start"], row["date_end"])
            if expected != actual and not (expected is None and actual == (None, None)):
                failures.append(Failure(table.name, key, "date_start", f"{actual[0]}..{actual[1]}",
                                        f"the interval of {value}"))
    return failures


def _has(frames: Mapping[str, pd.DataFrame], table: str, *columns: str) -> bool:
    return table in frames and all(c in frames[table].columns for c in columns)


def check_relations(frames: Mapping[str, pd.DataFrame]) -> list[Failure]:
    """Foreign keys, spans against the body, and dates against their precision.

    Each check runs when the columns it needs are there, so a broken table does not hide the failures
    of the others.
    """
    failures: list[Failure] = []
    for table in TABLES.values():
        for fk in table.foreign_keys:
            if not (_has(frames, table.name, *table.primary_key, fk.column) and _has(frames, fk.table, fk.ref_column)):
                continue
            frame = frames[table.name]
            known = set(frames[fk.table][fk.ref_column].dropna())
            for row in _rows(frame[list(dict.fromkeys([*table.primary_key, fk.column]))]):
                value = row[fk.column]
                if value is not None and value not in known:
                    key = "|".join(str(row[k]) for k in table.primary_key)
                    failures.append(Failure(table.name, key, fk.column, str(value),
                                            f"exists in {fk.table}.{fk.ref_column}"))
    if _has(frames, "articles", "article_id", "body"):
        bodies = dict(zip(frames["articles"]["article_id"], frames["articles"]["body"], strict=True))
        for name, spans in SPANS.items():
            needed = [c for span in spans for c in span[:3]]
            if _has(frames, name, "article_id", *TABLES[name].primary_key, *needed):
                failures += _span_failures(TABLES[name], frames[name], bodies, spans)
    if _has(frames, "time_expressions", "time_id", "value", "precision"):
        failures += _date_failures(TABLES["time_expressions"], frames["time_expressions"], "value", "precision")
    if _has(frames, "events", "event_id", "date_value", "date_precision", "date_start", "date_end"):
        failures += _date_failures(TABLES["events"], frames["events"], "date_value", "date_precision")
    return failures


def validate_tables(tables: Mapping[str, pa.Table]) -> list[Failure]:
    """Every failure in a set of Arrow tables, sorted."""
    failures: list[Failure] = []
    frames: dict[str, pd.DataFrame] = {}
    for table in TABLES.values():
        if table.name not in tables:
            failures.append(Failure(table.name, "", "", "", "table is missing"))
            continue
        data = tables[table.name]
        frames[table.name] = to_pandas(data)
        schema_failures = check_arrow_schema(table, data)
        failures += schema_failures
        if not schema_failures:  # pandera would only repeat what the schema check said
            failures += check_table(table, frames[table.name])
    failures += check_relations(frames)
    return sorted(set(failures))


def read_tables(folder: Path) -> dict[str, pa.Table]:
    """The Parquet files of a build or release folder (a missing table is left out, and reported later)."""
    tables = {}
    for name in TABLES:
        path = folder / f"{name}.parquet"
        if path.exists():
            tables[name] = pq.read_table(path)
        elif (folder / name).is_dir():  # a partitioned table
            tables[name] = pq.read_table(folder / name)
    return tables

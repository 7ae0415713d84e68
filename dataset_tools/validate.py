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
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pandas as pd
import pandera.pandas as pdr
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from pandera.errors import SchemaErrors

from dataset_tools.engine import Runner, in_process, map_ordered
from dataset_tools.extract.records import quote_text_from_span
from dataset_tools.publish import compact_batch, table_files
from dataset_tools.tables import TABLES, Column, ForeignKey, Table
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


@cache  # built once per table, not once per batch
def pandera_schema(table: Table, unique: bool = True) -> pdr.DataFrameSchema:
    """The pandera model of a table, generated from its definition.

    ``unique=False`` leaves the key out, for checking a table a batch at a time: the streaming
    validator checks keys across batches itself (sorted and unique).
    """
    columns = {
        c.name: pdr.Column(PANDAS_TYPES[c.type], checks=_column_checks(c), nullable=c.nullable, required=True)
        for c in table.columns
    }
    return pdr.DataFrameSchema(columns, strict=True, ordered=True,
                               unique=list(table.primary_key) if unique else None,
                               name=table.name, report_duplicates="all")


def _key(frame: pd.DataFrame, table: Table, index: object) -> str:
    try:
        row = frame.loc[index]
    except (KeyError, TypeError):
        return ""
    return "|".join(str(row[k]) for k in table.primary_key)


def check_arrow_schema(table: Table, schema: pa.Schema) -> list[Failure]:
    expected = table.arrow_schema()
    failures = []
    actual = {f.name: f.type for f in schema}
    for field in expected:
        if field.name not in actual:
            failures.append(Failure(table.name, "", field.name, "", "column is missing"))
        elif actual[field.name] != field.type:
            failures.append(Failure(table.name, "", field.name, str(actual[field.name]),
                                    f"stored as {field.type}"))
    for name in actual.keys() - set(expected.names):
        failures.append(Failure(table.name, "", name, "", "column is not in the table definition"))
    if not failures and schema.names != expected.names:
        failures.append(Failure(table.name, "", "", ",".join(schema.names),
                                f"columns in the order {','.join(expected.names)}"))
    return failures


def check_table(table: Table, frame: pd.DataFrame, unique: bool = True) -> list[Failure]:
    """pandera's verdict on one table (or a batch of it), every failure case as a located Failure."""
    try:
        pandera_schema(table, unique).validate(frame, lazy=True)
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


def _rows(batch: pa.RecordBatch, columns: list[str]) -> Iterator[dict[str, object]]:
    """The given columns of a batch as dicts, straight from Arrow (far faster than through pandas)."""
    values = [batch.column(c).to_pylist() for c in columns]
    for row in zip(*values, strict=True):
        yield dict(zip(columns, row, strict=True))


def _key_text(table: Table, row: Mapping[str, object]) -> str:
    return "|".join(str(row[k]) for k in table.primary_key)


def _span_failures(table: Table, batch: pa.RecordBatch, bodies: Mapping[str, str],
                   spans: list[tuple[str, str, str, Callable[[str], str]]]) -> list[Failure]:
    """Check that body[start:end] (through ``render``) equals the text column, for each span.

    This is the hottest loop of validation (one pass per row of the largest tables), so it works on
    plain lists and looks a body up once per run of rows of the same article.
    """
    failures = []
    article_ids = batch.column("article_id").to_pylist()
    columns = [(start_col, end_col, text_col, render, batch.column(start_col).to_pylist(),
                batch.column(end_col).to_pylist(), batch.column(text_col).to_pylist())
               for start_col, end_col, text_col, render in spans]
    last_article, body = None, None

    def key(i: int) -> str:
        return "|".join(str(batch.column(k)[i].as_py()) for k in table.primary_key)

    for i, article_id in enumerate(article_ids):
        if article_id != last_article:
            last_article, body = article_id, bodies.get(str(article_id))
        if body is None:
            continue  # reported as a foreign-key failure
        for start_col, end_col, text_col, render, starts, ends, texts in columns:
            start, end, text = starts[i], ends[i], texts[i]
            if start is None or end is None or text is None:
                if not (start is None and end is None and text is None):
                    failures.append(Failure(table.name, key(i), start_col, f"{start}:{end}",
                                            f"{start_col}, {end_col} and {text_col} are all set or all null"))
            elif not 0 <= start < end <= len(body):
                failures.append(Failure(table.name, key(i), start_col, f"{start}:{end}",
                                        f"0 <= {start_col} < {end_col} <= body length {len(body)}"))
            elif render(body[start:end]) != text:
                failures.append(Failure(table.name, key(i), text_col, str(text)[:80],
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


def _date_failures(table: Table, batch: pa.RecordBatch, value_col: str, precision_col: str) -> list[Failure]:
    failures = []
    interval_cols = ["date_start", "date_end"] if "date_start" in batch.schema.names else []
    for row in _rows(batch, [*table.primary_key, value_col, precision_col, *interval_cols]):
        value, precision = row[value_col], row[precision_col]
        if (value is None) != (precision is None):
            failures.append(Failure(table.name, _key_text(table, row), precision_col, str(precision),
                                    f"{value_col} and {precision_col} are both set or both null"))
            continue
        if value is None:
            continue
        if not value_matches_precision(str(value), str(precision)):
            failures.append(Failure(table.name, _key_text(table, row), value_col, str(value),
                                    f"a TIMEX3 value of precision {precision}"))
        elif interval_cols:
            expected = interval(str(value), str(precision))
            actual = (row["date_start"], row["date_end"])
            if expected != actual and not (expected is None and actual == (None, None)):
                failures.append(Failure(table.name, _key_text(table, row), "date_start",
                                        f"{actual[0]}..{actual[1]}", f"the interval of {value}"))
    return failures


BATCH_ROWS = 32_768
# The bodies sent with one batch's rows for checking spans: a few MB.
TASK_ARTICLES = 256
# Articles carry their bodies: a few MB a batch, not a few hundred.
BODY_BATCH_ROWS = 1_024


class TableSource:
    """A table to validate, read a batch at a time: from files (one or parts) or from memory."""

    def __init__(self, schema: pa.Schema, batches: Callable[[list[str] | None, int], Iterator[pa.RecordBatch]]) -> None:
        self.schema = schema
        self._batches = batches
        self.batch_rows = BODY_BATCH_ROWS if "body" in schema.names else BATCH_ROWS

    def batches(self, columns: list[str] | None = None) -> Iterator[pa.RecordBatch]:
        return self._batches(columns, self.batch_rows)

    @classmethod
    def of_table(cls, table: pa.Table) -> TableSource:
        return cls(table.schema, lambda columns, rows: iter((table.select(columns) if columns else table)
                                                              .to_batches(max_chunksize=rows)))

    @classmethod
    def of_files(cls, paths: list[Path]) -> TableSource:
        def batches(columns: list[str] | None, rows: int) -> Iterator[pa.RecordBatch]:
            for path in paths:
                yield from pq.ParquetFile(path).iter_batches(batch_size=rows, columns=columns)

        return cls(pq.read_schema(paths[0]), batches)


class _Bodies:
    """Article bodies looked up in article order, reading the articles table alongside (a merge join),
    so that checking spans never holds every body in memory."""

    def __init__(self, articles: TableSource) -> None:
        self.articles = articles
        self._restart()

    def _restart(self) -> None:
        self._stream = (pair for batch in self.articles.batches(["article_id", "body"])
                        for pair in zip(batch.column(0).to_pylist(), batch.column(1).to_pylist(), strict=True))
        self._current: tuple[str, str | None] = ("", None)

    def get(self, article_id: str) -> str | None:
        if article_id < self._current[0]:  # another table, or out of order (reported elsewhere): start over
            self._restart()
        while self._current[0] < article_id:
            self._current = next(self._stream, ("\U0010ffff", None))
        return self._current[1] if self._current[0] == article_id else None


def _key_failures(table: Table, batch: pa.RecordBatch, previous: dict[str, tuple[object, ...]]) -> list[Failure]:
    """Keys must be unique and rows sorted by them: checked between neighbours, so across batches too
    (``previous`` holds each table's last key so far)."""
    if not batch.num_rows:
        return []
    last = previous.get(table.name)
    previous[table.name] = tuple(batch.column(k)[-1].as_py() for k in table.primary_key)
    if len(table.primary_key) == 1 and _strictly_increasing(batch.column(table.primary_key[0]), last):
        return []  # the common case, answered by Arrow without a Python object per row
    failures = []
    column = "+".join(table.primary_key)
    for key in zip(*(batch.column(k).to_pylist() for k in table.primary_key), strict=True):
        if last is not None and not last < key:
            shown = "|".join(str(k) for k in key)
            if key == last:
                failures.append(Failure(table.name, shown, column, shown, f"unique {column}"))
            elif _sort_key(key) < _sort_key(last):
                failures.append(Failure(table.name, shown, column, shown, f"rows sorted by {column}"))
        last = key
    return failures


def _strictly_increasing(keys: pa.Array, last: tuple[object, ...] | None) -> bool:
    """True when a key column has no nulls and each key is greater than the one before (Arrow compares
    strings by their UTF-8 bytes, which is Python's order of code points)."""
    if keys.null_count or not pa.types.is_string(keys.type):
        return False
    if last is not None and not (last[0] is not None and str(last[0]) < keys[0].as_py()):
        return False
    return len(keys) < 2 or bool(pc.all(pc.less(keys.slice(0, len(keys) - 1), keys.slice(1))).as_py())


def _sort_key(key: tuple[object, ...]) -> tuple[str, ...]:
    return tuple("" if k is None else str(k) for k in key)


# Distinct foreign-key values gathered before they are looked up in the referenced keys: Arrow builds a
# hash set of the referenced keys on every lookup, so a lookup per batch would cost a pass over, say,
# every quote id for every batch of events (quadratic in the corpus).
FOREIGN_KEY_LOOKUP_VALUES = 1_000_000


class _ForeignKeys:
    """Foreign keys checked across a whole stream: each batch's distinct values wait, and are looked up
    in the referenced keys a million at a time. Only a value that is missing sends the checker back to
    the table's rows, to name the rows that hold it."""

    def __init__(self, known: Mapping[str, pa.Array]) -> None:
        self.known = known  # "table.column" -> every referenced key
        self.pending: dict[tuple[str, ForeignKey], list[pa.Array]] = {}
        self.pending_values: dict[tuple[str, ForeignKey], int] = {}
        self.missing: dict[tuple[str, ForeignKey], set[str]] = {}

    def checkable(self, table: Table) -> bool:
        return all(fk.reference in self.known for fk in table.foreign_keys)

    def add(self, table: Table, batch: pa.RecordBatch) -> None:
        for fk in table.foreign_keys:
            place = (table.name, fk)
            values = pc.unique(pc.drop_null(batch.column(fk.column)))
            self.pending.setdefault(place, []).append(values)
            self.pending_values[place] = self.pending_values.get(place, 0) + len(values)
            if self.pending_values[place] >= FOREIGN_KEY_LOOKUP_VALUES:
                self._look_up(place)

    def _look_up(self, place: tuple[str, ForeignKey]) -> None:
        values = pc.unique(pa.concat_arrays(self.pending.pop(place)))
        del self.pending_values[place]
        absent = values.filter(pc.invert(pc.is_in(values, value_set=self.known[place[1].reference])))
        if len(absent):
            self.missing.setdefault(place, set()).update(absent.to_pylist())

    def failures(self, sources: Mapping[str, TableSource]) -> list[Failure]:
        """Every row whose foreign key is missing (the tables are read again only when one is)."""
        for place in list(self.pending):
            self._look_up(place)
        failures = []
        for (table_name, fk), values in self.missing.items():  # the caller sorts the report
            table = TABLES[table_name]
            wanted = pa.array(sorted(values), pa.string())
            for batch in sources[table_name].batches(list(dict.fromkeys([*table.primary_key, fk.column]))):
                column = batch.column(fk.column)
                for index in pc.indices_nonzero(pc.is_in(column, value_set=wanted)).to_pylist():
                    key = "|".join(str(batch.column(k)[index].as_py()) for k in table.primary_key)
                    failures.append(Failure(table.name, key, fk.column, str(column[index].as_py()),
                                            f"exists in {fk.reference}"))
        return failures


def validate_sources(sources: Mapping[str, TableSource], runner: Runner | None = None,
                     only: Collection[str] | None = None) -> list[Failure]:
    """Every failure in a set of tables, checked a batch at a time (on ``runner``'s workers), sorted.

    ``only`` names the tables to check (default: all); the others may serve as referenced tables.
    """
    failures: list[Failure] = []
    usable: dict[str, TableSource] = {}
    for table in TABLES.values():
        if only is not None and table.name not in only:
            continue
        if table.name not in sources:
            failures.append(Failure(table.name, "", "", "", "table is missing"))
            continue
        schema_failures = check_arrow_schema(table, sources[table.name].schema)
        failures += schema_failures
        if not schema_failures:
            usable[table.name] = sources[table.name]
    # Referenced keys, read once per referenced column (only that column). A table whose schema is
    # broken elsewhere still serves its keys and bodies, so its failure does not hide the others'.
    def has_strings(name: str, *columns: str) -> bool:
        return name in sources and all(
            c in sources[name].schema.names and sources[name].schema.field(c).type == pa.string() for c in columns)

    known: dict[str, pa.Array] = {}
    for table in TABLES.values():
        for fk in table.foreign_keys if only is None or table.name in only else ():
            if fk.reference not in known and has_strings(fk.table, fk.ref_column):
                chunks = [b.column(0) for b in sources[fk.table].batches([fk.ref_column])]
                known[fk.reference] = pa.concat_arrays(chunks) if chunks else pa.array([], pa.string())
    bodies = _Bodies(sources["articles"]) if has_strings("articles", "article_id", "body") else None
    # Row checks run on the runner's workers, a batch (with the bodies its spans point into) at a time,
    # one stream over every table so that no worker waits for a table to end; keys and foreign keys
    # need the whole table and are checked here as the batches come back, in order.
    previous: dict[str, tuple[object, ...]] = {}
    foreign_keys = _ForeignKeys(known)
    for (name, batch, _), batch_failures in map_ordered(runner or in_process(), check_batch,
                                                        _tasks(usable, bodies)):
        table = TABLES[name]
        failures += batch_failures
        failures += _key_failures(table, batch, previous)
        if foreign_keys.checkable(table):
            foreign_keys.add(table, batch)
    failures += foreign_keys.failures(usable)
    return sorted(set(failures))


def _tasks(sources: Mapping[str, TableSource],
           bodies: _Bodies | None) -> Iterator[tuple[str, pa.RecordBatch, dict[str, str] | None]]:
    """Every table's batches, as the workers get them: a batch whose spans need checking goes in pieces
    of at most TASK_ARTICLES articles, each with their bodies (a sparse table's batch can span the whole
    corpus), and every piece is a compact copy (a pickled slice would carry its whole parent)."""
    for name, source in sources.items():
        for batch in source.batches():
            if bodies is None or name not in SPANS:
                yield name, compact_batch(batch), None
                continue
            for piece in _by_articles(batch, TASK_ARTICLES):
                yield name, piece, _bodies_of(piece, bodies)


def _by_articles(batch: pa.RecordBatch, most: int) -> Iterator[pa.RecordBatch]:
    """A batch cut between articles into compact pieces of rows from at most ``most`` articles each."""
    start, seen, last = 0, 0, None
    for index, article_id in enumerate(batch.column("article_id").to_pylist()):
        if article_id != last:
            if seen == most:
                yield compact_batch(batch.slice(start, index - start))
                start, seen = index, 0
            seen, last = seen + 1, article_id
    yield compact_batch(batch.slice(start))


def _bodies_of(batch: pa.RecordBatch, bodies: _Bodies) -> dict[str, str]:
    """The bodies of the articles a batch's rows point into."""
    found = {}
    for article_id in pc.unique(batch.column("article_id")).to_pylist():
        body = bodies.get(str(article_id))
        if body is not None:
            found[str(article_id)] = body
    return found


def check_batch(task: tuple[str, pa.RecordBatch, dict[str, str] | None]) -> list[Failure]:
    """The checks a batch of rows can answer alone: pandera's, spans against the bodies given, dates."""
    name, batch, bodies = task
    table = TABLES[name]
    failures = check_table(table, to_pandas(pa.Table.from_batches([batch])), unique=False)
    if bodies is not None:
        failures += _span_failures(table, batch, bodies, SPANS[name])
    if name == "time_expressions":
        failures += _date_failures(table, batch, "value", "precision")
    elif name == "events":
        failures += _date_failures(table, batch, "date_value", "date_precision")
    return failures


def validate_tables(tables: Mapping[str, pa.Table]) -> list[Failure]:
    """Every failure in a set of in-memory Arrow tables, sorted."""
    return validate_sources({name: TableSource.of_table(t) for name, t in tables.items()})


def validate_folder(folder: Path, runner: Runner | None = None, only: Collection[str] | None = None) -> list[Failure]:
    """Every failure in the tables of a build or release folder, read a batch at a time.

    ``only`` checks some tables (and reads just the tables they refer to), e.g. those a build has
    finished writing while it still writes others.
    """
    sources = {}
    wanted = set(TABLES) if only is None else {*only, "articles", *(fk.table for name in only
                                                                     for fk in TABLES[name].foreign_keys)}
    for name in wanted:
        paths = table_files(folder, name)
        if paths:
            sources[name] = TableSource.of_files(paths)
    return validate_sources(sources, runner, only)


def read_tables(folder: Path) -> dict[str, pa.Table]:
    """The tables of a build or release folder, whole (a missing table is left out, and reported later)."""
    return {name: pq.read_table(paths[0]) if len(paths) == 1 else pa.concat_tables(pq.read_table(p) for p in paths)
            for name in TABLES if (paths := table_files(folder, name))}

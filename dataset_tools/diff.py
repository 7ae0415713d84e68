"""Row diff between two builds or releases: per table, rows added, modified and deleted by primary key.

Ids are stable (hashes of the article and span, or the person registry), so a row with the same key is
the same thing in both releases; it is *modified* when any column both releases have differs.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from dataset_tools.errors import InputError, Problem
from dataset_tools.tables import TABLES
from dataset_tools.validate import read_tables


@dataclass
class TableDiff:
    table: str
    old_rows: int
    new_rows: int
    added: list[str] = field(default_factory=list)  # primary keys, "a|b" for composite keys, sorted
    modified: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    columns_added: list[str] = field(default_factory=list)
    columns_removed: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.modified or self.deleted or self.columns_added or self.columns_removed)

    def as_dict(self) -> dict[str, object]:
        return {"table": self.table, "old_rows": self.old_rows, "new_rows": self.new_rows,
                "added": len(self.added), "modified": len(self.modified), "deleted": len(self.deleted),
                "columns_added": self.columns_added, "columns_removed": self.columns_removed,
                "keys": {"added": self.added, "modified": self.modified, "deleted": self.deleted}}


KEY = "__key"


def _comparable(table: pa.Table, key: tuple[str, ...], columns: list[str]) -> pa.Table:
    """The key as one string column and the compared columns in types Arrow can join and compare.

    Lists become one string (length, then the items joined by a unit separator), so that [] and [""] differ.
    """
    parts = [pc.cast(table.column(k), pa.string()) for k in key]
    arrays = {KEY: parts[0] if len(parts) == 1 else pc.binary_join_element_wise(*parts, "|")}
    for name in columns:
        column = table.column(name)
        if pa.types.is_list(column.type) or pa.types.is_large_list(column.type):
            joined = pc.binary_join(pc.cast(column, pa.list_(pa.string())), "\x1f")
            column = pc.binary_join_element_wise(pc.cast(pc.list_value_length(column), pa.string()), joined, ":")
        arrays[name] = column
    return pa.table(arrays)


def _keys(table: pa.Table, mask: pa.ChunkedArray | pa.Array) -> list[str]:
    return sorted(table.filter(mask).column(KEY).to_pylist())


def diff_table(name: str, old: pa.Table | None, new: pa.Table | None) -> TableDiff:
    """Compare two versions of a table in Arrow (no Python row objects), so big releases diff quickly."""
    key = TABLES[name].primary_key
    old_cols = old.column_names if old is not None else []
    new_cols = new.column_names if new is not None else []
    common = [c for c in new_cols if c in old_cols and c not in key]
    before = _comparable(old, key, common) if old is not None else None
    after = _comparable(new, key, common) if new is not None else None
    result = TableDiff(
        table=name,
        old_rows=old.num_rows if old is not None else 0,
        new_rows=new.num_rows if new is not None else 0,
        columns_added=[c for c in new_cols if c not in old_cols] if old is not None else [],
        columns_removed=[c for c in old_cols if c not in new_cols] if new is not None else [],
    )
    if before is None or after is None:
        result.added = sorted(after.column(KEY).to_pylist()) if after is not None else []
        result.deleted = sorted(before.column(KEY).to_pylist()) if before is not None else []
        return result
    result.added = _keys(after, pc.invert(pc.is_in(after.column(KEY), value_set=before.column(KEY))))
    result.deleted = _keys(before, pc.invert(pc.is_in(before.column(KEY), value_set=after.column(KEY))))
    joined = before.rename_columns([KEY, *(f"old.{c}" for c in common)]).join(
        after.rename_columns([KEY, *(f"new.{c}" for c in common)]), KEY, join_type="inner")
    changed = pa.array([False] * joined.num_rows, pa.bool_())
    for c in common:
        a, b = joined.column(f"old.{c}"), joined.column(f"new.{c}")
        if not a.type.equals(b.type):  # a retyped column: compare the values as text
            a, b = pc.cast(a, pa.string()), pc.cast(b, pa.string())
        differs = pc.or_(pc.fill_null(pc.not_equal(a, b), False), pc.xor(pc.is_null(a), pc.is_null(b)))
        changed = pc.or_(changed, differs)
    result.modified = _keys(joined, changed)
    return result


def diff_tables(old: Mapping[str, pa.Table], new: Mapping[str, pa.Table]) -> list[TableDiff]:
    return [diff_table(name, old.get(name), new.get(name)) for name in TABLES if name in old or name in new]


def _tables_of(folder: Path) -> dict[str, pa.Table]:
    if not folder.is_dir():
        raise InputError([Problem(str(folder), None, "diff.not-folder", "not a folder")])
    tables = read_tables(folder)
    if not tables:
        raise InputError([Problem(str(folder), None, "diff.no-tables", "no table files (*.parquet) in the folder")])
    return tables


def diff_folders(old: Path, new: Path) -> list[TableDiff]:
    """Diff two build or release folders; raise InputError when one holds no tables."""
    return diff_tables(_tables_of(old), _tables_of(new))


def summary_markdown(diffs: list[TableDiff]) -> str:
    """A Markdown table: rows added, modified and deleted per table."""
    lines = ["| table | rows before | rows after | added | modified | deleted |", "|---|---:|---:|---:|---:|---:|"]
    for d in diffs:
        lines.append(f"| `{d.table}` | {d.old_rows} | {d.new_rows} | {len(d.added)} | {len(d.modified)} "
                     f"| {len(d.deleted)} |")
    for d in diffs:
        if d.columns_added or d.columns_removed:
            lines.append("")
            break
    for d in diffs:
        if d.columns_added:
            lines.append(f"- `{d.table}`: columns added: {', '.join(d.columns_added)}")
        if d.columns_removed:
            lines.append(f"- `{d.table}`: columns removed: {', '.join(d.columns_removed)}")
    return "\n".join(lines) + "\n"


def summary_text(diffs: list[TableDiff]) -> str:
    width = max((len(d.table) for d in diffs), default=5)
    lines = [f"{'table':<{width}}  {'before':>7}  {'after':>7}  {'added':>7}  {'modified':>8}  {'deleted':>7}"]
    for d in diffs:
        lines.append(f"{d.table:<{width}}  {d.old_rows:>7}  {d.new_rows:>7}  {len(d.added):>7}  "
                     f"{len(d.modified):>8}  {len(d.deleted):>7}")
        if d.columns_added:
            lines.append(f"  columns added: {', '.join(d.columns_added)}")
        if d.columns_removed:
            lines.append(f"  columns removed: {', '.join(d.columns_removed)}")
    return "\n".join(lines) + "\n"


def diff_json(old: str, new: str, diffs: list[TableDiff]) -> str:
    return json.dumps({"old": old, "new": new, "tables": [d.as_dict() for d in diffs]},
                      indent=2, ensure_ascii=False) + "\n"

"""Writing tables: fixed row groups, parts for large tables, manifests that describe every file."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import dataset_tools.publish as publish
from dataset_tools.pipeline import build
from dataset_tools.publish import TableWriter, table_files
from dataset_tools.validate import read_tables, validate_folder
from tests.test_assemble import tables
from tests.test_pipeline import hashes


def test_rows_written_in_any_batches_give_the_same_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(publish, "ROW_GROUP_ROWS", 2)
    mentions = tables()["person_mentions"]
    whole = TableWriter(tmp_path / "a", "person_mentions", None)
    (tmp_path / "a").mkdir()
    whole.write(mentions)
    assert whole.close() == 3
    (tmp_path / "b").mkdir()
    pieces = TableWriter(tmp_path / "b", "person_mentions", None)
    for row in mentions.to_pylist():
        pieces.write_rows([row])
    pieces.close()
    assert hashes(tmp_path / "a") == hashes(tmp_path / "b")
    assert pq.ParquetFile(tmp_path / "a" / "person_mentions.parquet").metadata.num_row_groups == 2


def test_large_tables_become_parts_that_read_as_one(seeds: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(publish, "ROW_GROUP_ROWS", 2)
    monkeypatch.setattr(publish, "PART_ROWS", 2)
    out = tmp_path / "out"
    build(seeds, out)
    parts = table_files(out, "person_mentions")
    assert len(parts) > 1 and all(p.parent == out / "person_mentions" for p in parts)
    assert not (out / "person_mentions.parquet").exists()
    assert validate_folder(out) == []
    manifest = json.loads((out / "manifest.json").read_text())
    whole = read_tables(out)["person_mentions"]
    assert manifest["tables"]["person_mentions"]["rows"] == whole.num_rows
    assert sum(manifest["files"][p.relative_to(out).as_posix()]["rows"] for p in parts) == whole.num_rows
    duckdb = pytest.importorskip("duckdb")
    count = duckdb.connect().execute(f"SELECT count(*) FROM '{out}/person_mentions/*.parquet'").fetchall()
    assert count == [(whole.num_rows,)]
    pl = pytest.importorskip("polars")
    assert pl.read_parquet(f"{out}/person_mentions/*.parquet").height == whole.num_rows
    import pandas as pd

    assert len(pd.read_parquet(out / "person_mentions")) == whole.num_rows


def test_streaming_validation_catches_unsorted_and_duplicate_rows(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(seeds, out)
    path = out / "person_mentions.parquet"
    table = pq.read_table(path)
    rows = table.to_pylist()
    rows = [rows[1], rows[0], rows[0], *rows[2:]]
    pq.write_table(pa.Table.from_pylist(rows, schema=table.schema), path)
    rules = {(f.table, f.rule) for f in validate_folder(out)}
    assert ("person_mentions", "rows sorted by mention_id") in rules
    assert ("person_mentions", "unique mention_id") in rules

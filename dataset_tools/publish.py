"""Publish stage: tables become files — Parquet and CSV per table, a manifest and checksums.

Files are written with fixed options and no clock, host or path in them, so the same tables give the
same bytes. Every write goes to a temporary folder that is renamed into place only when complete.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from dataset_tools import __version__
from dataset_tools.tables import SCHEMA_VERSION, TABLES

DATASET_NAME = "dataset_tools-news"
MANIFEST = "manifest.json"
CHECKSUMS = "SHA256SUMS"
# Fixed writer options: any change here changes every file's bytes, so it is a toolkit change.
PARQUET_OPTIONS = {
    "compression": "zstd",
    "compression_level": 9,
    "version": "2.6",
    "use_dictionary": True,
    "write_statistics": True,
    "data_page_version": "1.0",
}
ROW_GROUP_ROWS = 16_384
# Articles carry their bodies (several KB a row): smaller row groups keep the rows waiting to be written,
# and a reader's unit of work, to a few MB.
BODY_ROW_GROUP_ROWS = 1_024
# Past this many rows a table is written as a folder of parts (see TableWriter).
PART_ROWS = 1_000_000


def compact_batch(rows: pa.Table | pa.RecordBatch) -> pa.RecordBatch:
    """Rows as one record batch in buffers of their own, even when empty: a slice pickled or spilled as it
    is would carry its whole parent, and a spill file needs exactly one batch per build batch."""
    return pa.record_batch([pa.concat_arrays(c.chunks if isinstance(c, pa.ChunkedArray) else [c])
                            if len(c) else pa.array([], c.type) for c in rows.columns], schema=rows.schema)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def csv_bytes(table: pa.Table, header: bool) -> bytes:
    """RFC 4180 CSV in UTF-8 with LF line ends, written by Arrow: strings quoted when needed (an empty
    string is "" and a null an empty cell), dates ISO, lists as JSON arrays."""
    for index, field in enumerate(table.schema):
        if pa.types.is_list(field.type):
            values = table.column(index).to_pylist()
            as_json = [None if v is None else json.dumps(v, ensure_ascii=False) for v in values]
            table = table.set_column(index, pa.field(field.name, pa.string()), pa.array(as_json, pa.string()))
    buffer = io.BytesIO()
    pacsv.write_csv(table, buffer, pacsv.WriteOptions(include_header=header, quoting_style="needed"))
    return buffer.getvalue()


def parquet_metadata(dataset_version: str | None) -> dict[bytes, bytes]:
    return {
        b"dataset_tools.dataset": DATASET_NAME.encode(),
        b"dataset_tools.dataset_version": (dataset_version or "").encode(),
        b"dataset_tools.schema_version": SCHEMA_VERSION.encode(),
        b"dataset_tools.toolkit_version": __version__.encode(),
    }


class TableWriter:
    """Writes one table as Parquet and CSV, a batch of rows at a time, in the order given.

    Row groups always hold the same number of rows (ROW_GROUP_ROWS, or BODY_ROW_GROUP_ROWS for the
    articles; the last one fewer), whatever batches the rows came in,
    so a table written in one go and one written article by article have the same bytes. A table of more
    than ``part_rows`` rows becomes a folder ``<table>/part-00000.parquet`` … that DuckDB, polars, pandas
    and Spark read as one table (its CSV twin ``<table>-csv/part-00000.csv`` …, kept apart so that the
    Parquet folder holds Parquet only); a smaller one is the single file ``<table>.parquet``.
    Files are written into a folder that the caller renames into place when everything is complete.
    """

    def __init__(self, folder: Path, name: str, dataset_version: str | None, part_rows: int | None = None) -> None:
        self.folder, self.name = folder, name
        self.schema = TABLES[name].arrow_schema().with_metadata(parquet_metadata(dataset_version))
        self.part_rows = part_rows or PART_ROWS
        self.group_rows = BODY_ROW_GROUP_ROWS if name == "articles" else ROW_GROUP_ROWS
        # Batches wait until a row group is full; a row group is written from one contiguous table.
        self.pending: list[pa.Table] = []
        self.pending_rows = 0
        self.rows = 0
        self.parts: list[tuple[Path, Path]] = []
        self._parquet: pq.ParquetWriter | None = None
        self._csv: io.BufferedWriter | None = None
        self._part_rows_written = 0

    def write_rows(self, rows: list[dict[str, object]]) -> None:
        self.write(pa.Table.from_pylist(rows, schema=self.schema))

    def write(self, table: pa.Table) -> None:
        """Append rows (in the table's column order and types) after those already written."""
        if table.num_rows:
            self.pending.append(table.replace_schema_metadata(self.schema.metadata))
            self.pending_rows += table.num_rows
        while self.pending_rows >= self.group_rows:
            self._flush(self.group_rows)

    def _open_part(self) -> None:
        part = f"part-{len(self.parts):05d}"
        parquet = part_path(self.folder, self.name, part, ".parquet")
        csv_path = part_path(self.folder, self.name, part, ".csv")
        parquet.parent.mkdir(exist_ok=True)
        csv_path.parent.mkdir(exist_ok=True)
        self.parts.append((parquet, csv_path))
        options = {k: v for k, v in PARQUET_OPTIONS.items() if k != "row_group_size"}
        self._parquet = pq.ParquetWriter(self.parts[-1][0], self.schema, **options)
        self._csv = self.parts[-1][1].open("wb")
        self._csv.write(csv_bytes(self.schema.empty_table(), header=True))
        self._part_rows_written = 0

    def _close_part(self) -> None:
        if self._parquet is not None and self._csv is not None:
            self._parquet.close()
            self._csv.close()
        self._parquet = self._csv = None

    def _flush(self, n: int) -> None:
        waiting = pa.concat_tables(self.pending)
        table = waiting.slice(0, n).combine_chunks()
        rest = waiting.slice(n)
        self.pending = [rest] if rest.num_rows else []
        self.pending_rows = rest.num_rows
        if self._parquet is None or self._part_rows_written >= self.part_rows:
            self._close_part()
            self._open_part()
        assert self._parquet is not None and self._csv is not None
        self._parquet.write_table(table, row_group_size=n)
        self._csv.write(csv_bytes(table, header=False))
        self._part_rows_written += n
        self.rows += n

    def close(self) -> int:
        """Finish the files; return the number of rows written."""
        if self.pending_rows or not self.parts:
            if self.pending_rows:
                self._flush(self.pending_rows)
            else:  # an empty table still gets its files, with the header only
                self._open_part()
        self._close_part()
        if len(self.parts) == 1:  # small enough for one file: <table>.parquet, <table>.csv
            parquet, csv_path = self.parts[0]
            parquet.rename(self.folder / f"{self.name}.parquet")
            csv_path.rename(self.folder / f"{self.name}.csv")
            parquet.parent.rmdir()
            csv_path.parent.rmdir()
        return self.rows


def input_fingerprint(article_hashes: Mapping[str, str]) -> str:
    """One hash of every input article's id and bytes: equal fingerprints, equal inputs."""
    lines = "".join(f"{aid} {digest}\n" for aid, digest in sorted(article_hashes.items()))
    return hashlib.sha256(lines.encode("utf-8")).hexdigest()


def part_path(folder: Path, name: str, part: str, suffix: str) -> Path:
    """Where a part of a large table goes: Parquet in ``<table>/``, CSV in ``<table>-csv/``."""
    return folder / (name if suffix == ".parquet" else f"{name}-csv") / f"{part}{suffix}"


def table_files(folder: Path, name: str, suffix: str = ".parquet") -> list[Path]:
    """The files of one table in a build: ``<name>.parquet``, or its parts."""
    single = folder / f"{name}{suffix}"
    if single.is_file():
        return [single]
    parts = part_path(folder, name, "part", suffix).parent
    return sorted(parts.glob(f"part-*{suffix}")) if parts.is_dir() else []


def write_manifest(folder: Path, dataset_version: str | None,
                   fingerprint: str, extra: Mapping[str, object] | None = None) -> dict[str, object]:
    """manifest.json (sha256, bytes and rows of every file) and SHA256SUMS for a written folder."""
    rows_of: dict[str, int] = {}  # a table file (Parquet or its CSV twin) -> rows
    table_rows: dict[str, int] = {}
    for name in TABLES:
        for parquet in table_files(folder, name):
            n = pq.ParquetFile(parquet).metadata.num_rows
            table_rows[name] = table_rows.get(name, 0) + n
            rows_of[parquet.relative_to(folder).as_posix()] = n
            csv_twin = parquet.with_suffix(".csv") if parquet.parent == folder else part_path(
                folder, name, parquet.stem, ".csv")
            rows_of[csv_twin.relative_to(folder).as_posix()] = n
    files: dict[str, dict[str, object]] = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.name not in (MANIFEST, CHECKSUMS)):
        rel = path.relative_to(folder).as_posix()
        entry: dict[str, object] = {"sha256": file_sha256(path), "bytes": path.stat().st_size}
        if rel in rows_of:
            entry["rows"] = rows_of[rel]
        files[rel] = entry
    manifest: dict[str, object] = {
        "dataset": DATASET_NAME,
        "dataset_version": dataset_version,
        "schema_version": SCHEMA_VERSION,
        "toolkit_version": __version__,
        "input_fingerprint": fingerprint,
        **(extra or {}),
        "tables": {name: {"rows": rows, "primary_key": list(TABLES[name].primary_key)}
                   for name, rows in table_rows.items()},
        "files": files,
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    sums = "".join(f"{info['sha256']}  {name}\n" for name, info in files.items())
    (folder / CHECKSUMS).write_text(sums, encoding="utf-8")
    return manifest


@contextmanager
def staging_folder(beside: Path) -> Iterator[Path]:
    """A temporary folder next to ``beside`` (same file system, so the final rename is atomic).

    It is removed on the way out unless it was renamed into place.
    """
    beside.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{beside.name}.tmp-", dir=beside.parent))
    umask = os.umask(0)
    os.umask(umask)
    tmp.chmod(0o777 & ~umask)  # mkdtemp makes it private; a published folder is readable like any other
    try:
        yield tmp
    finally:
        if tmp.exists():
            shutil.rmtree(tmp)


def replace_folder(staged: Path, target: Path) -> None:
    """Move a complete staged folder to ``target``, replacing a previous build there."""
    if target.exists():
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        target.rename(old)
        staged.rename(target)
        shutil.rmtree(old)
    else:
        staged.rename(target)


def differing_files(a: Path, b: Path) -> list[str]:
    """Relative paths that exist in only one folder or whose bytes differ."""
    def listing(folder: Path) -> dict[str, Path]:
        return {p.relative_to(folder).as_posix(): p for p in folder.rglob("*") if p.is_file()}

    left, right = listing(a), listing(b)
    differ = sorted(left.keys() ^ right.keys())
    differ += sorted(n for n in left.keys() & right.keys() if file_sha256(left[n]) != file_sha256(right[n]))
    return sorted(differ)

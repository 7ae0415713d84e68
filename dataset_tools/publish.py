"""Publish stage: tables become files — Parquet and CSV per table, a manifest and checksums.

Files are written with fixed options and no clock, host or path in them, so the same tables give the
same bytes. Every write goes to a temporary folder that is renamed into place only when complete.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pyarrow as pa
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
    "row_group_size": 100_000,
}


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def write_csv(table: pa.Table, path: Path) -> None:
    """RFC 4180 CSV, UTF-8, LF line ends; lists as JSON arrays, nulls as empty cells."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(table.column_names)
    for row in table.to_pylist():
        writer.writerow([_csv_cell(v) for v in row.values()])
    path.write_text(buffer.getvalue(), encoding="utf-8", newline="")


def write_parquet(table: pa.Table, path: Path, dataset_version: str | None) -> None:
    metadata = {
        b"dataset_tools.dataset": DATASET_NAME.encode(),
        b"dataset_tools.dataset_version": (dataset_version or "").encode(),
        b"dataset_tools.schema_version": SCHEMA_VERSION.encode(),
        b"dataset_tools.toolkit_version": __version__.encode(),
    }
    pq.write_table(table.replace_schema_metadata(metadata), path, **PARQUET_OPTIONS)


def input_fingerprint(article_hashes: Mapping[str, str]) -> str:
    """One hash of every input article's id and bytes: equal fingerprints, equal inputs."""
    lines = "".join(f"{aid} {digest}\n" for aid, digest in sorted(article_hashes.items()))
    return hashlib.sha256(lines.encode("utf-8")).hexdigest()


def write_manifest(folder: Path, tables: Mapping[str, pa.Table], dataset_version: str | None,
                   fingerprint: str, extra: Mapping[str, object] | None = None) -> dict[str, object]:
    """manifest.json (sha256, bytes and rows of every file) and SHA256SUMS for a written folder."""
    files: dict[str, dict[str, object]] = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.name not in (MANIFEST, CHECKSUMS)):
        rel = path.relative_to(folder).as_posix()
        entry: dict[str, object] = {"sha256": file_sha256(path), "bytes": path.stat().st_size}
        stem = rel.rsplit(".", 1)[0]
        if stem in tables:
            entry["rows"] = tables[stem].num_rows
        files[rel] = entry
    manifest: dict[str, object] = {
        "dataset": DATASET_NAME,
        "dataset_version": dataset_version,
        "schema_version": SCHEMA_VERSION,
        "toolkit_version": __version__,
        "input_fingerprint": fingerprint,
        **(extra or {}),
        "tables": {name: {"rows": t.num_rows, "primary_key": list(TABLES[name].primary_key)}
                   for name, t in tables.items()},
        "files": files,
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    sums = "".join(f"{info['sha256']}  {name}\n" for name, info in files.items())
    (folder / CHECKSUMS).write_text(sums, encoding="utf-8")
    return manifest


def write_tables(folder: Path, tables: Mapping[str, pa.Table], dataset_version: str | None) -> None:
    for name, table in tables.items():
        write_parquet(table, folder / f"{name}.parquet", dataset_version)
        write_csv(table, folder / f"{name}.csv")


@contextmanager
def staging_folder(beside: Path) -> Iterator[Path]:
    """A temporary folder next to ``beside`` (same file system, so the final rename is atomic).

    It is removed on the way out unless it was renamed into place.
    """
    beside.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{beside.name}.tmp-", dir=beside.parent))
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

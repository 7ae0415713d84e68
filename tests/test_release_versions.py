"""Two versions: a schema diff against the previous release decides how far the version numbers must move."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import dataset_tools.release_checks as checks
from dataset_tools.errors import InputError
from dataset_tools.pipeline import release
from dataset_tools.schema_diff import (
    ColumnShape,
    Schema,
    TableShape,
    bump_allows,
    change_level,
    current_schema,
    release_schema,
    schema_changes,
)
from dataset_tools.tables import SCHEMA_VERSION


def with_column(schema: Schema, table: str, name: str, shape: ColumnShape | None) -> Schema:
    columns = dict(schema[table].columns)
    if shape is None:
        columns.pop(name)
    else:
        columns[name] = shape
    return {**schema, table: TableShape(columns, schema[table].primary_key)}


@pytest.fixture
def dist(seeds: Path, tmp_path: Path) -> Path:
    release("0.1.0", seeds, tmp_path / "dist")
    return tmp_path / "dist"


def test_previous_schema_reads_the_same_from_datapackage_and_parquet(dist: Path) -> None:
    from_package, version = release_schema(dist / "0.1.0")
    (dist / "0.1.0" / "datapackage.json").unlink()
    from_parquet, _ = release_schema(dist / "0.1.0")
    assert version == json.loads((dist / "0.1.0" / "manifest.json").read_text())["schema_version"]
    assert schema_changes(from_package, current_schema()) == []
    assert schema_changes(from_parquet, current_schema()) == []  # no vocabularies in Parquet: nothing to compare


def test_schema_changes_are_classified() -> None:
    now = current_schema()
    added_nullable = with_column(now, "quotes", "language", ColumnShape("string", True))
    added_required = with_column(now, "quotes", "language", ColumnShape("string", False))
    removed = with_column(now, "quotes", "cue", None)
    retyped = with_column(now, "quotes", "confidence", ColumnShape("string", False))
    more_values = with_column(now, "quotes", "kind", ColumnShape("string", False, ("full", "partial", "tweet", "x")))
    fewer_values = with_column(now, "quotes", "kind", ColumnShape("string", False, ("full", "partial")))
    assert change_level(schema_changes(now, now)) == "none"
    assert change_level(schema_changes(now, added_nullable)) == "minor"
    assert change_level(schema_changes(now, more_values)) == "minor"
    for breaking in (added_required, removed, retyped, fewer_values):
        assert change_level(schema_changes(now, breaking)) == "major"
    assert [str(c) for c in schema_changes(now, removed)] == ["quotes.cue: column removed (or renamed) (major)"]


@pytest.mark.parametrize(("old", "new", "level", "ok"), [
    ("0.1.0", "0.1.1", "minor", False), ("0.1.0", "0.2.0", "minor", True), ("1.2.3", "1.3.0", "minor", True),
    ("1.2.3", "1.3.0", "major", False), ("1.2.3", "2.0.0", "major", True), ("0.1.0", "0.2.0", "major", True),
    ("0.1.0", "0.1.1", "none", True),
])
def test_version_steps(old: str, new: str, level: str, ok: bool) -> None:
    assert bump_allows(old, new, level) is ok


def test_release_refuses_a_patch_version_for_an_added_column(dist: Path, seeds: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    schema = with_column(current_schema(), "people", "born", ColumnShape("date", True))
    monkeypatch.setattr(checks, "current_schema", lambda: schema)
    major, minor, _ = SCHEMA_VERSION.split(".")
    monkeypatch.setattr(checks, "SCHEMA_VERSION", f"{major}.{int(minor) + 1}.0")  # the schema's own bump
    with pytest.raises(InputError) as raised:
        release("0.1.1", seeds, dist)
    assert [p.code for p in raised.value.problems] == ["release.version-rule"]
    assert "at least 0.2.0" in raised.value.problems[0].message and "people.born" in raised.value.problems[0].message
    assert sorted(p.name for p in dist.iterdir()) == ["0.1.0"]
    assert release("0.2.0", seeds, dist).status == "published"


def test_release_refuses_a_schema_version_that_was_not_bumped(dist: Path, seeds: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    schema = with_column(current_schema(), "quotes", "cue", None)
    monkeypatch.setattr(checks, "current_schema", lambda: schema)
    with pytest.raises(InputError) as raised:
        release("1.0.0", seeds, dist)
    assert [p.code for p in raised.value.problems] == ["release.schema-version"]
    next_major = f"{int(SCHEMA_VERSION.split('.')[0]) + 1}.0.0"
    assert f"SCHEMA_VERSION {SCHEMA_VERSION} must be at least {next_major}" in raised.value.problems[0].message
    monkeypatch.setattr(checks, "SCHEMA_VERSION", next_major)
    with pytest.raises(InputError) as raised:
        release("0.1.1", seeds, dist)
    assert [p.code for p in raised.value.problems] == ["release.version-rule"]

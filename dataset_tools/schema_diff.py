"""Schema diff between releases: it decides what kind of change a release is.

A removed, renamed or retyped column, a changed nullability, primary key or a removed vocabulary value
is a **major** change (code reading the previous release may break); an added table, an added nullable
column or an added vocabulary value is **minor**. A new required column is major: data written for
the old schema no longer validates.

Both version numbers must say so: the schema version (``SCHEMA_VERSION`` in ``tables.py``) and the
data release version. A major change needs a new major version (while the major is 0, a new minor is
enough, as semver leaves 0.x free and Cargo/npm treat its minor as major); a minor change needs at
least a new minor version.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from dataset_tools.tables import ARROW_TYPES, TABLES

DATAPACKAGE = "datapackage.json"
LEVELS = ("none", "minor", "major")

# Logical column types as Frictionless Table Schema types (lists of strings are JSON arrays in the CSV).
FRICTIONLESS_TYPES = {"string": "string", "integer": "integer", "number": "number", "boolean": "boolean",
                      "date": "date", "string_list": "array"}


@dataclass(frozen=True)
class ColumnShape:
    type: str  # a key of tables.ARROW_TYPES
    nullable: bool
    enum: tuple[str, ...] | None = None  # None when unknown (a schema read from Parquet has no vocabularies)


@dataclass(frozen=True)
class TableShape:
    columns: dict[str, ColumnShape]
    primary_key: tuple[str, ...] | None = None  # None when unknown


Schema = dict[str, TableShape]


@dataclass(frozen=True, order=True)
class Change:
    level: str  # "minor" | "major"
    table: str
    column: str  # "" for a change to the whole table
    what: str

    def __str__(self) -> str:
        where = f"{self.table}.{self.column}" if self.column else self.table
        return f"{where}: {self.what} ({self.level})"


def current_schema() -> Schema:
    return {t.name: TableShape({c.name: ColumnShape(c.type, c.nullable, c.enum) for c in t.columns},
                               t.primary_key) for t in TABLES.values()}


def _logical_from_arrow(data_type: pa.DataType) -> str:
    for name, arrow in ARROW_TYPES.items():
        if data_type.equals(arrow):
            return name
    return str(data_type)  # an unknown type is kept verbatim, so any difference shows as a retype


def _logical_from_frictionless(field: dict[str, object]) -> str:
    kind = field.get("type", "string")
    if kind == "array":
        item = field.get("arrayItem")
        return "string_list" if isinstance(item, dict) and item.get("type", "string") == "string" else "array"
    return next((k for k, v in FRICTIONLESS_TYPES.items() if v == kind), str(kind))


def release_schema(folder: Path) -> tuple[Schema, str | None]:
    """A published release's schema and schema version: from datapackage.json, else the Parquet files."""
    manifest_path = folder / "manifest.json"
    version = None
    if manifest_path.exists():
        version = json.loads(manifest_path.read_text(encoding="utf-8")).get("schema_version")
    package_path = folder / DATAPACKAGE
    if package_path.exists():
        package = json.loads(package_path.read_text(encoding="utf-8"))
        schema: Schema = {}
        for resource in package.get("resources", []):
            table_schema = resource.get("schema", {})
            columns = {}
            for f in table_schema.get("fields", []):
                constraints = f.get("constraints", {})
                enum = constraints.get("enum")
                columns[f["name"]] = ColumnShape(_logical_from_frictionless(f), not constraints.get("required"),
                                                 tuple(enum) if enum is not None else None)
            key = table_schema.get("primaryKey")
            schema[resource["name"]] = TableShape(columns, tuple([key] if isinstance(key, str) else key or ()))
        return schema, version
    schema = {}
    for path in sorted(folder.glob("*.parquet")):
        arrow = pq.read_schema(path)
        schema[path.stem] = TableShape({f.name: ColumnShape(_logical_from_arrow(f.type), f.nullable)
                                        for f in arrow})
    return schema, version


def schema_changes(old: Schema, new: Schema) -> list[Change]:
    changes = []
    for table in sorted(old.keys() - new.keys()):
        changes.append(Change("major", table, "", "table removed"))
    for table in sorted(new.keys() - old.keys()):
        changes.append(Change("minor", table, "", "table added"))
    for table in sorted(old.keys() & new.keys()):
        before, after = old[table], new[table]
        if before.primary_key is not None and after.primary_key is not None \
                and before.primary_key != after.primary_key:
            changes.append(Change("major", table, "", f"primary key {list(before.primary_key)} → "
                                                      f"{list(after.primary_key)}"))
        for name in before.columns.keys() - after.columns.keys():
            changes.append(Change("major", table, name, "column removed (or renamed)"))
        for name in after.columns.keys() - before.columns.keys():
            nullable = after.columns[name].nullable
            changes.append(Change("minor" if nullable else "major", table, name,
                                  "nullable column added" if nullable else "required column added"))
        for name in before.columns.keys() & after.columns.keys():
            was, now = before.columns[name], after.columns[name]
            if was.type != now.type:
                changes.append(Change("major", table, name, f"type {was.type} → {now.type}"))
            if was.nullable != now.nullable:
                changes.append(Change("major", table, name, "now nullable" if now.nullable else "now required"))
            if was.enum is not None and now.enum is not None:
                if set(was.enum) - set(now.enum):
                    removed = ", ".join(sorted(set(was.enum) - set(now.enum)))
                    changes.append(Change("major", table, name, f"values removed: {removed}"))
                if set(now.enum) - set(was.enum):
                    added = ", ".join(sorted(set(now.enum) - set(was.enum)))
                    changes.append(Change("minor", table, name, f"values added: {added}"))
    return sorted(changes)


def change_level(changes: list[Change]) -> str:
    return max((c.level for c in changes), key=LEVELS.index, default="none")


def _parts(version: str) -> tuple[int, int, int]:
    major, minor, patch = version.split("+", 1)[0].split("-", 1)[0].split(".")
    return int(major), int(minor), int(patch)


def bump_allows(old: str, new: str, level: str) -> bool:
    """Whether going from version ``old`` to ``new`` is a big enough step for a change of ``level``."""
    (o_major, o_minor, _), (n_major, n_minor, _) = _parts(old), _parts(new)
    if level == "major":
        return n_major > o_major or (o_major == n_major == 0 and n_minor > o_minor)
    if level == "minor":
        return (n_major, n_minor) > (o_major, o_minor)
    return True


def required_step(old: str, level: str) -> str:
    """The smallest version after ``old`` a change of ``level`` allows (for error messages)."""
    major, minor, patch = _parts(old)
    if level == "major":
        return f"{major}.{minor + 1}.0" if major == 0 else f"{major + 1}.0.0"
    if level == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"

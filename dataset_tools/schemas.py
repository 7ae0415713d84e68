"""JSON Schema (2020-12) and documentation generated from the table definitions in ``tables.py``.

``schema/<table>.schema.json`` describes one record (row) of a table, for tools outside Python;
the tests check that the committed files equal what this module generates.
"""

from __future__ import annotations

import json
from pathlib import Path

from dataset_tools.tables import SCHEMA_VERSION, TABLES, Column, Table

SCHEMA_BASE_URI = "https://dataset-tools.invalid/schema/"  # ids only; nothing is fetched from here

JSON_TYPES: dict[str, dict[str, object]] = {
    "string": {"type": "string"},
    "integer": {"type": "integer"},
    "number": {"type": "number"},
    "boolean": {"type": "boolean"},
    "date": {"type": "string", "format": "date"},
    "string_list": {"type": "array", "items": {"type": "string"}},
}


def _property(column: Column) -> dict[str, object]:
    prop: dict[str, object] = {"description": column.description, **JSON_TYPES[column.type]}
    if column.enum is not None:
        prop["enum"] = list(column.enum)
    if column.pattern is not None:
        prop["pattern"] = column.pattern
    if column.minimum is not None:
        prop["minimum"] = int(column.minimum) if column.type == "integer" else column.minimum
    if column.maximum is not None:
        prop["maximum"] = column.maximum
    if column.nullable:
        prop["type"] = [prop["type"], "null"]
        if "enum" in prop:
            prop["enum"] = [*column.enum, None]  # type: ignore[misc]
    return prop


def json_schema(table: Table) -> dict[str, object]:
    """The JSON Schema of one record of ``table``."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{SCHEMA_BASE_URI}{table.name}.schema.json",
        "title": table.name,
        "description": table.description,
        "type": "object",
        "properties": {c.name: _property(c) for c in table.columns},
        "required": table.column_names,
        "additionalProperties": False,
        "x-primaryKey": list(table.primary_key),
        "x-foreignKeys": [{"column": fk.column, "references": fk.reference}
                          for fk in table.foreign_keys],
        "x-schemaVersion": SCHEMA_VERSION,
    }


def render_json_schema(table: Table) -> str:
    return json.dumps(json_schema(table), indent=2, ensure_ascii=False) + "\n"


def write_json_schemas(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table in TABLES.values():
        path = folder / f"{table.name}.schema.json"
        path.write_text(render_json_schema(table), encoding="utf-8")
        written.append(path)
    return written


def columns_markdown() -> str:
    """The README's table reference: every table and column."""
    out = []
    for table in TABLES.values():
        out.append(f"### `{table.name}`\n\n{table.description} Key: `{', '.join(table.primary_key)}`.\n")
        out.append("| column | type | null | description |\n|---|---|---|---|")
        for c in table.columns:
            extra = f" One of: {', '.join(f'`{v}`' for v in c.enum)}." if c.enum else ""
            out.append(f"| `{c.name}` | {c.type} | {'yes' if c.nullable else 'no'} | {c.description}{extra} |")
        out.append("")
    return "\n".join(out)


README_START = (
    "<!-- columns:start (generated from dataset_tools/tables.py; `python -m dataset_tools.schemas` rewrites it) -->"
)
README_END = "<!-- columns:end -->"


def readme_with_columns(readme: str) -> str:
    """The README text with its table reference regenerated between the markers."""
    head, rest = readme.split(README_START, 1)
    _, tail = rest.split(README_END, 1)
    return f"{head}{README_START}\n{columns_markdown()}{README_END}{tail}"


if __name__ == "__main__":  # regenerate schema/ and the README's column reference from tables.py
    root = Path(__file__).resolve().parent.parent
    write_json_schemas(root / "schema")
    readme = root / "README.md"
    readme.write_text(readme_with_columns(readme.read_text(encoding="utf-8")), encoding="utf-8")

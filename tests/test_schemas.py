"""The table definitions are the one source of truth: everything generated from them must agree."""

from __future__ import annotations

import json
from datetime import date

import jsonschema
import pytest

from dataset_tools.schemas import json_schema, readme_with_columns, render_json_schema
from dataset_tools.tables import TABLES
from dataset_tools.validate import pandera_schema
from tests.conftest import ROOT


@pytest.mark.parametrize("name", list(TABLES))
def test_committed_json_schema_is_generated_from_the_definition(name: str) -> None:
    committed = (ROOT / "schema" / f"{name}.schema.json").read_text(encoding="utf-8")
    assert committed == render_json_schema(TABLES[name]), "run `python -m dataset_tools.schemas`"


def test_readme_column_reference_is_up_to_date() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme == readme_with_columns(readme), "run `python -m dataset_tools.schemas`"


@pytest.mark.parametrize("name", list(TABLES))
def test_json_schema_and_pandera_model_have_the_same_columns(name: str) -> None:
    table = TABLES[name]
    schema = json_schema(table)
    jsonschema.Draft202012Validator.check_schema(schema)
    model = pandera_schema(table)
    assert list(schema["properties"]) == list(model.columns) == table.column_names
    for column in table.columns:
        assert model.columns[column.name].nullable == column.nullable
        assert ("null" in schema["properties"][column.name]["type"]) == column.nullable


def test_json_schema_rejects_what_pandera_rejects() -> None:
    validator = jsonschema.Draft202012Validator(json_schema(TABLES["time_expressions"]),
                                                format_checker=jsonschema.FormatChecker())
    good = {"time_id": "a1#t0000000-0000005", "article_id": "a1", "start": 0, "end": 5, "text": "today",
            "value": "2023-06-20", "precision": "day"}
    assert list(validator.iter_errors(good)) == []
    bad = {**good, "precision": "fortnight", "start": -1}
    assert sorted(e.json_path for e in validator.iter_errors(bad)) == ["$.precision", "$.start"]
    articles = jsonschema.Draft202012Validator(json_schema(TABLES["articles"]),
                                               format_checker=jsonschema.FormatChecker())
    row = {"article_id": "a1", "published": date(2023, 2, 28).isoformat(), "body": "x", "word_count": 1,
           "sha256": "0" * 64}
    assert list(articles.iter_errors(row)) == []
    assert [e.json_path for e in articles.iter_errors({**row, "published": "2023-02-30"})] == ["$.published"]
    json.dumps(json_schema(TABLES["quotes"]))  # serialisable as is

"""The curation file format and the error codes are documented, and the documents agree with the code."""

from __future__ import annotations

import re
from pathlib import Path

import jsonschema
import pytest

from dataset_tools.curation import CURATION_SCHEMA, read_curation, render_curation_schema
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
CODE = re.compile(r'"((?:curation|build|check|release|verify|diff)\.[a-z-]+)"')


def test_committed_curation_schema_is_the_one_in_the_package() -> None:
    committed = (ROOT / "schema" / "curation.schema.json").read_text(encoding="utf-8")
    assert committed == render_curation_schema(), "run `python -m dataset_tools.curation`"
    jsonschema.Draft202012Validator.check_schema(CURATION_SCHEMA)


def test_readme_example_is_a_valid_curation_file() -> None:
    example = re.search(r"```yaml\n(.*?)```", README, flags=re.S)
    assert example
    fixes, problems = read_curation(example.group(1).encode(), "curation/example.yaml")
    assert problems == [] and fixes is not None and len(fixes) == 2


@pytest.mark.parametrize("module", ["curation", "contrib", "release_checks", "verify", "pipeline"])
def test_every_error_code_is_documented(module: str) -> None:
    source = (ROOT / "dataset_tools" / f"{module}.py").read_text(encoding="utf-8")
    codes = set(CODE.findall(source))
    assert codes or module == "pipeline"
    undocumented = sorted(c for c in codes if f"`{c}`" not in README)
    assert undocumented == []


def test_read_curation_folder(tmp_path: Path) -> None:
    from dataset_tools.curation import read_curation_folder

    folder = tmp_path / "curation"
    folder.mkdir()
    (folder / "a.json").write_text('[{"name": "Maria Lopez", "wikidata_qid": "Q1"}]', encoding="utf-8")
    (folder / "b.yaml").write_text("- name: David Okafor\n  aliases: [Dave]\n", encoding="utf-8")
    (folder / "README.md").write_text("notes", encoding="utf-8")
    fixes, problems = read_curation_folder(folder)
    assert problems == [] and [f["name"] for f in fixes] == ["Maria Lopez", "David Okafor"]
    (folder / "c.yml").write_text("- name: X\n  wikidata_qid: 42\n", encoding="utf-8")
    _, problems = read_curation_folder(folder)
    assert [(p.line, p.pointer, p.code) for p in problems] == [(2, "/0/wikidata_qid", "curation.schema")]

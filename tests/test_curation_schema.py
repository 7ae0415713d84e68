"""The curation file format and the error codes are documented, and the documents agree with the code."""

from __future__ import annotations

import re

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

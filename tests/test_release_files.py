"""A release folder explains itself: Data Package, Croissant, data card, changelog and citation,
all covered by the checksums and reproducible byte for byte."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from dataset_tools.cli import main
from dataset_tools.pipeline import release
from dataset_tools.publish import file_sha256
from dataset_tools.release_docs import DOC_FILES
from dataset_tools.tables import SCHEMA_VERSION, TABLES
from tests.conftest import write_seeds


def hashes(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): file_sha256(p) for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def published(seeds: Path, tmp_path: Path) -> Path:
    release("0.1.0", seeds, tmp_path / "dist", release_date="2024-04-01")
    return tmp_path / "dist" / "0.1.0"


def test_release_folder_lists_tables_docs_and_checksums(published: Path) -> None:
    expected = {f"{n}.{ext}" for n in TABLES for ext in ("parquet", "csv")} | set(DOC_FILES)
    assert {p.name for p in published.iterdir()} == expected | {"manifest.json", "SHA256SUMS"}
    manifest = json.loads((published / "manifest.json").read_text())
    assert set(manifest["files"]) == expected  # every doc file is covered by the manifest ...
    sums = dict(reversed(line.split("  ", 1)) for line in (published / "SHA256SUMS").read_text().splitlines())
    assert sums == {name: info["sha256"] for name, info in manifest["files"].items()}  # ... and SHA256SUMS
    for name in DOC_FILES:
        assert manifest["files"][name]["sha256"] == file_sha256(published / name)
    assert manifest["release_date"] == "2024-04-01"
    assert manifest["previous_release"] is None and manifest["allowed_drops"] == []


def test_rebuilds_are_byte_identical_in_every_file(seeds: Path, tmp_path: Path) -> None:
    copy = write_seeds(tmp_path / "elsewhere" / "seeds", {p.name: p.read_bytes() for p in seeds.iterdir()})
    release("0.1.0", seeds, tmp_path / "one", release_date="2024-04-01")
    release("0.1.0", copy, tmp_path / "elsewhere" / "two", release_date="2024-04-01")
    one, two = hashes(tmp_path / "one" / "0.1.0"), hashes(tmp_path / "elsewhere" / "two" / "0.1.0")
    assert one == two
    assert set(DOC_FILES) <= set(one)


def test_no_date_given_means_no_date_anywhere(seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert CliRunner().invoke(main, ["release", "0.1.0", "--seeds", str(seeds), "--dist", str(tmp_path)]).exit_code == 0
    folder = tmp_path / "0.1.0"
    assert "release_date" not in json.loads((folder / "manifest.json").read_text())
    assert "created" not in json.loads((folder / "datapackage.json").read_text())
    assert "datePublished" not in json.loads((folder / "croissant.json").read_text())
    assert "date-released" not in (folder / "CITATION.cff").read_text()
    assert "## 0.1.0\n" in (folder / "CHANGELOG.md").read_text()


def test_source_date_epoch_sets_the_date_and_reproduces(seeds: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1711929600")  # 2024-04-01T00:00:00Z
    args = ["release", "0.1.0", "--seeds", str(seeds), "--dist", str(tmp_path / "a")]
    assert CliRunner().invoke(main, args).exit_code == 0
    release("0.1.0", seeds, tmp_path / "b", release_date="2024-04-01")
    assert hashes(tmp_path / "a" / "0.1.0") == hashes(tmp_path / "b" / "0.1.0")
    # Reproducing without saying the date again takes it from the release itself.
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0 and "every byte is identical" in result.stdout
    assert CliRunner().invoke(main, [*args[:2], "--date", "2024-02-30", *args[2:]]).exit_code == 2


def test_datapackage_has_every_table_key_and_reference(published: Path) -> None:
    package = json.loads((published / "datapackage.json").read_text())
    assert package["$schema"] == "https://datapackage.org/profiles/2.0/datapackage.json"
    assert package["version"] == "0.1.0" and package["created"] == "2024-04-01T00:00:00Z"
    resources = {r["name"]: r for r in package["resources"]}
    assert list(resources) == list(TABLES)
    for name, table in TABLES.items():
        schema = resources[name]["schema"]
        assert [f["name"] for f in schema["fields"]] == table.column_names
        assert schema["primaryKey"] == list(table.primary_key)
        assert [(fk["fields"], fk["reference"]["resource"]) for fk in schema.get("foreignKeys", [])] == \
            [([fk.column], fk.table) for fk in table.foreign_keys]
        assert resources[name]["hash"] == f"sha256:{file_sha256(published / f'{name}.csv')}"


def test_frictionless_validates_the_package(published: Path) -> None:
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(published / "datapackage.json")
    assert report.valid, report.flatten(["type", "note"])


def test_frictionless_catches_a_broken_foreign_key(published: Path, tmp_path: Path) -> None:
    frictionless = pytest.importorskip("frictionless")
    broken = tmp_path / "broken"
    shutil.copytree(published, broken)
    quotes = (broken / "quotes.csv").read_text(encoding="utf-8")
    article = quotes.splitlines()[1].split(",")[1]
    (broken / "quotes.csv").write_text(quotes.replace(f",{article},", ",nowhere,", 1), encoding="utf-8")
    package = json.loads((broken / "datapackage.json").read_text())
    for resource in package["resources"]:  # only the reference may fail, not the checksum
        resource.pop("hash"), resource.pop("bytes")
    (broken / "datapackage.json").write_text(json.dumps(package))
    report = frictionless.validate(broken / "datapackage.json")
    assert not report.valid
    assert "foreign-key" in {error[0] for error in report.flatten(["type"])}


def test_mlcroissant_validates_and_loads_the_records(published: Path) -> None:
    mlc = pytest.importorskip("mlcroissant")
    dataset = mlc.Dataset(jsonld=str(published / "croissant.json"))  # raises on a validation error
    quotes = list(dataset.records(record_set="quotes"))
    assert len(quotes) == json.loads((published / "manifest.json").read_text())["tables"]["quotes"]["rows"]
    people = {r["people/person_id"] for r in dataset.records(record_set="people")}
    assert {q["quotes/person_id"] for q in quotes} - {None} <= people
    meta = json.loads((published / "croissant.json").read_text())
    assert meta["version"] == "0.1.0" and meta["datePublished"] == "2024-04-01"
    assert {d["@id"]: d["sha256"] for d in meta["distribution"]} == \
        {f"{n}.parquet": file_sha256(published / f"{n}.parquet") for n in TABLES}


def test_data_card_describes_every_column_licence_limits_and_citation(published: Path) -> None:
    card = (published / "README.md").read_text(encoding="utf-8")
    for table in TABLES.values():
        assert f"### `{table.name}`" in card
        for column in table.columns:
            assert f"| `{column.name}` | {column.type} |" in card
    for heading in ("## How it was built", "## Licence", "## Known limitations", "## How to cite"):
        assert heading in card
    assert f"Schema version: {SCHEMA_VERSION}" in card
    assert "dataset-tools release 0.1.0 --date 2024-04-01" in card


def test_changelog_and_citation(published: Path) -> None:
    changelog = (published / "CHANGELOG.md").read_text()
    assert changelog.startswith("# Changelog")
    assert "## 0.1.0 (2024-04-01)" in changelog and "First release" in changelog
    cff = (published / "CITATION.cff").read_text()
    assert 'version: "0.1.0"' in cff and 'date-released: "2024-04-01"' in cff and "cff-version: 1.2.0" in cff

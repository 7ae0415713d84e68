"""Build and release end to end on small seed folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dataset_tools.engine import MIN_ARTICLES_FOR_PROCESSES, EngineOptions
from dataset_tools.errors import InputError
from dataset_tools.pipeline import REJECTS, build, release, write_build_tables
from dataset_tools.publish import file_sha256
from dataset_tools.seeds import scan_seeds
from dataset_tools.tables import TABLES
from dataset_tools.validate import read_tables, validate_tables
from tests.conftest import ARTICLE_ONE, ARTICLE_TWO, write_seeds


def hashes(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): file_sha256(p) for p in sorted(folder.rglob("*")) if p.is_file()}


def test_build_writes_every_table_and_a_manifest(seeds: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(seeds, out)
    for name in TABLES:
        assert (out / f"{name}.parquet").is_file()
        assert (out / f"{name}.csv").is_file()
    assert validate_tables(read_tables(out)) == []
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["tables"]["articles"]["rows"] == 2
    assert set(manifest["files"]) == {f"{n}.{ext}" for n in TABLES for ext in ("parquet", "csv")}
    for name, info in manifest["files"].items():
        assert info["sha256"] == file_sha256(out / name)
        assert info["bytes"] == (out / name).stat().st_size
    sums = (out / "SHA256SUMS").read_text().splitlines()
    assert f"{manifest['files']['quotes.csv']['sha256']}  quotes.csv" in sums


def test_builds_are_byte_identical_wherever_they_run(seeds: Path, tmp_path: Path) -> None:
    other = write_seeds(tmp_path / "elsewhere" / "seeds",
                        {p.name: p.read_bytes() for p in seeds.iterdir()})
    build(seeds, tmp_path / "one")
    build(other, tmp_path / "two")
    assert hashes(tmp_path / "one") == hashes(tmp_path / "two")


def test_bad_input_writes_nothing_unless_skipped(seeds: Path, tmp_path: Path) -> None:
    (seeds / "broken.txt").write_text("no header", encoding="utf-8")
    out = tmp_path / "out"
    with pytest.raises(InputError) as raised:
        build(seeds, out)
    assert [p.code for p in raised.value.problems] == ["seed.no-header"]
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no staging left behind
    result = build(seeds, out, skip_invalid=True)
    assert [f.article_id for f in result.files] == ["a1", "a2"]
    rejects = json.loads((out / REJECTS).read_text())
    assert [(Path(r["path"]).name, r["code"], r["line"]) for r in rejects] == [("broken.txt", "seed.no-header", 1)]


def test_build_refuses_to_replace_a_folder_that_is_not_a_build(seeds: Path, tmp_path: Path) -> None:
    out = write_seeds(tmp_path / "precious", {"thesis.txt": "keep me"})
    with pytest.raises(InputError):
        build(seeds, out)
    assert (out / "thesis.txt").read_text() == "keep me"


def test_release_publishes_then_reproduces_and_never_overwrites(seeds: Path, tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    first = release("0.1.0", seeds, dist)
    assert first.status == "published"
    published = hashes(dist / "0.1.0")
    manifest = json.loads((dist / "0.1.0" / "manifest.json").read_text())
    assert manifest["dataset_version"] == "0.1.0"
    again = release("0.1.0", seeds, dist)
    assert again.status == "reproduced"
    (seeds / "a3.txt").write_text(" date 2024-03-07 Someone else spoke.", encoding="utf-8")
    changed = release("0.1.0", seeds, dist)
    assert changed.status == "differs"
    assert "articles.parquet" in changed.differing and "manifest.json" in changed.differing
    assert hashes(dist / "0.1.0") == published
    assert sorted(p.name for p in dist.iterdir()) == ["0.1.0"]


def test_release_keeps_person_ids_of_the_previous_release(seeds: Path, tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    release("0.1.0", seeds, dist)
    nxt = release("0.2.0", seeds, dist)
    assert nxt.previous == "0.1.0"
    assert json.loads((dist / "0.2.0" / "manifest.json").read_text())["previous_release"] == "0.1.0"
    old = read_tables(dist / "0.1.0")["people"].column("person_id").to_pylist()
    new = read_tables(dist / "0.2.0")["people"].column("person_id").to_pylist()
    assert old == new


@pytest.mark.parametrize("version", ["1.0", "v1.0.0", "01.0.0", "latest"])
def test_release_refuses_a_version_that_is_not_semver(seeds: Path, tmp_path: Path, version: str) -> None:
    with pytest.raises(InputError) as raised:
        release(version, seeds, tmp_path / "dist")
    assert raised.value.problems[0].code == "release.not-semver"
    assert not (tmp_path / "dist").exists()


def test_curation_folder_fixes_people_and_counts_as_input(seeds: Path, tmp_path: Path) -> None:
    curation = write_seeds(tmp_path / "curation", {
        "people.yaml": "- name: David Okafor\n  wikidata_qid: Q4242\n  aliases: [Dave Okafor]\n",
        "README.md": "notes for humans are ignored",
    })
    plain = build(seeds, tmp_path / "plain")
    curated = build(seeds, tmp_path / "curated", curation=curation)
    people = {r["name"]: r for r in read_tables(tmp_path / "curated")["people"].to_pylist()}
    assert people["David Okafor"]["wikidata_qid"] == "Q4242"
    assert "Dave Okafor" in people["David Okafor"]["aliases"]
    assert curated.fingerprint != plain.fingerprint


def test_a_bad_curation_file_stops_the_build(seeds: Path, tmp_path: Path) -> None:
    curation = write_seeds(tmp_path / "curation", {"bad.json": '[{"name": "X", "wikidata_qid": "Q0"}]'})
    with pytest.raises(InputError) as raised:
        build(seeds, tmp_path / "out", curation=curation)
    assert [p.code for p in raised.value.problems] == ["curation.schema"]
    assert not (tmp_path / "out").exists()


def test_a_seed_changed_during_the_build_stops_it_from_a_worker(tmp_path: Path) -> None:
    folder = write_seeds(tmp_path / "seeds", {f"a{i:03d}.txt": ARTICLE_TWO for i in range(MIN_ARTICLES_FOR_PROCESSES)})
    files, _ = scan_seeds(folder)
    (folder / "a010.txt").write_text(ARTICLE_ONE, encoding="utf-8")
    (tmp_path / "out").mkdir()
    with pytest.raises(InputError) as caught:
        write_build_tables(tmp_path / "out", files, options=EngineOptions(workers=2, progress=False))
    assert [p.code for p in caught.value.problems] == ["seed.changed"]
    assert caught.value.problems[0].path.endswith("a010.txt")

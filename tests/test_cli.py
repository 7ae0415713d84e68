"""The command line: exit codes 0 (ok), 1 (invalid data), 2 (unusable input), and readable reports."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
from click.testing import CliRunner

from dataset_tools.cli import main


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_build_and_validate(seeds: Path, tmp_path: Path) -> None:
    code, out, _ = run("build", str(seeds), "--out", str(tmp_path / "b"))
    assert code == 0 and "2 articles" in out
    code, out, _ = run("validate", str(tmp_path / "b"))
    assert code == 0 and "valid" in out


def test_validate_reports_every_failure_with_its_location(seeds: Path, tmp_path: Path) -> None:
    run("build", str(seeds), "--out", str(tmp_path / "b"))
    path = tmp_path / "b" / "articles.parquet"
    table = pq.read_table(path)
    table = table.set_column(3, table.schema.field(3), [[-1, -2]])  # word_count
    pq.write_table(table, path)
    code, out, err = run("validate", str(tmp_path / "b"))
    assert code == 1
    assert "articles | a1 | word_count | '-1' | >= 0" in err
    assert "articles | a2 | word_count | '-2' | >= 0" in err
    code, out, _ = run("validate", "--json", str(tmp_path / "b"))
    assert code == 1
    assert {(f["key"], f["rule"]) for f in json.loads(out)} == {("a1", ">= 0"), ("a2", ">= 0")}


def test_bad_seeds_exit_2_naming_every_file(seeds: Path, tmp_path: Path) -> None:
    (seeds / "x.txt").write_text(" date 2023-02-30 Body", encoding="utf-8")
    (seeds / "y.txt").write_bytes(b" date 2023-01-01 \xff\xfe")
    code, _, err = run("build", str(seeds), "--out", str(tmp_path / "b"))
    assert code == 2
    assert "x.txt:1: date 2023-02-30 does not exist [seed.impossible-date]" in err
    assert "y.txt:1: not UTF-8 text" in err
    assert not (tmp_path / "b").exists()


def test_release_exit_codes(seeds: Path, tmp_path: Path) -> None:
    dist = str(tmp_path / "dist")
    assert run("release", "0.1.0", "--seeds", str(seeds), "--dist", dist)[0] == 0
    code, out, _ = run("release", "0.1.0", "--seeds", str(seeds), "--dist", dist)
    assert code == 0 and "every byte is identical" in out
    (seeds / "a3.txt").write_text(" date 2024-03-07 More.", encoding="utf-8")
    code, _, err = run("release", "0.1.0", "--seeds", str(seeds), "--dist", dist)
    assert code == 1 and "articles.parquet" in err
    assert run("release", "one", "--seeds", str(seeds), "--dist", dist)[0] == 2
    assert run("validate", str(tmp_path / "nowhere"))[0] == 2

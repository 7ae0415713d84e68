"""Release assertions: row counts and fill rates may not fall past their bounds without a recorded override."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pytest
from click.testing import CliRunner

from dataset_tools.cli import main
from dataset_tools.errors import InputError
from dataset_tools.pipeline import release
from dataset_tools.profile import drops, fill_rates
from dataset_tools.release_checks import ReleaseRefused


def test_bounds_on_rows_and_fill_rates() -> None:
    before = pa.table({"a": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], "b": ["x"] * 10})
    assert drops({"quotes": before}, {"quotes": before.slice(0, 9)}) == []  # -10%: on the bound, allowed
    assert [d.check for d in drops({"quotes": before}, {"quotes": before.slice(0, 8)})] == ["quotes.rows"]
    sparse = pa.table({"a": list(range(10)), "b": ["x"] * 8 + [None] * 2})
    assert fill_rates(sparse) == {"a": 1.0, "b": 0.8}
    assert [d.check for d in drops({"quotes": before}, {"quotes": sparse})] == ["quotes.b.fill"]


def test_release_refuses_a_drop_unless_allowed_and_records_it(seeds: Path, tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    release("0.1.0", seeds, dist)
    (seeds / "a1.txt").unlink()
    with pytest.raises(ReleaseRefused) as raised:
        release("0.2.0", seeds, dist)
    refused = [d.check for d in raised.value.refused]
    assert "articles.rows" in refused and "quotes.rows" in refused
    assert sorted(p.name for p in dist.iterdir()) == ["0.1.0"]

    outcome = release("0.2.0", seeds, dist, allow_drop=sorted({c.split(".")[0] + ".*" for c in refused}))
    assert outcome.status == "published"
    manifest = json.loads((dist / "0.2.0" / "manifest.json").read_text())
    recorded = {d["check"]: d for d in manifest["allowed_drops"]}
    assert set(recorded) == set(refused)
    assert recorded["articles.rows"] == {"check": "articles.rows", "previous": 2, "current": 1, "bound": 0.1}
    assert "allowed explicitly" in (dist / "0.2.0" / "CHANGELOG.md").read_text()
    # Reproducing needs no flags: the override is part of the release.
    assert release("0.2.0", seeds, dist).status == "reproduced"


def test_cli_reports_the_override_to_use(seeds: Path, tmp_path: Path) -> None:
    dist = str(tmp_path / "dist")
    runner = CliRunner()
    assert runner.invoke(main, ["release", "0.1.0", "--seeds", str(seeds), "--dist", dist]).exit_code == 0
    (seeds / "a1.txt").unlink()
    result = runner.invoke(main, ["release", "0.2.0", "--seeds", str(seeds), "--dist", dist])
    assert result.exit_code == 1
    assert "articles.rows: 2 → 1 rows" in result.stderr and "--allow-drop articles.rows" in result.stderr
    result = runner.invoke(main, ["release", "0.2.0", "--seeds", str(seeds), "--dist", dist, "--allow-drop", "nope"])
    assert result.exit_code == 2 and "release.unknown-check" in result.stderr


def test_unknown_check_names_are_refused_before_building(seeds: Path, tmp_path: Path) -> None:
    with pytest.raises(InputError) as raised:
        release("0.1.0", seeds, tmp_path / "dist", allow_drop=["quotes.rowz"])
    assert [p.code for p in raised.value.problems] == ["release.unknown-check"]

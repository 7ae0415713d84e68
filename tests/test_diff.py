"""`dataset-tools diff OLD NEW`: rows added, modified and deleted per table by primary key; the changelog uses it."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from dataset_tools.cli import main
from dataset_tools.diff import diff_folders
from dataset_tools.pipeline import release
from tests.conftest import ARTICLE_TWO

ARTICLE_THREE = " date 2024-03-07 Maria Lopez said on Wednesday: “The bridge will open on time.”"


def two_releases(seeds: Path, dist: Path) -> None:
    release("0.1.0", seeds, dist, release_date="2024-04-01")
    (seeds / "a2.txt").write_text(ARTICLE_TWO.replace("on Tuesday", "on Wednesday"), encoding="utf-8")
    (seeds / "a3.txt").write_text(ARTICLE_THREE, encoding="utf-8")
    release("0.2.0", seeds, dist, release_date="2024-05-01")


def test_diff_counts_rows_by_primary_key(seeds: Path, tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    two_releases(seeds, dist)
    diffs = {d.table: d for d in diff_folders(dist / "0.1.0", dist / "0.2.0")}
    articles = diffs["articles"]
    assert (articles.added, articles.modified, articles.deleted) == (["a3"], ["a2"], [])
    assert (articles.old_rows, articles.new_rows) == (2, 3)
    assert diffs["quotes"].added  # a3's quotation
    same = diff_folders(dist / "0.1.0", dist / "0.1.0")
    assert not any(d.changed for d in same)


def test_diff_command_summary_and_json(seeds: Path, tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    two_releases(seeds, dist)
    result = CliRunner().invoke(main, ["diff", str(dist / "0.1.0"), str(dist / "0.2.0")])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].split() == ["table", "before", "after", "added", "modified", "deleted"]
    assert "articles" in result.stdout
    result = CliRunner().invoke(main, ["diff", "--json", str(dist / "0.1.0"), str(dist / "0.2.0")])
    data = json.loads(result.stdout)
    articles = next(t for t in data["tables"] if t["table"] == "articles")
    assert (articles["added"], articles["modified"], articles["deleted"]) == (1, 1, 0)
    assert articles["keys"] == {"added": ["a3"], "modified": ["a2"], "deleted": []}
    assert CliRunner().invoke(main, ["diff", str(dist / "0.1.0"), str(tmp_path / "nowhere")]).exit_code == 2


def test_changelog_entry_is_the_diff_against_the_previous_release(seeds: Path, tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    two_releases(seeds, dist)
    changelog = (dist / "0.2.0" / "CHANGELOG.md").read_text()
    assert changelog.index("## 0.2.0 (2024-05-01)") < changelog.index("## 0.1.0 (2024-04-01)")
    assert "Compared with 0.1.0:" in changelog
    assert "| `articles` | 2 | 3 | 1 | 1 | 0 |" in changelog
    assert "No schema changes." in changelog
    assert changelog.endswith((dist / "0.1.0" / "CHANGELOG.md").read_text().split("\n", 2)[2])


def test_diff_table_compares_nulls_lists_and_composite_keys() -> None:
    import pyarrow as pa

    from dataset_tools.diff import diff_table

    old = pa.table({"person_id": ["p1", "p2", "p3", "p4"], "name": ["A", "B", "C", "D"],
                    "honorific": ["Mr", None, None, "Dr"], "roles": [[], [""], ["x"], ["y", "z"]]})
    new = pa.table({"person_id": ["p1", "p2", "p3", "p5"], "name": ["A", "B", "C", "E"],
                    "honorific": ["Mr", None, "Ms", "Dr"], "roles": [[], [], ["x"], ["y", "z"]]})
    d = diff_table("people", old, new)
    assert (d.added, d.modified, d.deleted) == (["p5"], ["p2", "p3"], ["p4"])  # [""] → [] and null → "Ms"
    parts = pa.table({"event_id": ["e1", "e1"], "person_id": ["p1", "p2"], "role": ["source", "target"]})
    d = diff_table("event_participants", parts, parts.slice(0, 1))
    assert (d.added, d.modified, d.deleted) == ([], [], ["e1|p2|target"])
    many = pa.table({"article_id": [f"a{i:07d}" for i in range(200_000)], "word_count": list(range(200_000))})
    changed = many.set_column(1, "word_count", [[*range(199_999), -1]])
    d = diff_table("articles", many, changed)
    assert d.modified == ["a0199999"] and not d.added and not d.deleted

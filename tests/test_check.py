"""`dataset-tools check --base REF`: exactly the files a pull request changes, located errors, CI output."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from dataset_tools.cli import main
from dataset_tools.pipeline import release
from tests.conftest import ARTICLE_ONE, ARTICLE_TWO, write_seeds

ARTICLE_THREE = " date 2024-03-07 Maria Lopez said on Wednesday: “The bridge will open on time.”"


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.org",
                           "-c", "commit.gpgsign=false", *args], check=True, capture_output=True, text=True).stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository with two seeds and their release 0.1.0 on `main`, and a branch `pr` checked out."""
    root = tmp_path / "repo"
    write_seeds(root / "seeds", {"a1.txt": ARTICLE_ONE, "a2.txt": ARTICLE_TWO})
    release("0.1.0", root / "seeds", root / "dist")
    git(root, "init", "-q", "-b", "main")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "base")
    git(root, "checkout", "-q", "-b", "pr")
    return root


def check(repo: Path, *args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner(env=env).invoke(main, ["check", "--base", "main", "--repo", str(repo), *args])
    return result.exit_code, result.stdout, result.stderr


def test_a_good_contribution_passes_with_a_summary(repo: Path, tmp_path: Path) -> None:
    (repo / "seeds" / "a3.txt").write_text(ARTICLE_THREE, encoding="utf-8")
    git(repo, "add", "seeds/a3.txt")
    git(repo, "commit", "-q", "-m", "a3")
    summary_file = tmp_path / "summary.md"
    code, out, _ = check(repo, env={"GITHUB_STEP_SUMMARY": str(summary_file)})
    assert code == 0, out
    assert "**No problems.**" in out and "against release 0.1.0" in out
    assert "| `articles` | 1 | 0 | 0 |" in out
    assert summary_file.read_text() == out  # the same Markdown goes to the job summary


def test_only_changed_files_are_checked_including_uncommitted_ones(repo: Path) -> None:
    # A broken file already on main is not this contribution's problem.
    git(repo, "checkout", "-q", "main")
    (repo / "seeds" / "old-bad.txt").write_text("no header", encoding="utf-8")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "old mistake")
    git(repo, "checkout", "-q", "-b", "pr2")
    (repo / "seeds" / "new-bad.txt").write_text(" date 2024-02-30 Body.", encoding="utf-8")  # untracked
    code, out, _ = check(repo, "--format", "json")
    data = json.loads(out)
    assert code == 2
    assert data["seeds"] == ["seeds/new-bad.txt"]
    assert [(e["path"], e["line"], e["code"]) for e in data["errors"]] == \
        [("seeds/new-bad.txt", 1, "seed.impossible-date")]


def test_curation_errors_are_located_and_annotated_for_github(repo: Path) -> None:
    (repo / "curation").mkdir()
    (repo / "curation" / "people.yaml").write_text(
        "- person_id: per_0123456789abcdef\n"
        "  wikidata_qid: Q0\n"
        "- name: Maria Lopez\n"
        "  aliases: [Mayor Lopez]\n", encoding="utf-8")
    (repo / "curation" / "more.json").write_text('[{"name": "X", "date": "2024-13-01"}]', encoding="utf-8")
    (repo / "curation" / "ids.json").write_text('[\n  {"person_id": "per_0123456789abcdef", "aliases": ["Y"]}\n]',
                                                encoding="utf-8")
    (repo / "curation" / "broken.json").write_text('[{"name": "X",\n "aliases": [}]', encoding="utf-8")
    code, out, _ = check(repo, "--format", "github")
    assert code == 2
    annotations = [line for line in out.splitlines() if line.startswith("::error")]
    assert "::error file=curation/people.yaml,line=2,title=curation.schema::'Q0' does not match " \
           "'^Q[1-9][0-9]*$' (pattern) at /0/wikidata_qid" in annotations
    assert "::error file=curation/ids.json,line=2,title=curation.unknown-person::per_0123456789abcdef is not " \
           "a person of the last release at /0/person_id" in annotations
    assert any(a.startswith("::error file=curation/more.json,line=1,title=curation.schema::") and "/0/date" in a
               for a in annotations)
    assert any(a.startswith("::error file=curation/broken.json,line=2,title=curation.syntax::") for a in annotations)
    assert "| `curation/people.yaml` | 2 | `/0/wikidata_qid` | `curation.schema` |" in out


def test_deleted_seeds_show_as_removed_rows(repo: Path) -> None:
    git(repo, "rm", "-q", "seeds/a2.txt")
    git(repo, "commit", "-q", "-m", "drop a2")
    code, out, _ = check(repo, "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["deleted"] == ["seeds/a2.txt"]
    assert {r["table"]: r["removed"] for r in data["rows"]}["articles"] == 1


def test_unusable_base_exits_2(repo: Path) -> None:
    result = CliRunner().invoke(main, ["check", "--base", "no-such-ref", "--repo", str(repo)])
    assert result.exit_code == 2 and "check.bad-base" in result.stderr


def test_nothing_changed(repo: Path) -> None:
    code, out, _ = check(repo)
    assert code == 0 and "No seed files changed" in out

"""`dataset-tools verify dist/VERSION`: checksums first (manifest.json and SHA256SUMS), then full validation."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from dataset_tools.cli import main
from dataset_tools.pipeline import release
from dataset_tools.release_docs import reseal_manifest
from dataset_tools.verify import verify_release


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def published(seeds: Path, tmp_path: Path) -> Path:
    release("0.1.0", seeds, tmp_path / "dist")
    return tmp_path / "dist" / "0.1.0"


def test_a_release_verifies(published: Path) -> None:
    code, out, _ = run("verify", str(published))
    assert code == 0 and "verified" in out
    result = verify_release(published)
    assert result.ok and result.files == len(json.loads((published / "manifest.json").read_text())["files"])


def test_a_changed_byte_is_a_checksum_failure(published: Path) -> None:
    card = published / "README.md"
    card.write_text(card.read_text().replace("MIT", "GPL"), encoding="utf-8")
    code, _, err = run("verify", str(published))
    assert code == 1
    assert "README.md: sha256 differs from manifest.json" in err and "[verify.checksum]" in err
    assert "the tables were not validated" in err


def test_sums_file_must_agree_and_no_file_may_be_unlisted(published: Path) -> None:
    sums = published / "SHA256SUMS"
    sums.write_text(sums.read_text().replace("  quotes.csv", "  quotes.tsv"), encoding="utf-8")
    (published / "extra.txt").write_text("hello", encoding="utf-8")
    code, out, _ = run("verify", "--json", str(published))
    assert code == 1
    codes = {p["code"] for p in json.loads(out)["checksums"]}
    assert codes == {"verify.sums-mismatch", "verify.unlisted-file"}


def test_checksums_fine_but_data_invalid(published: Path) -> None:
    path = published / "articles.parquet"
    table = pq.read_table(path)
    table = table.set_column(3, table.schema.field(3), [[-1, -2]])  # word_count
    pq.write_table(table, path)
    reseal_manifest(published, {})  # re-sign the tampered file: only validation can catch it now
    code, _, err = run("verify", str(published))
    assert code == 1 and "articles | a1 | word_count | '-1' | >= 0" in err


def test_not_a_release_exits_2(tmp_path: Path) -> None:
    assert run("verify", str(tmp_path / "nowhere"))[0] == 2
    (tmp_path / "empty").mkdir()
    code, _, err = run("verify", str(tmp_path / "empty"))
    assert code == 2 and "verify.no-manifest" in err
    (tmp_path / "empty" / "manifest.json").write_text("{not json", encoding="utf-8")
    code, _, err = run("verify", str(tmp_path / "empty"))
    assert code == 2 and "verify.bad-manifest" in err

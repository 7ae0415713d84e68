"""Malformed seeds and curation files, generated: every reader answers with located errors, never a
traceback, and writes nothing."""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dataset_tools.cli import main
from dataset_tools.contrib import check_contribution
from dataset_tools.curation import read_curation
from dataset_tools.seeds import parse_seed, read_seeds
from tests.conftest import ARTICLE_ONE, write_seeds

CURATION_CODES = {"curation.not-utf8", "curation.syntax", "curation.schema"}
VALID_SEED = ARTICLE_ONE.encode()

# Bytes that look more or less like a seed: random bytes, random text, a header with a random date and
# body, and a valid seed with a few bytes overwritten.
seed_bytes = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.builds(lambda d, sep, body: f"{sep}date {d}{sep}{body}".encode("utf-8", "surrogatepass"),
              st.text(max_size=14), st.sampled_from(["", " ", "\n", "\t", "\r\n", "\ufeff"]), st.text(max_size=80)),
    st.builds(lambda at, junk: VALID_SEED[:at] + junk + VALID_SEED[at + len(junk):],
              st.integers(0, 40), st.binary(min_size=1, max_size=6)),
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20)
    | st.sampled_from(["per_0123456789abcdef", "Q42", "Q0", "2024-02-30", "2024-01-01", "person_id", "name"]),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.sampled_from(["person_id", "name", "aliases", "wikidata_qid", "merge_into", "split",
                                       "date", "note", "article_ids", "other"]) | st.text(max_size=8),
                      children, max_size=5),
    max_leaves=20,
)


def _dump(value: object, suffix: str) -> bytes:
    if suffix == ".json":
        return json.dumps(value).encode()
    return yaml.safe_dump(value, allow_unicode=True).encode()


curation_files = st.one_of(
    st.tuples(st.sampled_from([".json", ".yaml", ".yml"]), st.binary(max_size=200)),
    st.tuples(st.sampled_from([".json", ".yaml"]),
              st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass"))),
    st.sampled_from([".json", ".yaml"]).flatmap(
        lambda s: st.tuples(st.just(s), json_values.map(lambda v: _dump(v, s)))),
    # A valid file, cut short or with bytes overwritten.
    st.tuples(st.sampled_from([".json", ".yaml"]), st.integers(0, 60), st.binary(max_size=4)).map(
        lambda t: (t[0], _dump([{"person_id": "per_0123456789abcdef", "aliases": ["M. Lopez"],
                                 "wikidata_qid": "Q42"}], t[0])[: t[1]] + t[2])),
)


@settings(max_examples=300, deadline=None)
@given(seed_bytes)
def test_parse_seed_never_raises_and_locates_every_problem(data: bytes) -> None:
    article, problems = parse_seed(data, "seeds/x.txt")
    assert (article is None) == bool(problems)
    for problem in problems:
        assert problem.path == "seeds/x.txt" and problem.code.startswith("seed.") and problem.message
        assert problem.line is None or problem.line >= 1
    if article is not None:
        assert article.body.strip() and article.article_id == "x"


@settings(max_examples=300, deadline=None)
@given(curation_files)
def test_read_curation_never_raises_and_locates_every_problem(file: tuple[str, bytes]) -> None:
    suffix, data = file
    fixes, problems = read_curation(data, f"curation/x{suffix}")
    assert (fixes is None) == bool(problems)
    for problem in problems:
        assert problem.path == f"curation/x{suffix}" and problem.code in CURATION_CODES
        assert isinstance(problem.line, int) and problem.line >= 1
        assert problem.pointer == "" or problem.pointer.startswith("/")
        assert "\n" not in problem.message
    if fixes is not None:
        assert isinstance(fixes, list) and all(isinstance(f, dict) for f in fixes)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(seed_bytes, min_size=1, max_size=3))
def test_build_with_malformed_seeds_exits_2_and_writes_nothing(bad: list[bytes]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        seeds = root / "seeds"
        seeds.mkdir()
        (seeds / "good.txt").write_bytes(VALID_SEED)
        for index, data in enumerate(bad):
            (seeds / f"bad{index}.txt").write_bytes(data)
        _, problems = read_seeds(seeds)
        result = CliRunner().invoke(main, ["build", str(seeds), "--out", str(root / "out")])
        released = CliRunner().invoke(main, ["release", "0.1.0", "--seeds", str(seeds), "--dist", str(root / "dist")])
        if problems:
            for outcome in (result, released):
                assert outcome.exit_code == 2, outcome.output
                assert all(Path(p.path).name in outcome.stderr for p in problems)
            assert sorted(p.name for p in root.iterdir()) == ["seeds"]  # no output, no staging folder
        else:
            assert result.exit_code == 0 and released.exit_code == 0, result.output + released.output
        assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A repository with one seed committed on `main` (no release: nothing to compare rows with)."""
    root = tmp_path_factory.mktemp("fuzz-repo")
    write_seeds(root / "seeds", {"a1.txt": ARTICLE_ONE})
    git = ["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false"]
    subprocess.run([*git, "init", "-q", "-b", "main"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "base"], check=True)
    return root


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(seed=seed_bytes, curation=curation_files)
def test_check_locates_every_problem_and_writes_nothing(repo: Path, seed: bytes, curation: tuple[str, bytes]) -> None:
    suffix, data = curation
    added = [repo / "seeds" / "new.txt", repo / "curation" / f"fix{suffix}"]
    added[1].parent.mkdir(exist_ok=True)
    added[0].write_bytes(seed)
    added[1].write_bytes(data)
    before = sorted(p for p in repo.rglob("*") if ".git" not in p.parts)
    try:
        result = check_contribution(repo, "main")
        assert sorted(p for p in repo.rglob("*") if ".git" not in p.parts) == before
    finally:
        for path in added:
            path.unlink()
    assert result.seeds == ["seeds/new.txt"] and result.curation == [f"curation/fix{suffix}"]
    _, seed_problems = parse_seed(seed, "seeds/new.txt")
    _, curation_problems = read_curation(data, f"curation/fix{suffix}")
    assert {e.path for e in result.errors} == ({"seeds/new.txt"} if seed_problems else set()) | \
        ({f"curation/fix{suffix}"} if curation_problems else set())
    for error in result.errors:
        assert error.code and error.message and (error.line is None or error.line >= 1)
        assert error.github().startswith(f"::error file={error.path}")

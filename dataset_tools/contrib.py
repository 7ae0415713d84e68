"""Check a contribution: exactly the seed and curation files a pull request changes.

The files are those that differ between ``BASE...HEAD`` (what the branch changed since it left BASE)
plus uncommitted and untracked ones, within ``seeds/`` and ``curation/``. Each seed is parsed, each
curation file is checked against ``schema/curation.schema.json``, the changed articles are built and
validated, and the rows they give are compared with the last release in ``dist/``.

Every problem is located (file, line, JSON pointer) and has a stable code: the ``seed.*`` codes of the
seed reader, the ``curation.*`` codes of ``curation.py``, and

- ``build.invalid``: a built row breaks the table rules (the message names table, key, column and rule);
- ``build.crashed``: an extractor failed on the article (a bug in dataset_tools, not in the file);
- ``curation.unknown-person``: a ``person_id`` or ``merge_into`` that is not in the last release.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from dataset_tools.curation import CurationProblem, pointer_lines, read_curation_file
from dataset_tools.diff import TableDiff, diff_table
from dataset_tools.errors import InputError, Problem
from dataset_tools.seeds import SEED_SUFFIX, Article, parse_seed, seed_files
from dataset_tools.tables import TABLES
from dataset_tools.validate import read_tables, validate_tables

SEEDS_DIR = "seeds"
CURATION_DIR = "curation"
DIST_DIR = "dist"


@dataclass(frozen=True, order=True)
class CheckError(CurationProblem):
    """A located problem of a contribution (path relative to the repository root, as GitHub expects)."""

    def github(self) -> str:
        """A GitHub Actions workflow command: an error annotation on the file and line."""
        props = f"file={_escape_property(self.path)}"
        if self.line is not None:
            props += f",line={self.line}"
        props += f",title={_escape_property(self.code)}"
        at = f" at {self.pointer}" if self.pointer else ""
        return f"::error {props}::{_escape_data(self.message + at)}"

    def as_dict(self) -> dict[str, object]:
        return {"path": self.path, "line": self.line, "pointer": self.pointer, "code": self.code,
                "message": self.message}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


@dataclass
class CheckResult:
    base: str
    seeds: list[str] = field(default_factory=list)  # changed seed files present in the working tree
    curation: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    errors: list[CheckError] = field(default_factory=list)  # bad files (exit 2)
    failures: list[CheckError] = field(default_factory=list)  # built rows that break the rules (exit 1)
    baseline: str | None = None  # the release the rows are compared with
    diffs: list[TableDiff] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 2 if self.errors else 1 if self.failures else 0


def _git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise InputError([Problem(" ".join(args[:2]), None, "check.git",
                                  f"git {' '.join(args)} failed: {done.stderr.strip()[:300]}")])
    return done.stdout


def changed_paths(repo: Path, base: str) -> list[str]:
    """Paths under seeds/ and curation/ that the branch changed since ``base``, committed or not."""
    if subprocess.run(["git", "-C", str(repo), "rev-parse", "--verify", "--quiet", f"{base}^{{commit}}"],
                      capture_output=True, check=False).returncode != 0:
        raise InputError([Problem(base, None, "check.bad-base", f"{base!r} is not a commit in {repo}")])
    scope = ["--", SEEDS_DIR, CURATION_DIR]
    names = _git(repo, "diff", "--name-only", "--no-renames", "-z", f"{base}...HEAD", *scope)
    names += _git(repo, "diff", "--name-only", "--no-renames", "-z", "HEAD", *scope)
    names += _git(repo, "ls-files", "--others", "--exclude-standard", "-z", *scope)
    return sorted({n for n in names.split("\0") if n})


def latest_release(dist: Path) -> str | None:
    from dataset_tools.pipeline import SEMVER, semver_key  # here: pipeline imports much of the package

    if not dist.is_dir():
        return None
    versions = [p.name for p in dist.iterdir()
                if p.is_dir() and SEMVER.fullmatch(p.name) and (p / "manifest.json").exists()]
    return max(versions, key=semver_key) if versions else None


def _seed_errors(repo: Path, rel: str) -> tuple[Article | None, list[CheckError]]:
    path = repo / rel
    if any(part.startswith(".") for part in Path(rel).parts):
        return None, []  # hidden files are not seeds (the reader skips them too)
    if path.suffix != SEED_SUFFIX:
        return None, [CheckError(rel, None, "", "seed.not-txt", f"not a seed file: seed files end in {SEED_SUFFIX}")]
    article, problems = parse_seed(path.read_bytes(), rel)
    errors = [CheckError(rel, p.line, "", p.code, p.message) for p in problems]
    same_id = [p for p in seed_files(repo / SEEDS_DIR) if p.suffix == SEED_SUFFIX and p.stem == path.stem]
    if len(same_id) > 1:
        others = ", ".join(p.relative_to(repo).as_posix() for p in same_id if p != path)
        errors.append(CheckError(rel, None, "", "seed.duplicate-id",
                                 f"article id {path.stem!r} is also used by {others}"))
        article = None
    return (article if not errors else None), errors


def _curation_errors(repo: Path, rel: str, known_people: set[str] | None) -> list[CheckError]:
    if any(part.startswith(".") for part in Path(rel).parts) or Path(rel).suffix.lower() == ".md":
        return []  # notes for humans may sit beside the curation files
    fixes, problems = read_curation_file(repo / rel)
    errors = [CheckError(rel, p.line, p.pointer, p.code, p.message) for p in problems]
    if fixes is None or known_people is None:
        return errors
    lines = pointer_lines((repo / rel).read_bytes(), rel)
    for index, fix in enumerate(fixes):
        for key in ("person_id", "merge_into"):
            value = fix.get(key)
            if isinstance(value, str) and value not in known_people:
                pointer = f"/{index}/{key}"
                errors.append(CheckError(rel, lines.get(pointer), pointer, "curation.unknown-person",
                                         f"{value} is not a person of the last release"))
    return errors


def _article_of_rows(tables: Mapping[str, pa.Table]) -> dict[tuple[str, str], str]:
    """(table, key) → article_id, to say which seed file a failing row came from."""
    found: dict[tuple[str, str], str] = {}
    event_article: dict[str, str] = {}
    for name, table in tables.items():
        if "article_id" not in table.column_names:
            continue
        key_cols = TABLES[name].primary_key
        for row in table.select([*key_cols, "article_id"]).to_pylist():
            key = "|".join(str(row[k]) for k in key_cols)
            found[(name, key)] = row["article_id"]
            if name == "events":
                event_article[key] = row["article_id"]
    if "event_participants" in tables:
        for row in tables["event_participants"].to_pylist():
            key = "|".join(str(row[k]) for k in TABLES["event_participants"].primary_key)
            if row["event_id"] in event_article:
                found[("event_participants", key)] = event_article[row["event_id"]]
    return found


def _filter(table: pa.Table | None, column: str, values: set[str]) -> pa.Table | None:
    if table is None or column not in table.column_names:
        return table
    return table.filter(pc.is_in(table.column(column), value_set=pa.array(sorted(values), pa.string())))


def scoped_diffs(baseline: Mapping[str, pa.Table], built: Mapping[str, pa.Table],
                 article_ids: set[str]) -> list[TableDiff]:
    """Rows of the changed (and deleted) articles: the release's rows for them against the new build.

    ``people`` depends on every article (article counts), so for it only new identities are counted.
    """
    old_events = _filter(baseline.get("events"), "article_id", article_ids)
    event_ids = set(old_events.column("event_id").to_pylist()) if old_events is not None else set()
    if "events" in built:
        event_ids |= set(built["events"].column("event_id").to_pylist())
    diffs = []
    for name in TABLES:
        if name == "people":
            old_ids = set(baseline["people"].column("person_id").to_pylist()) if "people" in baseline else set()
            new = built.get("people")
            added = sorted(set(new.column("person_id").to_pylist()) - old_ids) if new is not None else []
            diffs.append(TableDiff("people", len(old_ids), len(old_ids) + len(added), added=added))
            continue
        column, values = ("event_id", event_ids) if name == "event_participants" else ("article_id", article_ids)
        diffs.append(diff_table(name, _filter(baseline.get(name), column, values), built.get(name)))
    return diffs


def check_contribution(repo: Path, base: str) -> CheckResult:
    """Check what the branch in ``repo`` changed since ``base``; raise InputError for an unusable base."""
    from dataset_tools.pipeline import build_tables, registry_from_release  # pipeline imports much of the package

    result = CheckResult(base)
    baseline = latest_release(repo / DIST_DIR)
    result.baseline = baseline
    baseline_tables = read_tables(repo / DIST_DIR / baseline) if baseline else {}
    known_people = (set(baseline_tables["people"].column("person_id").to_pylist())
                    if "people" in baseline_tables else None)
    articles: dict[str, tuple[str, Article]] = {}
    for rel in changed_paths(repo, base):
        if not (repo / rel).is_file():
            result.deleted.append(rel)
            continue
        if rel.startswith(f"{SEEDS_DIR}/"):
            result.seeds.append(rel)
            article, errors = _seed_errors(repo, rel)
            result.errors += errors
            if article is not None:
                articles[article.article_id] = (rel, article)
        else:
            result.curation.append(rel)
            result.errors += _curation_errors(repo, rel, known_people)
    deleted_ids = {Path(rel).stem for rel in result.deleted if rel.startswith(f"{SEEDS_DIR}/")
                   and rel.endswith(SEED_SUFFIX)}
    built: dict[str, pa.Table] = {}
    if articles:
        ordered = [a for _, a in sorted(articles.values(), key=lambda pair: pair[1].article_id)]
        registry = registry_from_release(repo / DIST_DIR / baseline) if baseline else []
        try:
            built = build_tables(ordered, registry)
        except Exception:  # an extractor bug: find the articles it fails on, and say so for each
            built = {}
            for rel, article in sorted(articles.values()):
                try:
                    build_tables([article], registry)
                except Exception as exc:
                    result.errors.append(CheckError(rel, None, "", "build.crashed",
                                                    f"the build failed on this article: {type(exc).__name__}: "
                                                    f"{' '.join(str(exc).split())[:200]}"))
        if built:
            where = _article_of_rows(built)
            paths = {aid: rel for aid, (rel, _) in articles.items()}
            for f in validate_tables(built):
                rel = paths.get(where.get((f.table, f.key), ""), SEEDS_DIR)
                result.failures.append(CheckError(rel, None, "", "build.invalid",
                                                  f"{f.table} {f.key or '-'} {f.column or '-'}: {f.value[:60]!r} "
                                                  f"breaks '{f.rule}'"))
    if built or deleted_ids:
        result.diffs = scoped_diffs(baseline_tables, built, set(articles) | deleted_ids)
    result.errors.sort()
    result.failures.sort()
    return result


def summary_markdown(result: CheckResult) -> str:
    """The Markdown summary for the pull request (GITHUB_STEP_SUMMARY)."""
    problems = [*result.errors, *result.failures]
    out = ["## dataset-tools check", "",
           f"Against `{result.base}`: {len(result.seeds)} seed file(s) and {len(result.curation)} curation "
           f"file(s) changed, {len(result.deleted)} deleted.", ""]
    if problems:
        out += [f"**{len(problems)} problem(s)**", "", "| file | line | pointer | code | message |",
                "|---|---:|---|---|---|"]
        for e in problems:
            message = e.message.replace("|", "\\|")
            out.append(f"| `{e.path}` | {e.line or ''} | {f'`{e.pointer}`' if e.pointer else ''} | `{e.code}` "
                       f"| {message} |")
    else:
        out.append("**No problems.**")
    out.append("")
    if result.diffs:
        against = f"release {result.baseline}" if result.baseline else "an empty dataset (no release yet)"
        out += [f"### Rows of the changed articles, against {against}", "",
                "| table | added | changed | removed |", "|---|---:|---:|---:|"]
        for d in result.diffs:
            out.append(f"| `{d.table}` | {len(d.added)} | {len(d.modified)} | {len(d.deleted)} |")
        out += ["", "People: new identities only (article counts depend on every article)."]
    elif not problems:
        out.append("No seed files changed: nothing to build.")
    return "\n".join(out) + "\n"


def result_json(result: CheckResult) -> str:
    return json.dumps({
        "base": result.base, "baseline_release": result.baseline, "seeds": result.seeds,
        "curation": result.curation, "deleted": result.deleted,
        "errors": [e.as_dict() for e in result.errors], "failures": [e.as_dict() for e in result.failures],
        "rows": [{"table": d.table, "added": len(d.added), "changed": len(d.modified), "removed": len(d.deleted)}
                 for d in result.diffs],
        "exit_code": result.exit_code,
    }, indent=2, ensure_ascii=False) + "\n"

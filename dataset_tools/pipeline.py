"""The whole job, stage by stage: read seeds → extract → resolve people → assemble → validate → publish."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from dataset_tools.assemble import assemble
from dataset_tools.diff import TableDiff, diff_tables
from dataset_tools.engine import EngineOptions, extract_all
from dataset_tools.errors import InputError, Problem
from dataset_tools.profile import Drop
from dataset_tools.publish import (
    differing_files,
    input_fingerprint,
    replace_folder,
    staging_folder,
    write_manifest,
    write_tables,
)
from dataset_tools.release_checks import check_allow_names, check_drops, check_version_rule, recorded_inputs
from dataset_tools.release_docs import CHANGELOG, ReleaseInfo, write_release_docs
from dataset_tools.resolve import RegistryPerson, resolve_people
from dataset_tools.schema_diff import Change
from dataset_tools.seeds import Article, read_seeds
from dataset_tools.validate import Failure, read_tables, validate_tables

# semver.org's own pattern for a version (no leading "v").
SEMVER = re.compile(
    r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
    r"(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?"
)
REJECTS = "rejects.json"


class InvalidData(Exception):
    """The built tables break the schema; carries every failure."""

    def __init__(self, failures: list[Failure]) -> None:
        self.failures = failures
        super().__init__(f"{len(failures)} validation failures")


@dataclass
class Build:
    """What a build produced, in memory."""

    articles: list[Article]
    tables: dict[str, pa.Table]
    rejects: list[Problem] = field(default_factory=list)

    @property
    def fingerprint(self) -> str:
        return input_fingerprint({a.article_id: a.sha256 for a in self.articles})


def build_tables(articles: list[Article], registry: Iterable[RegistryPerson] = (),
                 options: EngineOptions | None = None) -> dict[str, pa.Table]:
    """Extract, resolve and assemble the tables for some articles (no validation, no files)."""
    extractions = extract_all(articles, options or EngineOptions())
    resolution = resolve_people(
        [(a.article_id, x.people) for a, x in zip(articles, extractions, strict=True)], registry
    )
    return assemble(articles, extractions, resolution)


def run_build(seeds: Path, *, skip_invalid: bool = False, registry: Iterable[RegistryPerson] = (),
              options: EngineOptions | None = None) -> Build:
    """Read, extract, resolve, assemble and validate; raise InputError or InvalidData."""
    articles, problems = read_seeds(seeds)
    fatal = [p for p in problems if p.code in ("seed.no-folder", "seed.empty-folder")]
    if fatal or (problems and not skip_invalid):
        raise InputError(problems)
    if not articles:
        raise InputError([*problems, Problem(str(seeds), None, "seed.nothing-valid", "no valid seed file")])
    tables = build_tables(articles, registry, options)
    failures = validate_tables(tables)
    if failures:
        raise InvalidData(failures)
    return Build(articles, tables, problems)


def _write_build(folder: Path, result: Build, dataset_version: str | None,
                 extra: dict[str, object] | None = None) -> None:
    write_tables(folder, result.tables, dataset_version)
    if result.rejects:
        rejects = [{"path": p.path, "line": p.line, "code": p.code, "message": p.message} for p in result.rejects]
        (folder / REJECTS).write_text(json.dumps(rejects, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    write_manifest(folder, result.tables, dataset_version, result.fingerprint, extra)


def build(seeds: Path, out: Path, *, skip_invalid: bool = False,
          registry: Iterable[RegistryPerson] = (), options: EngineOptions | None = None) -> Build:
    """Build the tables from ``seeds`` into ``out`` (replaced whole, never left half-written)."""
    if out.exists() and not out.is_dir():
        raise InputError([Problem(str(out), None, "out.not-folder", "output exists and is not a folder")])
    if out.is_dir() and any(out.iterdir()) and not (out / "manifest.json").exists():
        raise InputError([Problem(str(out), None, "out.not-build",
                                  "output folder is not empty and holds no build (no manifest.json); "
                                  "refusing to replace it")])
    result = run_build(seeds, skip_invalid=skip_invalid, registry=registry, options=options)
    with staging_folder(out) as staged:
        _write_build(staged, result, None)
        replace_folder(staged, out)
    return result


@dataclass
class ReleaseOutcome:
    version: str
    folder: Path
    status: str  # "published" | "reproduced" | "differs"
    differing: list[str] = field(default_factory=list)
    previous: str | None = None
    release_date: str | None = None
    schema_changes: list[Change] = field(default_factory=list)
    diffs: list[TableDiff] | None = None  # against the previous release; None for the first
    allowed_drops: list[Drop] = field(default_factory=list)


def semver_key(version: str) -> tuple[int, int, int, int, str]:
    match = SEMVER.fullmatch(version)
    assert match, version
    major, minor, patch, pre = int(match[1]), int(match[2]), int(match[3]), match[4]
    # A pre-release sorts before its release.
    return major, minor, patch, 0 if pre else 1, pre or ""


def previous_release(dist: Path, version: str) -> str | None:
    """The highest published version below ``version`` in ``dist``, if any."""
    if not dist.is_dir():
        return None
    earlier = [p.name for p in dist.iterdir()
               if p.is_dir() and SEMVER.fullmatch(p.name) and semver_key(p.name) < semver_key(version)
               and (p / "manifest.json").exists()]
    return max(earlier, key=semver_key) if earlier else None


def registry_from_release(folder: Path) -> list[RegistryPerson]:
    """The people of a published release, as the registry that keeps their ids stable."""
    path = folder / "people.parquet"
    if not path.exists():
        return []
    return [RegistryPerson(r["person_id"], r["name"], tuple(r["aliases"] or ()), r["wikidata_qid"])
            for r in pq.read_table(path).to_pylist()]


def release(version: str, seeds: Path, dist: Path, *, skip_invalid: bool = False, release_date: str | None = None,
            allow_drop: Iterable[str] = ()) -> ReleaseOutcome:
    """Build, validate and publish ``dist/VERSION``; an existing version is only ever checked, never changed.

    Before publishing, the release is compared with the previous one in ``dist``: the version number must
    be big enough for the schema changes, and row counts and fill rates may not fall past their bounds
    unless ``allow_drop`` names them. ``release_date`` (YYYY-MM-DD) is the only date in the files.
    """
    if not SEMVER.fullmatch(version):
        raise InputError([Problem(version, None, "release.not-semver",
                                  "release version must be semantic (MAJOR.MINOR.PATCH, e.g. 0.1.0)")])
    allow_drop = list(allow_drop)
    check_allow_names(allow_drop)
    target = dist / version
    if target.exists():  # reproducing: the inputs recorded in the release count as given
        recorded_date, recorded_allow = recorded_inputs(target)
        release_date = release_date or recorded_date
        allow_drop = sorted({*allow_drop, *recorded_allow})
    previous = previous_release(dist, version)
    changes = check_version_rule(version, previous, dist / previous) if previous else []
    registry = registry_from_release(dist / previous) if previous else []
    result = run_build(seeds, skip_invalid=skip_invalid, registry=registry)
    previous_tables = read_tables(dist / previous) if previous else {}
    allowed = check_drops(previous_tables, result.tables, allow_drop) if previous else []
    diffs = diff_tables(previous_tables, result.tables) if previous else None
    changelog_path = dist / previous / CHANGELOG if previous else None
    info = ReleaseInfo(version, result.tables, result.fingerprint, release_date, previous, diffs, changes,
                       allowed, len(result.rejects),
                       changelog_path.read_text(encoding="utf-8") if changelog_path and changelog_path.exists()
                       else None)
    extra: dict[str, object] = {"previous_release": previous}
    if release_date:
        extra["release_date"] = release_date
    extra["schema_changes"] = [str(c) for c in changes]
    extra["allowed_drops"] = [d.as_dict() for d in allowed]
    outcome = ReleaseOutcome(version, target, "published", [], previous, release_date, changes, diffs, allowed)
    with staging_folder(target) as staged:
        _write_build(staged, result, version, extra)
        write_release_docs(staged, info)
        write_manifest(staged, result.tables, version, result.fingerprint, extra)  # again, now covering the docs
        if target.exists():
            outcome.differing = differing_files(staged, target)
            outcome.status = "differs" if outcome.differing else "reproduced"
            return outcome
        staged.rename(target)
    return outcome

"""The whole job, stage by stage: read seeds → extract → resolve people → assemble → validate → publish."""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from dataset_tools.assemble import (
    PERSON_TABLES,
    AssembledBatch,
    assemble,
    assemble_batch,
    attach_person_ids,
    batch_person_ids,
    local_schema,
)
from dataset_tools.curation import CURATION_SUFFIXES, read_curation_file
from dataset_tools.diff import TableDiff, diff_tables
from dataset_tools.engine import (
    BATCH_SIZE,
    EngineOptions,
    Runner,
    arrow_memory_returned,
    chunks,
    extract_all,
    extract_articles,
    map_ordered,
    open_runner,
    progress,
)
from dataset_tools.errors import InputError, Problem
from dataset_tools.profile import Drop
from dataset_tools.publish import (
    TableWriter,
    compact_batch,
    differing_files,
    file_sha256,
    input_fingerprint,
    replace_folder,
    staging_folder,
    write_manifest,
)
from dataset_tools.release_checks import (
    check_allow_names,
    check_drops,
    check_version_rule,
    no_empty_folder_left,
    recorded_inputs,
)
from dataset_tools.release_docs import ReleaseInfo, reseal_manifest, write_release_docs
from dataset_tools.resolve import ArticlePeople, PersonFix, RegistryPerson, resolve_people
from dataset_tools.schema_diff import Change
from dataset_tools.seeds import Article, SeedFile, scan_seeds, seed_files
from dataset_tools.tables import TABLES
from dataset_tools.validate import Failure, read_tables, validate_folder

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
    """What a build wrote into its folder."""

    files: list[SeedFile]
    folder: Path
    rows: dict[str, int]
    rejects: list[Problem] = field(default_factory=list)
    curation: dict[str, str] = field(default_factory=dict)  # curation file name -> sha256

    @property
    def fingerprint(self) -> str:
        """One hash of every input: the articles and the curation files."""
        return input_fingerprint({**{f.article_id: f.sha256 for f in self.files},
                                  **{f"curation/{name}": digest for name, digest in self.curation.items()}})


def build_tables(articles: list[Article], registry: Iterable[RegistryPerson] = (),
                 options: EngineOptions | None = None) -> dict[str, pa.Table]:
    """Extract, resolve and assemble the tables for some articles in memory (no validation, no files)."""
    extractions = extract_all(articles, options or EngineOptions())
    resolution = resolve_people(
        [(a.article_id, x.people) for a, x in zip(articles, extractions, strict=True)], registry
    )
    return assemble(articles, extractions, resolution)


def extract_and_assemble(seeds: Sequence[SeedFile | Article], cache_dir: Path | None) -> AssembledBatch:
    """A worker's share of a build: read (unless the article comes whole), extract and assemble a batch."""
    articles = [s.load() if isinstance(s, SeedFile) else s for s in seeds]
    return assemble_batch(articles, extract_articles(articles, cache_dir))


# Complete after the first pass, so checked while people are resolved and the other tables written
# (events wait: they refer to quotes).
FIRST_PASS_TABLES = ("articles", "time_expressions")


def write_build_tables(folder: Path, files: list[SeedFile], registry: Iterable[RegistryPerson] = (),
                       options: EngineOptions | None = None, dataset_version: str | None = None,
                       fixes: Sequence[PersonFix] = ()) -> dict[str, int]:
    """Extract, resolve, assemble, write and validate every table into ``folder``, streaming.

    Workers read, extract and assemble batches of articles. The tables that name no person are written
    as the batches come back; the others wait in a temporary Arrow file until people are resolved
    (resolution needs every article's people), then get their person ids and are written. Memory holds
    neither every body nor every extraction. Returns the rows per table; raises InvalidData.
    """
    options = options or EngineOptions()
    writers = {name: TableWriter(folder, name, dataset_version) for name in TABLES}
    with tempfile.TemporaryDirectory(prefix="dataset-tools-spill-") as tmp, \
            open_runner(options, len(files)) as runner, ThreadPoolExecutor(max_workers=1) as background:
        spill = Path(tmp)
        people, batch_sizes = _first_pass(files, options, runner, writers, spill)
        with arrow_memory_returned():  # the workers are running: only this process' tail changes pool
            rows = {name: writers[name].close() for name in FIRST_PASS_TABLES}
            checked_early = background.submit(validate_folder, folder, runner, FIRST_PASS_TABLES)
            resolution = resolve_people(people, registry, fixes)
            ids, first = [], 0
            for count in batch_sizes:
                ids.append(batch_person_ids((people[i] for i in range(first, first + count)), resolution))
                first += count
            people_rows = sorted(resolution.people, key=lambda r: str(r["person_id"]))
            del people, resolution  # every article's people: not kept for writing
            _second_pass(writers, spill, ids)
            writers["people"].write_rows(people_rows)
            rows |= {name: writer.close() for name, writer in writers.items() if name not in FIRST_PASS_TABLES}
            failures = validate_folder(folder, runner, [name for name in TABLES if name not in FIRST_PASS_TABLES])
            failures = sorted(failures + checked_early.result())
    if failures:
        raise InvalidData(failures)
    return rows


def _first_pass(files: list[SeedFile], options: EngineOptions, runner: Runner, writers: dict[str, TableWriter],
                spill: Path) -> tuple[ArticlePeople, list[int]]:
    """Extract and assemble every article on the workers; write the tables that name no person and spill
    the others. Returns every article's people and how many articles each batch had."""
    people = ArticlePeople()
    batch_sizes: list[int] = []
    work = partial(extract_and_assemble, cache_dir=options.cache_dir)
    # Local workers read the seed files themselves; a cluster's workers may not see this file system.
    seeds: Iterable[SeedFile | Article] = files if options.engine == "local" else (f.load() for f in files)
    spills = {name: pa.ipc.new_file(spill / name, local_schema(name)) for name in PERSON_TABLES}
    with progress(len(files), options, "extract") as bar:
        for batch_seeds, batch in map_ordered(runner, work, chunks(seeds, BATCH_SIZE)):
            for name, table in batch.tables.items():
                if name in spills:
                    spills[name].write_batch(compact_batch(table))
                else:
                    writers[name].write(table)
            for article_id, persons in batch.people:
                people.append(article_id, persons)
            batch_sizes.append(len(batch.people))
            bar.update(len(batch_seeds))
    for sink in spills.values():
        sink.close()
    return people, batch_sizes


def _second_pass(writers: dict[str, TableWriter], spill: Path, ids: list[pa.Array]) -> None:
    """Write the spilled tables, each batch with its people's ids, one thread per table: Arrow encodes
    and compresses without holding the GIL, so the tables are written side by side."""
    def write_with_person_ids(name: str) -> None:
        # Read, not memory-mapped: mapped pages would stay in the process until the file is closed.
        with pa.OSFile(str(spill / name)) as source:
            reader = pa.ipc.open_file(source)
            for index, batch_ids in enumerate(ids):
                table = pa.Table.from_batches([reader.get_batch(index)])
                writers[name].write(attach_person_ids(name, table, batch_ids))

    with ThreadPoolExecutor(max_workers=len(PERSON_TABLES)) as threads:
        for done in [threads.submit(write_with_person_ids, name) for name in PERSON_TABLES]:
            done.result()


def read_curation_folder(folder: Path | None) -> tuple[list[PersonFix], dict[str, str], list[Problem]]:
    """Every fix in the curation files of ``folder`` (sorted by file name), their hashes, and every problem."""
    if folder is None or not folder.is_dir():
        return [], {}, []
    fixes: list[PersonFix] = []
    hashes: dict[str, str] = {}
    problems: list[Problem] = []
    for path in seed_files(folder):
        if path.suffix not in CURATION_SUFFIXES:
            continue  # notes for humans may sit beside the curation files
        records, found = read_curation_file(path)
        problems += [Problem(p.path, p.line, p.code, f"{p.message}" + (f" (at {p.pointer})" if p.pointer else ""))
                     for p in found]
        hashes[path.relative_to(folder).as_posix()] = file_sha256(path)
        fixes += [PersonFix.from_record(r) for r in records or []]
    return fixes, hashes, problems


def run_build(seeds: Path, folder: Path, *, skip_invalid: bool = False, registry: Iterable[RegistryPerson] = (),
              options: EngineOptions | None = None, dataset_version: str | None = None,
              curation: Path | None = None) -> Build:
    """Read, extract, resolve, assemble, write into ``folder`` and validate; raise InputError or InvalidData."""
    fixes, curation_hashes, curation_problems = read_curation_folder(curation)
    if curation_problems:  # a bad curation file is never skipped: it would silently undo a fix
        raise InputError(curation_problems)
    files, problems = scan_seeds(seeds)
    fatal = [p for p in problems if p.code in ("seed.no-folder", "seed.empty-folder")]
    if fatal or (problems and not skip_invalid):
        raise InputError(problems)
    if not files:
        raise InputError([*problems, Problem(str(seeds), None, "seed.nothing-valid", "no valid seed file")])
    rows = write_build_tables(folder, files, registry, options, dataset_version, fixes)
    return Build(files, folder, rows, problems, curation_hashes)


def _write_build(folder: Path, result: Build, dataset_version: str | None,
                 extra: dict[str, object] | None = None) -> None:
    """What a build adds beside its tables: the rejects report, the manifest and checksums."""
    if result.rejects:
        rejects = [{"path": p.path, "line": p.line, "code": p.code, "message": p.message} for p in result.rejects]
        (folder / REJECTS).write_text(json.dumps(rejects, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    write_manifest(folder, dataset_version, result.fingerprint, extra)


def build(seeds: Path, out: Path, *, skip_invalid: bool = False, registry: Iterable[RegistryPerson] = (),
          options: EngineOptions | None = None, curation: Path | None = None) -> Build:
    """Build the tables from ``seeds`` into ``out`` (replaced whole, never left half-written)."""
    if out.exists() and not out.is_dir():
        raise InputError([Problem(str(out), None, "out.not-folder", "output exists and is not a folder")])
    if out.is_dir() and any(out.iterdir()) and not (out / "manifest.json").exists():
        raise InputError([Problem(str(out), None, "out.not-build",
                                  "output folder is not empty and holds no build (no manifest.json); "
                                  "refusing to replace it")])
    with staging_folder(out) as staged:
        result = run_build(seeds, staged, skip_invalid=skip_invalid, registry=registry, options=options,
                           curation=curation)
        _write_build(staged, result, None)
        replace_folder(staged, out)
    result.folder = out
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
            allow_drop: Iterable[str] = (), options: EngineOptions | None = None,
            curation: Path | None = None) -> ReleaseOutcome:
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
    extra: dict[str, object] = {"previous_release": previous}
    if release_date:
        extra["release_date"] = release_date
    extra["schema_changes"] = [str(c) for c in changes]
    extra["allowed_drops"] = []  # filled in below, once the tables are written and compared
    outcome = ReleaseOutcome(version, target, "published", [], previous, release_date, changes)
    with no_empty_folder_left(dist), staging_folder(target) as staged:
        result = run_build(seeds, staged, skip_invalid=skip_invalid, registry=registry, options=options,
                           dataset_version=version, curation=curation)
        _write_build(staged, result, version, extra)
        # The checks and documents read the tables as written, so they describe exactly what is published.
        tables = read_tables(staged)
        previous_tables = read_tables(dist / previous) if previous else {}
        outcome.allowed_drops = check_drops(previous_tables, tables, allow_drop) if previous else []
        outcome.diffs = diff_tables(previous_tables, tables) if previous else None
        write_release_docs(staged, ReleaseInfo.gather(staged, version, tables, release_date, previous,
                                                      outcome.diffs, changes, outcome.allowed_drops, dist))
        reseal_manifest(staged, {"allowed_drops": [d.as_dict() for d in outcome.allowed_drops]})
        if target.exists():
            outcome.differing = differing_files(staged, target)
            outcome.status = "differs" if outcome.differing else "reproduced"
            return outcome
        staged.rename(target)
    return outcome

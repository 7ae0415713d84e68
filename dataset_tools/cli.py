"""The `dataset-tools` command: parses arguments, calls the library, reports.

Exit codes: 0 success, 1 the data is invalid (or a release does not reproduce), 2 unusable input or
arguments.
"""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

import click

from dataset_tools import __version__
from dataset_tools.contrib import check_contribution
from dataset_tools.contrib import result_json as check_json
from dataset_tools.contrib import summary_markdown as check_summary
from dataset_tools.diff import diff_folders, diff_json, summary_text
from dataset_tools.engine import ENGINES, EngineOptions
from dataset_tools.errors import InputError
from dataset_tools.pipeline import InvalidData, build, registry_from_release, release
from dataset_tools.release_checks import ReleaseRefused, resolve_release_date
from dataset_tools.schemas import write_json_schemas
from dataset_tools.validate import Failure, read_tables, validate_tables
from dataset_tools.verify import verify_release

DEFAULT_SEEDS = Path("seeds")
DEFAULT_DIST = Path("dist")
DEFAULT_CURATION = Path("curation")


def _fail_input(error: InputError) -> None:
    click.echo(f"error: {len(error.problems)} problem(s) with the input:", err=True)
    for problem in error.problems:
        click.echo(f"  {problem}", err=True)
    sys.exit(2)


def _report_failures(failures: list[Failure], as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps([f.as_dict() for f in failures], indent=2, ensure_ascii=False))
        return
    click.echo(f"invalid: {len(failures)} failure(s)", err=True)
    click.echo("  table | key | column | value | rule", err=True)
    for f in failures:
        click.echo(f"  {f.table} | {f.key} | {f.column} | {f.value[:60]!r} | {f.rule}", err=True)


def engine_options(command: Callable[..., None]) -> Callable[..., None]:
    """The options that choose how extraction runs, gathered into one ``options`` argument."""

    @functools.wraps(command)
    def wrapper(*args: object, engine: str, workers: int | None, scheduler: str | None, cache_dir: Path | None,
                progress: bool | None, **kwargs: object) -> None:
        if scheduler and engine != "dask":
            raise click.UsageError("--scheduler goes with --engine dask")
        options = EngineOptions(engine=engine, workers=workers, scheduler=scheduler, cache_dir=cache_dir,
                                progress=progress)
        command(*args, options=options, **kwargs)

    for option in reversed([
        click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True,
                     help="local: processes on this machine; dask: a Dask cluster."),
        click.option("--workers", type=click.IntRange(min=1),
                     help="Processes (local) or workers of a local Dask cluster (default: every core)."),
        click.option("--scheduler", help="Address of a running Dask scheduler (with --engine dask)."),
        click.option("--cache", "cache_dir", type=click.Path(path_type=Path, file_okay=False),
                     help="Reuse extraction results for unchanged articles from this folder."),
        click.option("--progress/--no-progress", default=None, help="Progress bar (default: when on a terminal)."),
    ]):
        wrapper = option(wrapper)
    return wrapper


curation_option = click.option(
    "--curation", type=click.Path(path_type=Path, file_okay=False), default=DEFAULT_CURATION, show_default=True,
    help="Folder of curation files (people fixes) applied to the build, when it exists.")


@click.group()
@click.version_option(__version__, prog_name="dataset-tools")
def main() -> None:
    """Turn dated news articles into a validated, versioned dataset of who said what, when."""


@main.command("build")
@click.argument("seeds", type=click.Path(path_type=Path), default=DEFAULT_SEEDS, required=False)
@click.option("--out", "out", type=click.Path(path_type=Path), required=True, help="Folder for the tables.")
@click.option("--skip-invalid", is_flag=True, help="Build from the good files; list the rejects in rejects.json.")
@click.option("--registry", type=click.Path(path_type=Path, exists=True, file_okay=False),
              help="A previous release whose people keep their ids.")
@engine_options
@curation_option
def build_command(seeds: Path, out: Path, skip_invalid: bool, registry: Path | None, options: EngineOptions,
                  curation: Path) -> None:
    """Build every table from SEEDS (default: seeds/) into --out, validated."""
    try:
        result = build(seeds, out, skip_invalid=skip_invalid,
                       registry=registry_from_release(registry) if registry else (), options=options,
                       curation=curation)
    except InputError as error:
        _fail_input(error)
    except InvalidData as error:
        _report_failures(error.failures, as_json=False)
        sys.exit(1)
    counts = ", ".join(f"{rows} {name}" for name, rows in result.rows.items())
    click.echo(f"built {out}: {counts}")
    for problem in result.rejects:
        click.echo(f"  skipped {problem}", err=True)


@main.command("validate")
@click.argument("folder", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the failures as JSON.")
def validate_command(folder: Path, as_json: bool) -> None:
    """Check a build or a release folder; list every failure at once."""
    failures = validate_tables(read_tables(folder))
    if failures:
        _report_failures(failures, as_json)
        sys.exit(1)
    if as_json:
        click.echo("[]")
    else:
        click.echo(f"valid: {folder}")


@main.command("release")
@click.argument("version")
@click.option("--seeds", type=click.Path(path_type=Path), default=DEFAULT_SEEDS, show_default=True)
@click.option("--dist", type=click.Path(path_type=Path), default=DEFAULT_DIST, show_default=True)
@click.option("--skip-invalid", is_flag=True, help="Publish from the good files; list the rejects.")
@click.option("--date", "release_date", metavar="YYYY-MM-DD",
              help="Release date written into the files (default: SOURCE_DATE_EPOCH, else no date).")
@click.option("--allow-drop", multiple=True, metavar="CHECK",
              help="Allow a drop past the release bounds: TABLE.rows, TABLE.COLUMN.fill or TABLE.* (repeatable).")
@engine_options
@curation_option
def release_command(version: str, seeds: Path, dist: Path, skip_invalid: bool, release_date: str | None,
                    allow_drop: tuple[str, ...], options: EngineOptions, curation: Path) -> None:
    """Build, validate and publish DIST/VERSION; re-running it checks the release reproduces."""
    try:
        day = resolve_release_date(release_date, os.environ)
        outcome = release(version, seeds, dist, skip_invalid=skip_invalid, release_date=day, allow_drop=allow_drop,
                          options=options, curation=curation)
    except InputError as error:
        _fail_input(error)
    except InvalidData as error:
        _report_failures(error.failures, as_json=False)
        sys.exit(1)
    except ReleaseRefused as error:
        click.echo(f"refused: {len(error.refused)} drop(s) past the release bounds against the previous release:",
                   err=True)
        for drop in error.refused:
            click.echo(f"  {drop}", err=True)
        click.echo("  if intended, say so: " + " ".join(f"--allow-drop {d.check}" for d in error.refused), err=True)
        sys.exit(1)
    for change in outcome.schema_changes:
        click.echo(f"schema change: {change}")
    for drop in outcome.allowed_drops:
        click.echo(f"allowed drop: {drop}")
    if outcome.status == "published":
        click.echo(f"published {outcome.folder}")
        if outcome.diffs is not None:
            click.echo(f"compared with {outcome.previous}:")
            click.echo(summary_text(outcome.diffs), nl=False)
    elif outcome.status == "reproduced":
        click.echo(f"{outcome.folder} already exists; rebuilt it and every byte is identical")
    else:
        click.echo(f"{outcome.folder} already exists and the rebuild differs; nothing changed:", err=True)
        for name in outcome.differing:
            click.echo(f"  {name}", err=True)
        sys.exit(1)


@main.command("schema")
@click.option("--out", type=click.Path(path_type=Path), default=Path("schema"), show_default=True)
def schema_command(out: Path) -> None:
    """Write the JSON Schema of every table's record (generated from the table definitions)."""
    for path in write_json_schemas(out):
        click.echo(f"wrote {path}")


@main.command("diff")
@click.argument("old", type=click.Path(path_type=Path))
@click.argument("new", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the diff as JSON, with the keys of every row.")
def diff_command(old: Path, new: Path, as_json: bool) -> None:
    """Rows added, modified and deleted per table (by primary key) from release OLD to NEW."""
    try:
        diffs = diff_folders(old, new)
    except InputError as error:
        _fail_input(error)
    click.echo(diff_json(str(old), str(new), diffs) if as_json else summary_text(diffs), nl=False)


@main.command("verify")
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the problems as JSON.")
def verify_command(folder: Path, as_json: bool) -> None:
    """Check a release: every checksum (manifest.json and SHA256SUMS), then full validation."""
    try:
        result = verify_release(folder)
    except InputError as error:
        _fail_input(error)
    if as_json:
        click.echo(json.dumps({"files": result.files,
                               "checksums": [{"path": p.path, "code": p.code, "message": p.message}
                                             for p in result.problems],
                               "failures": [f.as_dict() for f in result.failures]}, indent=2, ensure_ascii=False))
    elif result.problems:
        click.echo(f"checksums: {len(result.problems)} problem(s); the tables were not validated", err=True)
        for problem in result.problems:
            click.echo(f"  {problem}", err=True)
    elif result.failures:
        _report_failures(result.failures, as_json=False)
    else:
        click.echo(f"verified {folder}: {result.files} files match their checksums; the tables are valid")
    if not result.ok:
        sys.exit(1)


@main.command("check")
@click.option("--base", required=True, help="Git ref the contribution starts from, e.g. origin/main.")
@click.option("--repo", type=click.Path(path_type=Path, file_okay=False), default=Path("."), show_default=True)
@click.option("--format", "fmt", type=click.Choice(["text", "github", "json"]), default="text", show_default=True,
              help="github: GitHub Actions error annotations.")
def check_command(base: str, repo: Path, fmt: str) -> None:
    """Check the seed and curation files changed since BASE (plus uncommitted ones); build the changed articles."""
    try:
        result = check_contribution(repo, base)
    except InputError as error:
        _fail_input(error)
    summary = check_summary(result)
    if os.environ.get("GITHUB_STEP_SUMMARY"):
        with open(os.environ["GITHUB_STEP_SUMMARY"], "a", encoding="utf-8") as handle:
            handle.write(summary)
    problems = [*result.errors, *result.failures]
    if fmt == "json":
        click.echo(check_json(result), nl=False)
    elif fmt == "github":
        for problem in problems:
            click.echo(problem.github())
        click.echo(summary, nl=False)
    else:
        for problem in problems:
            click.echo(f"  {problem}", err=True)
        click.echo(summary, nl=False)
    sys.exit(result.exit_code)


if __name__ == "__main__":
    main()

"""What a release must pass before it is published, beyond validation: the inputs that decide its bytes
(release date), the version rule (a schema diff against the previous release) and the row-count and
fill-rate bounds (``profile.py``)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

import pyarrow as pa

from dataset_tools.errors import InputError, Problem
from dataset_tools.profile import Drop, check_names, drops, is_allowed
from dataset_tools.schema_diff import (
    Change,
    bump_allows,
    change_level,
    current_schema,
    release_schema,
    required_step,
    schema_changes,
)
from dataset_tools.tables import SCHEMA_VERSION, TABLES

ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@contextmanager
def no_empty_folder_left(folder: Path) -> Iterator[None]:
    """Remove ``folder`` on the way out if this block created it and left it empty (a failed first release)."""
    existed = folder.exists()
    try:
        yield
    finally:
        if not existed and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()


class ReleaseRefused(Exception):
    """The release would lose rows or fill past the bounds; carries every drop not allowed."""

    def __init__(self, refused: list[Drop]) -> None:
        self.refused = refused
        super().__init__("; ".join(str(d) for d in refused))


def resolve_release_date(explicit: str | None, environ: Mapping[str, str]) -> str | None:
    """The release date from ``--date`` or SOURCE_DATE_EPOCH (never the clock); None when neither is set."""
    if explicit is not None:
        try:
            if not ISO_DAY.fullmatch(explicit):
                raise ValueError(explicit)
            return date.fromisoformat(explicit).isoformat()
        except ValueError:
            raise InputError([Problem("--date", None, "release.bad-date",
                                      f"release date {explicit!r} is not an existing YYYY-MM-DD day")]) from None
    epoch = environ.get("SOURCE_DATE_EPOCH")
    if epoch is None or epoch == "":
        return None
    try:
        return datetime.fromtimestamp(int(epoch), tz=UTC).date().isoformat()
    except (ValueError, OverflowError, OSError):
        raise InputError([Problem("SOURCE_DATE_EPOCH", None, "release.bad-date",
                                  f"SOURCE_DATE_EPOCH={epoch!r} is not a number of seconds since 1970")]) from None


def recorded_inputs(folder: Path) -> tuple[str | None, list[str]]:
    """The release date and allowed drops an existing release was published with (to reproduce it)."""
    manifest_path = folder / "manifest.json"
    if not manifest_path.exists():
        return None, []
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    return manifest.get("release_date"), [d["check"] for d in manifest.get("allowed_drops", [])]


def check_allow_names(allow: Iterable[str]) -> None:
    known = check_names()
    unknown = sorted(set(allow) - known)
    if unknown:
        raise InputError([Problem("--allow-drop", None, "release.unknown-check",
                                  f"{name!r} is not a release check (TABLE.rows, TABLE.COLUMN.fill or TABLE.*)")
                          for name in unknown])


def check_version_rule(version: str, previous: str, previous_folder: Path) -> list[Change]:
    """The schema changes since ``previous``; raise InputError when a version number is too small for them."""
    old_schema, old_schema_version = release_schema(previous_folder)
    changes = schema_changes(old_schema, current_schema())
    level = change_level(changes)
    problems = []
    listed = "; ".join(str(c) for c in changes)
    if not bump_allows(previous, version, level):
        problems.append(Problem(version, None, "release.version-rule",
                                f"the schema changed since {previous} ({level}: {listed}); release "
                                f"{version} must be at least {required_step(previous, level)}"))
    if old_schema_version and not bump_allows(old_schema_version, SCHEMA_VERSION, level):
        problems.append(Problem("dataset_tools/tables.py", None, "release.schema-version",
                                f"SCHEMA_VERSION {SCHEMA_VERSION} must be at least "
                                f"{required_step(old_schema_version, level)} ({level} change since "
                                f"{previous}, schema {old_schema_version}: {listed})"))
    elif old_schema_version and _triple(SCHEMA_VERSION) < _triple(old_schema_version):
        problems.append(Problem("dataset_tools/tables.py", None, "release.schema-version",
                                f"SCHEMA_VERSION {SCHEMA_VERSION} is lower than {previous}'s {old_schema_version}"))
    if problems:
        raise InputError(problems)
    return changes


def _triple(version: str) -> tuple[int, ...]:
    return tuple(int(p) for p in version.split("-", 1)[0].split("+", 1)[0].split("."))


def check_drops(previous: Mapping[str, pa.Table], current: Mapping[str, pa.Table],
                allow: Iterable[str]) -> list[Drop]:
    """The drops past their bounds that ``allow`` names; raise ReleaseRefused for any other."""
    allow = list(allow)
    found = [d for d in drops(previous, current) if d.check.split(".", 1)[0] in TABLES]
    refused = [d for d in found if not is_allowed(d, allow)]
    if refused:
        raise ReleaseRefused(refused)
    return found

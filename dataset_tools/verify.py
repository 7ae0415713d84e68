"""Verify a published release: every file's checksum (manifest.json and SHA256SUMS), then full validation.

Checksums come first: a file that is not the one published is reported as such, and the tables are only
validated once every byte is known to be the published one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from dataset_tools.errors import InputError, Problem
from dataset_tools.publish import CHECKSUMS, MANIFEST, file_sha256
from dataset_tools.validate import Failure, validate_folder


@dataclass
class Verification:
    folder: Path
    files: int = 0  # files whose checksum was checked
    problems: list[Problem] = field(default_factory=list)  # checksum problems (codes verify.*)
    failures: list[Failure] = field(default_factory=list)  # validation failures

    @property
    def ok(self) -> bool:
        return not self.problems and not self.failures


def _read_sums(path: Path) -> tuple[dict[str, str], list[Problem]]:
    sums: dict[str, str] = {}
    problems = []
    for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), start=1):
        digest, sep, name = line.partition("  ")
        if not sep or len(digest) != 64 or not name:
            problems.append(Problem(str(path), number, "verify.bad-sums-line",
                                    f"not '<sha256>  <file>': {line[:80]!r}"))
            continue
        sums[name.removeprefix("*")] = digest
    return sums, problems


def verify_release(folder: Path) -> Verification:
    """Check a release folder; raise InputError when it is not a release (no readable manifest)."""
    manifest_path = folder / MANIFEST
    if not folder.is_dir():
        raise InputError([Problem(str(folder), None, "verify.not-folder", "not a folder")])
    if not manifest_path.is_file():
        raise InputError([Problem(str(manifest_path), None, "verify.no-manifest",
                                  "no manifest.json: not a build or release folder")])
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        files: dict[str, dict[str, object]] = manifest["files"]
        if not isinstance(files, dict):
            raise TypeError("files")
    except (ValueError, KeyError, TypeError) as exc:
        raise InputError([Problem(str(manifest_path), None, "verify.bad-manifest",
                                  f"manifest.json is not a manifest: {exc}")]) from None
    result = Verification(folder)
    for name, info in sorted(files.items()):
        path = folder / name
        if not path.is_file():
            result.problems.append(Problem(str(path), None, "verify.missing-file", "listed in manifest.json, missing"))
            continue
        result.files += 1
        if path.stat().st_size != info.get("bytes"):
            result.problems.append(Problem(str(path), None, "verify.size",
                                           f"{path.stat().st_size} bytes, manifest.json says {info.get('bytes')}"))
        if file_sha256(path) != info.get("sha256"):
            result.problems.append(Problem(str(path), None, "verify.checksum",
                                           "sha256 differs from manifest.json: the file changed since publishing"))
    listed = set(files) | {MANIFEST, CHECKSUMS}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if path.relative_to(folder).as_posix() not in listed:
            result.problems.append(Problem(str(path), None, "verify.unlisted-file", "not listed in manifest.json"))
    sums_path = folder / CHECKSUMS
    if not sums_path.is_file():
        result.problems.append(Problem(str(sums_path), None, "verify.no-sums", "SHA256SUMS is missing"))
    else:
        sums, problems = _read_sums(sums_path)
        result.problems += problems
        for name in sorted(set(sums) | set(files)):
            if sums.get(name) != files.get(name, {}).get("sha256"):
                result.problems.append(Problem(str(sums_path), None, "verify.sums-mismatch",
                                               f"{name}: SHA256SUMS and manifest.json disagree"))
    if not result.problems:
        result.failures = validate_folder(folder)  # a batch at a time: releases of any size
    return result

"""The release committed in dist/ is what the README's first command reproduces, byte for byte."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from dataset_tools.pipeline import SEMVER, release, semver_key
from tests.conftest import ROOT

DIST = ROOT / "dist"


def latest_release() -> str | None:
    versions = [p.name for p in DIST.iterdir() if p.is_dir() and SEMVER.fullmatch(p.name)] if DIST.is_dir() else []
    return max(versions, key=semver_key) if versions else None


@pytest.mark.skipif(latest_release() is None, reason="no release committed yet")
def test_readme_set_up_names_the_latest_release() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"pip install . && dataset-tools release {latest_release()}" in readme


@pytest.mark.skipif(latest_release() is None, reason="no release committed yet")
def test_latest_release_rebuilds_byte_for_byte(tmp_path: Path) -> None:
    """Changing what the extractors produce means publishing a new version, never editing this one."""
    version = latest_release()
    assert version is not None
    dist = tmp_path / "dist"
    shutil.copytree(DIST, dist)
    outcome = release(version, ROOT / "seeds", dist, curation=ROOT / "curation")
    assert outcome.status == "reproduced", f"differs: {outcome.differing}"


def test_readme_commands_use_this_package() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(r"pip install '\.\[test\]' && pytest", readme)

"""Shared fixtures: small seed folders written by the tests themselves."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

ARTICLE_ONE = (
    " date 2024-03-05 Maria Lopez, the mayor of Springfield, said the new bridge would open in May.\n\n"
    "“We have waited long enough for this,” Ms Lopez said at a press conference on Monday.\n\n"
    "Council member David Okafor criticised the cost. “It is twice what we were promised,” he said."
)
ARTICLE_TWO = (
    " date 2024-03-06 David Okafor repeated his criticism on Tuesday.\n\n"
    "“The budget was wrong from the start,” Mr Okafor told reporters."
)


def write_seeds(folder: Path, files: dict[str, str | bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    """A folder of two small, well-formed articles."""
    return write_seeds(tmp_path / "seeds", {"a1.txt": ARTICLE_ONE, "a2.txt": ARTICLE_TWO})

"""The README's loading examples, run against the committed release."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from tests.conftest import ROOT

RELEASE = ROOT / "dist" / "0.1.0"


def python_blocks() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```python\n(.*?)```", readme, flags=re.S)


@pytest.mark.skipif(not RELEASE.exists(), reason="no committed release")
@pytest.mark.parametrize("index", range(2))
def test_readme_example_runs(index: int, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = python_blocks()
    assert len(blocks) == 2
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {}
    exec(compile(blocks[index], f"README.md python block {index + 1}", "exec"), namespace)
    if "rows" in namespace:  # DuckDB: quotes joined to people and articles
        rows = namespace["rows"]
        assert isinstance(rows, list) and rows, "the seed release has attributed quotes"
        assert all(isinstance(name, str) and text for name, text, _ in rows)
    else:  # pandas
        said = namespace["said"]
        assert len(said) > 0  # type: ignore[arg-type]
        assert "name" in capsys.readouterr().out
    assert os.getcwd() == str(Path(ROOT))

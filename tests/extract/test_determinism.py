"""Extraction must not depend on Python's hash seed: a set's order changes from one process to the next,
so anything that leaks it would give the same articles different rows in different builds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
EXTRACT = """
import dataclasses, json, sys
from pathlib import Path
from dataset_tools.extract import extract_article
from dataset_tools.seeds import scan_seeds
files, _ = scan_seeds(Path(sys.argv[1]))
out = [dataclasses.asdict(extract_article(a.body, a.published)) for a in (f.load() for f in files)]
print(json.dumps(out, sort_keys=True, default=str))
"""


def _extract_with_hash_seed(seed: int, folder: Path) -> object:
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    done = subprocess.run([sys.executable, "-c", EXTRACT, str(folder)], env=env, capture_output=True, text=True,
                          check=True)
    return json.loads(done.stdout)


def test_the_same_extraction_whatever_the_hash_seed(tmp_path: Path) -> None:
    (tmp_path / "sermon.txt").write_text(
        " date 2024-03-01 \nBishop Anne Marlow said on Tuesday that the teaching began with the admonition by "
        "Our Lord Himself that we show mercy. “It is not negotiable,” Marlow told the synod. Father Tom Reyes "
        "agreed; he said the Pope would visit Manila next month, and Reyes himself would meet him there.\n",
        encoding="utf-8")
    for folder in (SEEDS, tmp_path):
        results = [_extract_with_hash_seed(seed, folder) for seed in (1, 2, 3)]
        assert results[0] == results[1] == results[2]

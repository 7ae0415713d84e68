"""Same inputs, same bytes: build the shared news sample twice, under different hash seeds and worker
counts, and compare every file.

    python benchmarks/determinism.py                 # 12,000 articles: 1 worker, seed 1 vs 2 workers, seed 2
    python benchmarks/determinism.py --limit 2000    # the first 2,000 articles only

Python orders sets of strings by a per-process hash seed, so anything in the pipeline that leaks a set's
order would give the same articles different rows from one build to the next; the unit tests catch it on
small texts, this catches it on real ones. Exits 1 and names the differing files when there are any.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from throughput import CORPUS, unpack


def build(seeds: Path, out: Path, workers: int, hash_seed: int) -> None:
    command = [sys.executable, "-m", "dataset_tools.cli", "build", str(seeds), "--out", str(out),
               "--workers", str(workers), "--no-progress"]
    subprocess.run(command, check=True, env={**os.environ, "PYTHONHASHSEED": str(hash_seed)})


def differing(left: Path, right: Path) -> list[str]:
    names = sorted({p.relative_to(left).as_posix() for p in left.rglob("*") if p.is_file()}
                   | {p.relative_to(right).as_posix() for p in right.rglob("*") if p.is_file()})
    return [n for n in names if not ((left / n).is_file() and (right / n).is_file()
                                     and filecmp.cmp(left / n, right / n, shallow=False))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, help="build only the first N articles (by file name)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dataset-tools-determinism-") as tmp:
        seeds, n_articles, _ = unpack(args.corpus, Path(tmp), 1)
        if args.limit:
            for path in sorted(seeds.iterdir())[args.limit:]:
                path.unlink()
            n_articles = min(n_articles, args.limit)
        build(seeds, Path(tmp) / "a", workers=1, hash_seed=1)
        build(seeds, Path(tmp) / "b", workers=2, hash_seed=2)
        found = differing(Path(tmp) / "a", Path(tmp) / "b")
    if found:
        sys.exit(f"{len(found)} files differ between the two builds of {n_articles} articles: {', '.join(found)}")
    print(f"{n_articles} articles: both builds are byte-identical (1 worker, hash seed 1; 2 workers, hash seed 2)")


if __name__ == "__main__":
    main()

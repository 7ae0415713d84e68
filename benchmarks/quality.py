"""Build a benchmark's articles with `dataset-tools build` and score it with ../shared/bench/evaluate.py.

    python benchmarks/quality.py quotes                # polnear-dev (the figure to report)
    python benchmarks/quality.py quotes polnear-train  # the tuning split
    python benchmarks/quality.py time tbaq-dev
    python benchmarks/quality.py time meantime
    python benchmarks/quality.py people conll-dev
    python benchmarks/quality.py people meantime
    python benchmarks/quality.py all                   # every one of the above

The held-out splits are scored the same way by the benchmark's owners.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent.parent / "shared" / "bench"
DEFAULTS = {"quotes": "polnear-dev", "time": "tbaq-dev", "people": "conll-dev"}
ALL = [("quotes", "polnear-dev"), ("quotes", "polnear-train"), ("time", "tbaq-dev"), ("time", "meantime"),
       ("people", "conll-dev"), ("people", "meantime")]


def score(kind: str, split: str) -> int:
    folder = BENCH / kind / split
    if not folder.is_dir():
        print(f"no benchmark at {folder}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix=f"bench-{kind}-{split}-") as tmp:
        out = Path(tmp) / "build"
        built = subprocess.run([sys.executable, "-m", "dataset_tools.cli", "build", str(folder / "articles"),
                                "--out", str(out), "--no-progress"], capture_output=True, text=True)
        if built.returncode != 0:
            print(built.stderr[-3000:], file=sys.stderr)
            return built.returncode
        print(f"### {kind} / {split}: {built.stdout.strip()}", flush=True)
        return subprocess.call([sys.executable, str(BENCH / "evaluate.py"), kind, str(out), str(folder)])


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in (*DEFAULTS, "all"):
        print(__doc__)
        return 2
    if sys.argv[1] == "all":
        return max(score(kind, split) for kind, split in ALL)
    kind = sys.argv[1]
    return score(kind, sys.argv[2] if len(sys.argv) > 2 else DEFAULTS[kind])


if __name__ == "__main__":
    sys.exit(main())

"""Dev benchmark for the people extractor: score against an external gold folder and time it.

    python benchmarks/people_bench.py ../shared/bench/people/conll-dev [--keep DIR] [--json]

Reads every ``articles/*.txt`` of the bench folder (body = text after the ` date YYYY-MM-DD `
header; article id = file stem), runs ``extract_people``, writes ``person_mentions.csv`` and
``people.csv`` (person_id = "<article_id>:<entity index>") and runs the folder's sibling
``score.py``. Prints the headline figures and extract_people's words per CPU-second.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _import_people_only() -> None:
    """Import the people extractor without running ``dataset_tools.extract/__init__``.

    The package __init__ imports every extractor; this harness measures the people step alone, so
    it registers the package by path and keeps a half-finished sibling extractor from blocking it.
    """
    import importlib.util
    import types

    if "dataset_tools.extract" in sys.modules:
        return
    spec = importlib.util.find_spec("dataset_tools")
    if spec is None or not spec.submodule_search_locations:
        return
    pkg = types.ModuleType("dataset_tools.extract")
    pkg.__path__ = [str(Path(next(iter(spec.submodule_search_locations))) / "extract")]
    sys.modules["dataset_tools.extract"] = pkg


_import_people_only()

from dataset_tools.extract.people import extract_people  # noqa: E402
from dataset_tools.extract.people_lexicon import first_names  # noqa: E402

_HEADER = re.compile(r"^ date \d{4}-\d{2}-\d{2} ")


def load_bodies(folder: Path) -> dict[str, str]:
    bodies: dict[str, str] = {}
    for path in sorted((folder / "articles").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        m = _HEADER.match(text)
        bodies[path.stem] = text[m.end() :] if m else text
    return bodies


def run(folder: Path, out_dir: Path) -> float:
    """Extract every article into out_dir; return words per CPU-second of extract_people alone."""
    bodies = load_bodies(folder)
    first_names()  # the lexicon load is a one-off start-up cost, not per-article work
    words = sum(len(b.split()) for b in bodies.values())
    results = {}
    t0 = time.process_time()
    for aid, body in bodies.items():
        results[aid] = extract_people(body)
    cpu = time.process_time() - t0
    with (
        open(out_dir / "person_mentions.csv", "w", newline="", encoding="utf-8") as fm,
        open(out_dir / "people.csv", "w", newline="", encoding="utf-8") as fp,
    ):
        wm = csv.writer(fm)
        wp = csv.writer(fp)
        wm.writerow(["article_id", "person_id", "start", "end", "text", "method"])
        wp.writerow(["person_id", "name"])
        for aid, people in results.items():
            for i, person in enumerate(people):
                pid = f"{aid}:{i}"
                wp.writerow([pid, person.name])
                for m in person.mentions:
                    wm.writerow([aid, pid, m.start, m.end, m.text, m.method])
    return words / cpu if cpu > 0 else float("inf")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("bench", type=Path, help="bench folder with articles/ and gold.jsonl")
    ap.add_argument("--keep", type=Path, help="write the build here instead of a temporary folder")
    ap.add_argument("--json", action="store_true", help="print the scorer's full JSON")
    a = ap.parse_args(argv)
    scorer = a.bench.parent / "score.py"
    with tempfile.TemporaryDirectory(prefix="people_bench_") as tmp:
        out_dir = a.keep or Path(tmp)
        out_dir.mkdir(parents=True, exist_ok=True)
        wps = run(a.bench, out_dir)
        proc = subprocess.run(
            [sys.executable, str(scorer), "--build", str(out_dir), "--gold", str(a.bench)],
            capture_output=True,
            text=True,
            check=True,
        )
    res = json.loads(proc.stdout)
    if a.json:
        print(proc.stdout)
    nd = res["name_detection"]
    print(
        f"name overlap  P={nd['overlap']['precision']} R={nd['overlap']['recall']} F1={nd['overlap']['f1']}"
    )
    print(f"name exact    P={nd['exact']['precision']} R={nd['exact']['recall']} F1={nd['exact']['f1']}")
    if "identity" in res:
        wd = res["identity"]["within_doc"]
        print(
            f"within-doc B3 all F1={wd['all']['f1']} (P={wd['all']['precision']} R={wd['all']['recall']})"
            f"  names F1={wd['names']['f1']}"
        )
        print("coverage", json.dumps(res["identity"]["coverage_by_mention_type"]))
    print(f"offset mismatches: {res.get('offset_check', {}).get('mismatches')}")
    print(f"extract_people: {wps:,.0f} words per CPU-second")
    return 0


if __name__ == "__main__":
    sys.exit(main())

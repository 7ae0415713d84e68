"""Dev benchmark for the quotes extractor: accuracy against a PolNeAR bench folder, and speed.

    python benchmarks/quotes_bench.py [FOLDER] [--out quotes.csv] [--details details.csv] [--json res.json]

Reads FOLDER/articles/*.txt (article id = file stem; body = text after the ` date YYYY-MM-DD ` header),
runs ``extract_people`` then ``extract_quotes``, writes a CSV (article_id, text, speaker) and scores it
with the shared scorer (``--unit group``). Speed is reported as body words per CPU-second for the two
extractors together and for ``extract_quotes`` alone. The bench data is read in place, never copied.
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dataset_tools.extract.people import extract_people
from dataset_tools.extract.quotes import extract_quotes

# The shared benchmark data lies beside the repository (read only, never copied into it).
SHARED = Path(__file__).resolve().parents[2] / "shared"

DEFAULT = SHARED / Path("bench/quotes/polnear-dev")
SCORER = SHARED / Path("bench/quotes/score.py")


def read_body(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    # Header: " date YYYY-MM-DD " (leading space, 4+1+10+1 characters).
    if text.startswith(" date ") and len(text) >= 17:
        return text[17:]
    return text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--out", type=Path, default=Path("/tmp/quotes_bench.csv"))
    ap.add_argument("--details", type=Path, default=None)
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--repeat", type=int, default=1, help="repeat extraction for steadier timing")
    args = ap.parse_args(argv)

    files = sorted((args.folder / "articles").glob("*.txt"))
    bodies = [(f.stem, read_body(f)) for f in files]
    words = sum(len(b.split()) for _, b in bodies)

    rows: list[dict[str, str]] = []
    # Warm-up on the first article: one-off loads (the given-name dictionary) are not throughput.
    if bodies:
        extract_quotes(bodies[0][1], extract_people(bodies[0][1]))
    t_people = t_quotes = 0.0
    for rep in range(args.repeat):
        for aid, body in bodies:
            t0 = time.process_time()
            people = extract_people(body)
            t1 = time.process_time()
            quotes = extract_quotes(body, people)
            t2 = time.process_time()
            t_people += t1 - t0
            t_quotes += t2 - t1
            if rep:
                continue
            for q in quotes:
                if q.person is not None:
                    speaker = people[q.person].name
                else:
                    speaker = q.speaker_text or ""
                rows.append({"article_id": aid, "text": q.text, "speaker": speaker})

    with args.out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, ["article_id", "text", "speaker"])
        w.writeheader()
        w.writerows(rows)

    cmd = [
        sys.executable,
        str(SCORER),
        "--gold",
        str(args.folder / "gold.jsonl"),
        "--articles",
        str(args.folder / "articles"),
        "--pred",
        str(args.out),
        "--unit",
        "group",
    ]
    if args.details:
        cmd += ["--details", str(args.details)]
    if args.json:
        cmd += ["--json", str(args.json)]
    subprocess.run(cmd, check=False)

    total_words = words * args.repeat
    both = t_people + t_quotes
    print(f"articles {len(bodies)}  words {words}  quotes {len(rows)}")
    print(
        f"people+quotes: {total_words / both if both else float('inf'):,.0f} words/CPU-s"
        f"   quotes alone: {total_words / t_quotes if t_quotes else float('inf'):,.0f} words/CPU-s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

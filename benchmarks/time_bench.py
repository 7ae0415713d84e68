"""Score the time-expression extractor on a TimeML bench folder and report its speed.

    python benchmarks/time_bench.py ../shared/bench/time/tbaq-dev [--csv out.csv] [--errors]

Reads <folder>/articles/*.txt (article id = file stem, publication date = the ` date YYYY-MM-DD `
header), runs ``extract_time_expressions`` on each body, writes a CSV with FILE offsets (body offset
plus header length) and runs the shared scorer on it twice: with the offsets (span matching) and with
article_id/text/value only, which is how bench/evaluate.py scores a build (text matching). Speed is
words (whitespace tokens of the bodies) per second of extraction CPU time.
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
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dataset_tools.extract.time import extract_time_expressions

# The shared benchmark data lies beside the repository (read only, never copied into it).
SHARED = Path(__file__).resolve().parents[2] / "shared"

_HEADER = re.compile(r"^ date (\d{4}-\d{2}-\d{2}) ")
DEFAULT_SCORER = str(SHARED / "bench/time/score.py")


def load_articles(folder: Path) -> list[tuple[str, date, str, int]]:
    """(article id, publication date, body, header length) for every article of a bench folder."""
    out = []
    for path in sorted((folder / "articles").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        m = _HEADER.match(text)
        if not m:
            raise SystemExit(f"{path}: no date header")
        out.append((path.stem, date.fromisoformat(m.group(1)), text[m.end():], m.end()))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--csv", type=Path, help="where to write the predictions (default: a temp file)")
    ap.add_argument("--scorer", default=DEFAULT_SCORER)
    ap.add_argument("--repeat", type=int, default=3, help="timing repetitions (best is reported)")
    ap.add_argument("--errors", action="store_true", help="print value errors and unmatched spans")
    a = ap.parse_args(argv)

    articles = load_articles(a.folder)
    words = sum(len(body.split()) for _, _, body, _ in articles)
    best = float("inf")
    results = []
    for _ in range(max(1, a.repeat)):
        t0 = time.process_time()
        results = [extract_time_expressions(body, dct) for _, dct, body, _ in articles]
        best = min(best, time.process_time() - t0)

    out_csv = a.csv or Path(tempfile.mkstemp(suffix=".csv")[1])
    # Two tables: with FILE offsets (span matching, the strictest reading of the extents) and, as
    # bench/evaluate.py scores a build, with article_id/text/value only (text matching).
    text_csv = out_csv.with_name(out_csv.stem + "_text.csv")
    with (
        out_csv.open("w", newline="", encoding="utf-8") as fh,
        text_csv.open("w", newline="", encoding="utf-8") as th,
    ):
        w, tw = csv.writer(fh), csv.writer(th)
        w.writerow(["article_id", "date_text", "date_value", "date_precision", "start", "end"])
        tw.writerow(["article_id", "date_text", "date_value"])
        for (aid, _, _, hlen), exprs in zip(articles, results, strict=True):
            for e in exprs:
                # The value is already a TIMEX3 string; the precision column is only read by the
                # scorer for plain YYYY-MM-DD values, where "day" leaves it unchanged.
                w.writerow([aid, e.text, e.value, e.precision, e.start + hlen, e.end + hlen])
                tw.writerow([aid, e.text, e.value])

    res = {}
    for mode, path in (("spans", out_csv), ("text", text_csv)):
        cmd = [sys.executable, a.scorer, "--gold", str(a.folder / "gold.jsonl"), "--pred", str(path)]
        print("$", " ".join(cmd))
        json_out = Path(tempfile.mkstemp(suffix=".json")[1])
        proc = subprocess.run([*cmd, "--json", str(json_out)], capture_output=True, text=True)
        if mode == "spans":
            print(proc.stdout, end="")
        print(proc.stderr, end="", file=sys.stderr)
        if proc.returncode:
            return proc.returncode
        res[mode] = json.loads(json_out.read_text())
    for mode, r in res.items():
        print(f"SUMMARY {a.folder.name} [{mode}]: relaxed F1 {r['relaxed']['f1']:.4f}  "
              f"value accuracy {r['value_accuracy']:.4f}  strict F1 {r['strict']['f1']:.4f}  "
              f"P {r['relaxed']['precision']:.4f} R {r['relaxed']['recall']:.4f}")
    print(f"SPEED {a.folder.name}: {words / best:,.0f} words/CPU-s ({words} words, {best:.3f} CPU-s, "
          f"best of {max(1, a.repeat)})")
    res = res["spans"]
    if a.errors:
        _print_errors(a.folder, articles, results, res)
    return 0


def _print_errors(folder: Path, articles: list, results: list, res: dict) -> None:
    """Value errors from the scorer, then gold DATEs with no overlapping prediction and vice versa."""
    for e in res["value_errors_sample"]:
        print(f"VALUE {e['article_id']}: {e['gold_text']!r} gold={e['gold_value']} "
              f"pred={e['pred_text']!r} {e['pred_value']}")
    gold: dict[str, list[dict]] = {}
    with (folder / "gold.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            g = json.loads(line)
            gold.setdefault(g["article_id"], []).append(g)
    for (aid, dct, body, hlen), exprs in zip(articles, results, strict=True):
        golds = gold.get(aid, [])
        spans = [(e.start + hlen, e.end + hlen) for e in exprs]
        for g in golds:
            if g["type"] == "DATE" and not any(s < g["end"] and g["start"] < e for s, e in spans):
                ctx = body[max(0, g["start"] - hlen - 40):g["end"] - hlen + 40].replace("\n", " ")
                print(f"MISS {aid} {dct}: {g['text']!r} {g['value']}  | {ctx}")
        for ex, (s, e) in zip(exprs, spans, strict=True):
            if not any(s < g["end"] and g["start"] < e for g in golds):
                ctx = body[max(0, ex.start - 40):ex.end + 40].replace("\n", " ")
                print(f"FP   {aid} {dct}: {ex.text!r} {ex.value}  | {ctx}")


if __name__ == "__main__":
    sys.exit(main())

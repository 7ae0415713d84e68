"""Recall of event dates and person participants on MEANTIME, and the speed of the events step.

    python benchmarks/events_bench.py [--articles DIR] [--gold FILE] [--repeat N] [--errors]
    python benchmarks/events_bench.py --articles /tmp/news/articles --gold none --repeat 1   # speed only

Defaults: articles ../shared/bench/time/meantime/articles (article id = file stem, publication
date = the ` date YYYY-MM-DD ` header), gold ../shared/bench/events/meantime/gold_events.jsonl.
Every article goes through ``dataset_tools.extract.extract_article`` (people, quotes, time
expressions, then events). Gold offsets index the file (header included); they are shifted to body
offsets before comparing. Gold annotates every eventive predicate (including "said"), so only
recall is meaningful; our vocabulary is deliberately small, so "found" is a small share of gold.

What is computed, exactly:

- found: a gold event mention is *found* when some predicted Event's trigger span
  [trigger_start, trigger_end) overlaps the gold event span. (A merged Event keeps the trigger of its
  first mention, so later mentions of the same event are not counted as found.)
- (a) date recall: gold event mentions that have at least one time link whose timex type is DATE,
  whose timex is not the document creation time (text "DCT") and whose relation says the event lies
  within or at that date (IS_INCLUDED, inverse:INCLUDES, SIMULTANEOUS, inverse:SIMULTANEOUS, DURING,
  inverse:DURING). Among those that are found, the fraction whose predicted ``date_value`` equals one
  of those gold timex values exactly (string equality). Also printed over all such gold mentions.
- (a') publication-day check: found gold mentions whose only date link is the DCT with an inclusion
  relation; the fraction whose ``date_value`` equals the DCT (how often our dates agree when gold
  says "on the publication day"), and how many we left undated.
- (b) participant recall: gold participants with entity_type PER, counted per (event mention,
  participant). Strict: matched when a predicted Event whose trigger overlaps the gold event has a
  participant (person index) with a mention overlapping the gold participant span. Lenient: the same
  but any predicted Event of the article may carry it. Also printed over found events only.
- (c) vocabulary recall: gold event mentions whose text (lower-cased) is one of our trigger forms;
  the fraction found. What the filters and the merging cost, independent of the vocabulary's size.
- speed: words are whitespace tokens of the bodies; CPU seconds are ``time.process_time`` of this
  process. "pipeline" times ``extract_article``; "events step" times ``extract_events`` alone on the
  pipeline's own people/quotes/time expressions. Best of --repeat runs.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dataset_tools.extract import extract_article
from dataset_tools.extract.events import extract_events
from dataset_tools.extract.events_lexicon import TRIGGERS
from dataset_tools.extract.records import ArticleExtraction

# The shared benchmark data lies beside the repository (read only, never copied into it).
SHARED = Path(__file__).resolve().parents[2] / "shared"

_HEADER = re.compile(r"^ date (\d{4}-\d{2}-\d{2}) ")
DEFAULT_ARTICLES = SHARED / Path("bench/time/meantime/articles")
DEFAULT_GOLD = SHARED / Path("bench/events/meantime/gold_events.jsonl")
INCLUSION = {"IS_INCLUDED", "inverse:INCLUDES", "SIMULTANEOUS", "inverse:SIMULTANEOUS", "DURING",
             "inverse:DURING"}


def load_articles(folder: Path) -> list[tuple[str, date, str, int]]:
    """(article id, publication date, body, header length) for every article."""
    out = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        m = _HEADER.match(text)
        if not m:
            raise SystemExit(f"{path}: no date header")
        out.append((path.stem, date.fromisoformat(m.group(1)), text[m.end():], m.end()))
    return out


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def _carries(events: list, ments_of: list[list[tuple[int, int]]], p0: int, p1: int) -> bool:
    """Some participant of these events has a mention overlapping [p0, p1)."""
    return any(_overlaps(s, t, p0, p1) for e in events for i, _ in e.participants for s, t in ments_of[i])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES)
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--repeat", type=int, default=3, help="timing repetitions (best is reported)")
    ap.add_argument("--errors", action="store_true", help="print date errors and missed participants")
    a = ap.parse_args(argv)

    articles = load_articles(a.articles)
    words = sum(len(body.split()) for _, _, body, _ in articles)
    best_pipe = best_events = float("inf")
    results: dict[str, ArticleExtraction] = {}
    for _ in range(max(1, a.repeat)):
        t0 = time.process_time()
        results = {aid: extract_article(body, dct) for aid, dct, body, _ in articles}
        best_pipe = min(best_pipe, time.process_time() - t0)
        t0 = time.process_time()
        for aid, dct, body, _ in articles:
            r = results[aid]
            extract_events(body, dct, r.people, r.quotes, r.time_expressions)
        best_events = min(best_events, time.process_time() - t0)

    header = {aid: hl for aid, _, _, hl in articles}
    bodies = {aid: body for aid, _, body, _ in articles}
    gold_by_article: dict[str, list[dict]] = defaultdict(list)
    if a.gold.is_file():  # without gold (another article folder) only the speed is measured
        with a.gold.open(encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                if row["article_id"] in header:
                    gold_by_article[row["article_id"]].append(row)

    n_gold = n_found = vocab_total = vocab_found = 0
    date_total = date_found = date_ok = 0
    dct_found = dct_ok = dct_none = 0
    per_total = per_strict = per_lenient = per_found_total = per_found_ok = 0
    for aid, rows in gold_by_article.items():
        hl = header[aid]
        r = results[aid]
        ments_of = [[(m.start, m.end) for m in p.mentions] for p in r.people]
        for g in rows:
            n_gold += 1
            g0, g1 = g["start"] - hl, g["end"] - hl
            hits = [e for e in r.events if _overlaps(e.trigger_start, e.trigger_end, g0, g1)]
            n_found += bool(hits)
            if g["event_text"].lower() in TRIGGERS:
                vocab_total += 1
                vocab_found += bool(hits)
            gold_dates = {t["value"] for t in g["times"]
                          if t["type"] == "DATE" and t["text"] != "DCT" and t["reltype"] in INCLUSION}
            if gold_dates:
                date_total += 1
                if hits:
                    date_found += 1
                    ok = any(e.date_value in gold_dates for e in hits)
                    date_ok += ok
                    if not ok and a.errors:
                        e = hits[0]
                        print(f"DATE {aid} {bodies[aid][g0:g1]!r} gold={sorted(gold_dates)} "
                              f"pred={e.date_value} ({e.date_source})")
            elif hits and any(t["text"] == "DCT" and t["reltype"] in INCLUSION | {"IS_INCLUDED"}
                              for t in g["times"]):
                dct_found += 1
                dct_ok += any(e.date_value == g["dct"] for e in hits)
                dct_none += all(e.date_value is None for e in hits)
            for p in g["participants"]:
                if p["entity_type"] != "PER":
                    continue
                p0, p1 = p["start"] - hl, p["end"] - hl
                per_total += 1
                strict = _carries(hits, ments_of, p0, p1)
                per_strict += strict
                per_lenient += _carries(r.events, ments_of, p0, p1)
                if hits:
                    per_found_total += 1
                    per_found_ok += strict
                    if not strict and a.errors:
                        print(f"PER {aid} {bodies[aid][g0:g1]!r} missed {bodies[aid][p0:p1]!r}")

    def pct(x: int, n: int) -> str:
        return f"{x}/{n} = {x / n:.3f}" if n else f"{x}/0"

    n_events = sum(len(r.events) for r in results.values())
    print(f"articles {len(articles)}  words {words}  predicted events {n_events}  "
          f"gold event mentions {n_gold}")
    print(f"found (trigger overlap)              {pct(n_found, n_gold)}")
    print(f"(a) date recall, found dated events  {pct(date_ok, date_found)}")
    print(f"    over all gold dated events       {pct(date_ok, date_total)}")
    print(f"(a') DCT-day events: date == DCT     {pct(dct_ok, dct_found)}  (undated {dct_none})")
    print(f"(b) PER participants strict          {pct(per_strict, per_total)}")
    print(f"    lenient (any event of article)   {pct(per_lenient, per_total)}")
    print(f"    strict, over found events        {pct(per_found_ok, per_found_total)}")
    print(f"(c) vocabulary recall                {pct(vocab_found, vocab_total)}")
    print(f"speed pipeline    {words / best_pipe:,.0f} words/CPU-s ({best_pipe:.3f}s)")
    print(f"speed events step {words / best_events:,.0f} words/CPU-s ({best_events:.3f}s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""How long full validation takes on a build with 1,000,000 quote rows.

    python benchmarks/validate_1m.py [--quotes 1000000]

Writes a synthetic build (10,000 articles of 100 quotations each, every row consistent) to a temporary
folder with the toolkit's own writer, then times `validate_folder` on it: schema, pandera checks, keys,
foreign keys and spans against the bodies, a batch at a time. Prints seconds and peak RSS.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from datetime import date
from pathlib import Path

from dataset_tools.assemble import row_id
from dataset_tools.publish import TableWriter
from dataset_tools.tables import TABLES
from dataset_tools.validate import validate_folder

SENTENCE = "“We will keep working on this,” the minister said. "
PER_ARTICLE = 100


def write_synthetic(folder: Path, n_quotes: int) -> None:
    writers = {name: TableWriter(folder, name, None) for name in TABLES}
    person = "per_0123456789abcdef"
    writers["people"].write_rows([{"person_id": person, "name": "Ana Ruiz", "honorific": None, "roles": ["minister"],
                                   "aliases": [], "wikidata_qid": None, "article_count": n_quotes // PER_ARTICLE}])
    for a in range(n_quotes // PER_ARTICLE):
        aid = f"art{a:06d}"
        body = SENTENCE * PER_ARTICLE
        writers["articles"].write_rows([{"article_id": aid, "published": date(2024, 1, 1), "body": body,
                                         "word_count": len(body.split()), "sha256": "0" * 64}])
        quotes = []
        for q in range(PER_ARTICLE):
            start = q * len(SENTENCE) + 1
            end = start + len("We will keep working on this,")
            quotes.append({"quote_id": row_id(aid, "q", start, end), "article_id": aid, "person_id": person,
                           "speaker_text": None, "speaker_start": None, "speaker_end": None,
                           "text": body[start:end], "start": start, "end": end, "cue": "said", "kind": "full",
                           "attribution_method": "adjacent_title", "confidence": 0.9})
        writers["quotes"].write_rows(quotes)
    for writer in writers.values():
        writer.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quotes", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="validate-1m-") as tmp:
        folder = Path(tmp)
        write_synthetic(folder, args.quotes)
        start, cpu = time.perf_counter(), time.process_time()
        failures = validate_folder(folder)
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"validated {args.quotes:,} quote rows: {wall:.1f} s wall, {cpu:.1f} s CPU, "
          f"{len(failures)} failures, peak RSS {peak:,.0f} MiB")


if __name__ == "__main__":
    main()

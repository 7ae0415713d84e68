"""Print people's stated parties and countries with the text around their mentions, to be read by hand.

    python benchmarks/affiliations_sample.py SEED N

Takes the news sample's articles (../shared/corpus/news-sample.tar.gz, read in place) in an order shuffled by
SEED and, from each article where anyone has a party or a country, one such person at random, until N are
printed: name, roles, parties, countries and up to three mentions in context. There is no gold for
affiliations: the figure is how many of the N a reader finds right.
"""

from __future__ import annotations

import random
import sys
import tarfile
from pathlib import Path

from dataset_tools.extract.people import extract_people
from dataset_tools.seeds import parse_seed

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "news-sample.tar.gz"


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    seed, wanted = int(sys.argv[1]), int(sys.argv[2])
    with tarfile.open(CORPUS) as tar:
        texts = {m.name: tar.extractfile(m).read() for m in tar.getmembers()  # type: ignore[union-attr]
                 if m.isfile() and m.name.endswith(".txt")}
    rng = random.Random(seed)
    names = sorted(texts)
    rng.shuffle(names)
    shown = 0
    for name in names:
        article, _ = parse_seed(texts[name], name)
        if article is None:
            continue
        people = [p for p in extract_people(article.body) if p.parties or p.countries]
        if not people:
            continue
        person = rng.choice(people)
        shown += 1
        print(f"## {shown} {article.article_id}: {person.name} | roles {person.roles} | parties {person.parties} | "
              f"countries {person.countries}")
        for mention in [m for m in person.mentions if m.method != "pronoun"][:3]:
            print("    " + article.body[max(0, mention.start - 70) : mention.end + 45].replace("\n", " "))
        if shown == wanted:
            break
    return 0


if __name__ == "__main__":
    sys.exit(main())

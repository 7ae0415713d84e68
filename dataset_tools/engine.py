"""Run the extraction stage over many articles: in this process, over local cores, or on a Dask cluster.

Extraction is a pure function of an article's body and date, so articles are independent: they are
processed in batches, results come back in input order, and every engine gives the same records (hence
byte-identical output). A cache keyed by the article's content and the extractors' code makes a
rebuild after one new article cost about one article.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from datetime import date
from functools import cache
from pathlib import Path

from tqdm import tqdm

from dataset_tools import __version__
from dataset_tools.extract import extract_article
from dataset_tools.extract.records import ArticleExtraction, Event, Mention, PersonEntity, Quote, TimeExpression
from dataset_tools.seeds import Article

ENGINES = ("local", "dask")
BATCH_SIZE = 32  # articles per task: large enough to amortise the hand-over, small enough to balance
# Below this many articles, starting worker processes costs more than it saves.
MIN_ARTICLES_FOR_PROCESSES = 64

Task = tuple[str, date]  # (body, published)


@dataclass(frozen=True)
class EngineOptions:
    engine: str = "local"
    workers: int | None = None  # local: processes (None = every core, 1 = this process)
    scheduler: str | None = None  # dask: the scheduler's address; None starts a local cluster
    cache_dir: Path | None = None  # None: no cache
    progress: bool | None = None  # None: a progress bar only when stderr is a terminal


@cache
def extractor_fingerprint() -> str:
    """A hash of the extractors' source code: a cached result is only reused by the code that made it."""
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent / "extract"
    for path in sorted(package.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _extract_batch(batch: Sequence[Task]) -> list[ArticleExtraction]:
    return [extract_article(body, published) for body, published in batch]


def _batches(tasks: Sequence[Task]) -> list[list[Task]]:
    return [list(tasks[i:i + BATCH_SIZE]) for i in range(0, len(tasks), BATCH_SIZE)]


class ExtractionCache:
    """One JSON file per article, named by a hash of the extractors' code, the date and the body."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, body: str, published: date) -> Path:
        key = hashlib.sha256(f"{extractor_fingerprint()}\0{published}\0{body}".encode()).hexdigest()
        return self.folder / key[:2] / f"{key}.json"

    def get(self, body: str, published: date) -> ArticleExtraction | None:
        path = self._path(body, published)
        try:
            return extraction_from_json(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError):  # absent or unreadable: extract again
            return None

    def put(self, body: str, published: date, extraction: ArticleExtraction) -> None:
        path = self._path(body, published)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp-{os.getpid()}")
        tmp.write_text(json.dumps(asdict(extraction), ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)  # atomic: a reader never sees half a file


def extraction_from_json(data: dict[str, list[dict[str, object]]]) -> ArticleExtraction:
    people = []
    for p in data["people"]:
        mentions = [Mention(**m) for m in p.pop("mentions")]  # type: ignore[arg-type, union-attr]
        people.append(PersonEntity(**p, mentions=mentions))  # type: ignore[arg-type]
    events = []
    for e in data["events"]:
        e["participants"] = [tuple(x) for x in e["participants"]]  # type: ignore[union-attr]
        events.append(Event(**e))  # type: ignore[arg-type]
    return ArticleExtraction(
        people=people,
        quotes=[Quote(**q) for q in data["quotes"]],  # type: ignore[arg-type]
        time_expressions=[TimeExpression(**t) for t in data["time_expressions"]],  # type: ignore[arg-type]
        events=events,
    )


def _run_local(batches: list[list[Task]], workers: int) -> Iterator[list[ArticleExtraction]]:
    if workers <= 1:
        yield from map(_extract_batch, batches)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(_extract_batch, batches)


def _run_dask(batches: list[list[Task]], scheduler: str | None, workers: int) -> Iterator[list[ArticleExtraction]]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # an optional dependency
        raise RuntimeError("the dask engine needs `pip install 'dataset_tools[dask]'`") from exc
    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                  dashboard_address=None)
    try:
        with Client(scheduler or cluster) as client:
            futures = client.map(_extract_batch, batches, pure=False)
            # Results are taken in submission order, so the output does not depend on which worker ran what.
            for future in futures:
                yield future.result()
    finally:
        if cluster is not None:
            cluster.close()


def extract_all(articles: Sequence[Article], options: EngineOptions | None = None) -> list[ArticleExtraction]:
    """Extract every article, in input order, with the chosen engine and cache."""
    options = options or EngineOptions()
    if options.engine not in ENGINES:
        raise ValueError(f"unknown engine {options.engine!r}: one of {', '.join(ENGINES)}")
    store = ExtractionCache(options.cache_dir) if options.cache_dir else None
    results: list[ArticleExtraction | None] = [
        store.get(a.body, a.published) if store else None for a in articles
    ]
    todo = [i for i, r in enumerate(results) if r is None]
    tasks = [(articles[i].body, articles[i].published) for i in todo]
    batches = _batches(tasks)
    workers = options.workers or os.cpu_count() or 1
    if options.engine == "dask":
        stream: Iterable[list[ArticleExtraction]] = _run_dask(batches, options.scheduler, workers)
    else:
        stream = _run_local(batches, workers if len(tasks) >= MIN_ARTICLES_FOR_PROCESSES else 1)
    show = sys.stderr.isatty() if options.progress is None else options.progress
    done = iter(todo)
    with tqdm(total=len(articles), initial=len(articles) - len(todo), unit="article", disable=not show,
              desc="extract") as bar:
        for batch in stream:
            for extraction in batch:
                index = next(done)
                results[index] = extraction
                if store:
                    store.put(articles[index].body, articles[index].published, extraction)
            bar.update(len(batch))
    return [r for r in results if r is not None]

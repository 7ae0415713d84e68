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
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
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


Batch = list[tuple[Article, ArticleExtraction | None]]  # None: still to extract


class _Local:
    """Batches run in this process, or in a pool of processes."""

    def __init__(self, workers: int) -> None:
        self.pool = ProcessPoolExecutor(max_workers=workers) if workers > 1 else None

    def submit(self, tasks: list[Task]) -> Callable[[], list[ArticleExtraction]]:
        if self.pool is None:
            return lambda: _extract_batch(tasks)
        return self.pool.submit(_extract_batch, tasks).result

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown()


class _Dask:
    """Batches run on a Dask cluster: the scheduler given, or a local cluster started for the build."""

    def __init__(self, scheduler: str | None, workers: int) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:  # an optional dependency
            raise RuntimeError("the dask engine needs `pip install 'dataset_tools[dask]'`") from exc
        self.cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1,
                                                           processes=True, dashboard_address=None)
        self.client = Client(scheduler or self.cluster)

    def submit(self, tasks: list[Task]) -> Callable[[], list[ArticleExtraction]]:
        return self.client.submit(_extract_batch, tasks, pure=False).result

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def extract_stream(articles: Iterable[Article], total: int | None = None,
                   options: EngineOptions | None = None) -> Iterator[tuple[Article, ArticleExtraction]]:
    """Extract articles as they come, yielding them in input order.

    At most a few batches per worker are in flight, so the articles read ahead — and their bodies — stay
    bounded however large the corpus. Articles found in the cache are not extracted again.
    """
    options = options or EngineOptions()
    if options.engine not in ENGINES:
        raise ValueError(f"unknown engine {options.engine!r}: one of {', '.join(ENGINES)}")
    store = ExtractionCache(options.cache_dir) if options.cache_dir else None
    workers = options.workers or os.cpu_count() or 1
    small = total is not None and total < MIN_ARTICLES_FOR_PROCESSES
    runner: _Local | _Dask
    if options.engine == "dask":
        runner = _Dask(options.scheduler, workers)
    else:
        runner = _Local(1 if small else workers)
    show = sys.stderr.isatty() if options.progress is None else options.progress
    window: deque[tuple[Batch, Callable[[], list[ArticleExtraction]] | None]] = deque()
    try:
        with tqdm(total=total, unit="article", disable=not show, desc="extract") as bar:
            for chunk in _chunks(articles, BATCH_SIZE):
                batch: Batch = [(a, store.get(a.body, a.published) if store else None) for a in chunk]
                tasks = [(a.body, a.published) for a, x in batch if x is None]
                window.append((batch, runner.submit(tasks) if tasks else None))
                while len(window) > 2 * workers:
                    yield from _finish(window.popleft(), store, bar)
            while window:
                yield from _finish(window.popleft(), store, bar)
    finally:
        runner.close()


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _finish(pending: tuple[Batch, Callable[[], list[ArticleExtraction]] | None], store: ExtractionCache | None,
            bar: tqdm) -> Iterator[tuple[Article, ArticleExtraction]]:
    batch, result = pending
    fresh = iter(result() if result else [])
    for article, cached in batch:
        extraction = cached
        if extraction is None:
            extraction = next(fresh)
            if store:
                store.put(article.body, article.published, extraction)
        bar.update(1)
        yield article, extraction


def extract_all(articles: Sequence[Article], options: EngineOptions | None = None) -> list[ArticleExtraction]:
    """Extract every article, in input order, with the chosen engine and cache."""
    return [x for _, x in extract_stream(articles, len(articles), options)]

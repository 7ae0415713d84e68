"""Run work over many articles: in this process, over local cores, or on a Dask cluster.

Extraction is a pure function of an article's body and date, so articles are independent: they are
processed in batches, results come back in input order, and every engine gives the same records (hence
byte-identical output). A cache keyed by the article's content and the extractors' code makes a
rebuild after one new article cost about one article. The same runner also carries the other
per-batch work of a build (assembling rows, checking tables), so that it too uses every core.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import date
from functools import cache, partial
from pathlib import Path
from typing import Any, Protocol, TypeVar

import pyarrow as pa
from tqdm import tqdm

from dataset_tools import __version__
from dataset_tools.extract import extract_article
from dataset_tools.extract.records import ArticleExtraction, Event, Mention, PersonEntity, Quote, TimeExpression
from dataset_tools.seeds import Article

ENGINES = ("local", "dask")
BATCH_SIZE = 32  # articles per task: large enough to amortise the hand-over, small enough to balance
# Below this many articles, starting worker processes costs more than it saves.
MIN_ARTICLES_FOR_PROCESSES = 64

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class EngineOptions:
    engine: str = "local"
    workers: int | None = None  # local: processes (None = every core, 1 = this process)
    scheduler: str | None = None  # dask: the scheduler's address; None starts a local cluster
    # None: no cache. With a remote Dask scheduler the folder must be one the workers share.
    cache_dir: Path | None = None
    progress: bool | None = None  # None: a progress bar only when stderr is a terminal

    @property
    def worker_count(self) -> int:
        return self.workers or os.cpu_count() or 1

    def show_progress(self) -> bool:
        return sys.stderr.isatty() if self.progress is None else self.progress


@cache
def extractor_fingerprint() -> str:
    """A hash of the extractors' source code: a cached result is only reused by the code that made it."""
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent / "extract"
    for path in sorted(package.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


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


def extract_articles(articles: Sequence[Article], cache_dir: Path | None = None) -> list[ArticleExtraction]:
    """Extract a batch of articles, reusing and filling the cache (this runs on a worker)."""
    store = ExtractionCache(cache_dir) if cache_dir else None
    out = []
    for article in articles:
        extraction = store.get(article.body, article.published) if store else None
        if extraction is None:
            extraction = extract_article(article.body, article.published)
            if store:
                store.put(article.body, article.published, extraction)
        out.append(extraction)
    return out


class Runner(Protocol):
    """Runs a function on some arguments somewhere; ``submit`` returns a way to wait for the result."""

    workers: int

    def submit(self, fn: Callable[..., R], *args: Any) -> Callable[[], R]: ...

    def close(self) -> None: ...


class _Local:
    """Tasks run in this process, or in a pool of processes."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.pool = ProcessPoolExecutor(max_workers=workers) if workers > 1 else None

    def submit(self, fn: Callable[..., R], *args: Any) -> Callable[[], R]:
        if self.pool is None:
            return lambda: fn(*args)
        return self.pool.submit(fn, *args).result

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown()


class _Dask:
    """Tasks run on a Dask cluster: the scheduler given, or a local cluster started for the build."""

    def __init__(self, scheduler: str | None, workers: int) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:  # an optional dependency
            raise RuntimeError("the dask engine needs `pip install 'dataset_tools[dask]'`") from exc
        self.cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1,
                                                           processes=True, dashboard_address=None)
        self.client = Client(scheduler or self.cluster)
        # An existing cluster may still be gathering its workers: count at least the number asked for.
        self.workers = max(workers, len(self.client.scheduler_info().get("workers", {})))

    def submit(self, fn: Callable[..., R], *args: Any) -> Callable[[], R]:
        return self.client.submit(fn, *args, pure=False).result

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


@contextmanager
def arrow_memory_returned() -> Iterator[None]:
    """Within the block, Arrow's new buffers come from jemalloc, which returns freed pages to the system.

    For a build's tail in the main process (resolution, three writer threads, then validation): Arrow's
    default pool on Linux (mimalloc) keeps freed pages for reuse, per thread, which grew the main
    process by ~150 MB at 36,000 articles (peak 687 vs 535 MiB). Not for the workers: extraction and
    assembly under jemalloc took 10-20 % more CPU, so workers already running keep their pool. A
    ``ARROW_DEFAULT_MEMORY_POOL`` set by the user, or a pyarrow without jemalloc, leaves the pool alone.
    """
    before = pa.default_memory_pool()
    try:
        pool = None if os.environ.get("ARROW_DEFAULT_MEMORY_POOL") else pa.jemalloc_memory_pool()
    except NotImplementedError:  # a pyarrow built without jemalloc (e.g. on Windows)
        pool = None
    if pool is not None:
        pa.set_memory_pool(pool)
    try:
        yield
    finally:
        pa.set_memory_pool(before)


def in_process() -> Runner:
    """A runner that runs each task right here, when asked for its result."""
    return _Local(1)


@contextmanager
def open_runner(options: EngineOptions | None = None, total: int | None = None) -> Iterator[Runner]:
    """The runner the options ask for, closed on the way out. A small job runs in this process."""
    options = options or EngineOptions()
    if options.engine not in ENGINES:
        raise ValueError(f"unknown engine {options.engine!r}: one of {', '.join(ENGINES)}")
    small = total is not None and total < MIN_ARTICLES_FOR_PROCESSES
    runner: Runner
    if options.engine == "dask":
        runner = _Dask(options.scheduler, options.worker_count)
    else:
        runner = _Local(1 if small else options.worker_count)
    try:
        yield runner
    finally:
        runner.close()


def map_ordered(runner: Runner, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[tuple[T, R]]:
    """Each item with ``fn`` of it, computed on the runner, in input order.

    At most a few tasks per worker are in flight, so the items read ahead (article bodies, table
    batches) stay bounded however many there are.
    """
    window: deque[tuple[T, Callable[[], R]]] = deque()
    for item in items:
        window.append((item, runner.submit(fn, item)))
        while len(window) > 2 * runner.workers:
            item, result = window.popleft()
            yield item, result()
    while window:
        item, result = window.popleft()
        yield item, result()


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def progress(total: int | None, options: EngineOptions, desc: str) -> tqdm:
    return tqdm(total=total, unit="article", disable=not options.show_progress(), desc=desc)


def extract_stream(articles: Iterable[Article], total: int | None = None,
                   options: EngineOptions | None = None) -> Iterator[tuple[Article, ArticleExtraction]]:
    """Extract articles as they come, yielding them in input order (bodies read ahead stay bounded)."""
    options = options or EngineOptions()
    work = partial(extract_articles, cache_dir=options.cache_dir)
    with open_runner(options, total) as runner, progress(total, options, "extract") as bar:
        for batch, extractions in map_ordered(runner, work, chunks(articles, BATCH_SIZE)):
            bar.update(len(batch))
            yield from zip(batch, extractions, strict=True)


def extract_all(articles: Sequence[Article], options: EngineOptions | None = None) -> list[ArticleExtraction]:
    """Extract every article, in input order, with the chosen engine and cache."""
    return [x for _, x in extract_stream(articles, len(articles), options)]

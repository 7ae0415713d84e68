"""Engines give the same records as a plain loop; the cache reuses work and only that."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from pathlib import Path

import pytest

import dataset_tools.engine as engine
from dataset_tools.engine import MIN_ARTICLES_FOR_PROCESSES, EngineOptions, extract_all, extraction_from_json
from dataset_tools.extract import extract_article
from dataset_tools.seeds import Article

NAMES = ["Maria Lopez", "David Okafor", "Anna Berg", "Tomas Novak", "Lena Park"]


def corpus(n: int) -> list[Article]:
    """Small varied articles written for these tests."""
    out = []
    for i in range(n):
        speaker, other = NAMES[i % 5], NAMES[(i + 2) % 5]
        body = (f"{speaker} met {other} in Brussels on Monday, {i} days after the vote.\n\n"
                f"“We agreed on item {i},” {speaker.split()[1]} said. “More talks will follow next week.”\n\n"
                f"{other} said he “could not agree more” with the plan announced in 2021.")
        out.append(Article(f"t{i:03d}", date(2024, 1, 1 + i % 28), body, f"{i:064x}"))
    return out


def test_extraction_survives_the_json_round_trip() -> None:
    (article,) = corpus(1)
    extraction = extract_article(article.body, article.published)
    assert extraction.quotes, "the test article has quotes"
    assert extraction_from_json(asdict(extraction)) == extraction


def test_processes_give_the_same_records_in_the_same_order() -> None:
    articles = corpus(MIN_ARTICLES_FOR_PROCESSES + 6)
    serial = extract_all(articles, EngineOptions(workers=1, progress=False))
    parallel = extract_all(articles, EngineOptions(workers=2, progress=False))
    assert serial == parallel
    assert serial == [extract_article(a.body, a.published) for a in articles]


def test_cache_makes_a_rebuild_cost_only_the_new_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = engine.extract_article

    def counting(body: str, published: date):  # type: ignore[no-untyped-def]
        calls.append(body)
        return real(body, published)

    monkeypatch.setattr(engine, "extract_article", counting)
    options = EngineOptions(workers=1, cache_dir=tmp_path / "cache", progress=False)
    articles = corpus(5)
    first = extract_all(articles[:4], options)
    assert len(calls) == 4
    second = extract_all(articles, options)
    assert len(calls) == 5  # only the new article was extracted
    assert second[:4] == first
    monkeypatch.setattr(engine, "extractor_fingerprint", lambda: "other extractor code")
    extract_all(articles, options)
    assert len(calls) == 10  # changed extractors never reuse old results


def test_a_damaged_cache_entry_is_extracted_again(tmp_path: Path) -> None:
    options = EngineOptions(workers=1, cache_dir=tmp_path, progress=False)
    articles = corpus(2)
    expected = extract_all(articles, options)
    for path in tmp_path.rglob("*.json"):
        path.write_text("{not json", encoding="utf-8")
    assert extract_all(articles, options) == expected


def test_unknown_engine_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown engine"):
        extract_all(corpus(1), EngineOptions(engine="spark"))


def test_dask_cluster_of_two_workers_gives_the_same_records() -> None:
    pytest.importorskip("distributed")
    articles = corpus(40)
    local = extract_all(articles, EngineOptions(workers=1, progress=False))
    dask = extract_all(articles, EngineOptions(engine="dask", workers=2, progress=False))
    assert dask == local


def test_dask_build_is_byte_identical_to_local_build(seeds: Path, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    from dataset_tools.pipeline import build
    from tests.test_pipeline import hashes

    build(seeds, tmp_path / "local", options=EngineOptions(workers=1, progress=False))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster:
        build(seeds, tmp_path / "dask",
              options=EngineOptions(engine="dask", scheduler=cluster.scheduler_address, progress=False))
    assert hashes(tmp_path / "dask") == hashes(tmp_path / "local")


def test_arrow_memory_returned_within_the_block_only(monkeypatch: pytest.MonkeyPatch) -> None:
    import pyarrow as pa

    from dataset_tools.engine import arrow_memory_returned

    monkeypatch.delenv("ARROW_DEFAULT_MEMORY_POOL", raising=False)
    before = pa.default_memory_pool().backend_name
    with arrow_memory_returned():
        inside = pa.default_memory_pool().backend_name
        assert pa.array(["x"] * 1000).nbytes
    assert pa.default_memory_pool().backend_name == before
    try:
        pa.jemalloc_memory_pool()
    except NotImplementedError:  # a pyarrow without jemalloc: the pool is left as it was
        assert inside == before
    else:
        assert inside == "jemalloc"
    monkeypatch.setenv("ARROW_DEFAULT_MEMORY_POOL", "system")  # the user's choice wins
    with arrow_memory_returned():
        assert pa.default_memory_pool().backend_name == before

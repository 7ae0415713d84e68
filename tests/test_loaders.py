"""A release loads untouched in DuckDB, polars, pandas, pyarrow.dataset and PySpark: quotes join people and articles."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from dataset_tools.pipeline import release
from dataset_tools.tables import SCHEMA_VERSION, TABLES
from tests.conftest import ARTICLE_ONE, ARTICLE_TWO, write_seeds


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("loaders")
    seeds = write_seeds(root / "seeds", {"a1.txt": ARTICLE_ONE, "a2.txt": ARTICLE_TWO})
    release("0.1.0", seeds, root / "dist")
    return root / "dist" / "0.1.0"


def expected_joined(folder: Path) -> set[tuple[str, str, str]]:
    """(person name, quote text, published) for every attributed quote, straight from pyarrow."""
    quotes = pq.read_table(folder / "quotes.parquet").to_pylist()
    people = {r["person_id"]: r["name"] for r in pq.read_table(folder / "people.parquet").to_pylist()}
    published = {r["article_id"]: r["published"].isoformat()
                 for r in pq.read_table(folder / "articles.parquet").to_pylist()}
    return {(people[q["person_id"]], q["text"], published[q["article_id"]]) for q in quotes if q["person_id"]}


def test_parquet_profile(published: Path) -> None:
    for name, table in TABLES.items():
        schema = pq.read_schema(published / f"{name}.parquet")
        assert schema.remove_metadata() == table.arrow_schema()
        for field in schema:
            kinds = [field.type, getattr(field.type, "value_type", field.type)]
            assert not any(pa.types.is_unsigned_integer(t) for t in kinds), field
            assert not any(pa.types.is_timestamp(t) and t.unit == "ns" for t in kinds), field
        meta = schema.metadata
        assert meta[b"dataset_tools.dataset_version"] == b"0.1.0"
        assert meta[b"dataset_tools.schema_version"] == SCHEMA_VERSION.encode()


def test_duckdb(published: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    rows = duckdb.connect().execute(f"""
        SELECT p.name, q.text, CAST(a.published AS VARCHAR)
        FROM '{published}/quotes.parquet' q
        JOIN '{published}/people.parquet' p USING (person_id)
        JOIN '{published}/articles.parquet' a USING (article_id)
    """).fetchall()
    assert set(rows) == expected_joined(published) and rows


def test_polars(published: Path) -> None:
    pl = pytest.importorskip("polars")
    quotes, people, articles = (pl.read_parquet(published / f"{n}.parquet") for n in ("quotes", "people", "articles"))
    joined = quotes.join(people, on="person_id").join(articles, on="article_id")
    assert articles.schema["published"] == pl.Date and people.schema["roles"] == pl.List(pl.String)
    rows = {(r["name"], r["text"], r["published"].isoformat()) for r in joined.iter_rows(named=True)}
    assert rows == expected_joined(published)


def test_pandas(published: Path) -> None:
    import pandas as pd

    quotes, people, articles = (pd.read_parquet(published / f"{n}.parquet") for n in ("quotes", "people", "articles"))
    said = quotes.merge(people, on="person_id").merge(articles[["article_id", "published"]], on="article_id")
    rows = {(r.name, r.text, r.published.isoformat()) for r in said.itertuples()}
    assert rows == expected_joined(published)


def test_pyarrow_dataset(published: Path) -> None:
    # Acero joins carry no list columns, so each scan projects the columns the join needs (as one would).
    quotes = ds.dataset(published / "quotes.parquet").to_table(columns=["quote_id", "person_id", "article_id", "text"])
    people = ds.dataset(published / "people.parquet").to_table(columns=["person_id", "name"])
    articles = ds.dataset(published / "articles.parquet").to_table(columns=["article_id", "published"])
    joined = quotes.join(people, "person_id", join_type="inner").join(articles, "article_id", join_type="inner")
    rows = {(r["name"], r["text"], r["published"].isoformat()) for r in joined.to_pylist()}
    assert rows == expected_joined(published)


def _spark_available() -> bool:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return False
    return shutil.which("java") is not None


@pytest.mark.spark
@pytest.mark.skipif(not _spark_available(), reason="PySpark needs pyspark and Java 17")
def test_pyspark(published: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pyspark.sql import SparkSession

    # A short-lived local JVM: the client compiler and serial GC halve its start-up on a small machine
    # (about 40 s → 18 s on 2 cores), and a loopback address avoids waiting on host name lookups.
    if "PYSPARK_SUBMIT_ARGS" not in os.environ:
        monkeypatch.setenv("PYSPARK_SUBMIT_ARGS",
                           '--driver-java-options "-XX:+UseSerialGC -XX:TieredStopAtLevel=1" pyspark-shell')
    monkeypatch.setenv("SPARK_LOCAL_IP", "127.0.0.1")
    started = time.perf_counter()
    spark = (SparkSession.builder.master("local[1]").appName("dataset_tools-loaders")
             .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "1")
             .getOrCreate())
    try:
        for name in ("quotes", "people", "articles"):
            spark.read.parquet(str(published / f"{name}.parquet")).createOrReplaceTempView(name)
        rows = spark.sql("""
            SELECT p.name, q.text, CAST(a.published AS STRING) AS published
            FROM quotes q JOIN people p ON q.person_id = p.person_id JOIN articles a ON q.article_id = a.article_id
        """).collect()
        assert {(r["name"], r["text"], r["published"]) for r in rows} == expected_joined(published)
        people = spark.read.parquet(str(published / "people.parquet"))
        assert dict(people.dtypes)["roles"] == "array<string>" and dict(people.dtypes)["article_count"] == "bigint"
    finally:
        spark.stop()
    print(f"pyspark: {time.perf_counter() - started:.1f}s")  # shown with -s; reported in the hand-off

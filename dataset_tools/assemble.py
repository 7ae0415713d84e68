"""Assemble stage: articles, their extractions and the resolved people become the dataset's tables.

Ids are derived from content (article id and offsets), never from counters or the clock, and rows are
sorted by primary key, so the same inputs give the same tables byte for byte. Row ids start with the
article id and '#' (which sorts before any character of an article id), so rows sorted by id are in
article order: a build can write each article's rows as it goes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pyarrow as pa

from dataset_tools.extract.records import ArticleExtraction
from dataset_tools.resolve import PersonLike, PersonSummary, Resolution
from dataset_tools.seeds import Article
from dataset_tools.tables import TABLES
from dataset_tools.timex import interval

Rows = dict[str, list[dict[str, object]]]
# Rows are assembled per batch before people are resolved; these tables name a person.
PERSON_TABLES = ("person_mentions", "quotes", "event_participants")
PERSON_REF = "person_ref"


def row_id(article_id: str, letter: str, start: int, end: int, suffix: str = "") -> str:
    """``ARTICLE#q0000123-0000456``: offsets fixed-width so that ids sort in text order."""
    return f"{article_id}#{letter}{start:07d}-{end:07d}{suffix}"


def article_rows(article: Article, extraction: ArticleExtraction, first_person: int = 0) -> Rows:
    """Every table's rows for one article, each sorted by key.

    People are not resolved yet: rows that name a person carry ``person_ref``, the person's place in
    the batch (``first_person`` + their index in the article), instead of ``person_id``.
    """
    aid = article.article_id
    rows: Rows = {name: [] for name in TABLES if name != "people"}
    rows["articles"].append({
        "article_id": aid,
        "published": article.published,
        "body": article.body,
        "word_count": article.word_count,
        "sha256": article.sha256,
    })
    seen_mentions: set[tuple[int, int]] = set()
    for index, person in enumerate(extraction.people):
        for m in person.mentions:
            if (m.start, m.end) in seen_mentions:  # one place refers to one person
                continue
            seen_mentions.add((m.start, m.end))
            rows["person_mentions"].append({
                "mention_id": row_id(aid, "m", m.start, m.end),
                "article_id": aid,
                PERSON_REF: first_person + index,
                "start": m.start,
                "end": m.end,
                "text": m.text,
                "method": m.method,
            })
    quote_ids = [row_id(aid, "q", q.start, q.end) for q in extraction.quotes]
    for qid, q in zip(quote_ids, extraction.quotes, strict=True):
        rows["quotes"].append({
            "quote_id": qid,
            "article_id": aid,
            PERSON_REF: first_person + q.person if q.person is not None else None,
            "speaker_text": q.speaker_text,
            "speaker_start": q.speaker_start,
            "speaker_end": q.speaker_end,
            "text": q.text,
            "start": q.start,
            "end": q.end,
            "cue": q.cue,
            "kind": q.kind,
            "attribution_method": q.method,
            "confidence": round(float(q.confidence), 4),
        })
    time_ids = [row_id(aid, "t", t.start, t.end) for t in extraction.time_expressions]
    for tid, t in zip(time_ids, extraction.time_expressions, strict=True):
        rows["time_expressions"].append({
            "time_id": tid,
            "article_id": aid,
            "start": t.start,
            "end": t.end,
            "text": t.text,
            "value": t.value,
            "precision": t.precision,
        })
    for e in extraction.events:
        eid = row_id(aid, "e", e.trigger_start, e.trigger_end, f"-{e.event_type}")
        span = interval(e.date_value, e.date_precision) if e.date_value and e.date_precision else None
        rows["events"].append({
            "event_id": eid,
            "article_id": aid,
            "event_type": e.event_type,
            "cameo_code": e.cameo_code,
            "status": e.status,
            "date_value": e.date_value,
            "date_precision": e.date_precision,
            "date_start": span[0] if span else None,
            "date_end": span[1] if span else None,
            "date_source": e.date_source,
            "time_id": time_ids[e.time_expression] if e.time_expression is not None else None,
            "trigger_text": e.trigger_text,
            "trigger_start": e.trigger_start,
            "trigger_end": e.trigger_end,
            "location": e.location,
            "quote_id": quote_ids[e.quote] if e.quote is not None else None,
        })
        for ref, role in sorted({(first_person + p, role) for p, role in e.participants}):
            rows["event_participants"].append({"event_id": eid, PERSON_REF: ref, "role": role})
    for name, table_rows in rows.items():
        key = tuple(PERSON_REF if k == "person_id" else k for k in TABLES[name].primary_key)
        table_rows.sort(key=lambda r: tuple(r[k] for k in key))  # type: ignore[misc]
    return rows


def local_schema(name: str) -> pa.Schema:
    """A table's schema before resolution: ``person_id`` is ``person_ref``, an int64 in its place."""
    schema = TABLES[name].arrow_schema()
    if name not in PERSON_TABLES:
        return schema
    index = schema.get_field_index("person_id")
    return schema.set(index, pa.field(PERSON_REF, pa.int64(), nullable=schema.field(index).nullable))


@dataclass
class AssembledBatch:
    """A batch of articles' rows (as Arrow, in article order) and their people, waiting for resolution."""

    tables: dict[str, pa.Table]
    people: list[tuple[str, list[PersonSummary]]]  # (article id, its people) in batch order


def assemble_batch(articles: Sequence[Article], extractions: Sequence[ArticleExtraction]) -> AssembledBatch:
    """Every table's rows for a batch of articles, people referred to by their place in the batch."""
    collected: Rows = {name: [] for name in TABLES if name != "people"}
    people: list[tuple[str, list[PersonSummary]]] = []
    first_person = 0
    for article, extraction in zip(articles, extractions, strict=True):
        for name, rows in article_rows(article, extraction, first_person).items():
            collected[name].extend(rows)
        people.append((article.article_id, [PersonSummary.of(p) for p in extraction.people]))
        first_person += len(extraction.people)
    tables = {name: pa.Table.from_pylist(rows, schema=local_schema(name)) for name, rows in collected.items()}
    return AssembledBatch(tables, people)


def batch_person_ids(people: Iterable[tuple[str, Sequence[PersonLike]]], resolution: Resolution) -> pa.Array:
    """The build-wide id of each person of a batch, in the order ``person_ref`` counts them."""
    return pa.array([resolution.person_id(aid, person) for aid, persons in people for person in persons],
                    pa.string())


def attach_person_ids(name: str, table: pa.Table, ids: pa.Array) -> pa.Table:
    """A batch's table with ``person_ref`` replaced by the person's id: the table as published.

    Two people of one article may resolve to one person, so an event's participants are made unique
    again and re-sorted by their key.
    """
    if name not in PERSON_TABLES:
        return table
    index = table.schema.get_field_index(PERSON_REF)
    field = TABLES[name].arrow_schema().field("person_id")
    table = table.set_column(index, field, ids.take(table.column(index)))
    if name == "event_participants":
        unique = table.group_by(list(TABLES[name].primary_key), use_threads=False).aggregate([])
        table = sort_by_key(name, unique.select(TABLES[name].arrow_schema().names))
    return table


def assemble(
    articles: Sequence[Article],
    extractions: Sequence[ArticleExtraction],
    resolution: Resolution,
) -> dict[str, pa.Table]:
    """Every table of the dataset, as Arrow tables in a fixed order, each sorted by its primary key."""
    batch = assemble_batch(articles, extractions)
    ids = batch_person_ids(batch.people, resolution)
    tables = {name: attach_person_ids(name, table, ids) for name, table in batch.tables.items()}
    tables["people"] = pa.Table.from_pylist(list(resolution.people), schema=TABLES["people"].arrow_schema())
    return {name: sort_by_key(name, tables[name]) for name in TABLES}


def sort_by_key(name: str, table: pa.Table) -> pa.Table:
    """A table's rows in the order of its primary key (Arrow compares strings as Python does)."""
    return table.sort_by([(k, "ascending") for k in TABLES[name].primary_key])

"""Assemble stage: articles, their extractions and the resolved people become the dataset's tables.

Ids are derived from content (article id and offsets), never from counters or the clock, and rows are
sorted by primary key, so the same inputs give the same tables byte for byte. Row ids start with the
article id and '#' (which sorts before any character of an article id), so rows sorted by id are in
article order: a build can write each article's rows as it goes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pyarrow as pa

from dataset_tools.extract.records import ArticleExtraction
from dataset_tools.resolve import Resolution
from dataset_tools.seeds import Article
from dataset_tools.tables import TABLES
from dataset_tools.timex import interval

Rows = dict[str, list[dict[str, object]]]


def row_id(article_id: str, letter: str, start: int, end: int, suffix: str = "") -> str:
    """``ARTICLE#q0000123-0000456``: offsets fixed-width so that ids sort in text order."""
    return f"{article_id}#{letter}{start:07d}-{end:07d}{suffix}"


def article_rows(article: Article, extraction: ArticleExtraction, person_ids: Mapping[tuple[str, int], str]) -> Rows:
    """Every table's rows for one article (people already given build-wide ids), each sorted by key."""
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
                "person_id": person_ids[(aid, index)],
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
            "person_id": person_ids[(aid, q.person)] if q.person is not None else None,
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
        participants = {(person_ids[(aid, p)], role) for p, role in e.participants}
        for pid, role in sorted(participants):
            rows["event_participants"].append({"event_id": eid, "person_id": pid, "role": role})
    for name, table_rows in rows.items():
        key = TABLES[name].primary_key
        table_rows.sort(key=lambda r: tuple(r[k] for k in key))  # type: ignore[misc]
    return rows


def to_arrow(name: str, rows: Sequence[dict[str, object]]) -> pa.Table:
    """One table as Arrow, typed by its definition and sorted by its primary key."""
    table = TABLES[name]
    ordered = sorted(rows, key=lambda r: tuple(r[k] for k in table.primary_key))
    return pa.Table.from_pylist(ordered, schema=table.arrow_schema())


def assemble(
    articles: Sequence[Article],
    extractions: Sequence[ArticleExtraction],
    resolution: Resolution,
) -> dict[str, pa.Table]:
    """Every table of the dataset, as Arrow tables in a fixed order."""
    collected: Rows = {name: [] for name in TABLES}
    for article, extraction in zip(articles, extractions, strict=True):
        for name, rows in article_rows(article, extraction, resolution.person_ids).items():
            collected[name].extend(rows)
    collected["people"] = list(resolution.people)
    return {name: to_arrow(name, rows) for name, rows in collected.items()}

"""Assembling hand-made extraction records into tables, and validating them."""

from __future__ import annotations

from datetime import date

import pyarrow as pa

from dataset_tools.assemble import PERSON_REF, assemble, assemble_batch, attach_person_ids
from dataset_tools.extract.records import ArticleExtraction, Event, Mention, PersonEntity, Quote, TimeExpression
from dataset_tools.resolve import resolve_people
from dataset_tools.seeds import Article
from dataset_tools.tables import TABLES
from dataset_tools.validate import validate_tables

BODY = "Ana Ruiz met Ben Cole on Monday.\n\n“We agreed,” she said. “It went well.\n\n“More soon.”"


def extraction() -> ArticleExtraction:
    quote_start = BODY.index("We agreed")
    multi_start = BODY.index("It went")
    return ArticleExtraction(
        people=[
            PersonEntity("Ana Ruiz", mentions=[Mention(0, 8, "Ana Ruiz", "name"),
                                               Mention(BODY.index("she"), BODY.index("she") + 3, "she", "pronoun")]),
            PersonEntity("Ben Cole", mentions=[Mention(13, 21, "Ben Cole", "name")]),
        ],
        quotes=[
            Quote(quote_start, quote_start + 10, "We agreed,", "full", "she", BODY.index("she"),
                  BODY.index("she") + 3, 0, "said", "adjacent_pronoun", 0.9),
            Quote(multi_start, len(BODY) - 1, "It went well. More soon.", "full", None, None, None, 0, None,
                  "continuation", 0.7),
        ],
        time_expressions=[TimeExpression(25, 31, "Monday", "2024-03-04", "day")],
        events=[Event("meeting", "occurred", 9, 12, "met", "2024-03-04", "day", 0, "time_expression",
                      participants=[(0, "source"), (1, "target")])],
    )


def tables() -> dict[str, pa.Table]:
    article = Article("art1", date(2024, 3, 5), BODY, "0" * 64)
    x = extraction()
    return assemble([article], [x], resolve_people([("art1", x.people)]))


def test_assembled_tables_are_valid_and_linked() -> None:
    t = tables()
    assert validate_tables(t) == []
    assert sorted(t["people"].column("name").to_pylist()) == ["Ana Ruiz", "Ben Cole"]
    assert t["person_mentions"].num_rows == 3
    quotes = t["quotes"].to_pylist()
    assert {q["text"] for q in quotes} == {"We agreed,", "It went well. More soon."}
    ana = next(p["person_id"] for p in t["people"].to_pylist() if p["name"] == "Ana Ruiz")
    assert all(q["person_id"] == ana for q in quotes)
    (event,) = t["events"].to_pylist()
    assert (event["date_start"], event["date_end"]) == (date(2024, 3, 4), date(2024, 3, 4))
    assert event["time_id"] == t["time_expressions"].column("time_id")[0].as_py()
    assert t["event_participants"].num_rows == 2


def test_assembly_is_deterministic() -> None:
    assert all(tables()[name].equals(other) for name, other in tables().items())


def replace(table: pa.Table, column: str, values: list[object]) -> pa.Table:
    index = table.schema.get_field_index(column)
    return table.set_column(index, table.schema.field(index), pa.array(values, table.schema.field(index).type))


def test_every_kind_of_failure_is_located() -> None:
    t = tables()
    quote_ids = t["quotes"].column("quote_id").to_pylist()
    t["quotes"] = replace(t["quotes"], "kind", ["scare", "full"])
    t["quotes"] = replace(t["quotes"], "text", ["We agreed", "It went well. More soon."])
    t["time_expressions"] = replace(t["time_expressions"], "value", ["2024-W10"])
    t["event_participants"] = replace(t["event_participants"], "person_id",
                                      ["per_ffffffffffffffff", t["event_participants"].column("person_id")[1]])
    t["articles"] = t["articles"].drop_columns(["word_count"])
    failures = {(f.table, f.key, f.column, f.rule) for f in validate_tables(t)}
    assert ("articles", "", "word_count", "column is missing") in failures
    assert ("quotes", quote_ids[0], "kind", "one of full, partial, tweet") in failures
    assert ("quotes", quote_ids[0], "text", "equals the body at start:end") in failures
    tid = t["time_expressions"].column("time_id")[0].as_py()
    assert ("time_expressions", tid, "value", "a TIMEX3 value of precision day") in failures
    assert any(f[0] == "event_participants" and f[2] == "person_id" and f[3] == "exists in people.person_id"
               for f in failures)


def test_duplicate_keys_and_nulls_are_reported() -> None:
    t = tables()
    ids = t["person_mentions"].column("mention_id").to_pylist()
    t["person_mentions"] = replace(t["person_mentions"], "mention_id", [ids[0], ids[0], ids[2]])
    t["people"] = replace(t["people"], "name", [None, "Someone"])
    rules = {(f.table, f.column, f.rule) for f in validate_tables(t)}
    assert ("person_mentions", "mention_id", "unique mention_id") in rules
    assert ("people", "name", "not null") in rules


def test_person_refs_count_across_the_articles_of_a_batch() -> None:
    first = Article("art1", date(2024, 3, 5), BODY, "0" * 64)
    second = Article("art2", date(2024, 3, 6), BODY, "1" * 64)
    batch = assemble_batch([first, second], [extraction(), extraction()])
    assert [aid for aid, _ in batch.people] == ["art1", "art2"]
    refs = batch.tables["person_mentions"].column(PERSON_REF).to_pylist()
    assert refs == [0, 1, 0, 2, 3, 2]  # sorted by offset; art2's people come after art1's two
    assert "person_id" not in batch.tables["quotes"].schema.names


def test_participants_who_resolve_to_one_person_become_one_row() -> None:
    article = Article("art1", date(2024, 3, 5), BODY, "0" * 64)
    x = extraction()
    x.events[0].participants[:] = [(0, "source"), (1, "source")]
    batch = assemble_batch([article], [x])
    same = pa.array(["per_0000000000000001"] * 2)
    participants = attach_person_ids("event_participants", batch.tables["event_participants"], same)
    assert participants.to_pylist() == [{"event_id": participants.column("event_id")[0].as_py(),
                                         "person_id": "per_0000000000000001", "role": "source"}]
    assert participants.schema == TABLES["event_participants"].arrow_schema()

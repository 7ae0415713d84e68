"""Validation gives the same report wherever its row checks run: here, in worker processes, on Dask."""

from __future__ import annotations

import pyarrow as pa
import pytest

from dataset_tools.engine import EngineOptions, open_runner
from dataset_tools.validate import Failure, TableSource, validate_sources
from tests.test_assemble import replace, tables


def broken_tables() -> dict[str, pa.Table]:
    """Tables with a failure of each kind the workers check (pandera, span, date) and the main process
    checks (key order, foreign key)."""
    t = tables()
    t["quotes"] = replace(t["quotes"], "kind", ["scare", "full"])
    t["time_expressions"] = replace(t["time_expressions"], "value", ["2024-W10"])
    ids = t["person_mentions"].column("mention_id").to_pylist()
    t["person_mentions"] = replace(t["person_mentions"], "mention_id", [ids[1], ids[0], ids[2]])
    t["event_participants"] = replace(t["event_participants"], "person_id",
                                      ["per_ffffffffffffffff", t["event_participants"].column("person_id")[1]])
    return t


def validate_with(options: EngineOptions | None) -> list[Failure]:
    sources = {name: TableSource.of_table(table) for name, table in broken_tables().items()}
    if options is None:
        return validate_sources(sources)
    with open_runner(options) as runner:
        return validate_sources(sources, runner)


def test_worker_processes_report_what_this_process_reports() -> None:
    here = validate_with(None)
    rules = {f.rule for f in here}
    assert {"one of full, partial, tweet", "a TIMEX3 value of precision day", "rows sorted by mention_id",
            "exists in people.person_id"} <= rules
    assert validate_with(EngineOptions(workers=2)) == here


def test_a_dask_cluster_reports_what_this_process_reports() -> None:
    pytest.importorskip("distributed")
    assert validate_with(EngineOptions(engine="dask", workers=2)) == validate_with(None)


def test_span_batches_go_to_workers_in_pieces_of_whole_articles() -> None:
    from dataset_tools.validate import _by_articles

    ids = ["a", "a", "b", "c", "c", "c", "d"]
    batch = pa.record_batch([pa.array(ids), pa.array(range(len(ids)))], names=["article_id", "n"])
    pieces = list(_by_articles(batch, 2))
    assert [p.column("article_id").to_pylist() for p in pieces] == [["a", "a", "b"], ["c", "c", "c", "d"]]
    assert pa.Table.from_batches(pieces).column("n").to_pylist() == list(range(len(ids)))


def test_only_the_tables_asked_for_are_checked() -> None:
    sources = {name: TableSource.of_table(table) for name, table in broken_tables().items()}
    del sources["quotes"]  # not asked for: neither checked nor reported missing
    failures = validate_sources(sources, only=["time_expressions", "person_mentions"])
    assert {f.table for f in failures} == {"time_expressions", "person_mentions"}
    assert {f.rule for f in failures} == {"a TIMEX3 value of precision day", "rows sorted by mention_id"}


def test_foreign_keys_looked_up_in_many_rounds_still_name_every_row(monkeypatch: pytest.MonkeyPatch) -> None:
    from dataset_tools import validate

    whole = validate_with(None)
    t = broken_tables()
    participants = t["event_participants"].num_rows
    monkeypatch.setattr(validate, "BATCH_ROWS", 1)  # a batch per row ...
    monkeypatch.setattr(validate, "FOREIGN_KEY_LOOKUP_VALUES", 1)  # ... and a lookup per batch
    assert validate_with(None) == whole
    missing = [f for f in whole if f.rule == "exists in people.person_id"]
    assert len(missing) == 1 and participants > 1
    assert missing[0].value == "per_ffffffffffffffff" and "|per_ffffffffffffffff|" in missing[0].key

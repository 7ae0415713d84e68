"""Release assertions: row counts and fill rates may not fall past a bound without an explicit override.

A release is compared with the previous one in ``dist/``. A table that loses more than
``ROW_DROP_BOUND`` of its rows, or a column whose fill rate (share of non-null values) falls by more
than ``FILL_DROP_BOUND``, stops the release unless the maintainer names that check with
``--allow-drop`` — and the allowed drops are recorded in the release manifest, so nobody has to trust
that a shrinking dataset was intended.

Check names: ``TABLE.rows`` and ``TABLE.COLUMN.fill``; ``TABLE.*`` allows every check of a table.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass

import pyarrow as pa

from dataset_tools.tables import TABLES

ROW_DROP_BOUND = 0.10  # a table may lose at most 10% of its rows between releases
FILL_DROP_BOUND = 0.10  # a column's fill rate may fall by at most 0.10 (absolute) between releases


def fill_rates(table: pa.Table) -> dict[str, float]:
    """Share of non-null values per column (1.0 for an empty table: nothing is missing)."""
    rows = table.num_rows
    return {name: round(1.0 - table.column(name).null_count / rows, 6) if rows else 1.0
            for name in table.column_names}


@dataclass(frozen=True)
class Drop:
    """One check that fell past its bound."""

    check: str  # "quotes.rows" or "quotes.person_id.fill"
    previous: float
    current: float
    bound: float

    def __str__(self) -> str:
        if self.check.endswith(".rows"):
            return (f"{self.check}: {int(self.previous)} → {int(self.current)} rows "
                    f"(more than {self.bound:.0%} fewer)")
        return (f"{self.check}: fill rate {self.previous:.3f} → {self.current:.3f} "
                f"(fell by more than {self.bound:.2f})")

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def check_names(tables: Iterable[str] = TABLES) -> set[str]:
    """Every name ``--allow-drop`` accepts."""
    names = set()
    for name in tables:
        names |= {f"{name}.rows", f"{name}.*", *(f"{name}.{c}.fill" for c in TABLES[name].column_names)}
    return names


def drops(previous: Mapping[str, pa.Table], current: Mapping[str, pa.Table]) -> list[Drop]:
    """Every row-count and fill-rate drop past its bound, for tables and columns in both releases."""
    found = []
    for name, new in current.items():
        old = previous.get(name)
        if old is None:
            continue
        if new.num_rows < old.num_rows * (1 - ROW_DROP_BOUND):
            found.append(Drop(f"{name}.rows", old.num_rows, new.num_rows, ROW_DROP_BOUND))
        old_fill, new_fill = fill_rates(old), fill_rates(new)
        for column, rate in new_fill.items():
            # A table that was empty has no meaningful fill rate to fall from.
            if column in old_fill and old.num_rows and old_fill[column] - rate > FILL_DROP_BOUND + 1e-9:
                found.append(Drop(f"{name}.{column}.fill", old_fill[column], rate, FILL_DROP_BOUND))
    return found


def is_allowed(drop: Drop, allowed: Iterable[str]) -> bool:
    table = drop.check.split(".", 1)[0]
    return any(a in (drop.check, f"{table}.*") for a in allowed)

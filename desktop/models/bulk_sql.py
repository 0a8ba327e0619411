"""Multi-row VALUES statements: many rows per statement step, for the bulk paths (imports)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from sqlalchemy import Connection

VALUES_PER_STATEMENT = 200


def insert_values(conn: Connection, head: str, tail: str, rows: Sequence[tuple]) -> int:
    """`head VALUES (…), (…) … tail` for up to VALUES_PER_STATEMENT rows per statement; returns the
    rows the statements changed (fewer than given when ON CONFLICT … DO NOTHING left some out).

    Measured on 100k activities: 0.62 s against 1.05 s for executemany (one statement step per row)."""
    if not rows:
        return 0
    changed = 0
    one = "(" + ", ".join("?" * len(rows[0])) + ")"
    full = f"{head} VALUES {', '.join([one] * VALUES_PER_STATEMENT)} {tail}"
    for start in range(0, len(rows), VALUES_PER_STATEMENT):
        block = rows[start:start + VALUES_PER_STATEMENT]
        sql = full if len(block) == VALUES_PER_STATEMENT else f"{head} VALUES {', '.join([one] * len(block))} {tail}"
        changed += conn.exec_driver_sql(sql, tuple(itertools.chain.from_iterable(block))).rowcount
    return changed


def insert_flat(conn: Connection, head: str, tail: str, width: int, values: list[object], literal: str = "") -> None:
    """`insert_values` for rows of `width` values laid end to end in one list; `literal` (SQL text
    of our own, never user data: ", 3") ends every row.

    A tuple per row kept until its statement runs is a new object for the garbage collector to
    track: 500k counts (a 100k-row daily-counts import) cost ~0.1 s of collections that way."""
    if not values:
        return
    one = "(" + ", ".join("?" * width) + literal + ")"
    step = VALUES_PER_STATEMENT * width
    full = f"{head} VALUES {', '.join([one] * VALUES_PER_STATEMENT)} {tail}"
    for start in range(0, len(values), step):
        block = tuple(values[start:start + step])
        sql = full if len(block) == step else f"{head} VALUES {', '.join([one] * (len(block) // width))} {tail}"
        conn.exec_driver_sql(sql, block)

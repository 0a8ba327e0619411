"""Multi-row VALUES statements: many rows per statement step, for the bulk paths (imports)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from sqlalchemy import Connection

VALUES_PER_STATEMENT = 200


def insert_values(conn: Connection, head: str, tail: str, rows: Sequence[tuple]) -> int:
    """`head VALUES (…), (…) … tail` for up to VALUES_PER_STATEMENT rows per statement; returns the
    rows the statements changed (fewer than given when ON CONFLICT … DO NOTHING left some out).

    Measured on 100k activities: 0.62 s against 1.05 s for executemany (one statement step per row)."""
    if not rows:
        return 0
    if conn.dialect.name == "postgresql":
        return copy_insert(conn, head, tail, rows)
    changed = 0
    one = "(" + ", ".join("?" * len(rows[0])) + ")"
    full = f"{head} VALUES {', '.join([one] * VALUES_PER_STATEMENT)} {tail}"
    for start in range(0, len(rows), VALUES_PER_STATEMENT):
        block = rows[start:start + VALUES_PER_STATEMENT]
        sql = full if len(block) == VALUES_PER_STATEMENT else f"{head} VALUES {', '.join([one] * len(block))} {tail}"
        changed += conn.exec_driver_sql(sql, tuple(itertools.chain.from_iterable(block))).rowcount
    return changed


def insert_flat(conn: Connection, head: str, tail: str, width: int, values: list[object], literal: str = "",
                adds_up: str | None = None) -> None:
    """`insert_values` for rows of `width` values laid end to end in one list; `literal` (SQL text
    of our own, never user data: ", 3") ends every row.

    A tuple per row kept until its statement runs is a new object for the garbage collector to
    track: 500k counts (a 100k-row daily-counts import) cost ~0.1 s of collections that way."""
    if not values:
        return
    if conn.dialect.name == "postgresql":
        extra = [int(v) for v in literal.split(",")[1:]]  # our own integers (a batch or sheet number)
        rows = [(*values[i:i + width], *extra) for i in range(0, len(values), width)]
        copy_insert(conn, head, tail, rows, adds_up)
        return
    one = "(" + ", ".join("?" * width) + literal + ")"
    step = VALUES_PER_STATEMENT * width
    full = f"{head} VALUES {', '.join([one] * VALUES_PER_STATEMENT)} {tail}"
    for start in range(0, len(values), step):
        block = tuple(values[start:start + step])
        sql = full if len(block) == step else f"{head} VALUES {', '.join([one] * (len(block) // width))} {tail}"
        conn.exec_driver_sql(sql, block)


_HEAD = re.compile(r"^INSERT INTO (\w+) \(([^)]*)\)$")


def copy_insert(conn: Connection, head: str, tail: str, rows: Sequence[tuple], adds_up: str | None = None) -> int:
    """PostgreSQL's bulk path for `head VALUES … tail`: COPY the rows into a scratch table, then one
    INSERT … SELECT in their order with the same tail (ON CONFLICT …), in the caller's transaction.
    (Thousands of placeholders per statement cost psycopg more to parse than the server to run.)
    `adds_up` names a column whose values add up for rows of the same key (an ON CONFLICT DO UPDATE
    may not meet one key twice in a statement, as SQLite's row by row upsert does): they are
    summed first."""
    match = _HEAD.match(head.strip())
    if match is None:
        raise ValueError(f"not an INSERT with a column list: {head}")
    table, cols = match.group(1), [c.strip() for c in match.group(2).split(",")]
    scratch = f"_copy_{table.lstrip('_')}"
    listed = ", ".join(cols)
    conn.exec_driver_sql(f"CREATE TEMP TABLE IF NOT EXISTS {scratch} AS SELECT {listed} FROM {table} WITH NO DATA")
    conn.exec_driver_sql(f"ALTER TABLE {scratch} ADD COLUMN IF NOT EXISTS _n BIGSERIAL")
    conn.exec_driver_sql(f"TRUNCATE {scratch}")
    cursor = conn.connection.driver_connection.cursor()
    with cursor.copy(f"COPY {scratch} ({listed}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
    if adds_up:
        keys = ", ".join(c for c in cols if c != adds_up)
        picked = ", ".join(f"SUM({c})" if c == adds_up else c for c in cols)
        select = f"SELECT {picked} FROM {scratch} GROUP BY {keys} ORDER BY MIN(_n)"
    else:
        select = f"SELECT {listed} FROM {scratch} ORDER BY _n"
    return conn.exec_driver_sql(f"{head} {select} {tail}").rowcount  # rows inserted or updated

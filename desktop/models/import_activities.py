"""Activities a later tracker corrected (outcome changed, note added): replaced in place, put back by undo.

What makes two rows "the same row" across imports is their dedupe key (importers/extract.py
`activity`, importers/result.py `Deduper`): the layout, the day, the time, the rep, the company
(lead) and the kind, plus the row's occurrence among the rows of the sheet with those same fields
(the 1st, 2nd … 不在 call to ㈱A at 10:00 on 4/1). No file or sheet name is in it, and neither the
outcome nor the note: those are what a correction changes. So a row whose result or note was
corrected in Excel finds its earlier version by key, and this module replaces the outcome and note
of that version; a row moved to another day, time, rep or company is a different row.

The check costs nothing on a first import: only the rows the INSERT … ON CONFLICT DO NOTHING did
not insert (their key is stored already) are looked up, one query per chunk that had any.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection

_STORED = ("SELECT id, dedupe_key, outcome, note, day, member_id FROM activity "
           "WHERE (batch_id IS NULL OR batch_id <> ?) AND dedupe_key IN ({marks})")
_KEY, _OUTCOME, _NOTE = 8, 5, 6  # positions in importers' rows as models/imports._activity_rows builds them
LOOKUP = 500


def replace_corrected(conn: Connection, batch_id: int, rows: Sequence[tuple], done: set[int]) -> list[dict[str, Any]]:
    """Rows of an earlier import whose outcome or note `rows` (not inserted: their key was stored)
    change: updated to the new values. Returns the values they had, for undo; `done` holds the ids
    this batch already replaced (two sheets giving the same row replace it once)."""
    new = {r[_KEY]: r for r in rows}
    was: list[dict[str, Any]] = []
    keys = list(new)
    for start in range(0, len(keys), LOOKUP):
        part = keys[start:start + LOOKUP]
        sql = _STORED.format(marks=", ".join("?" * len(part)))
        for row_id, key, outcome, note, day, member in conn.exec_driver_sql(sql, (batch_id, *part)).fetchall():
            r = new[key]
            if row_id in done or (outcome, note or "") == (r[_OUTCOME], r[_NOTE] or ""):
                continue
            done.add(row_id)
            was.append({"id": row_id, "outcome": outcome, "note": note, "day": str(day), "member_id": member})
            conn.exec_driver_sql("UPDATE activity SET outcome = ?, note = ? WHERE id = ?",
                                 (r[_OUTCOME], r[_NOTE], row_id))
    return was


def set_activities(conn: Connection, values: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Set outcome and note of activities by id (undo and redo of a replacement); returns what they
    were. A row deleted since is left alone."""
    was: list[dict[str, Any]] = []
    for v in values:
        old = conn.exec_driver_sql("SELECT outcome, note FROM activity WHERE id = ?", (v["id"],)).first()
        if old is None:
            continue
        was.append({**v, "outcome": old[0], "note": old[1]})
        conn.exec_driver_sql("UPDATE activity SET outcome = ?, note = ? WHERE id = ?", (v["outcome"], v["note"], v["id"]))
    return was


def keys_of(values: Sequence[dict[str, Any]]) -> list[tuple[date, int]]:
    """The (day, member) rollup keys of replaced activities."""
    return [(date.fromisoformat(v["day"]), v["member_id"]) for v in values]


_STORED_ACTS = "SELECT dedupe_key, outcome, note FROM activity WHERE dedupe_key IN ({marks})"
_STORED_DEALS = "SELECT dedupe_key, stage, amount, closed_day FROM deal WHERE dedupe_key IN ({marks})"
_STORED_TALLIES = ("SELECT m.name_key, t.day, t.metric, t.count FROM tally t JOIN member m ON m.id = t.member_id "
                   "WHERE m.name_key IN ({marks}) AND t.day BETWEEN ? AND ?")


def _stored(conn: Connection, sql: str, keys: list[str], *extra: object, width: int = 1) -> dict[Any, tuple]:
    """Stored values by key (the first `width` columns) for the `keys` the IN list takes."""
    out: dict[Any, tuple] = {}
    for start in range(0, len(keys), LOOKUP):
        part = keys[start:start + LOOKUP]
        for r in conn.exec_driver_sql(sql.format(marks=", ".join("?" * len(part))), (*part, *extra)).fetchall():
            r = tuple(_day(v) for v in r)  # PostgreSQL returns dates, SQLite their ISO text: compare as text
            out[r[0] if width == 1 else r[:width]] = r[width:]
    return out


def _any_stored(conn: Connection, low: str, high: str) -> bool:
    """Whether any stored activity key lies in [low, high]: keys lead with their day, so a first
    import's chunk costs one index probe instead of a lookup per row."""
    sql = "SELECT 1 FROM activity WHERE dedupe_key BETWEEN ? AND ? LIMIT 1"
    return conn.exec_driver_sql(sql, (low, high)).first() is not None


def _code(stored: tuple | None, new: tuple) -> str:
    return "added" if stored is None else ("unchanged" if stored == new else "replaced")


def fact_changes(conn: Connection, acts: Sequence[dict[str, Any]], deals: Sequence[dict[str, Any]],
                 tallies: Sequence[dict[str, Any]]) -> list[tuple[str, str]]:
    """(sheet, 'added' | 'replaced' | 'unchanged') for each importer fact, by the rule the import
    stores them with (a key stored already with other values is replaced), read only: the preview's
    counts. Activities compare outcome and note, deals stage, amount and close day, counts the value."""
    out: list[tuple[str, str]] = []
    keys = [a["dedupe_key"] for a in acts]
    found = _stored(conn, _STORED_ACTS, keys) if keys and _any_stored(conn, min(keys), max(keys)) else {}
    out += [(a["sheet"], _code(_flat(found.get(a["dedupe_key"])), (a["outcome"], a["note"] or ""))) for a in acts]
    found = _stored(conn, _STORED_DEALS, [d["dedupe_key"] for d in deals])
    out += [(d["sheet"], _code(found.get(d["dedupe_key"]), (d["stage"], d["amount"], _day(d["closed_day"]))))
            for d in deals]
    if tallies:
        days = sorted(t["day"] for t in tallies)
        found = _stored(conn, _STORED_TALLIES, sorted({t["member"] for t in tallies}), _day(days[0]), _day(days[-1]),
                        width=3)
        out += [(t["sheet"], _code(found.get((t["member"], _day(t["day"]), t["metric"])), (t["count"],)))
                for t in tallies]
    return out


def _flat(stored: tuple | None) -> tuple | None:
    return None if stored is None else (stored[0], stored[1] or "")


def _day(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value

"""Deals a later tracker moved on (提案 → 受注): updated in place by an import, moved back by its undo."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from sqlalchemy import Connection


def sql_value(value: Any) -> Any:
    """Dates and times as SQLAlchemy stores them on SQLite (so ORM reads get them back)."""
    if value is None or isinstance(value, (str, int)):
        return value
    if isinstance(value, time):
        return value.isoformat("microseconds")  # HH:MM:SS.ffffff, 4× faster than strftime
    if isinstance(value, date):
        return value.isoformat()
    return value


_DEAL_TEMP = ("CREATE TEMP TABLE IF NOT EXISTS _import_deal (dedupe_key TEXT PRIMARY KEY, stage TEXT, "
              "amount INTEGER, closed_day DATE)")
_DEAL_CHANGED = ("SELECT d.id, d.member_id, d.created_day, d.stage, d.amount, d.closed_day, i.stage, i.amount, "
                 "i.closed_day FROM deal d JOIN _import_deal i ON d.dedupe_key = i.dedupe_key "
                 "WHERE d.stage IS NOT i.stage OR d.amount IS NOT i.amount OR d.closed_day IS NOT i.closed_day")
_DISTINCT = {"sqlite": "IS NOT", "postgresql": "IS DISTINCT FROM"}
DEAL_KEYS = " UNION SELECT day, member_id FROM _import_deal_keys"
_DEAL_FIELDS = ("stage", "amount", "closed_day")


def _deal_tables(conn: Connection) -> None:
    conn.exec_driver_sql(_DEAL_TEMP)
    conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS _import_deal_keys (day DATE, member_id INTEGER)")


def reset_deal_tables(conn: Connection) -> None:
    """Empty the scratch tables at the start of an import (its chunks then add to them)."""
    _deal_tables(conn)
    for table in ("_import_deal", "_import_deal_keys"):
        conn.exec_driver_sql(f"DELETE FROM {table}")


def update_deals(conn: Connection, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A later tracker moved deals on (提案 → 受注): update them; returns their previous values.
    The (day, member) keys they touch gather in `_import_deal_keys` (DEAL_KEYS) for the rollup."""
    _deal_tables(conn)
    conn.exec_driver_sql("DELETE FROM _import_deal")
    if not rows:
        return []
    conn.exec_driver_sql("INSERT INTO _import_deal VALUES (?, ?, ?, ?) ON CONFLICT (dedupe_key) DO UPDATE SET "
                         "stage = excluded.stage, amount = excluded.amount, closed_day = excluded.closed_day",
                         [(r["dedupe_key"], r["stage"], r["amount"], sql_value(r["closed_day"])) for r in rows])
    changed = conn.exec_driver_sql(_DEAL_CHANGED.replace("IS NOT", _DISTINCT[conn.dialect.name])).fetchall()
    head = ("id", "member_id", "created_day")
    return set_deals(conn, [{**dict(zip(head, r[:3], strict=True)),
                              **dict(zip(_DEAL_FIELDS, r[6:], strict=True))} for r in changed])


def set_deals(conn: Connection, values: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Set stage, amount and closed day of deals by id; returns what they were (for the way back)."""
    _deal_tables(conn)
    was: list[dict[str, Any]] = []
    for v in values:
        old = conn.exec_driver_sql("SELECT stage, amount, closed_day FROM deal WHERE id = ?", (v["id"],)).one()
        was.append({**v, **dict(zip(_DEAL_FIELDS, old, strict=True))})
        conn.exec_driver_sql("UPDATE deal SET stage = ?, amount = ?, closed_day = ? WHERE id = ?",
                             (v["stage"], v["amount"], v["closed_day"], v["id"]))
        conn.exec_driver_sql("INSERT INTO _import_deal_keys VALUES (?, ?), (?, ?)",
                             (old[2], v["member_id"], v["closed_day"], v["member_id"]))
    return was


def deal_keys_of(values: list[dict[str, Any]]) -> list[tuple[date, int]]:
    days = {(d, v["member_id"]) for v in values for d in (v["closed_day"], v["created_day"]) if d}
    return [(date.fromisoformat(str(d)), m) for d, m in days]

"""Store operations for imports: one batch in one transaction, its undo, its history, remembered mappings.

`import_batch` takes an importer's result (members and companies by name key,
facts as plain dicts) and stores it all or nothing: members and leads it lacks,
activities and deals whose dedupe key is new, counts upserted with the replaced
value kept in TallyReplacement, and one set-based rollup refresh.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import col
from sqlmodel import select as select_rows

from desktop.models import rollup
from desktop.models.import_deals import DEAL_KEYS, deal_keys_of, set_deals, sql_value, update_deals
from desktop.models.tables import Activity, Deal, ImportBatch, Lead, Member, Setting, Tally, utcnow

CHUNK = 500


class ImportCancelled(Exception):
    """Raised inside the import transaction when the user cancelled: everything rolls back."""


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _ids_by_key(conn: Connection, column: Any, id_column: Any, keys: Sequence[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for part in _chunks(list(keys)):
        out.update({k: i for k, i in conn.execute(select(column, id_column).where(column.in_(part)))})
    return out


def _members(conn: Connection, members: dict[str, str]) -> dict[str, int]:
    found = _ids_by_key(conn, col(Member.name_key), col(Member.id), list(members))
    new = [{"name": members[k], "name_key": k, "team": "", "role": "rep", "active": True}
           for k in members if k not in found]
    if new:
        conn.execute(insert(Member), new)
        found.update(_ids_by_key(conn, col(Member.name_key), col(Member.id), [r["name_key"] for r in new]))
    return found


def _leads(conn: Connection, leads: dict[str, dict[str, Any]], batch_id: int) -> dict[str, int]:
    found = _ids_by_key(conn, col(Lead.company_key), col(Lead.id), list(leads))
    new = [{"company": v["company"][:200], "person": v.get("person", ""), "phone": v.get("phone", ""),
            "email": "", "source": "import", "status": "new", "company_key": k, "batch_id": batch_id}
           for k, v in leads.items() if k not in found]
    if new:
        conn.execute(insert(Lead), new)
        found.update(_ids_by_key(conn, col(Lead.company_key), col(Lead.id), [r["company_key"] for r in new]))
    return found


_TALLY_TEMP = ("CREATE TEMP TABLE IF NOT EXISTS _import_tally (day DATE, member_id INTEGER, metric TEXT, "
               "count INTEGER, PRIMARY KEY (day, member_id, metric))")
_TALLY_MATCH = "t.day = i.day AND t.member_id = i.member_id AND t.metric = i.metric"
_TALLY_STEPS = (
    f"INSERT INTO tallyreplacement (batch_id, day, member_id, metric, previous_count, previous_batch_id) "
    f"SELECT :b, t.day, t.member_id, t.metric, t.count, t.batch_id FROM tally t JOIN _import_tally i "
    f"ON {_TALLY_MATCH} WHERE t.count != i.count",
    "INSERT INTO tally (day, member_id, metric, count, batch_id) "
    "SELECT day, member_id, metric, count, :b FROM _import_tally WHERE true "
    "ON CONFLICT (day, member_id, metric) DO UPDATE SET count = excluded.count, batch_id = excluded.batch_id "
    "WHERE tally.count != excluded.count",
)
_BATCH_KEYS = ("SELECT day, member_id FROM activity WHERE batch_id = :b "
               "UNION SELECT day, member_id FROM tally WHERE batch_id = :b "
               "UNION SELECT day, member_id FROM tallyreplacement WHERE batch_id = :b "
               "UNION SELECT created_day, member_id FROM deal WHERE batch_id = :b "
               "UNION SELECT closed_day, member_id FROM deal WHERE batch_id = :b AND closed_day IS NOT NULL")


def _tallies(conn: Connection, rows: list[tuple], batch_id: int) -> tuple[int, int]:
    """Upsert counts; (added, replaced). Unchanged counts are left alone."""
    conn.exec_driver_sql(_TALLY_TEMP)
    conn.exec_driver_sql("DELETE FROM _import_tally")
    if not rows:
        return 0, 0
    conn.exec_driver_sql("INSERT INTO _import_tally VALUES (?, ?, ?, ?)", rows)
    added = conn.exec_driver_sql(
        "SELECT COUNT(*) FROM _import_tally i WHERE NOT EXISTS "
        f"(SELECT 1 FROM tally t WHERE {_TALLY_MATCH})").scalar_one()
    replaced = conn.exec_driver_sql(_TALLY_STEPS[0].replace(":b", "?"), (batch_id,)).rowcount
    conn.exec_driver_sql(_TALLY_STEPS[1].replace(":b", "?"), (batch_id,))
    return int(added), int(replaced)


def _insert_new(conn: Connection, table: Any, rows: list[dict[str, Any]], batch_id: int) -> int:
    """Insert rows whose dedupe key is not stored yet (raw executemany: 100k rows); how many went in."""
    if rows:
        names = list(rows[0])
        sql = (f"INSERT INTO {table.__tablename__} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))}) "
               "ON CONFLICT (dedupe_key) DO NOTHING")
        conn.exec_driver_sql("PRAGMA cache_size = -65536")  # 64 MB: random dedupe keys hit many index pages
        conn.exec_driver_sql(sql, [tuple(sql_value(x) for x in r.values()) for r in rows])
    return int(conn.exec_driver_sql(f"SELECT COUNT(*) FROM {table.__tablename__} WHERE batch_id = ?",
                                    (batch_id,)).scalar_one())


class ImportOps:
    """Import batches: store, undo, list; mappings remembered per file shape."""

    def import_batch(self, meta: dict[str, Any], result: Any,
                     cancel: Callable[[], bool] = lambda: False) -> ImportBatch:
        """Store an importer's result as one ImportBatch, all or nothing; raises ImportCancelled."""
        with self._write() as s:
            batch = ImportBatch(**meta)
            s.add(batch)
            s.flush()
            conn, b = s.connection(), batch.id
            members = _members(conn, result.members)
            leads = _leads(conn, result.leads, b)
            _check(cancel)
            acts = _activity_rows(result.activities, members, leads, b)
            added = _insert_new(conn, Activity, acts, b)
            _check(cancel)
            deals = _deal_rows(result.deals, members, leads, b)
            changed = update_deals(conn, deals)
            added += _insert_new(conn, Deal, deals, b)
            t_added, replaced = _tallies(conn, _tally_rows(result.tallies, members), b)
            _check(cancel)
            rollup.refresh_select(conn, _BATCH_KEYS.replace(":b", "?") + DEAL_KEYS, (b,) * 5)
            if changed:
                s.add(Setting(key=f"import_undo:{b}", value=json.dumps(changed)))
            batch.rows_added, batch.rows_replaced = added + t_added, replaced + len(changed)
            batch.rows_skipped = len(result.problems) + result.fact_count - added - t_added - replaced
            s.flush()
        self._publish_import(batch.id)
        return batch

    def undo_import(self, batch_id: int) -> dict[str, Any]:
        """Remove exactly the batch's rows and put back the counts it replaced, in one transaction.

        Returns what was removed, so `redo_import` can put the batch back (the undo stack)."""
        with self._write() as s:
            batch = s.get(ImportBatch, batch_id)
            if batch is None or batch.undone_at is not None:
                raise KeyError(batch_id)
            conn = s.connection()
            keys = _batch_keys(conn, batch_id)
            removed = {t.__tablename__: _rows_of(conn, t, batch_id) for t in (Activity, Deal, Tally, Lead)}
            saved = s.get(Setting, f"import_undo:{batch_id}")
            previous = json.loads(saved.value) if saved else []
            removed["deal_updates"] = set_deals(conn, previous)
            keys += deal_keys_of(previous) + deal_keys_of(removed["deal_updates"])
            for sql in _UNDO:
                conn.exec_driver_sql(sql, (batch_id,))
            removed["lead"] = [r for r in removed["lead"] if s.get(Lead, r["id"]) is None]
            rollup.refresh_keys(conn, keys)
            batch.undone_at = utcnow()
        self._publish_import(batch_id)
        return {"batch_id": batch_id, **removed}

    def redo_import(self, removed: dict[str, Any]) -> None:
        """Put back a batch `undo_import` removed: same ids, the counts it had set."""
        b = removed["batch_id"]
        with self._write() as s:
            conn = s.connection()
            for table in (Lead, Activity, Deal):
                if removed[table.__tablename__]:
                    conn.execute(insert(table), removed[table.__tablename__])
            if removed["tally"]:
                conn.execute(sqlite_insert(Tally).on_conflict_do_update(
                    index_elements=["day", "member_id", "metric"],
                    set_={"count": sqlite_insert(Tally).excluded.count, "batch_id": b}),
                    [{k: v for k, v in r.items() if k != "id"} for r in removed["tally"]])
            updates = removed.get("deal_updates", [])
            previous = set_deals(conn, updates)
            rollup.refresh_keys(conn, _batch_keys(conn, b) + deal_keys_of(updates) + deal_keys_of(previous))
            s.get(ImportBatch, b).undone_at = None
        self._publish_import(b)

    def _publish_import(self, batch_id: int) -> None:
        """An import touches every fact table: each page that shows one refreshes."""
        for table in ("member", "lead", "activity", "deal", "tally", "dailycount"):
            self.publish("reset", table)
        self.publish("updated", "importbatch", [batch_id])

    def import_batches(self) -> list[ImportBatch]:
        """Every import, newest first (undone ones too)."""
        with self._read() as s:
            return list(s.exec(select_rows(ImportBatch).order_by(col(ImportBatch.id).desc())).all())

    def remembered_mapping(self, shape: str) -> dict[str, str] | None:
        return self.setting(f"import_mapping:{shape}")

    def remember_mapping(self, shape: str, mapping: dict[str, str]) -> None:
        self.set_setting(f"import_mapping:{shape}", mapping)


_UNDO = (
    "DELETE FROM activity WHERE batch_id = ?",
    "DELETE FROM deal WHERE batch_id = ?",
    "UPDATE tally SET (count, batch_id) = (SELECT r.previous_count, r.previous_batch_id FROM tallyreplacement r "
    "WHERE r.batch_id = tally.batch_id AND r.day = tally.day AND r.member_id = tally.member_id "
    "AND r.metric = tally.metric) WHERE batch_id = ?1 AND EXISTS (SELECT 1 FROM tallyreplacement r "
    "WHERE r.batch_id = ?1 AND r.day = tally.day AND r.member_id = tally.member_id AND r.metric = tally.metric)",
    "DELETE FROM tally WHERE batch_id = ?",
    "DELETE FROM lead WHERE batch_id = ? AND id NOT IN (SELECT lead_id FROM activity WHERE lead_id IS NOT NULL) "
    "AND id NOT IN (SELECT lead_id FROM deal WHERE lead_id IS NOT NULL)",
)


def _batch_keys(conn: Connection, batch_id: int) -> list[tuple[date, int]]:
    rows = conn.exec_driver_sql(_BATCH_KEYS.replace(":b", "?"), (batch_id,) * 5)
    return [(date.fromisoformat(str(d)), m) for d, m in rows]


def _rows_of(conn: Connection, table: Any, batch_id: int) -> list[dict[str, Any]]:
    query = select(table.__table__).where(table.__table__.c.batch_id == batch_id)
    return [dict(r) for r in conn.execute(query).mappings()]


def _check(cancel: Callable[[], bool]) -> None:
    if cancel():
        raise ImportCancelled


def _activity_rows(rows: list[dict[str, Any]], members: dict[str, int], leads: dict[str, int],
                   b: int) -> list[dict[str, Any]]:
    """Activity rows in SQLAlchemy's SQLite storage format (ISO day, HH:MM:SS.ffffff time)."""
    return [{"day": r["day"].isoformat(), "at": r["at"] and r["at"].strftime("%H:%M:%S.%f"),
             "member_id": members[r["member"]], "lead_id": leads.get(r["company"]) if r["company"] else None,
             "kind": r["kind"], "outcome": r["outcome"], "note": r["note"], "batch_id": b,
             "dedupe_key": r["dedupe_key"]} for r in rows]


def _deal_rows(rows: list[dict[str, Any]], members: dict[str, int], leads: dict[str, int],
               b: int) -> list[dict[str, Any]]:
    return [{"title": r["title"][:200], "lead_id": leads.get(r["company"]) if r["company"] else None,
             "member_id": members[r["member"]], "created_day": r["created_day"], "amount": r["amount"],
             "stage": r["stage"], "closed_day": r["closed_day"], "batch_id": b, "dedupe_key": r["dedupe_key"],
             "source_activity_id": None} for r in rows]


def _tally_rows(rows: list[dict[str, Any]], members: dict[str, int]) -> list[tuple]:
    """(day, member id, metric, count) tuples, ready for executemany."""
    return [(r["day"].isoformat(), members[r["member"]], r["metric"], r["count"]) for r in rows]

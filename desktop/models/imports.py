"""Store operations for imports: one batch in one transaction, its undo, its history, remembered mappings.

`import_batch` takes an importer's result (members and companies by name key,
facts as plain dicts) and stores it all or nothing: members and leads it lacks,
activities and deals whose dedupe key is new, counts upserted with the replaced
value kept in TallyReplacement (import_tallies.py), and one set-based rollup refresh.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from datetime import date, time
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy import Connection, insert, select
from sqlalchemy.dialects.postgresql import insert as postgres_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import col
from sqlmodel import select as select_rows

from desktop.models import rollup
from desktop.models.bulk_sql import insert_values
from desktop.models.contracts import put_back_contracts, take_batch_contracts
from desktop.models.import_activities import fact_changes, keys_of, replace_corrected, set_activities
from desktop.models.import_deals import (DEAL_KEYS, deal_keys_of, reset_deal_tables, set_deals, sql_value,
                                         update_deals)
from desktop.models.import_tallies import TallyWriter
from desktop.models.lead_status import add_stages
from desktop.models.tables import Activity, Deal, ImportBatch, Lead, LeadStatus, Member, Setting, Tally, utcnow

CHUNK = 500


class ImportCancelled(Exception):
    """Raised inside the import transaction when the user cancelled: everything rolls back."""


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _ids_by_key(conn: Connection, column: Any, id_column: Any, keys: Sequence[str]) -> dict[str, int]:
    """Ids by key, CHUNK keys per `IN (…)` statement, in plain SQL (SQLAlchemy's expanding IN cost
    more to render than the database to run: 43k new leads, with the insert, 0.41 → 0.20 s)."""
    out: dict[str, int] = {}
    keys = list(keys)
    head = f"SELECT {column.name}, {id_column.name} FROM {column.table.name} WHERE {column.name} IN "
    full = head + "(" + ", ".join("?" * CHUNK) + ")"
    for part in _chunks(keys):
        sql = full if len(part) == CHUNK else head + "(" + ", ".join("?" * len(part)) + ")"
        out.update(conn.exec_driver_sql(sql, tuple(part)).fetchall())
    return out


def _members(conn: Connection, members: dict[str, str], created: list[int] | None = None) -> dict[str, int]:
    """Member ids by name key, creating the ones missing (their ids are appended to `created`)."""
    found = _ids_by_key(conn, col(Member.name_key), col(Member.id), list(members))
    new = [{"name": members[k], "name_key": k, "team": "", "role": "rep", "active": True}
           for k in members if k not in found]
    if new:
        conn.execute(insert(Member), new)
        ids = _ids_by_key(conn, col(Member.name_key), col(Member.id), [r["name_key"] for r in new])
        found.update(ids)
        if created is not None:
            created += ids.values()
    return found


def _leads(conn: Connection, leads: dict[str, dict[str, Any]], batch_id: int) -> dict[str, int]:
    found = _ids_by_key(conn, col(Lead.company_key), col(Lead.id), list(leads))
    new = [(v["company"][:200], v.get("person", ""), v.get("phone", ""), "", "import", "new", k, batch_id)
           for k, v in leads.items() if k not in found]
    if new:  # plain tuples in multi-row VALUES (COPY on PostgreSQL): a call list may bring 40k companies
        insert_values(conn, _LEAD_INSERT, "", new)
        found.update(_ids_by_key(conn, col(Lead.company_key), col(Lead.id), [r[6] for r in new]))
    return found


_LEAD_INSERT = "INSERT INTO lead (company, person, phone, email, source, status, company_key, batch_id)"


def _fill_leads(conn: Connection, leads: list[tuple[dict[str, Any], int]], batch_id: int) -> None:
    """A person or phone a later row gave to a lead this batch created in an earlier chunk."""
    rows = [(v["person"], v["phone"], i, batch_id) for v, i in leads if v["person"] or v["phone"]]
    if rows:
        conn.exec_driver_sql("UPDATE lead SET person = CASE WHEN person = '' THEN ? ELSE person END, "
                             "phone = CASE WHEN phone = '' THEN ? ELSE phone END WHERE id = ? AND batch_id = ?",
                             rows)


_FACT_KEYS = ("SELECT day, member_id FROM activity WHERE batch_id = :b "
              "UNION SELECT created_day, member_id FROM deal WHERE batch_id = :b "
              "UNION SELECT closed_day, member_id FROM deal WHERE batch_id = :b AND closed_day IS NOT NULL")
_BATCH_KEYS = ("SELECT day, member_id FROM activity WHERE batch_id = :b "
               "UNION SELECT day, member_id FROM tally WHERE batch_id = :b "
               "UNION SELECT day, member_id FROM tallyreplacement WHERE batch_id = :b "
               "UNION SELECT created_day, member_id FROM deal WHERE batch_id = :b "
               "UNION SELECT closed_day, member_id FROM deal WHERE batch_id = :b AND closed_day IS NOT NULL")
_ACTIVITY_INSERT = ("INSERT INTO activity (day, at, member_id, lead_id, kind, outcome, note, batch_id, dedupe_key)",
                    "ON CONFLICT (dedupe_key) DO NOTHING")
BULK_ROWS = 20_000  # a batch at least this big, and a quarter of the table, rebuilds activity's indexes
_SECONDARY = ("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'activity' "
              "AND sql IS NOT NULL AND name != 'ix_activity_dedupe'")


class _BatchWriter:
    """Stores an import's facts chunk by chunk inside the batch's write transaction.

    `add` is the extraction's sink: it takes the facts the result holds so far (leaving its lists
    empty) and writes them at once. (A writer thread was tried: the GIL hands back to it only every
    switch interval while the extraction runs, and 100k rows took 3.0 s against 2.4 s without.)
    Counts go to a TallyWriter (straight into the table for new days, staged for stored ones).
    `finish` settles the counts and refreshes the rollup of the activities' and deals' days once."""

    def __init__(self, conn: Connection, batch_id: int, cancel: Callable[[], bool],
                 expected_rows: int | Callable[[], int]) -> None:
        self.conn, self.b, self.cancel, self.expected = conn, batch_id, cancel, expected_rows
        self.rebuild: list[str] | None = None  # activity indexes to create again in finish
        self.members: dict[str, int] = {}
        self.created: list[int] = []  # members this batch created: its undo removes those left with nothing
        self.leads: dict[str, int] = {}
        self.stage_keys: set[tuple[date, int]] = set()  # the lead stages' rollup keys, refreshed in finish
        self.facts = 0
        self.changed: list[dict[str, Any]] = []
        self.corrected: list[dict[str, Any]] = []  # earlier imports' activities this one corrected: as they were
        self.corrected_ids: set[int] = set()
        self.tallies = TallyWriter(conn, batch_id)
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA cache_size = -65536")  # 64 MB: big batches touch many index pages
        reset_deal_tables(conn)

    def add(self, result: Any) -> list[tuple[str, str, str]]:
        """Take the result's facts so far (its lists are left empty) and store them; returns the
        counts refused because an earlier sheet gave them: (sheet, metric, that earlier sheet)."""
        _check(self.cancel)
        acts, deals, tallies, stages = result.activities, result.deals, result.tallies, result.lead_stages
        result.activities, result.deals, result.tallies, result.lead_stages = [], [], [], []
        members, leads = result.fresh_members, result.fresh_leads  # noted since the last chunk
        result.fresh_members, result.fresh_leads = [], []
        self.members.update(_members(self.conn, {k: result.members[k] for k in members}, self.created))
        stored = {k for k in leads if k in self.leads}  # a later row gave them a person or phone
        _fill_leads(self.conn, [(result.leads[k], self.leads[k]) for k in stored], self.b)
        self.leads.update(_leads(self.conn, {k: result.leads[k] for k in leads if k not in stored}, self.b))
        self.facts += len(acts) + len(deals) + len(stages)
        self.stage_keys |= add_stages(self.conn, [
            {"lead_id": self.leads[r["company"]], "status": r["status"], "day": r["day"],
             "member_id": self.members[r["member"]], "batch_id": self.b} for r in stages])
        if acts:
            if self.rebuild is None:
                self.rebuild = self._bulk()
            rows = _activity_rows(acts, self.members, self.leads, self.b)
            if insert_values(self.conn, *_ACTIVITY_INSERT, rows) < len(rows):  # some keys are stored already
                self.corrected += replace_corrected(self.conn, self.b, rows, self.corrected_ids)
        if deals:
            rows = _deal_rows(deals, self.members, self.leads, self.b)
            self.changed += update_deals(self.conn, rows)
            _insert_new(self.conn, Deal, rows)
        return self.tallies.add(tallies, self.members) if tallies else []

    def _bulk(self) -> list[str]:
        """A big batch against the table: drop activity's secondary indexes now (finish creates them
        again, sorted, from their own stored SQL). Inserting rows one by one into indexes keyed by
        lead or member lands all over them: measured on 1M rows (day-led keys) 15.7 s with the
        indexes against 4.0 s without plus 2.7 s to create them. Dropped inside the transaction:
        a rollback keeps them."""
        existing = self.conn.exec_driver_sql("SELECT COALESCE(MAX(id), 0) FROM activity").scalar_one()
        expected = self.expected() if callable(self.expected) else self.expected  # asked at the first rows
        if expected < BULK_ROWS or expected * 4 < existing or self.conn.dialect.name != "sqlite":
            return []  # (PostgreSQL: its own b-trees take ordered keys well; see bench/team_bench.py)
        indexes = self.conn.exec_driver_sql(_SECONDARY).fetchall()
        for name, _ in indexes:
            self.conn.exec_driver_sql(f'DROP INDEX "{name}"')
        return [sql for _, sql in indexes]

    def finish(self) -> tuple[int, int, int]:
        """(facts added, counts replaced, distinct counts given) once every chunk is in."""
        _check(self.cancel)
        for sql in self.rebuild or ():
            self.conn.exec_driver_sql(sql)
        added = sum(int(self.conn.exec_driver_sql(f"SELECT COUNT(*) FROM {t} WHERE batch_id = ?",
                                                    (self.b,)).scalar_one()) for t in ("activity", "deal", "leadstatus"))
        t_added, replaced, given = self.tallies.finish()
        _check(self.cancel)
        rollup.refresh_select(self.conn, _FACT_KEYS.replace(":b", "?") + DEAL_KEYS, (self.b,) * 3)
        if self.corrected or self.stage_keys:
            rollup.refresh_keys(self.conn, set(keys_of(self.corrected)) | self.stage_keys)
        return added + t_added, replaced, self.facts + given


def _insert_new(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    """Insert rows whose dedupe key is not stored yet (raw executemany)."""
    names = list(rows[0])
    sql = (f"INSERT INTO {table.__tablename__} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))}) "
           "ON CONFLICT (dedupe_key) DO NOTHING")
    conn.exec_driver_sql(sql, [tuple(sql_value(x) for x in r.values()) for r in rows])


class ImportOps:
    """Import batches: store, undo, list; mappings remembered per file shape."""

    def import_batch(self, meta: dict[str, Any] | Callable[[], dict[str, Any]], result: Any,
                     cancel: Callable[[], bool] = lambda: False,
                     expected_rows: int | Callable[[], int] = 0) -> ImportBatch:
        """Store an import as one ImportBatch, all or nothing; raises ImportCancelled.

        `result` is an importer's ImportResult, or a function that runs the extraction with a sink
        (`produce(sink) -> ImportResult`), which stores the facts chunk by chunk as they come. `meta`
        may be a function too, called once the extraction is done (a stream plans sheets as it goes).
        `expected_rows` (the file's rows, if known; or a function asked when the first activities
        arrive) lets a big batch rebuild indexes rather than grow them."""
        with self._write() as s:
            batch = ImportBatch(file_name="", sha256="", sheet="", layout="", mapping="{}")
            s.add(batch)
            s.flush()
            expected = expected_rows or len(getattr(result, "activities", ()))
            writer = _BatchWriter(s.connection(), batch.id, cancel, expected)
            if callable(result):
                result = result(writer.add)
            elif writer.add(result):
                raise ValueError("an ImportResult's counts must be merged first (pipeline.merge_tallies)")
            added, replaced, facts = writer.finish()
            for key, value in (meta() if callable(meta) else meta).items():
                setattr(batch, key, value)
            if writer.changed:
                s.add(Setting(key=f"import_undo:{batch.id}", value=json.dumps(writer.changed, default=str)))  # PostgreSQL gives dates
            if writer.corrected:
                s.add(Setting(key=f"import_corrected:{batch.id}", value=json.dumps(writer.corrected, default=str)))
            if writer.created:
                s.add(Setting(key=f"import_members:{batch.id}", value=json.dumps(writer.created)))
            updated = len(writer.changed) + len(writer.corrected)  # deals moved on, activities corrected
            batch.rows_added, batch.rows_replaced = added, replaced + updated
            batch.rows_skipped = len(result.problems) + facts - added - replaced - updated
            s.flush()
        self.publish_import(batch.id)
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
            removed = {t.__tablename__: _rows_of(conn, t, batch_id) for t in (Activity, Deal, Tally, Lead, LeadStatus)}
            keys += [(r["day"], r["member_id"]) for r in removed["leadstatus"]]
            saved = s.get(Setting, f"import_undo:{batch_id}")
            previous = json.loads(saved.value) if saved else []
            removed["deal_updates"] = set_deals(conn, previous)
            keys += deal_keys_of(previous) + deal_keys_of(removed["deal_updates"])
            saved = s.get(Setting, f"import_corrected:{batch_id}")
            removed["activity_updates"] = set_activities(conn, json.loads(saved.value) if saved else [])
            keys += keys_of(removed["activity_updates"])
            removed["contract"], contract_keys = take_batch_contracts(conn, batch_id)
            keys += list(contract_keys)
            for sql in _UNDO:
                conn.exec_driver_sql(sql, (batch_id,) * sql.count("?"))
            removed["lead"] = [r for r in removed["lead"] if s.get(Lead, r["id"]) is None]
            rollup.refresh_keys(conn, keys)
            created = s.get(Setting, f"import_members:{batch_id}")
            removed["member"] = _drop_members(conn, json.loads(created.value) if created else [])
            batch.undone_at = utcnow()
        self.publish_import(batch_id)
        return {"batch_id": batch_id, **removed}

    def redo_import(self, removed: dict[str, Any]) -> None:
        """Put back a batch `undo_import` removed: same ids, the counts it had set."""
        b = removed["batch_id"]
        with self._write() as s:
            conn = s.connection()
            if removed.get("member"):
                conn.execute(insert(Member), removed["member"])
            for table in (Lead, Activity, Deal, LeadStatus):
                if removed.get(table.__tablename__):
                    conn.execute(insert(table), removed[table.__tablename__])
            if removed["tally"]:
                upsert = (postgres_insert if conn.dialect.name == "postgresql" else sqlite_insert)(Tally)
                conn.execute(upsert.on_conflict_do_update(
                    index_elements=["day", "member_id", "metric"],
                    set_={"count": upsert.excluded.count, "batch_id": b}),
                    [{k: v for k, v in r.items() if k != "id"} for r in removed["tally"]])
            contract_keys = put_back_contracts(conn, removed.get("contract", []))
            updates = removed.get("deal_updates", [])
            previous = set_deals(conn, updates)
            corrected = set_activities(conn, removed.get("activity_updates", []))
            rollup.refresh_keys(conn, _batch_keys(conn, b) + deal_keys_of(updates) + deal_keys_of(previous)
                                + keys_of(corrected) + list(contract_keys)
                                + [(r["day"], r["member_id"]) for r in removed.get("leadstatus", [])])
            s.get(ImportBatch, b).undone_at = None
        self.publish_import(b)

    def publish_import(self, batch_id: int) -> None:
        """An import touches every fact table: each page that shows one refreshes."""
        for table in ("member", "lead", "leadstatus", "activity", "deal", "tally", "dailycount"):
            self.publish("reset", table)
        self.publish("updated", "importbatch", [batch_id])

    def import_batches(self) -> list[ImportBatch]:
        """Every import, newest first (undone ones too)."""
        with self._read() as s:
            return list(s.exec(select_rows(ImportBatch).order_by(col(ImportBatch.id).desc())).all())

    def fact_changes(self, acts: Sequence[dict[str, Any]], deals: Sequence[dict[str, Any]],
                     tallies: Sequence[dict[str, Any]]) -> list[tuple[str, str]]:
        """What importing these facts would do to each, read only (import_activities.fact_changes)."""
        with self._read() as s:
            return fact_changes(s.connection(), acts, deals, tallies)

    def remembered_mapping(self, shape: str) -> dict[str, str] | None:
        return self.setting(f"import_mapping:{shape}")

    def remember_mapping(self, shape: str, mapping: dict[str, str]) -> None:
        self.set_setting(f"import_mapping:{shape}", mapping)


_UNDO = (
    "DELETE FROM leadstatus WHERE batch_id = ?",
    "DELETE FROM activity WHERE batch_id = ?",
    "DELETE FROM deal WHERE batch_id = ?",
    "UPDATE tally SET (count, batch_id) = (SELECT r.previous_count, r.previous_batch_id FROM tallyreplacement r "
    "WHERE r.batch_id = tally.batch_id AND r.day = tally.day AND r.member_id = tally.member_id "
    "AND r.metric = tally.metric) WHERE batch_id = ? AND EXISTS (SELECT 1 FROM tallyreplacement r "
    "WHERE r.batch_id = tally.batch_id AND r.day = tally.day AND r.member_id = tally.member_id AND r.metric = tally.metric)",
    "DELETE FROM tally WHERE batch_id = ?",
    "DELETE FROM lead WHERE batch_id = ? AND id NOT IN (SELECT lead_id FROM activity WHERE lead_id IS NOT NULL) "
    "AND id NOT IN (SELECT lead_id FROM deal WHERE lead_id IS NOT NULL) "
    "AND id NOT IN (SELECT lead_id FROM leadstatus)",
)


def _drop_members(conn: Connection, ids: list[int]) -> list[dict[str, Any]]:
    """Remove the members an import created that hold nothing else now its rows are gone (a target,
    a KPI owner, another import's rows keep one: the foreign key refuses, and it stays)."""
    gone: list[dict[str, Any]] = []
    for member_id in ids:
        table = Member.__table__
        row = conn.execute(select(table).where(table.c.id == member_id)).mappings().first()
        if row is None:
            continue
        try:
            with conn.begin_nested():
                conn.exec_driver_sql("DELETE FROM member WHERE id = ?", (member_id,))
        except IntegrityError:
            continue
        gone.append(dict(row))
    return gone


def _batch_keys(conn: Connection, batch_id: int) -> list[tuple[date, int]]:
    rows = conn.exec_driver_sql(_BATCH_KEYS.replace(":b", "?"), (batch_id,) * 5)
    return [(date.fromisoformat(str(d)), m) for d, m in rows]


def _rows_of(conn: Connection, table: Any, batch_id: int) -> list[dict[str, Any]]:
    query = select(table.__table__).where(table.__table__.c.batch_id == batch_id)
    return [dict(r) for r in conn.execute(query).mappings()]


def _check(cancel: Callable[[], bool]) -> None:
    if cancel():
        raise ImportCancelled


class _Iso(dict):
    """A day's or time's storage text, worked out once per distinct value (a tracker repeats them)."""

    def __missing__(self, value: Any) -> str | None:
        text = self[value] = None if value is None else (
            value.isoformat("microseconds") if value.__class__ is time else value.isoformat())
        return text


def _activity_rows(rows: list[dict[str, Any]], members: dict[str, int], leads: dict[str, int],
                   b: int) -> list[tuple]:
    """Activity rows in SQLAlchemy's SQLite storage format (ISO day, HH:MM:SS.ffffff time), as
    _ACTIVITY_INSERT takes them."""
    iso = _Iso()
    return [(iso[r["day"]], iso[r["at"]], members[r["member"]],
             leads.get(r["company"]) if r["company"] else None, r["kind"], r["outcome"], r["note"], b,
             r["dedupe_key"]) for r in rows]


def _deal_rows(rows: list[dict[str, Any]], members: dict[str, int], leads: dict[str, int],
               b: int) -> list[dict[str, Any]]:
    return [{"title": r["title"][:200], "lead_id": leads.get(r["company"]) if r["company"] else None,
             "member_id": members[r["member"]], "created_day": r["created_day"], "amount": r["amount"],
             "stage": r["stage"], "closed_day": r["closed_day"], "batch_id": b, "dedupe_key": r["dedupe_key"],
             "source_activity_id": None} for r in rows]



"""Counts (Tally) an import gives, by the rule of pipeline.merge_tallies across chunks: one sheet's
counts for a (day, member, metric) add up (午前/午後 rows); a count another sheet of the batch gave
first is refused (a summary sheet repeating the daily one).

Each day takes one of two paths, chosen when the batch first meets it:

- a day the table holds no counts for (a first import, a new period) can only meet the batch's own
  rows: its counts go straight into the table as the chunks come;
- a day with stored counts (a re-import, an overlapping period) is staged in `_import_tally` and
  merged set-based at the end: a changed count is replaced (its old value kept in TallyReplacement),
  an equal one is left as it was, batch and all.

The sheet that gives a day's first counts owns the day: its counts for the day cannot repeat another
sheet's (sheets are read one after another), so only other sheets' counts for it are checked one by
one. Sheets by month never meet that check; sheets by rep (the same days) do, as they did before.
(Owning by day and member would spare them too, but that map grows with the file; this one with
the days.)

Measured inside the import of the 100k-row daily-counts bench workbook (500k counts, a new
database): staging every count, then upserting and refreshing the rollup of their (day, member)
keys took ~1.6 s of SQL; the straight path and copying the rows written into the rollup ~1.1 s.
Staging stays for stored days: upserting over stored counts row by row (a trigger keeping the old
values) made re-importing the same workbook ~0.5 s slower than staging.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from datetime import date
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection

from desktop.models import rollup
from desktop.models.bulk_sql import insert_flat

_WIDTH = 4  # values per count: day (ISO), member_id, metric, count; the batch or sheet is a literal
_KEY = "{a}.day = {b}.day AND {a}.member_id = {b}.member_id AND {a}.metric = {b}.metric"
_TEMP = (
    # a stored day's counts, and the sheet (its number in `sheets`) that gave each
    "CREATE TEMP TABLE IF NOT EXISTS _import_tally (day DATE, member_id INTEGER, metric TEXT, count INTEGER, "
    "sheet INTEGER, PRIMARY KEY (day, member_id, metric))",
    "CREATE TEMP TABLE IF NOT EXISTS _import_tally_chunk (day DATE, member_id INTEGER, metric TEXT, count INTEGER, "
    "sheet INTEGER)",
    # a new day's counts from the batch's second and later sheets, and the sheet that gave each
    "CREATE TEMP TABLE IF NOT EXISTS _import_tally_later (day DATE, member_id INTEGER, metric TEXT, "
    "count INTEGER, batch_id INTEGER)",
    "CREATE TEMP TABLE IF NOT EXISTS _import_tally_sheet (day DATE, member_id INTEGER, metric TEXT, sheet TEXT, "
    "PRIMARY KEY (day, member_id, metric)) WITHOUT ROWID",
    "CREATE TEMP TABLE IF NOT EXISTS _import_tally_owner (day DATE PRIMARY KEY, sheet TEXT) WITHOUT ROWID",
    "DELETE FROM _import_tally",
    "DELETE FROM _import_tally_chunk",
    "DELETE FROM _import_tally_later",
    "DELETE FROM _import_tally_sheet",
    "DELETE FROM _import_tally_owner",
)
_STORED_DAYS = "SELECT column1 FROM (VALUES {days}) WHERE EXISTS (SELECT 1 FROM tally WHERE day = column1)"
# New days: a conflict can only be with the batch's own count from the same sheet (other sheets'
# counts are checked first): it adds up.
_UPSERT = ("INSERT INTO tally (day, member_id, metric, count, batch_id)",
           "ON CONFLICT (day, member_id, metric) DO UPDATE SET count = tally.count + excluded.count")
_GIVER = ("SELECT COALESCE(k.sheet, o.sheet) FROM tally t LEFT JOIN _import_tally_owner o ON o.day = t.day "
          f"LEFT JOIN _import_tally_sheet k ON {_KEY.format(a='k', b='t')} WHERE {_KEY.format(a='t', b='c')}")
_LATER_ELSEWHERE = (f"SELECT c.metric, ({_GIVER}) AS giver FROM _import_tally_later c WHERE giver != :sheet "
                    "ORDER BY c.rowid")
_REFUSE = f"DELETE FROM _import_tally_later AS c WHERE ({_GIVER}) != :sheet"
_LATER = (
    f"{_UPSERT[0]} SELECT day, member_id, metric, count, batch_id FROM _import_tally_later WHERE true "
    f"ORDER BY rowid {_UPSERT[1]}",
    "INSERT OR IGNORE INTO _import_tally_sheet SELECT day, member_id, metric, :sheet FROM _import_tally_later",
    "DELETE FROM _import_tally_later",
)
# Stored days: staged, the same sheet's counts added up, another sheet's refused.
_STAGE_ADD = ("ON CONFLICT (day, member_id, metric) DO UPDATE SET count = _import_tally.count + excluded.count "
              "WHERE _import_tally.sheet = excluded.sheet")
_STAGED_ELSEWHERE = ("SELECT c.metric, i.sheet FROM _import_tally_chunk c "
                     f"JOIN _import_tally i ON {_KEY.format(a='c', b='i')} WHERE c.sheet != i.sheet ORDER BY c.rowid")
_STAGE = (
    f"INSERT INTO _import_tally SELECT day, member_id, metric, count, sheet FROM _import_tally_chunk WHERE true "
    f"ORDER BY rowid {_STAGE_ADD}",
    "DELETE FROM _import_tally_chunk",
)
_STAGED_JOIN = f"FROM tally t JOIN _import_tally i ON {_KEY.format(a='t', b='i')}"
_SETTLE = (
    "INSERT INTO tallyreplacement (batch_id, day, member_id, metric, previous_count, previous_batch_id) "
    f"SELECT ?, t.day, t.member_id, t.metric, t.count, t.batch_id {_STAGED_JOIN} WHERE t.count != i.count",
    "INSERT INTO tally (day, member_id, metric, count, batch_id) SELECT day, member_id, metric, count, ? "
    "FROM _import_tally WHERE true ON CONFLICT (day, member_id, metric) DO UPDATE SET count = excluded.count, "
    "batch_id = excluded.batch_id WHERE tally.count != excluded.count",
)


_CHUNK_HEAD = "INSERT INTO _import_tally_chunk (day, member_id, metric, count, sheet)"
_LATER_HEAD = "INSERT INTO _import_tally_later (day, member_id, metric, count, batch_id)"
_STAGE_HEAD = "INSERT INTO _import_tally (day, member_id, metric, count, sheet)"


def _postgres(sql: str) -> str:
    """The same statement for PostgreSQL: its temporary tables keep the insertion order in a
    column `n` (SQLite's rowid), a SELECT's alias is not visible in its WHERE, a VALUES list of
    ISO days is text until cast, and INSERT OR IGNORE is ON CONFLICT DO NOTHING."""
    if sql.startswith("CREATE TEMP TABLE") and ("_chunk" in sql or "_later" in sql):
        sql = sql.replace(" (day DATE,", " (n BIGSERIAL, day DATE,", 1)
    sql = sql.replace(" WITHOUT ROWID", "").replace("c.rowid", "c.n").replace("ORDER BY rowid", "ORDER BY n")
    if sql.startswith("INSERT OR IGNORE INTO"):
        sql = sql.replace("INSERT OR IGNORE INTO", "INSERT INTO", 1) + " ON CONFLICT DO NOTHING"
    return _PG_ONLY.get(sql, sql)


_PG_ONLY = {
    _LATER_ELSEWHERE.replace("c.rowid", "c.n"): (
        f"SELECT metric, giver FROM (SELECT c.n, c.metric, ({_GIVER}) AS giver FROM _import_tally_later c) AS g "
        "WHERE giver != :sheet ORDER BY n"),
    _STORED_DAYS: "SELECT column1 FROM (VALUES {days}) AS v WHERE EXISTS "
                  "(SELECT 1 FROM tally WHERE day = CAST(v.column1 AS DATE))",
    # an ON CONFLICT DO UPDATE may meet a key once per statement: one sheet's repeats are summed first
    _LATER[0].replace("ORDER BY rowid", "ORDER BY n"): (
        f"{_UPSERT[0]} SELECT day, member_id, metric, SUM(count), batch_id FROM _import_tally_later "
        f"GROUP BY day, member_id, metric, batch_id ORDER BY MIN(n) {_UPSERT[1]}"),
    _STAGE[0].replace("ORDER BY rowid", "ORDER BY n"): (
        f"{_STAGE_HEAD} SELECT day, member_id, metric, SUM(count), sheet FROM _import_tally_chunk "
        f"GROUP BY day, member_id, metric, sheet ORDER BY MIN(n) {_STAGE_ADD}"),
}


class TallyWriter:
    """The counts of one import batch, chunk by chunk inside its transaction (see the module)."""

    def __init__(self, conn: Connection, batch_id: int) -> None:
        self.conn, self.b = conn, batch_id
        self._sql = _postgres if conn.dialect.name == "postgresql" else str
        self.sheets: list[str] = []  # sheets that gave counts, in order (a staged count notes its number)
        self.days: dict[date, tuple[str, bool]] = {}  # each day met: ISO text, the table held counts for it
        self.owner: dict[str, str] = {}  # ISO day → the sheet that gave its first counts
        self.noted: set[str] = set()  # days whose owner is in _import_tally_owner
        self.staged = False
        self.before = 0  # tally ids above this are rows the batch added

    def add(self, tallies: list[dict[str, Any]], members: dict[str, int]) -> list[tuple[str, str, str]]:
        """Write or stage the counts (in the importer's order, merged or not); returns those refused
        because another sheet of the batch gave them: (sheet, metric, that sheet)."""
        if not self.sheets:
            self._start()
        self._meet({r["day"] for r in tallies})
        refused: list[tuple[str, str, str]] = []
        for sheet, rows in itertools.groupby(tallies, itemgetter("sheet")):
            if sheet not in self.sheets:
                self.sheets.append(sheet)
            new, new_shared, stored, stored_shared = self._values(rows, sheet, members)
            if new:
                insert_flat(self.conn, *_UPSERT, _WIDTH, new, f", {int(self.b)}", adds_up="count")
            if stored:
                self.staged = True
                insert_flat(self.conn, _STAGE_HEAD, _STAGE_ADD, _WIDTH, stored,
                            f", {self.sheets.index(sheet)}", adds_up="count")
            refused += self._new_shared(sheet, new_shared) + self._stage_shared(sheet, stored_shared)
        return refused

    def finish(self) -> tuple[int, int, int]:
        """(counts added, counts replaced, counts given) once every chunk is in; the rollup rows of
        the counts the batch wrote are set (a tally's rollup row is its copy)."""
        if not self.sheets:
            return 0, 0, 0
        def run(sql: str, *args: Any) -> Any:
            return self.conn.exec_driver_sql(self._sql(sql), *args)

        replaced = staged_new = staged = 0
        if self.staged:
            replaced = int(run(_SETTLE[0], (self.b,)).rowcount)
            staged_new = int(run(_SETTLE[1], (self.b,)).rowcount) - replaced
            staged = int(run("SELECT COUNT(*) FROM _import_tally").scalar_one())
            rollup.refresh_tallies(self.conn, f"WHERE id IN (SELECT t.id {_STAGED_JOIN} WHERE t.batch_id = ? "
                                              "AND t.id <= ?)", (self.b, self.before))
        added = int(run("SELECT COUNT(*) FROM tally WHERE id > ?", (self.before,)).scalar_one())
        rollup.refresh_tallies(self.conn, "WHERE id > ?", (self.before,))
        return added, replaced, added - staged_new + staged

    def _start(self) -> None:
        for sql in _TEMP:
            self.conn.exec_driver_sql(self._sql(sql))
        self.before = int(self.conn.exec_driver_sql("SELECT COALESCE(MAX(id), 0) FROM tally").scalar_one())

    def _meet(self, days: set[date]) -> None:
        """Note the days met for the first time: ISO text, and whether the table held counts for them."""
        met = [d for d in days if d not in self.days]
        for start in range(0, len(met), 500):
            part = {d.isoformat(): d for d in met[start:start + 500]}
            held = {str(d) for (d,) in self.conn.exec_driver_sql(
                self._sql(_STORED_DAYS).format(days=", ".join(["(?)"] * len(part))), tuple(part))}
            self.days.update((day, (text, text in held)) for text, day in part.items())

    def _values(self, rows: Iterable[dict[str, Any]], sheet: str,
                members: dict[str, int]) -> tuple[list[object], ...]:
        """The counts' values end to end (insert_flat) in four lists by their day: new days the sheet
        owns, new days another sheet owns; stored days the sheet owns, stored days another owns."""
        lists: tuple[list[object], ...] = ([], [], [], [])
        last: date | None = None
        add = lists[0].extend
        text = ""
        for r in rows:
            day = r["day"]
            if day != last:
                last = day
                text, held = self.days[day]
                add = lists[2 * held + (self.owner.setdefault(text, sheet) != sheet)].extend
            add((text, members[r["member"]], r["metric"], r["count"]))
        return lists

    def _note_owners(self, values: list[object]) -> None:
        """Put the owners of these counts' days into _import_tally_owner (for other sheets' checks)."""
        days = [d for d in {values[i] for i in range(0, len(values), _WIDTH)} if d not in self.noted]
        if days:
            self.conn.exec_driver_sql("INSERT INTO _import_tally_owner VALUES (?, ?)", [(d, self.owner[d]) for d in days])
            self.noted.update(days)

    def _new_shared(self, sheet: str, values: list[object]) -> list[tuple[str, str, str]]:
        """New days another sheet owns: counts another sheet gave are refused, the rest go in with the
        sheet noted."""
        if not values:
            return []
        self._note_owners(values)
        names = {"sheet": sheet}
        insert_flat(self.conn, _LATER_HEAD, "", _WIDTH, values, f", {int(self.b)}")
        run = self.conn.exec_driver_sql
        refused = [(sheet, metric, giver) for metric, giver in run(self._sql(_LATER_ELSEWHERE), names)]
        if refused:
            run(self._sql(_REFUSE), names)
        for sql in _LATER:
            run(self._sql(sql), names) if ":sheet" in sql else run(self._sql(sql))
        return refused

    def _stage_shared(self, sheet: str, values: list[object]) -> list[tuple[str, str, str]]:
        """Stored days another sheet owns: staged, but refused where another sheet staged the count."""
        if not values:
            return []
        self.staged = True
        insert_flat(self.conn, _CHUNK_HEAD, "", _WIDTH, values, f", {self.sheets.index(sheet)}")
        refused = [(sheet, metric, self.sheets[giver])
                   for metric, giver in self.conn.exec_driver_sql(self._sql(_STAGED_ELSEWHERE))]
        for sql in _STAGE:
            self.conn.exec_driver_sql(self._sql(sql))
        return refused

"""Counts (Tally) an import gives, written into the table as each chunk comes, not staged first.

The rules of pipeline.merge_tallies hold across chunks: one sheet's counts for a (day, member,
metric) add up (午前/午後 rows), and a count another sheet of the batch already gave is refused (a
summary sheet repeating the daily one). A count the batch overwrites keeps its previous value in
`_import_tally_prev` (a temporary trigger notes it at the first overwrite), so that `finish` can
leave a count the batch did not change as it was and record the others in TallyReplacement, as
before: the stored result is the one staging all counts first gave.

Measured inside the import of 100k rows of daily counts (500k counts): staging them, then
upserting them and refreshing the rollup of their (day, member) keys took ~1.6 s of SQL; upserting
them as they come and copying the rows written into the rollup (rollup.refresh_tallies) ~1.1 s.
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

_KEY = "{a}.day = {b}.day AND {a}.member_id = {b}.member_id AND {a}.metric = {b}.metric"
_TEMP = (
    "CREATE TEMP TABLE IF NOT EXISTS _import_tally_prev (day DATE, member_id INTEGER, metric TEXT, "
    "count INTEGER, batch_id INTEGER)",
    # the sheet that gave each count, for counts of the batch's second and later sheets only
    "CREATE TEMP TABLE IF NOT EXISTS _import_tally_sheet (day DATE, member_id INTEGER, metric TEXT, sheet TEXT, "
    "PRIMARY KEY (day, member_id, metric)) WITHOUT ROWID",
    "CREATE TEMP TABLE IF NOT EXISTS _import_tally_later (day DATE, member_id INTEGER, metric TEXT, "
    "count INTEGER, batch_id INTEGER)",
    "DELETE FROM _import_tally_prev",
    "DELETE FROM _import_tally_sheet",
    "DELETE FROM _import_tally_later",
)
# Created inside the batch's transaction and dropped by `finish`: a rollback takes it away too.
_TRIGGER = ("CREATE TEMP TRIGGER _import_tally_first BEFORE UPDATE OF count ON tally "
            "WHEN old.batch_id IS NOT {b} BEGIN INSERT INTO _import_tally_prev "
            "VALUES (old.day, old.member_id, old.metric, old.count, old.batch_id); END")
_WIDTH = 5  # values per count: day, member_id, metric, count, batch_id
_UPSERT = ("INSERT INTO tally (day, member_id, metric, count, batch_id)",
           "ON CONFLICT (day, member_id, metric) DO UPDATE SET batch_id = excluded.batch_id, "
           "count = CASE WHEN batch_id = excluded.batch_id THEN count + excluded.count ELSE excluded.count END")
# A count this batch holds already (batch_id) came from the first sheet unless _import_tally_sheet names another.
_GIVER = (f"FROM tally t LEFT JOIN _import_tally_sheet k ON {_KEY.format(a='k', b='t')} "
          f"WHERE {_KEY.format(a='t', b='c')} AND t.batch_id = c.batch_id")
_ELSEWHERE = (f"SELECT c.metric, (SELECT COALESCE(k.sheet, :first) {_GIVER}) AS giver "
              "FROM _import_tally_later c WHERE giver IS NOT NULL AND giver != :sheet ORDER BY c.rowid")
_REFUSE = f"DELETE FROM _import_tally_later AS c WHERE (SELECT COALESCE(k.sheet, :first) {_GIVER}) != :sheet"
_LATER = (
    f"{_UPSERT[0]} SELECT day, member_id, metric, count, batch_id FROM _import_tally_later WHERE true "
    f"ORDER BY rowid {_UPSERT[1]}",
    "INSERT OR IGNORE INTO _import_tally_sheet SELECT day, member_id, metric, :sheet FROM _import_tally_later",
    "DELETE FROM _import_tally_later",
)
_PREV_JOIN = f"FROM _import_tally_prev p JOIN tally t ON {_KEY.format(a='t', b='p')}"
_REPLACED = ("INSERT INTO tallyreplacement (batch_id, day, member_id, metric, previous_count, previous_batch_id) "
             f"SELECT ?, p.day, p.member_id, p.metric, p.count, p.batch_id {_PREV_JOIN} WHERE t.count != p.count")
_UNCHANGED = (f"UPDATE tally SET batch_id = p.batch_id FROM _import_tally_prev p WHERE {_KEY.format(a='tally', b='p')} "
              "AND tally.count = p.count")


class TallyWriter:
    """The counts of one import batch, chunk by chunk inside its transaction (see the module)."""

    def __init__(self, conn: Connection, batch_id: int) -> None:
        self.conn, self.b = conn, batch_id
        self.first_sheet: str | None = None  # the batch's first sheet that gave counts
        self.days: dict[date, str] = {}  # ISO text of each day seen (a few thousand at most)
        self.before = 0  # tally ids above this are rows the batch added

    def add(self, tallies: list[dict[str, Any]], members: dict[str, int]) -> list[tuple[str, str, str]]:
        """Write the counts (in the importer's order, merged or not); returns those refused because
        another sheet of the batch gave them: (sheet, metric, that sheet)."""
        if self.first_sheet is None:
            self._start(tallies[0]["sheet"])
        refused: list[tuple[str, str, str]] = []
        for sheet, rows in itertools.groupby(tallies, itemgetter("sheet")):
            values = self._values(rows, members)
            if sheet == self.first_sheet:
                insert_flat(self.conn, *_UPSERT, _WIDTH, values)
            else:
                refused += self._later(sheet, values)
        return refused

    def finish(self) -> tuple[int, int, int]:
        """(counts added, counts replaced, counts given) once every chunk is in; the rollup's
        rows for the counts the batch wrote are set (a tally's rollup row is its copy)."""
        if self.first_sheet is None:
            return 0, 0, 0
        run = self.conn.exec_driver_sql
        run("DROP TRIGGER _import_tally_first")
        replaced = int(run(_REPLACED, (self.b,)).rowcount)
        run(_UNCHANGED)
        added = int(run("SELECT COUNT(*) FROM tally WHERE id > ?", (self.before,)).scalar_one())
        touched = int(run("SELECT COUNT(*) FROM _import_tally_prev").scalar_one())
        rollup.refresh_tallies(self.conn, "WHERE id > ?", (self.before,))
        rollup.refresh_tallies(self.conn, f"WHERE id IN (SELECT t.id {_PREV_JOIN} WHERE t.count != p.count)")
        return added, replaced, added + touched

    def _start(self, sheet: str) -> None:
        self.first_sheet = sheet
        for sql in _TEMP:
            self.conn.exec_driver_sql(sql)
        self.conn.exec_driver_sql(_TRIGGER.format(b=int(self.b)))
        self.before = int(self.conn.exec_driver_sql("SELECT COALESCE(MAX(id), 0) FROM tally").scalar_one())

    def _values(self, rows: Iterable[dict[str, Any]], members: dict[str, int]) -> list[object]:
        """ISO day, member id, metric, count, batch for each count, end to end (insert_flat)."""
        days, b, out = self.days, self.b, []
        add = out.extend
        for r in rows:
            day = r["day"]
            text = days.get(day)
            if text is None:
                text = days[day] = day.isoformat()
            add((text, members[r["member"]], r["metric"], r["count"], b))
        return out

    def _later(self, sheet: str, values: list[object]) -> list[tuple[str, str, str]]:
        """A later sheet's counts: refused where another sheet gave the count, else as the first's."""
        names = {"first": self.first_sheet, "sheet": sheet}
        insert_flat(self.conn, "INSERT INTO _import_tally_later", "", _WIDTH, values)
        refused = [(sheet, metric, giver) for metric, giver in self.conn.exec_driver_sql(_ELSEWHERE, names)]
        if refused:
            self.conn.exec_driver_sql(_REFUSE, names)
        for sql in _LATER:
            self.conn.exec_driver_sql(sql, names if ":sheet" in sql else ())
        return refused

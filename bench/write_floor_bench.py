"""What an import cannot go below on this host (issue #19): calamine's parse before it hands over row 1,
and SQLite's own work with the rows already made.

floor_bench compares the whole `kpidesk import` with a bare calamine read. This bench measures the
two parts of that import no Python code of ours can shorten, on the same files:

- *parse*: a bare process that opens the workbook and lets calamine parse the sheet, reading no row
  (`get_sheet_by_name` parses it whole: this is when the import's first rows can exist at all);
- *writes*: the rows the import stored (read back from a database it filled, untimed) written again
  into the app's empty database as the import writes them: secondary indexes dropped, multi-row
  VALUES of 200, indexes created again, the rollup refreshed with the app's own statements, commit.
  For counts: the tally rows, then their rollup copy.

Parse plus writes, against floor_bench's budget (1.5× the floor, 2× for counts), says whether a
target is reachable before any row is recognised, deduplicated or moved between processes.
"""

from __future__ import annotations

import itertools
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from bench.floor_bench import _empty_database, _process, write_tracker
from bench.harness import Case
from bench.import_bench import ROOT, write_activity_log, write_daily_counts

PARSE = ("import sys\nfrom python_calamine import CalamineWorkbook\n"
         "with CalamineWorkbook.from_path(sys.argv[1]) as book:\n"
         "    [book.get_sheet_by_name(s).end for s in book.sheet_names]\n")
PER_STATEMENT = 200  # as desktop.models.bulk_sql
_ACTIVITY = ("day", "at", "member_id", "lead_id", "kind", "outcome", "note", "batch_id", "dedupe_key")
_TALLY = ("day", "member_id", "metric", "count", "batch_id")
_SECONDARY = ("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'activity' "
              "AND sql IS NOT NULL AND name != 'ix_activity_dedupe'")


def _insert(conn: sqlite3.Connection, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
    one = "(" + ", ".join("?" * len(columns)) + ")"
    head = f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
    for start in range(0, len(rows), PER_STATEMENT):
        block = rows[start:start + PER_STATEMENT]
        conn.execute(head + ", ".join([one] * len(block)), tuple(itertools.chain.from_iterable(block)))


def write_again(rows: list[tuple], empty: Path, db: Path, counts: bool) -> None:
    """The import's SQLite work for `rows` (activities, or counts) into a copy of `empty`."""
    from desktop.models import rollup

    for p in db.parent.glob(db.name + "*"):
        p.unlink()
    shutil.copyfile(empty, db)
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA cache_size = -65536")  # as the import's writer
        conn.execute("BEGIN IMMEDIATE")
        if counts:
            _insert(conn, "tally", _TALLY, rows)
            conn.execute(rollup._tally_sql(""))
        else:
            indexes = conn.execute(_SECONDARY).fetchall()
            for name, _ in indexes:
                conn.execute(f'DROP INDEX "{name}"')
            _insert(conn, "activity", _ACTIVITY, rows)
            for _, sql in indexes:
                conn.execute(sql)
            conn.execute(f"CREATE TEMP TABLE {rollup.KEYS} (day DATE, member_id INTEGER, PRIMARY KEY (day, member_id))")
            conn.execute(f"INSERT OR IGNORE INTO {rollup.KEYS} SELECT DISTINCT day, member_id FROM activity")
            for sql in rollup._SQL["sqlite"]["refresh"]:
                conn.execute(sql)
        conn.execute("COMMIT")
    finally:
        conn.close()


def _stored_rows(path: Path, workdir: Path, counts: bool) -> list[tuple]:
    """The rows `kpidesk import` stores for `path`, read back (the import runs once, untimed)."""
    db = workdir / f"{path.stem}-source.sqlite3"
    shutil.copyfile(_empty_database(workdir), db)
    subprocess.run([sys.executable, "-m", "desktop", "import", str(path), "--db", str(db)], check=True, cwd=ROOT,
                   capture_output=True)
    conn = sqlite3.connect(db)
    try:
        table, columns = ("tally", _TALLY) if counts else ("activity", _ACTIVITY)
        return conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY id").fetchall()
    finally:
        conn.close()


def _cases_for(label: str, path: Path, workdir: Path, counts: bool, repeat: int) -> list[Case]:
    rows = _stored_rows(path, workdir, counts)
    empty, db = _empty_database(workdir), workdir / f"{path.stem}-writes.sqlite3"
    what = f"{len(rows):,} counts: tally + rollup copy" if counts else f"{len(rows):,} activities: indexes, rollup"
    return [
        Case(f"calamine parse only, bare process (row 1 can exist), {label}",
             lambda: _process(["-c", PARSE, str(path)]), repeat=repeat),
        Case(f"SQLite writes alone, rows made ({what}, commit), {label}",
             lambda: write_again(rows, empty, db, counts), repeat=repeat),
    ]


def cases(quick: bool, workdir: Path) -> list[Case]:
    rows, repeat = (500, 1) if quick else (100_000, 5)
    size = f"{rows // 1000}k" if rows >= 1000 else str(rows)
    return (_cases_for(f"11-column tracker {size}", write_tracker(workdir / "tracker.xlsx", rows), workdir, False, repeat)
            + _cases_for(f"activity log {size}", write_activity_log(workdir / "activity_log.xlsx", rows), workdir,
                         False, repeat)
            + _cases_for(f"daily counts {size}", write_daily_counts(workdir / "daily_counts.xlsx", rows), workdir,
                         True, repeat))

"""Real child processes for the fault tests: another writer on the same file, a KPI Desk opening it.

Run as ``python -m tests.models.child_writers WHAT PATH …`` from the repository root. Each child
talks to the test on its stdin/stdout (one word a line), so the test waits on what the child says,
never on the clock.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

HEAVY_ROWS = 40_000  # an import-sized transaction: it holds the write lock for a noticeable while


def hold(path: str) -> None:
    """Take the write lock, add a member, say "locked"; commit when told, say "committed"."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO member (name, name_key, team, role, active) VALUES ('別プロセス 花子', '別プロセス花子', '', 'rep', 1)")
    _say("locked")
    if sys.stdin.readline().strip() == "commit":
        conn.execute("COMMIT")
        _say("committed")
    conn.close()


def imports(path: str, batches: str) -> None:
    """Commit `batches` import-sized transactions, each a new member and its calls; say each member's name."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=60)
    for n in range(int(batches)):
        conn.execute("BEGIN IMMEDIATE")
        name = f"取込 {n}"
        member = conn.execute("INSERT INTO member (name, name_key, team, role, active) VALUES (?, ?, '', 'rep', 1)",
                              (name, name.replace(" ", ""))).lastrowid
        conn.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                     "INSERT INTO activity (day, member_id, kind, outcome, note) "
                     "SELECT date('2025-04-01', '+' || (i % 180) || ' days'), ?, 'call', 'no_answer', '' FROM n",
                     (HEAVY_ROWS, member))
        conn.execute("COMMIT")
        _say(name)
    conn.close()


def open_store(path: str) -> None:
    """Open the file as the app does (checks, migrates); say "opened" or the error's code."""
    from desktop.models import errors
    from desktop.models.store import Store

    _drop_privileges()
    _say("started")
    try:
        Store.open(Path(path)).close()
    except errors.StoreError as exc:
        _say(exc.code)
        return
    _say("opened")


def backup(path: str) -> None:
    """Take the day's rotating backup (as the app does 3 s after the first paint); say the file or
    "none" (or the error's code), then each file left in the backup folder."""
    from desktop.models import errors
    from desktop.models.store import Store

    store = Store.open(Path(path), check=False)
    _say("started")
    try:
        made = store.backup_rotating()
        _say(str(made) if made else "none")
    except errors.StoreError as exc:
        _say(exc.code)
    folder = store.backup_dir
    store.close()
    for left in sorted(folder.iterdir()) if folder.is_dir() else []:
        _say(f"{left.name} {_intact(left)}")


def _intact(path: Path) -> str:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            return conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        return type(exc).__name__


def _drop_privileges() -> None:
    """KPIDESK_TEST_UID: become that user once the code is imported (root may read any file)."""
    uid = os.environ.get("KPIDESK_TEST_UID")
    if uid:
        os.setgid(int(uid))
        os.setuid(int(uid))


def _say(word: str) -> None:
    print(word, flush=True)


if __name__ == "__main__":
    {"hold": hold, "imports": imports, "open": open_store, "backup": backup}[sys.argv[1]](*sys.argv[2:])

"""A schema upgrade racing another writer on the same file (real child processes, a real file).

A failed upgrade was rolled back by its own transaction already; restoring the pre-upgrade backup
on top of it waited for the other writer and then copied the old file over that writer's commit.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop.models import db, errors
from desktop.models.store import Store
from tests.models import engine_at

ROOT = Path(__file__).resolve().parents[2]
OLD = "0004"  # migration 0005 is due


def child(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tests.models.child_writers", *args], cwd=ROOT, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env={**os.environ, **(env or {})})


def old_file(path: Path) -> Path:
    engine_at(path, OLD).dispose()
    return path


def revision(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def member_names(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM member")}


def test_a_busy_upgrade_keeps_the_other_writers_commit_and_says_busy(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 300)
    path = old_file(tmp_path / "team.sqlite3")
    writer = child("hold", str(path))
    assert writer.stdout.readline().strip() == "locked"
    outcome: dict[str, object] = {}

    def open_it() -> None:
        try:
            Store.open(path).close()
        except errors.StoreError as exc:
            outcome["code"] = exc.code

    upgrader = threading.Thread(target=open_it)
    upgrader.start()
    upgrader.join(timeout=30)  # a fixed upgrade gives up after the busy timeout; the old restore waited for the writer
    writer.stdin.write("commit\n")
    writer.stdin.flush()
    assert writer.stdout.readline().strip() == "committed"
    writer.wait(timeout=30)
    upgrader.join(timeout=60)
    assert outcome == {"code": errors.BUSY}
    assert "別プロセス 花子" in member_names(path), "the other writer's commit survives"
    assert revision(path) == OLD
    Store.open(path).close()  # once the writer is done the upgrade goes through
    assert revision(path) != OLD and "別プロセス 花子" in member_names(path)


@pytest.mark.parametrize("seed", range(4))
def test_an_upgrade_killed_while_imports_commit_loses_none_of_them(tmp_path: Path, seed: int) -> None:
    """kill -9 of the upgrading app at a random moment of another process's imports."""
    path = old_file(tmp_path / "team.sqlite3")
    batches = 8
    stop_after = random.Random(seed).randrange(0, batches)
    writer = child("imports", str(path), str(batches))
    upgrader = child("open", str(path), env={"KPIDESK_BUSY_TIMEOUT_MS": "100"})
    assert upgrader.stdout.readline().strip() == "started"
    committed = [writer.stdout.readline().strip() for _ in range(stop_after + 1)]
    upgrader.send_signal(signal.SIGKILL)
    upgrader.wait(timeout=30)
    committed += [line.strip() for line in writer.stdout]
    assert writer.wait(timeout=60) == 0 and len(committed) == batches
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        calls = conn.execute("SELECT count(*) FROM activity").fetchone()[0]
    assert set(committed) <= member_names(path), "every import the other process committed is in the file"
    assert calls == batches * 40_000
    assert revision(path) in (OLD, _head())


def _head() -> str:
    from desktop.models import migrate

    return migrate.head_revision()

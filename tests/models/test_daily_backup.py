"""The daily backup is whole or absent: kill -9 midway and a full disk leave nothing that counts."""

from __future__ import annotations

import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop.models.store import Store
from desktop.models.tables import ActivityIn, MemberIn
from tests.models.test_upgrade_races import ROOT, child

ROWS = 60_000


def filled(path: Path, rows: int = ROWS) -> Path:
    """A database with a rep and `rows` calls over a year: a backup of it takes a while."""
    s = Store.open(path)
    rep = s.add_member(MemberIn(name="山田 太郎"))
    s.add_activities([ActivityIn(day=date(2025, 4, 1 + n % 28), member_id=rep.id, kind="call",
                                 outcome=("no_answer", "connected", "appointment")[n % 3], note=f"メモ {n}")
                      for n in range(rows)])
    s.close()
    return path


def calls_in(path: Path) -> int:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        return conn.execute("SELECT count(*) FROM activity").fetchone()[0]


def today_file(folder: Path) -> Path:
    return folder / f"daily-{datetime.now():%Y%m%d}.sqlite3"


def _wait_for_bytes(folder: Path, size: int, backup: subprocess.Popen) -> None:
    """Until some file in the backup folder holds `size` bytes, or the backup ended (bounded)."""
    for _ in range(200_000):
        if backup.poll() is not None or any(f.stat().st_size >= size for f in folder.glob("*") if f.is_file()):
            return
        time.sleep(0.001)


@pytest.mark.parametrize("seed", range(5))
def test_a_backup_killed_midway_never_counts_as_the_days_backup(tmp_path: Path, seed: int) -> None:
    path = filled(tmp_path / "kpidesk.sqlite3")
    folder = path.with_name(path.name + ".backups")
    folder.mkdir()
    worker = child("backup", str(path))
    assert worker.stdout.readline().strip() == "started"
    _wait_for_bytes(folder, int(path.stat().st_size * random.Random(seed).uniform(0.05, 0.9)), worker)
    worker.send_signal(signal.SIGKILL)
    worker.wait(timeout=30)
    left = today_file(folder)
    if left.exists():  # the backup had finished before the kill: it must be whole
        assert calls_in(left) == ROWS
        return
    s = Store.open(path, check=False)
    try:
        made = s.backup_rotating()
    finally:
        s.close()
    assert made == left and calls_in(left) == ROWS
    assert sorted(f.name for f in folder.iterdir()) == [f".{left.name}.mark", left.name], "no partial copy is left"


def test_a_broken_file_left_by_an_older_version_is_replaced_by_a_good_backup(tmp_path: Path) -> None:
    path = filled(tmp_path / "kpidesk.sqlite3", rows=2_000)
    folder = path.with_name(path.name + ".backups")
    folder.mkdir()
    today_file(folder).write_bytes(path.read_bytes()[:5000])  # what a kill -9 used to leave
    (folder / "pre-migration-20250101-090000.sqlite3").write_bytes(path.read_bytes()[:3000])
    s = Store.open(path, check=False)
    try:
        assert s.backup_rotating() == today_file(folder)
        s._backup_before_migration()
    finally:
        s.close()
    assert calls_in(today_file(folder)) == 2_000
    assert not (folder / "pre-migration-20250101-090000.sqlite3").exists()


def test_an_empty_database_is_not_backed_up_until_it_holds_something(tmp_path: Path) -> None:
    s = Store.open(tmp_path / "kpidesk.sqlite3")
    try:
        assert s.backup_rotating() is None
        assert not today_file(s.backup_dir).exists()
        s.add_member(MemberIn(name="山田 太郎"))
        assert s.backup_rotating() == today_file(s.backup_dir)
    finally:
        s.close()


def on_small_disk(db: Path, size_kb: int, *args: str) -> list[str]:
    """Run a child on a copy of `db` on a tmpfs of `size_kb` (a private mount namespace): a real full disk."""
    if shutil.which("unshare") is None:
        pytest.fail("util-linux `unshare` is needed for the full-disk tests")
    mount = db.parent / "disk"
    mount.mkdir()
    script = ('mount -t tmpfs -o size="$1"k tmpfs "$2" && cp "$3" "$2/kpidesk.sqlite3" && cd "$4" && '
              'exec "$5" -m tests.models.child_writers "$6" "$2/kpidesk.sqlite3"')
    done = subprocess.run(["unshare", "-rm", "sh", "-c", script, "sh", str(size_kb), str(mount), str(db), str(ROOT),
                           sys.executable, *args], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_a_backup_that_fills_the_disk_leaves_no_file_and_says_the_disk_is_full(tmp_path: Path) -> None:
    db = filled(tmp_path / "kpidesk.sqlite3", rows=20_000)
    size_kb = db.stat().st_size * 3 // 2 // 1024  # room for the database, not for it and its copy
    lines = on_small_disk(db, size_kb, "backup")
    assert lines == ["started", "disk_full"], "no daily-*.sqlite3 and no partial copy is left"

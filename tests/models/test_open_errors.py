"""An intact file that cannot be opened is never called damaged: read-only, permission, busy, full disk."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.models import errors
from desktop.models.store import Store
from desktop.models.tables import MemberIn
from tests.models import engine_at
from tests.models.disks import on_tmpfs, without_permission

OPEN = ["-m", "tests.models.child_writers", "open", "{db}"]


def good_file(path: Path) -> Path:
    s = Store.open(path)
    s.add_member(MemberIn(name="山田 太郎"))
    s.close()
    return path


def test_an_intact_database_on_a_read_only_disk_is_called_read_only_not_damaged(tmp_path: Path) -> None:
    done = on_tmpfs(good_file(tmp_path / "kpidesk.sqlite3"), OPEN, read_only=True)
    assert done.stdout.split() == ["started", errors.READ_ONLY], done.stderr


def test_the_summary_on_a_read_only_disk_says_read_only_in_one_line(tmp_path: Path) -> None:
    done = on_tmpfs(good_file(tmp_path / "kpidesk.sqlite3"), ["-m", "desktop", "--lang", "ja", "summary", "--db", "{db}"],
                    read_only=True)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "読み取り専用" in done.stderr and "壊れています" not in done.stderr


def test_a_file_the_user_may_not_read_is_called_permission_denied(tmp_path: Path) -> None:
    done = without_permission(good_file(tmp_path / "kpidesk.sqlite3"), OPEN)
    assert done.stdout.split() == ["started", errors.PERMISSION], done.stderr


def test_an_upgrade_on_a_full_disk_says_the_disk_is_full_and_leaves_the_file(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine_at(path, "0004").dispose()
    done = on_tmpfs(path, OPEN + [], size_kb=path.stat().st_size // 1024 + 8)
    assert done.stdout.split() == ["started", errors.DISK_FULL], done.stderr


def test_a_damaged_file_is_still_called_damaged(tmp_path: Path) -> None:
    path = good_file(tmp_path / "kpidesk.sqlite3")
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page * 1 + 0: page * 1 + 16] = b"\xff" * 16  # the schema's second page
    path.write_bytes(bytes(data))
    try:
        Store.open(path).close()
    except errors.StoreError as exc:
        assert exc.code == errors.DAMAGED
    else:
        raise AssertionError("a damaged file was opened")

"""Backup files that are whole or absent: written under a temporary name, checked, then renamed.

A backup killed midway (or stopped by a full disk) used to stay behind under its final name and
count as that day's backup. Now only a file that passed `PRAGMA quick_check` ever gets a backup's
name, and a file whose size does not match its own header (a partial copy from before) is not
counted and is cleaned away.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from desktop.models import errors

PARTIAL = ".partial"
_HEADER = 100


def copy_database(engine: Engine, dest: Path) -> Path:
    """Copy the live database to `dest` with the SQLite backup API; `dest` appears only when complete.

    StoreError(DISK_FULL / READ_ONLY / PERMISSION …, dest) when it cannot be written.
    """
    partial = dest.with_name(f".{dest.name}{PARTIAL}")
    try:
        _write(engine, partial, dest)
    except (sqlite3.Error, OSError) as exc:
        raise errors.StoreError(errors.failure_code(exc) or errors.BACKUP_FAILED, str(dest),
                                errors.one_line(exc)) from exc
    return dest


def _write(engine: Engine, partial: Path, dest: Path) -> None:
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        _backup_into(engine, partial)
        if not _checks_ok(partial):
            raise sqlite3.DatabaseError("the copy failed its integrity check")
        _fsync(partial)
        os.replace(partial, dest)
        _fsync(dest.parent)
    except BaseException:
        _remove(partial)
        raise


def _backup_into(engine: Engine, partial: Path) -> None:
    _remove(partial)
    raw = engine.raw_connection()
    try:
        target = sqlite3.connect(partial)
        try:
            raw.driver_connection.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")  # a single file: no -wal beside the copy
        finally:
            target.close()
    finally:
        raw.close()


def _checks_ok(path: Path) -> bool:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def is_complete(path: Path) -> bool:
    """A cheap look at a backup: an SQLite header whose page count matches the file's size."""
    try:
        with path.open("rb") as fh:
            head = fh.read(_HEADER)
        size = path.stat().st_size
    except OSError:
        return False
    if len(head) < _HEADER or not head.startswith(b"SQLite format 3\x00"):
        return False
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    valid_for, counter = head[92:96], head[24:28]
    return page_size >= 512 and size % page_size == 0 and (valid_for != counter or pages * page_size == size)


def remove_leftovers(folder: Path, pattern: str) -> None:
    """Delete partial copies, and backups matching `pattern` that are not complete."""
    if not folder.is_dir():
        return
    for left in folder.glob(f".*{PARTIAL}"):
        _remove(left)
    for broken in folder.glob(pattern):
        if not is_complete(broken):
            _remove(broken)


def _remove(path: Path) -> None:
    for extra in (path, path.with_name(path.name + "-journal")):
        try:
            extra.unlink(missing_ok=True)
        except OSError:
            pass


def _fsync(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

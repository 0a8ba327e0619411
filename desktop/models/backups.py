"""Backup files that are whole or absent: written under a temporary name, checked, then renamed.

A backup killed midway (or stopped by a full disk) used to stay behind under its final name and
count as that day's backup. Now only a file that passed `PRAGMA quick_check` ever gets a backup's
name, and a file whose size does not match its own header (a partial copy from before) is not
counted and is cleaned away.
"""

from __future__ import annotations

import json
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


# ---- "something new to keep": a cheap change marker kept beside each daily backup ----------------

def change_mark(database: Path) -> list[list[int] | None]:
    """What any commit changes: size and mtime of the file and of a non-empty -wal (an empty one holds nothing).

    Taken before the copy starts, so a write during the copy makes the next look back up again.
    """
    mark: list[list[int] | None] = []
    for path in (database, database.with_name(database.name + "-wal")):
        try:
            st = path.stat()
        except OSError:
            mark.append(None)
            continue
        mark.append([st.st_size, st.st_mtime_ns] if st.st_size else None)
    return mark


def checkpoint(engine: Engine) -> None:
    """Move committed pages from the -wal into the file and empty it; busy readers only make it partial."""
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error:
        pass  # another process is in the way: the mark then includes the -wal, at worst one more backup
    finally:
        raw.close()


def _mark_file(backup: Path) -> Path:
    return backup.with_name(f".{backup.name}.mark")


def save_mark(backup: Path, mark: list[list[int] | None]) -> None:
    """Keep `mark` beside `backup` (written aside and renamed; a missing mark only means one more backup)."""
    partial = _mark_file(backup).with_name(_mark_file(backup).name + PARTIAL)
    try:
        partial.write_text(json.dumps(mark), encoding="utf-8")
        os.replace(partial, _mark_file(backup))
    except OSError:
        _remove(partial)


def unchanged_since(backup: Path | None, mark: list[list[int] | None]) -> bool:
    """True when `backup` is whole and the database's mark still equals the one kept with it."""
    if backup is None or not is_complete(backup):
        return False
    try:
        return json.loads(_mark_file(backup).read_text(encoding="utf-8")) == mark
    except (OSError, ValueError):
        return False


def forget(backup: Path) -> None:
    """Delete a rotated-out backup and its mark."""
    backup.unlink(missing_ok=True)
    _mark_file(backup).unlink(missing_ok=True)

"""Errors the Store raises: a code the views and the CLI turn into words, and the path."""

from __future__ import annotations

import errno
import os
from pathlib import Path


class StoreError(Exception):
    """A database that cannot be used as it is; nothing was changed."""

    def __init__(self, code: str, path: str = "", detail: str = "") -> None:
        super().__init__(f"{code}: {path} {detail}".strip())
        self.code = code
        self.path = path
        self.detail = detail


NOT_A_DATABASE = "not_a_database"
NOT_KPIDESK = "not_kpidesk"
DAMAGED = "damaged"
NEWER_SCHEMA = "newer_schema"
MIGRATION_FAILED = "migration_failed"
UNREADABLE = "unreadable"
MISSING = "missing"  # a read-only command named a file that does not exist
BUSY = "busy"  # another program holds the write lock
READ_ONLY = "read_only"  # the file or its folder cannot be written (read-only disk or file)
PERMISSION = "permission_denied"
DISK_FULL = "disk_full"
BACKUP_FAILED = "backup_failed"

# SQLite's primary result codes (the low byte of an extended code) that name the trouble
_SQLITE_CODES = {3: PERMISSION, 5: BUSY, 6: BUSY, 8: READ_ONLY, 11: DAMAGED, 13: DISK_FULL, 23: PERMISSION,
                 26: DAMAGED}  # NOTADB on a file that starts like SQLite: its header is damaged
_IOERR, _CANTOPEN = 10, 14


def code_of(exc: BaseException) -> str | None:
    """The code an SQLite error means (busy, read-only, full, damaged …); None when it says none of those."""
    orig = getattr(exc, "orig", None) or exc
    number = getattr(orig, "sqlite_errorcode", None)
    if number is None:
        return None
    return _SQLITE_CODES.get(int(number) & 0xFF)


_ERRNO_CODES = {errno.ENOSPC: DISK_FULL, errno.EDQUOT: DISK_FULL, errno.EROFS: READ_ONLY,
                errno.EACCES: PERMISSION, errno.EPERM: PERMISSION}


def failure_code(exc: BaseException) -> str | None:
    """`code_of` for SQLite errors, and the same words for the OS errors of a file write."""
    if isinstance(exc, OSError):
        return _ERRNO_CODES.get(exc.errno or 0)
    return code_of(exc)


def one_line(exc: BaseException, limit: int = 160) -> str:
    """The first line of an error, without the SQL SQLAlchemy appends: for a one-line message."""
    orig = getattr(exc, "orig", None) or exc
    first = (str(orig).strip().splitlines() or [type(orig).__name__])[0]
    return "".join(c if c.isprintable() else " " for c in first)[:limit]


def diagnose(path: Path | None, exc: BaseException) -> StoreError:
    """What an SQLite error at open means for this file: damage only when SQLite says so.

    "unable to open database file" and I/O errors are not damage: a read-only disk or file,
    a missing permission or a full disk gives them too, and restoring a backup over a good file
    on that advice would lose its data.
    """
    code = code_of(exc) or (_look_at(path) if path is not None else "")
    if not code:
        orig = getattr(exc, "orig", None) or exc
        primary = int(getattr(orig, "sqlite_errorcode", 0) or 0) & 0xFF
        code = UNREADABLE if primary in (_CANTOPEN, _IOERR) else DAMAGED
    return StoreError(code, str(path or ""), one_line(exc))


def _look_at(path: Path) -> str:
    """Why a file SQLite could not open or write would be refused, from the file system ("" unknown)."""
    folder = path.parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return READ_ONLY
        if path.exists() and not os.access(path, os.R_OK):
            return PERMISSION
        if (path.exists() and not os.access(path, os.W_OK)) or not os.access(folder, os.W_OK):
            return READ_ONLY
        if os.statvfs(folder).f_bavail == 0:
            return DISK_FULL
    except OSError:
        return ""
    return ""

# team mode (PostgreSQL)
SERVER_UNREACHABLE = "server_unreachable"
LOGIN_FAILED = "login_failed"
NOT_YOURS = "not_yours"  # row-level security refused a write to another member's rows
NETWORK_FOLDER = "network_folder"  # a SQLite file on a network drive: use team mode
OFFLINE = "offline_read_only"  # the offline copy of a team's numbers takes no writes


def server_error(location: str, exc: BaseException) -> StoreError:
    """A server that cannot be reached, or refuses the login, in one code."""
    words = str(getattr(exc, "orig", exc)).lower()
    if "password" in words or "authentication" in words or "role" in words and "does not exist" in words:
        return StoreError(LOGIN_FAILED, location)
    if "connect" in words or "timeout" in words or "could not translate" in words or "refused" in words:
        return StoreError(SERVER_UNREACHABLE, location, str(getattr(exc, "orig", exc)).splitlines()[0][:200])
    return StoreError(UNREADABLE, location, str(getattr(exc, "orig", exc)).splitlines()[0][:200])


def is_refused(exc: BaseException) -> bool:
    """PostgreSQL's row-level security refusing a row (SQLSTATE 42501), or an ORM UPDATE that matched 0 rows."""
    if type(exc).__name__ == "StaleDataError":
        return True
    return getattr(getattr(exc, "orig", None), "sqlstate", None) == "42501"

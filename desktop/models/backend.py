"""The backend seam: what only SQLite or only PostgreSQL has, behind one small interface.

A location picks the backend: a path or ``sqlite:`` URL is the embedded SQLite file (one person,
the default); ``postgresql://…`` is a team's server (`desktop.models.pg_backend`). The Store and
the queries ask the backend for the engine, the write transaction, the integrity check, the
watcher that notices other people's writes, and whether file backups exist; everything else
is the same SQL on both.
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
from pathlib import Path

from sqlalchemy import Connection, Engine

from desktop.models import db

PG_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def is_server_url(location: str | Path) -> bool:
    return str(location).startswith(PG_SCHEMES)


def safe_url(url: str) -> str:
    """The URL without its password, to show or log."""
    from sqlalchemy.engine import make_url

    if not is_server_url(url):
        return url
    parsed = make_url(url.replace("postgres://", "postgresql://", 1))
    return parsed.set(drivername="postgresql")._replace(password=None).render_as_string(hide_password=False)


NETWORK_FILESYSTEMS = frozenset({"cifs", "smb3", "smbfs", "nfs", "nfs4", "afs", "9p", "ncpfs", "fuse.sshfs",
                                 "davfs", "fuse.davfs2", "ceph", "glusterfs", "fuse.glusterfs"})


def _unescape(field: str) -> str:
    """/proc/mounts writes a space in a mount point as \\040."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def is_network_path(path: str | Path, mounts: str | None = None) -> bool:
    """A UNC path (\\\\server\\share, //server/share) or a file under an SMB/NFS/CIFS mount, where
    SQLite's locking is not safe. `mounts` is the text of /proc/mounts (read when not given)."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
    target = Path(os.path.abspath(text))
    best, kind = "", ""
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = _unescape(fields[1])
        if (target == Path(point) or Path(point) in target.parents) and len(point) > len(best):
            best, kind = point, fields[2]
    return kind in NETWORK_FILESYSTEMS


class SqliteWatcher:
    """Another process's commit on the same file: `PRAGMA data_version` on a connection of our own."""

    def __init__(self, path: Path | None) -> None:
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(path, check_same_thread=False) if path is not None else None
        self._known = self._version()

    def _version(self) -> int:
        return 0 if self._conn is None else int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def note_own_write(self) -> None:
        with self._lock:
            self._known = self._version()

    def poll(self, wait: float = 0.0) -> list[tuple[str, tuple[int, ...]]]:
        """[("*", ())] when someone else committed since the last call, else [] (never waits)."""
        with self._lock:
            version = self._version()
            changed, self._known = version != self._known, version
        return [("*", ())] if changed else []

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


class SqliteBackend:
    """The embedded file: WAL, BEGIN IMMEDIATE writers, quick_check, the backup API."""

    name = "sqlite"
    has_files = True  # backups, restore, the lock file and the daily copies are files

    def __init__(self, url: str) -> None:
        self.url = url
        self.path = db.path_of(url)

    def make_engine(self) -> Engine:
        return db.make_engine(self.url)

    def writer(self, engine: Engine) -> Engine:
        return engine.execution_options(begin="IMMEDIATE")

    def integrity_problems(self, conn: Connection) -> list[str]:
        result = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA quick_check").fetchall()]
        return [] if result == ["ok"] else result[:3]

    def watcher(self, engine: Engine) -> SqliteWatcher:
        return SqliteWatcher(self.path)


def backend_for(location: str | Path):  # noqa: ANN201 - SqliteBackend | PostgresBackend
    """The backend a path or URL names."""
    text = str(location)
    if is_server_url(text):
        from desktop.models.pg_backend import PostgresBackend  # psycopg only for team mode

        return PostgresBackend(text)
    return SqliteBackend(text if text.startswith("sqlite:") else db.sqlite_url(location))

"""SQLite engine set-up: WAL, full sync, foreign keys, busy timeout, explicit BEGIN.

pysqlite's own transaction handling does not wrap DDL and cannot do
BEGIN IMMEDIATE, so the driver runs in autocommit and we emit BEGIN ourselves
(SQLAlchemy's documented recipe). Write sessions use an engine with the
execution option ``begin="IMMEDIATE"`` so a read-then-write never deadlocks.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

BUSY_TIMEOUT_MS = int(os.environ.get("KPIDESK_BUSY_TIMEOUT_MS") or 5000)  # the fault tests shorten it


def sqlite_url(path: str | Path) -> str:
    return f"sqlite:///{Path(path)}"


def path_of(url: str) -> Path | None:
    """The file behind a sqlite URL, or None for an in-memory or non-file URL."""
    prefix = "sqlite:///"
    if url.startswith(prefix) and len(url) > len(prefix) and ":memory:" not in url:
        return Path(url[len(prefix):])
    return None


def make_engine(url: str) -> Engine:
    """An engine whose connections are configured for KPI Desk."""
    engine = create_engine(url, poolclass=NullPool if path_of(url) is None else None,
                           connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def _on_connect(dbapi_connection, _record) -> None:  # noqa: ANN001 - DBAPI objects
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=FULL")
        # every page read checks its cell pointers: without it SQLite masks a pointer past the page
        # onto some offset inside it, and a damaged page can be read as data (a summary exiting 0)
        cursor.execute("PRAGMA cell_size_check=ON")
        mode = cursor.execute("PRAGMA journal_mode").fetchone()
        if mode and str(mode[0]).lower() not in ("wal", "memory"):
            cursor.execute("PRAGMA journal_mode=WAL")
    finally:
        cursor.close()


def _on_begin(connection) -> None:  # noqa: ANN001 - sqlalchemy Connection
    mode = connection.get_execution_options().get("begin", "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")

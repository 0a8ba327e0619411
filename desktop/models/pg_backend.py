"""PostgreSQL, for a team: psycopg 3, serialised writers, LISTEN/NOTIFY with a change sequence.

* The queries keep one spelling for both backends; the few driver-level statements written with
  SQLite's ``?`` placeholders are turned into psycopg's ``%s`` here, once, at the cursor.
* Writers take a transaction-scoped advisory lock first: like SQLite's BEGIN IMMEDIATE, two
  writers never interleave their rollup refreshes (a team writes a few times a minute).
* Sessions run in Asia/Tokyo, so anything the server derives from a timestamp falls on the
  team's day.
* Other people's writes: the statement-level triggers of migration 0007 append to ``changelog``
  (a sequence, the table, the ids) and NOTIFY ``kpidesk_changes``; the watcher LISTENs on its own
  connection and, woken or reconnected, reads the changelog after the last sequence it saw.
"""

from __future__ import annotations

import json
import re
import select
import threading
import uuid

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url

CHANNEL = "kpidesk_changes"
WRITE_LOCK = 0x4B5049  # "KPI": pg_advisory_xact_lock key shared by every KPI Desk writer
CONNECT_TIMEOUT_S = 5


def driver_url(url: str) -> str:
    """postgres:// and postgresql:// → the psycopg 3 dialect."""
    parsed = make_url(url.replace("postgres://", "postgresql://", 1))
    return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)


_NAMED = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")
_QUOTED = re.compile(r"('[^']*'|\"[^\"]*\")")


def qmark_to_format(sql: str, named: bool = False) -> str:
    """SQLite's placeholders (``?``, or ``:name`` with `named`) outside quotes become psycopg's
    (``%s``, ``%(name)s``); a literal ``%`` becomes ``%%``. (``::int`` casts are left alone.)"""
    parts = _QUOTED.split(sql)  # even parts are outside quotes
    for i, part in enumerate(parts):
        part = part.replace("%", "%%")
        if i % 2 == 0:
            part = _NAMED.sub(r"%(\1)s", part) if named else part.replace("?", "%s")
        parts[i] = part
    return "".join(parts)


def _before_execute(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001, ANN202
    if context is not None and context.compiled is None and parameters:
        statement = qmark_to_format(statement, named=isinstance(parameters, dict))
    return statement, parameters


def _on_begin(connection) -> None:  # noqa: ANN001 - sqlalchemy Connection
    if connection.get_execution_options().get("writer"):
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")


class PostgresBackend:
    name = "postgresql"
    has_files = False  # the server keeps its own backups; no lock file, no daily copies here

    def __init__(self, url: str) -> None:
        self.url = driver_url(url)
        self.path = None
        self.client_id = uuid.uuid4().hex  # changelog rows this Store wrote carry it

    def make_engine(self) -> Engine:
        engine = create_engine(self.url, pool_size=2, max_overflow=4, connect_args={
            "connect_timeout": CONNECT_TIMEOUT_S, "options": f"-c TimeZone=Asia/Tokyo -c kpidesk.client={self.client_id}"})
        event.listen(engine, "before_cursor_execute", _before_execute, retval=True)
        event.listen(engine, "begin", _on_begin)
        return engine

    def writer(self, engine: Engine) -> Engine:
        return engine.execution_options(writer=True)

    def integrity_problems(self, conn: Connection) -> list[str]:
        conn.exec_driver_sql("SELECT 1")  # the server checks its own pages; we only need it to answer
        return []

    def watcher(self, engine: Engine) -> PgWatcher:
        return PgWatcher(engine, self.client_id)


class PgWatcher:
    """LISTEN on a connection of its own; `poll()` never blocks (a closed connection reconnects)."""

    def __init__(self, engine: Engine, client_id: str) -> None:
        self._engine = engine
        self._client = client_id
        self._lock = threading.Lock()
        self._conn = None
        self.last_seq = self._max_seq()
        self._listen()

    def _max_seq(self) -> int:
        with self._engine.connect() as conn:
            return int(conn.exec_driver_sql("SELECT COALESCE(MAX(seq), 0) FROM changelog").scalar_one())

    def _listen(self) -> None:
        import psycopg

        u = self._engine.url
        self._conn = psycopg.connect(host=u.host, port=u.port, user=u.username, password=u.password,
                                     dbname=u.database, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S,
                                     keepalives=1, keepalives_idle=10, keepalives_interval=5, keepalives_count=3)
        self._conn.execute(f"LISTEN {CHANNEL}")

    def socket(self) -> int | None:
        conn = self._conn
        return None if conn is None or conn.closed else conn.fileno()

    def note_own_write(self) -> None:
        """Our own writes come back as notifications too: `catch_up` leaves out our client id's."""

    def _woken(self, wait: float) -> bool:
        """Drain waiting notifications (waiting up to `wait` s for one); True when there was one, or
        when the connection had to be made again (it missed what was sent meanwhile)."""
        import psycopg

        try:
            if self._conn is None or self._conn.closed:
                raise psycopg.OperationalError("not connected")
            if not select.select([self._conn.fileno()], [], [], wait)[0]:
                return False
            return any(True for _ in self._conn.notifies(timeout=0))  # reads the socket: a dead server raises
        except psycopg.OperationalError:
            self._conn = None
            self._listen()
            return True

    def poll(self, wait: float = 0.0) -> list[tuple[str, tuple[int, ...]]]:
        """[(table, ids)] committed by others since the last poll, read from the change sequence."""
        with self._lock:
            if not self._woken(wait):
                return []
            return self.catch_up()

    def catch_up(self) -> list[tuple[str, tuple[int, ...]]]:
        with self._engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT seq, tbl, ids, client FROM changelog WHERE seq > ? ORDER BY seq",
                                        (self.last_seq,)).fetchall()
        if rows:
            self.last_seq = int(rows[-1][0])
        return [(tbl, tuple(ids or ())) for _seq, tbl, ids, client in rows if client != self._client]

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


def payload(raw: str) -> dict:
    """A notification's payload: {"seq": n, "table": name, "ids": [...]} (ids left out when many)."""
    return json.loads(raw)

"""The Store: the only place that opens database sessions.

Each public method is one user action in one short session; it returns plain
objects that stay readable after commit and publishes a `Change`. The methods
live in small mixins by subject (facts, counts, tree, settings); this module
owns the engine, the transactions, migrations, backups and change polling.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session

from desktop.models import backups, errors, migrate, rollup
from desktop.models.backend import SqliteBackend, backend_for, is_network_path, safe_url
from desktop.models.activity_queries import ActivityQueries
from desktop.models.alerts import AlertOps
from desktop.models.changes import Change, ChangeHub
from desktop.models.contracts import ContractOps
from desktop.models.counts import CountQueries
from desktop.models.dashboard_queries import DashboardQueries
from desktop.models.facts import FactOps
from desktop.models.reviews import ReviewOps
from desktop.models.imports import ImportOps
from desktop.models.lead_status import LeadStatusOps
from desktop.models.settings import SettingOps
from desktop.models.targets import TargetQueries
from desktop.models.team_roles import TeamOps
from desktop.models.upload import UploadOps
from desktop.models.offline import OfflineOps
from desktop.models.tree import TreeOps
from desktop.models.tree_queries import TreeQueries

SQLITE_MAGIC = b"SQLite format 3\x00"
BACKUPS_KEPT = 7


class Store(FactOps, CountQueries, TreeOps, SettingOps, ActivityQueries, ReviewOps, TreeQueries,
            DashboardQueries, AlertOps, ImportOps, TargetQueries, TeamOps, UploadOps, OfflineOps, ContractOps,
            LeadStatusOps):
    """A KPI Desk database (a SQLite file or a team's PostgreSQL), opened, checked and migrated."""

    def __init__(self, engine: Engine, path: Path | None, backend=None) -> None:  # noqa: ANN001
        self.backend = backend or SqliteBackend(str(engine.url))
        self.engine = engine
        self.path = path
        self.changes = ChangeHub()
        self._writer = self.backend.writer(engine)
        self._poll_lock = threading.Lock()
        self._watcher = None
        self.read_only = False  # an offline copy: every write is refused
        self.closed = False
        self._outer: tuple[int, Session] | None = None  # atomic(): (thread, the one session)

    @property
    def is_team(self) -> bool:
        """True on a team's PostgreSQL server."""
        return self.backend.name == "postgresql"

    @property
    def location(self) -> str:
        """The file, or the server URL without its password: what to show a user."""
        return str(self.path) if self.path is not None else safe_url(self.backend.url)

    # ---- opening -------------------------------------------------------------

    @classmethod
    def open(cls, location: str | Path, *, check: bool = True, read_only: bool = False) -> Store:
        """Open (creating if needed) and migrate; raise StoreError and change nothing if unusable.

        `check=False` skips the full integrity scan (0.4 s on a million activities) when no
        migration is due; the caller then runs `check_integrity()` itself, e.g. in the background.
        """
        backend = backend_for(location)
        path = backend.path
        if path is not None:
            if is_network_path(path):
                raise errors.StoreError(errors.NETWORK_FOLDER, str(path))
            _check_file(path)
            _recognise(path)
        store = cls(backend.make_engine(), path, backend)
        url = backend.url
        try:
            if check or not migrate.at_head(store.engine):  # never migrate an unchecked file
                store.check_integrity()
            migrate.upgrade(store.engine, backup=store._backup_before_migration)
        except (DatabaseError, OperationalError) as exc:
            store.close()
            if store.is_team:
                raise errors.server_error(store.location, exc) from exc
            raise errors.diagnose(path, exc) from exc
        except UnicodeDecodeError as exc:  # SQLite's error message quoted bytes of a damaged schema
            store.close()
            raise errors.StoreError(errors.DAMAGED, str(path or url), "unreadable schema") from exc
        except errors.StoreError:
            store.close()
            raise
        store._open_poll()
        store.read_only = read_only
        return store

    def close(self) -> None:
        self.closed = True
        with self._poll_lock:
            if self._watcher is not None:
                self._watcher.close()
                self._watcher = None
        self.engine.dispose()

    def check_integrity(self) -> None:
        """PRAGMA quick_check; StoreError(DAMAGED) when the file is damaged."""
        try:
            with self.engine.connect() as conn:
                problems = self.backend.integrity_problems(conn)
        except DatabaseError as exc:
            if self.is_team:  # the server did not answer, or refused the login
                raise errors.server_error(self.location, exc) from exc
            raise errors.diagnose(self.path, exc) from exc
        if problems:
            raise errors.StoreError(errors.DAMAGED, str(self.path), str(problems))

    # ---- sessions ------------------------------------------------------------

    def _inside(self) -> Session | None:
        """The session of an `atomic()` block this thread is in."""
        outer = self._outer
        return outer[1] if outer is not None and outer[0] == threading.get_ident() else None

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """Many Store operations as one transaction (`kpidesk demo` into a server): every read and
        write of this thread inside the block shares it; all are kept or, on any error, none."""
        with self._write() as session:
            self._outer = (threading.get_ident(), session)
            try:
                yield
            finally:
                self._outer = None

    @contextmanager
    def _read(self) -> Iterator[Session]:
        inside = self._inside()
        if inside is not None:
            yield inside
            return
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """One BEGIN IMMEDIATE transaction: commits on success, rolls back on any error."""
        if self.read_only:
            raise errors.StoreError(errors.OFFLINE, self.location)
        inside = self._inside()
        if inside is not None:  # part of atomic()'s transaction, committed with it
            yield inside
            return
        try:
            with Session(self._writer, expire_on_commit=False) as session:
                with session.begin():
                    yield session
        except (DatabaseError, StaleDataError) as exc:
            if self.is_team and errors.is_refused(exc):  # row-level security said no
                raise errors.StoreError(errors.NOT_YOURS, self.location) from exc
            raise
        self._note_own_write()

    def require_rows(self, result, expected: int = 1) -> None:  # noqa: ANN001 - a CursorResult
        """PostgreSQL reports an UPDATE or DELETE its row-level security blocked as 0 rows, not an
        error: a write that should have changed rows and changed none is refused."""
        if self.is_team and result.rowcount < expected:
            raise errors.StoreError(errors.NOT_YOURS, self.location)

    def publish(self, kind: str, table: str, ids: tuple[int, ...] | list[int] = ()) -> None:
        self.changes.publish(Change(kind, table, tuple(ids)))

    def rebuild_rollups(self) -> None:
        """Recompute the DailyCount rollup from the facts."""
        with self._write() as s:
            rollup.rebuild(s.connection())
        self.publish("reset", "dailycount")

    # ---- changes made by other processes -----------------------------------------

    def _open_poll(self) -> None:
        self._watcher = self.backend.watcher(self.engine)

    def _note_own_write(self) -> None:
        if self._watcher is not None:
            self._watcher.note_own_write()

    def external_changes(self, wait: float = 0.0) -> list[Change]:
        """What others committed since the last call (SQLite: one reset; PostgreSQL: table and ids
        from the change sequence). Waits for a notification at most `wait` s (the app: 0)."""
        with self._poll_lock:
            found = self._watcher.poll(wait) if self._watcher is not None else []
        return [Change("reset" if table == "*" else "updated", table, ids) for table, ids in found]

    def change_socket(self) -> int | None:
        """The socket a notification of others' writes arrives on (team mode), for an event loop to watch."""
        watcher = self._watcher
        return getattr(watcher, "socket", lambda: None)() if watcher is not None else None

    def poll_external_change(self, wait: float = 0.0) -> bool:
        """True when another connection (another process) committed since the last call."""
        return bool(self.external_changes(wait))

    # ---- backups -------------------------------------------------------------

    @property
    def backup_dir(self) -> Path | None:
        return None if self.path is None else self.path.with_name(self.path.name + ".backups")

    def backup(self, dest: str | Path) -> Path:
        """Write a consistent copy of the database to `dest` (SQLite backup API); whole or not at all."""
        return backups.copy_database(self.engine, Path(dest))

    def restore(self, source: str | Path) -> None:
        """Replace the whole database with a backup file; refuse anything that is not one."""
        source = Path(source)
        _check_file(source)
        _check_backup(source)
        migrate.restore_file(source, self.engine)
        migrate.upgrade(self.engine, backup=self._backup_before_migration)
        self._note_own_write()
        self.publish("reset", "*")

    def backup_rotating(self, keep: int = BACKUPS_KEPT) -> Path | None:
        """A dated backup at most once a day, keeping the newest `keep` files.

        Not of an empty database (nothing to keep yet), not when nothing changed since the last good
        backup (a mark kept beside it), never of a damaged one, and a broken or partial file (a backup
        killed midway by an older version) does not count as the day's.
        """
        folder = self.backup_dir
        if folder is None:
            return None
        backups.remove_leftovers(folder, "daily-*.sqlite3")
        stamp = datetime.now().strftime("%Y%m%d")
        if (folder / f"daily-{stamp}.sqlite3").exists() or self._holds_nothing():
            return None
        backups.checkpoint(self.engine)  # the -wal into the file now, so closing later changes nothing
        mark = backups.change_mark(self.path)
        if backups.unchanged_since(max(folder.glob("daily-*.sqlite3"), default=None), mark):
            return None  # nothing new since the last good backup: the older days stay kept
        self.check_integrity()
        made = self.backup(folder / f"daily-{stamp}.sqlite3")
        backups.save_mark(made, mark)
        for old in sorted(folder.glob("daily-*.sqlite3"))[:-keep]:
            backups.forget(old)
        return made

    def _holds_nothing(self) -> bool:
        from desktop.models.demo import is_empty

        return is_empty(self)

    def backup_before_restore(self) -> Path:
        """A safety copy of the current data, taken before a restore replaces it."""
        folder = self.backup_dir or Path.cwd()
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        return self.backup(folder / f"pre-restore-{stamp}.sqlite3")

    def _backup_before_migration(self) -> Path | None:
        folder = self.backup_dir
        if folder is None:
            return None
        backups.remove_leftovers(folder, "pre-migration-*.sqlite3")
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        return self.backup(folder / f"pre-migration-{stamp}.sqlite3")


def _check_file(path: Path) -> None:
    """Refuse a file that exists but is not an SQLite database, without touching it."""
    if not path.exists():
        if not path.parent.exists():
            raise errors.StoreError(errors.UNREADABLE, str(path), "folder does not exist")
        return
    if path.is_dir():
        raise errors.StoreError(errors.NOT_A_DATABASE, str(path))
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise errors.StoreError(errors.failure_code(exc) or errors.UNREADABLE, str(path), exc.strerror or "") from exc
    if head and head != SQLITE_MAGIC:
        raise errors.StoreError(errors.NOT_A_DATABASE, str(path))


def _recognise(path: Path) -> None:
    """Refuse another program's SQLite file before anything (WAL mode included) is switched in it.

    Read through a read-only connection, which changes nothing, not even the journal mode.
    """
    if not path.is_file() or path.stat().st_size == 0:
        return
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise errors.diagnose(path, exc) from exc
    except UnicodeDecodeError as exc:  # SQLite quoted bytes of a damaged schema
        raise errors.StoreError(errors.DAMAGED, str(path), "unreadable schema") from exc
    if tables and "alembic_version" not in tables:
        raise errors.StoreError(errors.NOT_KPIDESK, str(path))


def _check_backup(path: Path) -> None:
    """A backup must be an undamaged KPI Desk database; opened read-only, never changed."""
    if not path.exists():
        raise errors.StoreError(errors.UNREADABLE, str(path), "no such file")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise errors.StoreError(errors.DAMAGED, str(path), str(exc)) from exc
    if not ok:
        raise errors.StoreError(errors.DAMAGED, str(path))
    if "alembic_version" not in tables:
        raise errors.StoreError(errors.NOT_KPIDESK, str(path))

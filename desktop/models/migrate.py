"""Schema migrations: Alembic inside one explicit transaction, with a backup first.

Alembic's SQLite defaults are not atomic (a migration killed midway leaves a
temporary table behind), so the whole upgrade runs in our own BEGIN IMMEDIATE
with foreign keys off (batch mode copies tables) and is checked with
``PRAGMA foreign_key_check`` before COMMIT. A failure is undone by that transaction's own
ROLLBACK; the backup taken before (SQLite backup API) is a safety copy and is never copied back
by itself: another connection may have committed since it was taken.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect

from desktop.models import errors

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
# `revision = "0002"` / `down_revision = "0001"` lines of a version file (a tuple does not match)
_REVISION_LINE = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*['\"]?([\w.-]+)['\"]?\s*$", re.M)


def alembic_config() -> Config:
    from alembic.config import Config  # Alembic costs ~230 ms to import: only when migrating

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The schema revision of the file; None for an empty database."""
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if "alembic_version" not in tables:
            if tables:
                raise errors.StoreError(errors.NOT_KPIDESK, str(engine.url.database))
            return None
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(conn).get_current_revision()


def _script_head() -> str | None:
    """The single head revision, read from the version files without Alembic; None when unsure."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        found = dict(_REVISION_LINE.findall(script.read_text(encoding="utf-8")))
        if "revision" not in found or "down_revision" not in found:
            return None
        revisions.add(found["revision"])
        parents.add(found["down_revision"])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def at_head(engine: Engine) -> bool:
    """True when the file is already at the head revision (the common case: no Alembic import)."""
    head = _script_head()
    if head is None:
        return False
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return False
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head


def upgrade(engine: Engine, target: str = "head", backup: Callable[[], Path | None] = lambda: None) -> None:
    """Bring the schema to `target` atomically; a failure leaves the file as it was (rolled back)."""
    if target == "head" and at_head(engine):
        return
    revision = current_revision(engine)
    if revision is not None and revision not in known_revisions():
        raise errors.StoreError(errors.NEWER_SCHEMA, str(engine.url.database), revision)
    if revision == (head_revision() if target == "head" else target):
        return
    if revision is not None:
        backup()
    try:
        _upgrade_in_one_transaction(engine, target)
    except Exception as exc:
        code = errors.code_of(exc)
        if code is not None:  # busy, read-only, full disk …: nothing is wrong with the migration
            raise errors.StoreError(code, str(engine.url.database)) from exc
        raise errors.StoreError(errors.MIGRATION_FAILED, str(engine.url.database), errors.one_line(exc)) from exc


def _upgrade_in_one_transaction(engine: Engine, target: str) -> None:
    if engine.dialect.name != "sqlite":  # PostgreSQL: transactional DDL, foreign keys checked as it goes
        with engine.connect() as conn, conn.begin():
            _run_alembic(conn, target)
        return
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        raw.execute("PRAGMA foreign_keys=OFF")  # only honoured outside a transaction
        try:
            with conn.begin():
                _run_alembic(conn, target)
                bad = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if bad:
                    raise RuntimeError(f"foreign key check failed: {bad[:3]}")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def _run_alembic(conn: Connection, target: str) -> None:
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = conn
    command.upgrade(config, target)


def restore_file(source: Path, engine: Engine) -> None:
    """Overwrite the live database with `source`, through the backup API."""
    src = sqlite3.connect(source)
    raw = engine.raw_connection()
    try:
        src.backup(raw.driver_connection)
    finally:
        raw.close()
        src.close()

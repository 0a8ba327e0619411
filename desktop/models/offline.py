"""The offline copy: a read-only SQLite file holding the team's numbers as of the last refresh.

A manager's laptop keeps one per team database, in the user's data folder (never beside a
database), refreshed while connected. When the server cannot be reached the app offers it,
opened read-only and labelled 「HH:MM 時点のデータ（オフライン）」; nothing is ever written to it
but the next refresh, which builds a new file and swaps it in whole.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from sqlalchemy import insert, select

from desktop.models.tables import TABLES, utcnow

COPIED_AT = "offline_copy_at"  # the refresh time (UTC, ISO) kept in the copy's settings
COPY_OF = "offline_copy_of"  # the server it copies (no password)
CHUNK = 5000


class OfflineOps:
    """Store methods for the offline copy."""

    def refresh_offline_copy(self, dest: Path) -> datetime:
        """Write the whole database into a new SQLite file and replace `dest` with it at once."""
        from desktop.models.store import Store

        partial = dest.with_name(dest.name + ".partial")
        partial.unlink(missing_ok=True)
        copy = Store.open(partial)
        at = utcnow()
        try:
            with self._read() as src, copy._write() as dst:
                for table in TABLES.sorted_tables:
                    _copy_table(src.connection(), dst.connection(), table)
            copy.set_setting(COPIED_AT, at.isoformat())
            copy.set_setting(COPY_OF, self.location)
        finally:
            copy.close()
        os.replace(partial, dest)
        return at


def _copy_table(src, dst, table) -> None:  # noqa: ANN001 - SQLAlchemy connections and Table
    from sqlalchemy import delete

    dst.execute(delete(table))  # the new file's own defaults (settings made by its migration)
    rows = src.execute(select(table)).mappings()
    while chunk := rows.fetchmany(CHUNK):
        dst.execute(insert(table), [dict(r) for r in chunk])


def copied_at(store) -> datetime | None:  # noqa: ANN001 - Store
    """When an offline copy was taken (None for any other database)."""
    value = store.setting(COPIED_AT)
    return datetime.fromisoformat(value) if value else None


def copy_path(folder: Path, location: str) -> Path:
    """Where the offline copy of this server's database lives in the user's data folder."""
    import hashlib

    return folder / f"offline-{hashlib.sha256(location.encode()).hexdigest()[:16]}.sqlite3"

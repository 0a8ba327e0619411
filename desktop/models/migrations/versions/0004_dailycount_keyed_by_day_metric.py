"""DailyCount becomes a WITHOUT ROWID table keyed (day, metric, member, source): summaries read it alone.

A summary over a range (`summary --by month`, the daily counts behind every chart) sums the rollup
per day and metric. As a rowid table keyed (day, member, metric, source), SQLite fetched each row's
value from the table and sorted for the GROUP BY (~45 of ~70 ms over two years of a 20-rep team).
Keyed this way the rows are the key: one ordered read of a day range, already grouped by day and
metric. A covering index did the same for reads but made every rollup rebuild ~50% slower; this
rebuilds as fast as before and the rollup takes half the space. Same key columns, same rows.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

COLUMNS = ("day DATE NOT NULL, member_id INTEGER NOT NULL, metric VARCHAR NOT NULL, source VARCHAR NOT NULL, "
           "value INTEGER NOT NULL")


def _recreate(key: str, options: str) -> None:
    op.execute(f"CREATE TABLE _dailycount_new ({COLUMNS}, PRIMARY KEY ({key})){options}")
    op.execute("INSERT INTO _dailycount_new (day, member_id, metric, source, value) "
               f"SELECT day, member_id, metric, source, value FROM dailycount ORDER BY {key}")
    op.execute("DROP TABLE dailycount")
    op.execute("ALTER TABLE _dailycount_new RENAME TO dailycount")


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"  # PostgreSQL has no rowid to lose
    _recreate("day, metric, member_id, source", " WITHOUT ROWID" if sqlite else "")


def downgrade() -> None:
    _recreate("day, member_id, metric, source", "")

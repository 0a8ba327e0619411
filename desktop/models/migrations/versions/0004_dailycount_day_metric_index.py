"""Index the DailyCount rollup by (day, metric) with every other column: summaries read it alone.

A summary over a range (`summary --by month`, the daily counts behind every chart) sums the rollup
per day and metric. Through the primary key (day, member, metric, source) SQLite had to fetch each
row's value from the table and sort for the GROUP BY (57 of 72 ms over two years of a 20-rep team);
this index covers the query and already holds the rows in (day, metric) order.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_dailycount_day_metric", "dailycount", ["day", "metric", "member_id", "source", "value"],
                    unique=False)


def downgrade() -> None:
    op.drop_index("ix_dailycount_day_metric", table_name="dailycount")

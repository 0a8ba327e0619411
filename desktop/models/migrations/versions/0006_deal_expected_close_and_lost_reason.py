"""Deals carry an expected close day and, when lost, the reason (失注理由).

Two nullable columns: plain `add_column`, which SQLite and PostgreSQL both do in place.

Revision ID: 0006_deal
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_deal"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("deal", sa.Column("expected_close", sa.Date(), nullable=True))
    op.add_column("deal", sa.Column("lost_reason", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("deal") as batch:
        batch.drop_column("lost_reason")
        batch.drop_column("expected_close")

"""Dated lead-status changes: a lead becomes MQL, SQL and 商談 on days of its own.

One row per (lead, stage); `member_id` is whose count it is. On PostgreSQL the table gets the
team mode's change triggers (0007) and, on a server already set up for a team, the same owner,
grants and row-level security as every table (a rep writes their own rows):
`team_roles.secure_if_team`, idempotent, run as the administrator who migrates.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

from desktop.models.team_roles import change_triggers, secure_if_team

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "leadstatus",
        sa.Column("lead_id", sa.Integer(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["lead_id"], ["lead.id"]),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"]),
        sa.ForeignKeyConstraint(["batch_id"], ["importbatch.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("lead_id", "status", name="uq_leadstatus_stage"),
    )
    op.create_index("ix_leadstatus_member_day", "leadstatus", ["member_id", "day"])
    op.create_index("ix_leadstatus_batch", "leadstatus", ["batch_id"])
    if op.get_bind().dialect.name == "postgresql":
        for sql in change_triggers("leadstatus"):
            op.execute(sql)
        secure_if_team(op.get_bind())


def downgrade() -> None:
    op.execute("DELETE FROM dailycount WHERE source = 'lead'")
    op.drop_index("ix_leadstatus_batch", "leadstatus")
    op.drop_index("ix_leadstatus_member_day", "leadstatus")
    op.drop_table("leadstatus")

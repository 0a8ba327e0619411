"""Contracts of won deals (start, term or end, monthly amount, renewal, cancellation): 継続率 and LTV.

A renewal is the next contract row pointing back at the one it renews (`renewal_of`). On
PostgreSQL the new table gets team mode's change triggers (0007) and, on a server already set up for a
team, its row-level security policies (a rep writes the contracts of their own deals).

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desktop.models.team_roles import change_triggers, secure_if_team

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contract",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("deal_id", sa.Integer(), sa.ForeignKey("deal.id"), nullable=False),
        sa.Column("start_day", sa.Date(), nullable=False),
        sa.Column("end_day", sa.Date(), nullable=True),
        sa.Column("term_months", sa.Integer(), nullable=True),
        sa.Column("monthly_amount", sa.Integer(), nullable=False),
        sa.Column("renewal_of", sa.Integer(), sa.ForeignKey("contract.id"), nullable=True),
        sa.Column("cancelled_day", sa.Date(), nullable=True),
        sa.Column("dedupe_key", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_contract_deal", "contract", ["deal_id"])
    op.create_index("ix_contract_end", "contract", ["end_day"])
    op.create_index("ix_contract_renewal_of", "contract", ["renewal_of"])
    op.create_index("ix_contract_dedupe", "contract", ["dedupe_key"], unique=True)
    if op.get_bind().dialect.name == "postgresql":
        for sql in change_triggers("contract"):
            op.execute(sql)
        secure_if_team(op.get_bind())


def downgrade() -> None:
    op.drop_table("contract")

"""Index activities by (lead, day): a lead's last activity becomes one seek, not a scan of every call.

Replaces the lead-only index, which the new one covers.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("activity") as batch_op:
        batch_op.drop_index("ix_activity_lead")
        batch_op.create_index("ix_activity_lead_day", ["lead_id", "day"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("activity") as batch_op:
        batch_op.drop_index("ix_activity_lead_day")
        batch_op.create_index("ix_activity_lead", ["lead_id"], unique=False)

"""Facts: members, leads, activities, tallies, deals, the rollup, imports, settings.

Revision ID: 0001
Revises: None
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('dailycount',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('metric', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('day', 'member_id', 'metric', 'source')
    )
    op.create_table('importbatch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('file_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('sheet', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('layout', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('mapping', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('rows_added', sa.Integer(), nullable=False),
    sa.Column('rows_skipped', sa.Integer(), nullable=False),
    sa.Column('rows_replaced', sa.Integer(), nullable=False),
    sa.Column('undone_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('importbatch', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_importbatch_sha256'), ['sha256'], unique=False)

    op.create_table('member',
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('team', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name_key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_name_key'), ['name_key'], unique=True)

    op.create_table('setting',
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('value', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('lead',
    sa.Column('company', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('person', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('next_action_day', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('company_key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['batch_id'], ['importbatch.id'], ),
    sa.ForeignKeyConstraint(['owner_id'], ['member.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('lead', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lead_batch_id'), ['batch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_lead_company_key'), ['company_key'], unique=False)

    op.create_table('tally',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('metric', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['importbatch.id'], ),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('day', 'member_id', 'metric', name='uq_tally_key')
    )
    op.create_table('tallyreplacement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('metric', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('previous_count', sa.Integer(), nullable=True),
    sa.Column('previous_batch_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['batch_id'], ['importbatch.id'], ),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('tallyreplacement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tallyreplacement_batch_id'), ['batch_id'], unique=False)

    op.create_table('activity',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('at', sa.Time(), nullable=True),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('lead_id', sa.Integer(), nullable=True),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('outcome', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.Column('dedupe_key', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['importbatch.id'], ),
    sa.ForeignKeyConstraint(['lead_id'], ['lead.id'], ),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.create_index('ix_activity_batch', ['batch_id'], unique=False)
        batch_op.create_index('ix_activity_day', ['day'], unique=False)
        batch_op.create_index('ix_activity_dedupe', ['dedupe_key'], unique=True)
        batch_op.create_index('ix_activity_lead', ['lead_id'], unique=False)
        batch_op.create_index('ix_activity_member_day', ['member_id', 'day'], unique=False)

    op.create_table('deal',
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('lead_id', sa.Integer(), nullable=True),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('created_day', sa.Date(), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=True),
    sa.Column('stage', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('closed_day', sa.Date(), nullable=True),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.Column('dedupe_key', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('source_activity_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['importbatch.id'], ),
    sa.ForeignKeyConstraint(['lead_id'], ['lead.id'], ),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('deal', schema=None) as batch_op:
        batch_op.create_index('ix_deal_batch', ['batch_id'], unique=False)
        batch_op.create_index('ix_deal_dedupe', ['dedupe_key'], unique=True)
        batch_op.create_index('ix_deal_member_closed', ['member_id', 'closed_day'], unique=False)
        batch_op.create_index('ix_deal_member_created', ['member_id', 'created_day'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('deal', schema=None) as batch_op:
        batch_op.drop_index('ix_deal_member_created')
        batch_op.drop_index('ix_deal_member_closed')
        batch_op.drop_index('ix_deal_dedupe')
        batch_op.drop_index('ix_deal_batch')

    op.drop_table('deal')
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.drop_index('ix_activity_member_day')
        batch_op.drop_index('ix_activity_lead')
        batch_op.drop_index('ix_activity_dedupe')
        batch_op.drop_index('ix_activity_day')
        batch_op.drop_index('ix_activity_batch')

    op.drop_table('activity')
    with op.batch_alter_table('tallyreplacement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_tallyreplacement_batch_id'))

    op.drop_table('tallyreplacement')
    op.drop_table('tally')
    with op.batch_alter_table('lead', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lead_company_key'))
        batch_op.drop_index(batch_op.f('ix_lead_batch_id'))

    op.drop_table('lead')
    op.drop_table('setting')
    with op.batch_alter_table('member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_name_key'))

    op.drop_table('member')
    with op.batch_alter_table('importbatch', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_importbatch_sha256'))

    op.drop_table('importbatch')
    op.drop_table('dailycount')

"""Team mode: a member can be a login, and on PostgreSQL every write leaves a change sequence.

`member.login` names the PostgreSQL role a person logs in as (`kpidesk team add-user`); the
row-level security policies find "my rows" through it. On SQLite it stays empty.

On PostgreSQL, statement-level triggers append (table, ids) to `changelog` and NOTIFY
`kpidesk_changes` with the new sequence number: other clients are woken within a second and read
what changed by sequence, so a client that lost its connection catches up on reconnect. NOTIFY
carries only table names and ids (it bypasses row-level security); `client` names the KPI Desk
session that wrote, so a client does not take its own writes for someone else's. SQLite needs none of it:
another process's commit shows in `PRAGMA data_version`.

Revision ID: 0007
Revises: 0006_deal
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from desktop.models.team_roles import change_triggers as _triggers

revision = "0007"
down_revision = "0006_deal"
branch_labels = None
depends_on = None

WATCHED = ("member", "lead", "activity", "tally", "deal", "importbatch", "tallyreplacement", "kpinode",
           "target", "alertrule", "alertevent", "review", "reviewaction")

_FUNCTION = """
CREATE FUNCTION kpidesk_note_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path FROM CURRENT AS $$
DECLARE
  changed bigint[];
  n bigint;
BEGIN
  IF TG_ARGV[0] = 'new' THEN
    SELECT array_agg(id ORDER BY id) INTO changed FROM new_rows;
  ELSIF TG_ARGV[0] = 'old' THEN
    SELECT array_agg(id ORDER BY id) INTO changed FROM old_rows;
  END IF;
  IF TG_ARGV[0] <> 'none' AND changed IS NULL THEN
    RETURN NULL;  -- the statement changed no row
  END IF;
  INSERT INTO changelog (tbl, ids, client) VALUES (TG_TABLE_NAME, changed,
    current_setting('kpidesk.client', true)) RETURNING seq INTO n;
  PERFORM pg_notify('kpidesk_changes', json_build_object('seq', n, 'table', TG_TABLE_NAME,
    'ids', CASE WHEN coalesce(array_length(changed, 1), 0) <= 200 THEN changed END)::text);
  RETURN NULL;
END $$
"""


def upgrade() -> None:
    with op.batch_alter_table("member") as batch_op:
        batch_op.add_column(sa.Column("login", sa.String(), nullable=True))
        batch_op.create_index("ix_member_login", ["login"], unique=True)
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE TABLE changelog (seq BIGSERIAL PRIMARY KEY, tbl TEXT NOT NULL, ids BIGINT[], "
               "client TEXT, at TIMESTAMPTZ NOT NULL DEFAULT now())")
    op.execute(_FUNCTION)
    for table in WATCHED + ("setting",):
        for sql in _triggers(table):
            op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION kpidesk_note_change() CASCADE")
        op.execute("DROP TABLE changelog")
    with op.batch_alter_table("member") as batch_op:
        batch_op.drop_index("ix_member_login")
        batch_op.drop_column("login")

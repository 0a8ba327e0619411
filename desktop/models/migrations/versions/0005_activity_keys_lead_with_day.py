"""Activity dedupe keys lead with the activity's day ("2025-04-01:<sha1>").

An import then adds its keys to the unique index nearly in order (a tracker runs by date) instead
of at random places: 1M rows go into that index in 4.0 s instead of 10.6 s. Keys stored before are given
the same prefix from their row's day, so re-importing a file still finds its rows. (A row whose
day was edited after its import gets the edited day: a re-import of the old file would add it
again. No database from before this revision was released.)

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _find_colon() -> str:
    return "instr(dedupe_key, ':')" if op.get_bind().dialect.name == "sqlite" else "strpos(dedupe_key, ':')"


def upgrade() -> None:
    op.execute("UPDATE activity SET dedupe_key = CAST(day AS VARCHAR) || ':' || dedupe_key "
               f"WHERE dedupe_key IS NOT NULL AND {_find_colon()} = 0")


def downgrade() -> None:
    op.execute(f"UPDATE activity SET dedupe_key = substr(dedupe_key, {_find_colon()} + 1) "
               f"WHERE dedupe_key IS NOT NULL AND {_find_colon()} > 0")

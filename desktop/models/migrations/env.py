"""Alembic environment: always runs on the connection (and transaction) the Store hands it."""

from __future__ import annotations

from alembic import context

from desktop.models.tables import TABLES

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=TABLES,
    render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move tables
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()

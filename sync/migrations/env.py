"""Alembic environment of the sync service: runs on the connection handed over by sync.db."""

from __future__ import annotations

from alembic import context

from sync.models import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only for `alembic` on the command line
    raise SystemExit("use sync.db.upgrade()")
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()

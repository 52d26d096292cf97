"""Alembic environment: runs on the connection handed over by sosdesk.store.migrate."""

from __future__ import annotations

from alembic import context

import sosdesk.store.all_models  # noqa: F401  (registers every table on Base.metadata)
from sosdesk.store.base import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only for `alembic` on the command line
    raise SystemExit("use sosdesk.store.migrate.upgrade_to_head()")
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()

"""Throwaway databases on the test PostgreSQL (SOSDESK_TEST_PG, started by .ci/postgres.sh)."""

from __future__ import annotations

import os
import uuid


def fresh_pg_database() -> tuple[str, str]:
    """A new empty database on the test PostgreSQL: (its URL, its name)."""
    import psycopg

    base = os.environ["SOSDESK_TEST_PG"]
    name = f"sosdesk_{uuid.uuid4().hex[:12]}"
    admin = base.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return base.rsplit("/", 1)[0] + "/" + name, name


def drop_pg_database(name: str) -> None:
    import psycopg

    admin = os.environ["SOSDESK_TEST_PG"].replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

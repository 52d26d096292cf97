"""Fixtures of the sync tests: in-process world, real server databases (SQLite or PostgreSQL)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from syncworld import World


@pytest.fixture(autouse=True)
def _postgres_needs_server(request: pytest.FixtureRequest) -> None:
    if request.node.get_closest_marker("postgres") and not os.environ.get("SOSDESK_TEST_PG"):
        pytest.skip("SOSDESK_TEST_PG non défini (PostgreSQL de .ci/postgres.sh)")


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    w = World(tmp_path)
    yield w
    w.engine.dispose()


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


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def server_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh service database URL on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.db'}"
        return
    url, name = fresh_pg_database()
    yield url
    drop_pg_database(name)

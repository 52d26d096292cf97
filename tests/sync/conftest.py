"""Fixtures of the sync tests: in-process world, real server databases (SQLite or PostgreSQL)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.pgdb import drop_pg_database, fresh_pg_database
from tests.sync.syncworld import World


@pytest.fixture(autouse=True)
def _postgres_needs_server(request: pytest.FixtureRequest) -> None:
    if request.node.get_closest_marker("postgres") and not os.environ.get("SOSDESK_TEST_PG"):
        pytest.skip("SOSDESK_TEST_PG non défini (PostgreSQL de .ci/postgres.sh)")


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    w = World(tmp_path)
    yield w
    w.engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def server_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh service database URL on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.db'}"
        return
    url, name = fresh_pg_database()
    yield url
    drop_pg_database(name)

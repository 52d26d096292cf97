"""Fixtures of the invoicing tests: a small billing world in a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sosdesk.store import Store
from tests.invoicing.invoicing_world import build_world


@pytest.fixture
def world(tmp_path: Path) -> Iterator[Store]:
    store = build_world(tmp_path / "office.db")
    yield store
    store.close()

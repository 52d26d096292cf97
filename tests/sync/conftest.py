"""Fixtures of the sync tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from syncworld import World


@pytest.fixture
def world(tmp_path: Path) -> World:
    w = World(tmp_path)
    yield w
    w.engine.dispose()

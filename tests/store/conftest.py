"""Store fixtures: an opened empty data file, row counts to prove that nothing was written."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sosdesk.store import Store, open_store
from sosdesk.store.models import SYNCED_MODELS, ChangeLog, OutboxOp


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    s = open_store(db_path)
    yield s
    s.close()


def row_counts(store: Store) -> dict[str, int]:
    with store.session() as s:
        return {model.__tablename__: int(s.scalar(select(func.count()).select_from(model)) or 0)
                for model in (*SYNCED_MODELS, ChangeLog, OutboxOp)}


@pytest.fixture
def counts() -> Callable[[Store], dict[str, int]]:
    return row_counts

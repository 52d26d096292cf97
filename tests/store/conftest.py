"""Store fixtures: an opened empty data file, row counts to prove that nothing was written."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

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
    models: tuple[Any, ...] = (*SYNCED_MODELS, ChangeLog, OutboxOp)
    with store.session() as s:
        return {model.__tablename__: int(s.execute(select(func.count()).select_from(model)).scalar_one())
                for model in models}


@pytest.fixture
def counts() -> Callable[[Store], dict[str, int]]:
    return row_counts

"""A billing world whose three people have passwords: the file is protected."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sosdesk.store import Store
from sosdesk.store import models as m
from sosdesk.store.users import hash_password
from tests.invoicing.invoicing_world import build_world

PASSWORDS = {"admin-IDF": "admin secret 1", "valid-IDF": "valideur secret 2", "nat": "national secret 3"}


@pytest.fixture(scope="session")
def _hashes() -> dict[str, str]:
    return {uid: hash_password(pw) for uid, pw in PASSWORDS.items()}


@pytest.fixture
def protected(tmp_path: Path, _hashes: dict[str, str]) -> Iterator[Store]:
    store = build_world(tmp_path / "office.db")
    with store.transaction("passwords") as (s, _):
        for uid, stored in _hashes.items():
            user = s.get(m.User, uid)
            assert user is not None
            user.password_hash = stored
    yield store
    store.close()


@pytest.fixture
def world(tmp_path: Path) -> Iterator[Store]:
    """The invoicing world without passwords (not protected)."""
    store = build_world(tmp_path / "office.db")
    yield store
    store.close()

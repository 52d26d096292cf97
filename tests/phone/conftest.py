"""One real service per test module (starting it and syncing the week takes a few seconds)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.phone.phone_world import PhoneWorld, world


@pytest.fixture(scope="module")
def phone_world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PhoneWorld]:
    import keyring

    from tests.conftest import seeded_keyring

    previous = keyring.get_keyring()
    keyring.set_keyring(seeded_keyring())
    try:
        with world(tmp_path_factory.mktemp("phone")) as w:
            yield w
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def pw(phone_world: PhoneWorld) -> PhoneWorld:
    phone_world.restore_keyring()   # each test gets a fresh in-memory keyring (tests/conftest.py)
    return phone_world

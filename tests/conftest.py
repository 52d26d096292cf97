"""Test isolation: offscreen Qt, user directories and keyring pointed away from the real ones."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

# Before any QApplication exists (DESIGN: tests run offscreen).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["SOSDESK_TESTING"] = "1"

import keyring
import pytest
from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """In-memory keyring: tests never touch the developer's real one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


# Every test's keyring holds the same office-file key (encrypted files, docs/security.md): a file
# built by a module-scoped fixture opens in each test; « another PC » is a keyring without it.
TEST_FILE_KEY = "5d" * 32


def seeded_keyring() -> MemoryKeyring:
    ring = MemoryKeyring()
    ring.set_password("sosdesk-chiffrement", "cle-fichier", TEST_FILE_KEY)
    ring.set_password("sosdesk-chiffrement", "cle-de-secours-affichee", "1")
    return ring


keyring.set_keyring(seeded_keyring())  # module- and session-scoped fixtures run before the one below


@pytest.fixture(scope="session", autouse=True)
def _file_key_for_subprocesses(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """A ``sosdesk`` run as a subprocess has no in-memory keyring: it reads the same key from the
    recovery file named by ``SOSDESK_RECOVERY_KEY_FILE`` (docs/security.md)."""
    from sosdesk.store.filekey import KEY_FILE_ENV, recovery_text

    path = tmp_path_factory.mktemp("cle") / "cle-de-secours.txt"
    path.write_text(recovery_text(bytes.fromhex(TEST_FILE_KEY)) + "\n", encoding="utf-8")
    previous = os.environ.get(KEY_FILE_ENV)
    os.environ[KEY_FILE_ENV] = str(path)
    yield
    if previous is None:
        os.environ.pop(KEY_FILE_ENV, None)
    else:
        os.environ[KEY_FILE_ENV] = previous


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("SOSDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("SOSDESK_TEST_LOG_DIR", str(tmp_path))  # service logs of PostgreSQL-backed tests
    previous = keyring.get_keyring()
    keyring.set_keyring(seeded_keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "office.db"

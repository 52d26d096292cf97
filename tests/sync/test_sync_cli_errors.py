"""Sync commands on bad input: French messages, exit 2, no file created, no traceback."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from sosdesk.cli import main


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_sync_refuses_a_missing_data_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "antenne.db"
    assert main(["sync", "--db", str(missing)]) == 2
    assert "n'existe pas" in capsys.readouterr().err
    assert not missing.exists()


def test_missing_passphrase_file_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "antenne.db"
    assert main(["demo", "--db", str(db), "--beneficiaries", "8", "--weeks", "1",
                 "--today", "2026-11-18"]) == 0
    capsys.readouterr()
    code = main(["export-region", "--db", str(db), "--out", str(tmp_path / "ara.sosdesk"),
                 "--passphrase-file", str(tmp_path / "absent.txt")])
    assert code == 2
    err = capsys.readouterr().err
    assert "phrase de passe" in err and "absent.txt" in err and "n'existe pas" in err
    assert not (tmp_path / "ara.sosdesk").exists()


def test_enrol_against_an_unreachable_service_says_what_to_do(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"http://127.0.0.1:{_closed_port()}"
    assert main(["enrol", "--db", str(tmp_path / "antenne.db"), "--server", url, "--code", "ABC"]) == 2
    err = capsys.readouterr().err
    assert "injoignable" in err and "relancez l'enrôlement" in err and "en attente" not in err


def test_enrol_without_a_keyring_keeps_the_code_unspent(world, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import keyring
    from keyring.backend import KeyringBackend
    from keyring.errors import KeyringError

    from sosdesk.syncclient import service
    from sosdesk.syncclient.transport import SyncError
    from tests.sync.syncworld import AppTransport, fresh_store

    class Broken(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> None:
            raise KeyringError("no keyring")

        def set_password(self, service: str, username: str, password: str) -> None:
            raise KeyringError("no keyring")

        def delete_password(self, service: str, username: str) -> None:
            raise KeyringError("no keyring")

    store = fresh_store(tmp_path / "office.db")
    code = world.code("R1")
    previous = keyring.get_keyring()
    keyring.set_keyring(Broken())
    try:
        try:
            service.enrol(store, "http://test", code, AppTransport(world.app))
            raise AssertionError("enrolment should have failed")
        except SyncError as exc:
            assert "trousseau" in str(exc) and "n'a pas été utilisé" in str(exc)
    finally:
        keyring.set_keyring(previous)
    # the code still works once a keyring is there, and no orphan device was made
    cred = service.enrol(store, "http://test", code, AppTransport(world.app))
    from sync import auth, db
    with db.read(world.engine) as conn:
        assert [d["device_id"] for d in auth.list_devices(conn)] == [cred.device_id]

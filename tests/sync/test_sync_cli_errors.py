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

"""The CLI frame: French argparse messages, exit code 2 on bad input, no file created by reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from sosdesk.cli import main


def test_argparse_speaks_french(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["check", "--week"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "utilisation : sosdesk check" in err
    assert "erreur : argument --week : une valeur est attendue" in err


def test_unknown_command_is_named(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["frobnicate"])
    assert "choix invalide : 'frobnicate'" in capsys.readouterr().err


def test_help_is_french(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["dump", "--help"])
    assert exc.value.code == 0
    assert "affiche cette aide et quitte" in capsys.readouterr().out


def test_reading_a_missing_file_does_not_create_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "faute-de-frappe.db"
    assert main(["check", "--db", str(missing), "--week", "2026-W40"]) == 2
    assert "n'existe pas" in capsys.readouterr().err
    assert not missing.exists()


def test_empty_file_is_refused_untouched(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "vide.db"
    empty.write_bytes(b"")
    assert main(["dump", "--db", str(empty)]) == 2
    assert "est vide" in capsys.readouterr().err
    assert empty.read_bytes() == b""

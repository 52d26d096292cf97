"""Mistakes a user makes at the terminal, found while walking a month through the app: each one gets
a French message naming what is wrong and exit code 2, never a traceback nor a silent empty result."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sosdesk.cli import main

WEEK = "2026-W47"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("erreurs") / "demo.db"
    assert main(["demo", "--db", str(path), "--beneficiaries", "12", "--weeks", "1", "--today", "2026-11-18"]) == 0
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(list(argv))
    return code, capsys.readouterr().err


@pytest.mark.parametrize("argv", [
    ("print", "schedule", "--week", WEEK, "--site", "LYON3"),
    ("print", "attendance", "--week", WEEK, "--site", "LYON3"),
    ("print", "listing", "--month", "2026-11"),
    ("ics", "--professional", "P001"),
])
def test_documents_into_a_missing_folder_are_refused_in_french(
        demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]) -> None:
    out = tmp_path / "pas-de-dossier" / "document.pdf"
    code, err = run(capsys, *argv, "--db", str(demo_db), "--out", str(out))
    assert code == 2
    assert err.startswith("erreur : ") and str(out) in err and "dossier" in err
    assert "Errno" not in err


def test_dump_into_a_missing_folder_is_refused_in_french(demo_db: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "pas-de-dossier" / "export.json"
    code, err = run(capsys, "dump", "--db", str(demo_db), "--out", str(out))
    assert code == 2 and str(out) in err and "dossier" in err


def test_load_of_a_folder_says_so_in_french(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = run(capsys, "load", "--db", str(tmp_path / "x.db"), str(tmp_path))
    assert code == 2 and "est un dossier" in err and "Is a directory" not in err


@pytest.mark.parametrize("argv", [
    ("check", "--week", WEEK, "--region", "IDF"),
    ("print", "listing", "--week", WEEK, "--region", "IDF", "--out", "{tmp}/l.pdf"),
    ("print", "listing", "--month", "2026-11", "--region", "IDF", "--out", "{tmp}/l.pdf"),
])
def test_an_unknown_region_is_named_not_shown_as_empty(demo_db: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str],
                                                      argv: tuple[str, ...]) -> None:
    code, err = run(capsys, *(a.format(tmp=tmp_path) for a in argv), "--db", str(demo_db))
    assert code == 2 and "région inconnue : IDF" in err
    assert not (tmp_path / "l.pdf").exists()


def test_a_missing_format_is_said_in_json_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data.json"
    data.write_text(json.dumps({"regions": []}), encoding="utf-8")
    code, err = run(capsys, "load", "--db", str(tmp_path / "x.db"), str(data))
    assert code == 2 and "format" in err and "None" not in err

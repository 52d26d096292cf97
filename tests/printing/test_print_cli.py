"""`sosdesk print …` and `sosdesk ics` from the command line (cli.md exit codes)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sosdesk.cli import main
from sosdesk.store import Store
from tests.printing.print_world import WEEK, pdf_text


def test_print_commands_write_pdfs(week_store: Store, db_path: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    db = str(db_path)
    out = tmp_path / "b1.pdf"
    assert main(["print", "schedule", "--db", db, "--week", WEEK, "--beneficiary", "B1", "--out", str(out)]) == 0
    assert "LEFÈVRE-1 Anaïs" in pdf_text(out)
    assert main(["print", "attendance", "--db", db, "--week", WEEK, "--site", "S1", "--day", "2026-11-25",
                 "--out", str(tmp_path / "a.pdf"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out.strip().splitlines()[-1])["pages"] == 1
    assert main(["print", "listing", "--db", db, "--month", "2026-11", "--out", str(tmp_path / "l.pdf")]) == 0
    assert main(["ics", "--db", db, "--professional", "P1", "--out", str(tmp_path / "p1.ics")]) == 0
    assert (tmp_path / "p1.ics").read_bytes().count(b"BEGIN:VEVENT") == 4


@pytest.mark.parametrize("argv", [
    ["print", "schedule", "--week", "2026-48", "--site", "S1"],
    ["print", "schedule", "--week", WEEK, "--site", "S9"],
    ["print", "attendance", "--week", WEEK],
    ["print", "attendance", "--week", WEEK, "--site", "S1", "--day", "24/11/2026"],
    ["print", "listing", "--month", "2026-13"],
    ["ics", "--professional", "P9"],
])
def test_bad_input_exits_2_with_a_french_message(week_store: Store, db_path: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    out = tmp_path / "x.out"
    assert main([*argv, "--db", str(db_path), "--out", str(out)]) == 2
    assert capsys.readouterr().err.startswith("erreur : ")
    assert not out.exists()

"""`sosdesk expense add|list|attach`: euros typed as in French, errors named by option, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sosdesk.cli import main
from tests.proof_samples import image_bytes, pdf_bytes
from tests.store.people_world import add_meeting, build, local


@pytest.fixture
def db(db_path: Path) -> Path:
    store = build(db_path)
    add_meeting(store, "M1", "IND_PSY", local(2026, 10, 12, 10), 60, "S1", ["P1"], ["B1"])
    store.close()
    return db_path


def test_add_list_attach(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["expense", "add", "--db", str(db), "--date", "12/10/2026", "--category", "room_rental",
                 "--amount", "120,50", "--label", "Location salle", "--meeting", "M1"]) == 0
    out, err = capsys.readouterr()
    eid = out.strip()
    assert "120,50\u00a0€" in err
    assert main(["expense", "list", "--db", str(db), "--month", "2026-10", "--missing"]) == 0
    out, err = capsys.readouterr()
    assert eid in out and "SANS JUSTIFICATIF" in out and "1 sans justificatif" in err
    receipt = tmp_path / "recu.jpg"
    receipt.write_bytes(image_bytes("JPEG"))
    assert main(["expense", "attach", "--db", str(db), eid, str(receipt)]) == 0
    capsys.readouterr()
    assert main(["expense", "list", "--db", str(db), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed == [{"id": eid, "region": "ARA", "date": "2026-10-12", "category": "room_rental",
                       "amount_cents": 12050, "label": "Location salle", "receipt": listed[0]["receipt"],
                       "has_receipt": True, "meeting": "M1", "billed_by": None}]


def test_add_with_receipt_in_one_go(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    receipt = tmp_path / "ticket.pdf"
    receipt.write_bytes(pdf_bytes(text="ticket"))
    assert main(["expense", "add", "--db", str(db), "--date", "2026-10-03", "--category", "transport",
                 "--amount", "11,40", "--label", "TER", "--receipt", str(receipt)]) == 0
    capsys.readouterr()
    assert main(["expense", "list", "--db", str(db), "--missing"]) == 0
    assert capsys.readouterr().out == ""


def test_bad_input_named_by_option_and_nothing_written(db: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["expense", "add", "--db", str(db), "--date", "32/10/2026", "--category", "food",
                 "--amount", "12,345", "--label", "x"])
    err = capsys.readouterr().err
    assert code == 2
    assert "--date : date invalide" in err and "--category : catégorie inconnue" in err
    assert "--amount : montant invalide « 12,345 » : au centime près" in err
    empty = tmp_path / "vide.pdf"
    empty.write_bytes(b"")
    assert main(["expense", "add", "--db", str(db), "--date", "12/10/2026", "--category", "other",
                 "--amount", "5", "--label", "x", "--receipt", str(empty)]) == 2
    assert "vide" in capsys.readouterr().err
    assert main(["expense", "attach", "--db", str(db), "NOPE", str(tmp_path / "absent.pdf")]) == 2
    assert "impossible de lire" in capsys.readouterr().err
    assert main(["expense", "list", "--db", str(db), "--region", "XX"]) == 2
    assert "région inconnue" in capsys.readouterr().err
    assert main(["expense", "list", "--db", str(db)]) == 0
    assert capsys.readouterr().out == ""


def test_other_roles_refused(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["expense", "add", "--db", str(db), "--user", "nat", "--region", "ARA", "--date", "12/10/2026",
                 "--category", "other", "--amount", "5", "--label", "x"]) == 2
    assert "ne peut pas saisir les dépenses" in capsys.readouterr().err

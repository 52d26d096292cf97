"""``sosdesk import`` through ``sosdesk.cli.main``: per-row report on stdout, summary on stderr,
exit 2 and nothing written when a row is wrong, --dry-run, --json, --mapping, bad arguments."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from sosdesk.cli import main
from sosdesk.store.cipher import open_file
from tests.store.people_world import build

HEADERS = ["Nom", "Prénom", "Date de naissance", "Téléphone", "Site", "Référent", "Consentement SMS"]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "office.db"
    build(path).close()
    return path


def xlsx(path: Path, rows: list[list[Any]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def snapshot(db: Path) -> tuple[bytes, bytes]:
    wal = Path(f"{db}-wal")
    return db.read_bytes(), wal.read_bytes() if wal.exists() else b""


def count(db: Path, table: str) -> int:
    with open_file(db) as con:
        return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def good_rows() -> list[list[Any]]:
    return [HEADERS, ["Roux", "Léa", "02/04/1991", "06 12 34 56 78", "Antenne Lyon 3", "Élodie Martin", "oui"],
            ["Petit", "Marc", "1985-05-03", "", "S1", "P1", "non"]]


def test_import_then_reimport(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = xlsx(tmp_path / "benef.xlsx", good_rows())
    assert main(["import", "--db", str(db), str(path), "--kind", "beneficiaries"]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0].startswith("ligne 2 : créé B-") and lines[0].endswith("(Léa Roux)")
    assert lines[1].startswith("ligne 3 : créé B-")
    assert "2 créé(s), 0 mis à jour" in err
    assert count(db, "beneficiaries") == 5
    assert main(["import", "--db", str(db), str(path), "--kind", "beneficiaires", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["written"] and report["counts"] == {"created": 0, "updated": 0, "unchanged": 2, "error": 0}
    assert count(db, "beneficiaries") == 5


def test_bad_row_exits_2_names_row_and_column_and_writes_nothing(db: Path, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    rows = good_rows() + [["Nom", f"P{i}", "01/01/1990", "", "", "", ""] for i in range(3)]
    rows.append(["Faux", "Numéro", "01/01/1980", "01 23", "S1", "", ""])
    path = xlsx(tmp_path / "benef.xlsx", rows)
    before = snapshot(db)
    assert main(["import", "--db", str(db), str(path), "--kind", "beneficiaries"]) == 2
    out, err = capsys.readouterr()
    assert "ligne 7 : erreur : Téléphone : numéro de téléphone invalide « 01 23 »" in out
    assert "ligne 2 : à créer B-" in out
    assert "rien n'a été écrit" in err
    assert snapshot(db) == before
    assert main(["import", "--db", str(db), str(path), "--kind", "beneficiaries", "--json"]) == 2
    report = json.loads(capsys.readouterr().out)
    assert not report["written"] and report["counts"]["error"] == 1
    assert report["rows"][-1]["errors"] == [{"column": "Téléphone", "field": "phone",
                                             "message": "numéro de téléphone invalide « 01 23 »"}]


def test_dry_run_writes_nothing(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = xlsx(tmp_path / "benef.xlsx", good_rows())
    before, logged = snapshot(db), count(db, "change_log")
    assert main(["import", "--db", str(db), str(path), "--kind", "beneficiaries", "--dry-run"]) == 0
    out, err = capsys.readouterr()
    assert "ligne 2 : à créer" in out and "Essai à blanc" in err and "rien n'a été écrit" in err
    assert snapshot(db) == before
    assert count(db, "change_log") == logged and count(db, "beneficiaries") == 3


def test_mapping_file_and_unknown_headers(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv_path = tmp_path / "pros.csv"
    csv_path.write_bytes("Nom;Prénom;GSM;Remarques\nLefèvre;Cécile;06 12 34 56 78;rien\n".encode("cp1252"))
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps({"GSM": "phone"}), encoding="utf-8")
    assert main(["import", "--db", str(db), str(csv_path), "--kind", "professionals",
                 "--mapping", str(mapping)]) == 0
    err = capsys.readouterr().err
    assert "colonnes ignorées : Remarques" in err
    with open_file(db) as con:
        assert con.execute("SELECT first_name, phone, region_id FROM professionals WHERE last_name = 'Lefèvre'"
                           ).fetchone() == ("Cécile", "+33612345678", "ARA")
    mapping.write_text("{pas du json", encoding="utf-8")
    assert main(["import", "--db", str(db), str(csv_path), "--kind", "professionals",
                 "--mapping", str(mapping)]) == 2
    assert "JSON invalide ligne 1" in capsys.readouterr().err


def test_meetings_import(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = xlsx(tmp_path / "rdv.xlsx", [
        ["Date", "Heure", "Durée", "Type", "Site", "Professionnels", "Bénéficiaires"],
        ["05/10/2026", "09:00", "60", "IND_PSY", "S1", "P1", "B1"],
        ["26/10/2026", "09:00", "60", "IND_PSY", "S1", "P1", "B1"]])
    assert main(["import", "--db", str(db), str(path), "--kind", "meetings"]) == 0
    capsys.readouterr()
    assert main(["dump", "--db", str(db)]) == 0
    starts = sorted(mt["start"] for mt in json.loads(capsys.readouterr().out)["meetings"])
    assert starts == ["2026-10-05T09:00:00+02:00", "2026-10-26T09:00:00+01:00"]


def test_bad_arguments(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = xlsx(tmp_path / "benef.xlsx", good_rows())
    with pytest.raises(SystemExit) as exc:
        main(["import", "--db", str(db), str(path), "--kind", "sites"])
    assert exc.value.code == 2
    assert "type d'import inconnu « sites »" in capsys.readouterr().err
    assert main(["import", "--db", str(db), str(tmp_path / "absent.xlsx"), "--kind", "beneficiaries"]) == 2
    assert "fichier introuvable" in capsys.readouterr().err
    assert main(["import", "--db", str(tmp_path / "none.db"), str(path), "--kind", "beneficiaries"]) == 2
    assert "n'existe pas" in capsys.readouterr().err
    assert not (tmp_path / "none.db").exists()
    no_name = xlsx(tmp_path / "x.xlsx", [["Couleur", "Taille"], ["bleu", "M"]])
    assert main(["import", "--db", str(db), str(no_name), "--kind", "beneficiaries"]) == 2
    assert "colonne(s) obligatoire(s) absente(s) : Nom ou Prénom" in capsys.readouterr().err
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    assert main(["import", "--db", str(db), str(broken), "--kind", "beneficiaries"]) == 2
    assert "n'est pas un classeur Excel .xlsx lisible" in capsys.readouterr().err
    assert main(["import", "--db", str(db), str(path), "--kind", "beneficiaries", "--user", "admin",
                 "--region", "IDF"]) == 2
    assert "limitée à votre région" in capsys.readouterr().err

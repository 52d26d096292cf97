"""`sosdesk report …` in each output format, on the hand-built world (figures in world.py)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from sosdesk.cli import main
from tests.usecases.reports.world import build_world

RANGE = ["--from", "2026-11-02", "--to", "2026-11-15", "--today", "2027-01-10"]


@pytest.fixture
def db(db_path: Path) -> Path:
    build_world(db_path).close()
    return db_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_table_to_stdout_in_french(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "report", "staffing", "--db", str(db), *RANGE, "--region", "ARA")
    assert code == 0
    assert "Effectifs et besoins de recrutement — du 02/11/2026 au 15/11/2026 — Auvergne-Rhône-Alpes" in out
    assert "Recrutements nécessaires : 1 (Psychologue : 1)" in out
    line = next(x for x in out.splitlines() if x.startswith("Psychologue  "))
    assert line.split()[-1] == "1" and "18" in line  # 1 080 min = 18 h of weekly demand


def test_json_keys(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "report", "finance", "--db", str(db), *RANGE, "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"report", "format", "period", "scope", "months", "regions", "expenses", "statuses",
                         "invoices", "credit_notes", "paid_by_month"}
    ara = next(r for r in data["regions"] if r["region"] == "ARA")
    assert (ara["planned_cents"], ara["held_cents"], ara["billed_cents"]) == (40800, 30000, 25000)
    code, out, _ = run(capsys, "report", "staffing", "--db", str(db), "--period", "2026-W45", "--json")
    staffing = json.loads(out)
    assert set(staffing) == {"report", "format", "period", "scope", "weeks", "professionals", "skills", "unmet",
                             "hiring"}
    assert staffing["period"]["label"] == "semaine 2026-W45"


def test_csv_parsed_back(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "report", "activity", "--db", str(db), *RANGE, "--region", "ARA", "--csv",
                       "--table", "by_type_site")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out), delimiter=";"))
    assert rows[0][:4] == ["Mois", "Type", "Lieu", "Tenus"]
    psy = next(r for r in rows if r[1] == "Entretien psychologique" and r[2] == "Antenne Lyon 3")
    assert psy[3:8] == ["1", "1", "1", "1", "0"] and psy[9] == "33,3"
    target = tmp_path / "obligations.csv"
    assert run(capsys, "report", "obligations", "--db", str(db), *RANGE, "--csv", str(target))[0] == 0
    text = target.read_text(encoding="utf-8-sig")
    assert "Couverture par bénéficiaire, type et mois" in text and "Zoé Adam" in text


def test_xlsx_opened_with_openpyxl(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "finance.xlsx"
    assert run(capsys, "report", "finance", "--db", str(db), *RANGE, "--xlsx", str(target))[0] == 0
    wb = load_workbook(target)
    assert wb.sheetnames[0] == "Synthèse" and len(wb.sheetnames) == 7
    regions = wb[wb.sheetnames[1]]
    values = [[c.value for c in row] for row in regions.iter_rows()]
    assert values[0][:5] == ["Région", "Mois", "Prévu (€)", "Réalisé (€)", "Facturé (€)"]
    assert values[1][:5] == ["Auvergne-Rhône-Alpes", "novembre 2026", 408.0, 300.0, 250.0]


def test_pdf_opened_with_pypdf(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pypdf import PdfReader

    target = tmp_path / "activity.pdf"
    assert run(capsys, "report", "activity", "--db", str(db), *RANGE, "--region", "ARA", "--pdf", str(target))[0] == 0
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Activité : présences, absences et annulations" in text
    assert "Effet des rappels" in text and "Entretien psychologique" in " ".join(text.split())
    assert "40,0" in text  # held rate 2 / 5


@pytest.mark.parametrize(("argv", "message"), [
    (["--from", "2026-11-31", "--to", "2026-12-01"], "date invalide"),
    (["--from", "2026-11-10", "--to", "2026-11-01"], "précède"),
    (["--period", "2026-W60"], "période invalide"),
    (["--period", "2026-11", "--region", "XX"], "région inconnue"),
    (["--from", "2026-11-01"], "--from et --to vont ensemble"),
])
def test_bad_input_exit_2(db: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str) -> None:
    code, out, err = run(capsys, "report", "staffing", "--db", str(db), *argv)
    assert code == 2 and message in err and err.startswith("erreur") and not out

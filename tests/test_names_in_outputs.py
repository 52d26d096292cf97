"""What a person reads never speaks in ids or codes (issue 13): on a small demo office, the rule
messages of ``check``, the planner's lines and unmet reasons, the invoice CLI's lines and the
printed listings name people, sites, meeting types and skills in French. Ids stay where programs
read them: ``--json`` (cli.md) and the invoice id on the draft's last line."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from sosdesk.cli import main
from sosdesk.store import models as m
from sosdesk.store import open_store

TODAY = "2026-11-26"
WEEK, NEXT_WEEK, MONTH = "2026-W48", "2026-W49", "2026-11"

IDS = re.compile(r"\b(?:B\d{4}|P\d{3}|M\d{4}W\d{2}-\d{4})\b|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-")
CODES = re.compile(r"\b(?:IND_PSY|IND_SOC|COL_WORK|COL_TALK|LAW_ENF|social_worker|psychologist|facilitator|"
                   r"held|planned|cancelled|no_show|absent_unexcused|absent_excused)\b")


def leaks(text: str) -> list[str]:
    """Every id or raw code found in ``text`` (empty when it reads as French)."""
    return sorted({*IDS.findall(text), *CODES.findall(text)})


def test_the_leak_finder_finds_what_it_must() -> None:
    """The scan can fail: each kind of id and code is caught, French words are not."""
    assert leaks("Refusé : 28fa53a7-4b87-4c2e-9a1b-0c3d4e5f6a7b tombe hors des disponibilités de B0049") == [
        "28fa53a7-4b87-4c2e-", "B0049"]
    assert leaks("P001 … M2026W48-0075 (IND_SOC) « social_worker » [held]") == [
        "IND_SOC", "M2026W48-0075", "P001", "held", "social_worker"]
    assert leaks("L'entretien psychologique du mardi 24/11 à 10 h 00 avec Alice Martin : réalisé, 25 582,55 €") == []


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo office whose week breaks a rule: a meeting moved onto another one of the same
    professional (H2) at another site."""
    path = tmp_path_factory.mktemp("names") / "office.db"
    assert main(["demo", "--db", str(path), "--beneficiaries", "25", "--weeks", "2", "--today", TODAY]) == 0
    store = open_store(path, create=False)
    try:
        def clash(s: object) -> None:
            from sqlalchemy import select

            from sosdesk.domain.timegrid import week_bounds_utc

            start, end = week_bounds_utc(WEEK)
            rows = list(s.scalars(select(m.Meeting).where(  # type: ignore[attr-defined]
                m.Meeting.start >= start, m.Meeting.start < end, m.Meeting.status == "planned",
                m.Meeting.deleted.is_(False)).order_by(m.Meeting.start, m.Meeting.id)))
            by_pro: dict[str, list[m.Meeting]] = {}
            for r in rows:
                for p in r.professionals:
                    by_pro.setdefault(p, []).append(r)
            first, second = next(ms[:2] for ms in by_pro.values() if len(ms) >= 2)
            second.start = first.start + timedelta(minutes=15)

        store.edit(clash, "test: two meetings of one professional overlap")
    finally:
        store.close()
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_names_people_types_and_meetings(office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "check", "--db", str(office), "--week", WEEK)
    assert code == 1 and "H2" in out and "deux rendez-vous en même temps" in out, out
    assert leaks(out + err) == []
    assert "Semaine du 23 au 29 novembre 2026" in out and "Entretien " in out


def test_check_json_keeps_ids_in_arrays_and_names_in_messages(office: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--db", str(office), "--week", WEEK, "--json")
    doc = json.loads(out)
    assert code == 1 and doc["week"] == WEEK and doc["violations"]
    for v in doc["violations"]:
        assert v["meetings"] and all(re.fullmatch(r"M\d{4}W\d{2}-\d{4}", x) for x in v["meetings"])  # cli.md
        assert v["people"] and all(re.fullmatch(r"[BP]\d+", x) for x in v["people"])
        assert leaks(v["message"]) == [], v["message"]
    assert all(re.fullmatch(r"[A-Z_]+", o["type"]) for o in doc["obligations"])  # codes stay in JSON


def test_planner_lines_and_unmet_reasons_speak_french(office: Path, tmp_path: Path) -> None:
    copy = tmp_path / "plan.db"
    copy.write_bytes(office.read_bytes())
    # its own process: the time limit counts from the start of the process (planning/command.py)
    done = subprocess.run([sys.executable, "-m", "sosdesk", "plan", "--db", str(copy), "--week", NEXT_WEEK,
                           "--time-limit", "8", "--workers", "1", "--now", "2026-11-26T10:00:00+01:00"],
                          capture_output=True, text=True, encoding="utf-8", timeout=120, check=False)
    code, out, err = done.returncode, done.stdout, done.stderr
    assert code in (0, 1) and out.strip(), err
    assert "rendez-vous proposés" in err
    assert re.search(r"^(lundi|mardi|mercredi|jeudi|vendredi) \d\d/\d\d\t\d+ h \d\d\t", out, re.M), out[:300]
    assert leaks(out + err) == []


def test_invoice_lines_name_the_meetings_missing_proof(office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "invoice", "draft", "--db", str(office), "--region", "ARA", "--month", MONTH)
    invoice_id = out.strip().splitlines()[-1]  # cli.md: the id alone on the last stdout line
    assert IDS.search(invoice_id)
    assert code == 1 and "justificatif manquant — " in err and "novembre 2026" in err
    assert leaks("\n".join(out.strip().splitlines()[:-1]) + err) == []
    code, out, err = run(capsys, "invoice", "show", "--db", str(office), "--invoice", invoice_id)
    assert code == 1 and "Justificatifs manquants :" in out and " du " in out
    assert leaks(out + err) == []


def test_printed_listings_read_without_ids(office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for option, period in (("--week", WEEK), ("--month", MONTH)):
        pdf = tmp_path / f"listing{option}.pdf"
        code, _, err = run(capsys, "print", "listing", "--db", str(office), option, period, "--out", str(pdf))
        assert code == 0, err
        text = " ".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
        assert len(text) > 500 and leaks(text) == [], leaks(text)

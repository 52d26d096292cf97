"""Right of access (issue 16): ``person export`` holds everything about one person and nothing of
another; every export, print and window opening lands in the access log, which only
administrators read."""

from __future__ import annotations

import json
import os
import stat
from datetime import date
from pathlib import Path

import pypdf
import pytest

from sosdesk.cli import main
from sosdesk.store import Store
from sosdesk.store import models as m
from sosdesk.store.dates_models import Unavailability
from sosdesk.store.notify_models import ReminderMessage
from tests.invoicing.invoicing_world import NOW, PROOF_SHA, add_meeting
from tests.privacy.conftest import PASSWORDS


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _file(store: Store) -> Path:
    with store.transaction("dossier") as (s, _):
        b1 = s.get(m.Beneficiary, "B1")
        assert b1 is not None
        b1.phone, b1.measure, b1.birth_date = "+33612345678", "semi-liberté", date(1990, 4, 1)
        s.add(Unavailability(id="U1", region_id="IDF", beneficiary_id="B1", first_date=date(2026, 10, 12),
                             last_date=date(2026, 10, 14), reason="hôpital"))
        s.add(Unavailability(id="U2", region_id="IDF", beneficiary_id="B2", first_date=date(2026, 10, 12),
                             last_date=date(2026, 10, 14), reason="audience de B2"))
    add_meeting(store, "M1", "2026-10-05T09:00:00+02:00", bens=("B1",))
    add_meeting(store, "M2", "2026-10-06T09:00:00+02:00", bens=("B2",))
    add_meeting(store, "M3", "2026-10-06T14:00:00+02:00", type="COL_WORK", minutes=90, bens=("B1", "B2"),
                attendance={"B1": "present", "B2": "absent_excused"})
    with store.transaction("notes") as (s, _):
        for mid, note in (("M2", "note sur B2 seul"), ("M3", "B2 a parlé de sa famille")):
            row = s.get(m.Meeting, mid)
            assert row is not None
            row.note = note
    with store.session() as s, s.begin():
        for key, bid in (("k1", "B1"), ("k2", "B2")):
            s.add(ReminderMessage(key=key, meeting_id="M1", beneficiary_id=bid, channel="sms", event="new",
                                  version="v", due_at=NOW, meeting_start=NOW, next_attempt_at=NOW,
                                  recipient=f"tel-{bid}", body=f"Bonjour {bid}"))
    db = store.path
    store.close()
    return db


def test_export_holds_everything_about_the_person_and_nothing_of_another(
        world: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _file(world)
    out = tmp_path / "dossier.json"
    code, _, err = run(capsys, "person", "export", "--db", str(db), "--person", "B1", "--out", str(out),
                       "--reason", "demande écrite du 02/11")
    assert code == 0, err
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    record = json.loads(out.read_text("utf-8"))
    assert record["format"] == "sosdesk-person/1"
    person = record["person"]
    assert (person["id"], person["first_name"], person["phone"], person["measure"], person["birth_date"]) == (
        "B1", "Jérôme1", "+33612345678", "semi-liberté", "1990-04-01")
    assert [mt["id"] for mt in record["meetings"]] == ["M1", "M3"]
    collective = record["meetings"][1]
    assert collective["attendance"] == "present" and collective["collective"] and collective["note"] is None
    assert [a["id"] for a in record["unavailabilities"]] == ["U1"]
    assert [r["recipient"] for r in record["reminders"]] == ["tel-B1"]
    assert [a["sha256"] for a in record["attachments"]] == [PROOF_SHA]
    rows = {(e["table"], e["row"]) for e in record["change_log"]}
    assert ("beneficiaries", "B1") in rows and ("unavailabilities", "U1") in rows and ("meetings", "M3") in rows
    assert all("changes" not in e for e in record["change_log"] if e["table"] == "meetings")
    text = out.read_text("utf-8")
    for other in ("Jérôme2", "B2 a parlé", "note sur B2", "tel-B2", "audience de B2", '"U2"', '"M2"'):
        assert other not in text, other
    # Exports are logged: the second export lists the first one.
    pdf = tmp_path / "dossier.pdf"
    code, _, err = run(capsys, "person", "export", "--db", str(db), "--beneficiary", "B1", "--out", str(pdf))
    assert code == 0, err
    pages = "".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages)
    assert "Dossier de Jérôme1 Çelik" in pages and "Entretien psychologique" in pages
    assert "demande écrite du 02/11" in pages and "Jérôme2" not in pages


def test_access_log_lists_exports_prints_and_is_for_administrators(
        protected: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    db = _file(protected)
    monkeypatch.setenv("SOSDESK_PASSWORD", PASSWORDS["valid-IDF"])
    code, _, err = run(capsys, "person", "export", "--db", str(db), "--person", "B1", "--out",
                       str(tmp_path / "x.json"), "--user", "valid-IDF")
    assert code == 2 and "ne peut pas exporter le dossier" in err and not (tmp_path / "x.json").exists()
    code, _, err = run(capsys, "access-log", "--db", str(db), "--user", "valid-IDF")
    assert code == 2 and "journal des accès" in err
    monkeypatch.setenv("SOSDESK_PASSWORD", PASSWORDS["admin-IDF"])
    assert run(capsys, "person", "export", "--db", str(db), "--person", "B1", "--out", str(tmp_path / "a.json"),
               "--user", "admin-IDF", "--reason", "contrôle CNIL")[0] == 0
    assert run(capsys, "print", "schedule", "--db", str(db), "--week", "2026-W41", "--beneficiary", "B2",
               "--out", str(tmp_path / "b2.pdf"), "--user", "admin-IDF")[0] == 0
    monkeypatch.setenv("SOSDESK_PASSWORD", PASSWORDS["nat"])
    code, out, err = run(capsys, "access-log", "--db", str(db), "--user", "nat", "--json")
    assert code == 0, err
    entries = json.loads(out)
    assert [(e["user"], e["action"], e["person"], e["reason"]) for e in entries] == [
        ("admin-IDF", "export", "B1", "contrôle CNIL"), ("admin-IDF", "print", "B2", "")]
    assert entries[1]["detail"] == "planning 2026-W41" and entries[0]["person_name"] == "Jérôme1 Çelik"
    code, out, _ = run(capsys, "access-log", "--db", str(db), "--user", "nat", "--person", "B2")
    assert code == 0 and "Admin IDF : document imprimé, Jérôme2 Çelik (planning 2026-W41)" in out
    assert "B1" not in out and "Jérôme1" not in out
    code, _, err = run(capsys, "person", "export", "--db", str(db), "--person", "B99", "--out",
                       str(tmp_path / "c.json"), "--user", "nat")
    assert code == 2 and "bénéficiaire inconnu : B99" in err

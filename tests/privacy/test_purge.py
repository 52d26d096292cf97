"""Retention and purge (issue 16): a dry run lists, a real run erases everything personal while the
validated invoice that billed the person still prints with its totals; an invoice not yet
validated refuses the purge whole."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from sosdesk.cli import main
from sosdesk.invoicing.drafts import actor_for, national_draft, regional_draft
from sosdesk.invoicing.workflow import apply_step
from sosdesk.store import Store, open_store
from sosdesk.store import models as m
from sosdesk.store.dates_models import Unavailability
from sosdesk.store.invoice_models import Invoice
from sosdesk.store.notify_models import ReminderMessage
from tests.invoicing.invoicing_world import NOW, add_meeting
from tests.privacy.conftest import PASSWORDS

TODAY = "2032-03-01"  # retention 5 years: follow-ups ended before 2027-03-01 go
SURNAME = "Zorglubova"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _people(store: Store) -> None:
    with store.transaction("people") as (s, _):
        b1 = s.get(m.Beneficiary, "B1")
        assert b1 is not None
        b1.last_name, b1.birth_date, b1.phone = SURNAME, date(1990, 4, 1), "+33612345678"
        b1.measure, b1.measure_end = "semi-liberté", date(2026, 10, 31)
        b2 = s.get(m.Beneficiary, "B2")
        assert b2 is not None
        b2.measure_end = date(2031, 12, 31)  # still within retention
        b4 = s.get(m.Beneficiary, "B4")
        assert b4 is not None
        b4.measure_end = date(2026, 5, 31)
        s.add(Unavailability(id="U1", region_id="IDF", beneficiary_id="B1", first_date=date(2026, 10, 12),
                             last_date=date(2026, 10, 14), reason=f"hôpital {SURNAME}"))
    with store.session() as s, s.begin():
        s.add(ReminderMessage(key="k1", meeting_id="M1", beneficiary_id="B1", channel="sms", event="new",
                              version="v", due_at=NOW, meeting_start=NOW, next_attempt_at=NOW,
                              recipient="+33612345678", body=f"Bonjour {SURNAME}"))


def _validated(world: Store) -> tuple[str, int]:
    add_meeting(world, "M1", "2026-10-05T09:00:00+02:00", bens=("B1",))
    add_meeting(world, "M3", "2026-10-06T14:00:00+02:00", type="COL_WORK", minutes=90, bens=("B1", "B2"))
    reg, _ = regional_draft(world, actor_for(world), "IDF", "2026-10", now=NOW)
    apply_step(world, actor_for(world), reg, "submit", now=NOW)
    apply_step(world, actor_for(world, "valid-IDF"), reg, "approve", now=NOW)
    nat, _ = national_draft(world, actor_for(world, "nat"), "2026-10", now=NOW)
    apply_step(world, actor_for(world, "nat"), nat, "submit", now=NOW)
    apply_step(world, actor_for(world, "nat"), nat, "validate", now=NOW)
    with world.session() as s:
        row = s.get(Invoice, nat)
        assert row is not None
        return nat, row.total_ttc_cents


@pytest.fixture
def purge_world(world: Store) -> tuple[Path, str, int]:
    _people(world)
    invoice, total = _validated(world)
    # Not billed: B1 alone in November, and with B2 in a collective meeting; B4 alone in May.
    add_meeting(world, "M5", "2026-11-09T09:00:00+01:00", bens=("B1",), status="planned")
    add_meeting(world, "M6", "2026-11-10T14:00:00+01:00", type="COL_WORK", minutes=90, bens=("B1", "B2"),
                status="planned")
    add_meeting(world, "M7", "2026-05-11T09:00:00+02:00", bens=("B4",))
    db = world.path
    world.close()
    return db, invoice, total


def _digest(db: Path) -> str:
    return hashlib.sha256(b"".join(p.read_bytes() for p in (db, db.with_name(db.name + "-wal"))
                                   if p.exists())).hexdigest()


def test_dry_run_lists_and_changes_nothing(purge_world: tuple[Path, str, int],
                                           capsys: pytest.CaptureFixture[str]) -> None:
    db, _, _ = purge_world
    before = _digest(db)
    code, out, err = run(capsys, "purge", "--db", str(db), "--dry-run", "--today", TODAY, "--json")
    assert code == 0, err
    plan = json.loads(out)
    assert plan["cutoff"] == "2027-03-01" and plan["retention_years"] == 5
    assert [p["beneficiary"] for p in plan["people"]] == ["B1", "B4"]
    b1 = plan["people"][0]
    assert b1["meetings"] == 4 and b1["billed_meetings"] == 2 and b1["blocking_invoices"] == []
    code, out, _ = run(capsys, "purge", "--db", str(db), "--dry-run", "--today", TODAY)
    assert code == 0 and f"Jérôme1 {SURNAME}" in out and "seraient effacées" in out
    assert _digest(db) == before


def test_purge_erases_the_person_and_the_validated_invoice_still_prints(
        purge_world: tuple[Path, str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, invoice, total = purge_world
    pdf_before = tmp_path / "avant.pdf"
    assert run(capsys, "invoice", "export", "--db", str(db), "--invoice", invoice, "--format", "json",
               "--out", str(pdf_before.with_suffix(".json")))[0] == 0
    code, out, err = run(capsys, "purge", "--db", str(db), "--today", TODAY)
    assert code == 0, err
    assert "2 personne(s) effacées" in out

    store = open_store(db)
    try:
        with store.session() as s:
            b1 = s.get(m.Beneficiary, "B1")
            assert b1 is not None and b1.deleted and b1.purged_at == date(2032, 3, 1)
            assert (b1.first_name, b1.last_name, b1.birth_date, b1.phone, b1.measure) == (
                "", "Personne effacée B1", None, "", "")
            meetings = {mt.id: mt for mt in s.scalars(select(m.Meeting))}
            # Billed by the validated invoice: kept as they were (ids only).
            assert not meetings["M1"].deleted and meetings["M1"].beneficiaries == ["B1"]
            assert meetings["M3"].beneficiaries == ["B1", "B2"]
            # Not billed: B1's own meeting goes, the collective one loses B1 only.
            assert meetings["M5"].deleted
            assert not meetings["M6"].deleted and meetings["M6"].beneficiaries == ["B2"]
            assert meetings["M7"].deleted
            u1 = s.get(Unavailability, "U1")
            assert u1 is not None and u1.deleted and u1.reason == ""
            assert not list(s.scalars(select(ReminderMessage).where(ReminderMessage.beneficiary_id == "B1")))
            b2 = s.get(m.Beneficiary, "B2")
            assert b2 is not None and not b2.deleted and b2.first_name == "Jérôme2"
            row = s.get(Invoice, invoice)
            assert row is not None and row.status == "validated" and row.total_ttc_cents == total
    finally:
        store.close()
    # Nothing left in the file nor its WAL: change log and outbox are redacted, pages overwritten.
    raw = b"".join(p.read_bytes() for p in (db, db.with_name(db.name + "-wal")) if p.exists())
    assert SURNAME.encode() not in raw and b"+33612345678" not in raw
    assert b"semi-libert" not in raw
    # The validated invoice still exports, same totals, same lines.
    after = tmp_path / "apres.json"
    assert run(capsys, "invoice", "export", "--db", str(db), "--invoice", invoice, "--format", "json",
               "--out", str(after))[0] == 0
    assert json.loads(after.read_text("utf-8")) == json.loads(pdf_before.with_suffix(".json").read_text("utf-8"))
    pdf = tmp_path / "facture.pdf"
    assert run(capsys, "invoice", "export", "--db", str(db), "--invoice", invoice, "--format", "pdf",
               "--out", str(pdf))[0] == 0
    # A purge took a copy first (in backups/, 0600): it still holds the person until rotated away.
    assert any("effacement" in p.name for p in (db.parent / "backups").iterdir())
    # Nothing more to purge.
    code, out, _ = run(capsys, "purge", "--db", str(db), "--today", TODAY, "--dry-run")
    assert code == 0 and out.startswith("0 personne(s)")


def test_an_invoice_not_yet_validated_refuses_the_purge(world: Store, capsys: pytest.CaptureFixture[str]) -> None:
    _people(world)
    add_meeting(world, "M7", "2026-05-11T09:00:00+02:00", bens=("B4",))
    regional_draft(world, actor_for(world), "IDF", "2026-05", now=NOW)
    db = world.path
    world.close()
    before = _digest(db)
    code, out, _ = run(capsys, "purge", "--db", str(db), "--today", TODAY, "--dry-run")
    assert code == 1 and "BLOQUÉ" in out
    code, _, err = run(capsys, "purge", "--db", str(db), "--today", TODAY)
    assert code == 2 and "effacement refusé" in err and "Jérôme4 Çelik" in err
    assert _digest(db) == before


def test_before_option_and_retention_setting(world: Store, capsys: pytest.CaptureFixture[str]) -> None:
    _people(world)
    db = world.path
    world.close()
    code, out, _ = run(capsys, "purge", "--db", str(db), "--today", TODAY, "--before", "2026-07-01",
                       "--dry-run", "--json")
    assert code == 0 and [p["beneficiary"] for p in json.loads(out)["people"]] == ["B4"]
    assert run(capsys, "retention", "--db", str(db), "--years", "3", "--user", "admin-IDF")[0] == 2
    assert run(capsys, "retention", "--db", str(db), "--years", "0", "--user", "nat")[0] == 2
    assert run(capsys, "retention", "--db", str(db), "--years", "10", "--user", "nat")[0] == 0
    code, out, _ = run(capsys, "purge", "--db", str(db), "--today", TODAY, "--dry-run", "--json")
    assert json.loads(out)["retention_years"] == 10 and json.loads(out)["people"] == []
    code, _, err = run(capsys, "purge", "--db", str(db), "--today", TODAY, "--before", "2040-01-01")
    assert code == 2 and "futur" in err


def test_only_administrators_purge(protected: Store, capsys: pytest.CaptureFixture[str],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    _people(protected)
    db = protected.path
    protected.close()
    monkeypatch.setenv("SOSDESK_PASSWORD", PASSWORDS["valid-IDF"])
    code, _, err = run(capsys, "purge", "--db", str(db), "--today", TODAY, "--user", "valid-IDF")
    assert code == 2 and "ne peut pas effacer des données personnelles" in err
    monkeypatch.setenv("SOSDESK_PASSWORD", PASSWORDS["admin-IDF"])
    code, _, err = run(capsys, "purge", "--db", str(db), "--today", TODAY, "--user", "admin-IDF")
    assert code == 0, err



def test_an_old_file_cannot_bring_an_erased_person_back(purge_world: tuple[Path, str, int], tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    db, _, _ = purge_world
    old = tmp_path / "ancien.json"
    assert run(capsys, "dump", "--db", str(db), "--out", str(old))[0] == 0
    assert run(capsys, "purge", "--db", str(db), "--today", TODAY)[0] == 0
    code, _, err = run(capsys, "load", "--db", str(db), str(old))
    assert code == 2 and "personnes effacées" in err and "B1" in err
    store = open_store(db)
    try:
        with store.session() as s:
            b1 = s.get(m.Beneficiary, "B1")
            assert b1 is not None and b1.deleted and b1.last_name == "Personne effacée B1"
    finally:
        store.close()

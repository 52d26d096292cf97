"""Proof by the day's attendance sheet (pricing.md §3): one scan for a site and local day proves the
meetings held there that day; the table is created by the migration and synced like any edit."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select

from sosdesk.domain.errors import InputError
from sosdesk.domain.permissions import PermissionDenied
from sosdesk.invoicing.day_sheets import attach_day_sheet, day_sheets
from sosdesk.invoicing.drafts import actor_for, regional_draft
from sosdesk.store import Store, open_store
from sosdesk.store import models as m
from sosdesk.store.base import Base
from sosdesk.store.invoice_models import AttendanceSheet, Invoice, InvoiceFrozenError
from sosdesk.store.ops_meetings import EditRefused
from tests.invoicing.invoicing_world import NOW, add_meeting
from tests.proof_samples import image_bytes, pdf_bytes

SCAN = pdf_bytes(text="feuille du jour signée")
OWN_TABLES = {"invoices", "invoice_events", "attendance_sheets", "frozen_items"}


def missing_ids(store: Store) -> set[str]:
    invoice_id, _ = regional_draft(store, actor_for(store), "IDF", "2026-10", now=NOW)
    with store.session() as s:
        inv = s.get(Invoice, invoice_id)
        assert inv is not None
        return {p["id"] for p in inv.missing_proof}


def test_migration_creates_the_invoicing_tables_as_the_models_say(world: Store) -> None:
    with world.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    ours = [d for d in diffs if any(t in repr(d) for t in OWN_TABLES)]
    assert ours == []
    with world.session() as s:
        assert s.scalars(select(AttendanceSheet)).all() == []


def test_day_sheet_proves_that_sites_meetings_of_that_local_day_only(world: Store) -> None:
    add_meeting(world, "M1", "2026-10-05T09:00:00+02:00", proof=False)
    add_meeting(world, "M2", "2026-10-05T23:30:00+02:00", proof=False)  # still the 5th in Paris
    add_meeting(world, "M3", "2026-10-06T00:30:00+02:00", proof=False)  # the 6th (22:30 UTC on the 5th)
    add_meeting(world, "M4", "2026-10-05T14:00:00+02:00", site="S3", proof=False)  # other site
    assert missing_ids(world) == {"M1", "M2", "M3", "M4"}

    sheet_id, changes = attach_day_sheet(world, "S1", date(2026, 10, 5), "emargement-5.pdf", SCAN,
                                         "application/pdf", note="matin et soir")
    assert changes.ids("attendance_sheets") == {sheet_id}
    assert missing_ids(world) == {"M3", "M4"}
    with world.session() as s:
        sheet = s.get(AttendanceSheet, sheet_id)
        assert sheet is not None
        assert (sheet.region_id, sheet.site_id, sheet.date, sheet.note) == ("IDF", "S1", date(2026, 10, 5),
                                                                            "matin et soir")
        stored = s.get(m.Attachment, sheet.attachment_id)
        assert stored is not None and stored.content == SCAN and stored.filename == "emargement-5.pdf"
        assert [x.id for x in day_sheets(s, date(2026, 10, 5), ["S1"])] == [sheet_id]
        assert day_sheets(s, date(2026, 10, 5), ["S3"]) == []


def test_attaching_the_same_scan_twice_keeps_one_sheet_and_is_synced(world: Store) -> None:
    first, _ = attach_day_sheet(world, "S1", date(2026, 10, 5), "a.pdf", SCAN, "application/pdf")
    again, changes = attach_day_sheet(world, "S1", date(2026, 10, 5), "a.pdf", SCAN, "application/pdf")
    assert again == first and not changes
    other, _ = attach_day_sheet(world, "S1", date(2026, 10, 5), "apres-midi.jpg", image_bytes("JPEG"), "image/jpeg")
    assert other != first
    with world.session() as s:
        assert len(s.scalars(select(AttendanceSheet)).all()) == 2
        outbox = s.scalars(select(m.OutboxOp).where(m.OutboxOp.table_name == "attendance_sheets")).all()
        assert {o.row_id for o in outbox} == {first, other}
        logged = s.scalars(select(m.ChangeLog).where(m.ChangeLog.table_name == "attendance_sheets")).all()
        assert {x.user_id for x in logged} == {"admin-IDF"}


def test_bad_sheet_is_refused_and_nothing_written(world: Store) -> None:
    with pytest.raises(InputError, match="vide"):
        attach_day_sheet(world, "S1", date(2026, 10, 5), "vide.pdf", b"", "application/pdf")
    with pytest.raises(EditRefused, match="lieu introuvable"):
        attach_day_sheet(world, "S9", date(2026, 10, 5), "a.pdf", SCAN, "application/pdf")
    world.set_user("valid-IDF")
    with pytest.raises(PermissionDenied):
        attach_day_sheet(world, "S1", date(2026, 10, 5), "a.pdf", SCAN, "application/pdf")
    with world.session() as s:
        assert s.scalars(select(AttendanceSheet)).all() == []
        assert s.get(m.Attachment, "0" * 64) is None


def test_sheet_of_a_validated_invoice_stays(world: Store) -> None:
    from tests.invoicing.test_workflow import validated_national

    add_meeting(world, "M1", "2026-10-05T09:00:00+02:00", proof=False)
    sheet_id, _ = attach_day_sheet(world, "S1", date(2026, 10, 5), "a.pdf", SCAN, "application/pdf")
    assert validated_national(world).status == "validated"  # submission accepted: proof by the sheet
    with (pytest.raises(InvoiceFrozenError, match="feuille d'émargement du 05/10/2026"),
          world.transaction("retirer") as (s, _)):
        sheet = s.get(AttendanceSheet, sheet_id)
        assert sheet is not None
        sheet.deleted = True
    with world.transaction("note") as (s, _):
        sheet = s.get(AttendanceSheet, sheet_id)
        assert sheet is not None
        sheet.note = "original au classeur"


def test_sheets_travel_in_the_data_file(world: Store, tmp_path: Path) -> None:
    from sosdesk.invoicing import interchange_section
    from sosdesk.store import interchange

    interchange_section.register()
    sheet_id, _ = attach_day_sheet(world, "S1", date(2026, 10, 5), "a.pdf", SCAN, "application/pdf", note="n")
    data = json.loads(interchange.dump_store(world))
    assert data["attendance_sheets"] == [{"id": sheet_id, "region": "IDF", "site": "S1", "date": "2026-10-05",
                                          "attachment": hashlib.sha256(SCAN).hexdigest(), "note": "n"}]
    fresh = open_store(tmp_path / "fresh.db")
    interchange.load_data(fresh, data)
    with fresh.session() as s:
        assert [x.id for x in day_sheets(s, date(2026, 10, 5))] == [sheet_id]
    bad = dict(data, attendance_sheets=[dict(data["attendance_sheets"][0], id="X", attachment="f" * 64)])
    other = open_store(tmp_path / "other.db")
    with pytest.raises(InputError, match="pièce jointe absente"):
        interchange.load_data(other, bad)
    other.close()
    fresh.close()

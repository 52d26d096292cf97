"""Regional and national drafts on a real store: lines, proof list, regeneration, bad input."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sosdesk.domain.errors import InputError
from sosdesk.domain.invoice_workflow import WorkflowError
from sosdesk.domain.permissions import Actor, PermissionDenied
from sosdesk.invoicing.drafts import actor_for, add_custom_line, national_draft, regional_draft
from sosdesk.invoicing.workflow import apply_step
from sosdesk.store import Store
from sosdesk.store import models as m
from sosdesk.store.invoice_models import Invoice
from tests.invoicing.invoicing_world import NOW, SPEC_RATES, add_expense, add_meeting, build_world


def draft(store: Store, month: str = "2026-10") -> Invoice:
    invoice_id, _ = regional_draft(store, actor_for(store), "IDF", month, now=NOW)
    with store.session() as s:
        inv = s.get(Invoice, invoice_id)
        assert inv is not None
        return inv


def count_invoices(store: Store) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(Invoice)) or 0)


def test_open_store_creates_the_invoice_tables(world: Store) -> None:
    with world.session() as s:
        assert s.scalar(select(func.count()).select_from(Invoice)) == 0


def test_draft_lines_keep_their_items_and_proof_annex(world: Store) -> None:
    add_meeting(world, "M1", "2026-10-05T09:00:00+02:00")
    add_meeting(world, "M2", "2026-10-05T11:00:00+02:00", site="S2")
    add_meeting(world, "M3", "2026-11-02T09:00:00+01:00")  # next month: not in October
    add_expense(world, "E1", "2026-10-03", "room_rental", 12000)
    inv = draft(world)
    assert [(x["kind"], x["amount_cents"], x["items"]) for x in inv.lines] == [
        ("meeting", 6500, ["M1"]), ("meeting", 7150, ["M2"]), ("travel", 5600, ["M2"]),
        ("expense", 12000, ["E1"])]
    assert (inv.total_ht_cents, inv.vat_cents, inv.total_ttc_cents) == (31250, 0, 31250)
    assert {r["id"] for r in inv.annex} == {"M1", "M2", "P1|2026-10-05", "E1"}
    meeting_row = next(r for r in inv.annex if r["id"] == "M1")
    assert meeting_row["beneficiaries"] == ["J.Ç. (B1)"]  # initials + id, never the full name
    assert inv.rate_versions == ["2026-01-01"]


def test_missing_proof_list_says_what_to_do(world: Store) -> None:
    add_meeting(world, "PAST", "2026-10-05T09:00:00+02:00", status="planned")
    add_meeting(world, "NOATT", "2026-10-06T09:00:00+02:00", attendance={})
    add_meeting(world, "NODOC", "2026-10-07T09:00:00+02:00", proof=False)
    add_expense(world, "E9", "2026-10-08", "materials", 990, receipt=False)
    inv = draft(world)
    assert [(p["kind"], p["id"]) for p in inv.missing_proof] == [
        ("meeting", "PAST"), ("meeting", "NOATT"), ("meeting", "NODOC"), ("expense", "E9")]
    assert all(p["reason"] for p in inv.missing_proof)


def test_proof_document_not_required_when_settings_say_so(world: Store) -> None:
    with world.transaction("settings") as (s, _):
        row = s.get(m.Setting, "settings")
        assert row is not None
        row.data = {**row.data, "require_proof_document": False}
    add_meeting(world, "NODOC", "2026-10-07T09:00:00+02:00", proof=False)
    assert draft(world).missing_proof == []


def test_empty_month_gives_an_empty_valid_draft(world: Store) -> None:
    inv = draft(world, "2026-07")
    assert inv.lines == [] and inv.total_ttc_cents == 0 and inv.missing_proof == []


def test_regenerating_keeps_one_draft_and_its_custom_lines(world: Store) -> None:
    add_meeting(world, "M1", "2026-10-05T09:00:00+02:00")
    first = draft(world)
    add_custom_line(world, actor_for(world), first.id, "Séance supplémentaire", Decimal(1), Decimal(2500),
                    justification="demande du SPIP du 12/10")
    add_meeting(world, "M2", "2026-10-06T09:00:00+02:00")
    again = draft(world)
    assert again.id == first.id and count_invoices(world) == 1
    assert [x["kind"] for x in again.lines] == ["meeting", "custom"]
    assert again.lines[-1]["justification"] == "demande du SPIP du 12/10"
    assert again.total_ht_cents == 13000 + 2500


def test_regional_custom_line_needs_a_justification(world: Store) -> None:
    inv = draft(world)
    with pytest.raises(InputError, match="justifiée"):
        add_custom_line(world, actor_for(world), inv.id, "Divers", Decimal(1), Decimal(100))


def test_missing_rate_writes_no_draft(world: Store) -> None:
    with world.transaction("type") as (s, _):
        s.add(m.MeetingType(id="MEDIATION", label="Médiation", kind="individual", minutes=60))
    add_meeting(world, "M1", "2026-10-05T09:00:00+02:00", type="MEDIATION")
    with pytest.raises(InputError, match="MEDIATION"):
        draft(world)
    assert count_invoices(world) == 0


def test_rate_gap_in_a_newer_version_names_the_type(world: Store) -> None:
    with world.transaction("rates") as (s, _):
        s.add(m.RateTable(id="2026-10-15", valid_from=date(2026, 10, 15), content={
            **SPEC_RATES, "meeting_types": {"IND_PSY": SPEC_RATES["meeting_types"]["IND_PSY"]}}))
    add_meeting(world, "M1", "2026-10-20T09:00:00+02:00", type="LAW_ENF")
    with pytest.raises(InputError, match="LAW_ENF"):
        draft(world)


def test_unknown_region_and_bad_month(world: Store) -> None:
    with pytest.raises(PermissionDenied, match="ZZZ"):
        regional_draft(world, actor_for(world), "ZZZ", "2026-10", now=NOW)
    national_admin = Actor("x", "regional_admin", None)
    with pytest.raises(InputError, match="région inconnue : ZZZ"):
        regional_draft(world, national_admin, "ZZZ", "2026-10", now=NOW)
    with pytest.raises(InputError, match="mois invalide"):
        regional_draft(world, actor_for(world), "IDF", "2026-13", now=NOW)


def test_submitted_draft_cannot_be_regenerated(world: Store) -> None:
    add_meeting(world, "M1", "2026-10-05T09:00:00+02:00")
    inv = draft(world)
    apply_step(world, actor_for(world), inv.id, "submit", now=NOW)
    with pytest.raises(WorkflowError, match="seul un brouillon"):
        draft(world)
    assert count_invoices(world) == 1


def test_national_draft_lists_regions_not_approved(tmp_path: Path) -> None:
    store = build_world(tmp_path / "two.db", regions=("IDF", "ARA"))
    add_meeting(store, "M1", "2026-10-05T09:00:00+02:00")
    inv = draft(store)
    apply_step(store, actor_for(store), inv.id, "submit", now=NOW)
    apply_step(store, actor_for(store, "valid-IDF"), inv.id, "approve", now=NOW)
    nat_id, _ = national_draft(store, actor_for(store, "nat"), "2026-10", now=NOW)
    with store.session() as s:
        nat = s.get(Invoice, nat_id)
        assert nat is not None
        assert nat.missing_regions == ["ARA"] and nat.sources == [inv.id]
        assert nat.total_ht_cents == 6500 and nat.lines[0]["label"].startswith("Île-de-France — ")
    with pytest.raises(WorkflowError, match="justificatif"):
        apply_step(store, actor_for(store, "nat"), nat_id, "submit", now=NOW)
    store.close()


def test_rate_preview_says_how_a_new_version_moves_the_draft(world: Store) -> None:
    from sosdesk.invoicing.preview import preview_rate_version

    add_meeting(world, "M1", "2026-10-05T09:00:00+02:00")
    add_meeting(world, "M2", "2026-10-20T09:00:00+02:00")
    newer = {**SPEC_RATES, "meeting_types": {**SPEC_RATES["meeting_types"], "IND_PSY": {
        **SPEC_RATES["meeting_types"]["IND_PSY"], "price_cents": 7000}}}
    preview = preview_rate_version(world, "IDF", "2026-10", date(2026, 10, 15), newer, now=NOW)
    assert (preview.before_cents, preview.after_cents, preview.delta_cents) == (13000, 13500, 500)
    assert preview.sentence() == ("cette version changerait le brouillon d'octobre 2026 pour la région Île-de-France de "
                                  "+5,00\u00a0€")

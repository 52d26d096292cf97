"""The invoice workflow on a real store: roles, history, gapless numbering, immutability, credit notes."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from sosdesk.domain.invoice_workflow import WorkflowError, allowed_steps, next_number
from sosdesk.domain.permissions import Actor, PermissionDenied
from sosdesk.invoicing.drafts import actor_for, national_draft, regional_draft
from sosdesk.invoicing.rates import save_rate_version
from sosdesk.invoicing.workflow import MissingProofError, apply_step, credit_note, verify
from sosdesk.store import Store
from sosdesk.store import models as m
from sosdesk.store.invoice_models import Invoice, InvoiceEvent, InvoiceFrozenError
from tests.invoicing.invoicing_world import NOW, PROOF_SHA, SPEC_RATES, add_expense, add_meeting


def step(store: Store, user: str, invoice_id: str, name: str, comment: str = "",
         now: datetime = NOW) -> Invoice:
    return apply_step(store, actor_for(store, user), invoice_id, name, comment, now=now)[0]


def validated_national(store: Store, month: str = "2026-10", now: datetime = NOW) -> Invoice:
    reg, _ = regional_draft(store, actor_for(store, "admin-IDF"), "IDF", month, now=now)
    step(store, "admin-IDF", reg, "submit", now=now)
    step(store, "valid-IDF", reg, "approve", "conforme", now=now)
    nat, _ = national_draft(store, actor_for(store, "nat"), month, now=now)
    step(store, "nat", nat, "submit", now=now)
    return step(store, "nat", nat, "validate", now=now)


def test_roles_only_do_their_steps(world: Store) -> None:
    add_meeting(world, "M1", "2026-10-05T09:00:00+02:00")
    reg, _ = regional_draft(world, actor_for(world), "IDF", "2026-10", now=NOW)
    with pytest.raises(PermissionDenied):
        step(world, "valid-IDF", reg, "submit")
    step(world, "admin-IDF", reg, "submit")
    for user in ("admin-IDF", "nat"):
        with pytest.raises(PermissionDenied, match="Valideur régional"):
            step(world, user, reg, "approve")
    with pytest.raises(PermissionDenied):
        regional_draft(world, actor_for(world, "nat"), "IDF", "2026-10", now=NOW)
    with pytest.raises(PermissionDenied):
        national_draft(world, actor_for(world, "admin-IDF"), "2026-10", now=NOW)
    assert allowed_steps(actor_for(world, "valid-IDF"), "regional", "submitted", "IDF") == ["approve", "reject"]
    assert allowed_steps(actor_for(world, "admin-IDF"), "regional", "submitted", "IDF") == []
    assert allowed_steps(Actor("v2", "regional_validator", "ARA"), "regional", "submitted", "IDF") == []


def test_reject_needs_a_comment_and_returns_to_draft_with_history(world: Store) -> None:
    add_meeting(world, "M1", "2026-10-05T09:00:00+02:00")
    reg, _ = regional_draft(world, actor_for(world), "IDF", "2026-10", now=NOW)
    step(world, "admin-IDF", reg, "submit")
    with pytest.raises(WorkflowError, match="commentaire"):
        step(world, "valid-IDF", reg, "reject")
    inv = step(world, "valid-IDF", reg, "reject", "la réunion du 5 manque")
    assert inv.status == "draft"
    with world.session() as s:
        events = [(e.user_id, e.action, e.from_status, e.to_status, e.comment) for e in s.scalars(
            select(InvoiceEvent).where(InvoiceEvent.invoice_id == reg).order_by(InvoiceEvent.at))]
    assert events[-2:] == [("admin-IDF", "submit", "draft", "submitted", ""),
                           ("valid-IDF", "reject", "submitted", "draft", "la réunion du 5 manque")]


def test_submission_refused_while_proof_is_missing(world: Store) -> None:
    add_meeting(world, "M1", "2026-10-05T09:00:00+02:00", proof=False)
    reg, _ = regional_draft(world, actor_for(world), "IDF", "2026-10", now=NOW)
    with pytest.raises(MissingProofError) as err:
        step(world, "admin-IDF", reg, "submit")
    assert [i["id"] for i in err.value.items] == ["M1"]
    with world.session() as s:
        assert s.get(Invoice, reg).status == "draft"  # type: ignore[union-attr]


def test_submit_judges_current_data(world: Store) -> None:
    add_meeting(world, "M1", "2026-10-05T09:00:00+02:00", proof=False)
    reg, _ = regional_draft(world, actor_for(world), "IDF", "2026-10", now=NOW)
    with world.transaction("proof") as (s, _):
        row = s.get(m.Meeting, "M1")
        assert row is not None
        row.proof = PROOF_SHA
    assert step(world, "admin-IDF", reg, "submit").status == "submitted"


def test_validation_numbers_freezes_and_refuses_a_second_time(world: Store) -> None:
    add_meeting(world, "M1", "2026-10-05T09:00:00+02:00")
    inv = validated_national(world)
    assert inv.number == "SOS-2026-000001" and inv.status == "validated"
    with world.session() as s:
        fresh = s.get(Invoice, inv.id)
        assert fresh is not None and verify(fresh)
    with pytest.raises(WorkflowError, match="déjà validée"):
        step(world, "nat", inv.id, "validate")
    assert step(world, "nat", inv.id, "paid").status == "paid"


def test_gapless_numbers_restart_each_year() -> None:
    assert next_number("SOS", 2026, []) == "SOS-2026-000001"
    assert next_number("SOS", 2026, ["SOS-2026-000001", "SOS-2026-000002", "SOS-2025-000007"]) == \
        "SOS-2026-000003"
    assert next_number("SOS", 2027, ["SOS-2026-000002"]) == "SOS-2027-000001"


def test_numbering_across_years_on_the_store(world: Store) -> None:
    add_meeting(world, "M1", "2026-11-05T09:00:00+01:00")
    add_meeting(world, "M2", "2026-12-07T09:00:00+01:00")
    add_meeting(world, "M3", "2027-01-05T09:00:00+01:00")
    nov = validated_national(world, "2026-11", now=datetime(2026, 12, 2, 10, tzinfo=UTC))
    dec = validated_national(world, "2026-12", now=datetime(2026, 12, 31, 23, 30, tzinfo=UTC))  # 1 Jan in Paris
    jan = validated_national(world, "2027-01", now=datetime(2027, 2, 3, 10, tzinfo=UTC))
    assert [nov.number, dec.number, jan.number] == ["SOS-2026-000001", "SOS-2027-000001", "SOS-2027-000002"]


def test_validated_invoice_and_its_meetings_are_immutable(world: Store) -> None:
    add_meeting(world, "M1", "2026-10-05T09:00:00+02:00")
    add_expense(world, "E1", "2026-10-03", "room_rental", 12000)
    inv = validated_national(world)
    with pytest.raises(InvoiceFrozenError, match="SOS-2026-000001"), world.transaction("edit") as (s, _):
        row = s.get(Invoice, inv.id)
        assert row is not None
        row.total_ht_cents = 1
    with pytest.raises(InvoiceFrozenError, match="M1"), world.transaction("edit") as (s, _):
        meeting = s.get(m.Meeting, "M1")
        assert meeting is not None
        meeting.minutes = 90
    with pytest.raises(InvoiceFrozenError, match="E1"), world.transaction("edit") as (s, _):
        expense = s.get(m.Expense, "E1")
        assert expense is not None
        expense.amount_cents = 1
    with world.transaction("note") as (s, _):  # the meeting can still get notes
        meeting = s.get(m.Meeting, "M1")
        assert meeting is not None
        meeting.note = "bénéficiaire arrivé en retard"
    with pytest.raises(Exception, match="facture validée"):
        save_rate_version(world, actor_for(world, "nat"), date(2026, 1, 1), SPEC_RATES)
    save_rate_version(world, actor_for(world, "nat"), date(2027, 1, 1), SPEC_RATES)  # a new version is fine


def test_credit_note_cancels_and_reopens_the_period(world: Store) -> None:
    add_meeting(world, "M1", "2026-10-05T09:00:00+02:00")
    inv = validated_national(world)
    with pytest.raises(PermissionDenied):
        credit_note(world, actor_for(world, "admin-IDF"), inv.id)
    note_id, _ = credit_note(world, actor_for(world, "nat"), inv.id, "erreur de présence")
    with pytest.raises(WorkflowError, match="existe déjà"):
        credit_note(world, actor_for(world, "nat"), inv.id)
    step(world, "nat", note_id, "submit")
    note = step(world, "nat", note_id, "validate")
    assert note.number == "SOS-2026-000002" and note.total_ttc_cents == -inv.total_ttc_cents
    assert note.credited_invoice_id == inv.id
    with world.transaction("fix") as (s, _):  # released: the attendance can be corrected
        meeting = s.get(m.Meeting, "M1")
        assert meeting is not None
        meeting.attendance = {"B1": "absent_unexcused"}
    again = validated_national(world)
    assert again.id != inv.id and again.number == "SOS-2026-000003" and again.total_ht_cents == 3250

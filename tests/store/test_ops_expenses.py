"""Expense operations: every bad field named in French, euros typed « 120,50 » stored as cents, the
region's admin only, a receipt clears the missing proof, a billed expense stays as billed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from sosdesk.domain.errors import InputError
from sosdesk.domain.permissions import PermissionDenied
from sosdesk.domain.pricing import euros_text
from sosdesk.invoicing.drafts import actor_for, regional_draft
from sosdesk.store import Store
from sosdesk.store import models as m
from sosdesk.store import ops_expenses as ops
from sosdesk.store.invoice_models import Invoice, InvoiceFrozenError
from tests.proof_samples import pdf_bytes
from tests.store.people_world import add_meeting, build, local

TODAY = date(2026, 10, 20)
GOOD = {"date": "12/10/2026", "category": "room_rental", "amount": "120,50", "label": "Location salle"}


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    s = build(db_path)
    add_meeting(s, "M1", "IND_PSY", local(2026, 10, 12, 10), 60, "S1", ["P1"], ["B1"])
    add_meeting(s, "M3", "IND_PSY", local(2026, 10, 12, 10), 60, "S3", ["P3"], ["B3"])
    yield s
    s.close()


def paths(exc: pytest.ExceptionInfo[InputError]) -> set[str]:
    return {p.path for p in exc.value.problems}


def expense(store: Store, eid: str) -> m.Expense:
    with store.session() as s:
        row = s.get(m.Expense, eid)
        assert row is not None
        return row


@pytest.mark.parametrize(("typed", "cents"), [
    ("120,50", 12050), ("120.5", 12050), ("1 200", 120000), ("1\u202f200,00 €", 120000), ("0,01", 1),
    (" 45 ", 4500), ("12,3", 1230), ("99 999,99", 9_999_999), ("100000", 10_000_000), ("7,50 EUR", 750)])
def test_euros_typed_become_cents(typed: str, cents: int) -> None:
    assert ops.parse_euros(typed) == cents


@pytest.mark.parametrize(("typed", "words"), [
    ("", "manquant"), ("abc", "invalide"), ("12,345", "centime"), ("0", "supérieur à 0"),
    ("-5", "supérieur à 0"), ("100 000,01", "trop élevé"), ("1,2,3", "invalide"), ("12 34", "invalide")])
def test_bad_amounts_refused_in_french(typed: str, words: str) -> None:
    with pytest.raises(InputError) as exc:
        ops.parse_euros(typed)
    assert words in str(exc.value)


def test_format_euros() -> None:
    assert ops.format_euros(12050) == "120,50\u00a0€"
    assert ops.format_euros(123456789) == "1\u202f234\u202f567,89\u00a0€"
    assert euros_text(12050) == "120,50"


def test_create_stores_cents_and_logs_the_change(store: Store) -> None:
    eid, changes = ops.create_expense(store, {**GOOD, "meeting": "M1"}, today=TODAY)
    assert changes.inserted["expenses"] == {eid}
    row = expense(store, eid)
    assert (row.region_id, row.date, row.category, row.amount_cents, row.label, row.meeting_id, row.receipt) == (
        "ARA", date(2026, 10, 12), "room_rental", 12050, "Location salle", "M1", None)
    with store.session() as s:
        assert s.scalars(select(m.OutboxOp).where(m.OutboxOp.row_id == eid)).first() is not None
        log = s.scalars(select(m.ChangeLog).where(m.ChangeLog.row_id == eid)).one()
        assert log.user_id == "admin" and log.label == "Nouvelle dépense"


def test_every_bad_field_named_at_once_and_nothing_written(store: Store) -> None:
    bad = {"date": "31/02/2026", "category": "food", "amount": "12,345", "label": "  ", "meeting": "M3"}
    with pytest.raises(InputError) as exc:
        ops.create_expense(store, bad, today=TODAY)
    assert paths(exc) == {"date", "category", "amount", "label", "meeting"}
    text = str(exc.value)
    assert "date invalide « 31/02/2026 »" in text and "catégorie inconnue « food »" in text
    assert "autre région (Île-de-France), pas Auvergne-Rhône-Alpes" in text and "libellé manquant" in text
    with store.session() as s:
        assert s.scalars(select(m.Expense)).first() is None


def test_unknown_meeting_and_far_dates_refused(store: Store) -> None:
    with pytest.raises(InputError) as exc:
        ops.create_expense(store, {**GOOD, "meeting": "NOPE", "date": "2028-01-01"}, today=TODAY)
    assert "rendez-vous introuvable : NOPE" in str(exc.value) and "trop lointaine" in str(exc.value)


def test_update_keeps_other_fields_and_refuses_bad_amount(store: Store) -> None:
    eid, _ = ops.create_expense(store, GOOD, today=TODAY)
    changes = ops.update_expense(store, eid, {"amount": "80", "meeting": "M1"}, today=TODAY)
    assert changes.updated["expenses"] == {eid}
    row = expense(store, eid)
    assert (row.amount_cents, row.label, row.meeting_id) == (8000, "Location salle", "M1")
    with pytest.raises(InputError) as exc:
        ops.update_expense(store, eid, {"amount": "0"}, today=TODAY)
    assert paths(exc) == {"amount"}
    assert expense(store, eid).amount_cents == 8000
    assert not ops.update_expense(store, eid, {"label": "Location salle"}, today=TODAY)  # nothing changed


def test_only_the_regions_admin_records_expenses(store: Store) -> None:
    with store.transaction("users") as (s, _):
        s.add(m.User(id="val", name="Victor Valideur", role="regional_validator", region_id="ARA"))
        s.add(m.User(id="adm2", name="Ines IDF", role="regional_admin", region_id="IDF"))
    store.set_user("val")
    with pytest.raises(PermissionDenied, match="ne peut pas saisir les dépenses"):
        ops.create_expense(store, GOOD, today=TODAY)
    store.set_user("adm2")
    with pytest.raises(PermissionDenied, match="votre région"):
        ops.create_expense(store, GOOD, region="ARA", today=TODAY)
    store.set_user("admin")
    eid, _ = ops.create_expense(store, GOOD, today=TODAY)
    store.set_user("adm2")
    with pytest.raises(PermissionDenied):
        ops.archive_expense(store, eid)
    assert not expense(store, eid).deleted


def test_receipt_clears_the_missing_proof_of_the_regional_draft(store: Store) -> None:
    eid, _ = ops.create_expense(store, GOOD, today=TODAY)
    assert [r.id for r in _rows(store, missing_only=True)] == [eid]
    actor = actor_for(store)
    inv_id, _ = regional_draft(store, actor, "ARA", "2026-10")
    assert {"kind": "expense", "id": eid} in [{k: p[k] for k in ("kind", "id")} for p in _missing(store, inv_id)]
    sha, changes = ops.attach_receipt(store, eid, "recu.pdf", pdf_bytes(text="recu"), "application/pdf")
    assert changes.updated["expenses"] == {eid} and changes.inserted["attachments"] == {sha}
    row = _rows(store)[0]
    assert (row.has_receipt, row.receipt_name) == (True, "recu.pdf")
    assert _rows(store, missing_only=True) == []
    regional_draft(store, actor, "ARA", "2026-10")
    assert all(p["id"] != eid for p in _missing(store, inv_id))
    with pytest.raises(InputError, match="vide"):
        ops.attach_receipt(store, eid, "vide.pdf", b"")


def test_archived_expense_leaves_list_and_billing(store: Store) -> None:
    eid, _ = ops.create_expense(store, GOOD, today=TODAY)
    changes = ops.archive_expense(store, eid)
    assert eid in changes.ids("expenses") and expense(store, eid).deleted
    assert _rows(store) == []
    with pytest.raises(InputError, match="dépense introuvable"):
        ops.update_expense(store, eid, {"amount": "3"})


def test_billed_expense_refused_with_the_invoice_number(store: Store) -> None:
    eid, _ = ops.create_expense(store, GOOD, today=TODAY)
    ops.attach_receipt(store, eid, "recu.pdf", pdf_bytes(text="recu"))
    with store.transaction("validated") as (s, _):
        s.add(Invoice(id="INV1", kind="regional", scope="ARA", month="2026-10", status="validated",
                      number="SOS-2026-0001", lines=[{"kind": "expense", "items": [eid]}], rate_versions=[]))
    assert _rows(store)[0].billed_by == "SOS-2026-0001"
    for attempt in (lambda: ops.update_expense(store, eid, {"amount": "99"}, today=TODAY),
                    lambda: ops.archive_expense(store, eid),
                    lambda: ops.attach_receipt(store, eid, "autre.pdf", pdf_bytes(text="autre"))):
        with pytest.raises(InvoiceFrozenError, match="SOS-2026-0001"):
            attempt()
    row = expense(store, eid)
    assert (row.amount_cents, row.deleted) == (12050, False)


def test_list_by_month_and_region(store: Store) -> None:
    a, _ = ops.create_expense(store, {**GOOD, "meeting": "M1"}, today=TODAY)
    ops.create_expense(store, {**GOOD, "date": "2026-09-30"}, today=TODAY)
    store.set_user("nat")
    ops_idf = {**GOOD, "category": "transport", "meeting": "M3"}
    with pytest.raises(PermissionDenied):  # the national coordinator does not record expenses
        ops.create_expense(store, ops_idf, region="IDF", today=TODAY)
    with store.session() as s:
        rows = ops.list_expenses(s, "2026-10", "ARA")
    assert [r.id for r in rows] == [a]
    assert rows[0].meeting_text == "12/10 10:00 · Entretien psychologique"


def test_fresh_file_without_user_may_record(tmp_path: Path) -> None:
    s = build(tmp_path / "nouser.db", user=None)
    try:
        eid, _ = ops.create_expense(s, GOOD, region="IDF", today=TODAY)
        assert expense(s, eid).region_id == "IDF"
        with pytest.raises(InputError, match="région inconnue"):
            ops.create_expense(s, GOOD, region="XX", today=TODAY)
        with pytest.raises(InputError, match="région manquante"):
            ops.create_expense(s, GOOD, today=TODAY)
    finally:
        s.close()


def _rows(store: Store, missing_only: bool = False) -> list[ops.ExpenseRow]:
    with store.session() as s:
        return ops.list_expenses(s, "2026-10", missing_only=missing_only)


def _missing(store: Store, inv_id: str) -> list[dict[str, str]]:
    with store.session() as s:
        inv = s.get(Invoice, inv_id)
        assert inv is not None
        return list(inv.missing_proof)

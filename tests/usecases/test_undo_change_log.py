"""Undo/redo from the change log (issue 10): people, leave, expenses, custom invoice lines and
meetings through one mechanism; conflicts name who changed the row; nothing half undone; a protected
meeting change asks again and a billed month refuses it (issue 13)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from sosdesk.domain.permissions import PermissionDenied
from sosdesk.invoicing.drafts import add_custom_line
from sosdesk.store import Store, ops_expenses, ops_people
from sosdesk.store import dates as absences
from sosdesk.store import models as m
from sosdesk.store.dates_models import Unavailability
from sosdesk.store.invoice_models import Invoice, InvoiceEvent
from sosdesk.store.ops_meetings import week_meeting
from sosdesk.usecases import meeting_edits as me
from sosdesk.usecases.undo import EditStep, UndoConflict, UndoStack
from tests.store.calendar_office import WEEK
from tests.store.protected_office import ADMIN, NOW, build_protected, open_draft, set_invoice_status


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = build_protected(tmp_path / "office.db")
    yield s
    s.close()


def last_name(store: Store, bid: str) -> str:
    with store.session() as s:
        row = s.get(m.Beneficiary, bid)
        assert row is not None
        return row.last_name


def outbox_for(store: Store, row_id: str) -> list[tuple[str, dict[str, list[object]]]]:
    with store.session() as s:
        return [(o.action, dict(o.fields)) for o in s.scalars(
            select(m.OutboxOp).where(m.OutboxOp.row_id == row_id).order_by(m.OutboxOp.op_id))]


def rename(store: Store, bid: str, name: str) -> EditStep:
    return EditStep(f"Modifier {name}", lambda st: ops_people.update(st, "beneficiaries", bid, {"last_name": name}))


def test_person_edit_undo_redo_writes_the_change_log_and_outbox(store: Store) -> None:
    before = last_name(store, "B1")
    stack = UndoStack(store)
    stack.push(rename(store, "B1", "Durand"))
    assert last_name(store, "B1") == "Durand"
    changes = stack.undo()
    assert changes.updated["beneficiaries"] == {"B1"} and changes.log
    assert last_name(store, "B1") == before
    stack.redo()
    assert last_name(store, "B1") == "Durand"
    with store.session() as s:
        labels = [c.label for c in s.scalars(select(m.ChangeLog).where(m.ChangeLog.row_id == "B1")
                                              .order_by(m.ChangeLog.seq))]
    assert labels[-2:] == ["Annuler : Modifier Durand", "Rétablir : Modifier Durand"]
    # The outbox carries each step, so the service learns the undo too.
    assert [f["last_name"] for _a, f in outbox_for(store, "B1")][-3:] == [
        [before, "Durand"], ["Durand", before], [before, "Durand"]]


def test_two_edits_of_one_row_undo_one_after_the_other(store: Store) -> None:
    before = last_name(store, "B1")
    stack = UndoStack(store)
    stack.push(rename(store, "B1", "Durand"))
    stack.push(rename(store, "B1", "Dupont"))
    stack.undo()
    assert last_name(store, "B1") == "Durand"
    stack.undo()
    assert last_name(store, "B1") == before
    stack.redo()
    stack.redo()
    assert last_name(store, "B1") == "Dupont"


def test_created_row_is_tombstoned_then_revived_and_pushed(store: Store) -> None:
    stack = UndoStack(store)
    holder: list[str] = []

    def create(st: Store) -> object:
        uid, changes = absences.add_absence(st, absences.AbsenceInput("professional", "P1", date(2026, 12, 1),
                                                                      date(2026, 12, 4), reason="Congés"))
        holder.append(uid)
        return changes
    stack.push(EditStep("Ajouter un congé", create))  # type: ignore[arg-type]
    uid = holder[0]
    stack.undo()
    with store.session() as s:
        row = s.get(Unavailability, uid)
        assert row is not None and row.deleted
    stack.redo()
    with store.session() as s:
        row = s.get(Unavailability, uid)
        assert row is not None and not row.deleted
    assert [a for a, _f in outbox_for(store, uid)] == ["insert", "delete", "update"]
    assert outbox_for(store, uid)[-1][1] == {"deleted": [True, False]}


def test_expense_archive_is_undone_by_reviving(store: Store) -> None:
    eid, _ = ops_expenses.create_expense(store, {"date": "2026-11-20", "category": "transport", "amount": "12,50",
                                                 "label": "Taxi"}, region="R1", today=date(2026, 11, 25))
    stack = UndoStack(store)
    stack.push(EditStep("Archiver « Taxi »", lambda st: ops_expenses.archive_expense(st, eid)))
    stack.undo()
    with store.session() as s:
        row = s.get(m.Expense, eid)
        assert row is not None and not row.deleted and row.amount_cents == 1250


def test_conflict_names_the_sync_and_writes_nothing(store: Store) -> None:
    before = last_name(store, "B1")
    stack = UndoStack(store)
    stack.push(EditStep("Modifier deux personnes", lambda st: _two(st)))
    with store.transaction("pull", origin="sync") as (s, _):
        row = s.get(m.Beneficiary, "B1")
        assert row is not None
        row.first_name = "Autre"
    with pytest.raises(UndoConflict) as exc:
        stack.undo()
    assert "a été modifié depuis par la synchronisation" in str(exc.value)
    assert "Autre" in str(exc.value) and "B1" not in str(exc.value)
    # Nothing half undone: B2 (no conflict) keeps its new name too.
    assert last_name(store, "B1") == "Durand" and last_name(store, "B2") == "Dupont"
    assert before != "Durand"


def _two(st: Store):  # type: ignore[no-untyped-def]
    changes = ops_people.update(st, "beneficiaries", "B2", {"last_name": "Dupont"})
    changes.merge(ops_people.update(st, "beneficiaries", "B1", {"last_name": "Durand"}))
    return changes


def test_conflict_names_the_other_person(store: Store) -> None:
    stack = UndoStack(store)
    stack.push(rename(store, "B1", "Durand"))
    with store.transaction("fixture") as (s, _):
        s.add(m.User(id="U9", name="Claire Martin", role="regional_admin", region_id="R1"))
    store.set_user("U9")
    ops_people.update(store, "beneficiaries", "B1", {"first_name": "Léa"})
    store.set_user("")
    with pytest.raises(UndoConflict, match="a été modifié depuis par Claire Martin"):
        stack.undo()


def test_a_change_put_back_since_is_no_conflict(store: Store) -> None:
    with store.session() as s:
        row = s.get(m.Beneficiary, "B1")
        assert row is not None
        first = row.first_name
    before = last_name(store, "B1")
    stack = UndoStack(store)
    stack.push(rename(store, "B1", "Durand"))
    ops_people.update(store, "beneficiaries", "B1", {"first_name": "Léa"})
    ops_people.update(store, "beneficiaries", "B1", {"first_name": first})
    stack.undo()
    assert last_name(store, "B1") == before


def test_undo_needs_the_role(store: Store) -> None:
    stack = UndoStack(store)
    stack.push(rename(store, "B1", "Durand"))
    with store.transaction("fixture") as (s, _):
        s.add(m.User(id="V1", name="Valérie Valide", role="regional_validator", region_id="R1"))
    store.set_user("V1")
    with pytest.raises(PermissionDenied):
        stack.undo()
    store.set_user("")
    assert last_name(store, "B1") == "Durand"


def test_custom_line_undo_on_a_draft_only_and_history_kept(store: Store) -> None:
    inv_id = open_draft(store)
    stack = UndoStack(store)
    stack.push(EditStep("Ajouter une ligne libre", lambda st: add_custom_line(
        st, ADMIN, inv_id, "Atelier", Decimal(1), Decimal(5000), "atelier du samedi")))

    def lines() -> tuple[int, int]:
        with store.session() as s:
            inv = s.get(Invoice, inv_id)
            assert inv is not None
            events = s.scalar(select(func.count()).select_from(InvoiceEvent).where(
                InvoiceEvent.invoice_id == inv_id, InvoiceEvent.deleted.is_(False)))
            return len(inv.custom_lines), int(events or 0)
    added = lines()
    assert added[0] == 1
    stack.undo()
    assert lines() == (0, added[1])  # the line is gone; the invoice history is never rewritten
    stack.redo()
    assert lines() == added
    set_invoice_status(store, "submitted")
    with pytest.raises(UndoConflict, match="seul un brouillon"):
        stack.undo()


def placed(store: Store, mid: str):  # type: ignore[no-untyped-def]
    with store.session() as s:
        return week_meeting(s, mid)[1]


def test_confirmed_move_asks_again_and_a_billed_month_refuses(store: Store) -> None:
    open_draft(store)
    mt = replace(placed(store, "M1"), minutes=120)
    stack = UndoStack(store)
    stack.push(EditStep("Allonger", lambda st: me.update_meetings(st, WEEK, [mt], "Allonger", confirmed=True,
                                                                  reason="salle inondée", now=NOW)))
    open_draft(store)  # the draft as regenerated after the edit: 130,00 €
    with pytest.raises(me.ConfirmationRequired) as exc:
        stack.undo(now=NOW)
    assert "a eu lieu" in exc.value.check.message
    assert "brouillon de novembre 2026 : son montant passera de 130,00\u00a0€ à 65,00\u00a0€" in exc.value.check.message
    assert placed(store, "M1").minutes == 120
    stack.undo(confirmed=True, reason="erreur", now=NOW)
    assert placed(store, "M1").minutes == 60
    assert me.reason_of(store, "M1") == "erreur"
    set_invoice_status(store, "submitted")
    with pytest.raises(me.EditProtected, match="soumise"):
        stack.redo(confirmed=True, reason="encore", now=NOW)
    assert placed(store, "M1").minutes == 60


def test_attendance_undo_refused_once_the_invoice_is_validated(store: Store) -> None:
    open_draft(store)
    stack = UndoStack(store)
    stack.push(EditStep("Saisir les présences", lambda st: me.record_attendance(
        st, "M2", {"B2": "absent_excused"}, now=NOW)))
    stack.undo(now=NOW)  # recording what happened is open while the month is a draft
    with store.session() as s:
        row = s.get(m.Meeting, "M2")
        assert row is not None and row.status == "planned" and not row.attendance
    stack.redo(now=NOW)
    set_invoice_status(store, "validated")
    with pytest.raises(me.EditProtected, match="validée"):
        stack.undo(now=NOW)

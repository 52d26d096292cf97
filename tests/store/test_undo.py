"""Undo/redo of meeting edits in the core (no Qt): each edit one step, conflicts refused."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from sosdesk.domain import model as dm
from sosdesk.domain.timegrid import local_day_minute
from sosdesk.store import Store
from sosdesk.store import models as m
from sosdesk.store import ops_meetings as ops
from sosdesk.usecases.undo import EditStep, MacroCommand, UndoConflict, UndoStack
from tests.store.calendar_office import WEEK, add_meeting, build_office, meeting


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = build_office(tmp_path / "office.db")
    add_meeting(s, "M1")
    add_meeting(s, "M2", start=14 * 60, bens=("B4",))
    return s


def ind(mid: str, day: int = 2, start: int = 600, bens: tuple[str, ...] = ("B1",)) -> dm.Meeting:
    return dm.Meeting(mid, "IND", day, start, 60, "S1", ("P1",), bens)


def start_of(store: Store, mid: str) -> tuple[date, int]:
    return local_day_minute(meeting(store, mid).start)


def test_move_undo_redo(store: Store) -> None:
    stack = UndoStack(store)
    stack.push(EditStep("Déplacer M1", lambda st: ops.update_meetings(
        st, WEEK, [ind("M1", day=3, start=9 * 60)], "Déplacer M1")))
    assert start_of(store, "M1") == (date(2026, 11, 25), 540)
    assert stack.undo_label() == "Déplacer M1"
    changes = stack.undo()
    assert changes.updated["meetings"] == {"M1"}
    assert start_of(store, "M1") == (date(2026, 11, 24), 600)
    stack.redo()
    assert start_of(store, "M1") == (date(2026, 11, 25), 540)


def test_create_undo_tombstones_and_redo_revives(store: Store) -> None:
    stack = UndoStack(store)
    stack.push(EditStep("Créer", lambda st: ops.create_meeting(st, WEEK, ind("N1", day=4))))
    stack.undo()
    with store.session() as s:
        row = s.get(m.Meeting, "N1")
        assert row is not None and row.deleted
    stack.redo()
    assert not meeting(store, "N1").deleted


def test_cancel_undo_restores_status(store: Store) -> None:
    stack = UndoStack(store)
    stack.push(EditStep("Annuler", lambda st: ops.cancel_meetings(st, ["M1"])))
    stack.undo()
    row = meeting(store, "M1")
    assert row.status == "planned" and row.cancelled_at is None


def test_multi_move_is_one_step(store: Store) -> None:
    stack = UndoStack(store)
    stack.push(EditStep("Déplacer 2", lambda st: ops.update_meetings(
        st, WEEK, [ind("M1", day=5), ind("M2", day=5, start=14 * 60, bens=("B4",))], "Déplacer 2")))
    stack.undo()
    assert start_of(store, "M1")[0] == date(2026, 11, 24)
    assert start_of(store, "M2")[0] == date(2026, 11, 24)
    assert not stack.can_undo() and stack.can_redo()


def test_macro_reverts_in_reverse_order(store: Store) -> None:
    stack = UndoStack(store)
    first = EditStep("a", lambda st: ops.update_meetings(st, WEEK, [ind("M1", start=11 * 60)], "a"))
    second = EditStep("b", lambda st: ops.update_meetings(st, WEEK, [ind("M1", start=12 * 60)], "b"))
    stack.push(MacroCommand("deux", [first, second]))
    assert start_of(store, "M1")[1] == 720
    stack.undo()
    assert start_of(store, "M1")[1] == 600


def test_undo_refused_when_changed_elsewhere(store: Store) -> None:
    stack = UndoStack(store)
    stack.push(EditStep("Déplacer", lambda st: ops.update_meetings(
        st, WEEK, [ind("M1", start=11 * 60)], "Déplacer")))
    with store.transaction("sync", origin="sync") as (s, _):
        row = s.scalars(select(m.Meeting).where(m.Meeting.id == "M1")).one()
        row.note = "modifié ailleurs"
    with pytest.raises(UndoConflict):
        stack.undo()
    assert start_of(store, "M1")[1] == 660


def test_refused_command_is_not_recorded(store: Store) -> None:
    stack = UndoStack(store)
    with pytest.raises(ops.EditRefused):
        stack.push(EditStep("x", lambda st: ops.update_meetings(
            st, WEEK, [ind("M2", start=14 * 60, bens=("B2",)), ind("M1", start=14 * 60)], "x")))
    assert not stack.can_undo()

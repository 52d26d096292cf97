"""Undo/redo of every user edit, one mechanism (DESIGN: commands with apply/revert in the core,
wrapped by a thin QUndoCommand adapter; issue 10 « undo derived from the change log »).

``EditStep`` runs an operation once and keeps the change-log entries its transaction(s) wrote
(``Changes.log``); undo writes their old values back and redo reverts the undo, each in one
transaction through the normal write path (``store.undo``). Before writing, the acting person must
still be allowed to edit what the step touches (the permissions table), and meetings go through
the protection gate again (``meeting_edits.gate_revert``): a step once confirmed asks again with
its consequence (``ConfirmationRequired``), a month whose invoice left the draft refuses it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, Protocol

from sosdesk.contract import tables
from sosdesk.domain.invoice_workflow import WorkflowError, ensure_editable
from sosdesk.domain.permissions import Actor
from sosdesk.store import undo as core
from sosdesk.store.changes import Changes
from sosdesk.store.engine import Store
from sosdesk.store.undo import UndoConflict
from sosdesk.usecases import meeting_edits
from sosdesk.usecases.gate import allow, current_actor

__all__ = ["Command", "EditStep", "MacroCommand", "UndoConflict", "UndoStack"]

Operation = Callable[[Store], Changes]

# Who may put a table's rows back (permissions.py): the action its edits need.
_TABLE_ACTIONS = {
    "meetings": "plan",
    "unavailabilities": "plan",
    "closed_days": "plan",
    "beneficiaries": "edit_people",
    "professionals": "edit_people",
    "sites": "edit_reference",
    "expenses": "record_attendance",
    "rate_tables": "edit_rates",
    "reminder_rules": "edit_reminders",
    "reminder_templates": "edit_reminders",
}
_NO_CHECK = frozenset({"attachments"})  # content-addressed files: guarded by the row that names them
_ATTENDANCE_FIELDS = frozenset({"status", "attendance", "professionals_present", "proof"})


class Command(Protocol):
    label: str

    def apply(self, store: Store, *, confirmed: bool = False, reason: str = "",
              now: datetime | None = None) -> Changes: ...

    def revert(self, store: Store, *, confirmed: bool = False, reason: str = "",
               now: datetime | None = None) -> Changes: ...


def _action(state: core.RowState, row: Any) -> str | None:
    if state.table in _NO_CHECK:
        return None
    if state.table == "meetings" and set(state.values) <= _ATTENDANCE_FIELDS:
        return "record_attendance"
    if state.table == "invoices":
        return "invoice_draft" if getattr(row, "kind", "") == "regional" else "invoice_national"
    return _TABLE_ACTIONS.get(state.table, "edit_reference")


def _region(state: core.RowState, row: Any) -> str | None:
    if state.table == "invoices":
        return str(row.scope) if getattr(row, "kind", "") == "regional" else None
    region = getattr(row, "region_id", None)
    return str(region) if region else None


def _allowed(store: Store, actor: Actor | None, states: Sequence[core.RowState]) -> None:
    """Refuse (``PermissionDenied``) unless ``actor`` may edit every row the step puts back; an
    invoice is put back only while it is still a draft (``UndoConflict`` otherwise)."""
    with store.session() as s:
        for st in states:
            model = tables.model_for(st.table)
            row = s.get(model, st.row_id) if model is not None else None
            if st.table == "invoices" and row is not None:
                try:
                    ensure_editable(row.kind, row.status)  # a custom line comes and goes on a draft only
                except WorkflowError as exc:  # submitted since: refused like any change made meanwhile
                    raise UndoConflict(str(exc)) from exc
            action = _action(st, row)
            if action is None:
                continue
            region = _region(st, row) if row is not None else None
            if actor is not None:
                allow(actor, action, [region] if region else [])


class EditStep:
    """One edit as an undo step: the first ``apply`` runs it, undo and redo revert the entries."""

    def __init__(self, label: str, operation: Operation) -> None:
        self.label = label
        self._operation = operation
        self._log: list[int] | None = None

    @classmethod
    def applied(cls, label: str, changes: Changes) -> EditStep:
        """A step for an edit already written (a dialog saved through its use case): its entries."""
        step = cls(label, lambda _store: changes)
        step._log = list(changes.log)
        return step

    @property
    def log(self) -> list[int]:
        """The change-log entries that stand for the step's current state (empty before it ran)."""
        return list(self._log or [])

    def apply(self, store: Store, *, confirmed: bool = False, reason: str = "",
              now: datetime | None = None) -> Changes:
        if self._log is None:
            changes = self._operation(store)
            self._log = list(changes.log)
            return changes
        return self._revert(store, f"Rétablir : {self.label}", confirmed, reason, now)

    def revert(self, store: Store, *, confirmed: bool = False, reason: str = "",
               now: datetime | None = None) -> Changes:
        if not self._log:
            return Changes()
        return self._revert(store, f"Annuler : {self.label}", confirmed, reason, now)

    def _revert(self, store: Store, label: str, confirmed: bool, reason: str, now: datetime | None) -> Changes:
        seqs = self._log or []
        states = core.planned(store, seqs)
        _allowed(store, current_actor(store), states)
        meetings = {st.row_id: st.values for st in states if st.table == "meetings"}
        why = meeting_edits.gate_revert(store, meetings, confirmed, reason, now)
        changes = core.revert(store, seqs, label, why)
        self._log = list(changes.log)
        return changes


class MacroCommand:
    """Several commands as one step: applied in order, reverted in reverse order."""

    def __init__(self, label: str, commands: Sequence[Command]) -> None:
        self.label = label
        self.commands = list(commands)

    def apply(self, store: Store, *, confirmed: bool = False, reason: str = "",
              now: datetime | None = None) -> Changes:
        out = Changes()
        for cmd in self.commands:
            out.merge(cmd.apply(store, confirmed=confirmed, reason=reason, now=now))
        return out

    def revert(self, store: Store, *, confirmed: bool = False, reason: str = "",
               now: datetime | None = None) -> Changes:
        out = Changes()
        for cmd in reversed(self.commands):
            out.merge(cmd.revert(store, confirmed=confirmed, reason=reason, now=now))
        return out


class UndoStack:
    """A plain undo history (headless and tests; the window uses QUndoStack via ui/undo.py)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._done: list[Command] = []
        self._undone: list[Command] = []

    def push(self, command: Command) -> Changes:
        """Apply and record; a refused command (exception) leaves the history unchanged."""
        changes = command.apply(self.store)
        self._done.append(command)
        self._undone.clear()
        return changes

    def can_undo(self) -> bool:
        return bool(self._done)

    def can_redo(self) -> bool:
        return bool(self._undone)

    def undo_label(self) -> str:
        return self._done[-1].label if self._done else ""

    def redo_label(self) -> str:
        return self._undone[-1].label if self._undone else ""

    def undo(self, *, confirmed: bool = False, reason: str = "", now: datetime | None = None) -> Changes:
        command = self._done[-1]
        changes = command.revert(self.store, confirmed=confirmed, reason=reason, now=now)
        self._undone.append(self._done.pop())
        return changes

    def redo(self, *, confirmed: bool = False, reason: str = "", now: datetime | None = None) -> Changes:
        command = self._undone[-1]
        changes = command.apply(self.store, confirmed=confirmed, reason=reason, now=now)
        self._done.append(self._undone.pop())
        return changes

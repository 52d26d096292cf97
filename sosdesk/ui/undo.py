"""Thin QUndoCommand adapter over the core undo steps of ``sosdesk.usecases.undo``.

Every page that edits pushes its steps with :func:`push_step` on its own ``undo_stack``; the main
window's undo group gives them the named « Annuler : … » / « Rétablir : … » actions.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QDialog, QWidget

from sosdesk.store import Store
from sosdesk.store.changes import Changes
from sosdesk.ui.operations import run_edit
from sosdesk.usecases.meeting_edits import ConfirmationRequired
from sosdesk.usecases.undo import Command, EditStep

Ask = Callable[[str], str | None]  # the consequence to confirm → the reason typed, or None (declined)


class QtUndoCommand(QUndoCommand):
    """Pushed after the core command was applied once (so the first ``redo`` does nothing).

    A replay of a protected change asks again (``ask``: the consequence, then a reason); declined,
    nothing is written and the step stays where it was. A replay refused (the data changed
    meanwhile, the month is now billed, the role may not) reports the French message and makes the
    step obsolete (Qt drops it from the stack); nothing is written.
    """

    def __init__(self, command: Command, store: Store, on_changes: Callable[[Changes], None],
                 on_error: Callable[[str], None], ask: Ask | None = None,
                 now: Callable[[], datetime] | None = None, stack: QUndoStack | None = None) -> None:
        super().__init__(command.label)
        self.command = command
        self._store = store
        self._on_changes = on_changes
        self._on_error = on_error
        self._ask = ask
        self._now = now
        self._stack = stack
        self._skip = True  # the first redo is Qt's push: the edit is already written

    def _run(self, undoing: bool) -> None:
        fn = self.command.revert if undoing else self.command.apply
        now = self._now() if self._now is not None else None
        def attempt() -> Changes | None:
            try:
                return fn(self._store, now=now)
            except ConfirmationRequired as exc:
                reason = self._ask(exc.check.message) if self._ask is not None else None
                if not reason:
                    return None
                return fn(self._store, confirmed=True, reason=reason, now=now)

        edit = run_edit(None, attempt, show=self._on_error)
        if not edit.ok:
            self.setObsolete(True)
        elif edit.value is None:
            self._stay(undoing)
        else:
            self._on_changes(edit.value)

    def _stay(self, undoing: bool) -> None:
        """Declined: Qt already moved the stack's index; move it back without writing anything."""
        self._on_error(QCoreApplication.translate("QtUndoCommand", "Rien n'a été modifié."))
        stack = self._stack
        if stack is None:
            return
        self._skip = True
        QTimer.singleShot(0, stack.redo if undoing else stack.undo)

    def redo(self) -> None:
        if self._skip:
            self._skip = False
            return
        self._run(undoing=False)

    def undo(self) -> None:
        if self._skip:
            self._skip = False
            return
        self._run(undoing=True)


def push_step(stack: QUndoStack, command: Command, store: Store, on_changes: Callable[[Changes], None],
              on_error: Callable[[str], None], ask: Ask | None = None,
              now: Callable[[], datetime] | None = None) -> None:
    """Record an edit already applied (``command.apply`` ran once) as the stack's next step."""
    stack.push(QtUndoCommand(command, store, on_changes, on_error, ask, now, stack))


def push_applied(stack: QUndoStack, label: str, changes: Changes, store: Store,
                 on_changes: Callable[[Changes], None], on_error: Callable[[str], None],
                 ask: Ask | None = None, now: Callable[[], datetime] | None = None) -> None:
    """Record an edit a dialog already saved (``changes`` with its change-log entries) as one step;
    an edit that changed nothing is not recorded."""
    if changes.log:
        push_step(stack, EditStep.applied(label, changes), store, on_changes, on_error, ask, now)


def ask_with_dialog(parent: QWidget) -> Ask:
    """The « Rendez-vous protégé » question (consequence, required reason) for pages whose steps may
    touch protected meetings (the people page's leave cancels meetings too)."""

    def ask(consequence: str) -> str | None:
        from sosdesk.ui.calendar.dialogs import ProtectedEditDialog

        dialog = ProtectedEditDialog(consequence, parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.reason():
            return None
        return dialog.reason()
    return ask

"""Thin QUndoCommand adapter over the core commands of ``sosdesk.store.undo``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from sosdesk.store import Store
from sosdesk.store.changes import Changes
from sosdesk.store.ops_meetings import EditRefused, UndoConflict
from sosdesk.store.undo import Command


class QtUndoCommand(QUndoCommand):
    """Pushed after the core command was applied once (so the first ``redo`` does nothing).

    A replay refused because the data changed meanwhile reports the French message and makes the
    step obsolete (Qt drops it from the stack); nothing is written.
    """

    def __init__(self, command: Command, store: Store, on_changes: Callable[[Changes], None],
                 on_error: Callable[[str], None]) -> None:
        super().__init__(command.label)
        self.command = command
        self._store = store
        self._on_changes = on_changes
        self._on_error = on_error
        self._applied = True

    def _run(self, fn: Callable[[Store], Changes]) -> None:
        try:
            changes = fn(self._store)
        except (UndoConflict, EditRefused) as exc:
            self._on_error(str(exc))
            self.setObsolete(True)
            return
        self._on_changes(changes)

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._run(self.command.apply)

    def undo(self) -> None:
        self._run(self.command.revert)

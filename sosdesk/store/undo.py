"""Undo/redo commands in the core (DESIGN: Anki-style ops, wrapped by a thin QUndoCommand).

A ``JournalCommand`` runs an operation of ``ops_meetings`` once, keeping the journal of the
meetings it touched; undo and redo then restore those field values (refusing with
``UndoConflict`` if a meeting changed meanwhile, e.g. by a sync). A ``MacroCommand`` groups
steps so that several edits undo as one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from sosdesk.store.changes import Changes
from sosdesk.store.engine import Store
from sosdesk.store.ops_meetings import Journal, restore

Operation = Callable[[Store, Journal], Changes]


class Command(Protocol):
    label: str

    def apply(self, store: Store) -> Changes: ...

    def revert(self, store: Store) -> Changes: ...


class JournalCommand:
    """One operation as an undo step: the first ``apply`` runs it, later ones replay its result."""

    def __init__(self, label: str, operation: Operation) -> None:
        self.label = label
        self._operation = operation
        self._journal: Journal | None = None

    @property
    def journal(self) -> Journal | None:
        return self._journal

    def apply(self, store: Store) -> Changes:
        if self._journal is None:
            journal = Journal()
            changes = self._operation(store, journal)
            self._journal = journal
            return changes
        return restore(store, self._journal.after, self._journal.before, f"Rétablir : {self.label}")

    def revert(self, store: Store) -> Changes:
        if self._journal is None:
            return Changes()
        return restore(store, self._journal.before, self._journal.after, f"Annuler : {self.label}")


class MacroCommand:
    """Several commands as one step: applied in order, reverted in reverse order."""

    def __init__(self, label: str, commands: Sequence[Command]) -> None:
        self.label = label
        self.commands = list(commands)

    def apply(self, store: Store) -> Changes:
        out = Changes()
        for cmd in self.commands:
            out.merge(cmd.apply(store))
        return out

    def revert(self, store: Store) -> Changes:
        out = Changes()
        for cmd in reversed(self.commands):
            out.merge(cmd.revert(store))
        return out


class UndoStack:
    """A plain undo history (used headless and in tests; the window uses QUndoStack via ui/undo.py)."""

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

    def undo(self) -> Changes:
        command = self._done[-1]
        changes = command.revert(self.store)
        self._undone.append(self._done.pop())
        return changes

    def redo(self) -> Changes:
        command = self._undone[-1]
        changes = command.apply(self.store)
        self._done.append(self._undone.pop())
        return changes

"""The one way the window runs work off the GUI thread (Anki's ``CollectionOp``): a background thread,
progress, a cooperative cancel, one French message for every error a user can cause, and the
``Changes`` of a write broadcast on the window's bus.

Every page owns an ``OpRunner``; ``run(work, on_done)`` calls ``work(progress)`` in a thread and
``on_done(result)`` back on the GUI thread. The work opens its own database sessions (a SQLite
connection belongs to one thread) and never touches a widget.

Safety, kept from the five mechanisms this replaces:
- results and errors of an operation are dropped once its runner (its page or dialog) is deleted;
- cancelling never waits: the thread is a plain daemon thread that ends on its own, so closing a
  dialog or stopping the planner never blocks the GUI thread;
- no Qt object is created per operation: results travel through one dispatcher that lives for the
  whole application, so nothing is ``deleteLater``-ed or freed from the worker thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from sosdesk.domain.errors import InputError, Problem, UserError, os_reason
from sosdesk.store.changes import Changes
from sosdesk.store.engine import is_damaged
from sosdesk.ui.bus import ChangeBus

log = logging.getLogger(__name__)

T = TypeVar("T")

# Errors a user can cause (one root: workflow, sync and Chorus Pro errors are ``UserError`` too): their
# message is French and is shown as is. Anything else is a bug: it is logged with its traceback and
# the user reads a short French sentence, never the traceback.
USER_ERRORS: tuple[type[BaseException], ...] = (UserError,)


class Cancelled(Exception):
    """Raised by the work (``progress.check()``) when the user cancelled: nothing is reported."""


def user_message(exc: BaseException) -> str:
    """The French sentence shown for an error of an operation."""
    if isinstance(exc, USER_ERRORS):
        return str(exc)
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return os_reason(exc) + where
    log.error("operation failed", exc_info=exc)  # the traceback goes to the log, not to the user
    if is_damaged(exc):  # a damaged page met while reading: what to do, not « erreur inattendue »
        return damaged_message()
    return QCoreApplication.translate("OpRunner", "erreur inattendue ({0}) ; le détail est dans le journal").format(
        type(exc).__name__)


def damaged_message() -> str:
    """What the window says of a damaged page of the data file (the command line's DAMAGED_MESSAGE)."""
    return QCoreApplication.translate(
        "OpRunner", "Le fichier de données est endommagé (une page illisible : disque défaillant, copie "
                    "interrompue ?) : rien n'a été écrit. Fermez sosdesk et restaurez une sauvegarde : "
                    "sosdesk restore --from FICHIER (docs/data-protection.md).")


class Progress:
    """Handed to the work: report progress, ask whether the user cancelled."""

    def __init__(self, op: Operation[Any]) -> None:
        self._op = op

    @property
    def cancel_event(self) -> threading.Event:
        """For code that takes an ``Event`` (the planner's ``solve(cancel=...)``)."""
        return self._op.cancel_event

    def cancelled(self) -> bool:
        return self._op.cancel_event.is_set()

    def check(self) -> None:
        """Stop here if the user cancelled."""
        if self.cancelled():
            raise Cancelled

    def __call__(self, value: Any) -> None:
        """Report progress (any value: a sentence, a count, the planner's phase); shown on the GUI thread."""
        _dispatcher().deliver.emit(self._op, "progress", value)


class Operation(Generic[T]):
    """One run of a piece of work; plain Python (no Qt object), so it may be freed on any thread."""

    def __init__(self, runner: OpRunner, work: Callable[[Progress], T], on_done: Callable[[T], None] | None,
                 on_error: Callable[[str], None] | None, on_progress: Callable[[Any], None] | None,
                 changes: Callable[[T], Changes | None] | None) -> None:
        self.runner = runner
        self.work, self.on_done, self.on_error, self.on_progress = work, on_done, on_error, on_progress
        self.changes = changes
        self.cancel_event = threading.Event()
        self.finished = threading.Event()    # the thread has ended (``wait``)
        self.delivered = False               # its result or error reached the GUI thread
        self.detached = False                # nobody listens any more (dialog closed)

    def cancel(self) -> None:
        """Ask the work to stop at its next check (cooperative); never waits."""
        self.cancel_event.set()

    def detach(self) -> None:
        """Cancel and ignore whatever comes back (the dialog or page that asked is going away)."""
        self.detached = True
        self.cancel_event.set()

    def running(self) -> bool:
        return not self.finished.is_set()

    def _run(self) -> None:
        try:
            try:
                result = self.work(Progress(self))
            except Cancelled:
                _dispatcher().deliver.emit(self, "cancelled", None)
            except BaseException as exc:  # every error reaches the user as a sentence, never kills a thread
                _dispatcher().deliver.emit(self, "error", user_message(exc))
            else:
                _dispatcher().deliver.emit(self, "done", result)
        finally:
            RUNNING.discard(self)
            self.finished.set()


# Operations whose thread still runs (including detached ones): tests and benchmarks wait on it.
RUNNING: set[Operation[Any]] = set()


class _Dispatcher(QObject):
    """Lives on the GUI thread for the whole application: threads emit, the slot runs on the GUI thread."""

    deliver = Signal(object, str, object)   # operation, kind, payload

    @Slot(object, str, object)
    def _on_deliver(self, op: Operation[Any], kind: str, payload: Any) -> None:
        runner = op.runner
        if op.detached or not shiboken6.isValid(runner):
            return  # its page or dialog is gone: the result reports to nobody
        if kind == "progress":
            if op.on_progress is not None and not op.delivered:
                op.on_progress(payload)
            return
        op.delivered = True
        runner._forget(op)
        if kind == "done":
            if op.on_done is not None:
                op.on_done(payload)
            runner._broadcast(op, payload)
            runner.finished.emit(payload)
        elif kind == "error":
            runner.show_error(payload, op.on_error)
        else:
            runner.cancelled.emit()


_DISPATCHER: list[_Dispatcher] = []


def _dispatcher() -> _Dispatcher:
    """The one dispatcher, made on the GUI thread by the first runner (never deleted)."""
    return _DISPATCHER[0]


def _ensure_dispatcher() -> None:
    if not _DISPATCHER:
        d = _Dispatcher()
        d.deliver.connect(d._on_deliver)
        _DISPATCHER.append(d)


class OpRunner(QObject):
    """A page's (or dialog's) runner: starts operations, shows their errors one way, broadcasts writes.

    Errors go to ``on_error`` when the caller shows them inline, else to the runner's ``status``
    (the page's status line), else to a message box over the page. ``failed`` is emitted either way."""

    failed = Signal(str)        # the French message of an operation's error, after it was shown
    finished = Signal(object)   # an operation's result, after ``on_done``
    cancelled = Signal()

    def __init__(self, parent: QWidget, bus: ChangeBus | None = None,
                 status: Callable[[str], None] | None = None, title: str = "") -> None:
        super().__init__(parent)
        _ensure_dispatcher()
        self.widget, self.bus, self.status = parent, bus, status
        self.title = title or QCoreApplication.translate("OpRunner", "sosdesk")
        self.ops: list[Operation[Any]] = []

    def run(self, work: Callable[[Progress], T], on_done: Callable[[T], None] | None = None, *,
            on_error: Callable[[str], None] | None = None, on_progress: Callable[[Any], None] | None = None,
            changes: Callable[[T], Changes | None] | None = None) -> Operation[T]:
        """Run ``work(progress)`` in a background thread; ``on_done(result)`` on the GUI thread, then the
        result's ``Changes`` (``changes(result)``, else the result itself or its ``.changes``) on the bus."""
        op = Operation(self, work, on_done, on_error, on_progress, changes)
        self.ops.append(op)
        RUNNING.add(op)
        threading.Thread(target=op._run, name="sosdesk-op", daemon=True).start()
        return op

    def start(self, work: Callable[[], T], on_done: Callable[[T], None] | None = None,
              on_error: Callable[[str], None] | None = None) -> Operation[T]:
        """``run`` for work that neither reports progress nor checks for a cancel."""
        return self.run(lambda _progress: work(), on_done, on_error=on_error)

    def busy(self) -> bool:
        return bool(self.ops)

    def cancel(self) -> None:
        for op in self.ops:
            op.cancel()

    def detach(self) -> None:
        """Cancel every operation and ignore their results (the owner is closing)."""
        for op in list(self.ops):
            op.detach()
        self.ops.clear()

    def wait(self, msecs: int = 30000) -> bool:
        """Block until this runner's threads ended (tests; their results come with the event loop)."""
        per = msecs / 1000
        return all(op.finished.wait(per) for op in list(self.ops))

    def show_error(self, message: str, inline: Callable[[str], None] | None = None) -> None:
        """The one way an operation's error is shown."""
        if inline is not None:
            inline(message)
        elif self.status is not None:
            self.status(message)
        else:
            QMessageBox.warning(self.widget, self.title, message)
        self.failed.emit(message)

    def _forget(self, op: Operation[Any]) -> None:
        if op in self.ops:
            self.ops.remove(op)

    def _broadcast(self, op: Operation[Any], result: Any) -> None:
        if self.bus is None:
            return
        found = op.changes(result) if op.changes is not None else (
            result if isinstance(result, Changes) else getattr(result, "changes", None))
        if isinstance(found, Changes) and found:
            self.bus.changed.emit(found)


# -- synchronous edits ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Edit(Generic[T]):
    """What ``run_edit`` did: ``ok`` and the edit's ``value``, or the French ``message`` shown."""

    ok: bool
    value: T | None = None
    message: str = ""
    error: BaseException | None = None

    def __bool__(self) -> bool:
        return self.ok


def edit_message(exc: BaseException, problem: Callable[[Problem], str] | None = None, sep: str = " ") -> str:
    """The French sentence of a synchronous edit's error: each problem of an ``InputError`` worded by
    ``problem`` (joined by ``sep``) when given, else what the runner shows (``user_message``)."""
    if problem is not None and isinstance(exc, InputError):
        return sep.join(problem(p) for p in exc.problems)
    return user_message(exc)


def run_edit(widget: QWidget | None, fn: Callable[[], T], *, show: Callable[[str], object] | None = None,
             problem: Callable[[Problem], str] | None = None, sep: str = " ",
             bus: ChangeBus | None = None, title: str = "") -> Edit[T]:
    """The synchronous counterpart of ``OpRunner.run`` for a quick edit on the GUI thread (a dialog's
    save, a page's archive): ``fn()`` runs here; a user error is shown the one way (``show``: the
    page's status line or the dialog's error label, else a message box over ``widget``), anything
    else as « erreur inattendue » with the traceback only in the log. ``bus`` broadcasts the
    result's ``Changes`` (the result itself, or its ``.changes``)."""
    try:
        value = fn()
    except Exception as exc:  # every error reaches the user as a sentence, never a traceback
        message = edit_message(exc, problem, sep)
        if show is not None:
            show(message)
        else:
            QMessageBox.warning(widget, title or QCoreApplication.translate("OpRunner", "sosdesk"), message)
        return Edit(False, None, message, exc)
    if bus is not None:
        found = value if isinstance(value, Changes) else getattr(value, "changes", None)
        if isinstance(found, Changes) and found:
            bus.changed.emit(found)
    return Edit(True, value)

"""Run one piece of work (a PDF, an iCalendar file) off the GUI thread and hand its result, or its
French error, back on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)


class _Relay(QObject):
    """Lives on the GUI thread, so the worker's signals reach it queued (never in the worker)."""

    def __init__(self, on_done: Callable[[Any], None], on_error: Callable[[str], None]) -> None:
        super().__init__()
        self._on_done, self._on_error = on_done, on_error

    @Slot(object)
    def done(self, result: Any) -> None:
        self._on_done(result)

    @Slot(str)
    def failed(self, message: str) -> None:
        self._on_error(message)


class BackgroundJob(QRunnable):
    """``work()`` runs in the pool; ``on_done(result)`` / ``on_error(message)`` run on the GUI thread.

    The work must open its own database sessions (a SQLite connection belongs to one thread)."""

    def __init__(self, work: Callable[[], Any], on_done: Callable[[Any], None],
                 on_error: Callable[[str], None]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # kept by the runner until its signals have been delivered
        self._work = work
        self.signals = _Signals()
        self._relay = _Relay(on_done, on_error)
        self.signals.done.connect(self._relay.done)
        self.signals.failed.connect(self._relay.failed)

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # reported to the user, never lost in a thread
            self.signals.failed.emit(str(exc))
            return
        self.signals.done.emit(result)


class BackgroundRunner(QObject):
    """One thread pool per page; remembers the running jobs so tests (and closing) can wait."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self.jobs: list[BackgroundJob] = []

    def start(self, work: Callable[[], Any], on_done: Callable[[Any], None],
              on_error: Callable[[str], None]) -> BackgroundJob:
        job: BackgroundJob

        # A job that ends after its page was closed and deleted reports to nobody: the callbacks
        # would touch widgets that no longer exist.
        def finished(result: Any) -> None:
            self._forget(job)
            if shiboken6.isValid(self):
                on_done(result)

        def failed(message: str) -> None:
            self._forget(job)
            if shiboken6.isValid(self):
                on_error(message)

        job = BackgroundJob(work, finished, failed)
        self.jobs.append(job)
        self.pool.start(job)
        return job

    def _forget(self, job: BackgroundJob) -> None:
        if job in self.jobs:
            self.jobs.remove(job)

    def busy(self) -> bool:
        return bool(self.jobs)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the pool is idle (its results are then delivered by the event loop)."""
        return self.pool.waitForDone(msecs)

"""The one UI operation runner: progress, cooperative cancel, one French error path, Changes broadcast,
and results dropped once the page that asked is gone. Driven through real clicks and the event loop."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from sosdesk.domain.errors import InputError
from sosdesk.store.changes import Changes
from sosdesk.ui import operations
from sosdesk.ui.bus import ChangeBus
from sosdesk.ui.operations import Cancelled, OpRunner, Progress
from tests.ui.message_boxes import read_next_message_box

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the message box, offscreen


class _Page(QWidget):
    """A minimal page: « Lancer » starts ``work``, « Annuler » cancels, a status line shows errors."""

    def __init__(self, work: Callable[[Progress], Any], bus: ChangeBus | None = None,
                 status: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.status = QLabel(self)
        self.progress = QLabel(self)
        self.results: list[Any] = []
        self.start_button = QPushButton("Lancer", self)
        self.cancel_button = QPushButton("Annuler", self)
        lay = QVBoxLayout(self)
        for w in (self.status, self.progress, self.start_button, self.cancel_button):
            lay.addWidget(w)
        self.runner = OpRunner(self, bus, status=self.status.setText if status else None, title="Essai")
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.runner.cancel)

    def start(self) -> None:
        self.runner.run(self.work, self.results.append, on_progress=lambda v: self.progress.setText(str(v)))


def _click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_progress_then_result_on_the_gui_thread(qtbot: QtBot) -> None:
    threads: list[str] = []

    def work(progress: Progress) -> int:
        threads.append(threading.current_thread().name)
        for i in range(1, 4):
            progress(f"étape {i}/3")
        return 42

    page = _Page(work)
    qtbot.addWidget(page)
    seen: list[str] = []
    page.progress.setText = lambda text: seen.append(text)  # type: ignore[method-assign]
    with qtbot.waitSignal(page.runner.finished, timeout=10_000) as blocker:
        _click(qtbot, page.start_button)
    assert blocker.args == [42] and page.results == [42]
    assert threads == ["sosdesk-op"]  # the work ran off the GUI thread
    assert seen == ["étape 1/3", "étape 2/3", "étape 3/3"]  # in order, before the result
    assert not page.runner.busy()


def test_cancel_stops_the_work_and_reports_nothing(qtbot: QtBot) -> None:
    started = threading.Event()

    def work(progress: Progress) -> str:
        started.set()
        while True:  # a long loop that checks for a cancel, as the sync and the planner do
            progress.check()
            threading.Event().wait(0.01)

    page = _Page(work)
    qtbot.addWidget(page)
    _click(qtbot, page.start_button)
    assert started.wait(10)
    assert page.runner.busy()
    with qtbot.waitSignal(page.runner.cancelled, timeout=10_000):
        _click(qtbot, page.cancel_button)
    assert page.results == [] and page.status.text() == ""
    assert not page.runner.busy()


def test_user_error_shown_on_the_status_line(qtbot: QtBot) -> None:
    def work(_progress: Progress) -> None:
        raise InputError("la date de fin précède la date de début")

    page = _Page(work)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.runner.failed, timeout=10_000):
        _click(qtbot, page.start_button)
    assert page.status.text() == "la date de fin précède la date de début"
    assert page.results == []


def test_unexpected_error_is_a_french_sentence_in_a_message_box_never_a_traceback(
        qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    def work(_progress: Progress) -> float:
        return 1 / 0

    page = _Page(work, status=False)  # no status line: the runner's message box over the page
    qtbot.addWidget(page)
    page.show()
    shown: list[str] = []

    with caplog.at_level(logging.ERROR, logger="sosdesk.ui.operations"), \
            qtbot.waitSignal(page.runner.failed, timeout=10_000):
        read_next_message_box(shown)
        _click(qtbot, page.start_button)
    assert len(shown) == 1 and shown[0].startswith("erreur inattendue (ZeroDivisionError)")
    assert "Traceback" not in shown[0] and "division by zero" not in shown[0]
    assert any(r.exc_info for r in caplog.records)  # the detail went to the log


def test_os_error_in_french(qtbot: QtBot, tmp_path: Any) -> None:
    missing = tmp_path / "absent" / "f.pdf"

    def work(_progress: Progress) -> None:
        missing.write_bytes(b"x")

    page = _Page(work)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.runner.failed, timeout=10_000):
        _click(qtbot, page.start_button)
    assert page.status.text().startswith("ce fichier ou son dossier n'existe pas")


def test_a_write_broadcasts_its_changes_on_the_bus(qtbot: QtBot) -> None:
    changes = Changes()
    changes.add("update", "meetings", "M1")
    bus = ChangeBus()
    page = _Page(lambda _p: changes, bus=bus)
    qtbot.addWidget(page)
    with qtbot.waitSignal(bus.changed, timeout=10_000) as blocker:
        _click(qtbot, page.start_button)
    assert blocker.args[0].ids("meetings") == {"M1"}


def test_a_read_broadcasts_nothing(qtbot: QtBot) -> None:
    bus = ChangeBus()
    got: list[Any] = []
    bus.changed.connect(got.append)
    page = _Page(lambda _p: Changes(), bus=bus)  # nothing changed: no broadcast
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.runner.finished, timeout=10_000):
        _click(qtbot, page.start_button)
    assert got == []


def test_results_are_ignored_once_the_page_is_deleted(qtbot: QtBot) -> None:
    release, started = threading.Event(), threading.Event()

    def work(_progress: Progress) -> str:
        started.set()
        release.wait(10)
        return "trop tard"

    window = QWidget()  # the page lives in a window that is closed and deleted mid-run
    page = _Page(work, parent=window)
    results = page.results
    _click(qtbot, page.start_button)
    assert started.wait(10)
    op = next(iter(page.runner.ops))
    shiboken6.delete(window)
    assert not shiboken6.isValid(page)
    release.set()
    qtbot.waitUntil(lambda: op not in operations.RUNNING, timeout=10_000)
    qtbot.wait(50)  # let the queued result arrive: it must report to nobody
    assert results == [] and not op.delivered


def test_detach_cancels_without_waiting(qtbot: QtBot) -> None:
    def work(progress: Progress) -> str:
        while not progress.cancelled():
            threading.Event().wait(0.01)
        raise Cancelled

    page = _Page(work)
    qtbot.addWidget(page)
    _click(qtbot, page.start_button)
    op = page.runner.ops[0]
    page.runner.detach()  # returns at once (a dialog's Reject)
    assert op.cancel_event.is_set() and not page.runner.busy()
    qtbot.waitUntil(lambda: not op.running(), timeout=10_000)
    qtbot.wait(20)
    assert page.results == [] and not op.delivered

"""``run_edit``: the synchronous counterpart of the operation runner. A user error is shown one way
(the given line, else a message box), an unexpected one as « erreur inattendue » with the traceback
only in the log, and a write's ``Changes`` are broadcast. Workflow, sync and Chorus Pro errors share
the one user-error root, so every page shows them the same way."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from sosdesk.domain.errors import InputError, Problem, UserError
from sosdesk.domain.invoice_workflow import WorkflowError
from sosdesk.domain.permissions import PermissionDenied
from sosdesk.invoicing.chorus_pro import ChorusError
from sosdesk.store.changes import Changes
from sosdesk.syncclient.transport import SyncError
from sosdesk.ui.bus import ChangeBus
from sosdesk.ui.operations import USER_ERRORS, run_edit, user_message
from tests.ui.message_boxes import read_next_message_box

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the message box, offscreen


def test_user_error_goes_to_the_line_and_nothing_is_returned(qtbot: QtBot) -> None:
    line = QLabel()
    qtbot.addWidget(line)

    def refuse() -> Changes:
        raise PermissionDenied("un validateur régional ne peut pas planifier")

    edit = run_edit(line, refuse, show=line.setText)
    assert not edit.ok and edit.value is None
    assert line.text() == edit.message == "un validateur régional ne peut pas planifier"
    assert isinstance(edit.error, PermissionDenied)


def test_each_problem_worded_by_the_page(qtbot: QtBot) -> None:
    line = QLabel()
    qtbot.addWidget(line)

    def refuse() -> None:
        raise InputError([Problem("amount_cents", "doit être positif"), Problem("date", "date invalide")])

    run_edit(line, refuse, show=line.setText, problem=lambda p: f"« {p.path} » {p.message}", sep=" / ")
    assert line.text() == "« amount_cents » doit être positif / « date » date invalide"


def test_success_returns_the_value_and_broadcasts_its_changes(qtbot: QtBot) -> None:
    line = QLabel("ancien message")
    qtbot.addWidget(line)
    bus = ChangeBus()
    got: list[Changes] = []
    bus.changed.connect(got.append)
    changes = Changes()
    changes.add("update", "expenses", "E1")

    edit = run_edit(line, lambda: ("id", changes), show=line.setText, bus=bus)
    assert edit.ok and edit.value == ("id", changes)
    assert got == []  # a tuple is not Changes and has no ``.changes``: nothing to broadcast
    broadcast = run_edit(line, lambda: changes, show=line.setText, bus=bus)
    assert broadcast.ok and [c.ids("expenses") for c in got] == [{"E1"}]
    assert line.text() == "ancien message"  # the caller says what succeeded


def test_unexpected_error_is_a_french_sentence_in_a_message_box(qtbot: QtBot,
                                                                 caplog: pytest.LogCaptureFixture) -> None:
    page = QLabel()
    qtbot.addWidget(page)
    page.show()
    shown: list[str] = []

    with caplog.at_level(logging.ERROR, logger="sosdesk.ui.operations"):
        read_next_message_box(shown)
        edit = run_edit(page, lambda: 1 / 0, title="Essai")
    assert not edit.ok
    assert len(shown) == 1 and shown[0].startswith("erreur inattendue (ZeroDivisionError)")
    assert "Traceback" not in shown[0] and "division by zero" not in shown[0]
    assert any(r.exc_info for r in caplog.records)  # the detail went to the log


@pytest.mark.parametrize("error", [WorkflowError("facture déjà validée"), SyncError("service injoignable", 1),
                                   ChorusError("Chorus Pro a refusé le dépôt")])
def test_workflow_sync_and_chorus_errors_are_user_errors(error: Exception) -> None:
    assert (UserError,) == USER_ERRORS
    assert isinstance(error, UserError)
    assert user_message(error) == str(error)  # shown as is, never « erreur inattendue »
    # The command line prints ``erreur : …`` and exits with the error's code: kept as it was.
    assert error.code == (1 if isinstance(error, SyncError) else 2)

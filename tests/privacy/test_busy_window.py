"""The window says in French that the file is busy when another program holds its write lock past
the busy timeout (issue 16), or that a page of it is damaged and what to do; other errors still
reach Python's report."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from sosdesk.store import Store
from sosdesk.store import models as m
from sosdesk.store.cipher import open_file
from sosdesk.ui import app

pytestmark = pytest.mark.gui


def test_busy_file_in_the_window_is_a_french_message(qtbot: Any, world: Store, monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    monkeypatch.setenv("SOSDESK_BUSY_TIMEOUT", "0.2")
    from sosdesk.store import open_store

    store = open_store(world.path)  # a fresh engine reads the short busy timeout
    other = open_file(world.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(Exception) as caught:
            store.edit(lambda s: s.add(m.Beneficiary(id="B9", region_id="IDF", last_name="Neuf")), "ajout")
        app.busy_hook(caught.type, caught.value, caught.tb)
    finally:
        other.execute("ROLLBACK")
        other.close()
        store.close()
    assert len(shown) == 1 and "occupé" in shown[0] and "rien n'a été écrit" in shown[0]
    reported: list[BaseException] = []
    monkeypatch.setattr(sys, "__excepthook__", lambda kind, exc, tb: reported.append(exc))
    app.busy_hook(RuntimeError, RuntimeError("bug"), None)
    assert len(shown) == 1 and isinstance(reported[0], RuntimeError)


def test_damaged_page_in_the_window_says_what_to_do(monkeypatch: pytest.MonkeyPatch,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    from sqlalchemy.exc import DatabaseError

    from sosdesk.store.cipher import database_errors
    from sosdesk.ui.operations import user_message

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    reported: list[BaseException] = []
    monkeypatch.setattr(sys, "__excepthook__", lambda kind, exc, tb: reported.append(exc))
    # what SQLAlchemy raises when SQLite (or SQLCipher's page check) reads a damaged page
    for driver_error in database_errors():
        damaged = DatabaseError("SELECT 1", {}, driver_error("database disk image is malformed"))
        app.busy_hook(DatabaseError, damaged, None)
        assert "endommagé" in shown[-1] and "sosdesk restore" in shown[-1] and "rien n'a été écrit" in shown[-1]
        # the same sentence when an operation of the runner (or a page's edit) meets it
        assert user_message(damaged) == shown[-1]
    assert not reported and "damaged data file" in caplog.text
    # a programming error of the SQL layer is not called a damaged file
    app.busy_hook(DatabaseError, DatabaseError("SELECT 1", {}, database_errors()[0]("no such table: x")), None)
    assert len(reported) == 1 and len(shown) == len(database_errors())

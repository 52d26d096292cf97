"""The window says in French that the file is busy when another program holds its write lock past
the busy timeout (issue 16); other errors still reach Python's report."""

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

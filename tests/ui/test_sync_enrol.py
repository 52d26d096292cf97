"""Enrolment from the Synchronisation page against a real ``sosdesk-sync serve`` on 127.0.0.1, typed
with the keyboard and clicked with the mouse; « Synchroniser » waits for an enrolled post; the demo's
own rows are not shown as the user's pending changes."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt

from sosdesk.store.demo import build_demo
from sosdesk.store.engine import Store, open_store
from sosdesk.ui.bus import ChangeBus
from sosdesk.ui.sync_page import SyncPage
from tests.sync.realserver import RealServer, free_port

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def service(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A real uvicorn service (tests/sync/realserver.py); its log stays in tmp_path."""
    db = tmp_path / "central.db"
    server = RealServer(f"sqlite:///{db}").start()
    try:
        yield server.base, db
    finally:
        server.stop()


def _code(central: Path, region: str) -> str:
    done = subprocess.run([sys.executable, "-m", "sync.cli", "enrol-code", "--db", str(central),
                           "--role", "regional_admin", "--region", region],
                          cwd=ROOT, capture_output=True, text=True, check=True)
    return done.stdout.strip()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(tmp_path / "antenne.db")
    yield s
    s.close()


def _page(qtbot, store: Store) -> SyncPage:  # type: ignore[no-untyped-def]
    page = SyncPage(store, ChangeBus())
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def _type_and_enrol(qtbot, page: SyncPage, server: str, code: str) -> None:  # type: ignore[no-untyped-def]
    page.server_edit.clear()
    page.code_edit.clear()
    qtbot.mouseClick(page.server_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.server_edit, server)
    qtbot.mouseClick(page.code_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.code_edit, code)
    qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.job is None, timeout=30000)


def test_enrol_from_the_page_then_synchronise(qtbot, store: Store, service: tuple[str, Path]) -> None:  # type: ignore[no-untyped-def]
    url, central = service
    page = _page(qtbot, store)
    assert "non enrôlé" in page.state_label.text()
    assert page.enrol_box.isVisible()
    assert not page.sync_button.isEnabled() and "enrôlé" in page.sync_hint.text()

    # a wrong code: the service refuses, the page says so and stays unenrolled
    _type_and_enrol(qtbot, page, url, "PAS-LE-BON-CODE")
    assert "code d'enrôlement inconnu" in page.message.text() and "Poste enrôlé" not in page.message.text()
    assert not page.sync_button.isEnabled() and page.enrol_box.isVisible()

    _type_and_enrol(qtbot, page, url, _code(central, "ARA"))
    assert "Poste enrôlé" in page.message.text() and "ARA" in page.message.text()
    assert url in page.state_label.text()
    assert not page.enrol_box.isVisible()
    assert page.sync_button.isEnabled() and not page.sync_hint.isVisible()

    qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.job is None, timeout=30000)
    assert "envoyée(s)" in page.message.text(), page.message.text()
    assert "dernière synchronisation : jamais" not in page.state_label.text()


def test_unreachable_service_and_bad_address_are_explained(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, store)
    _type_and_enrol(qtbot, page, f"http://127.0.0.1:{free_port()}", "ABC")
    assert "injoignable" in page.message.text() and "le code reste valable" in page.message.text()
    _type_and_enrol(qtbot, page, "sync.exemple.fr", "ABC")
    assert "https://" in page.message.text()
    assert page.enrol_box.isVisible() and not page.sync_button.isEnabled()


def test_fresh_demo_shows_no_pending_changes_of_its_own(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    build_demo(store, beneficiaries=8, weeks=1, today=date(2026, 11, 18))
    page = _page(qtbot, store)
    text = page.state_label.text()
    assert "modifications en attente : 0 " in text
    assert "Données de démonstration" in text and "non synchronisées" in text


def test_conflict_headers_are_not_clipped(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, store)
    header = page.fields_view.horizontalHeader()
    metrics = header.fontMetrics()
    for col in range(page.fields_model.columnCount() - 1):
        title = page.fields_model.headerData(col, Qt.Orientation.Horizontal)
        assert header.sectionSize(col) >= metrics.horizontalAdvance(title), title

"""Main window: pages (placeholders for those in preparation), named undo, settings, screenshot."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from sosdesk.store import Store
from tests.store.calendar_office import WEEK, add_meeting, build_office

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = build_office(tmp_path / "office.db")
    add_meeting(s, "M1")
    yield s
    s.close()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_pages_and_placeholders(qtbot: QtBot, store: Store, settings: QSettings) -> None:
    from sosdesk.ui.main_window import PAGES, MainWindow, Placeholder

    window = MainWindow(store, settings, week=WEEK)
    qtbot.addWidget(window)
    assert window.current_key() == "planning"
    for key, _title, target in PAGES:
        window.show_page(key)
        widget = window.page(key)
        module = target.split(":")[0]
        if isinstance(widget, Placeholder):
            with pytest.raises(ModuleNotFoundError):
                __import__(module)
        assert window.stack.currentWidget() is widget
    assert "office.db" in window.file_label.text()


def test_undo_menu_names_the_action(qtbot: QtBot, store: Store, settings: QSettings) -> None:
    from sosdesk.ui.main_window import MainWindow

    window = MainWindow(store, settings, week=WEEK)
    qtbot.addWidget(window)
    planning = window.page("planning")
    assert window.undo_action.text() == "Annuler" and not window.undo_action.isEnabled()
    planning.scene().select_ids(["M1"])  # type: ignore[attr-defined]
    planning.view.nudge(0, 15)  # type: ignore[attr-defined]
    assert window.undo_action.text() == "Annuler « Déplacer le rendez-vous »"
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    window.undo_action.trigger()
    assert window.redo_action.text() == "Rétablir « Déplacer le rendez-vous »"
    assert "modification" in window.sync_label.text()


def test_geometry_restored_and_home_opens_first(qtbot: QtBot, store: Store, settings: QSettings) -> None:
    from sosdesk.ui.main_window import MainWindow

    window = MainWindow(store, settings, week=WEEK)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.resize(1000, 650)
    window.show_page("reports")
    window.close()
    again = MainWindow(store, settings)
    qtbot.addWidget(again)
    again.show()
    assert again.current_key() == "home"  # each person's desk opens first (issue 14)
    with_week = MainWindow(store, settings, week=WEEK)
    qtbot.addWidget(with_week)
    assert with_week.current_key() == "planning"  # a week asked for on the command line
    assert again.size().height() == 650  # the offscreen platform may adjust the width to the toolbar


def _args(**kw: object) -> argparse.Namespace:
    base: dict[str, object] = {"db": None, "demo": False, "week": None, "screenshot": None, "user": None}
    base.update(kw)
    return argparse.Namespace(**base)


def test_screenshot_flag_writes_png(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    from sosdesk.ui.app import run_app

    out = tmp_path / "shot.png"
    assert run_app(_args(db=str(store.path), screenshot=str(out), week=WEEK)) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_screenshot_on_bad_file_exits_2(qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from sosdesk.ui.app import run_app

    bad = tmp_path / "notes.db"
    bad.write_text("pas une base")
    assert run_app(_args(db=str(bad), screenshot=str(tmp_path / "x.png"))) == 2
    assert "n'est pas une base sosdesk" in capsys.readouterr().err


def test_english_translation_available(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from sosdesk.ui.app import install_translations

    app = QApplication.instance()
    monkeypatch.setenv("SOSDESK_LANG", "en")
    assert install_translations(app) == "en"
    try:
        assert QCoreApplication.translate("MainWindow", "&Fichier") == "&File"
    finally:
        from PySide6.QtCore import QTranslator

        for tr in app.findChildren(QTranslator):  # type: ignore[union-attr]
            app.removeTranslator(tr)  # type: ignore[union-attr]
        app.setStyleSheet("")  # type: ignore[union-attr]


def test_document_actions_in_file_menu(qtbot: QtBot, store: Store, settings: QSettings) -> None:
    from sosdesk.ui.main_window import MainWindow

    window = MainWindow(store, settings, week=WEEK)
    qtbot.addWidget(window)
    texts = [a.text() for a in window.file_menu.actions()]
    assert texts[0] == "&Ouvrir un fichier de données…" and texts[-1] == "&Quitter"
    for text in ("Imprimer / PDF…", "Feuille d'émargement…", "Exporter le calendrier (iCal)…",
                 "Joindre la feuille d'émargement scannée…"):
        assert text in texts
        assert all(a.isEnabled() for a in window.file_menu.actions() if a.text() == text)


def test_planning_view_restored_in_new_window(qtbot: QtBot, store: Store, settings: QSettings) -> None:
    from sosdesk.ui.main_window import MainWindow

    window = MainWindow(store, settings, week=WEEK)
    qtbot.addWidget(window)
    window.page("planning").show_site("S2")  # type: ignore[attr-defined]
    window.close()
    again = MainWindow(store, settings, week=WEEK)
    qtbot.addWidget(again)
    planning = again.page("planning")
    assert (planning.mode, planning.resources) == ("site", ("S2",))  # type: ignore[attr-defined]


@pytest.fixture
def english(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

    from sosdesk.ui.app import install_translations

    app = QApplication.instance()
    monkeypatch.setenv("SOSDESK_LANG", "en")
    assert install_translations(app) == "en"
    yield
    for tr in app.findChildren(QTranslator):  # type: ignore[union-attr]
        app.removeTranslator(tr)  # type: ignore[union-attr]
    app.setStyleSheet("")  # type: ignore[union-attr]


def test_english_menus_and_toolbar(qtbot: QtBot, store: Store, settings: QSettings, english: None) -> None:
    from PySide6.QtWidgets import QToolBar

    from sosdesk.ui.main_window import MainWindow

    window = MainWindow(store, settings, week=WEEK)
    qtbot.addWidget(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Help"]
    assert [window.nav.item(i).text() for i in range(4)] == ["Home", "Planning", "Expenses", "People"]
    assert window.undo_action.text() == "Undo"
    files = [a.text() for a in window.file_menu.actions() if a.text()]
    assert "Print / PDF…" in files and "Export the calendar (iCal)…" in files and "&Quit" in files
    planning = window.page("planning")
    tools = [a.text() for bar in planning.findChildren(QToolBar) for a in bar.actions() if a.text()]
    assert {"Plan the week", "Copy → next week", "Today's attendance"} <= set(tools)
    assert planning.navigator.today_button.text() == "Today"  # type: ignore[attr-defined]
    assert planning.navigator.kind_buttons["timeline"].text() == "Timeline"  # type: ignore[attr-defined]
    assert planning.print_button.text() == "Print / export"  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: planning.data.checked)  # type: ignore[attr-defined]
    assert planning.rules_button.text() == "Rules respected"  # type: ignore[attr-defined]
    assert planning.mode_combo.itemText(0) == "Professionals side by side"  # type: ignore[attr-defined]
    labels = [t for _r, t, _ in planning.scene().header_labels()]  # type: ignore[attr-defined]
    assert "Mon 23/11" in labels and "Sat 28/11" in labels and "unavailable" in labels
    store.set_user("U1")
    other = MainWindow(store, settings, week=WEEK)
    qtbot.addWidget(other)
    assert other.user_label.text() == "User: Admin Lyon (Regional administrator)"


def test_english_translation_complete_for_window_and_calendar() -> None:
    import xml.etree.ElementTree as ET

    from sosdesk.ui.app import resources_dir

    root = ET.parse(resources_dir() / "translations" / "sosdesk_en.ts").getroot()
    ours = ("sosdesk/ui/calendar/", "sosdesk/ui/main_window.py", "sosdesk/ui/app.py", "sosdesk/ui/widgets/")
    unfinished = []
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            files = [loc.get("filename", "") for loc in msg.iter("location")]
            tr = msg.find("translation")
            if any(any(o in f for o in ours) for f in files) and (tr is None or tr.get("type") or not tr.text):
                unfinished.append(msg.findtext("source"))
    assert unfinished == []

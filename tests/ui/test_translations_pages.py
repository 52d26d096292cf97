"""Personnes, Rapports and Rappels in English: with the translator app.py installs for
SOSDESK_LANG=en, tabs, buttons, column headers and dialogs read in English (no French source text
left on screen), and the .ts files cover every string of those pages."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Collection, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from sosdesk.store import Store
from sosdesk.ui.app import install_translations, resources_dir
from sosdesk.ui.bus import ChangeBus
from tests.store.people_world import build

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = resources_dir() / "translations"
PAGE_FILES = ("sosdesk/ui/people/", "sosdesk/ui/reports/", "sosdesk/ui/reminders_page.py", "sosdesk/ui/reminders/")


def _ours(msg: ET.Element) -> bool:
    return any(any(p in (loc.get("filename") or "") for p in PAGE_FILES) for loc in msg.iter("location"))


def _messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    """(context, French source, <translation>) of the three pages' strings in ``sosdesk_<lang>.ts``."""
    root = ET.parse(TRANSLATIONS / f"sosdesk_{lang}.ts").getroot()
    out = []
    for ctx in root.iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if _ours(msg) and tr is not None:
                out.append((ctx.findtext("name") or "", msg.findtext("source") or "", tr))
    return out


FRENCH_ONLY = {source for _ctx, source, tr in _messages("en") if tr.text and tr.text != source}
"""French sources whose English differs: none of them may be seen with the English translator."""


def _switch(app: QApplication, monkeypatch: pytest.MonkeyPatch, lang: str) -> Iterator[str]:
    locale = QLocale()
    monkeypatch.setenv("SOSDESK_LANG", lang)
    assert install_translations(app) == lang
    try:
        yield lang
    finally:
        for tr in app.findChildren(QTranslator):
            app.removeTranslator(tr)
        app.setStyleSheet("")
        QLocale.setDefault(locale)


@pytest.fixture
def english(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    yield from _switch(qapp, monkeypatch, "en")


@pytest.fixture
def french(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    yield from _switch(qapp, monkeypatch, "fr")


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    s = build(db_path, user="admin")
    yield s
    s.close()


def visible_texts(widget: QWidget, skipped: Collection[QWidget] = ()) -> list[str]:
    """Every piece of interface text of ``widget`` and its children (labels, buttons, tabs, combos,
    placeholders, tooltips, window titles and the horizontal headers of item views)."""
    texts: list[str] = [widget.windowTitle(), widget.toolTip()]
    for w in [widget, *widget.findChildren(QWidget)]:
        if w in skipped:
            continue
        texts.append(w.toolTip())
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        if isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        if isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QTableView) and w.model() is not None:
            model = w.model()
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal))
                      for c in range(model.columnCount(QModelIndex()))]
    return [t for t in texts if t]


def french_left(widget: QWidget, content: tuple[QWidget, ...] = ()) -> list[str]:
    """Texts shown as a French source that has an English translation (a missed or mis-contexted tr);
    ``content`` widgets show French data (a message preview), not interface text."""
    found = []
    skipped = set(content)
    for text in visible_texts(widget, skipped):
        plain = re.sub(r"<[^>]+>", "", text)
        for piece in {text, plain, *re.split(r"\n|: | — |, ", plain)}:
            if piece.strip() in FRENCH_ONLY:
                found.append(piece.strip())
    return sorted(set(found))


def headers(view: QAbstractItemView) -> list[str]:
    model = view.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


# -- Personnes ------------------------------------------------------------------------------------

def test_people_page_in_english(qtbot: QtBot, store: Store, english: str) -> None:
    from sosdesk.ui.people.page import PeoplePage

    page = PeoplePage(store, ChangeBus())
    qtbot.addWidget(page)
    assert [page.tabs.tabText(i) for i in range(3)] == ["Beneficiaries", "Professionals", "Sites"]
    tab = page.tab("beneficiaries")
    assert [b.text() for b in (tab.new_button, tab.open_button, tab.archive_button, tab.planning_button)] \
        == ["New…", "Edit…", "Archive…", "Show planning"]
    assert tab.filter.placeholderText() == "Search (name, phone, site, skill…)"
    assert headers(tab.view) == ["Name", "First name", "Region", "Phone", "E-mail", "Referent",
                                 "Obligations", "Sites"]
    assert headers(page.tab("professionals").view)[3:] == ["Skills", "Home site", "Phone", "E-mail",
                                                           "Cap (h/week)"]
    assert headers(page.tab("sites").view) == ["Name", "Region", "Type", "Address", "Capacity",
                                               "Coefficient", "Opening hours"]
    assert tab.model.headers[0] == "Nom"  # the model's own data (and the CSV) stay French
    assert french_left(page) == []


def test_people_dialogs_in_english(qtbot: QtBot, store: Store, english: str) -> None:
    from sosdesk.store import ops_people
    from sosdesk.ui.people.dialogs import BeneficiaryDialog, ProfessionalDialog, SiteDialog

    ops_people.update(store, "beneficiaries", "B2", {"phone": "+33600000000"})
    dialog = BeneficiaryDialog(store, "B2")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Beneficiary"
    entries = dialog.history_view.model().rowCount()
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == \
        ["Details", "Obligations", "Availability", "Sites and contacts", "Leave and absences",
         f"History ({entries})"]
    save, cancel = (dialog.buttons.button(b) for b in (dialog.buttons.StandardButton.Save,
                                                       dialog.buttons.StandardButton.Cancel))
    assert (save.text(), cancel.text()) == ("Save", "Cancel")
    assert headers(dialog.history_view) == ["When", "Who", "Action", "Field", "Before", "After"]
    model = dialog.history_view.model()
    assert {model.data(model.index(r, 2)) for r in range(entries)} == {"creation", "change"}
    assert "phone" in {model.data(model.index(r, 3)) for r in range(entries)}
    dialog.available.add_window(1, "08:07", "10:00")
    day_combo = dialog.available.table.cellWidget(0, 0)
    assert isinstance(day_combo, QComboBox)
    assert day_combo.currentText() == "Monday"
    assert headers(dialog.available.table) == ["Day", "From", "To"]
    assert headers(dialog.requirements.table) == ["Meeting type", "Minutes / week"]
    assert french_left(dialog) == []
    assert not dialog.save()
    assert dialog.error_label.text().startswith("Cannot save:\n• ")
    assert "\n• Availability, slot 1, start : " in dialog.error_label.text()

    for cls, title in ((ProfessionalDialog, "New professional"), (SiteDialog, "New site")):
        other = cls(store, None)
        qtbot.addWidget(other)
        assert other.windowTitle() == title
        assert french_left(other) == []
    site = SiteDialog(store, "S2")
    qtbot.addWidget(site)
    assert site.kind.currentText() == "Detention"


def test_people_page_stays_french_with_the_french_translator(qtbot: QtBot, store: Store,
                                                            french: str) -> None:
    from sosdesk.ui.people.page import PeoplePage

    page = PeoplePage(store, ChangeBus())
    qtbot.addWidget(page)
    assert [page.tabs.tabText(i) for i in range(3)] == ["Bénéficiaires", "Professionnels", "Sites"]
    assert headers(page.tab("sites").view)[:2] == ["Nom", "Région"]
    assert page.tab("sites").open_button.text() == "Modifier…"


# -- Rapports -------------------------------------------------------------------------------------

def test_reports_page_in_english(qtbot: QtBot, store: Store, english: str) -> None:
    from sosdesk.ui.reports.page import ReportsPage

    page = ReportsPage(store, ChangeBus(), today=date(2026, 10, 14))
    qtbot.addWidget(page)
    assert [page.kind_combo.itemText(i) for i in range(page.kind_combo.count())] == [
        "Professionals' workload (week)", "Obligations coverage (month)", "Activity by meeting type (month)",
        "Billed amounts (month)"]
    assert page.export_button.text() == "Export as CSV…"
    assert page.prev_button.toolTip() == "Previous period"
    assert page.period_label.text() == "week 12/10 – 18/10/2026"
    assert page.title.text() == "Professionals' workload — week 12/10 – 18/10/2026"
    assert headers(page.view) == ["Professional", "Region", "Planned (h)", "Held (h)", "Cap (h)", "Load (%)"]
    assert french_left(page) == []
    expected = {"obligations": ["Beneficiary", "Region", "Type", "Required (h)", "Planned (h)", "Held (h)",
                                "Coverage (%)"],
                "activity": ["Region", "Type", "Held", "Held (h)", "No-shows", "No-shows (h)", "Cancelled",
                             "Cancelled (h)", "Attendance to record", "Attendance to record (h)"],
                "billed": ["Scope", "Document", "Edition", "Number", "Status", "Excl. VAT (€)", "VAT (€)",
                           "Incl. VAT (€)"]}
    for key, columns in expected.items():
        page.set_report(key, "2026-10")
        assert page.period_label.text() == "October 2026"
        assert headers(page.view) == columns
        assert french_left(page) == []
    assert page.title.text() == "Billed amounts — October 2026"
    assert page.empty_label.text() == "No data for this period."
    assert page.model.table.headers[0] == "Périmètre"  # the CSV export keeps the French headers


# -- Rappels --------------------------------------------------------------------------------------

def test_reminders_page_in_english(qtbot: QtBot, store: Store, english: str) -> None:
    from sosdesk.notify.run import MessageRow
    from sosdesk.ui.reminders_page import RemindersPage

    page = RemindersPage(store, ChangeBus(), autostart=False)
    qtbot.addWidget(page)
    try:
        assert [page.tabs.tabText(i) for i in range(3)] == ["Messages", "Templates", "Rules and sending"]
        assert [b.text() for b in (page.send_button, page.resend_button, page.confirm_button)] == \
            ["Send now", "Resend", "Mark as sent"]
        assert headers(page.view) == ["Due", "Beneficiary", "Channel", "Message", "Meeting", "Status",
                                      "Attempts", "Detail"]
        assert page.who.itemText(0) == "All"
        assert page.summary.text() == "0 sent, 0 failed, 0 pending, 0 to check, 0 not sent"
        at = datetime(2026, 11, 28, 13, 0, tzinfo=UTC)
        page.model.set_rows([MessageRow(1, "B1", "Hélène Dupré", "M1", at, "email", "reminder", "uncertain",
                                        at, None, 1, "", "")])
        row = [page.model.data(page.model.index(0, c)) for c in (2, 3, 5)]
        assert row == ["e-mail", "reminder", "uncertain (to check)"]
        choices = [page.templates.choice.itemText(i) for i in range(page.templates.choice.count())]
        assert choices[0] == "SMS — reminder" and "e-mail — cancellation" in choices
        assert page.templates.save_button.text() == "Save template"
        assert page.rules.save_button.text() == "Save"
        labels = [w.text() for w in page.rules.findChildren(QLabel)]
        assert {"SMS reminders:", "Server:", "Security:", "Token:", "No SMS:"} <= set(labels)
        assert page.rules.smtp_security.itemText(0) == "STARTTLS (587, recommended)"
        assert page.rules.offsets["email"][1].text() == "none"
        assert page.rules.test_button.text() == "Test sending"
        assert french_left(page, content=(page.templates.preview,)) == []
        page.rules.smtp_host.setText("smtp.example.org")
        page.rules.smtp_sender.setText("rappels")
        assert not page.rules.save()
        assert page.rules.error.text().startswith("Not saved: ")
        assert "the sender “rappels” is not an e-mail address" in page.rules.error.text()
    finally:
        page.shutdown()


# -- the .ts files --------------------------------------------------------------------------------

def test_english_ts_complete_for_the_three_pages() -> None:
    messages = _messages("en")
    contexts = {ctx for ctx, _s, _t in messages}
    assert {"PeoplePage", "PeopleTab", "PeopleLabels", "PersonDialog", "BeneficiaryDialog", "ReportsPage",
            "ReportTableModel", "RemindersPage", "MessagesModel", "RulesEditor", "TemplateEditor"} <= contexts
    unfinished = [(c, s) for c, s, tr in messages if tr.get("type") or not (tr.text or "").strip()]
    assert unfinished == []
    # placeholders survive the translation
    braces = [(c, s) for c, s, tr in messages
              if sorted(re.findall(r"\{\w*\}", s)) != sorted(re.findall(r"\{\w*\}", tr.text or ""))]
    assert braces == []


def test_french_ts_is_the_source_text() -> None:
    messages = _messages("fr")
    assert len(messages) == len(_messages("en"))
    assert [(c, s) for c, s, tr in messages if tr.get("type") or tr.text != s] == []


def test_ts_files_hold_every_string_of_the_three_pages(tmp_path: Path) -> None:
    """lupdate on today's source finds no (context, text) the .ts lacks: a new string needs a rerun of
    resources/translations/update_translations.py and its English."""
    sources = [str(p) for folder in ("sosdesk/ui/people", "sosdesk/ui/reports", "sosdesk/ui/reminders")
               for p in sorted((ROOT / folder).glob("*.py"))] + [str(ROOT / "sosdesk/ui/reminders_page.py")]
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), *sources, "-ts", str(tmp_path / "x.ts")], check=True, capture_output=True)
    fresh = {(ctx.findtext("name"), msg.findtext("source"))
             for ctx in ET.parse(tmp_path / "x.ts").getroot().iter("context") for msg in ctx.iter("message")}
    known = {(c, s) for c, s, _tr in _messages("en")}
    assert fresh - known == set()

"""Skills and meeting types in the English window (issue 13): their French labels are shown in the
user's language through the ``Vocabulary`` translation context; the stored values, the French
window and the CLI keep the French."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sosdesk.store import Store
from sosdesk.ui.bus import ChangeBus
from sosdesk.ui.calendar.obligations import TYPE
from tests.store.calendar_office import WEEK, build_office
from tests.store.people_world import build
from tests.store.protected_office import NOW
from tests.ui.test_translations_pages import _switch

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture(params=["en", "fr"])
def lang(request: pytest.FixtureRequest, qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    yield from _switch(qapp, monkeypatch, str(request.param))


def test_people_skills_column_and_dialog(qtbot: QtBot, db_path: Path, lang: str) -> None:
    from sosdesk.ui.people.dialogs import ProfessionalDialog
    from sosdesk.ui.people.page import PeoplePage

    store = build(db_path, user="admin")
    try:
        page = PeoplePage(store, ChangeBus())
        qtbot.addWidget(page)
        tab = page.tab("professionals")
        col = tab.model.headers.index("Compétences")
        shown = {tab.model.index(r, col).data() for r in range(tab.model.rowCount())}
        assert shown == ({"psychologist", "facilitator"} if lang == "en" else {"psychologue", "animateur"})
        dialog = ProfessionalDialog(store, "P1")
        qtbot.addWidget(dialog)
        texts = [dialog.skills.list.item(i).text() for i in range(dialog.skills.list.count())]
        assert any(t.startswith("psychologist" if lang == "en" else "psychologue (") for t in texts)
    finally:
        store.close()


def test_meeting_types_in_the_planning_page(qtbot: QtBot, tmp_path: Path, lang: str) -> None:
    from sosdesk.ui.calendar.page import PlanningPage
    from tests.store.calendar_office import add_meeting

    store: Store = build_office(tmp_path / "office.db")
    add_meeting(store, "M1")
    try:
        page = PlanningPage(store, ChangeBus(), week=WEEK, now=lambda: NOW)
        qtbot.addWidget(page)
        expected = "Individual interview" if lang == "en" else "Entretien individuel"
        assert page.data.type_label("IND") == expected
        model = page.obligations.model
        types = {model.index(r, TYPE).data(Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())}
        assert expected in types
        card = page.scene().item_for("M1").card()  # type: ignore[union-attr]
        assert expected in card
        assert page.data.problem.meeting_types["IND"].label == "Entretien individuel"  # stored value
    finally:
        store.close()


def test_report_cells(lang: str) -> None:
    from sosdesk.store.reports import Table
    from sosdesk.ui.reports.table_model import ReportTableModel

    model = ReportTableModel()
    model.set_table(Table("Effectifs", ("Compétence", "Type", "Heures"),
                          (("Psychologue", "Entretien psychologique", 3), ("Marie Curie", "Visite", 1))))
    cells = [[model.index(r, c).data() for c in range(3)] for r in range(2)]
    if lang == "en":
        assert cells == [["Psychologist", "Psychological interview", "3"], ["Marie Curie", "Visite", "1"]]
    else:
        assert cells == [["Psychologue", "Entretien psychologique", "3"], ["Marie Curie", "Visite", "1"]]

"""The calendar's views with real mouse and keyboard events (issue 13): the view switch and its
shortcuts, the mini-month, previous / next / today, hover cards in names, the legend, working hours
collapsed and expanded, the resource timeline of 60+ professionals, the month and the agenda."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from sosdesk.store import Store
from sosdesk.store import models as m
from sosdesk.ui.calendar.navigator import AGENDA, DAY, MONTH, TIMELINE, VIEW_KINDS, WEEK, WORKWEEK
from sosdesk.ui.calendar.page import PlanningPage
from tests.store.calendar_office import WEEK as OFFICE_WEEK
from tests.store.calendar_office import add_meeting, build_office
from tests.ui.calendar.conftest import NOW

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def _ready(qtbot: QtBot, page: PlanningPage) -> None:
    page.activateWindow()
    page.view.setFocus()
    qtbot.waitUntil(lambda: page.data.checked)


def test_each_view_from_the_switch_and_from_the_keyboard(qtbot: QtBot, page: PlanningPage) -> None:
    _ready(qtbot, page)
    expected = {DAY: page.view, WORKWEEK: page.view, WEEK: page.view, MONTH: page.month,
                AGENDA: page.agenda, TIMELINE: page.timeline}
    for kind in VIEW_KINDS:
        qtbot.mouseClick(page.navigator.kind_buttons[kind], Qt.MouseButton.LeftButton)
        assert page.view_kind == kind and page.views.currentWidget() is expected[kind]
        assert page.navigator.kind_buttons[kind].isChecked()
    assert page.scene().layout.days == [1, 2, 3, 4, 5, 6]
    for i, kind in enumerate(VIEW_KINDS):
        qtbot.keyClick(page.views.currentWidget(), getattr(Qt.Key, f"Key_{i + 1}"), CTRL_ALT)
        assert page.view_kind == kind, kind
    qtbot.keyClick(page.views.currentWidget(), Qt.Key.Key_2, CTRL_ALT)
    assert page.scene().layout.days == [1, 2, 3, 4, 5]
    qtbot.keyClick(page.view, Qt.Key.Key_1, CTRL_ALT)
    assert page.scene().layout.days == [3]  # today, Wednesday 25/11
    assert "mercredi 25 novembre 2026" in page.navigator.date_button.text()
    # every view is listed with its keys in the « Affichage » menu, and in the shortcuts help
    texts = page.shortcut_lines()
    assert any(line.startswith("Ctrl+Alt+6") and "Chronologie" in line for line in texts)
    assert any("Aller à une date" in line for line in texts)


def test_previous_next_and_today_follow_the_view(qtbot: QtBot, page: PlanningPage) -> None:
    _ready(qtbot, page)
    qtbot.mouseClick(page.navigator.next_button, Qt.MouseButton.LeftButton)
    assert page.week == "2026-W49" and page.data.week == "2026-W49"
    qtbot.mouseClick(page.navigator.kind_buttons[DAY], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.navigator.next_button, Qt.MouseButton.LeftButton)
    assert page.anchor == date(2026, 12, 3)
    qtbot.mouseClick(page.navigator.today_button, Qt.MouseButton.LeftButton)
    assert page.anchor == date(2026, 11, 25) and page.week == OFFICE_WEEK
    qtbot.mouseClick(page.navigator.kind_buttons[MONTH], Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.month, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert page.anchor == date(2026, 12, 1) and page.navigator.date_button.text().startswith("Décembre 2026")
    qtbot.keyClick(page.month, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert page.anchor == date(2026, 11, 25)


def test_mini_month_picks_a_date_with_the_keyboard(qtbot: QtBot, page: PlanningPage) -> None:
    _ready(qtbot, page)
    mini = page.navigator.mini_month
    grid = mini.findChild(QTableView)
    assert grid is not None

    def pick() -> None:  # the popup is open (a menu's own event loop): two weeks down, Enter
        qtbot.waitUntil(mini.isVisible)
        grid.setFocus()
        qtbot.keyClick(grid, Qt.Key.Key_Down)
        qtbot.keyClick(grid, Qt.Key.Key_Down)
        qtbot.keyClick(grid, Qt.Key.Key_Return)

    QTimer.singleShot(50, pick)
    qtbot.mouseClick(page.navigator.date_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.week == "2026-W50")
    assert page.anchor == date(2026, 12, 9) and not mini.isVisible()


def test_hover_card_names_people_site_type_and_status(qtbot: QtBot, page: PlanningPage) -> None:
    _ready(qtbot, page)
    item = page.scene().item_for("M1")  # P1 + B1, Tuesday 10:00, Antenne Lyon 3
    assert item is not None
    view = page.view
    view.ensureVisible(item)
    point = view.mapFromScene(item.sceneBoundingRect().center())
    qtbot.mouseMove(view.viewport(), point - QPoint(3, 3))
    qtbot.mouseMove(view.viewport(), point)
    qtbot.waitUntil(view.card.isVisible)
    text = view.card.text()
    for part in ("Entretien individuel", "Anne Martin", "Prénom1 Nom1", "Antenne Lyon 3", "prévu",
                 "mardi 24/11/2026", "10:00–11:00"):
        assert part in text, part
    assert "P1" not in text and "B1" not in text and "IND" not in text and "M1" not in text
    # away from the block, the card goes
    qtbot.mouseMove(view.viewport(), view.mapFromScene(QPointF(item.sceneBoundingRect().right() + 300, 700)))
    qtbot.waitUntil(lambda: not view.card.isVisible())


def test_held_meeting_card_tells_attendance_and_proof(qtbot: QtBot, page: PlanningPage, store: Store) -> None:
    with store.transaction("fixture") as (s, _):
        row = s.get(m.Meeting, "M2")
        assert row is not None
        row.status, row.attendance = "held", {"B2": "absent_excused"}
    page.set_week(OFFICE_WEEK)
    item = page.scene().item_for("M2")
    assert item is not None
    card = item.card()
    assert "Prénom2 Nom2" in card and "absent(e) excusé(e)" in card and "justificatif manquant" in card
    assert "absence" in card  # the status: nobody came


def test_legend_names_every_type_and_status(qtbot: QtBot, page: PlanningPage) -> None:
    assert page.legend.isVisible()
    labels = " ".join(page.legend.labels)
    for part in ("Entretien individuel", "Atelier collectif", "Convocation tribunal", "prévu", "réalisé",
                 "absence", "annulé", "règle non respectée"):
        assert part in labels, part


def test_working_hours_collapsed_by_default_and_toggled(qtbot: QtBot, page: PlanningPage) -> None:
    _ready(qtbot, page)
    lay = page.scene().layout
    assert (lay.first, lay.last) == (8 * 60, 19 * 60)  # P1 and P2 work 08:00–19:00
    assert page.hours_box.isChecked()
    qtbot.mouseClick(page.hours_box, Qt.MouseButton.LeftButton)
    lay = page.scene().layout
    assert (lay.first, lay.last) == (6 * 60, 22 * 60) and not page.collapsed
    qtbot.keyClick(page.view, Qt.Key.Key_H, CTRL_ALT)
    assert page.collapsed and page.hours_box.isChecked()
    assert (page.scene().layout.first, page.scene().layout.last) == (8 * 60, 19 * 60)


def test_blocks_and_columns_read_in_full_names(qtbot: QtBot, page: PlanningPage) -> None:
    labels = [t for _r, t, _ in page.scene().header_labels()]
    assert "Anne Martin" in labels and "Bruno Martin" in labels
    item = page.scene().item_for("M1")
    assert item is not None
    from PySide6.QtGui import QFontMetricsF

    lines = item._lines(QFontMetricsF(page.font()), 400)
    assert lines[0] == "Prénom1 Nom1" and "Antenne Lyon 3" in lines


@pytest.fixture
def region(tmp_path: Path) -> Store:
    """The small office plus 61 professionals (65 in all), one meeting for the last of them."""
    store = build_office(tmp_path / "region.db")
    with store.transaction("fixture") as (s, _):
        for i in range(61):
            s.add(m.Professional(id=f"X{i:02d}", region_id="R1", first_name="Zoé", last_name=f"Équipe {i:02d}",
                                 skills=["psychologist"], home_site_id="S1",
                                 available=[{"day": d, "from": "09:00", "to": "17:00"} for d in range(1, 6)]))
    add_meeting(store, "MX", day=4, start=14 * 60, pros=("X60",), bens=("B5",))
    return store


def test_timeline_shows_every_professional_and_scrolls(qtbot: QtBot, region: Store) -> None:
    from sosdesk.ui.bus import ChangeBus

    page = PlanningPage(region, ChangeBus(), week=OFFICE_WEEK, now=lambda: NOW)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    qtbot.mouseClick(page.navigator.kind_buttons[TIMELINE], Qt.MouseButton.LeftButton)
    timeline = page.timeline
    scene = timeline.timeline_scene()
    assert len(scene.pros) == 65 and scene.pros[-1] == "X60"  # « Zoé Équipe 60 » sorts last
    bar = timeline.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    point = timeline.point_of("MX")  # scrolled into view
    assert point is not None
    qtbot.mouseMove(timeline.viewport(), point)
    qtbot.waitUntil(timeline.card.isVisible)
    assert "Zoé Équipe 60" in timeline.card.text() and "Prénom5 Nom5" in timeline.card.text()
    # double-clicking a name opens that professional's week
    qtbot.mouseDClick(timeline.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, point.y()))
    assert page.mode == "professional" and page.resources == ("X60",) and page.view_kind == WEEK


def test_month_day_click_opens_the_day(qtbot: QtBot, page: PlanningPage) -> None:
    _ready(qtbot, page)
    qtbot.mouseClick(page.navigator.kind_buttons[MONTH], Qt.MouseButton.LeftButton)
    month = page.month
    assert [mt.id for mt in month.days[date(2026, 11, 24)]] == ["M1", "M2", "M3"]
    qtbot.mouseClick(month, Qt.MouseButton.LeftButton, pos=month.cell(date(2026, 11, 26)).center().toPoint())
    assert page.view_kind == DAY and page.anchor == date(2026, 11, 26)
    assert page.scene().layout.days == [4]


def test_agenda_lists_the_week_and_opens_a_meeting(qtbot: QtBot, page: PlanningPage, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    _ready(qtbot, page)
    qtbot.mouseClick(page.navigator.kind_buttons[AGENDA], Qt.MouseButton.LeftButton)
    model = page.agenda.model_
    qtmodeltester.check(model)
    assert [c.id for c in model.rows] == ["M1", "M2", "M3", "M4"]
    assert model.index(0, 4).data() == "Prénom1 Nom1" and model.index(0, 5).data() == "Anne Martin"
    assert model.index(1, 0).data() == ""  # the day is written once
    opened: list[str] = []
    page.actions_.open_meeting = opened.append  # type: ignore[method-assign]
    rect = page.agenda.visualRect(model.index(1, 3))
    qtbot.mouseClick(page.agenda.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.agenda.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == ["M2"]


def test_display_menu_lists_views_and_shortcuts(qtbot: QtBot, page: PlanningPage) -> None:
    assert page.display_button.isVisible() and page.display_button.menu() is page.display_menu
    actions = {a.text(): a.shortcut().toString() for a in page.display_menu.actions() if not a.isSeparator()}
    assert actions["Chronologie"] == "Ctrl+Alt+6" and actions["Mois"] == "Ctrl+Alt+4"
    assert actions["Aller à une date…"] == "Ctrl+G" and actions["Heures ouvrées seulement"] == "Ctrl+Alt+H"
    page.display_menu.actions()[5].trigger()  # « Chronologie », as a click in the menu does
    assert page.view_kind == TIMELINE
    qtbot.keyClick(page.timeline, Qt.Key.Key_O, CTRL_ALT)
    assert not page.side.isVisible()
    qtbot.keyClick(page.timeline, Qt.Key.Key_O, CTRL_ALT)
    assert page.side.isVisible()

"""Obligations panel (issue 13): a no-show covers nothing, the summary line, the sort stays right
(and matches the header) after a week change and an edit, one-click scope to the people shown, full
type names, headers wide enough, the empty « Présences à saisir » box collapsed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from sosdesk.domain.model import ObligationStatus
from sosdesk.domain.timegrid import shift_week
from sosdesk.store import Store
from sosdesk.store import ops_meetings as ops
from sosdesk.ui.calendar.layout import PROFESSIONALS
from sosdesk.ui.calendar.obligations import COVER, NAME, TYPE, ObligationsModel, ObligationsPanel
from sosdesk.ui.calendar.page import PlanningPage
from tests.store.calendar_office import WEEK, add_meeting


def shown_rows(panel: ObligationsPanel) -> list[ObligationStatus]:
    return [panel.model.row(i)
            for i in range(panel.model.rowCount())]


def ratios(panel: ObligationsPanel) -> list[float]:
    return [r.planned_minutes / r.required_minutes if r.required_minutes else 1.0 for r in shown_rows(panel)]


def click_header(qtbot: QtBot, panel: ObligationsPanel, section: int) -> None:
    header = panel.table.horizontalHeader()
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_model_passes_qtmodeltester(qtmodeltester: Any) -> None:
    model = ObligationsModel()
    model.set_rows([ObligationStatus("B1", "IND", 60, 120), ObligationStatus("B2", "IND", 120, 120)])
    qtmodeltester.check(model)
    model.sort(NAME, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_no_show_covers_nothing(page: PlanningPage, store: Store) -> None:
    add_meeting(store, "M9", day=1, start=10 * 60, bens=("B1",))  # Monday, B1 absent
    changes = ops.record_attendance(store, "M9", {"B1": "absent_unexcused"})
    changes.merge(ops.record_attendance(store, "M1", {"B1": "present"}))  # Tuesday, present
    page.bus.changed.emit(changes)
    row = next(r for r in shown_rows(page.obligations) if (r.beneficiary, r.type) == ("B1", "IND"))
    assert row.planned_minutes == 60 and row.required_minutes == 120


def test_summary_line(page: PlanningPage) -> None:
    # B1–B4 have 1 h of their 2 h of IND (50 %: not under); B5, B6 and every COL have nothing → 8.
    # Capacity: 4 professionals × 5 days × 11 h = 220 h; required: 6 × (2 h + 2 h) = 24 h.
    assert page.obligations.summary.text() == (
        "8 obligations sur 12 sous 50 % ; capacité de la semaine 220 h pour 24 h requises")


def test_sort_stays_right_after_week_change_and_edit(qtbot: QtBot, page: PlanningPage, store: Store) -> None:
    panel = page.obligations
    header = panel.table.horizontalHeader()
    assert header.sortIndicatorSection() == COVER
    click_header(qtbot, panel, COVER)  # real click: now descending
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert ratios(panel) == sorted(ratios(panel), reverse=True)
    add_meeting(store, "N1", day=2, start=10 * 60, bens=("B6",), week=shift_week(WEEK, 1))
    page.set_week(shift_week(WEEK, 1))
    assert header.sortIndicatorSection() == COVER and header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    got = ratios(panel)
    assert got == sorted(got, reverse=True) and got[0] > 0
    page.set_week(WEEK)
    page.actions_.cancel_meetings(["M4"])  # an edit: B4 drops to 0 %
    got = ratios(panel)
    assert got == sorted(got, reverse=True)
    click_header(qtbot, panel, NAME)
    names = [panel.model.name(r).casefold() for r in shown_rows(panel)]
    assert header.sortIndicatorSection() == NAME and names == sorted(names)


def test_scope_to_people_shown(qtbot: QtBot, page: PlanningPage) -> None:
    panel = page.obligations
    everyone = panel.model.rowCount()
    page.set_view(PROFESSIONALS, ("P2",))  # P2 meets B2 on Tuesday; nobody has P2 as referent
    qtbot.mouseClick(panel.scope, Qt.MouseButton.LeftButton, pos=QPoint(8, panel.scope.height() // 2))
    assert panel.scope.isChecked()
    assert {r.beneficiary for r in shown_rows(panel)} == {"B2"}
    page.set_view(PROFESSIONALS, ("P1",))  # the scope follows the view
    assert {r.beneficiary for r in shown_rows(panel)} == {"B1", "B2", "B3", "B4", "B5", "B6"}  # P1 is referent
    qtbot.mouseClick(panel.scope, Qt.MouseButton.LeftButton, pos=QPoint(8, panel.scope.height() // 2))
    assert panel.model.rowCount() == everyone


def test_type_names_and_header_widths(page: PlanningPage) -> None:
    panel = page.obligations
    idx = next(panel.model.index(i, TYPE) for i in range(panel.model.rowCount())
               if shown_rows(panel)[i].type == "IND")
    assert idx.data() == "Entretien individuel"
    assert "Entretien individuel" in idx.data(Qt.ItemDataRole.ToolTipRole)
    table = panel.table
    header = table.horizontalHeader()
    assert header.sectionResizeMode(TYPE) == header.ResizeMode.Stretch  # grows with the panel
    for col in range(1, 5):
        text = str(panel.model.headerData(col, Qt.Orientation.Horizontal))
        assert table.columnWidth(col) >= header.fontMetrics().horizontalAdvance(text) + 12


def test_empty_attendance_box_collapses(page: PlanningPage) -> None:
    assert page.missing.isVisibleTo(page) and "(" in page.missing_label.text()  # M1…M4: attendance due
    page.set_week(shift_week(WEEK, 2))
    assert not page.missing.isVisibleTo(page) and not page.missing_label.isVisibleTo(page)


def test_model_filters_and_sorts_without_a_proxy(qtmodeltester: Any) -> None:
    names = {"B1": "Zoé Arnaud", "B2": "Alain Berg", "B3": "Marc Petit"}
    model = ObligationsModel()
    model.set_rows([ObligationStatus("B1", "IND", 60, 120), ObligationStatus("B2", "IND", 120, 120),
                    ObligationStatus("B3", "COL", 0, 60)], names.__getitem__, {"IND": "Entretien", "COL": "Atelier"}.get)

    def shown() -> list[str]:
        return [model.row(i).beneficiary for i in range(model.rowCount())]
    assert shown() == ["B3", "B1", "B2"]  # coverage ascending: 0 %, 50 %, 100 %
    model.set_filter("", True)  # « sous l'obligation »
    assert shown() == ["B3", "B1"] and model.total() == 3
    qtmodeltester.check(model)
    model.sort(NAME, Qt.SortOrder.DescendingOrder)
    assert shown() == ["B1", "B3"]  # Zoé, Marc
    model.set_filter("atel", False)  # a type label
    assert shown() == ["B3"]
    model.set_filter("zoe", False)  # accents are part of the name as typed: no match without them
    assert shown() == []
    model.set_filter("zoé", False)
    assert shown() == ["B1"]
    model.set_filter("", False, frozenset({"B2"}))  # the people shown
    assert shown() == ["B2"]
    qtmodeltester.check(model)

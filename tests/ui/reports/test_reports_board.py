"""Rapports page (reports over time): tabs, period picker driven by real events, charts, region scope,
background exports."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from sosdesk.store import Store
from sosdesk.store.changes import Changes
from sosdesk.ui.bus import ChangeBus
from sosdesk.ui.reports.board import ReportsBoard
from sosdesk.ui.reports.view_model import ReportViewTableModel
from tests.usecases.reports.world import build_world

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]
TODAY = date(2026, 11, 27)


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    s = build_world(db_path)
    yield s
    s.close()


def make_board(qtbot, store: Store) -> ReportsBoard:  # type: ignore[no-untyped-def]
    board = ReportsBoard(store, ChangeBus(), today=TODAY)
    qtbot.addWidget(board, before_close_func=lambda w: w.runner.wait())
    board.resize(1600, 940)
    board.show()
    built(qtbot, board)
    return board


def built(qtbot, board: ReportsBoard) -> None:  # type: ignore[no-untyped-def]
    """Reports build in the background: wait until the shown tab holds the current period's."""
    qtbot.waitUntil(board.ready, timeout=20000)


def cells(board: ReportsBoard) -> list[list[str]]:
    proxy = board.report_tabs[board.current_key].proxy
    return [[proxy.data(proxy.index(r, c)) for c in range(proxy.columnCount())] for r in range(proxy.rowCount())]


def test_tabs_charts_and_period_events(qtbot, qtmodeltester, store: Store) -> None:  # type: ignore[no-untyped-def]
    board = make_board(qtbot, store)
    assert board.period_label.text() == "novembre 2026"
    tab = board.report_tabs["staffing"]
    assert [c.series_count() for c in tab.charts] == [1, 1]
    assert tab.charts[1].chart().series()[0].count() == 3  # demand, available, planned
    assert cells(board)[1][:3] == ["Psychologue", "2", "30,00"]  # P1 10 h + P3 20 h a week (all regions)
    model = ReportViewTableModel()
    model.set_table(tab.view.tables[0])  # type: ignore[union-attr]
    qtmodeltester.check(model, force_py=True)

    for index, key in enumerate(("obligations", "activity", "finance")):
        qtbot.mouseClick(board.tabs.tabBar(), Qt.MouseButton.LeftButton,
                         pos=board.tabs.tabBar().tabRect(index + 1).center())
        built(qtbot, board)
        assert board.current_key == key
        assert all(c.series_count() > 0 for c in board.report_tabs[key].charts)
    assert cells(board)[0][:5] == ["Auvergne-Rhône-Alpes", "novembre 2026", "408,00", "300,00", "250,00"]

    # previous month by the ◀ button: October has nothing billed
    qtbot.mouseClick(board.prev_button, Qt.MouseButton.LeftButton)
    built(qtbot, board)
    assert board.period_label.text() == "octobre 2026"
    assert cells(board)[0][2:4] == ["0,00", "0,00"]

    # custom range through the combo and the date editors (keyboard on the calendar pop-up editors)
    # a change recorded elsewhere makes every tab stale; the shown one is rebuilt
    changes = Changes()
    changes.add("update", "meetings", "M1")
    board.bus.changed.emit(changes)
    assert not board.ready()
    built(qtbot, board)

    board.kind_combo.setFocus()
    board.kind_combo.setCurrentIndex(board.kind_combo.findData("custom"))
    assert board.to_edit.isEnabled()
    board.from_edit.setDate(QDate(2026, 11, 2))
    board.to_edit.setDate(QDate(2026, 11, 15))
    built(qtbot, board)
    assert board.period_label.text() == "du 02/11/2026 au 15/11/2026"
    board.to_edit.setDate(QDate(2026, 11, 1))  # before the start: refused, said in French
    assert board.message.isVisibleTo(board) and "précède" in board.message.text()
    assert board.period.last == date(2026, 11, 15)

    qtbot.mouseClick(board.tabs.tabBar(), Qt.MouseButton.LeftButton, pos=board.tabs.tabBar().tabRect(2).center())
    built(qtbot, board)
    tab = board.report_tabs["activity"]
    assert tab.view is not None and tab.view.period == "du 02/11/2026 au 15/11/2026"
    assert tab.charts[0].series_count() == 1 and len(tab.charts[0].chart().series()[0].barSets()) == 4

    # quarter via the combo
    board.kind_combo.setCurrentIndex(board.kind_combo.findData("quarter"))
    assert board.period_label.text() == "4e trimestre 2026" and not board.to_edit.isEnabled()
    built(qtbot, board)  # nothing left running when the data file closes

    # the week / month detail tables stay one tab away, with their own CSV export
    qtbot.mouseClick(board.tabs.tabBar(), Qt.MouseButton.LeftButton, pos=board.tabs.tabBar().tabRect(4).center())
    assert board.current_key == "detail" and board.ready() and board.current_view() is None
    assert not board.export_buttons["csv"].isVisibleTo(board) and board.detail.model.rowCount() > 0


def test_regional_admin_sees_own_region(qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = build_world(db_path, user="admin")
    try:
        board = make_board(qtbot, store)
        assert not board.region_combo.isEnabled() and board.region == "ARA"
        assert board.report_tabs["staffing"].view.scope == "Auvergne-Rhône-Alpes"  # type: ignore[union-attr]
    finally:
        store.close()


def test_coordinator_region_filter(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    board = make_board(qtbot, store)
    assert board.region is None and board.report_tabs["staffing"].view.scope == "toutes les régions"  # type: ignore[union-attr]
    board.region_combo.setCurrentIndex(board.region_combo.findData("IDF"))
    built(qtbot, board)
    names = [r[0] for r in cells(board)]
    assert names == ["Psychologue"]  # IDF: Anne Leroy's skill only


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_export_runs_in_background(qtbot, store: Store, tmp_path: Path, fmt: str) -> None:  # type: ignore[no-untyped-def]
    board = make_board(qtbot, store)
    target = tmp_path / f"report.{fmt}"
    board.export(fmt, target)
    assert board.progress.isVisibleTo(board) and not board.export_buttons["pdf"].isEnabled()
    board.runner.wait()
    qtbot.waitUntil(lambda: board.last_export is not None, timeout=20000)
    assert target.stat().st_size > 0 and not board.progress.isVisibleTo(board)
    assert board.export_buttons[fmt].isEnabled()

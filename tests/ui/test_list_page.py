"""The shared list shape (widgets/list_page.py, widgets/row_model.py): filter, count, empty state,
sort, and the selection staying on its record when rows are refreshed, added or dropped."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtWidgets import QVBoxLayout
from pytestqt.qtbot import QtBot

from sosdesk.ui.bus import ChangeBus
from sosdesk.ui.widgets.list_page import ListPage
from sosdesk.ui.widgets.row_model import SEARCH_ROLE, SORT_ROLE, FoldingFilterProxy, IdRowTableModel, fold

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@dataclass(frozen=True)
class Row:
    id: str
    name: str


class Model(IdRowTableModel[Row]):
    HEADERS = ("Nom",)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def cell(self, row: Row, column: int) -> str:
        return row.name

    def role_data(self, row: Row, column: int, role: int) -> object:
        if role == SORT_ROLE:
            return fold(row.name)
        if role == SEARCH_ROLE:
            return fold(row.name)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_by(lambda r: fold(r.name), reverse=order == Qt.SortOrder.DescendingOrder)


class Page(ListPage):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []
        self._init_list(Model(self), FoldingFilterProxy(self), ChangeBus(self), "Rechercher", "Personne ici.")
        lay = QVBoxLayout(self)
        for w in (self.filter, self.count_label, self.message, self.view, self.empty_label):
            lay.addWidget(w)
        self._update_counts()

    def _activated(self, row_id: str) -> None:
        self.opened.append(row_id)


def test_filter_count_sort_and_selection_kept(qtbot: QtBot, qtmodeltester: object) -> None:
    page = Page()
    qtbot.addWidget(page)
    page.show()
    model = page.model
    assert page.empty_label.isVisible()
    model.set_rows([Row("B1", "Zoé Martin"), Row("B2", "Hélène Durand"), Row("B3", "Paul Petit")])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert not page.empty_label.isVisible() and page.count_label.text() == "3"
    page.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)   # the header's sort, handed to the model
    assert [page.proxy.index(r, 0).data() for r in range(3)] == ["Hélène Durand", "Paul Petit", "Zoé Martin"]
    assert page.pick("B3") and page.selected_id() == "B3"
    # a refresh renames B3 (now first), drops B1, adds B4: the selection stays on B3
    model.apply_rows({"B1", "B3", "B4"}, {"B3": Row("B3", "Albert Petit"), "B4": Row("B4", "Yann Roux")})
    model.sort(0)
    assert page.selected_id() == "B3"
    assert page.count_label.text() == "3"
    qtbot.keyClicks(page.filter, "helene")   # accents and case ignored
    assert page.count_label.text() == "1 / 3"
    index = page.proxy.index(0, 0)
    page.view.doubleClicked.emit(index)
    assert page.opened == ["B2"]
    assert page.proxy.mapToSource(index) != QModelIndex()

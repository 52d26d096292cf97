"""The one shape of the window's record lists (people, expenses): a filter box (every word, accents
ignored), a « shown / total » count, a red message line, a sortable single-selection table whose
selection stays on its record across refreshes, and an empty-state sentence."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from sosdesk.ui.bus import ChangeBus
from sosdesk.ui.widgets import id_list
from sosdesk.ui.widgets.row_model import FoldingFilterProxy, IdRowTableModel


class ListPage(QWidget):
    """Call ``_init_list`` once; lay out ``filter``, ``count_label``, ``message``, ``view`` and
    ``empty_label`` as the page likes. Hooks: ``_update_buttons``, ``_counts_changed``, ``_activated``."""

    model: IdRowTableModel[Any]
    proxy: FoldingFilterProxy
    bus: ChangeBus

    def _init_list(self, model: IdRowTableModel[Any], proxy: FoldingFilterProxy,
                   bus: ChangeBus, hint: str, empty_text: str = "") -> None:
        self.model, self.proxy, self.bus = model, proxy, bus
        proxy.setSourceModel(model)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(hint)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        self.count_label = QLabel()
        self.message = id_list.message_label()
        self.view = id_list.record_table(proxy)
        self.empty_label = QLabel(empty_text)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setVisible(False)
        self._empty_text = empty_text
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        for signal in (proxy.rowsInserted, proxy.rowsRemoved, proxy.modelReset, proxy.layoutChanged,
                       model.dataChanged):
            signal.connect(lambda *_: self._update_counts())

    # -- hooks ----------------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        """Enable the actions that need a selected record."""

    def _counts_changed(self, shown: int, total: int) -> None:
        """Extra figures next to the count (the month's total…)."""

    def _activated(self, row_id: str) -> None:
        """A record was double-clicked."""

    # -- state ----------------------------------------------------------------------------------
    def _filter_changed(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._update_counts()

    def _update_counts(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(f"{shown} / {total}" if shown != total else str(total))
        self.empty_label.setVisible(bool(self._empty_text) and total == 0)
        self._counts_changed(shown, total)

    def _double_clicked(self, index: QModelIndex) -> None:
        self._activated(str(self.model.row_id(self.proxy.mapToSource(index).row())))

    def selected_id(self) -> str | None:
        return id_list.selected_id(self.view, self.proxy, self.model)

    def pick(self, row_id: str) -> bool:
        """Select and show the record ``row_id``; False when absent or filtered out."""
        return id_list.select_id(self.view, self.proxy, self.model, row_id)

    def show_message(self, text: str) -> None:
        id_list.show_message(self.message, self.bus, text)

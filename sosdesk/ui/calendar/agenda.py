"""The agenda view: the shown week's meetings as a list, day by day (what a printout of the week
reads like), with the same hover card as the grid; double-click or Enter opens a meeting."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from sosdesk.domain.timegrid import format_hhmm, week_dates
from sosdesk.ui.calendar.card import STATUS_SIGNS, card_html, fill_color, status_key, status_label, tr
from sosdesk.ui.calendar.layout import ViewSpec
from sosdesk.ui.calendar.scene import DAY_NAMES, scene_tr
from sosdesk.usecases.calendar_week import CalMeeting, WeekData

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class AgendaModel(QAbstractTableModel):
    """One row per meeting of the shown people or site, in day and time order."""

    HEADERS = (str(QT_TRANSLATE_NOOP("MeetingCard", "Jour")), str(QT_TRANSLATE_NOOP("MeetingCard", "Heure")),
               str(QT_TRANSLATE_NOOP("MeetingCard", "Durée")), str(QT_TRANSLATE_NOOP("MeetingCard", "Type")),
               str(QT_TRANSLATE_NOOP("MeetingCard", "Bénéficiaires")), str(QT_TRANSLATE_NOOP("MeetingCard", "Professionnels")),
               str(QT_TRANSLATE_NOOP("MeetingCard", "Site")), str(QT_TRANSLATE_NOOP("MeetingCard", "Statut")))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CalMeeting] = []
        self.data_: WeekData | None = None
        self.now = datetime.min

    def set_week(self, data: WeekData, spec: ViewSpec, days: list[int], now: datetime) -> None:
        self.beginResetModel()
        self.data_, self.now = data, now
        resources = spec.resources or ("",)
        self.rows = sorted((c for c in data.meetings.values() if c.meeting.day in days
                            and any(spec.shows(c.meeting, r) for r in resources)),
                           key=lambda c: (c.meeting.day, c.meeting.start, c.id))
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.data_ is None:
            return None
        cal, col, d = self.rows[index.row()], index.column(), self.data_
        mt = cal.meeting
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                first = index.row() == 0 or self.rows[index.row() - 1].meeting.day != mt.day
                day = week_dates(d.week)[mt.day - 1]
                return f"{scene_tr(DAY_NAMES[mt.day - 1])} {day:%d/%m}" if first else ""
            if col == 1:
                return f"{format_hhmm(mt.start)}–{format_hhmm(mt.end)}"
            if col == 2:
                h, m = divmod(mt.minutes, 60)
                return f"{h} h {m:02d}" if m else f"{h} h"
            if col == 3:
                return d.type_label(mt.type)
            if col == 4:
                return ", ".join(d.ben_name(b) for b in mt.beneficiaries)
            if col == 5:
                return ", ".join(d.pro_name(p) for p in mt.professionals)
            if col == 6:
                return d.site_name(mt.site)
            key = status_key(cal)
            return f"{STATUS_SIGNS[key]} {status_label(key)}".strip()
        if role == Qt.ItemDataRole.ToolTipRole:
            return card_html(cal, d, self.now, [v.message for v in d.violations_of(cal.id)])
        if role == Qt.ItemDataRole.BackgroundRole and col == 3:
            return QBrush(fill_color(QColor(d.colors.get(mt.type, "#888888")), status_key(cal)))
        if role == Qt.ItemDataRole.UserRole:
            return cal.id
        return None


class AgendaView(QTableView):
    """The list; ``open_requested`` with a meeting id on double-click or Enter."""

    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agenda_view")
        self.model_ = AgendaModel(self)
        self.setModel(self.model_)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        for col, mode in ((0, QHeaderView.ResizeMode.ResizeToContents), (1, QHeaderView.ResizeMode.ResizeToContents),
                          (2, QHeaderView.ResizeMode.ResizeToContents), (7, QHeaderView.ResizeMode.ResizeToContents)):
            header.setSectionResizeMode(col, mode)
        for col in (3, 4, 5, 6):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.doubleClicked.connect(lambda index: self.open_requested.emit(self.model_.rows[index.row()].id))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.model_.rows[self.currentIndex().row()].id)
            return
        super().keyPressEvent(event)

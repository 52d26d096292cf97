"""A date typed or picked the French way: JJ/MM/AAAA with a calendar popup. An optional field shows
blank for « no date » (Suppr or Retour arrière on the whole text clears it). ``text()`` / ``setText()``
speak JJ/MM/AAAA so forms hand the use cases the same strings as before."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from sosdesk.domain.vocabulary import DATE_FORMAT

QT_FORMAT = "dd/MM/yyyy"
EMPTY = QDate(1900, 1, 1)   # the minimum stands for « no date » in an optional field


class DateField(QDateEdit):
    def __init__(self, parent: QWidget | None = None, *, optional: bool = False,
                 value: date | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.setCalendarPopup(True)
        self.setDisplayFormat(QT_FORMAT)
        self.setMinimumDate(EMPTY)
        self.setMaximumDate(QDate(2199, 12, 31))
        if optional:
            self.setSpecialValueText(" ")   # blank, not « 01/01/1900 »
        self.set_day(value)
        calendar = self.calendarWidget()
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        calendar.setGridVisible(True)
        calendar.installEventFilter(self)

    def set_day(self, value: date | None) -> None:
        if value is None:
            if self.optional:
                self.setDate(EMPTY)
                return
            value = date.today()
        self.setDate(QDate(value.year, value.month, value.day))

    def day(self) -> date | None:
        d = self.date()
        if self.optional and d == EMPTY:
            return None
        return date(d.year(), d.month(), d.day())

    def text(self) -> str:
        day = self.day()
        return day.strftime(DATE_FORMAT) if day else ""

    def setText(self, text: str) -> None:
        """JJ/MM/AAAA (or empty for an optional field); anything else leaves the date as it was."""
        text = text.strip()
        if not text:
            if self.optional:
                self.set_day(None)
            return
        try:
            self.set_day(datetime.strptime(text, DATE_FORMAT).date())
        except ValueError:
            return

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.optional and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) \
                and self.lineEdit().selectedText() == self.lineEdit().text():
            self.set_day(None)
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """An empty field opens its calendar on the current month, not on January 1900."""
        if event.type() == QEvent.Type.Show and self.optional and self.date() == EMPTY:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

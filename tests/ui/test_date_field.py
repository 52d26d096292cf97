"""The date picker used by the forms: French JJ/MM/AAAA, a calendar popup opened and used with the
mouse and keyboard, optional dates cleared with Retour arrière."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from sosdesk.ui.widgets.date_field import DateField

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise", "grabbing the keyboard")


def test_pick_a_day_in_the_calendar_popup(qtbot: QtBot) -> None:
    field = DateField(value=date(2026, 11, 18))
    qtbot.addWidget(field)
    field.resize(160, 28)
    field.show()
    qtbot.waitExposed(field)
    assert field.text() == "18/11/2026" and field.displayFormat() == "dd/MM/yyyy"
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(field.width() - 8, field.height() // 2))
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    grid = calendar.findChild(QTableView)       # the day grid has the keyboard focus in the popup
    qtbot.keyClick(grid, Qt.Key.Key_Right)      # Thursday 19
    qtbot.keyClick(grid, Qt.Key.Key_Down)       # a week later: 26
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert field.day() == date(2026, 11, 26) and field.text() == "26/11/2026"


def test_optional_date_is_blank_until_set_and_can_be_cleared(qtbot: QtBot) -> None:
    field = DateField(optional=True)
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    assert field.day() is None and field.text() == "" and field.lineEdit().text().strip() == ""
    field.setText("02/04/1990")
    assert field.day() == date(1990, 4, 2)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert field.day() is None and field.text() == ""
    field.setText("pas une date")
    assert field.day() is None

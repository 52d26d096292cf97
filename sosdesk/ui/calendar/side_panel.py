"""The Planning page's side panel: the week's obligations and the past meetings whose attendance is
still to be recorded. Says which beneficiary or meeting was clicked; the page shows it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from sosdesk.domain.closures import closed_days_note
from sosdesk.domain.timegrid import format_hhmm
from sosdesk.domain.vocabulary import WEEKDAYS_SHORT
from sosdesk.ui.calendar.obligations import ObligationsPanel
from sosdesk.usecases.calendar_week import WeekData

MAX_MISSING_SHOWN = 200


class WeekSidePanel(QWidget):
    beneficiary_clicked = Signal(str)
    missing_clicked = Signal(str)    # a meeting whose attendance is to be recorded

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.obligations = ObligationsPanel()
        self.obligations.beneficiary_clicked.connect(self.beneficiary_clicked.emit)
        self.missing = QListWidget()
        self.missing.itemActivated.connect(self._clicked)
        self.missing.itemClicked.connect(self._clicked)
        self.missing_label = QLabel()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 0, 0, 0)
        lay.addWidget(QLabel(QCoreApplication.translate("PlanningPage", "<b>Obligations de la semaine</b>")))
        lay.addWidget(self.obligations, 3)
        lay.addWidget(self.missing_label)
        lay.addWidget(self.missing, 1)

    def _clicked(self, item: QListWidgetItem) -> None:
        self.missing_clicked.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def show_week(self, data: WeekData, mode: str, resources: tuple[str, ...], now: datetime) -> None:
        rows = data.obligations()
        problem = data.problem
        self.obligations.set_rows(rows, data.ben_name, data.type_label, data.summary(rows),
                                  data.shown_beneficiaries(mode, resources),
                                  (problem.beneficiaries, problem.meeting_types))
        self.obligations.set_days_note(closed_days_note(data.problem.dated))
        missing = data.missing_attendance(now)
        self.missing_label.setText(QCoreApplication.translate(
            "PlanningPage", "<b>Présences à saisir ({0})</b>").format(len(missing)))
        self.missing_label.setVisible(bool(missing))  # an empty box takes no room (issue 13)
        self.missing.setVisible(bool(missing))
        self.missing.clear()
        for cal in missing[:MAX_MISSING_SHOWN]:
            mt = cal.meeting
            it = QListWidgetItem(f"{WEEKDAYS_SHORT[mt.day - 1]} {format_hhmm(mt.start)} {data.type_label(mt.type)} — "
                                 + ", ".join(data.ben_name(b) for b in mt.beneficiaries))
            it.setData(Qt.ItemDataRole.UserRole, cal.id)
            self.missing.addItem(it)

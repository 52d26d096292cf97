"""« Congés et absences » tab of the people dialogs (issue 12): the person's or site's dated
unavailability, a form to add one (dates, optional hours, reason, reduced capacity for a site),
and the planned meetings it makes impossible, each moved to a proposed slot or cancelled in one click."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import partial

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from sosdesk.store import dates as ops
from sosdesk.store.engine import Store
from sosdesk.ui.dates_impacts import ImpactsPanel
from sosdesk.ui.operations import run_edit
from sosdesk.usecases import reads

SUBJECT_OF_KIND = {"professionals": "professional", "beneficiaries": "beneficiary", "sites": "site"}
ID_ROLE = 0x0100 + 7


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class AbsencesTab(QWidget):
    """Lists and edits the dated unavailability of one row; every edit is its own transaction."""

    changed = Signal(object)  # Changes

    def __init__(self, store: Store, kind: str, row_id: str | None, today: date | None = None,
                 parent: QWidget | None = None, now: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.store, self.subject, self.row_id = store, SUBJECT_OF_KIND[kind], row_id
        self.today = today or date.today()
        self.impacts: list[ops.Impact] = []
        box = QVBoxLayout(self)
        if row_id is None:
            box.addWidget(QLabel(self.tr("Enregistrez d'abord la fiche pour saisir ses congés et absences.")))
            box.addStretch(1)
            return
        self.list = QListWidget()
        box.addWidget(self.list, 2)
        form = QFormLayout()
        self.first, self.last = QDateEdit(), QDateEdit()
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setDate(_qdate(self.today))
        self.first.dateChanged.connect(lambda d: self.last.setDate(d) if self.last.date() < d else None)
        self.all_day = QCheckBox(self.tr("Toute la journée"))
        self.all_day.setChecked(True)
        self.start, self.end = QTimeEdit(QTime(9, 0)), QTimeEdit(QTime(12, 0))
        hours = QHBoxLayout()
        for w in (self.all_day, self.start, QLabel("–"), self.end):
            hours.addWidget(w)
        self.all_day.toggled.connect(self._hours_enabled)
        self._hours_enabled(True)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(list(ops.REASONS[self.subject]))
        form.addRow(self.tr("Du"), self.first)
        form.addRow(self.tr("Au"), self.last)
        form.addRow(self.tr("Heures"), hours)
        form.addRow(self.tr("Motif"), self.reason)
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 99)
        self.capacity.setSpecialValueText(self.tr("fermé"))
        if self.subject == "site":
            form.addRow(self.tr("Capacité pendant la période"), self.capacity)
        box.addLayout(form)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Ajouter"))
        self.remove_button = QPushButton(self.tr("Supprimer la sélection"))
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        self.message = QLabel()
        self.message.setWordWrap(True)
        box.addWidget(self.message)
        self.panel = ImpactsPanel(store, now=now)  # « Déplacer » / « Annuler », one click each
        self.panel.changed.connect(self.changed.emit)
        self.panel.hide()
        box.addWidget(self.panel, 1)
        self.conflicts = self.panel.list
        self.cancel_button = self.panel.cancel_all_button
        self.refresh()

    def _hours_enabled(self, all_day: bool) -> None:
        self.start.setEnabled(not all_day)
        self.end.setEnabled(not all_day)

    def refresh(self) -> None:
        self.list.clear()
        assert self.row_id is not None
        for rid, text in reads.absences(self.store, self.subject, self.row_id):
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, rid)
            self.list.addItem(item)

    def add(self) -> bool:
        """Record the form's unavailability; list the planned meetings it makes impossible."""
        assert self.row_id is not None
        q1, q2 = self.first.date(), self.last.date()
        start = end = None
        if not self.all_day.isChecked():
            start, end = self.start.time().toString("HH:mm"), self.end.time().toString("HH:mm")
        capacity = self.capacity.value() or None if self.subject == "site" else None
        data = ops.AbsenceInput(self.subject, self.row_id, date(q1.year(), q1.month(), q1.day()),
                                date(q2.year(), q2.month(), q2.day()), start, end,
                                self.reason.currentText(), capacity)
        edit = run_edit(self, lambda: ops.add_absence(self.store, data),
                        show=lambda text: self.message.setText(self.tr("Enregistrement impossible : {0}").format(text)))
        if edit.value is None:
            return False
        _uid, changes = edit.value
        self.impacts = reads.impacted_meetings(self.store, data.first, data.last, [self.row_id])
        self.refresh()
        self.show_impacts()
        self.changed.emit(changes)
        return True

    def show_impacts(self) -> None:
        self.panel.set_impacts(self.impacts)
        if not self.impacts:
            self.message.setText(self.tr("Enregistré. Aucun rendez-vous prévu n'est touché."))
            self.panel.hide()
            return
        self.message.setText(self.tr("Enregistré. {0} rendez-vous prévu(s) deviennent impossibles : "
                                     "déplacez-les au créneau proposé ou annulez-les.").format(len(self.impacts)))
        self.panel.show()

    def cancel_conflicts(self) -> None:
        """One click: cancel every meeting just listed (their reminders follow the cancellation)."""
        if self.panel.cancel_all() is not None:
            self.impacts = []
            self.message.setText(self.panel.status.text())

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            edit = run_edit(self, partial(ops.remove_absence, self.store, str(item.data(ID_ROLE))),
                            show=self.message.setText)
            if edit.value is None:
                return
            self.changed.emit(edit.value)
        self.refresh()

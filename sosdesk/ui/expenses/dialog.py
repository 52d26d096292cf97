"""The expense dialog (new or edit): date, category, amount typed « 120,50 », label, linked meeting.

Saving goes through ``store.ops_expenses``; a refused save keeps the dialog open and lists every
problem with its field's name (the billed-expense refusal included)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sosdesk.domain.errors import Problem
from sosdesk.domain.model import EXPENSE_CATEGORIES
from sosdesk.domain.pricing import euros_text
from sosdesk.domain.vocabulary import day_text
from sosdesk.store import ops_expenses as ops
from sosdesk.store.changes import Changes
from sosdesk.store.engine import Store
from sosdesk.ui.expenses.table_model import category_name
from sosdesk.ui.operations import run_edit
from sosdesk.ui.widgets.date_field import DateField
from sosdesk.usecases import reads

# ops_expenses.FIELD_LABELS, translatable
FIELD_NAMES = {"date": str(QT_TRANSLATE_NOOP("ExpenseDialog", "Date")),
               "category": str(QT_TRANSLATE_NOOP("ExpenseDialog", "Catégorie")),
               "amount": str(QT_TRANSLATE_NOOP("ExpenseDialog", "Montant")),
               "label": str(QT_TRANSLATE_NOOP("ExpenseDialog", "Libellé")),
               "meeting": str(QT_TRANSLATE_NOOP("ExpenseDialog", "Rendez-vous lié")),
               "region": str(QT_TRANSLATE_NOOP("ExpenseDialog", "Région")),
               "receipt": str(QT_TRANSLATE_NOOP("ExpenseDialog", "Justificatif")),
               "id": str(QT_TRANSLATE_NOOP("ExpenseDialog", "Dépense"))}


def describe(path: str, message: str) -> str:
    """« Montant : le montant doit être supérieur à 0 »."""
    if path not in FIELD_NAMES:
        return message[:1].upper() + message[1:]
    return f"{QCoreApplication.translate('ExpenseDialog', FIELD_NAMES[path])} : {message}"


def problem_text(p: Problem) -> str:
    """One problem of an ``InputError`` in the dialog's words."""
    return describe(p.path, p.message)


def parse_day(text: str) -> date | None:
    try:
        return datetime.strptime(text.strip(), "%d/%m/%Y").date()
    except ValueError:
        return None


class ExpenseDialog(QDialog):
    """Edit one expense (``row_id``) or record a new one dated in ``month`` by default."""

    saved = Signal(object)  # Changes

    def __init__(self, store: Store, row_id: str | None, region: str | None, month: str,
                 parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.store, self.row_id = store, row_id
        self.changes: Changes | None = None
        self.setWindowTitle(self.tr("Dépense") if row_id else self.tr("Nouvelle dépense"))
        self.setMinimumWidth(520)
        self.regions, row = reads.expense_form(store, region, row_id)
        self.original: dict[str, Any] = {} if row is None else {
            "date": day_text(row.date), "category": row.category,
            "amount": euros_text(row.amount_cents), "label": row.label, "meeting": row.meeting,
            "region": row.region}

        self.region = QComboBox()
        for rid, label in self.regions:
            self.region.addItem(label, rid)
        self.region.setEnabled(row_id is None and self.region.count() > 1)
        self.date = DateField()
        self.category = QComboBox()
        for code in EXPENSE_CATEGORIES:
            self.category.addItem(category_name(code), code)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("ex. 120,50"))
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.label = QLineEdit()
        self.label.setMaxLength(ops.MAX_LABEL)
        self.label.setPlaceholderText(self.tr("ex. Location salle Maison des associations"))
        self.meeting = QComboBox()
        self.meeting.setMinimumContentsLength(30)

        form = QFormLayout()
        form.addRow(self.tr("Région"), self.region)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Catégorie"), self.category)
        form.addRow(self.tr("Montant TTC (€)"), self.amount)
        form.addRow(self.tr("Libellé"), self.label)
        form.addRow(self.tr("Rendez-vous lié"), self.meeting)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet("color: #b00020; font-weight: 600;")
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        if self.original:
            self.region.setCurrentIndex(max(self.region.findData(self.original["region"]), 0))
            self.date.setText(self.original["date"])
            self.category.setCurrentIndex(max(self.category.findData(self.original["category"]), 0))
            self.amount.setText(self.original["amount"])
            self.label.setText(self.original["label"])
        else:
            day = today or date.today()
            if f"{day:%Y-%m}" != month:
                day = date(int(month[:4]), int(month[5:7]), 1)
            self.date.setText(day_text(day))
        self._meetings_month = ""
        self.fill_meetings(self.original.get("meeting", ""))
        self.date.dateChanged.connect(lambda _d: self._date_changed())
        self.region.currentIndexChanged.connect(lambda _i: self.fill_meetings(""))

    def _date_changed(self) -> None:
        day = self.date.day()
        if day is not None and f"{day:%Y-%m}" != self._meetings_month:
            self.fill_meetings(self.meeting.currentData() or "")

    def fill_meetings(self, keep: str) -> None:
        """Offer the region's meetings of the date's month (the linked one kept even if elsewhere)."""
        day = parse_day(self.date.text())
        region = self.region.currentData()
        month = f"{day:%Y-%m}" if day else self._meetings_month
        self.meeting.clear()
        self.meeting.addItem(self.tr("— aucun —"), "")
        if region and month:
            for mid, text in reads.expense_meeting_choices(self.store, region, month):
                self.meeting.addItem(text, mid)
        self._meetings_month = month
        if keep and self.meeting.findData(keep) < 0:
            self.meeting.addItem(keep, keep)
        self.meeting.setCurrentIndex(max(self.meeting.findData(keep), 0))

    def collect(self) -> dict[str, Any]:
        return {"date": self.date.text(), "category": self.category.currentData(), "amount": self.amount.text(),
                "label": self.label.text(), "meeting": self.meeting.currentData() or ""}

    def show_problems(self, lines: list[str]) -> None:
        self.error_label.setText("\n".join([self.tr("Enregistrement impossible :"), *(f"• {x}" for x in lines)]))
        self.error_label.show()

    def save(self) -> bool:
        """Validate and write; on success emit ``saved`` and close, else list every problem."""
        data = self.collect()

        def write() -> Changes:
            if self.row_id:
                changed = {k: v for k, v in data.items() if self.original.get(k) != v}
                return ops.update_expense(self.store, self.row_id, changed) if changed else Changes()
            self.row_id, made = ops.create_expense(self.store, data, region=self.region.currentData())
            return made

        edit = run_edit(self, write, show=lambda text: self.show_problems(text.split("\n")),
                        problem=problem_text, sep="\n")
        if edit.value is None:
            return False
        changes = edit.value
        self.error_label.hide()
        self.changes = changes
        if changes:
            self.saved.emit(changes)
        self.accept()
        return True

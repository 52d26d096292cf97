"""The Dépenses page: one month's expenses (room rentals, materials, transport, other) with their
receipts; record, edit, attach the receipt, archive. Regional roles only see their own region."""

from __future__ import annotations

import mimetypes
from collections.abc import Collection
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sosdesk.domain.permissions import can
from sosdesk.store import ops_expenses as ops
from sosdesk.store.changes import Changes
from sosdesk.store.engine import Store
from sosdesk.store.ops_expenses import ExpenseRow
from sosdesk.store.people_rows import scope_region
from sosdesk.ui.bus import ChangeBus
from sosdesk.ui.expenses.dialog import ExpenseDialog, problem_text
from sosdesk.ui.expenses.table_model import ExpensesFilterProxy, ExpensesTableModel
from sosdesk.ui.operations import run_edit
from sosdesk.ui.undo import push_applied
from sosdesk.ui.widgets.list_page import ListPage
from sosdesk.usecases import reads

MONTHS = tuple(str(x) for x in (
    QT_TRANSLATE_NOOP("ExpensesPage", "janvier"), QT_TRANSLATE_NOOP("ExpensesPage", "février"),
    QT_TRANSLATE_NOOP("ExpensesPage", "mars"), QT_TRANSLATE_NOOP("ExpensesPage", "avril"),
    QT_TRANSLATE_NOOP("ExpensesPage", "mai"), QT_TRANSLATE_NOOP("ExpensesPage", "juin"),
    QT_TRANSLATE_NOOP("ExpensesPage", "juillet"), QT_TRANSLATE_NOOP("ExpensesPage", "août"),
    QT_TRANSLATE_NOOP("ExpensesPage", "septembre"), QT_TRANSLATE_NOOP("ExpensesPage", "octobre"),
    QT_TRANSLATE_NOOP("ExpensesPage", "novembre"), QT_TRANSLATE_NOOP("ExpensesPage", "décembre")))
FILE_FILTER = str(QT_TRANSLATE_NOOP("ExpensesPage", "PDF ou image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"))


def shift_month(month: str, delta: int) -> str:
    index = int(month[:4]) * 12 + int(month[5:7]) - 1 + delta
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def month_label(month: str) -> str:
    return f"{QCoreApplication.translate('ExpensesPage', MONTHS[int(month[5:7]) - 1])} {month[:4]}"


class ExpensesPage(ListPage):
    """The month's list with its filter and actions, refreshed from ``bus.changed``."""

    model: ExpensesTableModel
    proxy: ExpensesFilterProxy


    def __init__(self, store: Store, bus: ChangeBus, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.store, self.bus = store, bus
        self.today = today or date.today()
        self.month = f"{self.today:%Y-%m}"
        user = store.current_user()
        self.region = scope_region(user)
        self.can_edit = user is None or can(user.role, ops.ACTION)
        self.dialog: ExpenseDialog | None = None
        self.undo_stack = QUndoStack(self)  # picked up by the main window's undo group
        self._init_list(ExpensesTableModel(self._load, self), ExpensesFilterProxy(self), bus,
                        self.tr("Rechercher (libellé, catégorie, montant, rendez-vous…)"),
                        self.tr("Aucune dépense ce mois-ci."))

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.prev_button = QPushButton("◀")
        self.prev_button.setToolTip(self.tr("Mois précédent"))
        self.month_label = QLabel()
        self.month_label.setMinimumWidth(150)
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.month_label.setStyleSheet("font-weight: 600;")
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("Mois suivant"))
        for button in (self.prev_button, self.next_button):
            button.setFixedWidth(36)
        for w in (self.prev_button, self.month_label, self.next_button):
            top.addWidget(w)
        top.addWidget(self.filter, 1)
        self.missing_box = QCheckBox(self.tr("Sans justificatif seulement"))
        top.addWidget(self.missing_box)
        top.addWidget(self.count_label)
        layout.addLayout(top)

        bar = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Nouvelle dépense…"))
        self.edit_button = QPushButton(self.tr("Modifier…"))
        self.attach_button = QPushButton(self.tr("Joindre le justificatif…"))
        self.archive_button = QPushButton(self.tr("Archiver"))
        self.view_proof_button = QPushButton(self.tr("Voir le justificatif"))
        self.view_proof_button.setToolTip(self.tr("Afficher le reçu (zoom, pages, remplacer, ouvrir avec…)"))
        for button in (self.new_button, self.edit_button, self.attach_button, self.view_proof_button,
                       self.archive_button):
            bar.addWidget(button)
        bar.addStretch(1)
        self.total_label = QLabel()
        bar.addWidget(self.total_label)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.view)
        layout.addWidget(self.empty_label)

        self.prev_button.clicked.connect(lambda: self.set_month(shift_month(self.month, -1)))
        self.next_button.clicked.connect(lambda: self.set_month(shift_month(self.month, 1)))
        self.missing_box.toggled.connect(self._missing_toggled)
        self.new_button.clicked.connect(lambda: self.open_dialog(None))
        self.edit_button.clicked.connect(lambda: self.open_dialog(self.selected_id()))
        self.attach_button.clicked.connect(self.ask_attach)
        self.view_proof_button.clicked.connect(lambda: self.show_proof())
        self.archive_button.clicked.connect(lambda: self.archive_selected())
        bus.changed.connect(self.apply_changes)
        self.set_month(self.month)

    def _load(self, ids: Collection[str] | None) -> list[ExpenseRow]:
        return reads.expenses(self.store, self.month, self.region, ids)

    # -- state ------------------------------------------------------------------------------
    def set_month(self, month: str) -> None:
        self.month = month
        self.month_label.setText(month_label(month))
        self.model.reload()
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().resizeSection(2, max(self.view.columnWidth(2), 320))
        self._update_counts()
        self._update_buttons()

    def _missing_toggled(self, on: bool) -> None:
        self.proxy.set_missing_only(on)
        self._update_counts()

    def _counts_changed(self, shown: int, total: int) -> None:
        rows = self.model.rows()
        missing = sum(not r.has_receipt for r in rows)
        text = self.tr("Total du mois : {0}").format(ops.format_euros(sum(r.amount_cents for r in rows)))
        if missing:
            text += " — " + self.tr("{0} sans justificatif").format(missing)
        self.total_label.setText(text)

    def _update_buttons(self) -> None:
        selected = self.selected_id() is not None
        self.new_button.setEnabled(self.can_edit)
        self.edit_button.setEnabled(selected)
        for button in (self.attach_button, self.archive_button):
            button.setEnabled(selected and self.can_edit)
        self.view_proof_button.setEnabled(selected)

    def apply_changes(self, changes: Changes) -> None:
        self.model.apply_changes(changes)
        self._update_counts()
        self._update_buttons()

    # -- actions ----------------------------------------------------------------------------
    def _activated(self, row_id: str) -> None:
        self.open_dialog(row_id)

    def open_dialog(self, row_id: str | None) -> ExpenseDialog:
        """Open the expense dialog (non-blocking); a successful save is announced on the bus."""
        dialog = ExpenseDialog(self.store, row_id, self.region, self.month, self, today=self.today)
        dialog.buttons.button(dialog.buttons.StandardButton.Save).setEnabled(self.can_edit)
        dialog.saved.connect(self._saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, changes: Changes) -> None:
        self.show_message("")
        self.bus.changed.emit(changes)
        row_id = self.dialog.row_id if self.dialog is not None else None
        if row_id:
            self.pick(row_id)
        new = bool(row_id and row_id in changes.inserted.get("expenses", set()))
        label = self.tr("Nouvelle dépense « {0} »") if new else self.tr("Modifier la dépense « {0} »")
        self.record(label.format(self._label_of(row_id)), changes)

    def _label_of(self, row_id: str | None) -> str:
        pos = self.model.row_of(row_id) if row_id else None
        return self.model.expense(pos).label if pos is not None else ""

    def record(self, label: str, changes: Changes) -> None:
        """The written edit as one undo step of the page (Ctrl+Z puts the old values back)."""
        push_applied(self.undo_stack, label, changes, self.store, self.bus.changed.emit, self.show_message)

    def show_proof(self) -> Any:
        """The proof viewer on the selected expense's receipt (non-blocking window)."""
        from sosdesk.ui.proofs.dialog import ProofDialog

        row_id = self.selected_id()
        if row_id is None:
            return None
        dialog = ProofDialog(self.store, "expense", row_id, self)
        dialog.viewer.changed.connect(lambda changes: self.bus.changed.emit(changes) if changes is not None else None)
        dialog.open()
        self.proof_dialog = dialog
        return dialog

    def ask_attach(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Justificatif de la dépense"), "",
                                              QCoreApplication.translate("ExpensesPage", FILE_FILTER))
        if name:
            self.attach_file(Path(name))

    def attach_file(self, path: Path) -> bool:
        """Attach ``path`` as the selected expense's receipt; a refusal is shown above the list."""
        row_id = self.selected_id()
        if row_id is None:
            return False
        try:
            content = path.read_bytes()
        except OSError as exc:
            self.show_message(self.tr("Lecture impossible : {0}").format(exc.strerror or exc))
            return False
        media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        edit = run_edit(self, lambda: ops.attach_receipt(self.store, row_id, path.name, content, media),
                        show=self.show_message, problem=problem_text)
        if edit.value is None:
            return False
        _sha, changes = edit.value
        self.show_message("")
        self.bus.changed.emit(changes)
        self.bus.status_message.emit(self.tr("Justificatif joint : {0}").format(path.name))
        self.record(self.tr("Joindre un justificatif à « {0} »").format(self._label_of(row_id)), changes)
        return True

    def confirm_archive(self, row: ExpenseRow) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Archiver"),
            self.tr("Archiver la dépense « {0} » ({1}) ? Elle ne sera plus facturée ; "
                    "son historique est conservé.").format(row.label, ops.format_euros(row.amount_cents)))
        return answer == QMessageBox.StandardButton.Yes

    def archive_selected(self) -> bool:
        """Ask, then tombstone; a refusal (billed by a validated invoice) is shown above the list."""
        row_id = self.selected_id()
        pos = self.model.row_of(row_id) if row_id else None
        if row_id is None or pos is None or not self.confirm_archive(self.model.expense(pos)):
            return False
        edit = run_edit(self, lambda: ops.archive_expense(self.store, row_id), show=self.show_message,
                        problem=problem_text)
        if edit.value is None:
            return False
        changes = edit.value
        label = self.model.expense(pos).label
        self.show_message("")
        self.bus.changed.emit(changes)
        self.bus.status_message.emit(self.tr("Dépense archivée"))
        self.record(self.tr("Archiver la dépense « {0} »").format(label), changes)
        return True

"""« Paramètres de facturation » dialog: the identifiers and terms of the e-invoice (Factur-X, Chorus Pro).
Each value is checked by the use case when saved (SIRET and VAT keys, IBAN…); nothing is written if one
is wrong, and the wrong fields are named in the dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sosdesk.domain.permissions import Actor
from sosdesk.invoicing.billing_settings import (
    CHECKS,
    FIELD_LABELS,
    PAYMENT_MEANS,
    VAT_REGIMES,
    current_billing_settings,
    facturx_problems,
    parse_value,
    update_billing_settings,
)
from sosdesk.store.changes import Changes
from sosdesk.store.engine import Store
from sosdesk.ui.operations import run_edit

CHOICES = {"vat_regime": VAT_REGIMES, "payment.means": PAYMENT_MEANS}


class BillingSettingsDialog(QDialog):
    """Edit the billing settings; ``changes`` holds what was saved (None until then)."""

    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.changes: Changes | None = None
        self.setWindowTitle(self.tr("Paramètres de facturation"))
        values = current_billing_settings(store)
        self.fields: dict[str, QLineEdit | QComboBox] = {}
        form = QFormLayout()
        for path in CHECKS:
            widget: QLineEdit | QComboBox
            if path in CHOICES:
                widget = QComboBox()
                for code, label in CHOICES[path].items():
                    widget.addItem(f"{label} ({code})", code)
                widget.setCurrentIndex(max(0, widget.findData(values[path] or next(iter(CHOICES[path])))))
            else:
                widget = QLineEdit("" if values[path] is None else str(values[path]))
            self.fields[path] = widget
            form.addRow(FIELD_LABELS[path][0].upper() + FIELD_LABELS[path][1:], widget)
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b42318")
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self._show_missing()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Enregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.missing)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(620, 640)

    def _show_missing(self) -> None:
        values = current_billing_settings(self.store)
        data: dict[str, Any] = {}
        for path, value in values.items():
            head, _, tail = path.partition(".")
            if value is None:
                continue
            if tail:
                data.setdefault(head, {})[tail] = value
            else:
                data[head] = value
        missing = facturx_problems(data)
        self.missing.setText(self.tr("À compléter pour la facture électronique : ") + " ; ".join(missing)
                             if missing else self.tr("Paramètres complets pour la facture électronique."))

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for path, widget in self.fields.items():
            text = widget.currentData() if isinstance(widget, QComboBox) else widget.text()
            out[path] = parse_value(path, text) if text != "" else ""
        return out

    def save(self) -> bool:
        """Check and write; on refusal the wrong fields are named and the dialog stays open."""
        edit = run_edit(self, lambda: update_billing_settings(self.store, self.actor, self.values()),
                        show=self.error.setText, sep="\n",
                        problem=lambda p: f"{FIELD_LABELS.get(p.path, p.path)} : {p.message}")
        if edit.value is None:
            return False
        _, self.changes = edit.value
        self.accept()
        return True

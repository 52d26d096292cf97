"""The meeting types' rows of the rate table form (pricing.md §1): unit, price, minimum, rounding and
professionals billed, greyed where the unit does not use them; and the French number fields' parsing."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from sosdesk.domain.errors import InputError, ProblemList
from sosdesk.domain.pricing import euros_text

UNIT_LABELS = {"": str(QT_TRANSLATE_NOOP("RateForm", "non tarifé")),
               "professional_hour": str(QT_TRANSLATE_NOOP("RateForm", "heure par professionnel")),
               "session_hour": str(QT_TRANSLATE_NOOP("RateForm", "heure de séance")),
               "flat": str(QT_TRANSLATE_NOOP("RateForm", "forfait"))}
TYPE_FIELDS = {"unit": str(QT_TRANSLATE_NOOP("RateForm", "unité")),
               "price_cents": str(QT_TRANSLATE_NOOP("RateForm", "prix")),
               "min_billed_minutes": str(QT_TRANSLATE_NOOP("RateForm", "minimum facturé")),
               "rounding_minutes": str(QT_TRANSLATE_NOOP("RateForm", "arrondi")),
               "max_professionals_billed": str(QT_TRANSLATE_NOOP("RateForm", "professionnels facturés au plus"))}


def _tr(text: str) -> str:
    return QCoreApplication.translate("RateForm", text)   # the form's context: translations unchanged


def percent_text(ratio: str) -> str:
    """« 0.5 » → « 50 »; « 0.055 » → « 5,5 »."""
    value = (Decimal(str(ratio)) * 100).normalize()
    return format(value, "f").replace(".", ",")


def _number(text: str, path: str, problems: ProblemList) -> Decimal | None:
    """A number as typed in French (« 65,00 », « 5,5 % »), or None with the problem recorded."""
    from sosdesk.invoicing.drafts import parse_amount

    cleaned = text.replace("€", "").replace("%", "").replace("\u00a0", "").replace("\u202f", "").strip()
    if not cleaned:
        problems.add(path, "valeur manquante")
        return None
    try:
        return parse_amount(cleaned, path)
    except InputError as exc:
        problems.problems.extend(exc.problems)
        return None


def cents_of(text: str, path: str, problems: ProblemList) -> int:
    """« 65,00 » → 6500; more than two decimals is refused (the range is parse_rate_table's job)."""
    value = _number(text, path, problems)
    if value is None:
        return 0
    cents = value * 100
    if cents != cents.to_integral_value():
        problems.add(path, f"montant « {text.strip()} » au centime près attendu (deux décimales au plus)")
        return 0
    return int(cents)


def ratio_of(text: str, path: str, problems: ProblemList) -> str:
    """« 50 » (percent) → « 0.5 » as stored."""
    value = _number(text, path, problems)
    if value is None:
        return "0"
    return format((value / 100).normalize(), "f")


@dataclass
class TypeRow:
    """The editors of one meeting type's row."""

    type_id: str
    label: str
    unit: QComboBox
    price: QLineEdit
    min_billed: QSpinBox
    rounding: QSpinBox
    max_pros: QSpinBox


def spin_box(low: int, high: int, suffix: str, special: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    if special:
        spin.setSpecialValueText(special)
    return spin


class RateTypesTable(QTableWidget):
    """One row per meeting type; never scrolls on its own (the form's scroll area does)."""

    COLUMNS = (str(QT_TRANSLATE_NOOP("RateForm", "Type de rendez-vous")), str(QT_TRANSLATE_NOOP("RateForm", "Unité")),
               str(QT_TRANSLATE_NOOP("RateForm", "Prix (€)")), str(QT_TRANSLATE_NOOP("RateForm", "Minimum")),
               str(QT_TRANSLATE_NOOP("RateForm", "Arrondi")),
               str(QT_TRANSLATE_NOOP("RateForm", "Professionnels facturés")))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(self.COLUMNS), parent)
        self.rows: list[TypeRow] = []
        self.setHorizontalHeaderLabels([_tr(c) for c in self.COLUMNS])
        self.verticalHeader().hide()
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def load(self, rates: dict[str, Any], types: list[tuple[str, str]]) -> None:
        """The listed types (label order as given), then rates of types no longer listed, kept as is."""
        self.setRowCount(0)
        self.rows = []
        known = dict(types)
        for type_id, label in types:
            self._add_row(type_id, label, rates.get(type_id))
        for type_id in sorted(set(rates) - set(known)):
            self._add_row(type_id, type_id, rates[type_id])
        self._fit()

    def _add_row(self, type_id: str, label: str, rate: dict[str, Any] | None) -> None:
        rate = rate or {}
        row = self.rowCount()
        self.insertRow(row)
        item = QTableWidgetItem(label or type_id)
        item.setToolTip(type_id)
        self.setItem(row, 0, item)
        unit = QComboBox()
        for key, text in UNIT_LABELS.items():
            unit.addItem(_tr(text), key)
        unit.setCurrentIndex(max(unit.findData(rate.get("unit", "")), 0))
        price = QLineEdit(euros_text(rate["price_cents"]) if isinstance(rate.get("price_cents"), int) else "")
        price.setPlaceholderText("65,00")
        price.setMaximumWidth(90)
        minimum = spin_box(0, 99999, QCoreApplication.translate("RateForm", " min"))
        minimum.setValue(int(rate.get("min_billed_minutes", 0)))
        rounding = spin_box(0, 99999, QCoreApplication.translate("RateForm", " min"))
        rounding.setValue(int(rate.get("rounding_minutes", 15 if not rate else 1)))
        max_pros = spin_box(0, 999, "", QCoreApplication.translate("RateForm", "sans limite"))
        max_pros.setValue(int(rate.get("max_professionals_billed") or 0))
        editors = TypeRow(type_id, label or type_id, unit, price, minimum, rounding, max_pros)
        for col, widget in enumerate((unit, price, minimum, rounding, max_pros), start=1):
            self.setCellWidget(row, col, widget)
        unit.currentIndexChanged.connect(lambda _=0, r=editors: self._relevant(r))
        self._relevant(editors)
        self.rows.append(editors)

    def _fit(self) -> None:
        """Show every row: the scroll area scrolls the whole form, the table never scrolls on its own."""
        self.resizeRowsToContents()
        height = (self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
                  + sum(self.rowHeight(r) for r in range(self.rowCount())))
        self.setFixedHeight(height)

    @staticmethod
    def _relevant(row: TypeRow) -> None:
        """Grey out the cells the row's unit does not use."""
        unit = row.unit.currentData()
        row.price.setEnabled(bool(unit))
        row.min_billed.setEnabled(unit in ("professional_hour", "session_hour"))
        row.rounding.setEnabled(unit in ("professional_hour", "session_hour"))
        row.max_pros.setEnabled(unit == "professional_hour")

    def read(self, problems: ProblemList) -> dict[str, Any]:
        """The priced types as stored (``meeting_types`` of pricing.md §1); bad amounts into ``problems``."""
        types: dict[str, Any] = {}
        for row in self.rows:
            unit = row.unit.currentData()
            if not unit:
                continue
            path = f"meeting_types.{row.type_id}"
            item: dict[str, Any] = {"unit": unit,
                                    "price_cents": cents_of(row.price.text(), f"{path}.price_cents", problems)}
            if unit != "flat":
                item["min_billed_minutes"] = row.min_billed.value()
                item["rounding_minutes"] = row.rounding.value()
            if unit == "professional_hour" and row.max_pros.value() > 0:
                item["max_professionals_billed"] = row.max_pros.value()
            types[row.type_id] = item
        return types

    def label_of(self, type_id: str) -> str:
        return next((r.label for r in self.rows if r.type_id == type_id), type_id)

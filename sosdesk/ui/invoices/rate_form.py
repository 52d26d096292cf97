"""Rate table form (pricing.md §1) for the national coordinator: one row per meeting type, travel,
no-show and VAT, prefilled from the version in force, validated by ``parse_rate_table``, previewed
on the page's selected month and saved as a new effective-dated version with ``save_rate_version``."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sosdesk.domain.errors import InputError, Problem, ProblemList
from sosdesk.domain.model import SITE_KINDS
from sosdesk.domain.pricing import euros_text
from sosdesk.domain.timegrid import now_utc, utc_to_local
from sosdesk.store.changes import Changes
from sosdesk.store.engine import Store
from sosdesk.ui.invoices.rate_types import (
    TYPE_FIELDS,
    RateTypesTable,
    TypeRow,
    cents_of,
    percent_text,
    ratio_of,
)
from sosdesk.ui.operations import run_edit
from sosdesk.usecases import reads

__all__ = ["RateForm", "TypeRow"]

CONTEXT = "RateForm"
KIND_LABELS = {"office": str(QT_TRANSLATE_NOOP("RateForm", "Bureau")),
               "rented": str(QT_TRANSLATE_NOOP("RateForm", "Salle louée")),
               "detention": str(QT_TRANSLATE_NOOP("RateForm", "Détention")),
               "external": str(QT_TRANSLATE_NOOP("RateForm", "Extérieur"))}
OTHER_FIELDS = {"valid_from": str(QT_TRANSLATE_NOOP("RateForm", "Valable à partir du")),
                "travel.price_cents_per_hour": str(QT_TRANSLATE_NOOP("RateForm", "Déplacements — prix de l'heure")),
                "travel.rounding_minutes": str(QT_TRANSLATE_NOOP("RateForm", "Déplacements — arrondi")),
                "travel.max_minutes_per_day": str(QT_TRANSLATE_NOOP("RateForm", "Déplacements — plafond par jour")),
                "travel.billable_site_kinds": str(QT_TRANSLATE_NOOP("RateForm", "Déplacements — lieux facturés")),
                "no_show.ratio": str(QT_TRANSLATE_NOOP("RateForm", "Absence non excusée — part facturée")),
                "no_show.notice_hours": str(QT_TRANSLATE_NOOP("RateForm", "Absence non excusée — délai de prévenance")),
                "vat.rate": str(QT_TRANSLATE_NOOP("RateForm", "TVA — taux")),
                "vat.mention": str(QT_TRANSLATE_NOOP("RateForm", "TVA — mention"))}
PREFIX = "grille"  # path given to parse_rate_table, stripped from its problem paths


class RateForm(QWidget):
    """Edit a new rate version as a form; ``saved(Changes)`` after each saved version."""

    saved = Signal(object)

    def __init__(self, store: Store, cell: Callable[[], tuple[str, str] | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.cell = store, cell
        # The day whose rate version is shown (Paris local date; injectable for tests).
        self.today: Callable[[], date] = lambda: utc_to_local(now_utc()).date()
        self.loaded_from: str | None = None
        self._key: str | None = None
        self._build()
        self.refresh(editable=False)

    # -- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        self.valid_from = QDateEdit()
        self.valid_from.setCalendarPopup(True)
        self.valid_from.setDisplayFormat("dd/MM/yyyy")
        self.based_on = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Valable à partir du")))
        top.addWidget(self.valid_from)
        top.addWidget(self.based_on, 1)
        self.based_on.setWordWrap(True)

        self.table = RateTypesTable()

        self.travel_price = QLineEdit()
        self.travel_rounding = self._spin(0, 9999, self.tr(" min"))
        self.travel_cap = self._spin(-1, 9999, self.tr(" min"), self.tr("sans plafond"))
        self.kind_boxes = {k: QCheckBox(self.tr(KIND_LABELS.get(k, k))) for k in SITE_KINDS}
        kinds = QHBoxLayout()
        for box in self.kind_boxes.values():
            kinds.addWidget(box)
        kinds.addStretch(1)
        travel = QGroupBox(self.tr("Déplacements"))
        travel_form = QFormLayout(travel)
        travel_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        travel_form.addRow(self.tr("Prix de l'heure (€)"), self.travel_price)
        travel_form.addRow(self.tr("Arrondi"), self.travel_rounding)
        travel_form.addRow(self.tr("Plafond par jour"), self.travel_cap)
        travel_form.addRow(self.tr("Lieux facturés"), kinds)

        self.no_show_percent = QLineEdit()
        self.notice_hours = self._spin(0, 99999, self.tr(" h"))
        self.vat_percent = QLineEdit()
        self.vat_mention = QLineEdit()
        other = QGroupBox(self.tr("Absences et TVA"))
        other_form = QFormLayout(other)
        other_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.vat_mention.setMinimumWidth(380)
        other_form.addRow(self.tr("Absence non excusée facturée (%)"), self.no_show_percent)
        other_form.addRow(self.tr("Délai de prévenance"), self.notice_hours)
        other_form.addRow(self.tr("Taux de TVA (%)"), self.vat_percent)
        other_form.addRow(self.tr("Mention de TVA"), self.vat_mention)

        self.fields = QWidget()
        fields = QVBoxLayout(self.fields)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addLayout(top)
        fields.addWidget(self.table)
        fields.addWidget(travel)
        fields.addWidget(other)
        fields.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.fields)

        self.json_view = QPlainTextEdit()
        self.json_view.setReadOnly(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, self.tr("Formulaire"))
        self.tabs.addTab(self.json_view, self.tr("Avancé (JSON, lecture seule)"))
        self.tabs.currentChanged.connect(self._show_json)

        self.note = QLabel(self.tr("Lecture seule : seul le coordinateur national modifie les grilles tarifaires."))
        self.note.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.preview_button = QPushButton(self.tr("Aperçu"))
        self.preview_button.setToolTip(self.tr("Effet sur le brouillon du mois et de la région choisis au tableau"))
        self.preview_button.clicked.connect(self.preview)
        self.save_button = QPushButton(self.tr("Enregistrer la nouvelle version"))
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def _spin(self, low: int, high: int, suffix: str, special: str = "") -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        if special:
            spin.setSpecialValueText(special)
        return spin

    # -- data -----------------------------------------------------------------------------------
    def _in_force(self) -> tuple[str | None, dict[str, Any], list[tuple[str, str]]]:
        """The version in force today (else the earliest), its stored content, and the meeting types."""
        data = reads.rate_form_data(self.store, self.today())
        return data.version, data.content, data.types

    @property
    def rows(self) -> list[TypeRow]:
        """The meeting types' editors (one row each)."""
        return self.table.rows

    def refresh(self, editable: bool) -> None:
        """Reload when the stored version in force or the meeting types changed; apply the permission."""
        version, content, types = self._in_force()
        key = json.dumps([version, content, types], sort_keys=True, default=str)
        if key != self._key:
            self._key = key
            self.load(version, content, types)
        self.set_editable(editable)

    def set_editable(self, editable: bool) -> None:
        self.fields.setEnabled(editable)
        self.preview_button.setEnabled(editable)
        self.save_button.setEnabled(editable)
        self.note.setVisible(not editable)

    def load(self, version: str | None, content: dict[str, Any], types: list[tuple[str, str]]) -> None:
        """Fill every field from ``content`` (a stored table); a new version starts next month."""
        self.loaded_from = version
        today = date.today()
        start = date(today.year + today.month // 12, today.month % 12 + 1, 1)
        self.valid_from.setDate(QDate(start.year, start.month, start.day))
        self.based_on.setText(self.tr("(prérempli avec la version du {0})").format(
            date.fromisoformat(version).strftime("%d/%m/%Y")) if version else self.tr("(aucune version existante)"))
        rates = content.get("meeting_types", {}) if isinstance(content.get("meeting_types"), dict) else {}
        self.table.load(rates, types)
        travel = content.get("travel", {}) if isinstance(content.get("travel"), dict) else {}
        self.travel_price.setText(euros_text(int(travel.get("price_cents_per_hour", 0))))
        self.travel_rounding.setValue(int(travel.get("rounding_minutes", 15)))
        cap = travel.get("max_minutes_per_day")
        self.travel_cap.setValue(-1 if cap is None else int(cap))
        kinds = set(travel.get("billable_site_kinds", []))
        for kind, box in self.kind_boxes.items():
            box.setChecked(kind in kinds)
        no_show = content.get("no_show", {}) if isinstance(content.get("no_show"), dict) else {}
        self.no_show_percent.setText(percent_text(no_show.get("ratio", "0.5")))
        self.notice_hours.setValue(int(no_show.get("notice_hours", 24)))
        vat = content.get("vat", {}) if isinstance(content.get("vat"), dict) else {}
        self.vat_percent.setText(percent_text(vat.get("rate", "0")))
        self.vat_mention.setText(str(vat.get("mention", "")))
        self._show_json()

    def valid_from_date(self) -> date:
        d = self.valid_from.date()
        return date(d.year(), d.month(), d.day())

    def content(self) -> tuple[date, dict[str, Any]]:
        """The typed version as stored (pricing.md §1 without ``valid_from``); InputError names bad fields."""
        from sosdesk.invoicing.rates import parse_rate_table

        problems = ProblemList()
        types = self.table.read(problems)
        cap = self.travel_cap.value()
        content: dict[str, Any] = {
            "meeting_types": types,
            "travel": {"price_cents_per_hour": cents_of(self.travel_price.text(), "travel.price_cents_per_hour",
                                                        problems),
                       "rounding_minutes": self.travel_rounding.value(),
                       "max_minutes_per_day": None if cap < 0 else cap,
                       "billable_site_kinds": [k for k, box in self.kind_boxes.items() if box.isChecked()]},
            "no_show": {"ratio": ratio_of(self.no_show_percent.text(), "no_show.ratio", problems),
                        "notice_hours": self.notice_hours.value()},
            "vat": {"rate": ratio_of(self.vat_percent.text(), "vat.rate", problems),
                    "mention": self.vat_mention.text().strip()}}
        typed = {p.path for p in problems.problems}
        try:
            parse_rate_table(content, self.valid_from_date(), PREFIX)
        except InputError as exc:  # the one validator of rate tables; a field already refused stays refused once
            for p in exc.problems:
                path = p.path.removeprefix(PREFIX + ".")
                if path not in typed:
                    problems.add(path, p.message)
        problems.raise_if_any()
        return self.valid_from_date(), content

    def field_name(self, path: str) -> str:
        """« meeting_types.IND_PSY.price_cents » → « Entretien psychologique — prix »."""
        if path.startswith("meeting_types."):
            type_id, _, field = path.removeprefix("meeting_types.").rpartition(".")
            label = self.table.label_of(type_id)
            return f"{label} — {self.tr(TYPE_FIELDS.get(field, field))}"
        return self.tr(OTHER_FIELDS[path]) if path in OTHER_FIELDS else path

    def problem_text(self, p: Problem) -> str:
        """« Entretien psychologique — prix : doit être positif »."""
        return f"{self.field_name(p.path)} : {p.message}" if p.path else p.message

    def show_problems(self, problems: list[Problem]) -> None:
        self.message.setText("\n".join(self.problem_text(p) for p in problems))

    def _show_json(self) -> None:
        """The advanced view: the typed table as JSON (or the problems when it does not validate)."""
        if self.tabs.currentWidget() is not self.json_view:
            return
        edit = run_edit(self, self.content, show=self.json_view.setPlainText, problem=str, sep="\n")
        if edit.value is None:
            return
        valid_from, content = edit.value
        self.json_view.setPlainText(json.dumps({"valid_from": valid_from.isoformat(), **content},
                                               ensure_ascii=False, indent=2))

    # -- actions --------------------------------------------------------------------------------
    def preview(self) -> None:
        """« Cette version changerait le brouillon d'octobre 2026 pour la région … de +10,50 € », per region."""

        from sosdesk.invoicing.preview import preview_rate_version

        edit = run_edit(self, self.content, show=self.message.setText, problem=self.problem_text, sep="\n")
        if edit.value is None:
            return
        valid_from, content = edit.value
        cell = self.cell()
        if cell is None:
            self.message.setText(self.tr("Choisissez un mois (et une région) dans le tableau des factures."))
            return
        scope, month = cell
        regions = reads.region_ids(self.store) if scope == "national" else [scope]
        said = run_edit(self, lambda: [preview_rate_version(self.store, r, month, valid_from, content).sentence()
                                       for r in regions],
                        show=self.message.setText, problem=self.problem_text, sep="\n")
        if said.value is None:
            return
        sentences = said.value
        self.message.setText("\n".join(s[:1].upper() + s[1:] + "." for s in sentences))

    def save(self) -> Changes | None:
        """Save the typed version; refusals (permission, bad field, version already invoiced) are shown."""
        from sosdesk.invoicing.drafts import actor_for
        from sosdesk.invoicing.rates import save_rate_version

        def write() -> tuple[date, Changes]:
            valid_from, content = self.content()
            return valid_from, save_rate_version(self.store, actor_for(self.store), valid_from, content)

        edit = run_edit(self, write, show=self.message.setText, problem=self.problem_text, sep="\n")
        if edit.value is None:
            return None
        valid_from, changes = edit.value
        self.message.setText(self.tr("Version du {0} enregistrée : elle s'applique aux rendez-vous à partir "
                                     "de cette date.").format(valid_from.strftime("%d/%m/%Y")))
        self.saved.emit(changes)
        return changes

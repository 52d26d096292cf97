"""Edit dialogs of a beneficiary (justice data shown here only), a professional and a site."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sosdesk.domain.closures import HOLIDAY_CALENDARS
from sosdesk.domain.model import SITE_KINDS
from sosdesk.domain.vocabulary import THOUSANDS, format_decimal, phone_text
from sosdesk.store.people_rows import SITE_KIND_LABELS
from sosdesk.ui.people.dialog_base import PersonDialog, date_text, select_data
from sosdesk.ui.people.labels import tr_label
from sosdesk.ui.people.pickers import ChecklistWidget, RequirementsEditor
from sosdesk.ui.people.window_editor import WindowEditor
from sosdesk.ui.vocabulary_labels import skill_text
from sosdesk.ui.widgets.date_field import DateField

PHONE_HINT = "06 12 34 56 78"


def _line(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    return edit


class BeneficiaryDialog(PersonDialog):
    KIND = "beneficiaries"
    TITLE_NEW = str(QT_TRANSLATE_NOOP("PersonDialog", "Nouveau bénéficiaire"))
    TITLE_EDIT = str(QT_TRANSLATE_NOOP("PersonDialog", "Bénéficiaire"))

    def build(self) -> None:
        page = QWidget()
        form = QFormLayout(page)
        self.region = self.region_combo()
        self.last_name, self.first_name = _line(), _line()
        self.birth_date = DateField(optional=True)
        self.measure = _line(self.tr("ex. sursis probatoire, placement extérieur…"))
        self.measure_start, self.measure_end = DateField(optional=True), DateField(optional=True)
        self.phone, self.email = _line(PHONE_HINT), _line(self.tr("nom@exemple.fr"))
        self.sms_consent = QCheckBox(self.tr("accepte les rappels par SMS"))
        self.email_consent = QCheckBox(self.tr("accepte les rappels par e-mail"))
        self.referent = QComboBox()
        self.referent.addItem(self.tr("— aucun —"), None)
        for pid, label in self.choices.professionals:
            self.referent.addItem(label, pid)
        self.max_per_day = QSpinBox()
        self.max_per_day.setRange(1, 10)
        self.max_per_day.setValue(2)
        for label, widget in ((self.tr("Région"), self.region), (self.tr("Nom"), self.last_name),
                              (self.tr("Prénom"), self.first_name),
                              (self.tr("Date de naissance"), self.birth_date),
                              (self.tr("Mesure"), self.measure),
                              (self.tr("Début de mesure"), self.measure_start),
                              (self.tr("Fin de mesure"), self.measure_end),
                              (self.tr("Téléphone"), self.phone), (self.tr("E-mail"), self.email),
                              ("", self.sms_consent), ("", self.email_consent),
                              (self.tr("Référent"), self.referent),
                              (self.tr("Rendez-vous max. par jour"), self.max_per_day)):
            form.addRow(label, widget)
        self.tabs.addTab(page, self.tr("Fiche"))
        self.requirements = RequirementsEditor(self.choices.meeting_types)
        self.tabs.addTab(self.requirements, self.tr("Obligations"))
        windows = QWidget()
        box = QVBoxLayout(windows)
        self.available = WindowEditor(self.tr("Disponibilités"), self.tr(
            "Vide : disponible aux heures d'ouverture (ex. horaires de semi-liberté sinon)."))
        self.unavailable = WindowEditor(self.tr("Indisponibilités"), self.tr("Travail, formation, soins…"))
        box.addWidget(self.available)
        box.addWidget(self.unavailable)
        self.tabs.addTab(windows, self.tr("Disponibilités"))
        links = QWidget()
        row = QHBoxLayout(links)
        self.sites = ChecklistWidget(self.tr("Sites autorisés (aucun = tous)"), self.choices.sites)
        others = [(bid, label) for bid, label in self.choices.beneficiaries if bid != self.row_id]
        self.forbidden = ChecklistWidget(self.tr("Contacts interdits"), others)
        row.addWidget(self.sites)
        row.addWidget(self.forbidden)
        self.tabs.addTab(links, self.tr("Sites et contacts"))

    def load(self, values: dict[str, Any]) -> None:
        select_data(self.region, values["region"])
        self.last_name.setText(values["last_name"])
        self.first_name.setText(values["first_name"])
        self.birth_date.setText(date_text(values["birth_date"]))
        self.measure.setText(values["measure"])
        self.measure_start.setText(date_text(values["measure_start"]))
        self.measure_end.setText(date_text(values["measure_end"]))
        self.phone.setText(phone_text(values["phone"]))
        self.email.setText(values["email"])
        self.sms_consent.setChecked(values["sms_consent"])
        self.email_consent.setChecked(values["email_consent"])
        select_data(self.referent, values["referent"])
        self.max_per_day.setValue(values["max_meetings_per_day"])
        self.requirements.set_requirements(values["requirements"])
        self.available.set_windows(values["available"])
        self.unavailable.set_windows(values["unavailable"])
        self.sites.set_checked(values["sites"])
        self.forbidden.set_checked(values["forbidden_with"])

    def collect(self) -> dict[str, Any]:
        return {
            "region": self.region.currentData(), "last_name": self.last_name.text(),
            "first_name": self.first_name.text(), "birth_date": self.birth_date.text(),
            "measure": self.measure.text(), "measure_start": self.measure_start.text(),
            "measure_end": self.measure_end.text(), "phone": self.phone.text(),
            "email": self.email.text(), "sms_consent": self.sms_consent.isChecked(),
            "email_consent": self.email_consent.isChecked(), "referent": self.referent.currentData(),
            "max_meetings_per_day": self.max_per_day.value(),
            "requirements": self.requirements.requirements(), "available": self.available.windows(),
            "unavailable": self.unavailable.windows(), "sites": self.sites.checked(),
            "forbidden_with": self.forbidden.checked(),
        }


class ProfessionalDialog(PersonDialog):
    KIND = "professionals"
    TITLE_NEW = str(QT_TRANSLATE_NOOP("PersonDialog", "Nouveau professionnel"))
    TITLE_EDIT = str(QT_TRANSLATE_NOOP("PersonDialog", "Professionnel"))

    def build(self) -> None:
        page = QWidget()
        outer = QHBoxLayout(page)
        form = QFormLayout()
        self.region = self.region_combo()
        self.last_name, self.first_name = _line(), _line()
        self.phone, self.email = _line(PHONE_HINT), _line(self.tr("nom@exemple.fr"))
        self.home_site = QComboBox()
        self.home_site.addItem(self.tr("— aucun —"), None)
        for sid, label in self.choices.sites:
            self.home_site.addItem(label, sid)
        self.cap = QSpinBox()
        self.cap.setRange(0, 7 * 24 * 60)
        self.cap.setSingleStep(60)
        self.cap.setSuffix(" min")
        self.cap.setSpecialValueText(self.tr("sans plafond"))
        for label, widget in ((self.tr("Région"), self.region), (self.tr("Nom"), self.last_name),
                              (self.tr("Prénom"), self.first_name), (self.tr("Téléphone"), self.phone),
                              (self.tr("E-mail"), self.email),
                              (self.tr("Site de rattachement"), self.home_site),
                              (self.tr("Plafond hebdomadaire"), self.cap)):
            form.addRow(label, widget)
        outer.addLayout(form, 3)
        self.skills = ChecklistWidget(self.tr("Compétences"), [(s, skill_text(s)) for s in self.choices.skills],
                                      show_filter=False)
        outer.addWidget(self.skills, 2)
        self.tabs.addTab(page, self.tr("Fiche"))
        other = QWidget()
        row = QHBoxLayout(other)
        self.available = WindowEditor(self.tr("Disponibilités"),
                                      self.tr("Vide : disponible aux heures d'ouverture des sites."))
        self.sites = ChecklistWidget(self.tr("Sites (aucun = tous)"), self.choices.sites)
        row.addWidget(self.available, 3)
        row.addWidget(self.sites, 2)
        self.tabs.addTab(other, self.tr("Disponibilités et sites"))
        from sosdesk.ui import phone_panel  # calendar feed and mobile page (docs/mobile.md)

        if phone_panel.available(self.store, self.row_id):
            assert self.row_id is not None
            self.phone_panel = phone_panel.PhonePanel(self.store, self.row_id)
            self.tabs.addTab(self.phone_panel, self.tr("Téléphone"))

    def load(self, values: dict[str, Any]) -> None:
        select_data(self.region, values["region"])
        self.last_name.setText(values["last_name"])
        self.first_name.setText(values["first_name"])
        self.phone.setText(phone_text(values["phone"]))
        self.email.setText(values["email"])
        select_data(self.home_site, values["home_site"])
        self.cap.setValue(values["max_minutes_per_week"] or 0)
        self.skills.set_checked(values["skills"])
        self.available.set_windows(values["available"])
        self.sites.set_checked(values["sites"])

    def collect(self) -> dict[str, Any]:
        return {
            "region": self.region.currentData(), "last_name": self.last_name.text(),
            "first_name": self.first_name.text(), "phone": self.phone.text(), "email": self.email.text(),
            "home_site": self.home_site.currentData(), "max_minutes_per_week": self.cap.value() or None,
            "skills": self.skills.checked(), "available": self.available.windows(),
            "sites": self.sites.checked(),
        }


class SiteDialog(PersonDialog):
    KIND = "sites"
    TITLE_NEW = str(QT_TRANSLATE_NOOP("PersonDialog", "Nouveau site"))
    TITLE_EDIT = str(QT_TRANSLATE_NOOP("PersonDialog", "Site"))

    def build(self) -> None:
        page = QWidget()
        box = QVBoxLayout(page)
        form = QFormLayout()
        self.region = self.region_combo()
        self.name = _line()
        self.kind = QComboBox()
        for kind in SITE_KINDS:
            self.kind.addItem(tr_label(SITE_KIND_LABELS[kind]), kind)
        self.address = _line()
        self.capacity = QSpinBox()
        self.capacity.setRange(1, 99)
        self.coefficient = _line("1,00")
        self.coefficient.setText("1,00")
        self.holiday_calendar = QComboBox()
        for code, label in HOLIDAY_CALENDARS.items():
            self.holiday_calendar.addItem(label, code)
        self.open_on_holidays = QCheckBox(self.tr("Ouvert les jours fériés (détention…)"))
        for label, widget in ((self.tr("Région"), self.region), (self.tr("Nom"), self.name),
                              (self.tr("Type"), self.kind), (self.tr("Adresse"), self.address),
                              (self.tr("Capacité (rendez-vous simultanés)"), self.capacity),
                              (self.tr("Coefficient tarifaire"), self.coefficient),
                              (self.tr("Jours fériés"), self.holiday_calendar),
                              ("", self.open_on_holidays)):
            form.addRow(label, widget)
        box.addLayout(form)
        self.open_hours = WindowEditor(self.tr("Horaires d'ouverture"))
        box.addWidget(self.open_hours)
        self.tabs.addTab(page, self.tr("Fiche"))

    def load(self, values: dict[str, Any]) -> None:
        select_data(self.region, values["region"])
        self.name.setText(values["name"])
        select_data(self.kind, values["kind"])
        self.address.setText(values["address"])
        self.capacity.setValue(values["capacity"])
        self.coefficient.setText(format_decimal(values["rate_coefficient"]).replace(THOUSANDS, ""))
        self.open_hours.set_windows(values["open"])
        select_data(self.holiday_calendar, values.get("holiday_calendar", ""))
        self.open_on_holidays.setChecked(bool(values.get("open_on_holidays")))

    def collect(self) -> dict[str, Any]:
        coefficient = self.coefficient.text().strip().replace(",", ".")
        return {"region": self.region.currentData(), "name": self.name.text(),
                "kind": self.kind.currentData(), "address": self.address.text(),
                "capacity": self.capacity.value(), "rate_coefficient": coefficient,
                "open": self.open_hours.windows(), "holiday_calendar": self.holiday_calendar.currentData(),
                "open_on_holidays": self.open_on_holidays.isChecked()}


DIALOGS: dict[str, type[PersonDialog]] = {
    "beneficiaries": BeneficiaryDialog, "professionals": ProfessionalDialog, "sites": SiteDialog,
}

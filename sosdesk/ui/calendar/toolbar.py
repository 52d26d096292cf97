"""The Planning page's second toolbar: whose calendar is shown (mode and person/site, or the
professionals side by side), working hours and Sunday, the planner, copy-week, the day's attendance,
printing and the broken-rules button. It shows choices and says what was chosen; the page acts."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QComboBox, QMenu, QSizePolicy, QToolBar, QToolButton, QWidget

from sosdesk.ui.calendar.layout import BENEFICIARY, PROFESSIONAL, PROFESSIONALS, SITE
from sosdesk.ui.calendar.rule_button import RulesButton


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanningPage", text)   # the page's context: translations unchanged


class PlanningToolbar(QToolBar):
    """Mode, person/site, professionals, hours, Sunday, actions, print menu, broken rules."""

    mode_chosen = Signal(str)
    resource_chosen = Signal(str)
    professional_toggled = Signal(str, bool)
    sunday_toggled = Signal(bool)
    hours_toggled = Signal(bool)

    def __init__(self, print_actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planning_actions")
        self.mode_combo = QComboBox()
        for label, mode in ((QCoreApplication.translate("PlanningPage", "Professionnels côte à côte"), PROFESSIONALS),
                            (QCoreApplication.translate("PlanningPage", "Un professionnel"), PROFESSIONAL), (QCoreApplication.translate("PlanningPage", "Un bénéficiaire"), BENEFICIARY),
                            (QCoreApplication.translate("PlanningPage", "Un site"), SITE)):
            self.mode_combo.addItem(label, mode)
        self.mode_combo.currentIndexChanged.connect(lambda _i: self.mode_chosen.emit(str(self.mode_combo.currentData())))
        self.resource_combo = QComboBox()
        self.resource_combo.setEditable(True)
        self.resource_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.resource_combo.setMinimumWidth(200)
        completer = self.resource_combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.resource_combo.activated.connect(self._resource_activated)
        self.pros_button = QToolButton()
        self.pros_button.setText(QCoreApplication.translate("PlanningPage", "Choisir les professionnels"))
        self.pros_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.pros_menu = QMenu(self)
        self.pros_button.setMenu(self.pros_menu)
        self.sunday = QCheckBox(QCoreApplication.translate("PlanningPage", "Dimanche"))
        self.sunday.toggled.connect(self.sunday_toggled.emit)
        self.hours_box = QCheckBox(QCoreApplication.translate("PlanningPage", "Heures ouvrées"))
        self.hours_box.setToolTip(QCoreApplication.translate("PlanningPage", "Seulement les heures des rendez-vous et des disponibilités "
                                      "(décocher : toute la journée) — Ctrl+Alt+H"))
        self.hours_box.setChecked(True)
        self.hours_box.toggled.connect(self.hours_toggled.emit)
        self.addWidget(self.mode_combo)
        self.resource_widget = self.addWidget(self.resource_combo)
        self.pros_widget = self.addWidget(self.pros_button)
        self.addWidget(self.hours_box)
        self.addWidget(self.sunday)
        self.addSeparator()
        self.plan_action = self.addAction(QCoreApplication.translate("PlanningPage", "Planifier la semaine"))
        self.plan_action.setEnabled(importlib.util.find_spec("sosdesk.planning.solver") is not None)
        self.copy_week_action = self.addAction(QCoreApplication.translate("PlanningPage", "Copier → semaine suivante"))
        self.day_action = self.addAction(QCoreApplication.translate("PlanningPage", "Présences du jour"))
        self.addSeparator()
        self.print_button = QToolButton()
        self.print_button.setText(QCoreApplication.translate("PlanningPage", "Imprimer / exporter"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        print_menu = QMenu(self)
        for action in print_actions:
            print_menu.addAction(action)
        self.print_button.setMenu(print_menu)
        self.addWidget(self.print_button)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)
        self.rules_button = RulesButton()
        self.addWidget(self.rules_button)

    def _resource_activated(self) -> None:
        key = self.resource_combo.currentData()
        if key:
            self.resource_chosen.emit(str(key))

    def show_choices(self, mode: str, resources: tuple[str, ...], people: list[tuple[str, str]],
                     professionals: list[tuple[str, str]]) -> None:
        """The mode, the (label, id) pool of the person/site combo and the professionals' menu,
        without announcing anything."""
        self.mode_combo.blockSignals(True)
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(mode))
        self.mode_combo.blockSignals(False)
        combo = self.resource_combo
        combo.blockSignals(True)
        combo.clear()
        for label, key in people:
            combo.addItem(label, key)
        if resources:
            combo.setCurrentIndex(max(0, combo.findData(resources[0])))
        combo.blockSignals(False)
        self.resource_widget.setVisible(mode != PROFESSIONALS)
        self.pros_widget.setVisible(mode == PROFESSIONALS)
        self.pros_menu.clear()
        for label, key in professionals:
            action = self.pros_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(key in resources)
            action.toggled.connect(lambda on, k=key: self.professional_toggled.emit(k, on))

    def set_checks(self, sunday: bool, hours: bool) -> None:
        """Sunday column and working hours as remembered, without announcing them."""
        for box, on in ((self.sunday, sunday), (self.hours_box, hours)):
            box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(False)

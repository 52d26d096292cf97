"""The calendar's navigation: previous / today / next, the shown period as a button opening a
mini-month to pick a date, the view switch (day, work week, week, month, agenda, timeline) as a
segmented control, and the « Affichage » menu listing every view action with its shortcut."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCalendarWidget,
    QHBoxLayout,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

DAY, WORKWEEK, WEEK, MONTH, AGENDA, TIMELINE = "day", "workweek", "week", "month", "agenda", "timeline"
VIEW_KINDS = (DAY, WORKWEEK, WEEK, MONTH, AGENDA, TIMELINE)
VIEW_LABELS = {
    DAY: str(QT_TRANSLATE_NOOP("CalendarNavigator", "Jour")),
    WORKWEEK: str(QT_TRANSLATE_NOOP("CalendarNavigator", "Semaine de travail")),
    WEEK: str(QT_TRANSLATE_NOOP("CalendarNavigator", "Semaine")),
    MONTH: str(QT_TRANSLATE_NOOP("CalendarNavigator", "Mois")),
    AGENDA: str(QT_TRANSLATE_NOOP("CalendarNavigator", "Agenda")),
    TIMELINE: str(QT_TRANSLATE_NOOP("CalendarNavigator", "Chronologie")),
}
VIEW_TIPS = {
    DAY: str(QT_TRANSLATE_NOOP("CalendarNavigator", "Une journée, les personnes côte à côte")),
    WORKWEEK: str(QT_TRANSLATE_NOOP("CalendarNavigator", "Du lundi au vendredi")),
    WEEK: str(QT_TRANSLATE_NOOP("CalendarNavigator", "Toute la semaine (samedi, et dimanche si coché)")),
    MONTH: str(QT_TRANSLATE_NOOP("CalendarNavigator", "Le mois : cliquer un jour l'ouvre")),
    AGENDA: str(QT_TRANSLATE_NOOP("CalendarNavigator", "Liste des rendez-vous de la semaine")),
    TIMELINE: str(QT_TRANSLATE_NOOP("CalendarNavigator", "Tous les professionnels, une ligne chacun")),
}
# Outlook's keys for its views (Ctrl+Alt+1…4), continued for the agenda and the timeline; Ctrl+1…9
# already switch the window's pages.
VIEW_KEYS = {kind: f"Ctrl+Alt+{i + 1}" for i, kind in enumerate(VIEW_KINDS)}


def nav_tr(text: str) -> str:
    return QCoreApplication.translate("CalendarNavigator", text)


class MiniMonth(QCalendarWidget):
    """The date picker of the navigation bar (ISO weeks, Monday first, week numbers shown)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mini_month")
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self.setMinimumSize(300, 220)


class CalendarNavigator(QWidget):
    """Emits what the user asked; the page decides what it means for the shown dates."""

    step = Signal(int)              # -1 previous period, +1 next
    today_requested = Signal()
    date_chosen = Signal(object)    # datetime.date
    kind_chosen = Signal(str)       # one of VIEW_KINDS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        row.setSpacing(4)
        self.prev_button = self._button("\u25c0", self.tr("Période précédente (Ctrl+Page préc.)"))
        self.today_button = self._button(self.tr("Aujourd'hui"), self.tr("Revenir à aujourd'hui (Ctrl+T)"))
        self.next_button = self._button("\u25b6", self.tr("Période suivante (Ctrl+Page suiv.)"))
        self.prev_button.clicked.connect(lambda: self.step.emit(-1))
        self.next_button.clicked.connect(lambda: self.step.emit(1))
        self.today_button.clicked.connect(self.today_requested.emit)
        self.date_button = QToolButton(self)
        self.date_button.setObjectName("period_button")
        self.date_button.setToolTip(self.tr("Choisir une date (Ctrl+G)"))
        self.date_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.date_button.setStyleSheet("QToolButton#period_button { font-weight: 600; padding: 3px 8px; }")
        self.picker_menu = QMenu(self.date_button)
        self.mini_month = MiniMonth(self.picker_menu)
        holder = QWidgetAction(self.picker_menu)
        holder.setDefaultWidget(self.mini_month)
        self.picker_menu.addAction(holder)
        self.date_button.setMenu(self.picker_menu)
        self.mini_month.clicked.connect(self._picked)
        self.mini_month.activated.connect(self._picked)
        for w in (self.prev_button, self.today_button, self.next_button, self.date_button):
            row.addWidget(w)
        row.addSpacing(12)
        self.kind_group = QButtonGroup(self)
        self.kind_group.setExclusive(True)
        self.kind_buttons: dict[str, QToolButton] = {}
        segmented = QWidget(self)
        segmented.setObjectName("view_switch")
        seg_row = QHBoxLayout(segmented)
        seg_row.setContentsMargins(0, 0, 0, 0)
        seg_row.setSpacing(0)
        for i, kind in enumerate(VIEW_KINDS):
            b = QToolButton(segmented)
            b.setObjectName(f"view_{kind}")
            b.setText(nav_tr(VIEW_LABELS[kind]))
            keys = QKeySequence(VIEW_KEYS[kind]).toString(QKeySequence.SequenceFormat.NativeText)
            b.setToolTip(f"{nav_tr(VIEW_TIPS[kind])} ({keys})")
            b.setCheckable(True)
            b.setProperty("segment", "first" if i == 0 else "last" if i == len(VIEW_KINDS) - 1 else "middle")
            self.kind_group.addButton(b)
            self.kind_buttons[kind] = b
            b.clicked.connect(lambda _on=False, k=kind: self.kind_chosen.emit(k))
            seg_row.addWidget(b)
        segmented.setStyleSheet(
            "#view_switch QToolButton { border: 1px solid #b8c0ca; border-left: none; padding: 3px 9px;"
            " background: #ffffff; }"
            "#view_switch QToolButton[segment=\"first\"] { border-left: 1px solid #b8c0ca;"
            " border-top-left-radius: 4px; border-bottom-left-radius: 4px; }"
            "#view_switch QToolButton[segment=\"last\"] { border-top-right-radius: 4px;"
            " border-bottom-right-radius: 4px; }"
            "#view_switch QToolButton:checked { background: #1f6feb; color: #ffffff; border-color: #1f6feb; }"
            "#view_switch QToolButton:hover:!checked { background: #eef3fb; }")
        row.addWidget(segmented)
        row.addStretch(1)

    def _button(self, text: str, tip: str) -> QToolButton:
        b = QToolButton(self)
        b.setText(text)
        b.setToolTip(tip)
        b.setAutoRaise(False)
        return b

    def _picked(self, qdate: QDate) -> None:
        self.picker_menu.hide()
        self.date_chosen.emit(date(qdate.year(), qdate.month(), qdate.day()))

    def show_state(self, kind: str, text: str, anchor: date) -> None:
        """The period shown on the date button and the mini-month, and the checked view."""
        self.date_button.setText(text + "  \u25be")
        self.mini_month.blockSignals(True)
        self.mini_month.setSelectedDate(QDate(anchor.year, anchor.month, anchor.day))
        self.mini_month.blockSignals(False)
        button = self.kind_buttons.get(kind)
        if button is not None and not button.isChecked():
            button.setChecked(True)

    def open_picker(self) -> None:
        self.date_button.showMenu()


def view_actions(parent: QWidget, on_kind: Callable[[str], None]) -> tuple[QActionGroup, dict[str, QAction]]:
    """One checkable action per view, with its shortcut (for the « Affichage » menu)."""
    group = QActionGroup(parent)
    group.setExclusive(True)
    actions: dict[str, QAction] = {}
    for kind in VIEW_KINDS:
        action = QAction(nav_tr(VIEW_LABELS[kind]), parent)
        action.setCheckable(True)
        action.setShortcut(QKeySequence(VIEW_KEYS[kind]))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _on=False, k=kind: on_kind(k))
        group.addAction(action)
        parent.addAction(action)
        actions[kind] = action
    return group, actions


"""The planning page's periods and views: which dates are shown (a day, a week, a month) and how
(grid, month, agenda, timeline), previous / next / today / a picked date, working hours, the side
panel, the « Affichage » menu with its shortcuts, and the whole-week rule check run off the GUI
thread. A base class of ``PlanningPage`` (its text is translated in the page's context)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QMenu, QStackedWidget, QToolButton, QWidget

from sosdesk.domain import model as dm
from sosdesk.domain.timegrid import local_day_minute, week_dates, week_monday, week_of
from sosdesk.store import Store
from sosdesk.ui.calendar.agenda import AgendaView
from sosdesk.ui.calendar.edits import MeetingActions
from sosdesk.ui.calendar.layout import PROFESSIONAL, ViewSpec
from sosdesk.ui.calendar.month_view import MonthView, month_grid
from sosdesk.ui.calendar.navigator import (
    AGENDA,
    DAY,
    MONTH,
    TIMELINE,
    VIEW_KINDS,
    WEEK,
    WORKWEEK,
    CalendarNavigator,
    view_actions,
)
from sosdesk.ui.calendar.rule_button import RulesButton
from sosdesk.ui.calendar.scene import WeekScene
from sosdesk.ui.calendar.timeline import TimelineView
from sosdesk.ui.operations import OpRunner
from sosdesk.ui.vocabulary_labels import shown
from sosdesk.usecases.calendar_month import month_meetings
from sosdesk.usecases.calendar_week import WeekData

MONTHS = (str(QT_TRANSLATE_NOOP("PlanningPage", "janvier")), str(QT_TRANSLATE_NOOP("PlanningPage", "février")),
          str(QT_TRANSLATE_NOOP("PlanningPage", "mars")), str(QT_TRANSLATE_NOOP("PlanningPage", "avril")),
          str(QT_TRANSLATE_NOOP("PlanningPage", "mai")), str(QT_TRANSLATE_NOOP("PlanningPage", "juin")),
          str(QT_TRANSLATE_NOOP("PlanningPage", "juillet")), str(QT_TRANSLATE_NOOP("PlanningPage", "août")),
          str(QT_TRANSLATE_NOOP("PlanningPage", "septembre")), str(QT_TRANSLATE_NOOP("PlanningPage", "octobre")),
          str(QT_TRANSLATE_NOOP("PlanningPage", "novembre")), str(QT_TRANSLATE_NOOP("PlanningPage", "décembre")))
WEEKDAYS = (str(QT_TRANSLATE_NOOP("PlanningPage", "lundi")), str(QT_TRANSLATE_NOOP("PlanningPage", "mardi")),
            str(QT_TRANSLATE_NOOP("PlanningPage", "mercredi")), str(QT_TRANSLATE_NOOP("PlanningPage", "jeudi")),
            str(QT_TRANSLATE_NOOP("PlanningPage", "vendredi")), str(QT_TRANSLATE_NOOP("PlanningPage", "samedi")),
            str(QT_TRANSLATE_NOOP("PlanningPage", "dimanche")))


class PeriodViews(QWidget):
    """View switching and date navigation of the planning page (``PlanningPage`` builds the widgets
    named below and provides the methods that show a week)."""

    store: Store
    data: WeekData
    week: str
    mode: str
    resources: tuple[str, ...]
    show_sunday: bool
    view_kind: str
    collapsed: bool
    anchor: date
    now: Callable[[], datetime]
    _scene_dirty: bool
    _side_dirty: bool
    actions_: MeetingActions
    navigator: CalendarNavigator
    views: QStackedWidget
    timeline: TimelineView
    month: MonthView
    agenda: AgendaView
    side: QWidget
    hours_box: QCheckBox
    rules_button: RulesButton
    checks: OpRunner

    def days(self) -> list[int]:
        if self.view_kind == DAY:
            return [self.anchor.isoweekday()]
        if self.view_kind == WORKWEEK:
            return [1, 2, 3, 4, 5]
        return list(range(1, 8 if self.show_sunday else 7))

    # provided by the page
    def _show(self) -> None:
        raise NotImplementedError

    def _save_view(self) -> None:
        raise NotImplementedError

    def _refresh_side(self) -> None:
        raise NotImplementedError

    def set_view(self, mode: str, resources: tuple[str, ...]) -> None:
        raise NotImplementedError

    def scene(self) -> WeekScene:
        raise NotImplementedError

    def check_rules(self) -> None:
        raise NotImplementedError

    def _view_menu(self) -> None:
        """The « Affichage » menu: every view and navigation action with its keyboard shortcut."""
        self.kind_group, self.kind_actions = view_actions(self, self.set_view_kind)
        menu = self.display_menu = QMenu(QCoreApplication.translate("PlanningPage", "Affichage"), self)
        for action in self.kind_actions.values():
            menu.addAction(action)
        menu.addSeparator()

        def add(text: str, keys: list[str], slot: Callable[[], object], checkable: bool = False) -> QAction:
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setCheckable(checkable)
            action.triggered.connect(slot)
            self.addAction(action)
            menu.addAction(action)
            return action

        self.prev_period_action = add(QCoreApplication.translate("PlanningPage", "Période précédente"), ["Ctrl+PgUp"], lambda: self.step(-1))
        self.next_period_action = add(QCoreApplication.translate("PlanningPage", "Période suivante"), ["Ctrl+PgDown"], lambda: self.step(1))
        self.today_action = add(QCoreApplication.translate("PlanningPage", "Aujourd'hui"), ["Ctrl+T"], self.go_today)
        self.goto_action = add(QCoreApplication.translate("PlanningPage", "Aller à une date…"), ["Ctrl+G"], self.navigator.open_picker)
        menu.addSeparator()
        self.hours_action = add(QCoreApplication.translate("PlanningPage", "Heures ouvrées seulement"), ["Ctrl+Alt+H"],
                                lambda: self.hours_box.toggle(), checkable=True)
        self.side_action = add(QCoreApplication.translate("PlanningPage", "Panneau des obligations"), ["Ctrl+Alt+O"],
                               lambda: self.side_panel_visible(self.side_action.isChecked()), checkable=True)
        self.side_action.setChecked(True)
        menu.addSeparator()
        add(QCoreApplication.translate("PlanningPage", "Raccourcis clavier…"), ["F1"], self.show_shortcuts)
        self.display_button = QToolButton()
        self.display_button.setObjectName("display_button")
        self.display_button.setText(QCoreApplication.translate("PlanningPage", "Affichage"))
        self.display_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.display_button.setMenu(menu)

    def shortcut_lines(self) -> list[str]:
        """« keys — what they do » for every shortcut of the calendar (menu and help box)."""
        native = QKeySequence.SequenceFormat.NativeText
        lines = [f"{a.shortcut().toString(native)} — {a.text()}" for a in self.display_menu.actions()
                 if not a.isSeparator() and not a.shortcut().isEmpty()]
        return [
            *lines,
            QCoreApplication.translate("PlanningPage", "Glisser sur un créneau vide — créer un rendez-vous"),
            QCoreApplication.translate("PlanningPage", "Glisser un rendez-vous — le déplacer ; Ctrl+glisser — le copier ; bord inférieur — la durée"),
            QCoreApplication.translate("PlanningPage", "Ctrl+clic ou Maj+glisser — sélection multiple"),
            QCoreApplication.translate("PlanningPage", "Flèches — changer de rendez-vous ; Alt+flèches — déplacer d'un créneau ou d'un jour"),
            QCoreApplication.translate("PlanningPage", "Entrée — ouvrir ; Suppr — annuler ; Ctrl+Z / Ctrl+Maj+Z — annuler / rétablir"),
        ]

    def show_shortcuts(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self, QCoreApplication.translate("PlanningPage", "Raccourcis clavier du planning"), "\n".join(self.shortcut_lines()))

    def _anchor_in(self, week: str) -> date:
        """The focused date once ``week`` is shown: same weekday as before (today in today's week)."""
        today = local_day_minute(self.now())[0]
        if week_of(today) == week:
            return today
        previous = getattr(self, "anchor", None)
        weekday = previous.isoweekday() if isinstance(previous, date) else 1
        return week_monday(week) + timedelta(days=weekday - 1)

    def _start_check(self) -> None:
        """Judge the shown week off the GUI thread (on its own copy of the week); the marks appear
        when it is done, unless the week changed or an edit judged it first."""
        data = self.data
        problem, meetings = data.problem, data.active()
        self.checks.start(lambda: WeekData.judge(problem, meetings),
                          lambda found: self._checked(data, found), lambda _msg: self.check_rules())

    def _checked(self, data: WeekData, found: list[dm.Violation]) -> None:
        if data is not self.data or data.checked:
            return
        changed = data.apply_violations(found)
        if not self._scene_dirty:
            self.scene().update_marks(changed)
        if self.view_kind in (AGENDA, TIMELINE):
            self._fill_alternate()
        self.rules_button.set_violations(data.violations)

    def _fill_alternate(self) -> None:
        kind = self.view_kind
        if kind == TIMELINE:
            self.views.setCurrentWidget(self.timeline)
            self.timeline.show_week(self.data, self.days(), self.now(), self.collapsed)
        elif kind == AGENDA:
            self.views.setCurrentWidget(self.agenda)
            self.agenda.model_.set_week(self.data, ViewSpec(self.mode, self.resources), self.days(), self.now())
        elif kind == MONTH:
            self.views.setCurrentWidget(self.month)
            first = self.anchor.replace(day=1)
            grid = month_grid(first)
            self.month.set_month(first, month_meetings(self.store, grid[0], grid[-1]), self.data, self.mode,
                                 self.resources, local_day_minute(self.now())[0], self.anchor)

    def _update_period(self) -> None:
        kind, a = self.view_kind, self.anchor

        def month(m: int) -> str:
            return QCoreApplication.translate("PlanningPage", MONTHS[m - 1])

        if kind == DAY:
            text = QCoreApplication.translate("PlanningPage", "{0} {1} {2} {3}").format(
                QCoreApplication.translate("PlanningPage", WEEKDAYS[a.weekday()]), a.day, month(a.month), a.year)
        elif kind == MONTH:
            text = f"{month(a.month)} {a.year}".capitalize()
        else:
            dates = week_dates(self.week)
            shown = self.days()
            first, last = dates[shown[0] - 1], dates[shown[-1] - 1]
            head = f"{first.day}" if first.month == last.month else f"{first.day} {month(first.month)}"
            text = QCoreApplication.translate("PlanningPage", "{0} – {1} {2} {3} · sem. {4}").format(
                head, last.day, month(last.month), last.year, int(self.week.split("W")[1]))
        self.navigator.show_state(kind, text, a)
        action = self.kind_actions.get(kind)
        if action is not None and not action.isChecked():
            action.setChecked(True)

    def step(self, delta: int) -> None:
        """Previous / next period of the current view (a day, a week or a month)."""
        a = self.anchor
        if self.view_kind == DAY:
            d = a + timedelta(days=delta)
            if d.isoweekday() == 7 and not self.show_sunday:
                d += timedelta(days=delta)
        elif self.view_kind == MONTH:
            month = a.month - 1 + delta
            d = date(a.year + month // 12, month % 12 + 1, 1)
        else:
            d = a + timedelta(days=7 * delta)
        self.go_to_date(d)

    def go_today(self) -> None:
        self.go_to_date(local_day_minute(self.now())[0])

    def go_to_date(self, d: date) -> None:
        """Show the period holding ``d`` (the mini-month, today, previous / next)."""
        self.anchor = d
        week = week_of(d)
        if week != self.week:
            self.week = week
            self.data = WeekData.load(self.store, week, self.data.problem, label_of=shown)
        self._show()

    def set_view_kind(self, kind: str) -> None:
        if kind not in VIEW_KINDS:
            return
        self.view_kind = kind
        if kind == DAY and self.anchor.isoweekday() == 7 and not self.show_sunday:
            self.anchor -= timedelta(days=1)
        self._show()
        self._save_view()

    def set_collapsed(self, on: bool) -> None:
        """Working hours only (default) or the whole day."""
        self.collapsed = on
        for w in (self.hours_box, self.hours_action):
            w.blockSignals(True)
            w.setChecked(on)
            w.blockSignals(False)
        self._show()
        self._save_view()

    def side_panel_visible(self, on: bool) -> None:
        """Show or hide the obligations panel (hidden, it is not recomputed on a week change)."""
        self.side.setVisible(on)
        self.side_action.setChecked(on)
        if on and self._side_dirty:
            self._refresh_side()

    def _open_from_list(self, meeting_id: str) -> None:
        if meeting_id in self.data.meetings:
            self.actions_.open_meeting(meeting_id)

    def _timeline_professional(self, pid: str) -> None:
        self.view_kind = WEEK
        self.set_view(PROFESSIONAL, (pid,))

    def _month_day(self, d: date) -> None:
        self.view_kind = DAY
        self.go_to_date(d)
        self._save_view()

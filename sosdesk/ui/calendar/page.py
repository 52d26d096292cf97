"""The Planning page: week navigation, whose calendar is shown, the week view, the obligations
panel and the past meetings whose attendance is missing. Refreshes from the Changes on the bus."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from sosdesk.domain import model as dm
from sosdesk.domain.timegrid import (
    parse_week,
    week_of,
)
from sosdesk.store import Store
from sosdesk.store.changes import Changes
from sosdesk.ui.bus import ChangeBus
from sosdesk.ui.calendar import resources as whose
from sosdesk.ui.calendar import view_memory
from sosdesk.ui.calendar.agenda import AgendaView
from sosdesk.ui.calendar.banner import Banner
from sosdesk.ui.calendar.edits import MeetingActions, default_confirm, default_run_dialog
from sosdesk.ui.calendar.jump_field import JumpField
from sosdesk.ui.calendar.layout import BENEFICIARY, PROFESSIONAL, PROFESSIONALS, SITE, ViewSpec
from sosdesk.ui.calendar.legend import Legend
from sosdesk.ui.calendar.month_view import MonthView
from sosdesk.ui.calendar.navigator import (
    AGENDA,
    DAY,
    MONTH,
    TIMELINE,
    WEEK,
    WORKWEEK,
    CalendarNavigator,
)
from sosdesk.ui.calendar.outputs import (
    OutputActions,
    default_ask_open,
    default_ask_save,
    default_open_file,
    default_pick_item,
)
from sosdesk.ui.calendar.page_rules import BrokenRules
from sosdesk.ui.calendar.scene import WeekScene
from sosdesk.ui.calendar.side_panel import WeekSidePanel
from sosdesk.ui.calendar.site_calendar import open_site_calendar, site_calendar_action
from sosdesk.ui.calendar.timeline import TimelineView
from sosdesk.ui.calendar.toolbar import PlanningToolbar
from sosdesk.ui.calendar.view import WeekView
from sosdesk.ui.operations import OpRunner, run_edit
from sosdesk.ui.vocabulary_labels import shown
from sosdesk.usecases import reads
from sosdesk.usecases.calendar_week import WeekData

REFERENCE_TABLES = {"sites", "meeting_types", "professionals", "beneficiaries", "travel_minutes",
                    "unavailabilities", "closed_days"}
MAX_SIDE_BY_SIDE = whose.MAX_SIDE_BY_SIDE



# Delay between showing a week and starting its whole-week rule check in the background.
CHECK_DELAY_MS = 150


class PlanningPage(BrokenRules):
    """Week calendar of one professional, beneficiary, site, or professionals side by side."""

    def __init__(self, store: Store, bus: ChangeBus, parent: QWidget | None = None,
                 week: str | None = None, now: Callable[[], datetime] | None = None,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.store, self.bus = store, bus
        self.settings = settings  # None: the view is not remembered (tests, benchmarks)
        self.now = now or (lambda: datetime.now(UTC))
        self.undo_stack = QUndoStack(self)
        self.actions_ = MeetingActions(self, self)
        self.outputs = OutputActions(self, self)
        self.confirm: Callable[[str], bool] = lambda text: default_confirm(self, text)
        self.run_dialog: Callable[[QDialog], bool] = default_run_dialog
        self.ask_save: Callable[[str, str, str], str | None] = lambda t, n, f: default_ask_save(self, t, n, f)
        self.ask_open: Callable[[str, str], str | None] = lambda t, f: default_ask_open(self, t, f)
        self.open_file: Callable[[Path], None] = default_open_file
        self.pick_item: Callable[[str, str, list[str]], str | None] = (
            lambda t, label, items: default_pick_item(self, t, label, items))
        self.week = week or week_of(self.now().date())
        self.mode = PROFESSIONALS
        self.resources: tuple[str, ...] = ()
        self.show_sunday = False
        self.view_kind = WEEK
        self.collapsed = True      # working hours only; the toggle shows the whole day
        self.anchor = self._anchor_in(self.week)   # the focused date (day view, month view, mini-month)
        self._scene_dirty = False
        self._side_dirty = False
        self.checks = OpRunner(self)   # the whole-week rule check, off the GUI thread
        self._check_timer = QTimer(self)       # owned by the page: never fires after it is gone
        self._check_timer.setSingleShot(True)
        self._check_timer.timeout.connect(self._start_check)
        self.data = WeekData.load(store, self.week, label_of=shown)
        self._build()
        self._restore_view()
        self._fill_resources()
        self.legend.set_types(self.data)
        self._show()
        bus.changed.connect(self.on_changed)
        bus.show_beneficiary.connect(self.show_beneficiary)
        bus.show_professional.connect(self.show_professional)
        bus.show_week.connect(self.set_week)
        bus.show_meeting.connect(self.show_meeting)

    # -- building ----------------------------------------------------------------------------------
    def _build(self) -> None:
        bar = QToolBar()
        bar.setObjectName("planning_toolbar")
        self.navigator = CalendarNavigator()
        self.navigator.step.connect(self.step)
        self.navigator.today_requested.connect(self.go_today)
        self.navigator.date_chosen.connect(self.go_to_date)
        self.navigator.kind_chosen.connect(self.set_view_kind)
        bar.addWidget(self.navigator)
        self.week_label = self.navigator.date_button
        self.prev_action = QAction("\u25c0", self)
        self.prev_action.triggered.connect(lambda: self.step(-1))
        self.next_action = QAction("\u25b6", self)
        self.next_action.triggered.connect(lambda: self.step(1))
        self.jump = JumpField()
        self.jump.week_chosen.connect(self.set_week)
        self.jump.refused.connect(lambda message: self.show_message(message, error=True))
        bar.addWidget(self.jump)
        self._view_menu()
        bar.addWidget(self.display_button)
        tools = self.toolbar = PlanningToolbar(self.outputs.actions(), self)
        tools.mode_chosen.connect(lambda mode: self.set_view(mode, self._default_resources(mode)))
        tools.resource_chosen.connect(lambda key: self.set_view(self.mode, (key,)))
        tools.professional_toggled.connect(self._toggle_pro)
        tools.sunday_toggled.connect(self._sunday_toggled)
        tools.hours_toggled.connect(self.set_collapsed)
        tools.plan_action.triggered.connect(self.plan_week)
        tools.copy_week_action.triggered.connect(self.actions_.copy_week)
        tools.day_action.triggered.connect(self._day_view)
        tools.rules_button.chosen.connect(self.show_violation)
        # the toolbar's parts, as tests and the view mixin know them
        self.mode_combo, self.resource_combo, self.sunday = tools.mode_combo, tools.resource_combo, tools.sunday
        self.hours_box, self.rules_button, self.print_button = tools.hours_box, tools.rules_button, tools.print_button
        self.plan_action, self.copy_week_action = tools.plan_action, tools.copy_week_action
        self.banner = Banner()
        self.sites_action = site_calendar_action(self, lambda: open_site_calendar(self, self.actions_))  # « Affichage » menu
        self.view = WeekView()
        self.view.drop_requested.connect(self.actions_.apply_drop)
        self.view.create_requested.connect(self.actions_.create_from)
        self.view.refused.connect(lambda msg: self.show_message(self.tr("Refusé : ") + msg, error=True))
        self.view.open_requested.connect(self.actions_.open_meeting)
        self.view.cancel_requested.connect(self.actions_.cancel_meetings)
        self.view.context_requested.connect(lambda mid, pos: self.actions_.context_menu(mid, pos).exec(pos))
        self.timeline = TimelineView()
        self.timeline.open_requested.connect(self._open_from_list)
        self.timeline.professional_requested.connect(self._timeline_professional)
        self.month = MonthView()
        self.month.day_requested.connect(self._month_day)
        self.agenda = AgendaView()
        self.agenda.open_requested.connect(self._open_from_list)
        self.views = QStackedWidget()
        self.views.setObjectName("calendar_views")
        for w in (self.view, self.timeline, self.month, self.agenda):
            self.views.addWidget(w)
        self.legend: Legend = Legend()
        centre = QWidget()
        centre_lay = QVBoxLayout(centre)
        centre_lay.setContentsMargins(0, 0, 0, 0)
        centre_lay.setSpacing(0)
        centre_lay.addWidget(self.views, 1)
        centre_lay.addWidget(self.legend)
        side = self.side = self.side_panel = WeekSidePanel()
        side.beneficiary_clicked.connect(self.show_beneficiary)
        side.missing_clicked.connect(self._missing_clicked)
        self.obligations, self.missing, self.missing_label = side.obligations, side.missing, side.missing_label
        self.splitter = QSplitter()
        self.splitter.addWidget(centre)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([1150, 330])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(bar)
        lay.addWidget(tools)
        lay.addWidget(self.banner)
        row = QHBoxLayout()
        row.addWidget(self.splitter)
        lay.addLayout(row, 1)

    # -- view state --------------------------------------------------------------------------------
    def view_shows(self, meeting: dm.Meeting, resource: str) -> bool:
        return ViewSpec(self.mode, self.resources).shows(meeting, resource)

    def _default_resources(self, mode: str) -> tuple[str, ...]:
        return whose.default_resources(self.data, mode)

    def _fill_resources(self) -> None:
        self.toolbar.show_choices(self.mode, self.resources, whose.choices(self.data, self.mode),
                                  whose.choices(self.data, PROFESSIONALS))

    def _toggle_pro(self, pid: str, on: bool) -> None:
        chosen: list[str] = [r for r in self.resources if r != pid] + ([pid] if on else [])
        order = sorted(self.data.problem.professionals, key=lambda i: self.data.pro_name(i))
        self.set_view(PROFESSIONALS, tuple(i for i in order if i in chosen))

    def _rebuild_scene(self) -> None:
        size = self.view.maximumViewportSize()
        scene = WeekScene(self.data, ViewSpec(self.mode, self.resources), self.days(), max(size.width(), 600),
                          self.now(), size.height(), collapsed=self.collapsed)
        old = self.view.scene()
        self.view.set_week_scene(scene)
        if old is not None:
            old.deleteLater()
        self._scene_dirty = False
        self.view.verticalScrollBar().setValue(int(scene.layout.y_of(max(8 * 60, scene.layout.first)) - 50))
        self.view.horizontalScrollBar().setValue(0)

    def _show(self) -> None:
        """Show the current week (or month) in the current view, then the side panel and rules."""
        kind = self.view_kind
        if kind in (DAY, WORKWEEK, WEEK):
            self.views.setCurrentWidget(self.view)
            self._rebuild_scene()
        else:
            self._scene_dirty = True
            self._fill_alternate()
        self._update_period()
        self._refresh_side()
        if self.data.checked:
            self.rules_button.set_violations(self.data.violations)
        else:  # a new week: blocks first, the whole-week rule check in the background
            self.rules_button.set_pending()
            # Started once the week is painted: the check's thread would otherwise take the
            # interpreter from the GUI thread while it lays the week out (issue 13: week switch).
            self._check_timer.start(CHECK_DELAY_MS)

    def check_rules(self) -> None:
        """Judge the shown week (rules broken by history or a sync) and mark the offending blocks."""
        if self.data.checked:
            return
        changed = self.data.recheck()
        if not self._scene_dirty:
            self.scene().update_marks(changed)
        self.rules_button.set_violations(self.data.violations)

    def _refresh_side(self) -> None:
        if not self.side.isVisibleTo(self) and self.side.isHidden():
            self._side_dirty = True
            return
        self._side_dirty = False
        self.side_panel.show_week(self.data, self.mode, self.resources, self.now())

    def scene(self) -> WeekScene:
        """The week grid's scene, rebuilt first when another view was showing (edits work on it)."""
        if self._scene_dirty or not isinstance(self.view.scene(), WeekScene):
            self._rebuild_scene()
        return self.view.week_scene()

    # -- navigation --------------------------------------------------------------------------------
    def set_week(self, week: str) -> None:
        parse_week(week)
        self.week = week
        self.anchor = self._anchor_in(week)
        self.data = WeekData.load(self.store, week, self.data.problem, label_of=shown)
        self._show()

    def set_view(self, mode: str, resources: tuple[str, ...]) -> None:
        self.mode, self.resources = mode, tuple(resources)
        self._fill_resources()
        if self.view_kind in (MONTH, AGENDA, TIMELINE) and mode != PROFESSIONALS:
            self.view_kind = WEEK  # one person's or site's week reads best as a grid
        self._show()
        self._save_view()

    def show_beneficiary(self, bid: str) -> None:
        self.set_view(BENEFICIARY, (bid,))

    def show_professional(self, pid: str) -> None:
        self.set_view(PROFESSIONAL, (pid,))

    def show_site(self, sid: str) -> None:
        self.set_view(SITE, (sid,))

    def show_meeting(self, meeting_id: str) -> None:
        edit = run_edit(self, lambda: reads.meeting_week(self.store, meeting_id),
                        show=lambda text: self.show_message(text, error=True))
        if edit.value is None:
            return
        week = edit.value
        if week != self.week:
            self.set_week(week)
        if self.view_kind not in (DAY, WORKWEEK, WEEK):
            self.set_view_kind(WEEK)
        self.scene().select_ids([meeting_id])
        item = self.scene().item_for(meeting_id)
        if item is not None:
            self.view.ensureVisible(item)

    def selected_ids(self) -> list[str]:
        return sorted({it.meeting_id for it in self.scene().selected_meetings()})

    def _sunday_toggled(self, on: bool) -> None:
        self.show_sunday = on
        self._show()
        self._save_view()

    # -- remembered view (ui/calendar/view_memory.py) -----------------------------------------------
    def _restore_view(self) -> None:
        """The last session's mode, people/site, Sunday column, view and hours, when they still exist."""
        state = view_memory.restore(self.settings, lambda mode, key: whose.known(self.data, mode, key), view_memory.ViewState(
            self.mode, self.resources, self.show_sunday, self.view_kind, self.collapsed))
        self.view_kind, self.collapsed, self.show_sunday = state.view_kind, state.collapsed, state.sunday
        self.hours_action.setChecked(self.collapsed)
        self.mode = state.mode
        self.resources = state.resources or self._default_resources(state.mode)
        self.toolbar.set_checks(state.sunday, self.collapsed)

    def _save_view(self) -> None:
        view_memory.save(self.settings, view_memory.ViewState(
            self.mode, self.resources, self.show_sunday, self.view_kind, self.collapsed))

    def _day_view(self) -> None:
        selected = self.selected_ids()
        if selected:
            day = self.data.meetings[selected[0]].meeting.day
        else:
            today = self.now().date()
            from sosdesk.domain.timegrid import week_monday

            delta = (today - week_monday(self.week)).days
            day = delta + 1 if 0 <= delta < 7 else 1
        self.actions_.day_view(day)

    def _missing_clicked(self, mid: str) -> None:
        self.scene().select_ids([mid])
        self.actions_.edit_attendance(mid)

    # -- messages and changes ------------------------------------------------------------------------
    def show_message(self, text: str, error: bool = False) -> None:
        self.banner.say(text, error)
        self.bus.status_message.emit(text.splitlines()[0] if text else "")

    def on_changed(self, changes: Changes) -> None:
        """Refresh from what an edit changed: meetings by id; reference data by a week reload."""
        tables = changes.tables()
        if tables & REFERENCE_TABLES:
            self.data = WeekData.load(self.store, self.week, label_of=shown)
            self._fill_resources()
            self.legend.set_types(self.data)
            self._show()
            return
        if "meetings" not in tables:
            return
        touched = self.data.refresh(self.store, changes.ids("meetings"))
        if touched:
            marks = self.data.recheck() if self.data.checked else set(self.data.recheck()) | set(self.data.meetings)
            if not self._scene_dirty:
                self.scene().refresh_ids(touched)
                self.scene().update_marks(marks - touched)
            if self.view_kind in (MONTH, AGENDA, TIMELINE):
                self._fill_alternate()
            self._refresh_side()
            self.rules_button.set_violations(self.data.violations)

    # -- planner ---------------------------------------------------------------------------------
    def plan_week(self) -> None:
        from sosdesk.ui.calendar.planner import PlannerDialog

        dialog = PlannerDialog(self.data, parent=self, now=self.now())
        dialog.proposal_changed.connect(self.scene().show_proposal)
        dialog.accepted_meetings.connect(self.actions_.accept_plan)
        dialog.show_beneficiary.connect(self.show_beneficiary)
        dialog.start()
        dialog.setModal(False)
        dialog.show()

    def today(self) -> date:
        return self.now().date()

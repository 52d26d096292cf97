"""The Planning page: week navigation, whose calendar is shown, the week view, the obligations
panel and the past meetings whose attendance is missing. Refreshes from the Changes on the bus."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sosdesk.domain import model as dm
from sosdesk.domain.closures import closed_days_note
from sosdesk.domain.timegrid import (
    format_hhmm,
    parse_week,
    week_of,
)
from sosdesk.store import Store
from sosdesk.store.changes import Changes
from sosdesk.ui.bus import ChangeBus
from sosdesk.ui.calendar.agenda import AgendaView
from sosdesk.ui.calendar.edits import MeetingActions, default_confirm, default_run_dialog
from sosdesk.ui.calendar.layout import BENEFICIARY, PROFESSIONAL, PROFESSIONALS, SITE, ViewSpec
from sosdesk.ui.calendar.legend import Legend
from sosdesk.ui.calendar.month_view import MonthView
from sosdesk.ui.calendar.navigator import (
    AGENDA,
    DAY,
    MONTH,
    TIMELINE,
    VIEW_KINDS,
    WEEK,
    WORKWEEK,
    CalendarNavigator,
)
from sosdesk.ui.calendar.obligations import ObligationsPanel
from sosdesk.ui.calendar.outputs import (
    OutputActions,
    default_ask_open,
    default_ask_save,
    default_open_file,
    default_pick_item,
)
from sosdesk.ui.calendar.page_views import PeriodViews
from sosdesk.ui.calendar.rule_button import RulesButton
from sosdesk.ui.calendar.scene import WeekScene
from sosdesk.ui.calendar.timeline import TimelineView
from sosdesk.ui.calendar.view import WeekView
from sosdesk.ui.vocabulary_labels import shown
from sosdesk.ui.widgets.background import BackgroundRunner
from sosdesk.usecases import reads
from sosdesk.usecases.calendar_week import WeekData

REFERENCE_TABLES = {"sites", "meeting_types", "professionals", "beneficiaries", "travel_minutes",
                    "unavailabilities", "closed_days"}
MODES = (PROFESSIONALS, PROFESSIONAL, BENEFICIARY, SITE)
MAX_SIDE_BY_SIDE = 4
DAY_NAMES = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")



def parse_jump(text: str) -> str:
    """'2026-W48', '24/11/2026' or '2026-11-24' → an ISO week (ValueError in French otherwise)."""
    text = text.strip()
    if "W" in text.upper():
        week = text.upper()
        parse_week(week)
        return week
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d/%m/%y"):
        try:
            return week_of(datetime.strptime(text, fmt).date())
        except ValueError:
            continue
    raise ValueError(f"date ou semaine invalide « {text} » (ex. 2026-W48 ou 24/11/2026)")


# Delay between showing a week and starting its whole-week rule check in the background.
CHECK_DELAY_MS = 150


class PlanningPage(PeriodViews):
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
        self.checks = BackgroundRunner(self)   # the whole-week rule check, off the GUI thread
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
        self.jump = QLineEdit()
        self.jump.setPlaceholderText(self.tr("Aller à… (24/11/2026)"))
        self.jump.setMaximumWidth(150)
        self.jump.setToolTip(self.tr("Une date (24/11/2026) ou une semaine (2026-W48), puis Entrée"))
        self.jump.returnPressed.connect(self._jump)
        bar.addWidget(self.jump)
        self._view_menu()
        bar.addWidget(self.display_button)
        bar.addSeparator()
        self.mode_combo = QComboBox()
        for label, mode in ((self.tr("Professionnels côte à côte"), PROFESSIONALS),
                            (self.tr("Un professionnel"), PROFESSIONAL), (self.tr("Un bénéficiaire"), BENEFICIARY),
                            (self.tr("Un site"), SITE)):
            self.mode_combo.addItem(label, mode)
        self.mode_combo.currentIndexChanged.connect(self._mode_changed)
        self.resource_combo = QComboBox()
        self.resource_combo.setEditable(True)
        self.resource_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.resource_combo.setMinimumWidth(200)
        completer = self.resource_combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.resource_combo.activated.connect(self._resource_chosen)
        self.pros_button = QToolButton()
        self.pros_button.setText(self.tr("Choisir les professionnels"))
        self.pros_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.pros_menu = QMenu(self)
        self.pros_button.setMenu(self.pros_menu)
        self.sunday = QCheckBox(self.tr("Dimanche"))
        self.sunday.toggled.connect(self._sunday_toggled)
        self.hours_box = QCheckBox(self.tr("Heures ouvrées"))
        self.hours_box.setToolTip(self.tr("Seulement les heures des rendez-vous et des disponibilités "
                                          "(décocher : toute la journée) — Ctrl+Alt+H"))
        self.hours_box.setChecked(True)
        self.hours_box.toggled.connect(self.set_collapsed)
        tools = QToolBar()
        tools.setObjectName("planning_actions")
        tools.addWidget(self.mode_combo)
        self.resource_widget = tools.addWidget(self.resource_combo)
        self.pros_widget = tools.addWidget(self.pros_button)
        tools.addWidget(self.hours_box)
        tools.addWidget(self.sunday)
        tools.addSeparator()
        self.plan_action = QAction(self.tr("Planifier la semaine"), self)
        self.plan_action.triggered.connect(self.plan_week)
        self.plan_action.setEnabled(importlib.util.find_spec("sosdesk.planning.solver") is not None)
        tools.addAction(self.plan_action)
        self.copy_week_action = tools.addAction(self.tr("Copier → semaine suivante"), self.actions_.copy_week)
        self.day_action = tools.addAction(self.tr("Présences du jour"), self._day_view)
        tools.addSeparator()
        self.print_button = QToolButton()
        self.print_button.setText(self.tr("Imprimer / exporter"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        print_menu = QMenu(self)
        for action in self.outputs.actions():
            print_menu.addAction(action)
        self.print_button.setMenu(print_menu)
        tools.addWidget(self.print_button)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        tools.addWidget(spacer)
        self.rules_button = RulesButton()
        self.rules_button.chosen.connect(self.show_violation)
        tools.addWidget(self.rules_button)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self._banner_timer = QTimer(self)
        self._banner_timer.setSingleShot(True)
        self._banner_timer.timeout.connect(lambda: self.banner.setVisible(False))
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
        self.obligations = ObligationsPanel()
        self.obligations.beneficiary_clicked.connect(self.show_beneficiary)
        self.missing = QListWidget()
        self.missing.itemActivated.connect(self._missing_clicked)
        self.missing.itemClicked.connect(self._missing_clicked)
        self.missing_label = QLabel()
        side = self.side = QWidget()
        side_lay = QVBoxLayout(side)
        side_lay.setContentsMargins(4, 0, 0, 0)
        side_lay.addWidget(QLabel(self.tr("<b>Obligations de la semaine</b>")))
        side_lay.addWidget(self.obligations, 3)
        side_lay.addWidget(self.missing_label)
        side_lay.addWidget(self.missing, 1)
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
        p = self.data.problem
        if mode in (PROFESSIONAL, PROFESSIONALS):
            busy: dict[str, int] = {}
            for mt in self.data.active():
                for pid in mt.professionals:
                    busy[pid] = busy.get(pid, 0) + 1
            ordered = sorted(p.professionals, key=lambda pid: (-busy.get(pid, 0), pid))
            return tuple(ordered[: MAX_SIDE_BY_SIDE if mode == PROFESSIONALS else 1])
        pool = p.beneficiaries if mode == BENEFICIARY else p.sites
        return tuple(sorted(pool)[:1])

    def _fill_resources(self) -> None:
        p = self.data.problem
        combo = self.resource_combo
        combo.blockSignals(True)
        combo.clear()
        if self.mode in (PROFESSIONAL, PROFESSIONALS):
            items = sorted((self.data.pro_name(i), i) for i in p.professionals)
        elif self.mode == BENEFICIARY:
            items = sorted((f"{self.data.ben_name(i)} ({i})", i) for i in p.beneficiaries)
        else:
            items = sorted((self.data.site_name(i), i) for i in p.sites)
        for label, key in items:
            combo.addItem(label, key)
        if self.resources:
            combo.setCurrentIndex(max(0, combo.findData(self.resources[0])))
        self.resource_widget.setVisible(self.mode != PROFESSIONALS)
        combo.blockSignals(False)
        self.pros_widget.setVisible(self.mode == PROFESSIONALS)
        self.pros_menu.clear()
        for label, key in sorted((self.data.pro_name(i), i) for i in p.professionals):
            action = self.pros_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(key in self.resources)
            action.toggled.connect(lambda on, k=key: self._toggle_pro(k, on))

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
        rows = self.data.obligations()
        problem = self.data.problem
        self.obligations.set_rows(rows, self.data.ben_name, self.data.type_label, self.data.summary(rows),
                                  self.data.shown_beneficiaries(self.mode, self.resources),
                                  (problem.beneficiaries, problem.meeting_types))
        self.obligations.set_days_note(closed_days_note(self.data.problem.dated))
        missing = self.data.missing_attendance(self.now())
        self.missing_label.setText(self.tr("<b>Présences à saisir ({0})</b>").format(len(missing)))
        self.missing_label.setVisible(bool(missing))  # an empty box takes no room (issue 13)
        self.missing.setVisible(bool(missing))
        self.missing.clear()
        for cal in missing[:200]:
            mt = cal.meeting
            it = QListWidgetItem(f"{DAY_NAMES[mt.day - 1]} {format_hhmm(mt.start)} {self.data.type_label(mt.type)} — "
                                 + ", ".join(self.data.ben_name(b) for b in mt.beneficiaries))
            it.setData(Qt.ItemDataRole.UserRole, cal.id)
            self.missing.addItem(it)

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
        self.mode_combo.blockSignals(True)
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(mode))
        self.mode_combo.blockSignals(False)
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
        try:
            week = reads.meeting_week(self.store, meeting_id)
        except Exception as exc:
            self.show_message(str(exc), error=True)
            return
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

    def _jump(self) -> None:
        try:
            self.set_week(parse_jump(self.jump.text()))
        except ValueError as exc:
            self.show_message(str(exc), error=True)

    def _mode_changed(self) -> None:
        mode = str(self.mode_combo.currentData())
        self.set_view(mode, self._default_resources(mode))

    def _resource_chosen(self) -> None:
        key = self.resource_combo.currentData()
        if key:
            self.set_view(self.mode, (str(key),))

    def _sunday_toggled(self, on: bool) -> None:
        self.show_sunday = on
        self._show()
        self._save_view()

    # -- remembered view (QSettings) ----------------------------------------------------------------
    def _restore_view(self) -> None:
        """The last session's mode, people/site and Sunday column, when they still exist."""
        mode, sunday = PROFESSIONALS, False
        resources: tuple[str, ...] = ()
        if self.settings is not None:
            saved_mode = str(self.settings.value("planning/mode", PROFESSIONALS))
            mode = saved_mode if saved_mode in MODES else PROFESSIONALS
            raw = self.settings.value("planning/resources", "")
            ids = [str(x) for x in raw] if isinstance(raw, list) else [x for x in str(raw or "").split(",") if x]
            resources = tuple(i for i in ids if self._known(mode, i))
            if mode != PROFESSIONALS:
                resources = resources[:1]
            sunday = str(self.settings.value("planning/sunday", "false")).lower() in ("true", "1")
            kind = str(self.settings.value("planning/view", WEEK))
            self.view_kind = kind if kind in VIEW_KINDS else WEEK
            self.collapsed = str(self.settings.value("planning/hours", "true")).lower() in ("true", "1")
        self.hours_box.blockSignals(True)
        self.hours_box.setChecked(self.collapsed)
        self.hours_box.blockSignals(False)
        self.hours_action.setChecked(self.collapsed)
        self.mode = mode
        self.resources = resources or self._default_resources(mode)
        self.show_sunday = sunday
        self.mode_combo.blockSignals(True)
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(mode))
        self.mode_combo.blockSignals(False)
        self.sunday.blockSignals(True)
        self.sunday.setChecked(sunday)
        self.sunday.blockSignals(False)

    def _known(self, mode: str, resource: str) -> bool:
        p = self.data.problem
        pool = {PROFESSIONAL: p.professionals, PROFESSIONALS: p.professionals,
                BENEFICIARY: p.beneficiaries, SITE: p.sites}[mode]
        return resource in pool

    def _save_view(self) -> None:
        if self.settings is None:
            return
        self.settings.setValue("planning/mode", self.mode)
        self.settings.setValue("planning/resources", ",".join(self.resources))
        self.settings.setValue("planning/sunday", "true" if self.show_sunday else "false")
        self.settings.setValue("planning/view", self.view_kind)
        self.settings.setValue("planning/hours", "true" if self.collapsed else "false")

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

    def _missing_clicked(self, item: QListWidgetItem) -> None:
        mid = str(item.data(Qt.ItemDataRole.UserRole))
        self.scene().select_ids([mid])
        self.actions_.edit_attendance(mid)

    # -- messages and changes ------------------------------------------------------------------------
    def show_message(self, text: str, error: bool = False) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet("QLabel { background: %s; color: %s; padding: 4px 8px; }" % (
            ("#fdecea", "#8a1c1c") if error else ("#e8f4ea", "#1d5e2b")))
        self.banner.setVisible(True)
        self._banner_timer.start(8000 if error else 3000)
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

    # -- broken rules ------------------------------------------------------------------------------
    def show_violation(self, i: int) -> None:
        """Select the meetings of the week's i-th broken rule (switching to a view that shows them)
        and say what is wrong in the banner."""
        if not 0 <= i < len(self.data.violations):
            return
        v = self.data.violations[i]
        ids = [mid for mid in v.meetings if mid in self.data.meetings]
        if ids and not any(self.scene().items_by_id.get(mid) for mid in ids):
            self._view_showing(ids, v.people)
        self.scene().select_ids(ids)
        item = next((self.scene().item_for(mid) for mid in ids if self.scene().item_for(mid)), None)
        if item is not None:
            self.view.ensureVisible(item, 40, 40)
        self.show_message(self.tr("Règle {0}/{1} : {2}").format(i + 1, len(self.data.violations), v.message),
                          error=True)

    def _view_showing(self, ids: list[str], people: tuple[str, ...]) -> None:
        meetings = [self.data.meetings[mid].meeting for mid in ids]
        pros = list(dict.fromkeys(p for mt in meetings for p in mt.professionals))
        if pros:
            self.set_view(PROFESSIONALS, tuple(pros[:MAX_SIDE_BY_SIDE]))
            return
        bens = [b for b in people if b in self.data.problem.beneficiaries] or [
            b for mt in meetings for b in mt.beneficiaries]
        if bens:
            self.set_view(BENEFICIARY, (bens[0],))
        else:
            self.set_view(SITE, (meetings[0].site,))

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

"""« Calendrier des sites » (issue 12): one site's month — public holidays, closed days, closures and
room-works capacity reductions as coloured days with their label, and its meetings per day. Days
are chosen with the mouse (Ctrl/Shift for several) and closed, or their capacity reduced, in one
step; the meetings that become impossible are listed with « Déplacer » / « Annuler »."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sosdesk.domain.vocabulary import MONTHS, WEEKDAYS
from sosdesk.store import dates as dates_ops
from sosdesk.store.changes import Changes
from sosdesk.store.engine import Store
from sosdesk.ui.dates_impacts import ImpactsPanel
from sosdesk.ui.operations import run_edit
from sosdesk.usecases import site_calendar
from sosdesk.usecases.site_calendar import SiteDay, SiteMonth

if TYPE_CHECKING:
    from sosdesk.ui.calendar.edits import MeetingActions
    from sosdesk.ui.calendar.host import PageHost

Index = QModelIndex | QPersistentModelIndex
CLOSED = QColor("#e9c9c9")
REDUCED = QColor("#f8e3b5")
SHUT = QColor("#eeeeee")     # no opening hours that weekday
OUTSIDE = QColor("#9a9a9a")  # days of the neighbouring months (text)


def shift_month(month: str, step: int) -> str:
    year, mon = (int(x) for x in month.split("-"))
    n = year * 12 + mon - 1 + step
    return f"{n // 12:04d}-{n % 12 + 1:02d}"


class SiteMonthModel(QAbstractTableModel):
    """The site's month as a grid of weeks (rows) × weekdays (columns)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month: SiteMonth | None = None

    def set_month(self, month: SiteMonth) -> None:
        self.beginResetModel()
        self.month = month
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.month is None else len(self.month.days) // 7

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def day_at(self, index: Index) -> SiteDay | None:
        if self.month is None or not index.isValid():
            return None
        i = index.row() * 7 + index.column()
        return self.month.days[i] if 0 <= i < len(self.month.days) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        day = self.day_at(index)
        if day is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [str(day.day.day), *day.bands]
            if day.meetings:
                lines.append(self.tr("{0} rdv").format(day.meetings))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(day.bands) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            if day.closed:
                return CLOSED
            if day.reduced is not None:
                return REDUCED
            if not day.open:
                return SHUT
            return None
        if role == Qt.ItemDataRole.ForegroundRole and not day.in_month:
            return OUTSIDE
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 7:
            return WEEKDAYS[section]
        return None


class SiteCalendarDialog(QDialog):
    """A site's month; closes the chosen days and resolves the meetings that become impossible."""

    changed = Signal(object)  # Changes

    def __init__(self, store: Store, month: str, site: str | None = None,
                 now: Callable[[], datetime] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.month = store, month
        self.setWindowTitle(self.tr("Calendrier des sites"))
        self.resize(980, 760)
        box = QVBoxLayout(self)
        top = QHBoxLayout()
        self.site_combo = QComboBox()
        for sid, name in site_calendar.sites(store):
            self.site_combo.addItem(name, sid)
        if site is not None and (i := self.site_combo.findData(site)) >= 0:
            self.site_combo.setCurrentIndex(i)
        self.site_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.prev_button, self.next_button = QPushButton("◀"), QPushButton("▶")
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold")
        for head in (QLabel(self.tr("Site")), self.site_combo, self.prev_button, self.title, self.next_button):
            top.addWidget(head)
        top.addStretch(1)
        self.capacity_label = QLabel()
        top.addWidget(self.capacity_label)
        box.addLayout(top)
        self.model = SiteMonthModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        box.addWidget(self.table, 3)
        form = QHBoxLayout()
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(list(dates_ops.REASONS["site"]))
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 99)
        self.capacity.setSpecialValueText(self.tr("fermé"))
        self.close_button = QPushButton(self.tr("Fermer les jours choisis"))
        self.close_button.clicked.connect(self.close_selected)
        self.impacts_button = QPushButton(self.tr("Rendez-vous impossibles du mois"))
        self.impacts_button.setToolTip(self.tr("Les rendez-vous prévus de ce site pendant le mois qui tombent sur "
                                               "un férié, une fermeture ou l'absence d'une personne"))
        self.impacts_button.clicked.connect(self.show_month_impacts)
        widgets: tuple[QWidget, ...] = (QLabel(self.tr("Motif")), self.reason, QLabel(self.tr("Capacité ces jours-là")),
                                        self.capacity, self.close_button)
        for w in widgets:
            form.addWidget(w)
        form.addStretch(1)
        form.addWidget(self.impacts_button)
        box.addLayout(form)
        self.message = QLabel(self.tr("Choisissez des jours (Ctrl ou Maj pour plusieurs), puis « Fermer les "
                                      "jours choisis » ; une capacité non nulle réduit la capacité au lieu de fermer."))
        self.message.setWordWrap(True)
        box.addWidget(self.message)
        self.panel = ImpactsPanel(store, now=now or (lambda: datetime.now(UTC)))
        self.panel.changed.connect(self._changed)
        self.panel.hide()
        box.addWidget(self.panel, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.refresh()

    def site_id(self) -> str:
        return str(self.site_combo.currentData() or "")

    def step(self, n: int) -> None:
        self.month = shift_month(self.month, n)
        self.refresh()

    def refresh(self) -> None:
        sid = self.site_id()
        year, mon = (int(x) for x in self.month.split("-"))
        self.title.setText(f"{MONTHS[mon - 1]} {year}")
        if not sid:
            return
        data = site_calendar.site_month(self.store, sid, self.month)
        self.model.set_month(data)
        self.capacity_label.setText(self.tr("Capacité habituelle : {0}").format(data.capacity))

    def selected_days(self) -> list[date]:
        out = []
        for index in self.table.selectionModel().selectedIndexes():
            day = self.model.day_at(index)
            if day is not None:
                out.append(day.day)
        return sorted(out)

    def select_days(self, days: list[date]) -> None:
        """Select these days in the grid (the mouse does the same)."""
        from PySide6.QtCore import QItemSelectionModel

        sel = self.table.selectionModel()
        sel.clearSelection()
        for r in range(self.model.rowCount()):
            for c in range(7):
                index = self.model.index(r, c)
                day = self.model.day_at(index)
                if day is not None and day.day in days:
                    sel.select(index, QItemSelectionModel.SelectionFlag.Select)

    def close_selected(self) -> bool:
        days = self.selected_days()
        capacity = self.capacity.value() or None
        edit = run_edit(self, lambda: site_calendar.close_days(self.store, self.site_id(), days,
                                                               self.reason.currentText(), capacity),
                        show=lambda text: self.message.setText(self.tr("Enregistrement impossible : {0}").format(text)))
        if edit.value is None:
            return False
        _ids, changes, impacts = edit.value
        self._changed(changes)
        self.panel.set_impacts(impacts, self._people)
        self.panel.setVisible(bool(impacts))
        if impacts:
            self.message.setText(self.tr("Enregistré. {0} rendez-vous prévu(s) deviennent impossibles : "
                                         "déplacez-les au créneau proposé ou annulez-les.").format(len(impacts)))
        else:
            self.message.setText(self.tr("Enregistré. Aucun rendez-vous prévu n'est touché."))
        return True

    def show_month_impacts(self) -> int:
        """List the site's planned meetings of the month that can no longer take place, to resolve."""
        impacts = site_calendar.month_impacts(self.store, self.site_id(), self.month)
        self.panel.set_impacts(impacts, self._people)
        self.panel.setVisible(bool(impacts))
        self.message.setText(self.tr("{0} rendez-vous prévu(s) de ce site ne peuvent plus avoir lieu ce mois-ci.")
                             .format(len(impacts)) if impacts else
                             self.tr("Aucun rendez-vous prévu de ce site n'est impossible ce mois-ci."))
        return len(impacts)

    def _people(self, impact: dates_ops.Impact) -> str:
        return ", ".join(site_calendar.people_names(self.store, impact.people))

    def _changed(self, changes: Changes) -> None:
        self.refresh()
        self.changed.emit(changes)


def site_calendar_action(page: QWidget, slot: Callable[[], None]) -> QAction:
    """« Calendrier des sites… » (Ctrl+Alt+S) at the end of the page's « Affichage » menu (the
    toolbar is full at 1366 px)."""
    action = QAction(QCoreApplication.translate("PlanningPage", "Calendrier des sites…"), page)
    action.setShortcut(QKeySequence("Ctrl+Alt+S"))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.setToolTip(QCoreApplication.translate(
        "PlanningPage", "Fermetures, capacité réduite et rendez-vous d'un site par jour ; fermer des jours"))
    action.triggered.connect(slot)
    page.addAction(action)
    menu = getattr(page, "display_menu", None)
    if isinstance(menu, QMenu):
        menu.addSeparator()
        menu.addAction(action)
    return action


def open_site_calendar(page: PageHost, actions: MeetingActions) -> None:
    """From the planning page: the shown site (or the first), the month of the shown week."""
    from sosdesk.domain.timegrid import week_monday
    from sosdesk.ui.calendar.layout import SITE

    monday = week_monday(page.data.week)
    site = page.resources[0] if page.mode == SITE and page.resources else None
    parent = page if isinstance(page, QWidget) else None
    dialog = SiteCalendarDialog(page.store, f"{monday.year:04d}-{monday.month:02d}", site, page.now, parent)
    # Each save (a closure, a reopening, a meeting moved or cancelled from the impacts) is one step
    # of the planning page's undo history (Ctrl+Z), announced like the page's own edits.
    dialog.changed.connect(lambda changes: actions.record(_step_label(changes), changes))
    page.run_dialog(dialog)


def _step_label(changes: Changes) -> str:
    if changes.tables() <= {"meetings"}:  # from the impacts panel
        return QCoreApplication.translate("SiteCalendarDialog", "Rendez-vous déplacés ou annulés")
    return QCoreApplication.translate("SiteCalendarDialog", "Calendrier des sites : fermetures")

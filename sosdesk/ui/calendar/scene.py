"""The week scene: a 15-minute grid drawn in the background (with unbookable time shaded, today
and now marked) and one MeetingItem per meeting and column; items are updated per changed id."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, date, datetime

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene

from sosdesk.domain import model as dm
from sosdesk.domain.timegrid import local_day_minute, week_dates
from sosdesk.ui.calendar.items import GhostItem, MeetingItem, MessageItem
from sosdesk.ui.calendar.layout import GUTTER, HEADER, SLOT, ViewSpec, WeekLayout, lanes, shaded
from sosdesk.ui.calendar.week_data import CalMeeting, WeekData

SHADE = QColor(0, 0, 0, 28)
TODAY = QColor(255, 244, 204, 110)


class WeekScene(QGraphicsScene):
    """Holds the layout and the items; the view drives interaction."""

    def __init__(self, data: WeekData, spec: ViewSpec, days: list[int], width: float,
                 now: datetime | None = None) -> None:
        super().__init__()
        self.data = data
        self.spec = spec
        self.days = days
        self.now = now or datetime.now(UTC)
        self.items_by_id: dict[str, list[MeetingItem]] = defaultdict(list)
        self.proposals: list[MeetingItem] = []
        self._shade: dict[int, list[tuple[int, int]]] = {}
        self.ghost = GhostItem()
        self.message = MessageItem()
        self.message.setVisible(False)
        self.addItem(self.ghost)
        self.addItem(self.message)
        self.ghost.setVisible(False)
        self.layout = self._make_layout(width)
        self.rebuild()

    # -- layout --------------------------------------------------------------------------------
    def _make_layout(self, width: float) -> WeekLayout:
        first, last = 7 * 60, 21 * 60
        for c in self.data.meetings.values():
            first = min(first, c.meeting.start // 60 * 60)
            last = max(last, -(-c.meeting.end // 60) * 60)
        return WeekLayout(self.days, self.spec.resources, width, first, min(last, 24 * 60))

    def relayout(self, width: float) -> None:
        if abs(width - self.layout.requested_width) < 1:
            return
        self.layout = self._make_layout(width)
        self.rebuild()
        for view in self.views():
            view.resetCachedContent()

    def rebuild(self) -> None:
        """Recreate every meeting item (week open, view switch, width change)."""
        for items in self.items_by_id.values():
            for it in items:
                self.removeItem(it)
        self.items_by_id.clear()
        self.setSceneRect(QRectF(0, 0, self.layout.width, self.layout.height))
        fixed = [c.meeting for c in self.data.meetings.values() if c.meeting.fixed and c.status != "cancelled"]
        self._shade = {col.index: shaded(self.data.problem, self.spec, col.resource, col.day, fixed)
                       for col in self.layout.columns}
        for cal in self.data.meetings.values():
            self._add_items(cal)
        self._lay_out_columns({c.index for c in self.layout.columns})
        self.update()

    def _columns_for(self, cal: CalMeeting) -> list[int]:
        out = []
        for res in self.spec.resources:
            if self.spec.shows(cal.meeting, res):
                col = self.layout.column_of(cal.meeting.day, res)
                if col is not None:
                    out.append(col.index)
        return out

    def _add_items(self, cal: CalMeeting) -> None:
        for ci in self._columns_for(cal):
            col = self.layout.columns[ci]
            item = MeetingItem(cal, col.resource, self.data, self.now)
            item.setData(0, ci)
            self.addItem(item)
            self.items_by_id[cal.id].append(item)

    def _lay_out_columns(self, columns: Iterable[int]) -> None:
        by_col: dict[int, list[MeetingItem]] = defaultdict(list)
        wanted = set(columns)
        for items in self.items_by_id.values():
            for it in items:
                ci = int(it.data(0))
                if ci in wanted:
                    by_col[ci].append(it)
        for ci, items in by_col.items():
            col = self.layout.columns[ci]
            # Cancelled meetings stay visible but do not take a lane from live ones.
            live = [it for it in items if it.cal.status != "cancelled"]
            placed = lanes([it.cal.meeting for it in live])
            for it in items:
                lane, count = placed.get(it.meeting_id, (0, 1))
                it.set_geometry(*self.layout.rect(col, it.cal.meeting.start, it.cal.meeting.minutes, lane, count))
                if it.cal.status == "cancelled":
                    it.setZValue(0.5)

    def refresh_ids(self, ids: Iterable[str]) -> None:
        """Replace the items of these meetings (after ``WeekData.refresh``) and re-lane their columns."""
        dirty: set[int] = set()
        selected = {it.meeting_id for it in self.selected_meetings()}
        for mid in ids:
            for it in self.items_by_id.pop(mid, []):
                dirty.add(int(it.data(0)))
                self.removeItem(it)
            cal = self.data.meetings.get(mid)
            if cal is not None:
                self._add_items(cal)
                for it in self.items_by_id.get(mid, []):
                    dirty.add(int(it.data(0)))
                    it.setSelected(mid in selected)
        self._lay_out_columns(dirty)
        if self.spec.mode == "beneficiary":  # fixed appointments shade the beneficiary's day
            fixed = [c.meeting for c in self.data.meetings.values() if c.meeting.fixed and c.status != "cancelled"]
            self._shade = {col.index: shaded(self.data.problem, self.spec, col.resource, col.day, fixed)
                           for col in self.layout.columns}
            for view in self.views():
                view.resetCachedContent()
            self.update()

    # -- queries -------------------------------------------------------------------------------
    def selected_meetings(self) -> list[MeetingItem]:
        return [it for it in self.selectedItems() if isinstance(it, MeetingItem)]

    def item_for(self, meeting_id: str) -> MeetingItem | None:
        items = self.items_by_id.get(meeting_id)
        return items[0] if items else None

    def select_ids(self, ids: Iterable[str]) -> None:
        wanted = set(ids)
        self.clearSelection()
        for mid in wanted:
            for it in self.items_by_id.get(mid, []):
                it.setSelected(True)

    # -- proposals (auto-planner ghosts) ---------------------------------------------------------
    def show_proposal(self, meetings: Iterable[dm.Meeting]) -> None:
        self.clear_proposal()
        for mt in meetings:
            if mt.fixed:
                continue
            cal = CalMeeting(mt, "planned", {}, None, "", self.now)
            for ci in self._columns_for(cal):
                col = self.layout.columns[ci]
                item = MeetingItem(cal, col.resource, self.data, datetime.min.replace(tzinfo=UTC), proposal=True)
                item.set_geometry(*self.layout.rect(col, mt.start, mt.minutes))
                self.addItem(item)
                self.proposals.append(item)

    def clear_proposal(self) -> None:
        for it in self.proposals:
            self.removeItem(it)
        self.proposals = []

    # -- background ----------------------------------------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        rect = QRectF(rect)
        lay = self.layout
        painter.fillRect(rect, QColor("#ffffff"))
        today_local = local_day_minute(self.now)
        dates = week_dates(self.data.week)
        for col in lay.columns:
            if col.x > rect.right() or col.x + col.width < rect.left():
                continue
            if dates[col.day - 1] == today_local[0]:
                painter.fillRect(QRectF(col.x, HEADER, col.width, lay.height - HEADER), TODAY)
            for start, end in self._shade.get(col.index, ()):
                s, e = max(start, lay.first), min(end, lay.last)
                if e > s:
                    painter.fillRect(QRectF(col.x, lay.y_of(s), col.width, lay.y_span(s, e)), SHADE)
        # grid
        top, bottom = max(rect.top(), HEADER), rect.bottom()
        for minute in range(lay.first, lay.last + 1, SLOT):
            y = lay.y_of(minute)
            if y < top - 1 or y > bottom + 1:
                continue
            if minute % 60 == 0:
                painter.setPen(QPen(QColor("#c8c8c8"), 1))
                painter.drawText(QRectF(2, y - 1, GUTTER - 8, 14),
                                 int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                                 f"{minute // 60:02d}:00")
                painter.setPen(QPen(QColor("#c8c8c8"), 1))
            else:
                painter.setPen(QPen(QColor("#eeeeee"), 1))
            painter.drawLine(int(GUTTER), int(y), int(lay.width), int(y))
        per_day = len(lay.resources)
        for col in lay.columns:
            strong = col.index % per_day == 0
            painter.setPen(QPen(QColor("#9a9a9a" if strong else "#dddddd"), 1))
            painter.drawLine(int(col.x), int(HEADER), int(col.x), int(lay.height))
        # now line
        if today_local[0] in dates and lay.first <= today_local[1] <= lay.last:
            y = lay.y_of(today_local[1])
            for col in lay.columns:
                if dates[col.day - 1] == today_local[0]:
                    painter.setPen(QPen(QColor("#d32f2f"), 2))
                    painter.drawLine(int(col.x), int(y), int(col.x + col.width), int(y))
        painter.setBrush(QBrush())

    def header_labels(self) -> list[tuple[QRectF, str, bool]]:
        """(rect at y=0, text, is_today) for the day headers and, side by side, resource names."""
        lay = self.layout
        dates = week_dates(self.data.week)
        today = local_day_minute(self.now)[0]
        out: list[tuple[QRectF, str, bool]] = []
        per_day = len(lay.resources)
        names = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")
        for i, day in enumerate(lay.days):
            d: date = dates[day - 1]
            x = GUTTER + i * per_day * lay.col_width
            h = HEADER / 2 if per_day > 1 else HEADER
            out.append((QRectF(x, 0, per_day * lay.col_width, h), f"{names[day - 1]} {d.day:02d}/{d.month:02d}",
                        d == today))
            if per_day > 1:
                for j, res in enumerate(lay.resources):
                    out.append((QRectF(x + j * lay.col_width, HEADER / 2, lay.col_width, HEADER / 2),
                                self.data.pro_name(res, short=lay.col_width < 90), d == today))
        return out

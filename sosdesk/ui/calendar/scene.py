"""The week scene: a 15-minute grid drawn in the background (with unbookable time shaded, today
and now marked) and one MeetingItem per meeting and column; items are updated per changed id."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene

from sosdesk.domain import model as dm
from sosdesk.domain.timegrid import local_day_minute, week_dates
from sosdesk.ui.calendar.card import pro_forms
from sosdesk.ui.calendar.items import GhostItem, MeetingItem, MessageItem
from sosdesk.ui.calendar.layout import (
    CLOSED,
    GUTTER,
    HEADER,
    SLOT,
    UNAVAILABLE,
    ViewSpec,
    WeekLayout,
    dated_bands,
    day_closure,
    lanes,
    shaded,
    working_span,
)
from sosdesk.usecases.calendar_week import CalMeeting, WeekData

SHADE = QColor(96, 110, 130, 30)   # unbookable time (outside opening / availability)
TODAY = QColor(255, 244, 204, 110)
BAND = QColor(176, 190, 197, 110)          # closed / away on dates (issue 12)
BAND_REDUCED = QColor(255, 204, 128, 90)   # reduced capacity
BAND_HATCH = QColor(120, 130, 140, 90)
BAND_TEXT = QColor("#455a64")
SCROLLBAR = 16.0
CLOSURE_TEXT = {CLOSED: str(QT_TRANSLATE_NOOP("WeekScene", "fermé")),
                UNAVAILABLE: str(QT_TRANSLATE_NOOP("WeekScene", "indisponible"))}
DAY_NAMES = (str(QT_TRANSLATE_NOOP("WeekScene", "lun.")), str(QT_TRANSLATE_NOOP("WeekScene", "mar.")),
             str(QT_TRANSLATE_NOOP("WeekScene", "mer.")), str(QT_TRANSLATE_NOOP("WeekScene", "jeu.")),
             str(QT_TRANSLATE_NOOP("WeekScene", "ven.")), str(QT_TRANSLATE_NOOP("WeekScene", "sam.")),
             str(QT_TRANSLATE_NOOP("WeekScene", "dim.")))


def scene_tr(text: str) -> str:
    return QCoreApplication.translate("WeekScene", text)


class WeekScene(QGraphicsScene):
    """Holds the layout and the items; the view drives interaction."""

    def __init__(self, data: WeekData, spec: ViewSpec, days: list[int], width: float,
                 now: datetime | None = None, height: float = 0.0, collapsed: bool = True) -> None:
        super().__init__()
        self.collapsed = collapsed  # working hours only (the default) or the whole day
        self.label_forms: dict[str, list[str]] = {}  # header text → shorter readings
        self.data = data
        self.spec = spec
        self.days = days
        self.now = now or datetime.now(UTC)
        self.items_by_id: dict[str, list[MeetingItem]] = defaultdict(list)
        self.proposals: list[MeetingItem] = []
        self._shade: dict[int, list[tuple[int, int]]] = {}
        self.closure: dict[int, str] = {}  # column index → CLOSED / UNAVAILABLE (whole day)
        self.ghost = GhostItem()
        self.message = MessageItem()
        self.message.setVisible(False)
        self.addItem(self.ghost)
        self.addItem(self.message)
        self.ghost.setVisible(False)
        self.layout = self._make_layout(width, height)
        self.rebuild()

    # -- layout --------------------------------------------------------------------------------
    def _make_layout(self, width: float, height: float) -> WeekLayout:
        """Fit the view: when the day cannot fit in the height, leave room for the scroll bar."""
        self._asked = (width, height)
        lay = self._layout_for(width, height)
        if height and lay.height > height + 0.5:
            lay = self._layout_for(width - SCROLLBAR, height)
        return lay

    def _layout_for(self, width: float, height: float) -> WeekLayout:
        resources = list(self.spec.resources) or [""]
        shown = [c.meeting for c in self.data.meetings.values()
                 if c.meeting.day in self.days and any(self.spec.shows(c.meeting, r) for r in resources)]
        if self.collapsed:
            first, last = working_span(self.data.problem, self.spec, self.days, shown)
        else:
            first, last = 6 * 60, 22 * 60
            for mt in shown:
                first = min(first, mt.start // 60 * 60)
                last = max(last, -(-mt.end // 60) * 60)
        self.closure = {}
        booked = {(c.meeting.day, r) for c in self.data.meetings.values() for r in resources
                  if self.spec.shows(c.meeting, r)}
        narrow = set()
        for i, (day, res) in enumerate((d, r) for d in self.days for r in resources):
            why = day_closure(self.data.problem, self.spec, res, day)
            if why is not None:
                self.closure[i] = why
                if (day, res) not in booked:
                    narrow.add(i)
        return WeekLayout(self.days, resources, width, first, min(last, 24 * 60), height, narrow)

    def relayout(self, width: float, height: float | None = None) -> None:
        height = self._asked[1] if height is None else height
        if abs(width - self._asked[0]) < 1 and abs(height - self._asked[1]) < 1:
            return
        self.layout = self._make_layout(width, height)
        self.rebuild()
        for view in self.views():
            view.resetCachedContent()

    def rebuild(self) -> None:
        """Recreate every meeting item (week open, view switch, size change); the selection stays."""
        selected = {it.meeting_id for it in self.selected_meetings()}
        for items in self.items_by_id.values():
            for it in items:
                self.removeItem(it)
        self.items_by_id.clear()
        self.setSceneRect(QRectF(0, 0, self.layout.width, self.layout.height))
        fixed = [c.meeting for c in self.data.meetings.values() if c.meeting.fixed and c.status != "cancelled"]
        self._shade = {col.index: shaded(self.data.problem, self.spec, col.resource, col.day, fixed)
                       for col in self.layout.columns}
        self.bands = {col.index: dated_bands(self.data.problem, self.spec, col.resource, col.day)
                      for col in self.layout.columns}
        for cal in self.data.meetings.values():
            self._add_items(cal)
        self._lay_out_columns({c.index for c in self.layout.columns})
        if selected:
            self.select_ids(selected)
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
            item = MeetingItem(cal, col.resource, self.data, self.now, mode=self.spec.mode)
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

    def update_marks(self, ids: Iterable[str]) -> None:
        """Repaint the blocks whose broken rules changed (their tooltip too)."""
        for mid in ids:
            for it in self.items_by_id.get(mid, []):
                it.refresh_marks()

    # -- proposals (auto-planner ghosts) ---------------------------------------------------------
    def show_proposal(self, meetings: Iterable[dm.Meeting]) -> None:
        self.clear_proposal()
        for mt in meetings:
            if mt.fixed:
                continue
            cal = CalMeeting(mt, "planned", {}, None, "", self.now)
            for ci in self._columns_for(cal):
                col = self.layout.columns[ci]
                item = MeetingItem(cal, col.resource, self.data, datetime.min.replace(tzinfo=UTC), proposal=True,
                                   mode=self.spec.mode)
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
        self._draw_bands(painter, rect)
        # grid
        top, bottom = max(rect.top(), HEADER), rect.bottom()
        for minute in range(lay.first, lay.last + 1, SLOT):
            y = lay.y_of(minute)
            if y < top - 1 or y > bottom + 1:
                continue
            if minute % 60 == 0:
                painter.setPen(QPen(QColor("#d5d8dc"), 1))
            elif minute % 30 == 0:
                painter.setPen(QPen(QColor("#ebedef"), 1, Qt.PenStyle.DashLine))
            else:
                painter.setPen(QPen(QColor("#f3f4f5"), 1))
            painter.drawLine(int(GUTTER), int(y), int(lay.width), int(y))
        per_day = len(lay.resources)
        for col in lay.columns:
            strong = col.index % per_day == 0
            painter.setPen(QPen(QColor("#9a9a9a" if strong else "#dddddd"), 1))
            painter.drawLine(int(col.x), int(HEADER), int(col.x), int(lay.height))
        # whole days closed / unavailable: a quiet word in the middle of the column
        font = QFont(painter.font())
        font.setItalic(True)
        painter.setFont(font)
        painter.setPen(QColor("#8a8a8a"))
        mid = lay.y_of((lay.first + lay.last) // 2)
        for box, why in self.closure_spans():
            painter.save()
            painter.translate(box.center().x(), mid)
            if box.width() < painter.fontMetrics().horizontalAdvance(scene_tr(CLOSURE_TEXT[why])) + 6:
                painter.rotate(-90)  # a narrow column: written upwards
            painter.drawText(QRectF(-60, -10, 120, 20), int(Qt.AlignmentFlag.AlignCenter),
                             scene_tr(CLOSURE_TEXT[why]))
            painter.restore()
        # now line
        if today_local[0] in dates and lay.first <= today_local[1] <= lay.last:
            y = lay.y_of(today_local[1])
            for col in lay.columns:
                if dates[col.day - 1] == today_local[0]:
                    painter.setPen(QPen(QColor("#d32f2f"), 2))
                    painter.drawLine(int(col.x), int(y), int(col.x + col.width), int(y))
        painter.setBrush(QBrush())

    def _draw_bands(self, painter: QPainter, rect: QRectF) -> None:
        """Holidays, closures and leave (issue 12): a hatched band with its label at the top."""
        lay = self.layout
        painter.save()
        font = QFont(painter.font())
        font.setPointSizeF(max(font.pointSizeF() - 1, 6))
        painter.setFont(font)
        for col in lay.columns:
            if col.x > rect.right() or col.x + col.width < rect.left():
                continue
            below: list[tuple[float, float]] = []  # text already written in this column (top, bottom)
            boxes = []
            for start, end, text, closes in self.bands.get(col.index, ()):
                s, e = max(start, lay.first), min(end, lay.last)
                if e <= s:
                    continue
                box = QRectF(col.x + 1, lay.y_of(s), col.width - 2, lay.y_span(s, e))
                painter.fillRect(box, BAND if closes else BAND_REDUCED)
                painter.fillRect(box, QBrush(BAND_HATCH, Qt.BrushStyle.BDiagPattern))
                boxes.append((box, text))
            for box, text in boxes:  # labels over every fill, stacked when bands overlap
                flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
                area = box.adjusted(3, 2, -3, -2)
                top = max([area.top(), *(b for t, b in below if t <= area.top() < b)])
                area.setTop(top)
                used = painter.boundingRect(area, flags, text)
                painter.setPen(BAND_TEXT)
                painter.drawText(area, flags, text)
                below.append((area.top() if top == area.top() else box.top(), used.bottom() + 2))
        painter.restore()

    def closure_spans(self) -> list[tuple[QRectF, str]]:
        """(x-span rect, why) of each closed stretch: a whole day when all its columns share it."""
        lay = self.layout
        per_day = len(lay.resources)
        out: list[tuple[QRectF, str]] = []
        for i in range(len(lay.days)):
            cols = lay.columns[i * per_day:(i + 1) * per_day]
            whys = {self.closure.get(c.index, "") for c in cols}
            if len(whys) == 1 and "" not in whys:
                out.append((QRectF(cols[0].x, 0, cols[-1].x + cols[-1].width - cols[0].x, 0), whys.pop()))
                continue
            out += [(QRectF(c.x, 0, c.width, 0), self.closure[c.index]) for c in cols if c.index in self.closure]
        return out

    def header_labels(self) -> list[tuple[QRectF, str, bool]]:
        """(rect at y=0, text, is_today) for the day headers and, below them, the resource names
        (side by side) or why the whole day is closed."""
        lay = self.layout
        dates = week_dates(self.data.week)
        today = local_day_minute(self.now)[0]
        out: list[tuple[QRectF, str, bool]] = []
        per_day = len(lay.resources)
        for i, day in enumerate(lay.days):
            d: date = dates[day - 1]
            cols = lay.columns[i * per_day:(i + 1) * per_day]
            x, span = cols[0].x, cols[-1].x + cols[-1].width - cols[0].x
            whys = {self.closure.get(c.index, "") for c in cols}
            why = whys.pop() if len(whys) == 1 else ""
            two_rows = per_day > 1 or bool(why)
            h = HEADER / 2 if two_rows else HEADER
            out.append((QRectF(x, 0, span, h), f"{scene_tr(DAY_NAMES[day - 1])} {d.day:02d}/{d.month:02d}",
                        d == today))
            if why:
                out.append((QRectF(x, HEADER / 2, span, HEADER / 2), scene_tr(CLOSURE_TEXT[why]), d == today))
            elif per_day > 1:
                for c in cols:
                    text = self.data.pro_name(c.resource)
                    self.label_forms[text] = pro_forms(self.data, c.resource)
                    out.append((QRectF(c.x, HEADER / 2, c.width, HEADER / 2), text, d == today))
        return out

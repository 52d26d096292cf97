"""The resource timeline: one row per professional of the region (60+ rows, scrolling), the days of
the week across, each meeting a small block at its hour. Names and days stay in view while scrolling;
hovering a block shows its card, double-clicking opens it, double-clicking a name opens that
professional's week."""

from __future__ import annotations

import unicodedata
from datetime import datetime

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView, QStyleOptionGraphicsItem, QWidget

from sosdesk.domain.timegrid import local_day_minute, week_dates
from sosdesk.ui.calendar.card import (
    CANCELLED,
    NO_SHOW,
    STATUS_SIGNS,
    HoverCard,
    ben_forms,
    card_html,
    fill_color,
    fit,
    fit_list,
    pro_forms,
    status_key,
)
from sosdesk.ui.calendar.layout import PROFESSIONALS, ViewSpec, working_span
from sosdesk.ui.calendar.scene import DAY_NAMES, scene_tr
from sosdesk.usecases.calendar_week import CalMeeting, WeekData

NAME_WIDTH = 190.0
HEADER = 40.0
ROW = 30.0
MIN_DAY = 150.0


def sort_key(name: str) -> str:
    """Alphabetical order as a French reader expects it (« Élodie » among the E)."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


class TimelineItem(QGraphicsItem):
    """One meeting in a professional's row."""

    def __init__(self, cal: CalMeeting, pid: str, data: WeekData, now: datetime, rect: QRectF) -> None:
        super().__init__()
        self.cal, self.pid, self._data, self._rect = cal, pid, data, rect
        self.setAcceptHoverEvents(True)
        self.setZValue(1)
        self._now = now

    def toolTip(self) -> str:  # made when asked
        return card_html(self.cal, self._data, self._now, [v.message for v in self._data.violations_of(self.cal.id)])

    @property
    def meeting_id(self) -> str:
        return self.cal.id

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        r = self._rect
        base = QColor(self._data.colors.get(self.cal.meeting.type, "#888888"))
        key = status_key(self.cal)
        pen = QPen(base.darker(115), 1, Qt.PenStyle.DashLine if key == NO_SHOW else Qt.PenStyle.SolidLine)
        if self._data.violations_of(self.cal.id) and key != CANCELLED:
            pen = QPen(QColor("#c62828"), 2)
        painter.setPen(pen)
        painter.setBrush(fill_color(base, key))
        painter.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
        painter.fillRect(QRectF(r.left() + 1, r.top() + 1, 3, r.height() - 2),
                         QColor("#9e9e9e") if key == CANCELLED else base)
        if r.width() < 16:
            return
        font = QFont(painter.font())
        font.setPointSizeF(7.5)
        painter.setFont(font)
        fm = QFontMetricsF(font)
        sign = STATUS_SIGNS[key]
        room = r.width() - 7
        who = fit_list([ben_forms(self._data, b) for b in self.cal.meeting.beneficiaries], fm,
                       room - fm.horizontalAdvance(sign + " ")) or self._data.type_label(self.cal.meeting.type)
        full = f"{sign} {who}".strip()
        text = full if fm.horizontalAdvance(full) <= room else fit([full], fm, room) if room > 40 else sign
        painter.setPen(QColor("#6b6b6b") if key == CANCELLED else QColor("#17202a"))
        painter.drawText(r.adjusted(5, 0, -1, 0), int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)


class TimelineScene(QGraphicsScene):
    """Rows of professionals × days of the week, hours ``first``–``last`` inside each day."""

    def __init__(self, data: WeekData, days: list[int], width: float, now: datetime,
                 collapsed: bool = True) -> None:
        super().__init__()
        self.data, self.days, self.now = data, days, now
        self.pros = sorted(data.problem.professionals, key=lambda p: (sort_key(data.pro_name(p)), p))
        self.row_of = {pid: i for i, pid in enumerate(self.pros)}
        spec = ViewSpec(PROFESSIONALS, tuple(self.pros))
        if collapsed:
            self.first, self.last = working_span(data.problem, spec, days, data.active())
        else:
            self.first, self.last = 6 * 60, 22 * 60
        self.day_width = max(MIN_DAY, (width - NAME_WIDTH) / max(len(days), 1))
        self.total_width = NAME_WIDTH + self.day_width * len(days)
        self.total_height = HEADER + ROW * len(self.pros)
        self.setSceneRect(QRectF(0, 0, self.total_width, self.total_height))
        self.items_by_id: dict[str, list[TimelineItem]] = {}
        self._unavailable = {(pid, day) for pid in self.pros for day in days
                             if not any(w.day == day for w in data.problem.professionals[pid].available)
                             and data.problem.professionals[pid].available}
        for cal in data.meetings.values():
            if cal.meeting.day not in days:
                continue
            for pid in cal.meeting.professionals:
                if pid in self.row_of:
                    item = TimelineItem(cal, pid, data, now, self.block(pid, cal))
                    self.addItem(item)
                    self.items_by_id.setdefault(cal.id, []).append(item)

    def x_of(self, day: int, minute: int) -> float:
        i = self.days.index(day)
        span = max(self.last - self.first, 60)
        return NAME_WIDTH + i * self.day_width + (min(max(minute, self.first), self.last) - self.first) / span * self.day_width

    def block(self, pid: str, cal: CalMeeting) -> QRectF:
        mt = cal.meeting
        y = HEADER + self.row_of[pid] * ROW
        x0, x1 = self.x_of(mt.day, mt.start), self.x_of(mt.day, mt.end)
        return QRectF(x0, y + 3, max(x1 - x0 - 1, 3), ROW - 6)

    def row_at(self, y: float) -> str | None:
        i = int((y - HEADER) // ROW)
        return self.pros[i] if y >= HEADER and 0 <= i < len(self.pros) else None

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        rect = QRectF(rect)
        painter.fillRect(rect, QColor("#ffffff"))
        first_row = max(0, int((rect.top() - HEADER) // ROW))
        last_row = min(len(self.pros), int((rect.bottom() - HEADER) // ROW) + 1)
        dates = week_dates(self.data.week)
        today = local_day_minute(self.now)[0]
        for i in range(first_row, last_row):
            y = HEADER + i * ROW
            if i % 2:
                painter.fillRect(QRectF(NAME_WIDTH, y, self.total_width - NAME_WIDTH, ROW), QColor("#f8f9fb"))
            pid = self.pros[i]
            for day in self.days:
                if (pid, day) in self._unavailable:
                    x = self.x_of(day, self.first)
                    painter.fillRect(QRectF(x, y, self.day_width, ROW), QColor(96, 110, 130, 30))
        for j, day in enumerate(self.days):
            x = NAME_WIDTH + j * self.day_width
            if dates[day - 1] == today:
                painter.fillRect(QRectF(x, HEADER, self.day_width, self.total_height - HEADER), QColor(255, 244, 204, 110))
            painter.setPen(QPen(QColor("#eceef1"), 1))
            for minute in range(-(-self.first // 60) * 60, self.last, 60):
                xm = self.x_of(day, minute)
                painter.drawLine(QPointF(xm, max(rect.top(), HEADER)), QPointF(xm, rect.bottom()))
            painter.setPen(QPen(QColor("#9aa3ad"), 1))
            painter.drawLine(QPointF(x, HEADER), QPointF(x, self.total_height))
        painter.setPen(QPen(QColor("#e3e6ea"), 1))
        for i in range(first_row, last_row + 1):
            y = HEADER + i * ROW
            painter.drawLine(QPointF(NAME_WIDTH, y), QPointF(self.total_width, y))


class TimelineView(QGraphicsView):
    """The timeline widget: fixed names column and day header, hover cards, double-click to open."""

    open_requested = Signal(str)            # meeting id
    professional_requested = Signal(str)    # professional id (double-click on a name)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_view")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setMouseTracking(True)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.card = HoverCard(self)
        self._args: tuple[WeekData, list[int], datetime, bool] | None = None

    def timeline_scene(self) -> TimelineScene:
        scene = self.scene()
        assert isinstance(scene, TimelineScene)
        return scene

    def show_week(self, data: WeekData, days: list[int], now: datetime, collapsed: bool = True) -> None:
        self._args = (data, days, now, collapsed)
        old = self.scene()
        top = self.verticalScrollBar().value()
        scene = TimelineScene(data, days, self.maximumViewportSize().width() - 16, now, collapsed)
        self.setScene(scene)
        self.resetCachedContent()
        if old is not None:
            old.deleteLater()
        self.verticalScrollBar().setValue(top)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._args is not None and isinstance(self.scene(), TimelineScene):
            wanted = max(MIN_DAY, (self.maximumViewportSize().width() - 16 - NAME_WIDTH) / max(len(self._args[1]), 1))
            if abs(wanted - self.timeline_scene().day_width) > 1:
                self.show_week(*self._args)

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        scene = self.scene()
        if not isinstance(scene, TimelineScene):
            return
        corner = self.mapToScene(QPoint(0, 0))
        left, top = corner.x(), corner.y()
        h = self.viewport().height()
        font = QFont(painter.font())
        fm = QFontMetricsF(font)
        # names column
        painter.fillRect(QRectF(left, top, NAME_WIDTH, h), QColor("#f7f8fa"))
        first_row = max(0, int((top - HEADER) // ROW))
        last_row = min(len(scene.pros), int((top + h - HEADER) // ROW) + 1)
        for i in range(first_row, last_row):
            pid = scene.pros[i]
            y = HEADER + i * ROW
            painter.setPen(QColor("#1f2933"))
            painter.drawText(QRectF(left + 8, y, NAME_WIDTH - 12, ROW),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                             fit(pro_forms(scene.data, pid), fm, NAME_WIDTH - 14))
            painter.setPen(QPen(QColor("#e3e6ea"), 1))
            painter.drawLine(QPointF(left, y + ROW), QPointF(left + NAME_WIDTH, y + ROW))
        painter.setPen(QPen(QColor("#c9ced6"), 1))
        painter.drawLine(QPointF(left + NAME_WIDTH, top), QPointF(left + NAME_WIDTH, top + h))
        # day header: the date on top, hours below
        painter.fillRect(QRectF(left, top, max(scene.total_width, self.viewport().width()), HEADER), QColor("#f4f5f7"))
        dates = week_dates(scene.data.week)
        today = local_day_minute(scene.now)[0]
        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() - 1.5, 6.5))
        for j, day in enumerate(scene.days):
            x = NAME_WIDTH + j * scene.day_width
            d = dates[day - 1]
            if d == today:
                painter.fillRect(QRectF(x, top, scene.day_width, HEADER), QColor("#ffe9a8"))
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(QColor("#222222"))
            painter.drawText(QRectF(x, top + 2, scene.day_width, HEADER / 2), int(Qt.AlignmentFlag.AlignCenter),
                             f"{scene_tr(DAY_NAMES[day - 1])} {d.day:02d}/{d.month:02d}")
            painter.setFont(small)
            painter.setPen(QColor("#6b7785"))
            step = 60 if scene.day_width / max((scene.last - scene.first) / 60, 1) >= 24 else 120
            for minute in range(-(-scene.first // 60) * 60 + step, scene.last - step // 2, step):
                xm = scene.x_of(day, minute)
                painter.drawText(QRectF(xm - 14, top + HEADER / 2, 28, HEADER / 2), int(Qt.AlignmentFlag.AlignCenter),
                                 f"{minute // 60}h")
            painter.setPen(QPen(QColor("#9aa3ad"), 1))
            painter.drawLine(QPointF(x, top), QPointF(x, top + HEADER))
        painter.setFont(font)
        painter.fillRect(QRectF(left, top, NAME_WIDTH, HEADER), QColor("#eef0f3"))
        painter.setPen(QColor("#37474f"))
        painter.drawText(QRectF(left + 8, top, NAME_WIDTH - 12, HEADER),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                         self.tr("{0} professionnels").format(len(scene.pros)))
        painter.setPen(QPen(QColor("#c9ced6"), 1))
        painter.drawLine(QPointF(left, top + HEADER), QPointF(left + max(scene.total_width, self.viewport().width()), top + HEADER))

    def _item_at(self, pos: QPoint) -> TimelineItem | None:
        for it in self.items(pos):
            if isinstance(it, TimelineItem):
                return it
        return None

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            return True
        if event.type() == QEvent.Type.Leave:
            self.card.leave()
        return super().viewportEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        item = self._item_at(event.position().toPoint())
        if item is None or event.position().x() < NAME_WIDTH:
            self.card.leave()
        else:
            self.card.hover(item.meeting_id, item.toolTip(), event.globalPosition().toPoint())
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.card.leave()
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        scene = self.scene()
        if not isinstance(scene, TimelineScene):
            return
        pos = event.position().toPoint()
        if pos.x() < NAME_WIDTH:
            pid = scene.row_at(self.mapToScene(pos).y())
            if pid is not None:
                self.professional_requested.emit(pid)
            return
        item = self._item_at(pos)
        if item is not None:
            self.open_requested.emit(item.meeting_id)

    def point_of(self, meeting_id: str) -> QPoint | None:
        """Where a meeting's block is in the viewport (scrolling it into view), for tests and jumps."""
        items = self.timeline_scene().items_by_id.get(meeting_id)
        if not items:
            return None
        self.ensureVisible(items[0], 10, 10)
        return self.mapFromScene(items[0].boundingRect().center())

"""Scene items of the week view: meeting blocks, the drag ghost and the rule message beside it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from sosdesk.domain.timegrid import format_hhmm
from sosdesk.usecases.calendar_week import CalMeeting, WeekData

RESIZE_MARGIN = 5.0
OK_COLOR = QColor("#2e7d32")
BAD_COLOR = QColor("#c62828")


def status_text(cal: CalMeeting) -> str:
    if cal.status == "cancelled":
        return QCoreApplication.translate("MeetingItem", "annulé")
    if cal.no_show():
        return QCoreApplication.translate("MeetingItem", "absent")
    if cal.status == "held":
        return QCoreApplication.translate("MeetingItem", "tenu")
    return QCoreApplication.translate("MeetingItem", "prévu")


class MeetingItem(QGraphicsItem):
    """A meeting block: type colour, time, participants (initials or names by width), site, status,
    a "!" when attendance or proof is missing and a seat count for collective meetings."""

    def __init__(self, cal: CalMeeting, resource: str, data: WeekData, now: datetime,
                 proposal: bool = False, mode: str = "") -> None:
        super().__init__()
        self.mode = mode  # the view's mode (layout.PROFESSIONAL, SITE, ...): what the text leads with
        self.cal = cal
        self.resource = resource
        self._data = data
        self._now = now
        self.proposal = proposal
        self._rect = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, not proposal)
        self.setAcceptHoverEvents(not proposal)
        self.setZValue(1 if not proposal else 2)
        self.setToolTip(self._tooltip())

    @property
    def meeting_id(self) -> str:
        return self.cal.id

    def set_geometry(self, x: float, y: float, w: float, h: float) -> None:
        self.prepareGeometryChange()
        self.setPos(x, y)
        self._rect = QRectF(0, 0, w, h)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1, -1, 1, 1)

    def on_resize_edge(self, scene_pos: QPointF) -> bool:
        local = self.mapFromScene(scene_pos)
        return self._rect.height() >= 12 and self._rect.bottom() - local.y() <= RESIZE_MARGIN

    def _collective(self) -> tuple[int, int] | None:
        t = self._data.problem.meeting_types.get(self.cal.meeting.type)
        if t is None or t.kind != "collective":
            return None
        return len(self.cal.meeting.beneficiaries), t.max_participants

    def _marker(self) -> bool:
        return self.cal.attendance_missing(self._now) or (self.cal.status == "held" and not self.cal.proof)

    def violations(self) -> list[str]:
        """French explanations of the hard rules this meeting breaks in the week as it stands."""
        if self.proposal or self.cal.status == "cancelled":
            return []
        return list(dict.fromkeys(v.message for v in self._data.violations_of(self.cal.id)))

    def refresh_marks(self) -> None:
        """The week's broken rules changed for this meeting: new tooltip, repaint."""
        self.setToolTip(self._tooltip())
        self.update()

    def _tooltip(self) -> str:
        mt = self.cal.meeting
        lines = [f"{self._data.type_label(mt.type)} — {format_hhmm(mt.start)}–{format_hhmm(mt.end)}",
                 QCoreApplication.translate("MeetingItem", "Site : ") + self._data.site_name(mt.site),
                 QCoreApplication.translate("MeetingItem", "Professionnels : ") + ", ".join(self._data.pro_name(p) for p in mt.professionals),
                 QCoreApplication.translate("MeetingItem", "Bénéficiaires : ") + ", ".join(self._data.ben_name(b) for b in mt.beneficiaries),
                 QCoreApplication.translate("MeetingItem", "Statut : ") + status_text(self.cal)]
        if self.cal.attendance_missing(self._now):
            lines.append(QCoreApplication.translate("MeetingItem", "Présences à saisir"))
        elif self.cal.status == "held" and not self.cal.proof:
            lines.append(QCoreApplication.translate("MeetingItem", "Justificatif manquant"))
        if self.cal.note:
            lines.append(self.cal.note)
        broken = self.violations()
        if broken:
            lines.append(QCoreApplication.translate("MeetingItem", "Règles non respectées :"))
            lines += [f"• {msg}" for msg in broken]
        return "\n".join(lines)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        r = self._rect
        if r.width() <= 1 or r.height() <= 1:
            return
        base = QColor(self._data.colors.get(self.cal.meeting.type, "#888888"))
        cancelled = self.cal.status == "cancelled"
        fill = QColor(base)
        if cancelled:
            fill = QColor("#d9d9d9")
        elif self.cal.status == "planned":
            fill = base.lighter(150)
        if self.proposal:
            fill.setAlpha(110)
        pen = QPen(base.darker(140), 1)
        if self.proposal:
            pen.setStyle(Qt.PenStyle.DashLine)
        if self.cal.no_show():  # did not take place: dashed border (red is kept for broken rules)
            pen = QPen(base.darker(170), 1.5, Qt.PenStyle.DashLine)
        broken = bool(self.violations())
        if broken:
            pen = QPen(BAD_COLOR, 2.5)
        elif self.isSelected():
            pen = QPen(QColor("#1a1a1a"), 2.2)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        if broken and self.isSelected():
            painter.setPen(QPen(QColor("#1a1a1a"), 1.5, Qt.PenStyle.DotLine))
            painter.setBrush(QBrush())
            painter.drawRoundedRect(r.adjusted(3, 3, -3, -3), 2, 2)
        if self.cal.meeting.fixed:  # fixed: a darker left band (H14, the planner will not move it)
            painter.fillRect(QRectF(r.left() + 1, r.top() + 1, 3, r.height() - 2), base.darker(170))
        self._paint_text(painter, r, cancelled)

    def _lines(self, fm: QFontMetricsF, width: float) -> list[str]:
        """What the block says after its time, most useful first for the view's mode: who the
        meeting is with (the shown person is implied), then status, then where / what."""
        mt, d = self.cal.meeting, self._data

        def names(ids: tuple[str, ...], name: Callable[..., str]) -> str:
            full = ", ".join(name(i) for i in ids)
            return full if fm.horizontalAdvance(full) <= width else " ".join(name(i, short=True) for i in ids)

        bens = names(mt.beneficiaries, d.ben_name)
        pros = names(mt.professionals, d.pro_name)
        status = [status_text(self.cal)] if self.cal.status != "planned" else []
        if self.mode == "beneficiary":
            return [d.type_label(mt.type), *status, pros, d.site_name(mt.site)]
        if self.mode == "site":
            return [bens or d.type_label(mt.type), *status, pros, d.type_label(mt.type)]
        return [bens or d.type_label(mt.type), *status, d.site_name(mt.site), d.type_label(mt.type)]

    def _paint_text(self, painter: QPainter, r: QRectF, cancelled: bool) -> None:
        mt = self.cal.meeting
        font = QFont(painter.font())
        font.setPointSizeF(7.5)
        fm = QFontMetricsF(font)
        line_h = fm.height()
        inner = r.adjusted(5 if mt.fixed else 3, 1, -2, -1)
        width = inner.width()
        badges = []
        if self.violations():
            badges.append("\u26a0")
        if self._marker():
            badges.append("!")
        seats = self._collective()
        if seats is not None:
            badges.append(f"\u25cf{seats[0]}/{seats[1]}")
        badge_text = " ".join(badges)
        badge_w = fm.horizontalAdvance(badge_text) + 6 if badges else 0.0
        max_lines = max(1, int(inner.height() // line_h))
        badge_row = max_lines - 1 if max_lines >= 3 else 0  # tall block: badges bottom right, time stays whole
        head = f"{format_hhmm(mt.start)}–{format_hhmm(mt.end)}"
        if fm.horizontalAdvance(head) > width - (badge_w if badge_row == 0 else 0):
            head = format_hhmm(mt.start)  # narrow block: the start is what a planner reads first
        lines = self._lines(fm, width)
        lines = [f"{head} {lines[0]}"] if max_lines == 1 else [head, *lines[:max_lines - 1]]
        painter.setPen(QColor("#555555") if cancelled else QColor("#111111"))
        y = inner.top()
        for i, text in enumerate(lines):
            bold = QFont(font)
            bold.setBold(i == 0)
            painter.setFont(bold)
            avail = width - (badge_w if i == badge_row else 0)
            painter.drawText(QRectF(inner.left(), y, avail, line_h),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             QFontMetricsF(bold).elidedText(text, Qt.TextElideMode.ElideRight, avail))
            y += line_h
        painter.setFont(font)
        if badges:
            box = QRectF(r.right() - badge_w - 1, inner.top() + badge_row * line_h, badge_w, line_h)
            painter.setBrush(QColor(255, 255, 255, 225))
            painter.setPen(BAD_COLOR if set(badges) & {"!", "\u26a0"} else QColor("#333333"))
            painter.drawRoundedRect(box, 3, 3)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), badge_text)
        if cancelled:
            painter.setPen(QPen(QColor("#777777"), 1))
            painter.drawLine(QPointF(inner.left(), r.top() + line_h / 2 + 1),
                             QPointF(inner.left() + min(width, fm.horizontalAdvance(head)), r.top() + line_h / 2 + 1))


class GhostItem(QGraphicsItem):
    """The candidate place while dragging: green when allowed, red when a hard rule is broken."""

    def __init__(self) -> None:
        super().__init__()
        self._rects: list[QRectF] = []
        self.ok = True
        self.setZValue(10)

    def set_rects(self, rects: list[QRectF], ok: bool) -> None:
        self.prepareGeometryChange()
        self._rects = rects
        self.ok = ok
        self.update()

    def boundingRect(self) -> QRectF:
        out = QRectF()
        for r in self._rects:
            out = out.united(r)
        return out.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        color = OK_COLOR if self.ok else BAD_COLOR
        fill = QColor(color)
        fill.setAlpha(60)
        painter.setPen(QPen(color, 2, Qt.PenStyle.DashLine))
        painter.setBrush(fill)
        for r in self._rects:
            painter.drawRoundedRect(r, 3, 3)


class MessageItem(QGraphicsItem):
    """The French explanation of the broken rule, shown beside the cursor while dragging."""

    WIDTH = 300.0

    def __init__(self) -> None:
        super().__init__()
        self.text = ""
        self._size = QRectF()
        self.setZValue(20)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)

    def set_text(self, text: str, font: QFont) -> None:
        self.prepareGeometryChange()
        self.text = text
        fm = QFontMetricsF(font)
        bound = fm.boundingRect(QRectF(0, 0, self.WIDTH, 2000), int(Qt.TextFlag.TextWordWrap), text)
        self._size = QRectF(0, 0, self.WIDTH + 12, bound.height() + 10)
        self._font = font
        self.setVisible(bool(text))

    def boundingRect(self) -> QRectF:
        return self._size

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if not self.text:
            return
        painter.setPen(QPen(BAD_COLOR, 1))
        painter.setBrush(QColor("#fff4f4"))
        painter.drawRoundedRect(self._size, 4, 4)
        painter.setFont(self._font)
        painter.setPen(QColor("#5f0000"))
        painter.drawText(self._size.adjusted(6, 5, -6, -5), int(Qt.TextFlag.TextWordWrap), self.text)

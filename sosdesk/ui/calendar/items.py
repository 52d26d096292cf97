"""Scene items of the week view: meeting blocks, the drag ghost and the rule message beside it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from sosdesk.domain.timegrid import format_hhmm
from sosdesk.ui.calendar.card import (
    CANCELLED,
    MISSING_SIGN,
    NO_SHOW,
    STATUS_SIGNS,
    WARNING_SIGN,
    ben_forms,
    card_html,
    fill_color,
    fit,
    fit_list,
    pro_forms,
    site_forms,
    status_key,
    status_label,
)
from sosdesk.usecases.calendar_week import CalMeeting, WeekData

RESIZE_MARGIN = 5.0
OK_COLOR = QColor("#2e7d32")
BAD_COLOR = QColor("#c62828")


def status_text(cal: CalMeeting) -> str:
    return status_label(status_key(cal))


_FONTS: dict[str, tuple[QFont, QFontMetricsF, QFont, QFontMetricsF]] = {}


def _fonts(base: QFont) -> tuple[QFont, QFontMetricsF, QFont, QFontMetricsF]:
    """The blocks' small font and its bold, with their metrics, made once per base font."""
    key = base.key()
    if key not in _FONTS:
        font = QFont(base)
        font.setPointSizeF(8.0)
        bold = QFont(font)
        bold.setBold(True)
        _FONTS[key] = (font, QFontMetricsF(font), bold, QFontMetricsF(bold))
    return _FONTS[key]


class MeetingItem(QGraphicsItem):
    """A meeting block: a pale tint of its type colour with a coloured edge, the status as a sign
    (✓ réalisé, ✗ absence, ⊘ annulé), time, names as long as the width allows, site, type;
    badges for a broken rule (⚠), missing attendance or proof (!) and seats of collective meetings."""

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
        """The week's broken rules changed for this meeting: repaint (the card is made on hover)."""
        self.update()

    def toolTip(self) -> str:  # made when asked, not for every block of a week
        return "" if self.proposal else card_html(self.cal, self._data, self._now, self.violations())

    def card(self) -> str:
        """The hover card's text (the view shows it in its own card, not as a plain tool tip)."""
        return self.toolTip()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        r = self._rect
        if r.width() <= 1 or r.height() <= 1:
            return
        base = QColor(self._data.colors.get(self.cal.meeting.type, "#888888"))
        key = status_key(self.cal)
        fill = fill_color(base, key, self.proposal)
        pen = QPen(base.darker(115), 1)
        if self.proposal:
            pen.setStyle(Qt.PenStyle.DashLine)
        if key == NO_SHOW:  # did not take place: dashed border (red is kept for broken rules)
            pen = QPen(base.darker(150), 1.3, Qt.PenStyle.DashLine)
        if key == CANCELLED:
            pen = QPen(QColor("#b5b5b5"), 1)
        broken = bool(self.violations())
        if broken:
            pen = QPen(BAD_COLOR, 2.5)
        elif self.isSelected():
            pen = QPen(QColor("#1a1a1a"), 2.2)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        # the type colour as a left edge; a fixed meeting (H14) has a wider one
        edge = 6.0 if self.cal.meeting.fixed else 3.5
        painter.fillRect(QRectF(r.left() + 1, r.top() + 1, edge, r.height() - 2),
                         QColor("#9e9e9e") if key == CANCELLED else base)
        if broken and self.isSelected():
            painter.setPen(QPen(QColor("#1a1a1a"), 1.5, Qt.PenStyle.DotLine))
            painter.setBrush(QBrush())
            painter.drawRoundedRect(r.adjusted(3, 3, -3, -3), 2, 2)
        self._paint_text(painter, r, key == CANCELLED, edge)

    def _lines(self, fm: QFontMetricsF, width: float) -> list[str]:
        """What the block says after its time, most useful first for the view's mode: who the
        meeting is with (the shown person is implied), then where / what."""
        mt, d = self.cal.meeting, self._data
        bens = fit_list([ben_forms(d, b) for b in mt.beneficiaries], fm, width)
        pros = fit_list([pro_forms(d, p) for p in mt.professionals], fm, width)
        site = fit(site_forms(d.site_name(mt.site)), fm, width)
        kind = d.type_label(mt.type)
        if self.mode == "beneficiary":
            return [kind, pros, site]
        if self.mode == "site":
            return [bens or kind, pros, kind]
        if self.mode == "professional" and len(mt.professionals) > 1:
            others = [p for p in mt.professionals if p != self.resource]
            with_ = fit_list([pro_forms(d, p) for p in others], fm, width - fm.horizontalAdvance("+ "))
            return [bens or kind, site, kind, f"+ {with_}"]
        return [bens or kind, site, kind]

    def _paint_text(self, painter: QPainter, r: QRectF, cancelled: bool, edge: float) -> None:
        font, fm, bold_font, bold_fm = _fonts(painter.font())
        line_h = fm.height()
        inner = r.adjusted(edge + 3, 1, -2, -1)
        width = inner.width()
        # The texts are measured and elided once per size and state: a week is painted several
        # times (shown, scrolled, hovered) and measuring is most of a block's paint (issue 13).
        key = (width, inner.height(), font.key(), self.cal, tuple(self.violations()), self._marker())
        cached = self._texts
        if cached is None or cached[0] != key:
            cached = self._texts = (key, self._layout_text(fm, bold_fm, inner))
        lines, badges, badge_text, badge_w, badge_row = cached[1]
        painter.setPen(QColor("#6b6b6b") if cancelled else QColor("#17202a"))
        y = inner.top()
        for i, text in enumerate(lines):
            if i == 0 and cancelled:
                struck = QFont(bold_font)
                struck.setStrikeOut(True)
                painter.setFont(struck)
            else:
                painter.setFont(bold_font if i == 0 else font)
            avail = width - (badge_w if i == badge_row else 0)
            painter.drawText(QRectF(inner.left(), y, avail, line_h),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
            y += line_h
        painter.setFont(font)
        if badges:
            box = QRectF(r.right() - badge_w - 1, inner.top() + badge_row * line_h, badge_w, line_h)
            painter.setBrush(QColor(255, 255, 255, 225))
            painter.setPen(BAD_COLOR if set(badges) & {MISSING_SIGN, WARNING_SIGN} else QColor("#333333"))
            painter.drawRoundedRect(box, 3, 3)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), badge_text)

    _texts: tuple[tuple[object, ...], tuple[list[str], list[str], str, float, int]] | None = None

    def _layout_text(self, fm: QFontMetricsF, bold_fm: QFontMetricsF, inner: QRectF
                     ) -> tuple[list[str], list[str], str, float, int]:
        """The block's elided lines, its badges and where they go."""
        mt = self.cal.meeting
        line_h = fm.height()
        width = inner.width()
        badges = []
        if self.violations():
            badges.append(WARNING_SIGN)
        if self._marker():
            badges.append(MISSING_SIGN)
        seats = self._collective()
        if seats is not None:
            badges.append(f"{seats[0]}/{seats[1]}")
        badge_text = " ".join(badges)
        badge_w = fm.horizontalAdvance(badge_text) + 6 if badges else 0.0
        max_lines = max(1, int((inner.height() + 1) // line_h))
        badge_row = max_lines - 1 if max_lines >= 3 else 0  # tall block: badges bottom right, time stays whole
        sign = STATUS_SIGNS[status_key(self.cal)]
        room = width - (badge_w if badge_row == 0 else 0)
        span, start = f"{format_hhmm(mt.start)}–{format_hhmm(mt.end)}", format_hhmm(mt.start)
        # narrow block: the start is what a planner reads first; the sign goes before the time does
        forms = [f"{sign} {span}", f"{sign} {start}", start] if sign else [span, start]
        head = next((f for f in forms if bold_fm.horizontalAdvance(f) <= room), start)
        lines = self._lines(fm, width)
        lines = [f"{head} {lines[0]}"] if max_lines == 1 else [head, *[x for x in lines if x][:max_lines - 1]]
        elided = [(bold_fm if i == 0 else fm).elidedText(
            text, Qt.TextElideMode.ElideRight, width - (badge_w if i == badge_row else 0))
            for i, text in enumerate(lines)]
        return elided, badges, badge_text, badge_w, badge_row


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

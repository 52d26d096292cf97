"""The month view: six weeks of days, each listing the first meetings of the shown people or site
(time and who) and how many more; hovering a day lists them all, clicking a day opens it."""

from __future__ import annotations

from datetime import date, timedelta
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from sosdesk.domain.timegrid import format_hhmm
from sosdesk.ui.calendar.card import (
    HoverCard,
    ben_forms,
    fill_color,
    fit_list,
)
from sosdesk.ui.calendar.layout import BENEFICIARY, PROFESSIONAL, PROFESSIONALS, SITE
from sosdesk.ui.calendar.scene import DAY_NAMES, scene_tr
from sosdesk.usecases.calendar_month import DayMeeting
from sosdesk.usecases.calendar_week import WeekData

HEAD = 26.0


def month_grid(month_first: date) -> list[date]:
    """The 42 days shown for a month: from the Monday on or before its first day."""
    start = month_first - timedelta(days=month_first.weekday())
    return [start + timedelta(days=i) for i in range(42)]


def shows(meeting: DayMeeting, mode: str, resources: tuple[str, ...]) -> bool:
    if mode in (PROFESSIONAL, PROFESSIONALS):
        return any(p in resources for p in meeting.professionals)
    if mode == BENEFICIARY:
        return any(b in resources for b in meeting.beneficiaries)
    if mode == SITE:
        return meeting.site in resources
    return True


class MonthView(QWidget):
    """Painted month grid; ``day_requested`` when a day is clicked (the page opens the day view)."""

    day_requested = Signal(object)   # date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("month_view")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.card = HoverCard(self)
        self.month = date(2026, 1, 1)
        self.today = date(2026, 1, 1)
        self.days: dict[date, list[DayMeeting]] = {}
        self.data: WeekData | None = None
        self.selected: date | None = None

    def set_month(self, month_first: date, meetings: dict[date, list[DayMeeting]], data: WeekData,
                  mode: str, resources: tuple[str, ...], today: date, selected: date | None = None) -> None:
        self.month, self.data, self.today, self.selected = month_first, data, today, selected
        self.days = {d: [mt for mt in items if shows(mt, mode, resources)] for d, items in meetings.items()}
        self.update()

    # -- geometry ----------------------------------------------------------------------------------
    def cell(self, d: date) -> QRectF:
        grid = month_grid(self.month)
        i = (d - grid[0]).days
        w, h = self.width() / 7, (self.height() - HEAD) / 6
        return QRectF((i % 7) * w, HEAD + (i // 7) * h, w, h)

    def day_at(self, pos: QPoint) -> date | None:
        if pos.y() < HEAD:
            return None
        w, h = self.width() / 7, (self.height() - HEAD) / 6
        col, row = int(pos.x() // w), int((pos.y() - HEAD) // h)
        if not (0 <= col < 7 and 0 <= row < 6):
            return None
        return month_grid(self.month)[row * 7 + col]

    # -- painting ------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#ffffff"))
        w = self.width() / 7
        p.fillRect(QRectF(0, 0, self.width(), HEAD), QColor("#f4f5f7"))
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(QColor("#37474f"))
        for i in range(7):
            p.drawText(QRectF(i * w, 0, w, HEAD), int(Qt.AlignmentFlag.AlignCenter), scene_tr(DAY_NAMES[i]))
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 1, 7.0))
        fm = QFontMetricsF(small)
        line = fm.height() + 2
        for d in month_grid(self.month):
            box = self.cell(d)
            inside = d.month == self.month.month
            if not inside:
                p.fillRect(box, QColor("#f7f8fa"))
            if d == self.today:
                p.fillRect(box, QColor(255, 244, 204, 140))
            if d == self.selected:
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.setPen(QPen(QColor("#1565c0"), 2))
                p.drawRect(box.adjusted(1, 1, -1, -1))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(QColor("#dde1e6"), 1))
            p.drawRect(box)
            p.setFont(bold if d == self.today else self.font())
            p.setPen(QColor("#1f2933") if inside else QColor("#9aa3ad"))
            p.drawText(box.adjusted(6, 3, -6, 0), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                       str(d.day) if d.day != 1 else f"1 {self._month_short(d.month)}")
            items = self.days.get(d, [])
            p.setFont(small)
            if items:
                p.setPen(QColor("#6b7785"))
                p.drawText(box.adjusted(6, 3, -6, 0), int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                           QCoreApplication.translate("MeetingCard", "{0} rdv").format(len(items)))
            room = int((box.height() - 24) // line)
            shown = items if len(items) <= room else items[:max(room - 1, 0)]
            y = box.top() + 22
            for mt in shown:
                self._chip(p, QRectF(box.left() + 4, y, box.width() - 8, line - 1), mt, fm)
                y += line
            if len(shown) < len(items):
                p.setPen(QColor("#37474f"))
                p.drawText(QRectF(box.left() + 6, y, box.width() - 10, line),
                           int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                           QCoreApplication.translate("MeetingCard", "+ {0} autres").format(len(items) - len(shown)))
        p.end()

    def _chip(self, p: QPainter, r: QRectF, mt: DayMeeting, fm: QFontMetricsF) -> None:
        assert self.data is not None
        base = QColor(self.data.colors.get(mt.type, "#888888"))
        key = "cancelled" if mt.status == "cancelled" else "no_show" if mt.no_show else mt.status
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(fill_color(base, key))
        p.drawRoundedRect(r, 2, 2)
        p.fillRect(QRectF(r.left(), r.top(), 3, r.height()), base)
        head = format_hhmm(mt.start) + " "
        who = fit_list([ben_forms(self.data, b) for b in mt.beneficiaries], fm,
                       r.width() - 8 - fm.horizontalAdvance(head)) or self.data.type_label(mt.type)
        p.setPen(QColor("#6b6b6b") if key == "cancelled" else QColor("#17202a"))
        p.drawText(r.adjusted(6, 0, -2, 0), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                   fm.elidedText(head + who, Qt.TextElideMode.ElideRight, r.width() - 8))

    def _month_short(self, month: int) -> str:
        return (QCoreApplication.translate("MeetingCard", "janv."), QCoreApplication.translate("MeetingCard", "févr."), QCoreApplication.translate("MeetingCard", "mars"), QCoreApplication.translate("MeetingCard", "avr."), QCoreApplication.translate("MeetingCard", "mai"), QCoreApplication.translate("MeetingCard", "juin"), QCoreApplication.translate("MeetingCard", "juil."),
                QCoreApplication.translate("MeetingCard", "août"), QCoreApplication.translate("MeetingCard", "sept."), QCoreApplication.translate("MeetingCard", "oct."), QCoreApplication.translate("MeetingCard", "nov."), QCoreApplication.translate("MeetingCard", "déc."))[month - 1]

    # -- mouse ----------------------------------------------------------------------------------------
    def day_card(self, d: date) -> str:
        """Every meeting of a day, for the hover card."""
        assert self.data is not None
        data = self.data
        rows = [f"<b>{d:%d/%m/%Y}</b>"]
        for mt in self.days.get(d, []):
            color = data.colors.get(mt.type, "#888888")
            who = ", ".join(data.ben_name(b) for b in mt.beneficiaries) or data.type_label(mt.type)
            pros = ", ".join(data.pro_name(x) for x in mt.professionals)
            rows.append(f"<span style='color:{color}'>\u25a0</span> {format_hhmm(mt.start)}–{format_hhmm(mt.end)} "
                        f"{escape(who, quote=False)} — {escape(pros, quote=False)} · "
                        f"{escape(data.site_name(mt.site), quote=False)}")
        if len(rows) == 1:
            rows.append(QCoreApplication.translate("MeetingCard", "Aucun rendez-vous"))
        return "<br/>".join(rows[:40]) + ("<br/>…" if len(rows) > 40 else "")

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        d = self.day_at(event.position().toPoint())
        if d is None or not self.days.get(d):
            self.card.leave()
        else:
            self.card.hover(d.isoformat(), self.day_card(d), event.globalPosition().toPoint())

    def leaveEvent(self, event: QEvent) -> None:
        self.card.leave()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.card.leave()
        d = self.day_at(event.position().toPoint())
        if d is not None and event.button() == Qt.MouseButton.LeftButton:
            self.day_requested.emit(d)


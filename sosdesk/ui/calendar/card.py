"""How a meeting reads in every calendar view: its status as a colour and a small sign, names that
fit the room they have, and the hover card (full names, site, type, status, attendance, proof).

Shared by the week grid, the resource timeline, the month and the agenda, so a meeting looks and
reads the same everywhere."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from html import escape as _escape

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetricsF, QGuiApplication
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from sosdesk.domain.timegrid import format_hhmm, week_dates
from sosdesk.usecases.calendar_week import CalMeeting, WeekData

# status key → (sign drawn in the block, legend colour); the fill itself comes from the type colour
PLANNED, HELD, NO_SHOW, CANCELLED = "planned", "held", "no_show", "cancelled"
STATUS_SIGNS = {PLANNED: "", HELD: "\u2713", NO_SHOW: "\u2717", CANCELLED: "\u2298"}
WARNING_SIGN, MISSING_SIGN = "\u26a0", "!"


def escape(text: str) -> str:
    return _escape(text, quote=False)


def tr(text: str) -> str:
    return QCoreApplication.translate("MeetingCard", text)


def status_key(cal: CalMeeting) -> str:
    if cal.status == "cancelled":
        return CANCELLED
    if cal.no_show():
        return NO_SHOW
    return HELD if cal.status == "held" else PLANNED


def status_label(key: str) -> str:
    return {PLANNED: QCoreApplication.translate("MeetingCard", "prévu"), HELD: QCoreApplication.translate("MeetingCard", "réalisé"), NO_SHOW: QCoreApplication.translate("MeetingCard", "absence"),
            CANCELLED: QCoreApplication.translate("MeetingCard", "annulé")}[key]


def attendance_label(code: str) -> str:
    return {"present": QCoreApplication.translate("MeetingCard", "présent(e)"), "absent_excused": QCoreApplication.translate("MeetingCard", "absent(e) excusé(e)"),
            "absent_unexcused": QCoreApplication.translate("MeetingCard", "absent(e) non excusé(e)")}.get(code, code)


def fill_color(base: QColor, key: str, proposal: bool = False) -> QColor:
    """Planned: a pale tint of the type colour; held: a stronger tint; cancelled: grey."""
    if key == CANCELLED:
        fill = QColor("#ececec")
    elif key == PLANNED:
        fill = _tint(base, 0.22)
    elif key == NO_SHOW:
        fill = _tint(base, 0.12)
    else:
        fill = _tint(base, 0.45)
    if proposal:
        fill.setAlpha(150)
    return fill


def _tint(color: QColor, amount: float) -> QColor:
    """``amount`` of the colour over white (0 = white, 1 = the colour)."""
    return QColor(int(255 - (255 - color.red()) * amount), int(255 - (255 - color.green()) * amount),
                  int(255 - (255 - color.blue()) * amount))


def name_forms(first: str, last: str, fallback: str) -> list[str]:
    """« Anne Martin », « Anne M. », « A.M. »: longest first (one pattern, so side-by-side columns
    read alike)."""
    first, last = first.strip(), last.strip()
    if not (first or last):
        return [fallback]
    forms = [f"{first} {last}".strip()]
    if first and last:
        forms += [f"{first} {last[0]}.", f"{first[0]}.{last[0]}."]
    return list(dict.fromkeys(forms))


def pro_forms(data: WeekData, pid: str) -> list[str]:
    p = data.problem.professionals.get(pid)
    return name_forms(p.first_name, p.last_name, pid) if p else [pid]


def ben_forms(data: WeekData, bid: str) -> list[str]:
    b = data.problem.beneficiaries.get(bid)
    return name_forms(b.first_name, b.last_name, bid) if b else [bid]


def site_forms(name: str) -> list[str]:
    """A site name and its shorter readings: the distinctive part after a dash (« Part-Dieu » for
    « Antenne Lyon 3 – Part-Dieu »), else its last word (« Lyon-Corbas »)."""
    forms = [name]
    for dash in (" – ", " - ", " — "):
        if dash in name:
            forms.append(name.split(dash, 1)[1].strip())
            break
    words = forms[-1].split()
    if len(words) > 1:
        forms.append(words[-1])
    return list(dict.fromkeys(f for f in forms if f))


def fit(forms: Sequence[str], fm: QFontMetricsF, width: float) -> str:
    """The longest form that fits ``width``; the shortest, elided, when none does."""
    for form in forms:
        if fm.horizontalAdvance(form) <= width:
            return form
    return fm.elidedText(forms[-1] if forms else "", Qt.TextElideMode.ElideRight, width)


def fit_list(forms: Sequence[Sequence[str]], fm: QFontMetricsF, width: float) -> str:
    """Several people on one line: full names if all fit, then shorter forms for all of them."""
    if not forms:
        return ""
    depth = max(len(f) for f in forms)
    for level in range(depth):
        text = ", ".join(f[min(level, len(f) - 1)] for f in forms)
        if fm.horizontalAdvance(text) <= width:
            return text
    text = " ".join(f[-1] for f in forms)
    return fm.elidedText(text, Qt.TextElideMode.ElideRight, width)


def _weekday(day: int) -> str:
    return (QCoreApplication.translate("MeetingCard", "lundi"), QCoreApplication.translate("MeetingCard", "mardi"),
            QCoreApplication.translate("MeetingCard", "mercredi"), QCoreApplication.translate("MeetingCard", "jeudi"),
            QCoreApplication.translate("MeetingCard", "vendredi"), QCoreApplication.translate("MeetingCard", "samedi"),
            QCoreApplication.translate("MeetingCard", "dimanche"))[day - 1]


def card_html(cal: CalMeeting, data: WeekData, now: datetime, violations: Sequence[str] = ()) -> str:
    """The hover card: what a planner wants to know about a meeting without opening it."""
    mt = cal.meeting
    day = week_dates(data.week)[mt.day - 1]
    key = status_key(cal)
    color = data.colors.get(mt.type, "#888888")
    site_h = escape(QCoreApplication.translate("MeetingCard", "Site"))
    pros_h = escape(QCoreApplication.translate("MeetingCard", "Professionnels"))
    fixed = " · " + escape(QCoreApplication.translate("MeetingCard", "fixe")) if mt.fixed else ""
    pros = escape(", ".join(data.pro_name(p) for p in mt.professionals) or "—")
    rows = [
        f"<div style='font-size:11pt'><b>{escape(data.type_label(mt.type))}</b></div>",
        f"<div>{escape(_weekday(mt.day))} {day:%d/%m/%Y} · {format_hhmm(mt.start)}–{format_hhmm(mt.end)}</div>",
        f"<div><span style='color:{color}'>\u25a0</span> {STATUS_SIGNS[key]} {escape(status_label(key))}{fixed}</div>",
        "<hr/>",
        f"<div><b>{site_h}</b> : {escape(data.site_name(mt.site))}</div>",
        f"<div><b>{pros_h}</b> : {pros}</div>",
    ]
    if mt.beneficiaries:
        people = []
        for b in mt.beneficiaries:
            state = cal.attendance.get(b)
            people.append(escape(data.ben_name(b)) + (f" <i>({escape(attendance_label(state))})</i>" if state else ""))
        bens_h = escape(QCoreApplication.translate("MeetingCard", "Bénéficiaires"))
        rows.append(f"<div><b>{bens_h}</b> : " + ", ".join(people) + "</div>")
    t = data.problem.meeting_types.get(mt.type)
    if t is not None and t.kind == "collective":
        seats_h = escape(QCoreApplication.translate("MeetingCard", "Places"))
        rows.append(f"<div>{seats_h} : {len(mt.beneficiaries)} / {t.max_participants}</div>")
    if cal.status == "held":
        proof = (QCoreApplication.translate("MeetingCard", "feuille signée jointe") if cal.proof
                 else QCoreApplication.translate("MeetingCard", "justificatif manquant"))
        proof_h = escape(QCoreApplication.translate("MeetingCard", "Justificatif"))
        rows.append(f"<div><b>{proof_h}</b> : {escape(proof)}</div>")
    if cal.attendance_missing(now):
        missing = escape(QCoreApplication.translate("MeetingCard", "Présences à saisir"))
        rows.append(f"<div style='color:#b71c1c'>{MISSING_SIGN} {missing}</div>")
    if cal.note:
        rows.append(f"<div><i>{escape(cal.note)}</i></div>")
    if violations:
        broken = escape(QCoreApplication.translate("MeetingCard", "Règles non respectées :"))
        rows.append(f"<div style='color:#b71c1c'><b>{WARNING_SIGN} {broken}</b></div>")
        rows += [f"<div style='color:#b71c1c'>• {escape(v)}</div>" for v in violations]
    return "<div style='white-space:pre-wrap'>" + "".join(rows) + "</div>"


class HoverCard(QFrame):
    """A tool-tip-like card that follows the mouse over meetings (shown after a short rest)."""

    DELAY_MS = 350

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("meeting_card")
        self.setStyleSheet("#meeting_card { background: #ffffff; border: 1px solid #b0b7c3; border-radius: 6px; }")
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setMaximumWidth(380)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 8, 10, 8)
        lay.addWidget(self.label)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_now)
        self._pending: tuple[str, QPoint] | None = None
        self.key = ""   # what the card is about (a meeting id), so moving within it does not restart

    def text(self) -> str:
        return self.label.text()

    def hover(self, key: str, html: str, global_pos: QPoint) -> None:
        """The mouse rests on ``key``: show its card soon (at once if a card is already up)."""
        if key == self.key and (self.isVisible() or self._timer.isActive()):
            return
        self.key = key
        self._pending = (html, global_pos)
        if self.isVisible():
            self._show_now()
        else:
            self._timer.start(self.DELAY_MS)

    def leave(self) -> None:
        self._timer.stop()
        self._pending = None
        self.key = ""
        self.hide()

    def _show_now(self) -> None:
        if self._pending is None:
            return
        html, pos = self._pending
        self.label.setText(html)
        self.adjustSize()
        screen = QGuiApplication.screenAt(pos) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else None
        x, y = pos.x() + 16, pos.y() + 18
        if area is not None:
            if x + self.width() > area.right():
                x = pos.x() - self.width() - 8
            if y + self.height() > area.bottom():
                y = pos.y() - self.height() - 8
        self.move(x, y)
        self.show()

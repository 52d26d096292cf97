"""The calendar's colour legend: one swatch per meeting type (its French name) and the status signs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from sosdesk.ui.calendar.card import (
    CANCELLED,
    HELD,
    MISSING_SIGN,
    NO_SHOW,
    PLANNED,
    STATUS_SIGNS,
    WARNING_SIGN,
    fill_color,
    status_label,
)
from sosdesk.usecases.calendar_week import WeekData


class Legend(QLabel):
    """Types (colours) then statuses (signs): what a block's look means, always in view. Rich text
    that wraps, so a narrow window keeps it whole on two lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar_legend")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setStyleSheet("#calendar_legend { color: #37474f; padding: 3px 8px; background: #fafbfc;"
                           " border-top: 1px solid #e1e4e8; }")
        self.labels: list[str] = []

    def set_types(self, data: WeekData) -> None:
        types = sorted(data.problem.meeting_types.values(), key=lambda t: data.type_label(t.id))
        parts: list[str] = []
        self.labels = []

        def entry(swatch: str, text: str) -> None:
            self.labels.append(text)
            parts.append(f"<span style='white-space:nowrap'>{swatch}&nbsp;{text}</span>")

        for t in types:
            color = QColor(data.colors.get(t.id, "#888888"))
            entry(self._swatch(fill_color(color, HELD), color), data.type_label(t.id))
        sample = QColor(data.colors.get(types[0].id, "#4e79a7") if types else "#4e79a7")
        sep = "&nbsp;&nbsp;<span style='color:#c0c6cc'>|</span>&nbsp;&nbsp;"
        parts.append(sep)
        for status in (PLANNED, HELD, NO_SHOW, CANCELLED):
            sign = STATUS_SIGNS[status]
            edge = QColor("#9e9e9e") if status == CANCELLED else sample
            entry(self._swatch(fill_color(sample, status), edge, dashed=status == NO_SHOW),
                  (f"{sign}&nbsp;" if sign else "") + status_label(status))
        parts.append(sep)
        entry("", f"<span style='color:#c62828'>{WARNING_SIGN}</span> " + self.tr("règle non respectée"))
        entry("", f"<span style='color:#c62828'>{MISSING_SIGN}</span> " + self.tr("présences ou justificatif à saisir"))
        entry("", self.tr("bord épais : fixe"))
        self.setText("&nbsp;&nbsp; ".join(parts))

    @staticmethod
    def _swatch(fill: QColor, edge: QColor, dashed: bool = False) -> str:
        style = "dashed" if dashed else "solid"
        return (f"<span style='background:{fill.name()}; border-left: 3px solid {edge.name()};"
                f" border: 1px {style} {edge.name()}'>&nbsp;&nbsp;&nbsp;&nbsp;</span>")

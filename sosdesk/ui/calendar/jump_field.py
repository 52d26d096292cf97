"""« Aller à… »: a date or an ISO week typed in the toolbar, then Entrée."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from sosdesk.domain.timegrid import parse_week, week_of


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


class JumpField(QLineEdit):
    week_chosen = Signal(str)
    refused = Signal(str)       # French message

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(QCoreApplication.translate("PlanningPage", "Aller à… (24/11/2026)"))
        self.setMaximumWidth(150)
        self.setToolTip(QCoreApplication.translate(
            "PlanningPage", "Une date (24/11/2026) ou une semaine (2026-W48), puis Entrée"))
        self.returnPressed.connect(self._go)

    def _go(self) -> None:
        try:
            week = parse_jump(self.text())
        except ValueError as exc:
            self.refused.emit(str(exc))
            return
        self.week_chosen.emit(week)

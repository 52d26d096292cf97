"""Tests that meet a modal message box: read its text, then close it."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


def read_next_message_box(shown: list[str]) -> None:
    """Once the event loop runs, the next modal message box's text goes to ``shown`` and the box is
    accepted (call it just before the action that opens the box)."""

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, close_box)

    QTimer.singleShot(0, close_box)

"""The Planning page's message line: green for a done edit, red for a refusal; hides itself."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

ERROR_MS, INFO_MS = 8000, 3000


class Banner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setVisible(False)
        self._timer = QTimer(self)   # owned by the banner: never fires after it is gone
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self.setVisible(False))

    def say(self, text: str, error: bool = False) -> None:
        self.setText(text)
        self.setStyleSheet("QLabel { background: %s; color: %s; padding: 4px 8px; }" % (
            ("#fdecea", "#8a1c1c") if error else ("#e8f4ea", "#1d5e2b")))
        self.setVisible(True)
        self._timer.start(ERROR_MS if error else INFO_MS)

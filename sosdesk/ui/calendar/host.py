"""What the planning page's helpers (edits, outputs) need from the page: a narrow interface, so
neither imports the page that builds them (no import loop page ↔ edits ↔ outputs)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Protocol

from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QDialog

from sosdesk.domain import model as dm
from sosdesk.store import Store
from sosdesk.ui.bus import ChangeBus
from sosdesk.ui.calendar.scene import WeekScene
from sosdesk.usecases.calendar_week import WeekData


class DayOutputs(Protocol):
    """The page's document actions the edits use (day sheets)."""

    scan_action: QAction

    def attach_scan(self, day: int | None = None) -> str | None: ...

    def print_sheet(self, day: int | None = None) -> Path | None: ...


class PageHost(Protocol):
    """The planning page as its edits and outputs see it."""

    store: Store
    bus: ChangeBus
    data: WeekData
    week: str
    mode: str
    resources: tuple[str, ...]
    undo_stack: QUndoStack
    confirm: Callable[[str], bool]
    run_dialog: Callable[[QDialog], bool]
    ask_save: Callable[[str, str, str], str | None]
    ask_open: Callable[[str, str], str | None]
    open_file: Callable[[Path], None]
    pick_item: Callable[[str, str, list[str]], str | None]
    now: Callable[[], datetime]

    @property
    def outputs(self) -> DayOutputs: ...

    def show_message(self, text: str, error: bool = False) -> None: ...

    def selected_ids(self) -> list[str]: ...

    def view_shows(self, meeting: dm.Meeting, resource: str) -> bool: ...

    def scene(self) -> WeekScene: ...

    def today(self) -> date: ...

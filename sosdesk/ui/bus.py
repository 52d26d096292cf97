"""Signals that decouple pages: an edit announces what changed; a page asks to show something."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ChangeBus(QObject):
    """One per window. Pages emit after an operation and refresh from the ``Changes`` it carries."""

    changed = Signal(object)           # sosdesk.store.changes.Changes
    show_beneficiary = Signal(str)     # open the planning view on this beneficiary's calendar
    show_professional = Signal(str)
    show_meeting = Signal(str)         # jump to the meeting's week and select it
    show_week = Signal(str)            # "2026-W48"
    status_message = Signal(str)       # a short message for the status bar
    open_target = Signal(object)       # sosdesk.usecases.targets.Target: open a page on a row

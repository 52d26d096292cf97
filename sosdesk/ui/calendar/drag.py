"""Drag gestures of the week view as plain steps (begin → drag_to → drop), checked live against the
hard rules (``WeekIndex.check_candidate``); the view's mouse and key handlers call these."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QRectF

from sosdesk.domain import model as dm
from sosdesk.ui.calendar.items import MeetingItem
from sosdesk.ui.calendar.layout import PROFESSIONALS, SLOT, Column
from sosdesk.ui.calendar.scene import WeekScene

MOVE, RESIZE, CREATE = "move", "resize", "create"


@dataclass
class DragResult:
    """What a drop asks for: the candidates (new places or new meetings) and whether it is allowed."""

    kind: str
    copy: bool
    candidates: list[dm.Meeting]
    messages: list[str] = field(default_factory=list)
    column: Column | None = None

    @property
    def ok(self) -> bool:
        return bool(self.candidates) and not self.messages


class DragController:
    """One gesture at a time over a WeekScene; updates the ghost and the rule message it shows."""

    def __init__(self, scene: WeekScene) -> None:
        self.scene = scene
        self.kind: str | None = None
        self.copy = False
        self._anchor: Column | None = None
        self._anchor_minute = 0
        self._originals: list[tuple[dm.Meeting, str]] = []
        self._copy_ids: list[str] = []
        self.result: DragResult | None = None

    @property
    def active(self) -> bool:
        return self.kind is not None

    def begin_move(self, items: list[MeetingItem], column: Column, minute: int, copy: bool = False) -> None:
        self.kind, self.copy = MOVE, copy
        self._anchor, self._anchor_minute = column, minute
        seen: set[str] = set()
        self._originals = []
        for it in items:
            if it.meeting_id not in seen and it.cal.status != "cancelled":
                seen.add(it.meeting_id)
                self._originals.append((it.cal.meeting, it.resource))
        self._copy_ids = [str(uuid.uuid4()) for _ in self._originals]
        self.result = None

    def begin_resize(self, item: MeetingItem) -> None:
        self.kind, self.copy = RESIZE, False
        self._originals = [(item.cal.meeting, item.resource)]
        self._anchor = self.scene.layout.columns[int(item.data(0))]
        self.result = None

    def begin_create(self, column: Column, minute: int) -> None:
        self.kind, self.copy = CREATE, False
        self._anchor, self._anchor_minute = column, minute
        self._originals = []
        self.result = None

    # -- candidates ------------------------------------------------------------------------------
    def _moved(self, column: Column, minute: int) -> list[dm.Meeting]:
        assert self._anchor is not None
        dday = column.day - self._anchor.day
        dmin = minute - self._anchor_minute
        reassign = (self.scene.spec.mode == PROFESSIONALS and column.resource != self._anchor.resource)
        out = []
        for i, (mt, resource) in enumerate(self._originals):
            pros = mt.professionals
            if reassign and resource == self._anchor.resource and column.resource not in pros:
                pros = tuple(column.resource if p == resource else p for p in pros)
            cand = replace(mt, day=mt.day + dday, start=mt.start + dmin, professionals=pros)
            if self.copy:
                cand = replace(cand, id=self._copy_ids[i], fixed=False, status="planned")
            out.append(cand)
        return out

    def drag_to(self, column: Column | None, minute: int) -> DragResult:
        """Move the gesture to (column, minute) — a slot start for move/create, a snapped line for
        resize — check the candidates and redraw the ghost."""
        if column is None:
            column = self._anchor
        assert column is not None and self.kind is not None
        messages: list[str] = []
        if self.kind == CREATE:
            start = min(self._anchor_minute, minute)
            end = max(self._anchor_minute, minute) + SLOT
            cands = [dm.Meeting("", "", self._anchor.day if self._anchor else column.day, start, end - start, "")]
            column = self._anchor or column
        elif self.kind == RESIZE:
            mt, _ = self._originals[0]
            end = max(mt.start + SLOT, minute)
            cands = [replace(mt, minutes=end - mt.start)]
        else:
            cands = self._moved(column, minute)
        for c in cands:
            if message := dm.outside_week(c):
                messages.append(message)
        if not messages and self.kind != CREATE:
            ignore = () if self.copy else tuple(mt.id for mt, _ in self._originals)
            for c in cands:
                messages += [v.message for v in self.scene.data.index.check_candidate(c, ignore=ignore)]
        messages = list(dict.fromkeys(messages))
        self.result = DragResult(self.kind, self.copy, cands, messages, column)
        self._show(cands, column, not messages)
        return self.result

    def _show(self, cands: list[dm.Meeting], column: Column, ok: bool) -> None:
        lay = self.scene.layout
        rects: list[QRectF] = []
        for c in cands:
            cols = [col for col in lay.columns if col.day == c.day and (
                self.kind == CREATE or self.scene.spec.shows(c, col.resource))]
            if self.kind == CREATE or not cols:
                cols = [column] if self.kind == CREATE or c.day == column.day else cols
            for col in cols:
                rects.append(QRectF(*lay.rect(col, c.start, c.minutes)))
        self.scene.ghost.set_rects(rects, ok)
        self.scene.ghost.setVisible(bool(rects))

    def drop(self) -> DragResult | None:
        """End the gesture; the caller performs the edit when ``result.ok``."""
        result = self.result
        self.cancel()
        return result

    def cancel(self) -> None:
        self.kind = None
        self._originals = []
        self.result = None
        self.scene.ghost.setVisible(False)
        self.scene.message.setVisible(False)

"""The week view widget: mouse gestures (create, move, Ctrl-copy, resize, rubber band), keyboard
(arrows select, Alt+arrows move, Enter opens, Delete cancels) and the fixed day header."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from sosdesk.ui.calendar.card import HoverCard, fit
from sosdesk.ui.calendar.drag import CREATE, DragController, DragResult
from sosdesk.ui.calendar.items import MeetingItem
from sosdesk.ui.calendar.layout import GUTTER, HEADER, SLOT
from sosdesk.ui.calendar.scene import WeekScene

DRAG_THRESHOLD = 4


class WeekView(QGraphicsView):
    """Turns gestures into requests; the page performs the edits (and undo)."""

    drop_requested = Signal(object)        # DragResult (move / copy / resize), rule-checked
    create_requested = Signal(object)      # DragResult of kind CREATE (day, start, minutes, column)
    refused = Signal(str)                  # French explanation of a refused drop
    open_requested = Signal(str)           # meeting id (double-click, Enter)
    cancel_requested = Signal(list)        # meeting ids (Delete)
    context_requested = Signal(str, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        # The grid and shading only change with the scene: cache them (keeps drag repaints cheap).
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.controller: DragController | None = None
        self._press: QPointF | None = None
        self._press_item: MeetingItem | None = None
        self._ctrl_click = False
        self._started = False
        self.card = HoverCard(self)

    def week_scene(self) -> WeekScene:
        scene = self.scene()
        assert isinstance(scene, WeekScene)
        return scene

    def set_week_scene(self, scene: WeekScene) -> None:
        self.setScene(scene)
        self.resetCachedContent()
        self.controller = DragController(scene)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if isinstance(self.scene(), WeekScene):
            size = self.maximumViewportSize()  # without scroll bars: the scene decides if it needs one
            self.week_scene().relayout(size.width(), size.height())

    # -- header and hours gutter (they stay put while the grid scrolls) -------------------------
    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        scene = self.scene()
        if not isinstance(scene, WeekScene):
            return
        corner = self.mapToScene(QPoint(0, 0))
        top, left = corner.y(), corner.x()
        lay = scene.layout
        # hours gutter
        painter.fillRect(QRectF(left, top, GUTTER, self.viewport().height()), QColor("#f7f8fa"))
        painter.setPen(QPen(QColor("#c9ced6"), 1))
        painter.drawLine(QPointF(left + GUTTER, top), QPointF(left + GUTTER, top + self.viewport().height()))
        painter.setPen(QColor("#5f6b7a"))
        for minute in range(lay.first, lay.last, 60):
            y = lay.y_of(minute)
            painter.drawText(QRectF(left + 2, y - 1, GUTTER - 8, 16),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), f"{minute // 60:02d}:00")
        band = QRectF(left, top, max(lay.width, self.viewport().width()), HEADER)
        painter.fillRect(band, QColor("#f4f5f7"))
        painter.save()
        painter.setClipRect(QRectF(left + GUTTER, top, self.viewport().width(), HEADER))
        for r, text, today in scene.header_labels():
            box = r.translated(0, top)
            if today:
                painter.fillRect(box, QColor("#ffe9a8"))
            painter.setPen(QPen(QColor("#bbbbbb"), 1))
            painter.drawLine(box.bottomLeft(), box.bottomRight())
            painter.drawLine(box.topLeft(), box.bottomLeft())
            painter.setPen(QColor("#222222"))
            font = painter.font()
            font.setBold(today or (r.height() >= HEADER / 2 and r.top() == 0))
            painter.setFont(font)
            forms = scene.label_forms.get(text, [text])
            painter.drawText(box.adjusted(2, 0, -2, 0), int(Qt.AlignmentFlag.AlignCenter),
                             fit(forms, QFontMetricsF(font), box.width() - 6))
        painter.restore()
        painter.fillRect(QRectF(left, top, GUTTER, HEADER), QColor("#f4f5f7"))

    # -- hover card ------------------------------------------------------------------------------
    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            return True  # meetings show their own card (see mouseMoveEvent)
        if event.type() == QEvent.Type.Leave:
            self.card.leave()
        return super().viewportEvent(event)

    def _hover(self, event: QMouseEvent) -> None:
        if event.buttons() != Qt.MouseButton.NoButton:
            self.card.leave()
            return
        item = self._meeting_at(event.position().toPoint())
        if item is None:
            self.card.leave()
        else:
            self.card.hover(item.meeting_id, item.card(), event.globalPosition().toPoint())

    # -- mouse ---------------------------------------------------------------------------------
    def _meeting_at(self, pos: QPoint) -> MeetingItem | None:
        for it in self.items(pos):
            if isinstance(it, MeetingItem) and not it.proposal:
                return it
        return None

    def _cell(self, scene_pos: QPointF) -> tuple[object, int]:
        lay = self.week_scene().layout
        return lay.column_at(scene_pos.x()), lay.slot_at(scene_pos.y())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus()
        if event.button() != Qt.MouseButton.LeftButton or self.controller is None:
            super().mousePressEvent(event)
            return
        scene = self.week_scene()
        pos = self.mapToScene(event.position().toPoint())
        item = self._meeting_at(event.position().toPoint())
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        self._press, self._press_item, self._started, self._ctrl_click = pos, item, False, False
        if item is not None:
            if ctrl:
                self._ctrl_click = True
            elif not item.isSelected():
                scene.clearSelection()
                item.setSelected(True)
            col = scene.layout.columns[int(item.data(0))]
            if not ctrl and item.on_resize_edge(pos):
                self.controller.begin_resize(item)
            else:
                items = scene.selected_meetings()
                if item not in items:
                    items = [*items, item]
                self.controller.begin_move(items, col, scene.layout.slot_at(pos.y()), copy=ctrl)
            event.accept()
            return
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            super().mousePressEvent(event)
            return
        scene.clearSelection()
        column, minute = self._cell(pos)
        if column is not None and pos.y() > HEADER:
            self.controller.begin_create(column, minute)  # type: ignore[arg-type]
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        c = self.controller
        self._hover(event)
        if c is None or not c.active or self._press is None:
            super().mouseMoveEvent(event)
            return
        pos = self.mapToScene(event.position().toPoint())
        if not self._started and (pos - self._press).manhattanLength() < DRAG_THRESHOLD:
            return
        self._started = True
        self.drag_to_scene(pos)

    def drag_to_scene(self, pos: QPointF) -> DragResult:
        """One live step of the gesture at a scene position (ghost + rule message)."""
        assert self.controller is not None
        scene = self.week_scene()
        column, slot = self._cell(pos)
        minute = scene.layout.minute_at(pos.y()) if self.controller.kind == "resize" else slot
        result = self.controller.drag_to(column, minute)  # type: ignore[arg-type]
        msg = "\n".join(result.messages[:3])
        scene.message.set_text(msg, self.font())
        scene.message.setPos(pos + QPointF(14, 10))
        return result

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.dragMode() == QGraphicsView.DragMode.RubberBandDrag:
            super().mouseReleaseEvent(event)
            self.setDragMode(QGraphicsView.DragMode.NoDrag)
            return
        c = self.controller
        if c is None or not c.active:
            super().mouseReleaseEvent(event)
            return
        if not self._started:
            kind = c.kind
            c.cancel()
            if self._ctrl_click and self._press_item is not None:
                self._press_item.setSelected(not self._press_item.isSelected())
            elif kind == CREATE:
                pass
            self._press = None
            return
        self._press = None
        self.finish(c.drop())

    def finish(self, result: DragResult | None) -> None:
        """Hand a finished gesture to the page, or explain the refusal."""
        if result is None:
            return
        if result.kind == CREATE:
            self.create_requested.emit(result)
        elif result.messages:
            self.refused.emit("\n".join(result.messages))
        elif result.ok:
            self.drop_requested.emit(result)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self._meeting_at(event.position().toPoint())
        if self.controller is not None:
            self.controller.cancel()
        if item is not None:
            self.open_requested.emit(item.meeting_id)
            return
        pos = self.mapToScene(event.position().toPoint())
        column, minute = self._cell(pos)
        if column is not None and pos.y() > HEADER and self.controller is not None:
            self.controller.begin_create(column, minute)  # type: ignore[arg-type]
            self.finish(self.controller.drag_to(column, minute))  # type: ignore[arg-type]
            self.controller.cancel()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        item = self._meeting_at(event.pos())
        if item is not None:
            if not item.isSelected():
                self.week_scene().clearSelection()
                item.setSelected(True)
            self.context_requested.emit(item.meeting_id, event.globalPos())

    # -- keyboard ------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        scene = self.scene()
        if not isinstance(scene, WeekScene):
            super().keyPressEvent(event)
            return
        selected = scene.selected_meetings()
        arrows: dict[int, tuple[int, int]] = {Qt.Key.Key_Up: (0, -SLOT), Qt.Key.Key_Down: (0, SLOT),
                  Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0)}
        if key == Qt.Key.Key_Escape and self.controller is not None and self.controller.active:
            self.controller.cancel()
            self._press = None
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and selected:
            self.cancel_requested.emit(sorted({it.meeting_id for it in selected}))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and selected:
            self.open_requested.emit(selected[0].meeting_id)
        elif key in arrows and mods & Qt.KeyboardModifier.AltModifier and selected:
            self.nudge(*arrows[key])
        elif key in arrows:
            self.move_selection(*arrows[key])
        else:
            super().keyPressEvent(event)

    def nudge(self, days: int, minutes: int) -> DragResult | None:
        """Alt+arrow: move the selection by one slot or one day, with the same rule checks as a drag."""
        scene = self.week_scene()
        selected = scene.selected_meetings()
        if not selected or self.controller is None:
            return None
        first = selected[0]
        col = scene.layout.columns[int(first.data(0))]
        target = scene.layout.column_of(col.day + days, col.resource) if days else col
        self.controller.begin_move(selected, col, first.cal.meeting.start)
        if target is None:
            result = DragResult("move", False, [], ["Un rendez-vous reste dans la semaine affichée."])
        else:
            result = self.controller.drag_to(target, first.cal.meeting.start + minutes)
        self.controller.cancel()
        self.finish(result)
        return result

    def move_selection(self, days: int, minutes: int) -> None:
        """Arrows: select the next meeting below/above in the column, or the nearest one beside it."""
        scene = self.week_scene()
        items = [it for its in scene.items_by_id.values() for it in its if it.cal.status != "cancelled"]
        if not items:
            return
        selected = scene.selected_meetings()
        if not selected:
            pick = min(items, key=lambda it: (int(it.data(0)), it.cal.meeting.start))
        else:
            cur = selected[0]
            ci, start = int(cur.data(0)), cur.cal.meeting.start
            if minutes:
                same = [it for it in items if int(it.data(0)) == ci and it is not cur]
                after = [it for it in same if (it.cal.meeting.start - start) * minutes > 0]
                if not after:
                    return
                pick = min(after, key=lambda it: abs(it.cal.meeting.start - start))
            else:
                side = [it for it in items if (int(it.data(0)) - ci) * days > 0]
                if not side:
                    return
                pick = min(side, key=lambda it: (abs(int(it.data(0)) - ci), abs(it.cal.meeting.start - start)))
        scene.clearSelection()
        pick.setSelected(True)
        self.ensureVisible(pick)

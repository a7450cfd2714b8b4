"""The view on the map: zoom (wheel, Ctrl+= / Ctrl+-), pan, fit, arrow keys.

Dragging is kept cheap on large maps: when a drag of persons starts, the
view paints everything that does not move once into a pixmap, hides it and
draws the pixmap as its background; each frame then paints only the moving
persons and their ties. Releasing the mouse shows the scene again.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QGraphicsView

from legato_desk.ui import theme
from legato_desk.ui.map.items import CROWDED_ZOOM, FINE_ZOOM

MIN_ZOOM, MAX_ZOOM = 0.15, 6.0


class MapView(QGraphicsView):
    nudge_requested = Signal(int, int)    # arrow key with persons selected: dx, dy steps
    delete_requested = Signal()

    def __init__(self, scene, parent=None):
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Relationship map canvas"))
        self.setAccessibleDescription(self.tr(
            "The social system around the index client. Use the list of persons "
            "beside the map to select persons with the keyboard."))
        self._pan_from: QPoint | None = None
        self._frozen = None        # pixmap of what does not move during a drag
        self.auto_fit = True       # keep the whole map in view until the person zooms
        self.stamp = ""            # "read-only" notice painted over the canvas
        self._hidden: list = []

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        self.auto_fit = False
        target = min(MAX_ZOOM, max(MIN_ZOOM, self.zoom() * factor))
        factor = target / self.zoom()
        if abs(factor - 1) > 1e-6:
            self.scale(factor, factor)

    def fit(self) -> None:
        """Show the whole map (Ctrl+0); it then stays fitted as the window resizes."""
        self.auto_fit = True
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.auto_fit:
            self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.auto_fit:
            self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def wheelEvent(self, event) -> None:
        delta = event.angleDelta().y()
        if delta:
            self.zoom_by(1.0015 ** delta)
        event.accept()

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)
        moving = getattr(self.scene(), "_press", None)
        if event.button() == Qt.MouseButton.LeftButton and moving:
            self.freeze(moving)

    def mouseMoveEvent(self, event) -> None:
        if self._pan_from is not None:
            self.auto_fit = False
            pos = event.position().toPoint()
            delta = pos - self._pan_from
            self._pan_from = pos
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._pan_from is not None and event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        self.thaw()
        super().mouseReleaseEvent(event)

    # -- the frozen background of a drag ------------------------------------------

    def freeze(self, person_ids) -> None:
        scene = self.scene()
        moving = {id(scene.persons[pid]) for pid in person_ids if pid in scene.persons}
        if not moving or len(scene.persons) < 40:
            return  # small maps repaint fast enough as they are
        keep = set(moving)
        for pid in person_ids:
            for tie in scene.persons[pid].ties:
                keep.add(id(tie))
        top = [item for item in scene.items() if item.parentItem() is None]
        # Transparent, not hidden: hiding the pressed item would end the drag.
        shown = [(item, item.opacity()) for item in top if id(item) in keep]
        for item, _ in shown:
            item.setOpacity(0.0)
        self._frozen = self.viewport().grab()
        for item, opacity in shown:
            item.setOpacity(opacity)
        self._hidden = [item for item in top if id(item) not in keep and item.isVisible()]
        for item in self._hidden:
            item.setVisible(False)
        self.resetCachedContent()
        self._frozen_at = (self.transform(), self.horizontalScrollBar().value(),
                           self.verticalScrollBar().value())

    def thaw(self) -> None:
        if self._frozen is None:
            return
        self._frozen = None
        for item in self._hidden:
            item.setVisible(True)
        self._hidden = []
        self.resetCachedContent()
        self.viewport().update()

    def set_stamp(self, text: str) -> None:
        if text != self.stamp:
            self.stamp = text
            self.viewport().update()

    # -- what is painted over the map: the focus frame and the read-only stamp ------------

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        if self.hasFocus() or self.stamp:
            self.viewport().update()  # scrolling blits: the frame and stamp would move

    def paintEvent(self, event) -> None:
        zoom = self.zoom()
        if zoom >= CROWDED_ZOOM:  # crowded labels show from here: give them their side
            self.scene().resolve_labels()
        self.scene().set_fine_ties(zoom >= FINE_ZOOM)
        super().paintEvent(event)
        self.scene().cache_drawn()

    def drawForeground(self, painter, rect) -> None:
        if self.hasFocus():
            # The canvas has no cursor of its own: a frame shows where the keys go.
            painter.save()
            painter.resetTransform()
            palette = self.palette()
            frame = theme.legible(palette.color(QPalette.ColorRole.Highlight),
                                  palette.color(QPalette.ColorRole.Window), theme.MARK_CONTRAST)
            painter.setPen(QPen(frame, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.viewport().rect().adjusted(1, 1, -2, -2))
            painter.restore()
        if not self.stamp:
            return
        painter.save()
        painter.resetTransform()
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        box = metrics.boundingRect(self.stamp).adjusted(-8, -4, 8, 4)
        box.moveTopLeft(QPoint(10, 10))
        painter.setPen(self.palette().color(QPalette.ColorRole.Highlight))
        fill = self.palette().color(QPalette.ColorRole.Base)
        fill.setAlpha(225)
        painter.setBrush(fill)
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))  # highlight text read 3.6:1
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.stamp)
        painter.restore()

    def drawBackground(self, painter, rect) -> None:
        if self._frozen is not None and self._frozen_at == (
                self.transform(), self.horizontalScrollBar().value(),
                self.verticalScrollBar().value()):
            painter.save()
            painter.resetTransform()
            painter.drawPixmap(0, 0, self._frozen)
            painter.restore()
            return
        if self._frozen is not None:  # scrolled or zoomed mid-drag: show all again
            self.thaw()
        super().drawBackground(painter, rect)

    def keyPressEvent(self, event) -> None:
        steps = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
                 Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if event.key() in steps and self.scene().selected_person_ids():
            dx, dy = steps[event.key()]
            big = 4 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
            self.nudge_requested.emit(dx * big, dy * big)
            event.accept()
            return
        super().keyPressEvent(event)

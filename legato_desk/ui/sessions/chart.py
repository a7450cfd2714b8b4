"""The progress chart: rating per task per session over time, drawn with QPainter.

The series come from ``model.progress.progress_series``; this widget only
maps them to pixels. Grounding essentials are drawn dashed, tasks solid.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from legato_desk.model.progress import ProgressPoint, time_span
from legato_desk.model.session import RATING_MAX, RATING_MIN, Task, TaskGroup
from legato_desk.ui import theme
from legato_desk.ui.sessions.labels import TASK_COLOURS, task_short

LEGEND_W = 150


class ProgressChart(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.series: dict[Task, list[ProgressPoint]] = {}
        self._dots: list[tuple[QPointF, Task, ProgressPoint]] = []
        self.setMouseTracking(True)
        self.setMinimumHeight(160)
        self.setAccessibleName(self.tr("Progress chart"))

    def line_colour(self, task: Task) -> QColor:
        """The task's hue, lightened on a dark palette until the line stands out at 3:1."""
        return theme.legible(TASK_COLOURS[task], self.palette().color(QPalette.ColorRole.Base),
                             theme.MARK_CONTRAST)

    def sizeHint(self) -> QSize:
        return QSize(640, 240)

    def set_series(self, series: dict[Task, list[ProgressPoint]]) -> None:
        self.series = dict(series)
        self.update()

    # -- geometry -----------------------------------------------------------------

    def plot_rect(self) -> QRectF:
        fm = self.fontMetrics()
        left = fm.horizontalAdvance("5 ") + 14
        return QRectF(left, fm.height() // 2 + 6, self.width() - left - LEGEND_W - 12,
                      self.height() - 2 * fm.height() - 14)

    def _x(self, when: datetime, span, rect: QRectF) -> float:
        first, last = span
        total = (last - first).total_seconds()
        if total <= 0:
            return rect.center().x()
        pad = rect.width() * 0.04
        return rect.left() + pad + (when - first).total_seconds() / total * (rect.width() - 2 * pad)

    @staticmethod
    def _y(rating: float, rect: QRectF) -> float:
        frac = (rating - RATING_MIN) / (RATING_MAX - RATING_MIN)
        return rect.bottom() - frac * rect.height()

    # -- painting -------------------------------------------------------------------

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        text = pal.color(QPalette.ColorRole.Text)
        grid = QColor(text)
        grid.setAlpha(40)
        rect = self.plot_rect()
        span = time_span(self.series)
        fm = self.fontMetrics()
        # axes and grid
        for rating in range(RATING_MIN, RATING_MAX + 1):
            y = self._y(rating, rect)
            p.setPen(QPen(grid, 1))
            p.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            p.setPen(text)
            p.drawText(QRectF(0, y - fm.height() / 2, rect.left() - 6, fm.height()),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(rating))
        self._dots = []
        if span is None:
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.tr(
                "No progress ratings yet. Rate a task in a session record to see it here."))
            return
        # date labels: first, middle, last
        p.setPen(text)
        first, last = span
        stamps = [first] if first == last else [first, first + (last - first) / 2, last]
        for when in stamps:
            x = self._x(when, span, rect)
            label = when.strftime("%d.%m.%Y")
            w = fm.horizontalAdvance(label)
            left = min(max(x - w / 2, rect.left()), rect.right() - w)
            p.drawText(QPointF(left, rect.bottom() + fm.ascent() + 6), label)
        # series
        for task, points in self.series.items():
            colour = self.line_colour(task)
            pen = QPen(colour, 2)
            if task.group is TaskGroup.GROUNDING:
                pen.setStyle(Qt.PenStyle.DashLine)
            path = QPainterPath()
            for i, pt in enumerate(points):
                pos = QPointF(self._x(pt.held_at, span, rect), self._y(pt.rating, rect))
                path.moveTo(pos) if i == 0 else path.lineTo(pos)
                self._dots.append((pos, task, pt))
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
            p.setPen(QPen(colour, 1))
            p.setBrush(colour)
            for pos, t, _pt in self._dots:
                if t is task:
                    p.drawEllipse(pos, 3.5, 3.5)
        # legend
        x0 = rect.right() + 14
        y = rect.top()
        for task in self.series:
            colour = self.line_colour(task)
            pen = QPen(colour, 2)
            if task.group is TaskGroup.GROUNDING:
                pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(QPointF(x0, y + fm.height() / 2), QPointF(x0 + 22, y + fm.height() / 2))
            p.setPen(text)
            p.drawText(QPointF(x0 + 28, y + fm.ascent()),
                       fm.elidedText(task_short(task), Qt.TextElideMode.ElideRight, LEGEND_W - 30))
            y += fm.height() + 4
        if any(t.group is TaskGroup.GROUNDING for t in self.series):
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            p.drawText(QPointF(x0, y + fm.ascent() + 4),
                       fm.elidedText(self.tr("dashed: grounding"), Qt.TextElideMode.ElideRight,
                                     LEGEND_W - 4))

    def mouseMoveEvent(self, event) -> None:
        pos = event.position()
        near = min(self._dots, default=None,
                   key=lambda d: (d[0] - pos).manhattanLength())
        if near is not None and (near[0] - pos).manhattanLength() < 10:
            _, task, pt = near
            QToolTip.showText(event.globalPosition().toPoint(),
                              f"{task_short(task)} · {pt.held_at:%d.%m.%Y} · {pt.rating}/5", self)
        else:
            QToolTip.hideText()

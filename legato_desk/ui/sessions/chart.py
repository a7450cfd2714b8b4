"""The progress chart: rating per task per session over time, drawn with QPainter.

The series come from ``model.progress.progress_series``; this widget only
maps them to pixels, in the styles of ``model.palette.SERIES`` (the PDF's
chart draws from the same table): grounding essentials dashed, tasks solid,
each task with its own colour and marker. Points that coincide (one day, one
rating) are moved apart along the time axis (``model.progress.dodge``) and
share one tooltip that names them all.
"""

from __future__ import annotations

import math
from datetime import datetime

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QToolTip, QWidget

from legato_desk.model.palette import SERIES
from legato_desk.model.progress import ProgressPoint, crowds, dodge, time_span
from legato_desk.model.session import RATING_MAX, RATING_MIN, Task
from legato_desk.ui import theme
from legato_desk.ui.sessions.labels import task_short

LEGEND_W = 150
RADIUS = 4.0            # a marker's half width
STEP = 2 * RADIUS + 2   # between the centres of coinciding points


def marker_path(shape: str, centre: QPointF, r: float = RADIUS) -> QPainterPath:
    """One of model.palette.MARKERS around ``centre``, about 2r wide."""
    x, y = centre.x(), centre.y()
    path = QPainterPath()
    if shape == "circle":
        path.addEllipse(centre, r, r)
    elif shape == "square":
        path.addRect(QRectF(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7))
    else:
        if shape == "diamond":
            corners = [(0, -1.2), (1.2, 0), (0, 1.2), (-1.2, 0)]
        elif shape == "triangle":
            corners = [(0, -1.25), (1.15, 0.8), (-1.15, 0.8)]
        elif shape == "cross":
            a, b = 0.4, 1.15
            corners = [(-a, -b), (a, -b), (a, -a), (b, -a), (b, a), (a, a), (a, b), (-a, b),
                       (-a, a), (-b, a), (-b, -a), (-a, -a)]
        else:  # star: five points
            corners = []
            for i in range(10):
                rad = 1.35 if i % 2 == 0 else 0.6
                angle = math.pi * (i / 5 - 0.5)
                corners.append((rad * math.cos(angle), rad * math.sin(angle)))
        path.addPolygon(QPolygonF([QPointF(x + dx * r, y + dy * r) for dx, dy in corners]))
        path.closeSubpath()
    return path


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
        return theme.legible(SERIES[task].colour,
                             self.palette().color(QPalette.ColorRole.Base), theme.MARK_CONTRAST)

    def line_pen(self, task: Task, width: float = 2) -> QPen:
        pen = QPen(self.line_colour(task), width)
        if SERIES[task].dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        return pen

    def draw_marker(self, p: QPainter, task: Task, centre: QPointF) -> None:
        style, colour = SERIES[task], self.line_colour(task)
        p.setPen(QPen(colour, 1.5))
        p.setBrush(colour if style.filled else self.palette().color(QPalette.ColorRole.Base))
        p.drawPath(marker_path(style.marker, centre))

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

    def _x(self, when: datetime, span, rect: QRectF, pad: float) -> float:
        """Where ``when`` sits, ``pad`` kept free at both ends for moved-apart points."""
        first, last = span
        total = (last - first).total_seconds()
        if total <= 0:
            return rect.center().x()
        pad = max(pad, rect.width() * 0.04)
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
        slots = dodge(self.series)
        pad = max((abs(k) for row in slots.values() for k in row), default=0) * STEP + RADIUS + 2
        # date labels: first, middle, last
        p.setPen(text)
        first, last = span
        stamps = [first] if first == last else [first, first + (last - first) / 2, last]
        for when in stamps:
            x = self._x(when, span, rect, pad)
            label = when.strftime("%d.%m.%Y")
            w = fm.horizontalAdvance(label)
            left = min(max(x - w / 2, rect.left()), rect.right() - w)
            p.drawText(QPointF(left, rect.bottom() + fm.ascent() + 6), label)
        # series: every line first, then every marker, so no line hides a point
        for task, points in self.series.items():
            path = QPainterPath()
            for i, pt in enumerate(points):
                pos = QPointF(self._x(pt.held_at, span, rect, pad) + slots[task][i] * STEP,
                              self._y(pt.rating, rect))
                path.moveTo(pos) if i == 0 else path.lineTo(pos)
                self._dots.append((pos, task, pt))
            p.setPen(self.line_pen(task))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPath(path)
        for pos, task, _pt in self._dots:
            self.draw_marker(p, task, pos)
        # legend
        x0 = rect.right() + 14
        y = rect.top()
        for task in self.series:
            mid = QPointF(x0 + 13, y + fm.height() / 2)
            p.setPen(self.line_pen(task))
            p.drawLine(QPointF(x0, mid.y()), QPointF(x0 + 26, mid.y()))
            self.draw_marker(p, task, mid)
            p.setPen(text)
            p.drawText(QPointF(x0 + 32, y + fm.ascent()),
                       fm.elidedText(task_short(task), Qt.TextElideMode.ElideRight, LEGEND_W - 34))
            y += max(fm.height(), 2 * RADIUS + 2) + 4
        if any(SERIES[t].dashed for t in self.series):
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            p.drawText(QPointF(x0, y + fm.ascent() + 4),
                       fm.elidedText(self.tr("dashed: grounding"), Qt.TextElideMode.ElideRight,
                                     LEGEND_W - 4))

    def tooltip_at(self, pos: QPointF) -> str:
        """The point under ``pos`` and every point it coincides with, or ""."""
        near = min(self._dots, default=None, key=lambda d: (d[0] - pos).manhattanLength())
        if near is None or (near[0] - pos).manhattanLength() >= 10:
            return ""
        _, _task, pt = near
        crowd = crowds(self.series)[pt.held_at.date(), pt.rating]
        names = ", ".join(dict.fromkeys(task_short(t) for t, _ in crowd))
        return f"{names} · {pt.held_at:%d.%m.%Y} · {pt.rating}/5"

    def mouseMoveEvent(self, event) -> None:
        text = self.tooltip_at(event.position())
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()

"""The contact plan over time, drawn with QPainter: one band per slot of the plan
(held, overdue, due, on request: each with its own fill *and* pattern, never
colour alone), the step changes written above, a mark under the band for each
session the key-client was present at."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QToolTip, QWidget

from legato_desk.model.contact_plan import PlanComparison, Slot, SlotState
from legato_desk.ui import theme
from legato_desk.ui.contact_plan.labels import day, rhythm, state_name

COLOURS = {SlotState.HELD: "#2e7d32", SlotState.OVERDUE: theme.ERROR,
           SlotState.DUE: "#1f5fbf", SlotState.ON_REQUEST: "#8a8a8a"}
PATTERNS = {SlotState.HELD: Qt.BrushStyle.SolidPattern,
            SlotState.OVERDUE: Qt.BrushStyle.BDiagPattern,
            SlotState.DUE: Qt.BrushStyle.NoBrush,
            SlotState.ON_REQUEST: Qt.BrushStyle.Dense6Pattern}


class PlanStrip(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.comparison = PlanComparison(())
        self.held: list[date] = []
        self._bands: list[tuple[QRectF, Slot]] = []
        self.setMouseTracking(True)
        self.setMinimumHeight(4 * self.fontMetrics().height() + 16)
        self.setAccessibleName(self.tr("Contact plan over time"))

    def sizeHint(self) -> QSize:
        return QSize(640, 5 * self.fontMetrics().height() + 16)

    def set_comparison(self, comparison: PlanComparison, held: list[date]) -> None:
        self.comparison = comparison
        slots = comparison.slots
        self.held = [d for d in held if slots and slots[0].start <= d < slots[-1].end]
        self.setAccessibleDescription(self.tr(
            "{planned} contacts planned, {held} held, {overdue} missed.").format(
            planned=comparison.planned, held=comparison.held, overdue=comparison.overdue))
        self.update()

    def colour(self, state: SlotState) -> QColor:
        return theme.legible(COLOURS[state], self.palette().color(QPalette.ColorRole.Base),
                             theme.MARK_CONTRAST)

    # -- geometry -------------------------------------------------------------------

    def _span(self) -> tuple[date, date] | None:
        slots = self.comparison.slots
        return (slots[0].start, slots[-1].end) if slots else None

    def _x(self, when: date, span, rect: QRectF) -> float:
        total = max(1, (span[1] - span[0]).days)
        return rect.left() + (when - span[0]).days / total * rect.width()

    def band_rect(self) -> QRectF:
        fm = self.fontMetrics()
        return QRectF(8, fm.height() + 8, self.width() - 16, fm.height() + 4)

    # -- painting ---------------------------------------------------------------------

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        p.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        text = pal.color(QPalette.ColorRole.Text)
        fm = self.fontMetrics()
        band = self.band_rect()
        span = self._span()
        self._bands = []
        if span is None:
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            p.drawText(QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter
                       | Qt.TextFlag.TextWordWrap, self.tr(
                           "No contact plan yet: plan how often you meet, and how the "
                           "contact tapers off."))
            return
        for slot in self.comparison.slots:
            left, right = self._x(slot.start, span, band), self._x(slot.end, span, band)
            rect = QRectF(left, band.top(), max(2.0, right - left - 1), band.height())
            colour = self.colour(slot.state)
            p.setPen(QPen(colour, 1, Qt.PenStyle.DashLine if slot.state is SlotState.DUE
                          else Qt.PenStyle.SolidLine))
            p.setBrush(QBrush(colour, PATTERNS[slot.state]))
            p.drawRect(rect)
            self._bands.append((rect, slot))
        # the step changes, written above the band where each step begins
        p.setPen(text)
        last_right = -1.0
        for tally in self.comparison.by_step():
            x = self._x(tally.start, span, band)
            p.drawLine(QPointF(x, band.top() - 4), QPointF(x, band.bottom()))
            label = rhythm(tally.step)
            if x > last_right:
                p.drawText(QPointF(x + 3, band.top() - 6), label)
                last_right = x + fm.horizontalAdvance(label) + 8
        # the sessions held, as marks under the band
        p.setBrush(text)
        for held in self.held:
            x = self._x(held, span, band) + 0.5 * max(
                1.0, band.width() / max(1, (span[1] - span[0]).days))
            y = band.bottom() + 3
            p.drawPolygon(QPolygonF([QPointF(x, y), QPointF(x - 4, y + 7),
                                     QPointF(x + 4, y + 7)]))
        # first and last day
        y = band.bottom() + 12 + fm.ascent()
        first, last = day(span[0]), day(span[1] - timedelta(days=1))
        p.drawText(QPointF(band.left(), y), first)
        p.drawText(QPointF(band.right() - fm.horizontalAdvance(last), y), last)

    def slot_at(self, pos: QPointF) -> Slot | None:
        for rect, slot in self._bands:
            if rect.adjusted(0, 0, 1, 0).contains(pos):
                return slot
        return None

    def mouseMoveEvent(self, event) -> None:
        slot = self.slot_at(event.position())
        if slot is None:
            QToolTip.hideText()
            return
        QToolTip.showText(event.globalPosition().toPoint(), self.tr(
            "{start} – {end} · {rhythm} · {state} · {held} held").format(
            start=day(slot.start), end=day(slot.last_day), rhythm=rhythm(slot.step),
            state=state_name(slot.state), held=slot.held), self)

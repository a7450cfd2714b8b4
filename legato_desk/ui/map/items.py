"""The drawn parts of the map: persons and ties.

Persons paint themselves into a device-coordinate cache from their second
frame on (the scene turns it on once they are drawn: filling 300 caches cost
the large map's first frame 4 ms and saved that frame nothing), so dragging
one only blits pixmaps; ties are plain path items (painted by Qt in C++)
whose path is recomputed only when one of their two ends moves.
"""

from __future__ import annotations

import itertools
import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsPathItem

from legato_desk.model.map import (
    Direction,
    Marker,
    Person,
    PersonKind,
    Relation,
    RelationKind,
    Strength,
    TieStatus,
    clamp_position,
)
from legato_desk.model.map_diff import Change
from legato_desk.ui.map import style

NODE_R = 11.0
INDEX_R = 24.0
LABEL_GAP = 3.0
LABEL_MAX_W = 130.0
CROWDED_ZOOM = 1.6  # labels without a free side show from this zoom on
# Below this zoom a conflict tie's zigzag is drawn as separate square-capped
# strokes: Qt's raster engine draws those on its fast line path, and the
# mitred polyline took 14 of a large map's 20 ms of ties. Square caps cover the
# corners as the mitres do; from 1:1 on, where the corners' shape can be seen,
# the polyline is drawn (and in every export).
FINE_ZOOM = 1.0
PARALLEL_GAP = 7.0
WIDTHS = {Strength.WEAK: 1.0, Strength.NORMAL: 2.0, Strength.STRONG: 3.8}


_FONTS: dict = {}
# Measured label lines, per app font: (bold?, text) -> (elided text, its advance).
# Names are measured once per font, roles ("mother", "teacher") once for all.
_MEASURED: dict[tuple[bool, str], tuple[str, float]] = {}


def _label_font_entry() -> tuple:
    key = QApplication.font().key()
    entry = _FONTS.get(key)
    if entry is None:
        base = QFont(QApplication.font())
        base.setPointSizeF(max(7.5, base.pointSizeF() * 0.9))
        bold = QFont(base)
        bold.setBold(True)
        _FONTS.clear()
        _MEASURED.clear()
        entry = _FONTS[key] = (bold, base, QFontMetricsF(bold), QFontMetricsF(base))
    return entry


def label_fonts() -> tuple[QFont, QFont]:
    """The label fonts (bold title, plain detail) and their metrics, cached per app font."""
    bold, base, _, _ = _label_font_entry()
    return QFont(bold), QFont(base)


def label_metrics() -> tuple[QFontMetricsF, QFontMetricsF]:
    return _label_font_entry()[2:]


def _measured(bold: bool, text: str) -> tuple[str, float]:
    """``text`` elided to LABEL_MAX_W in a label font, and its width (cached per font)."""
    entry = _label_font_entry()
    found = _MEASURED.get((bold, text))
    if found is None:
        fm = entry[2] if bold else entry[3]
        elided = fm.elidedText(text, Qt.TextElideMode.ElideRight, LABEL_MAX_W)
        if len(_MEASURED) > 20_000:
            _MEASURED.clear()
        found = _MEASURED[(bold, text)] = (elided, fm.horizontalAdvance(elided))
    return found


_NODE_PATHS: dict[tuple, QPainterPath] = {}


def node_path(kind: PersonKind, r: float) -> QPainterPath:
    """The outline of a person's symbol (made once per kind and size: paths are shared)."""
    path = _NODE_PATHS.get((kind, r))
    if path is None:
        if len(_NODE_PATHS) > 64:
            _NODE_PATHS.clear()
        path = _NODE_PATHS[(kind, r)] = _make_node_path(kind, r)
    return QPainterPath(path)


def _make_node_path(kind: PersonKind, r: float) -> QPainterPath:
    path = QPainterPath()
    if kind is PersonKind.INSTITUTION:
        path.addRoundedRect(QRectF(-r, -r, 2 * r, 2 * r), 3, 3)
    elif kind is PersonKind.ONLINE:
        path.addPolygon(QPolygonF([QPointF(r * 1.1 * math.cos(math.radians(a)),
                                           r * 1.1 * math.sin(math.radians(a)))
                                   for a in range(0, 360, 60)]))
        path.closeSubpath()
    else:
        path.addEllipse(QPointF(0, 0), r, r)
    return path


class _Kit:
    """The colours and pens persons and ties are painted with, for one palette.

    Made once per palette (``kit``): a frame of the large map asked the palette
    for ~1,000 colours and made 300 pens, all the same, and each of its 800
    ties worked out whether the palette is dark."""

    def __init__(self, palette):
        self.text = style.role(palette, "Text")
        self.base = style.role(palette, "Base")
        self.mid = style.role(palette, "Mid")
        self.highlight = style.role(palette, "Highlight")
        self.highlighted_text = style.role(palette, "HighlightedText")
        self.label_back = style.label_back(palette)
        self.detail = style.detail_colour(palette)
        self.node_pen = QPen(self.text, 1.4)
        self.ghost_pen = QPen(self.text, 1.4)
        self.ghost_pen.setStyle(Qt.PenStyle.DashLine)
        self.fills = {m: style.marker_colour(m, palette) or self.base for m in Marker}
        self.kinds = {k: style.kind_colour(k, palette) for k in RelationKind}


_KITS: dict[int, _Kit] = {}


def kit(palette) -> _Kit:
    found = _KITS.get(palette.cacheKey())
    if found is None:
        if len(_KITS) > 8:
            _KITS.clear()
        found = _KITS[palette.cacheKey()] = _Kit(palette)
    return found


def paint_node(painter, person_kind: PersonKind, r: float, palette, *, marker=Marker.NONE,
               deceased=False, badge=None, dashed=False) -> None:
    """The symbol of a person (shared by the map items and the legend)."""
    colours = kit(palette)
    text = colours.text
    fill = colours.fills[marker]
    if deceased:
        fill = style.mix(fill, colours.mid, 0.65)
    painter.setPen(colours.ghost_pen if dashed else colours.node_pen)
    painter.setBrush(fill)
    path = node_path(person_kind, r)
    painter.drawPath(path)
    if deceased:
        painter.setPen(QPen(text, 1.2))
        k = r * 0.7
        painter.drawLine(QPointF(-k, -k), QPointF(k, k))
        painter.drawLine(QPointF(-k, k), QPointF(k, -k))
    if badge:
        c = QPointF(r * 0.85, -r * 0.85)
        br = 6.5
        painter.setPen(QPen(colours.base, 1.2))
        painter.setBrush(style.badge_colour(badge))
        painter.drawEllipse(c, br, br)
        font = QFont(QApplication.font())
        font.setPixelSize(9)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(QRectF(c.x() - br, c.y() - br, 2 * br, 2 * br),
                         Qt.AlignmentFlag.AlignCenter, style.BADGES[badge])


class PersonItem(QGraphicsItem):
    def __init__(self, person: Person, title: str, detail: str, *, ghost: bool = False):
        super().__init__()
        self.person = person
        self.ties: list[TieItem] = []
        self.ghost = ghost
        self.badge: str | None = None
        self.highlight: Change | None = None
        self.title, self.detail = title, detail
        self._label_rect = QRectF()
        self.crowded = False
        self.setZValue(2 if person.is_index else 1)
        if ghost:
            self.setOpacity(0.5)
        self._measure()
        self.setPos(person.x * style.SCALE, person.y * style.SCALE)
        self.set_editable(False)

    def tooltip(self) -> str:
        """Shown by the scene on hover (built then, not for every item up front)."""
        p = self.person
        bits = [f"<b>{_escape(self.title)}</b>"]
        if self.detail:
            bits.append(_escape(self.detail))
        if not p.is_index:
            bits.append(f"{style.sector_name(p.sector)}, {style.ring_name(p.ring)}")
        if p.marker is not Marker.NONE:
            bits.append(style.marker_name(p.marker))
        return "<br>".join(bits)

    # -- state -----------------------------------------------------------------

    @property
    def radius(self) -> float:
        return INDEX_R if self.person.is_index else NODE_R

    def set_editable(self, editable: bool) -> None:
        flag = QGraphicsItem.GraphicsItemFlag
        self.setFlag(flag.ItemIsSelectable, not self.ghost)
        self.setFlag(flag.ItemIsMovable, editable and not self.person.is_index
                     and not self.ghost)

    def set_person(self, person: Person, title: str, detail: str) -> None:
        old = self.person
        self.person = person
        if (title, detail, old.kind, old.marker, old.deceased) != (
                self.title, self.detail, person.kind, person.marker, person.deceased):
            self.title, self.detail = title, detail
            self.prepareGeometryChange()
            self._measure()
            self.update()
        pos = QPointF(person.x * style.SCALE, person.y * style.SCALE)
        if pos != self.pos():
            self.move_to(pos)

    def set_badge(self, badge: str | None) -> None:
        if badge != self.badge:
            self.badge = badge
            self.update()

    def set_highlight(self, change: Change | None) -> None:
        if change != self.highlight:
            self.highlight = change
            self.update()

    def units(self) -> tuple[float, float]:
        return self.pos().x() / style.SCALE, self.pos().y() / style.SCALE

    # -- label -----------------------------------------------------------------

    def _measure(self) -> None:
        if self.person.is_index:
            self._label_size = (0.0, 0.0)
            return
        fm_b, fm = label_metrics()
        self._title, title_w = _measured(True, self.title)
        self._detail, detail_w = _measured(False, self.detail)
        w = max(title_w, detail_w) + 6
        h = fm_b.height() + (fm.height() if self._detail else 0) + 2
        self._label_size = (w, h)
        self.place_label(self._label_side if hasattr(self, "_label_side") else 0)

    LABEL_SIDES = 6

    def label_boxes(self) -> list[tuple[float, float, float, float]]:
        """(x0, y0, x1, y1) of the label for each candidate side, in item coordinates."""
        w, h = self._label_size
        r = self.radius + LABEL_GAP
        corners = ((-w / 2, r), (-w / 2, -r - h), (r, -h / 2), (-r - w, -h / 2),
                   (r * 0.7, r * 0.7), (-r * 0.7 - w, r * 0.7))
        return [(x, y, x + w, y + h) for x, y in corners]

    def label_rect_at(self, side: int) -> QRectF:
        """The label's rectangle, in item coordinates, for one of the candidate sides."""
        if not self._label_size[0]:
            return QRectF()
        x0, y0, x1, y1 = self.label_boxes()[side]
        return QRectF(x0, y0, x1 - x0, y1 - y0)

    def place_label(self, side: int, crowded: bool = False) -> None:
        """``crowded``: no side is free; the label then shows only when zoomed in."""
        self._label_side = side
        rect = self.label_rect_at(side)
        if crowded != getattr(self, "crowded", False):
            self.crowded = crowded
            self.update()
        if rect != self._label_rect:
            self.prepareGeometryChange()
            self._label_rect = rect
            self.update()

    # -- QGraphicsItem -----------------------------------------------------------

    def boundingRect(self) -> QRectF:
        m = self.radius + 9
        node = QRectF(-m, -m, 2 * m, 2 * m)
        return node.united(self._label_rect) if self._label_size[0] else node

    def shape(self) -> QPainterPath:
        """The symbol only: a node is never hidden behind a neighbour's label."""
        return node_path(self.person.kind, self.radius + 2)

    def label_contains(self, scene_pos: QPointF) -> bool:
        return bool(self._label_size[0]) and self._label_rect.contains(
            scene_pos - self.pos())

    def paint(self, painter, option, widget=None) -> None:
        palette = self.scene().palette() if self.scene() else QApplication.palette()
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        r = self.radius
        if self.highlight is not None:
            colour = style.change_colour(self.highlight)
            colour.setAlpha(120)
            painter.setPen(QPen(style.change_colour(self.highlight), 2.0))
            painter.setBrush(colour)
            painter.drawEllipse(QPointF(0, 0), r + 7, r + 7)
        if self.isSelected():
            painter.setPen(QPen(kit(palette).highlight, 3.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), r + 4.5, r + 4.5)
        if self.person.is_index:
            self._paint_index(painter, palette)
        else:
            paint_node(painter, self.person.kind, r, palette, marker=self.person.marker,
                       deceased=self.person.deceased, badge=self.badge, dashed=self.ghost)
            if not self.crowded or self.isSelected() or \
                    painter.worldTransform().m11() >= CROWDED_ZOOM:
                self._paint_label(painter, palette)

    def _paint_index(self, painter, palette) -> None:
        painter.setPen(QPen(style.role(palette, "Text"), 2.2))
        painter.setBrush(style.index_fill(palette))
        painter.drawEllipse(QPointF(0, 0), INDEX_R, INDEX_R)
        bold, _ = label_fonts()
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        painter.setFont(bold)
        painter.setPen(style.role(palette, "Text"))
        text = QFontMetricsF(bold).elidedText(self.title, Qt.TextElideMode.ElideRight,
                                              2 * INDEX_R - 6)
        painter.drawText(QRectF(-INDEX_R, -INDEX_R, 2 * INDEX_R, 2 * INDEX_R),
                         Qt.AlignmentFlag.AlignCenter, text)

    def _paint_label(self, painter, palette) -> None:
        """A selected person's label is drawn like a selected list row: it stands out
        even where the ring around the symbol is small (a fitted, large map)."""
        rect = self._label_rect
        selected = self.isSelected()
        colours = kit(palette)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.highlight if selected else colours.label_back)
        painter.drawRoundedRect(rect, 3, 3)
        bold, base, fm_b, _ = _label_font_entry()
        painter.setFont(bold)
        painter.setPen(colours.highlighted_text if selected else colours.text)
        inner = rect.adjusted(3, 1, -3, -1)
        painter.drawText(QRectF(inner.x(), inner.y(), inner.width(), fm_b.height()),
                         Qt.AlignmentFlag.AlignHCenter, self._title)
        if self._detail:
            painter.setFont(base)
            painter.setPen(colours.highlighted_text if selected else colours.detail)
            painter.drawText(QRectF(inner.x(), inner.y() + fm_b.height(), inner.width(),
                                    inner.height() - fm_b.height()),
                             Qt.AlignmentFlag.AlignHCenter, self._detail)

    # No itemChange override: in PySide6 6.12 on Python 3.11 returning the
    # (None) value for scene changes corrupts None's refcount. The scene moves,
    # clamps and updates ties itself (``move_to``).
    def move_to(self, pos: QPointF) -> None:
        if not self.person.is_index:
            x, y = clamp_position(pos.x() / style.SCALE, pos.y() / style.SCALE)
            pos = QPointF(x * style.SCALE, y * style.SCALE)
        if pos != self.pos():
            self.setPos(pos)
        for tie in self.ties:
            tie.update_path()


class TieItem(QGraphicsPathItem):
    """One relation, drawn between the edges of its two persons."""

    def __init__(self, relation: Relation, a: PersonItem, b: PersonItem, palette,
                 *, ghost: bool = False, fine: bool = True):
        super().__init__()
        self.relation = relation
        self.a, self.b = a, b
        self.offset = 0.0
        self.ghost = ghost
        self.fine = fine or ghost  # False: a zigzag in strokes (FINE_ZOOM); dotted ghosts never
        self.highlight: Change | None = None
        self.current = False
        self._palette = palette
        self.setZValue(0)
        # Child items only when needed: most ties have no arrows and no halo.
        self._heads: QGraphicsPathItem | None = None
        self._halo: QGraphicsPathItem | None = None
        self._ends: tuple[float, float, float, float] | None = None  # the spine, if any
        self._colour = QColor()
        if ghost:
            self.setOpacity(0.45)
        a.ties.append(self)
        b.ties.append(self)
        self.restyle()

    def detach(self) -> None:
        for end in (self.a, self.b):
            if self in end.ties:
                end.ties.remove(self)

    def set_relation(self, relation: Relation) -> None:
        self.relation = relation
        self.restyle()

    def set_palette(self, palette) -> None:
        self._palette = palette
        self.restyle()

    def set_fine(self, fine: bool) -> None:
        if fine != self.fine and not self.ghost:
            was = _in_strokes(self.relation, self.fine)
            self.fine = fine
            if _in_strokes(self.relation, fine) != was:
                self.restyle()

    def set_highlight(self, change: Change | None) -> None:
        self.highlight = change
        self._style_halo()

    def set_current(self, current: bool) -> None:
        self.current = current
        self._style_halo()

    def restyle(self) -> None:
        r = self.relation
        if self.ghost:
            colour = style.role(self._palette, "Mid")
            pen = tie_pen(r, colour)
            pen.setStyle(Qt.PenStyle.DotLine)
        else:
            colour = QColor(kit(self._palette).kinds[r.kind])
            pen = _shared_tie_pen(r, colour, _in_strokes(r, self.fine))  # setPen copies it
        self.setPen(pen)
        self._colour = colour
        if self._heads is not None:
            self._heads.setBrush(colour)
        self._style_halo()
        self.update_path()

    def _style_halo(self) -> None:
        if self.current:
            colour = style.role(self._palette, "Highlight")
            colour.setAlpha(150)
        elif self.highlight is not None:
            colour = style.change_colour(self.highlight)
            colour.setAlpha(110)
        else:
            if self._halo is not None:
                self._halo.setVisible(False)
            return
        if self._halo is None:
            self._halo = QGraphicsPathItem(self.spine(), self)
            self._halo.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)
        pen = QPen(colour, WIDTHS[self.relation.strength] + 9)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        self._halo.setPen(pen)
        self._halo.setVisible(True)

    def update_path(self) -> None:
        path, heads, self._ends = _tie_geometry(self.a.pos(), self.b.pos(), self.relation,
                                                self.offset, self.a.radius + 3,
                                                self.b.radius + 3, self.fine)
        self.setPath(path)
        if self._heads is None and heads is not None:
            self._heads = QGraphicsPathItem(self)
            self._heads.setPen(_NO_PEN)
            self._heads.setBrush(self._colour)
        if self._heads is not None:
            self._heads.setPath(heads if heads is not None else QPainterPath())
        if self._halo is not None:
            self._halo.setPath(self.spine())

    def spine(self) -> QPainterPath:
        """The plain line from end to end (under the halo, and what a click hits)."""
        spine = QPainterPath()
        if self._ends is not None:
            sx, sy, ex, ey = self._ends
            spine.moveTo(sx, sy)
            spine.lineTo(ex, ey)
        return spine

    def shape(self) -> QPainterPath:
        if self._ends is None:
            return QPainterPath()
        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        return stroker.createStroke(self.spine())


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def tie_paths(p1: QPointF, p2: QPointF, r: Relation, offset: float = 0.0,
              trim1: float = 0.0, trim2: float = 0.0):
    """The line, the arrowheads and the plain spine of a tie from p1 to p2.

    The line carries the channels: zigzag for conflict, a gap between two bars
    for cut off; dashes (tenuous) and weight (strength) are the pen's business.
    Plain floats throughout (no QPointF per vertex): 800 ties are built when
    the large case opens.
    """
    path, heads, ends = _tie_geometry(p1, p2, r, offset, trim1, trim2)
    spine = QPainterPath()
    if ends is not None:
        spine.moveTo(ends[0], ends[1])
        spine.lineTo(ends[2], ends[3])
    return path, heads if heads is not None else QPainterPath(), spine


def _in_strokes(r: Relation, fine: bool) -> bool:
    """Whether the zigzag is drawn as separate strokes (not fine, see FINE_ZOOM).

    A dashed (tenuous) zigzag stays one polyline: its dashes would restart on
    every stroke."""
    return not fine and r.conflict and r.status is not TieStatus.TENUOUS


def _tie_geometry(p1: QPointF, p2: QPointF, r: Relation, offset: float, trim1: float,
                  trim2: float, fine: bool = True):
    """``tie_paths`` without building what a tie does not need: the arrowheads'
    path is None without arrows, and the spine comes as its two ends (or None).
    ``fine=False``: a zigzag in separate strokes (``_in_strokes``)."""
    x1, y1, x2, y2 = p1.x(), p1.y(), p2.x(), p2.y()
    dx, dy = x2 - x1, y2 - y1
    length = math.hypot(dx, dy)
    path = QPainterPath()
    if length <= trim1 + trim2 + 4:
        return path, None, None
    ux, uy = dx / length, dy / length
    nx, ny = -uy, ux
    sx, sy = x1 + ux * trim1 + nx * offset, y1 + uy * trim1 + ny * offset
    ex, ey = x2 - ux * trim2 + nx * offset, y2 - uy * trim2 + ny * offset
    seg = length - trim1 - trim2
    head = 6.0 + WIDTHS[r.strength]
    direction = r.direction
    start_cut = head if direction is Direction.B_TO_A or direction is Direction.BOTH else 0.0
    end_cut = head if direction is Direction.A_TO_B or direction is Direction.BOTH else 0.0
    zigzag = (WIDTHS[r.strength] if _in_strokes(r, fine) else 0.0) if r.conflict else None
    if r.status is TieStatus.CUT_OFF:
        mid, gap = seg / 2, 5.0
        _line(path, sx, sy, ux, uy, nx, ny, start_cut, mid - gap, zigzag)
        _line(path, sx, sy, ux, uy, nx, ny, mid + gap, seg - end_cut, zigzag)
        for t in (mid - gap, mid + gap):
            cx, cy = sx + ux * t, sy + uy * t
            path.moveTo(cx + nx * 7, cy + ny * 7)
            path.lineTo(cx - nx * 7, cy - ny * 7)
    elif r.conflict:
        _line(path, sx, sy, ux, uy, nx, ny, start_cut, seg - end_cut, zigzag)
    elif seg - end_cut > start_cut:  # a plain line, the most common tie
        path.moveTo(sx + ux * start_cut, sy + uy * start_cut)
        path.lineTo(sx + ux * (seg - end_cut), sy + uy * (seg - end_cut))
    heads = None
    if end_cut or start_cut:
        heads = QPainterPath()
        if end_cut:
            _arrow(heads, ex, ey, ux, uy, head)
        if start_cut:
            _arrow(heads, sx, sy, -ux, -uy, head)
    return path, heads, (sx, sy, ex, ey)


def _line(path, sx, sy, ux, uy, nx, ny, t0, t1, zigzag: float | None) -> None:
    """A straight line from t0 to t1 along the tie, or (``zigzag`` not None) a
    zigzag: one polyline (0), or separate strokes for a square-capped pen of
    that width, its two ends drawn in by the half cap so the zigzag ends where
    the polyline does."""
    if t1 <= t0:
        return
    corners = max(0, math.ceil((t1 - 6.0 - t0) / 4.0))  # at t0 + 4, + 8, … before t1 - 2
    if zigzag is None or not corners:
        a, b = (t0, 0.0), (t1, 0.0)
        if zigzag:
            a, b = _drawn_in(a, b, zigzag / 2), _drawn_in(b, a, zigzag / 2)
        path.moveTo(sx + ux * a[0] + nx * a[1], sy + uy * a[0] + ny * a[1])
        path.lineTo(sx + ux * b[0] + nx * b[1], sy + uy * b[0] + ny * b[1])
        return
    template, (lx, ly) = _zigzag(t0, corners, zigzag)
    # The template lies along the x axis from t0; the tie's frame puts it in place.
    path.addPath(QTransform(ux, uy, nx, ny, sx, sy).map(template))
    ex, ey = t1, 0.0
    if zigzag:  # the last stroke, from the last corner to the end drawn in
        ex, ey = _drawn_in((ex, ey), (lx, ly), zigzag / 2)
        path.moveTo(sx + ux * lx + nx * ly, sy + uy * lx + ny * ly)
    path.lineTo(sx + ux * ex + nx * ey, sy + uy * ex + ny * ey)


_ZIGZAGS: dict[tuple, tuple[QPainterPath, tuple[float, float]]] = {}


def _zigzag(t0: float, corners: int, width: float) -> tuple[QPainterPath, tuple[float, float]]:
    """A zigzag along the x axis from (t0, 0) to its last corner, and that corner.

    Made once per start, number of corners and kind (polyline: width 0, or
    strokes of that width), then mapped onto each tie: 140 conflict ties of the
    large map were 8,000 path calls from Python."""
    key = (t0, corners, width)
    found = _ZIGZAGS.get(key)
    if found is None:
        points = [(t0, 0.0)]
        t, sign = t0 + 4.0, 1.0
        for _ in range(corners):
            points.append((t, 3.5 * sign))
            sign, t = -sign, t + 4.0
        path = QPainterPath()
        if width:
            points[0] = _drawn_in(points[0], points[1], width / 2)
            for a, b in itertools.pairwise(points):
                path.moveTo(*a)
                path.lineTo(*b)
        else:
            path.moveTo(*points[0])
            for point in points[1:]:
                path.lineTo(*point)
        if len(_ZIGZAGS) > 2048:
            _ZIGZAGS.clear()
        found = _ZIGZAGS[key] = (path, points[-1])
    return found


def _drawn_in(end: tuple[float, float], towards: tuple[float, float], by: float):
    dx, dy = towards[0] - end[0], towards[1] - end[1]
    length = math.hypot(dx, dy)
    if length <= 2 * by:
        return end
    return end[0] + dx / length * by, end[1] + dy / length * by


_PENS: dict[tuple, QPen] = {}
_NO_PEN = QPen(Qt.PenStyle.NoPen)


def tie_pen(r: Relation, colour: QColor) -> QPen:
    """The pen of a tie (a copy of one made once per colour, strength and status)."""
    return QPen(_shared_tie_pen(r, colour))


def _shared_tie_pen(r: Relation, colour: QColor, strokes: bool = False) -> QPen:
    """The cached pen itself: only for callers that copy it (``setPen`` does).
    ``strokes``: square caps, for a zigzag in strokes (``_in_strokes``)."""
    key = (colour.rgba(), r.strength, r.status is TieStatus.TENUOUS, strokes)
    pen = _PENS.get(key)
    if pen is None:
        if len(_PENS) > 256:
            _PENS.clear()
        pen = _PENS[key] = _make_tie_pen(r, colour, strokes)
    return pen


def _make_tie_pen(r: Relation, colour: QColor, strokes: bool = False) -> QPen:
    pen = QPen(colour, WIDTHS[r.strength])
    pen.setCapStyle(Qt.PenCapStyle.SquareCap if strokes else Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    if r.status is TieStatus.TENUOUS:
        pen.setStyle(Qt.PenStyle.CustomDashLine)
        pen.setDashPattern([6.0 / pen.widthF(), 4.0 / pen.widthF()])
    return pen


def _arrow(path: QPainterPath, tx: float, ty: float, ux: float, uy: float,
           size: float) -> None:
    nx, ny = -uy, ux
    bx, by = tx - ux * size, ty - uy * size
    path.moveTo(tx, ty)
    path.lineTo(bx + nx * size * 0.5, by + ny * size * 0.5)
    path.lineTo(bx - nx * size * 0.5, by - ny * size * 0.5)
    path.lineTo(tx, ty)
    path.closeSubpath()

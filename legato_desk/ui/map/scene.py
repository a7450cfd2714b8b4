"""The map scene: the rings and sectors behind, persons and ties on top.

``show_state`` brings the items in line with a MapState by id (adding,
updating and removing only what differs), so an edit never rebuilds the
whole scene. Interaction that belongs to the canvas (drag to move, Shift+drag
to connect, double-click to add, clicking a tie) is turned into signals; the
page decides what they mean.
"""

from __future__ import annotations

import math
from collections import defaultdict

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QToolTip,
)

from legato_desk.model.map import (
    OUTSIDE_MAX,
    RING_RADII,
    SECTOR_SPAN,
    MapState,
    Ring,
    Sector,
)
from legato_desk.model.map_diff import Change, MapDiff
from legato_desk.ui.map import style
from legato_desk.ui.map.items import PARALLEL_GAP, PersonItem, TieItem
from legato_desk.ui.map.labels import LabelLayout

MARGIN = 0.22       # map units above and below the outer zone, room for sector labels
SIDE_MARGIN = 0.48  # left and right: the side sectors' labels are long
PERSON_PRIORITY = (Change.ADDED, Change.CLOSER, Change.FURTHER, Change.SECTOR, Change.CHANGED)


class MapScene(QGraphicsScene):
    add_requested = Signal(float, float)        # map units
    moved = Signal(object)                      # {person_id: (x, y)} after a drag
    connect_requested = Signal(int, int)
    current_tie_changed = Signal(object)        # relation id or None
    person_activated = Signal(int)              # double-click on a person
    context_requested = Signal(int, object)     # person id, screen QPoint

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        w, h = (OUTSIDE_MAX + SIDE_MARGIN) * style.SCALE, (OUTSIDE_MAX + MARGIN) * style.SCALE
        self.setSceneRect(QRectF(-w, -h, 2 * w, 2 * h))
        self.persons: dict[int, PersonItem] = {}
        self.ties: dict[int, TieItem] = {}
        self.ghosts: list = []
        self.editable = True
        self.state = MapState()
        self.labeler = lambda person: (person.name, person.role)
        self.badges: dict[int, str] = {}
        self.current_tie: int | None = None
        self._press: dict[int, QPointF] = {}
        self._connect_from: PersonItem | None = None
        self._rubber_line: QGraphicsLineItem | None = None
        self._dirty_labels = False  # ghosts came or went: lay labels out again
        self._labels = LabelLayout()
        self.selectionChanged.connect(self._resolve_selected)  # a selected label shows
        self._trails: set[str] = set()
        self.fine_ties = True  # the view turns it off below FINE_ZOOM (items.FINE_ZOOM)
        self._uncached: list[PersonItem] = []  # persons not drawn yet (see cache_drawn)

    # -- content ---------------------------------------------------------------

    def show_state(self, state: MapState, editable: bool) -> None:
        self.clear_diff()
        self._uncached = [item for item in self._uncached if item.scene() is self]
        old_persons = self.state.persons
        self.state, self.editable = state, editable
        wanted = {p.id: p for p in state.persons}
        for pid in [pid for pid in self.persons if pid not in wanted]:
            item = self.persons.pop(pid)
            for tie in list(item.ties):
                self._drop_tie(tie.relation.id)
            self.removeItem(item)
        for person in state.persons:
            title, detail = self.labeler(person)
            item = self.persons.get(person.id)
            if item is None:
                item = self.persons[person.id] = PersonItem(person, title, detail)
                self._uncached.append(item)
                self.addItem(item)
            else:
                item.set_person(person, title, detail)
            item.set_editable(editable)
            item.set_badge(self.badges.get(person.id))
        palette = self.palette()  # one copy for all new ties, not one each
        relations = {r.id: r for r in state.relations}
        for rid in [rid for rid in self.ties if rid not in relations]:
            self._drop_tie(rid)
        for rel in state.relations:
            tie = self.ties.get(rel.id)
            if tie is not None and (tie.a.person.id, tie.b.person.id) != (rel.a, rel.b):
                self._drop_tie(rel.id)
                tie = None
            if tie is None:
                tie = self.ties[rel.id] = TieItem(rel, self.persons[rel.a],
                                                  self.persons[rel.b], palette,
                                                  fine=self.fine_ties)
                self.addItem(tie)
            elif tie.relation != rel:
                tie.set_relation(rel)
        self._spread_parallel(self.ties.values())
        if self.current_tie not in self.ties:
            self.set_current_tie(None)
        if state.persons != old_persons or self._dirty_labels:
            self.layout_labels()

    def _drop_tie(self, rid: int) -> None:
        tie = self.ties.pop(rid)
        tie.detach()
        self.removeItem(tie)

    @staticmethod
    def _spread_parallel(ties) -> None:
        pairs = defaultdict(list)
        for tie in ties:
            a, b = id(tie.a), id(tie.b)
            pairs[(min(a, b), max(a, b))].append(tie)
        for group in pairs.values():
            group.sort(key=lambda t: t.relation.id)
            n = len(group)
            for k, tie in enumerate(group):
                # Offsets are measured across the a→b direction; flip for b→a ties.
                # (By person id, not by item address: the same map draws the same.)
                sign = 1 if (tie.a.person.id, id(tie.a)) < (tie.b.person.id, id(tie.b)) else -1
                offset = (k - (n - 1) / 2) * PARALLEL_GAP * sign
                if offset != tie.offset:
                    tie.offset = offset
                    tie.update_path()

    def relabel(self, labeler) -> None:
        self.labeler = labeler
        for item in [*self.persons.values(), *(g for g in self.ghosts
                                               if isinstance(g, PersonItem))]:
            title, detail = labeler(item.person)
            item.set_person(item.person, title, detail)
        self.layout_labels()

    def set_badges(self, badges: dict[int, str]) -> None:
        self.badges = dict(badges)
        for pid, item in self.persons.items():
            item.set_badge(self.badges.get(pid))

    def item_for(self, person_id: int) -> PersonItem | None:
        return self.persons.get(person_id)

    def selected_person_ids(self) -> list[int]:
        return sorted(i.person.id for i in self.selectedItems() if isinstance(i, PersonItem)
                      and not i.ghost)

    def set_current_tie(self, rid: int | None) -> None:
        if rid == self.current_tie:
            return
        old = self.ties.get(self.current_tie) if self.current_tie is not None else None
        if old is not None:
            old.set_current(False)
        self.current_tie = rid
        if rid is not None:
            self.ties[rid].set_current(True)
        self.current_tie_changed.emit(rid)

    def cache_drawn(self) -> None:
        """Persons drawn once keep their picture in a device-coordinate cache.

        Called by the view after it paints. Turning the cache on does not
        repaint: the next paint fills it, and later ones blit it."""
        for item in self._uncached:
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._uncached.clear()

    def set_fine_ties(self, fine: bool) -> None:
        """Zigzags as one mitred polyline (True) or as strokes (see items.FINE_ZOOM)."""
        if fine != self.fine_ties:
            self.fine_ties = fine
            for tie in self.ties.values():
                tie.set_fine(fine)

    def refresh_palette(self) -> None:
        for tie in [*self.ties.values(), *(g for g in self.ghosts if isinstance(g, TieItem))]:
            tie.set_palette(self.palette())
        for item in self.items():
            item.update()
        self.update()

    # -- comparison --------------------------------------------------------------

    def show_diff(self, diff: MapDiff, old: MapState) -> None:
        """Highlight what changed from ``old`` to the shown state; ghost what went."""
        self.clear_diff()
        for change in PERSON_PRIORITY[::-1]:
            for c in diff.persons:
                if c.change is change and c.after is not None and c.after.id in self.persons:
                    self.persons[c.after.id].set_highlight(change)
        for c in diff.persons:
            if c.change in (Change.CLOSER, Change.FURTHER, Change.SECTOR) and (
                    c.after.id in self.persons):
                self._trail(c.before, self.persons[c.after.id], c.change)
        by_uid = {item.person.uid: item for item in self.persons.values()}
        for c in diff.persons:
            if c.change is Change.REMOVED:
                title, detail = self.labeler(c.before)
                ghost = PersonItem(c.before, title, detail, ghost=True)
                self._uncached.append(ghost)
                ghost.set_highlight(Change.REMOVED)
                self.addItem(ghost)
                self.ghosts.append(ghost)
                by_uid[c.before.uid] = ghost
        ghost_ties = []
        for c in diff.relations:
            if c.change is Change.REMOVED:
                ends = [by_uid.get(old.person(pid).uid) for pid in (c.before.a, c.before.b)]
                if None not in ends:
                    tie = TieItem(c.before, ends[0], ends[1], self.palette(), ghost=True)
                    tie.set_highlight(Change.REMOVED)
                    self.addItem(tie)
                    self.ghosts.append(tie)
                    ghost_ties.append(tie)
            elif c.after is not None and c.after.id in self.ties:
                self.ties[c.after.id].set_highlight(c.change)
        self._spread_parallel([*self.ties.values(), *ghost_ties])
        self.layout_labels()

    def _trail(self, before, item: PersonItem, change: Change) -> None:
        """A dashed arrow from where a person was to where they are now."""
        if before.uid in self._trails:
            return  # closer and sector change: one trail is enough
        self._trails.add(before.uid)
        start = QPointF(before.x * style.SCALE, before.y * style.SCALE)
        end = item.pos()
        line = QLineF(start, end)
        if line.length() < item.radius * 2 + 6:
            return
        unit = line.unitVector()
        d = QPointF(unit.dx(), unit.dy())
        tip = end - d * (item.radius + 8)
        path = QPainterPath(start)
        path.addEllipse(start, 4, 4)
        path.moveTo(start + d * 4)
        path.lineTo(tip)
        normal = QPointF(-d.y(), d.x())
        path.moveTo(tip - d * 7 + normal * 4)
        path.lineTo(tip)
        path.lineTo(tip - d * 7 - normal * 4)
        trail = QGraphicsPathItem(path)
        pen = QPen(style.change_colour(change), 1.6, Qt.PenStyle.DashLine)
        trail.setPen(pen)
        trail.setZValue(0.5)
        self.addItem(trail)
        self.ghosts.append(trail)

    def clear_diff(self) -> None:
        self._dirty_labels = self._dirty_labels or bool(self.ghosts)
        self._trails = set()
        for item in self.ghosts:
            if isinstance(item, TieItem):
                item.detach()
            self.removeItem(item)
        self.ghosts = []
        for item in self.persons.values():
            item.set_highlight(None)
        for tie in self.ties.values():
            tie.set_highlight(None)

    # -- labels ------------------------------------------------------------------

    def layout_labels(self) -> None:
        """Put each label on the side of its person where it overlaps least
        (ui/map/labels.py); crowded ones get their side when first shown."""
        self._dirty_labels = False
        self._labels = LabelLayout()
        self._labels.run([*self.persons.values(),
                          *(g for g in self.ghosts if isinstance(g, PersonItem))])

    def resolve_labels(self, items=None) -> None:
        """Crowded labels about to show (zoomed in, selected, exported) take their
        least overlapping side."""
        self._labels.resolve(items)

    def _resolve_selected(self) -> None:
        self._labels.resolve(self.selectedItems())

    # -- background ----------------------------------------------------------------

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        paint_background(painter, self.palette(), rect)

    # -- interaction ---------------------------------------------------------------

    def _person_at(self, pos: QPointF, labels: bool = True) -> PersonItem | None:
        """The person whose symbol (or, failing that, label) is at ``pos``."""
        for item in self.items(pos):
            if isinstance(item, PersonItem) and not item.ghost:
                return item
        if labels:
            for item in self.persons.values():
                if item.label_contains(pos) and (not item.crowded or item.isSelected()):
                    return item
        return None

    def _tie_at(self, pos: QPointF) -> TieItem | None:
        for item in self.items(pos):
            if isinstance(item, TieItem) and not item.ghost:
                return item
        return None

    def helpEvent(self, event) -> None:
        person = self._person_at(event.scenePos())
        if person is not None:
            QToolTip.showText(event.screenPos(), person.tooltip())
        else:
            QToolTip.hideText()
        event.accept()

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            person = self._person_at(event.scenePos())
            if (person is not None and self.editable
                    and event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
                self._connect_from = person
                self._rubber_line = QGraphicsLineItem(QLineF(person.pos(), event.scenePos()))
                pen = QPen(style.role(self.palette(), "Highlight"), 2, Qt.PenStyle.DashLine)
                self._rubber_line.setPen(pen)
                self.addItem(self._rubber_line)
                event.accept()
                return
            if person is not None and not self._person_at(event.scenePos(), labels=False):
                # A click on a label selects its person (dragging needs the symbol).
                if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                    self.clearSelection()
                person.setSelected(True)
                self.set_current_tie(None)
                event.accept()
                return
            if person is None:
                tie = self._tie_at(event.scenePos())
                if tie is not None:
                    self.clearSelection()
                    self.set_current_tie(tie.relation.id)
                    event.accept()
                    return
            self.set_current_tie(None)
        super().mousePressEvent(event)
        self._press = {i.person.id: i.pos() for i in self.selectedItems()
                       if isinstance(i, PersonItem) and i.flags()
                       & QGraphicsItem.GraphicsItemFlag.ItemIsMovable}

    def mouseMoveEvent(self, event) -> None:
        if self._rubber_line is not None:
            self._rubber_line.setLine(QLineF(self._connect_from.pos(), event.scenePos()))
            event.accept()
            return
        super().mouseMoveEvent(event)
        for pid in self._press:
            item = self.persons.get(pid)
            if item is not None:
                item.move_to(item.pos())

    def mouseReleaseEvent(self, event) -> None:
        if self._rubber_line is not None:
            self.removeItem(self._rubber_line)
            self._rubber_line = None
            source, self._connect_from = self._connect_from, None
            target = self._person_at(event.scenePos())
            if target is not None and target is not source:
                self.connect_requested.emit(source.person.id, target.person.id)
            event.accept()
            return
        super().mouseReleaseEvent(event)
        # A click wobbles by a pixel or two: under the drag distance it is a
        # selection, not a move (else one click and a rename were two audit rows).
        wobble = (event.screenPos() - event.buttonDownScreenPos(Qt.MouseButton.LeftButton))
        jitter = wobble.manhattanLength() < QApplication.startDragDistance()
        moved = {}
        for pid, start in self._press.items():
            item = self.persons.get(pid)
            if item is not None and item.pos() != start:
                if jitter:
                    item.move_to(start)
                else:
                    moved[pid] = item.units()
        self._press = {}
        if moved:
            self.moved.emit(moved)

    def mouseDoubleClickEvent(self, event) -> None:
        person = self._person_at(event.scenePos())
        if person is not None:
            self.person_activated.emit(person.person.id)
        elif self.editable and event.button() == Qt.MouseButton.LeftButton:
            p = event.scenePos()
            self.add_requested.emit(p.x() / style.SCALE, p.y() / style.SCALE)
        event.accept()

    def contextMenuEvent(self, event) -> None:
        person = self._person_at(event.scenePos())
        if person is not None:
            if not person.isSelected():
                self.clearSelection()
                person.setSelected(True)
            self.context_requested.emit(person.person.id, event.screenPos())
            event.accept()


def paint_background(painter: QPainter, palette, rect: QRectF) -> None:
    """Zones, rings, sector dividers and labels, in scene coordinates."""
    s = style.SCALE
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    base, text = style.role(palette, "Base"), style.role(palette, "Text")
    window = style.role(palette, "Window")
    painter.fillRect(rect, window)
    # The "known, no contact" zone, then the three rings from outside in.
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.outside_fill(palette))
    painter.drawEllipse(QPointF(0, 0), OUTSIDE_MAX * s, OUTSIDE_MAX * s)
    for k, radius in reversed(list(enumerate(RING_RADII))):
        painter.setBrush(style.ring_fill(palette, k))
        painter.setPen(QPen(style.mix(text, base, 0.55), 1.3))
        painter.drawEllipse(QPointF(0, 0), radius * s, radius * s)
    pen = QPen(style.mix(text, base, 0.7), 1.0, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    for k in range(len(Sector)):
        a = math.radians(k * SECTOR_SPAN + SECTOR_SPAN / 2)
        painter.drawLine(QPointF(math.sin(a) * 0.12 * s, -math.cos(a) * 0.12 * s),
                         QPointF(math.sin(a) * OUTSIDE_MAX * s, -math.cos(a) * OUTSIDE_MAX * s))
    font = QFont(QApplication.font())
    small = QFont(font)
    small.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
    small.setItalic(True)
    painter.setFont(small)
    painter.setPen(style.ring_label_colour(palette))
    # Ring names sit on the family/friends border, where free_position puts nobody.
    a = math.radians(SECTOR_SPAN / 2)
    for ring, radius in ((Ring.CLOSE, RING_RADII[0]), (Ring.MIDDLE, RING_RADII[1]),
                         (Ring.DISTANT, RING_RADII[2]), (Ring.OUTSIDE, OUTSIDE_MAX)):
        c = QPointF(math.sin(a) * (radius - 0.035) * s, -math.cos(a) * (radius - 0.035) * s)
        painter.drawText(_text_box(c, painter.fontMetrics(), style.ring_name(ring)),
                         Qt.AlignmentFlag.AlignCenter, style.ring_name(ring))
    big = QFont(font)
    big.setPointSizeF(font.pointSizeF() * 1.1)
    big.setBold(True)
    big.setCapitalization(QFont.Capitalization.AllUppercase)
    big.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
    painter.setPen(style.sector_label_colour(palette))
    label_r = (OUTSIDE_MAX + 0.09) * s
    half_w = (OUTSIDE_MAX + SIDE_MARGIN) * s
    for sector in Sector:
        a = math.radians(sector.centre_angle)
        c = QPointF(math.sin(a) * label_r, -math.cos(a) * label_r)
        name = style.sector_name(sector)
        # A large font (or a long translation) shrinks to stay inside the map's margin.
        room = 2 * (half_w - abs(c.x())) - 8
        font = QFont(big)
        while (QFontMetricsF(font).horizontalAdvance(name) > room
               and font.pointSizeF() > 6):
            font.setPointSizeF(font.pointSizeF() - 0.5)
        painter.setFont(font)
        painter.drawText(_text_box(c, painter.fontMetrics(), name),
                         Qt.AlignmentFlag.AlignCenter, name)
    painter.restore()


def _text_box(centre: QPointF, metrics, text: str) -> QRectF:
    """A box around ``centre`` as large as ``text`` needs in the painter's font."""
    w, h = metrics.horizontalAdvance(text) + 8, metrics.height() + 4
    return QRectF(centre.x() - w / 2, centre.y() - h / 2, w, h)


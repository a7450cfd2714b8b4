"""The relationship map as a vector drawing for PDFs (reportlab graphics, no Qt).

The same conventions as the map page: index client at the centre, three
closeness rings and the "known, no contact" zone, five sectors; person
shape by kind, fill by marker; ties carry strength (width, double line when
strong), conflict (zigzag), status (dashed when tenuous, two bars when cut
off) and direction (arrow heads). Parallel ties between one pair are offset.
"""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Polygon, String
from reportlab.lib import colors

from legato_desk.model import map as m
from legato_desk.reports.document import FONT, FONT_BOLD, INK, MUTED, RULE, register_fonts
from legato_desk.reports.labels import Labels

KIND_COLOURS = {
    m.RelationKind.FAMILY: colors.HexColor("#2f5d8a"),
    m.RelationKind.FRIENDSHIP: colors.HexColor("#2e8b57"),
    m.RelationKind.ROMANTIC: colors.HexColor("#b0487a"),
    m.RelationKind.SCHOOL_WORK: colors.HexColor("#b8860b"),
    m.RelationKind.PROFESSIONAL: colors.HexColor("#5b5f97"),
    m.RelationKind.MILIEU: colors.HexColor("#b23a2b"),
}
MARKER_FILL = {m.Marker.NONE: colors.white, m.Marker.RESOURCE: colors.HexColor("#cdebd6"),
               m.Marker.RISK: colors.HexColor("#f6d0cb")}
MARKER_EDGE = {m.Marker.NONE: INK, m.Marker.RESOURCE: colors.HexColor("#1e7b45"),
               m.Marker.RISK: colors.HexColor("#b23a2b")}
BADGE = {"keyclient": colors.HexColor("#d4a017"), "candidate": colors.HexColor("#9aa7b5")}
NODE_R = 5.5


def map_drawing(state: m.MapState, names: dict[int, str], labels: Labels, *,
                size: float = 480, badges: dict[int, str] | None = None,
                highlight: set[str] | None = None) -> Drawing:
    """A square drawing ``size`` points wide; ``names`` labels each person id."""
    register_fonts()
    badges = badges or {}
    d = Drawing(size, size)
    scale = (size / 2 - 58) / m.OUTSIDE_MAX  # room for the sector names at the sides
    cx = cy = size / 2

    def at(x: float, y: float) -> tuple[float, float]:  # map units -> points (y up)
        return cx + x * scale, cy - y * scale

    _background(d, cx, cy, scale, labels)
    pairs: dict[frozenset, list[m.Relation]] = {}
    for r in state.relations:
        pairs.setdefault(frozenset((r.a, r.b)), []).append(r)
    for ties in pairs.values():
        for k, r in enumerate(ties):
            try:
                a, b = state.person(r.a), state.person(r.b)
            except KeyError:
                continue
            offset = (k - (len(ties) - 1) / 2) * 4.0
            _add(d, _tie(at(a.x, a.y), at(b.x, b.y), r, offset))
    for p in state.persons:
        x, y = at(p.x, p.y)
        _add(d, _person(p, x, y, names.get(p.id, ""), badges.get(p.id),
                        highlight is not None and p.uid in highlight))
    return d


def _add(d: Drawing, shapes: list) -> None:
    """A tie's or a person's shapes go into the drawing itself, in order: a
    Group each costs a saved and restored graphics state when drawn (the large
    case's map: 1,100 groups, a fifth of its drawing time)."""
    d.contents.extend(shapes)


def _background(d: Drawing, cx: float, cy: float, scale: float, labels: Labels) -> None:
    d.add(Circle(cx, cy, m.OUTSIDE_MAX * scale, fillColor=colors.HexColor("#f7f9fb"),
                 strokeColor=RULE, strokeDashArray=[2, 3], strokeWidth=0.5))
    for radius, shade in zip(reversed(m.RING_RADII), ("#eef2f6", "#e4eaf1", "#d9e2ec")):
        d.add(Circle(cx, cy, radius * scale, fillColor=colors.HexColor(shade),
                     strokeColor=RULE, strokeWidth=0.7))
    for sector in m.Sector:
        angle = math.radians(sector.centre_angle + m.SECTOR_SPAN / 2)
        d.add(Line(cx + math.sin(angle) * 0.1 * scale, cy + math.cos(angle) * 0.1 * scale,
                   cx + math.sin(angle) * m.OUTSIDE_MAX * scale,
                   cy + math.cos(angle) * m.OUTSIDE_MAX * scale,
                   strokeColor=RULE, strokeWidth=0.7))
        mid = math.radians(sector.centre_angle)
        r = m.OUTSIDE_MAX * scale + 6
        x, y = cx + math.sin(mid) * r, cy + math.cos(mid) * r
        anchor = "middle" if abs(math.sin(mid)) < 0.3 else ("start" if math.sin(mid) > 0
                                                              else "end")
        d.add(String(x, y - 3 if math.cos(mid) < 0 else y + 1, labels.of(sector),
                     fontName=FONT_BOLD, fontSize=7.5, fillColor=MUTED, textAnchor=anchor))
    for ring, radius in zip((m.Ring.CLOSE, m.Ring.MIDDLE, m.Ring.DISTANT), m.RING_RADII):
        d.add(String(cx + 2, cy + radius * scale - 8, labels.of(ring), fontName=FONT,
                     fontSize=5.5, fillColor=MUTED))


def _tie(a: tuple[float, float], b: tuple[float, float], r: m.Relation,
         offset: float) -> list:
    shapes: list = []
    (ax, ay), (bx, by) = a, b
    length = math.hypot(bx - ax, by - ay) or 1.0
    ux, uy = (bx - ax) / length, (by - ay) / length
    nx, ny = -uy, ux
    ax, ay, bx, by = ax + nx * offset, ay + ny * offset, bx + nx * offset, by + ny * offset
    # stop at the node's edge
    ax, ay, bx, by = ax + ux * NODE_R, ay + uy * NODE_R, bx - ux * NODE_R, by - uy * NODE_R
    colour = KIND_COLOURS[r.kind]
    width = {m.Strength.WEAK: 0.5, m.Strength.NORMAL: 1.0, m.Strength.STRONG: 1.0}[r.strength]
    dash = [3, 2] if r.status is m.TieStatus.TENUOUS else None
    lanes = (-1.1, 1.1) if r.strength is m.Strength.STRONG else (0.0,)
    for lane in lanes:
        pts = _zigzag(ax, ay, bx, by, nx, ny) if r.conflict else [ax, ay, bx, by]
        pts = [v + (nx if i % 2 == 0 else ny) * lane for i, v in enumerate(pts)]
        shapes.append(PolyLine(pts, strokeColor=colour, strokeWidth=width,
                               strokeDashArray=dash))
    if r.status is m.TieStatus.CUT_OFF:
        mx, my = (ax + bx) / 2, (ay + by) / 2
        for shift in (-1.8, 1.8):
            px, py = mx + ux * shift, my + uy * shift
            shapes.append(Line(px - nx * 4, py - ny * 4, px + nx * 4, py + ny * 4,
                               strokeColor=INK, strokeWidth=1.1))
    if r.direction in (m.Direction.A_TO_B, m.Direction.BOTH):
        shapes.append(_arrow(bx, by, ux, uy, colour))
    if r.direction in (m.Direction.B_TO_A, m.Direction.BOTH):
        shapes.append(_arrow(ax, ay, -ux, -uy, colour))
    return shapes


def _zigzag(ax, ay, bx, by, nx, ny) -> list[float]:
    length = math.hypot(bx - ax, by - ay)
    steps = max(4, int(length / 5))
    pts = []
    for i in range(steps + 1):
        t = i / steps
        amp = 0 if i in (0, steps) else (2.0 if i % 2 else -2.0)
        pts += [ax + (bx - ax) * t + nx * amp, ay + (by - ay) * t + ny * amp]
    return pts


def _arrow(x: float, y: float, ux: float, uy: float, colour) -> Polygon:
    nx, ny = -uy, ux
    return Polygon([x, y, x - ux * 5 + nx * 2.5, y - uy * 5 + ny * 2.5,
                    x - ux * 5 - nx * 2.5, y - uy * 5 - ny * 2.5],
                   fillColor=colour, strokeColor=colour, strokeWidth=0.3)


def _person(p: m.Person, x: float, y: float, name: str, badge: str | None,
            highlighted: bool) -> list:
    shapes: list = []
    fill = colors.HexColor("#dfe6ee") if p.deceased else MARKER_FILL[p.marker]
    edge = MUTED if p.deceased else MARKER_EDGE[p.marker]
    width = 1.6 if highlighted else 0.9
    if p.is_index:
        shapes.append(Circle(x, y, NODE_R + 3, fillColor=colors.HexColor("#2f5d8a"),
                             strokeColor=INK, strokeWidth=0.9))
        shapes.append(String(x, y - NODE_R - 12, name, fontName=FONT_BOLD, fontSize=8,
                             fillColor=INK, textAnchor="middle"))
        return shapes
    r = NODE_R
    if p.kind is m.PersonKind.INSTITUTION:
        shape = Polygon([x - r, y - r, x + r, y - r, x + r, y + r, x - r, y + r])
    elif p.kind is m.PersonKind.ONLINE:
        shape = Polygon([x, y - r - 1, x + r + 1, y, x, y + r + 1, x - r - 1, y])
    else:
        shape = Circle(x, y, r)
    shape.fillColor, shape.strokeColor, shape.strokeWidth = fill, edge, width
    shapes.append(shape)
    if p.deceased:
        shapes.append(Line(x - r * 0.7, y - r * 0.7, x + r * 0.7, y + r * 0.7,
                           strokeColor=MUTED, strokeWidth=0.8))
        shapes.append(Line(x - r * 0.7, y + r * 0.7, x + r * 0.7, y - r * 0.7,
                           strokeColor=MUTED, strokeWidth=0.8))
    if badge in BADGE:
        shapes.append(Circle(x + r, y + r, 2.6, fillColor=BADGE[badge], strokeColor=INK,
                             strokeWidth=0.4))
    if name:
        shapes.append(_label(p, x, y, r, name))
    return shapes


def _label(p: m.Person, x: float, y: float, r: float, name: str) -> String:
    """The name on the side facing away from the centre, where there is room."""
    angle = math.atan2(p.x, -p.y)  # clockwise from the top, like the map
    dx, dy = math.sin(angle), math.cos(angle)  # drawing y points up
    if abs(dx) < 0.35:  # near the vertical axis: above or below the node
        return String(x, y + (r + 2 if dy > 0 else -r - 7.5), name, fontName=FONT,
                      fontSize=6, fillColor=INK, textAnchor="middle")
    return String(x + (r + 2) * (1 if dx > 0 else -1), y - 2, name, fontName=FONT,
                  fontSize=6, fillColor=INK, textAnchor="start" if dx > 0 else "end")


def legend_drawing(labels: Labels, width: float = 480) -> Drawing:
    """The key to every channel of the map, in two columns of rows."""
    register_fonts()
    rows: list[tuple[str, object]] = []
    for kind in m.RelationKind:
        rows.append((labels.of(kind), m.Relation(0, 0, "", 1, 2, kind=kind)))
    rows += [
        (labels["tie_weak"], m.Relation(0, 0, "", 1, 2, strength=m.Strength.WEAK)),
        (labels["tie_strong"], m.Relation(0, 0, "", 1, 2, strength=m.Strength.STRONG)),
        (labels["tie_conflict"], m.Relation(0, 0, "", 1, 2, conflict=True)),
        (labels["tie_tenuous"], m.Relation(0, 0, "", 1, 2, status=m.TieStatus.TENUOUS)),
        (labels["tie_cut_off"], m.Relation(0, 0, "", 1, 2, status=m.TieStatus.CUT_OFF)),
        (labels["tie_direction"], m.Relation(0, 0, "", 1, 2, direction=m.Direction.A_TO_B)),
    ]
    people = [
        (labels["kind_person"], m.Person(0, 0, "", kind=m.PersonKind.PERSON), None),
        (labels["kind_institution"], m.Person(0, 0, "", kind=m.PersonKind.INSTITUTION), None),
        (labels["kind_online"], m.Person(0, 0, "", kind=m.PersonKind.ONLINE), None),
        (labels["marker_resource"], m.Person(0, 0, "", marker=m.Marker.RESOURCE), None),
        (labels["marker_risk"], m.Person(0, 0, "", marker=m.Marker.RISK), None),
        (labels["deceased"], m.Person(0, 0, "", deceased=True), None),
        (labels["badge_keyclient"], m.Person(0, 0, ""), "keyclient"),
        (labels["badge_candidate"], m.Person(0, 0, ""), "candidate"),
    ]
    per_column = 6
    height = per_column * 13 + 8
    d = Drawing(width, height)
    columns = (0, 0.26 * width, 0.56 * width, 0.78 * width)
    for i, (text, tie) in enumerate(rows):
        col, row = divmod(i, per_column)
        x, y = columns[col], height - 10 - row * 13
        _add(d, _tie((x - NODE_R + 2, y + 3), (x + 30 + NODE_R, y + 3), tie, 0))
        d.add(String(x + 40, y, text, fontName=FONT, fontSize=7, fillColor=INK))
    for i, (text, person, badge) in enumerate(people):
        col, row = divmod(i, per_column)
        x, y = columns[col + 2] + 8, height - 10 - row * 13
        _add(d, _person(person, x, y + 3, "", badge, False))
        d.add(String(x + 14, y, text, fontName=FONT, fontSize=7, fillColor=INK))
    return d

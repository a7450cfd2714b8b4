"""The legend: every channel the map uses, painted the same on the page and
in exports (``paint_legend``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from legato_desk.model.map import (
    Direction,
    Marker,
    PersonKind,
    Relation,
    RelationKind,
    Strength,
    TieStatus,
)
from legato_desk.model.map_diff import Change
from legato_desk.ui.map import style
from legato_desk.ui.map.items import paint_node, tie_paths, tie_pen

ROW_H = 19.0  # at the default font; rows grow with a larger one (row_h)
SYMBOL_W = 40.0


def row_h() -> float:
    """A legend row: at least ROW_H, and one line of the application font with air."""
    return max(ROW_H, QFontMetricsF(QApplication.font()).height() + 4)


def _t(text: str) -> str:
    return QCoreApplication.translate("legend", text)


def _rel(**fields) -> Relation:
    return Relation(**{"id": 0, "case_id": 0, "uid": "", "a": 0, "b": 0,
                       "kind": RelationKind.PROFESSIONAL, **fields})


def legend_sections(comparing: bool = False):
    """(heading, [(kind, payload, text)]) — what the legend explains."""
    persons = [("node", {"person_kind": k}, style.kind_name(k)) for k in PersonKind]
    persons += [("node", {"marker": Marker.RESOURCE}, _t("resource")),
                ("node", {"marker": Marker.RISK}, _t("risk")),
                ("node", {"deceased": True}, _t("deceased")),
                ("node", {"badge": "keyclient"}, _t("key-client")),
                ("node", {"badge": "candidate"}, _t("key-client candidate"))]
    lines = [("tie", _rel(strength=s), style.strength_name(s)) for s in Strength]
    lines += [("tie", _rel(conflict=True), _t("conflict")),
              ("tie", _rel(status=TieStatus.TENUOUS), _t("tenuous")),
              ("tie", _rel(status=TieStatus.CUT_OFF), _t("cut off")),
              ("tie", _rel(direction=Direction.A_TO_B), _t("support / influence")),
              ("tie", _rel(direction=Direction.BOTH), _t("both ways"))]
    kinds = [("kind", k, style.relation_kind_name(k)) for k in RelationKind]
    sections = [(_t("Persons"), persons), (_t("Ties"), lines), (_t("Kinds of tie"), kinds)]
    if comparing:
        changes = [(Change.ADDED, _t("added")), (Change.CLOSER, _t("moved closer")),
                   (Change.FURTHER, _t("moved further away")),
                   (Change.SECTOR, _t("moved to another sector")),
                   (Change.CHANGED, _t("changed")), (Change.CUT, _t("tie cut off")),
                   (Change.REMOVED, _t("removed (ghosted)"))]
        sections.append((_t("Changes"), [("change", c, text) for c, text in changes]))
    return sections


def legend_size(columns: int = 1, comparing: bool = False) -> QSize:
    fm = QFontMetricsF(QApplication.font())
    sections = legend_sections(comparing)
    widest = max(fm.horizontalAdvance(text) for _, rows in sections for *_, text in rows)
    col_w = SYMBOL_W + 8 + widest + 14
    heights = _column_heights(sections, columns)
    return QSize(int(col_w * columns + 12), int(max(heights) + row_h() * 1.6 + 8))


def _columns(sections, columns: int):
    """Split whole sections into ``columns`` columns of similar height."""
    total = sum(len(rows) + 1.4 for _, rows in sections)
    out, current, height = [[] for _ in range(columns)], 0, 0.0
    for section in sections:
        h = len(section[1]) + 1.4
        if current < columns - 1 and height > 0 and height + h / 2 > total / columns:
            current, height = current + 1, 0.0
        out[current].append(section)
        height += h
    return out


def _column_heights(sections, columns):
    return [sum((len(rows) + 1.4) * row_h() for _, rows in col)
            for col in _columns(sections, columns)]


def paint_legend(painter: QPainter, origin: QPointF, palette, width: float,
                 columns: int = 1, comparing: bool = False) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rh = row_h()
    text = style.role(palette, "Text")
    font = QFont(QApplication.font())
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    painter.setPen(text)
    painter.drawText(QRectF(origin.x() + 6, origin.y() + 2, width, rh * 1.4),
                     Qt.AlignmentFlag.AlignVCenter, _t("Legend"))
    col_w = (width - 12) / columns
    top = origin.y() + rh * 1.6
    for c, col in enumerate(_columns(legend_sections(comparing), columns)):
        x, y = origin.x() + 6 + c * col_w, top
        for heading, rows in col:
            painter.setFont(bold)
            painter.setPen(style.mix(text, style.role(palette, "Base"), 0.3))
            painter.drawText(QRectF(x, y, col_w, rh), Qt.AlignmentFlag.AlignVCenter, heading)
            y += rh * 1.1
            painter.setFont(font)
            for kind, payload, label in rows:
                _paint_symbol(painter, kind, payload, QRectF(x, y, SYMBOL_W, rh), palette)
                painter.setFont(font)
                painter.setPen(text)
                painter.drawText(QRectF(x + SYMBOL_W + 8, y, col_w - SYMBOL_W - 8, rh),
                                 Qt.AlignmentFlag.AlignVCenter, label)
                y += rh
            y += rh * 0.3
    painter.restore()


def _paint_symbol(painter, kind, payload, rect: QRectF, palette) -> None:
    c = rect.center()
    if kind == "node":
        painter.save()
        painter.translate(c)
        paint_node(painter, payload.get("person_kind", PersonKind.PERSON), 7.0, palette,
                   marker=payload.get("marker", Marker.NONE),
                   deceased=payload.get("deceased", False), badge=payload.get("badge"))
        painter.restore()
        return
    p1, p2 = QPointF(rect.left() + 2, c.y()), QPointF(rect.right() - 2, c.y())
    if kind == "change":
        colour = style.change_colour(payload)
        halo = QPen(colour, 9)
        halo.setCapStyle(Qt.PenCapStyle.RoundCap)
        colour.setAlpha(120)
        halo.setColor(colour)
        painter.setPen(halo)
        painter.drawLine(p1 + QPointF(4, 0), p2 - QPointF(4, 0))
        return
    rel = _rel(kind=payload) if kind == "kind" else payload
    colour = (style.kind_colour(payload, palette) if kind == "kind"
              else style.role(palette, "Text"))
    path, heads, _ = tie_paths(p1, p2, rel)
    painter.setPen(tie_pen(rel, colour))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.fillPath(heads, colour)


class LegendWidget(QWidget):
    """The legend beside the map (the same drawing as in exports)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.comparing = False
        self.setAccessibleName(self.tr("Legend of the map"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._update_description()

    def set_comparing(self, comparing: bool) -> None:
        self.comparing = comparing
        self._update_description()
        self.updateGeometry()
        self.update()

    def _update_description(self) -> None:
        self.setAccessibleDescription("; ".join(
            f"{heading}: " + ", ".join(text for *_, text in rows)
            for heading, rows in legend_sections(self.comparing)))

    def sizeHint(self) -> QSize:
        return legend_size(1, self.comparing)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        paint_legend(painter, QPointF(0, 0), self.palette(), self.width(), 1, self.comparing)

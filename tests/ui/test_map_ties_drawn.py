"""How the map draws a conflict tie, and what the first frame of an opened map holds.

Below 1:1 a zigzag is drawn as separate square-capped strokes (Qt's fast line
path); from 1:1 on, and in every export, as one mitred polyline. The two must
look alike where the strokes are used, and end at the same points.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath

from legato_desk.model.map import Ring, Sector, Strength, point_at
from legato_desk.ui.map import export
from legato_desk.ui.map.items import FINE_ZOOM
from tests.ui.test_map import add, shown

MOVE = QPainterPath.ElementType.MoveToElement


@pytest.fixture
def window(map_window):
    return map_window


@pytest.fixture
def case(vault):
    return vault.cases.create("M.")


@pytest.fixture
def page(qtbot, window, case):
    window.open_case(case.id, tab="map")
    page = window.workspace.page("map")
    qtbot.waitExposed(page.view)
    return page


def _subpaths(path: QPainterPath) -> list[list[tuple[float, float]]]:
    parts: list[list[tuple[float, float]]] = []
    for i in range(path.elementCount()):
        e = path.elementAt(i)
        if e.type == MOVE:
            parts.append([])
        parts[-1].append((e.x, e.y))
    return parts


def _drawn(page) -> None:
    page.view.viewport().repaint()  # the view sets the zigzags' kind as it paints


@pytest.fixture
def quarrel(vault, case):
    a = add(vault, case, Sector.FAMILY, Ring.CLOSE, name="Mother")
    b = add(vault, case, Sector.FRIENDS, Ring.DISTANT, name="Friend")
    return vault.maps.add_relation(a.id, b.id, conflict=True, strength=Strength.STRONG)


def test_a_zigzag_is_strokes_below_one_to_one_and_one_polyline_from_it(page, case, quarrel):
    shown(page, case)
    _drawn(page)
    tie = page.scene.ties[quarrel.id]
    assert page.view.zoom() < FINE_ZOOM
    strokes = _subpaths(tie.path())
    assert len(strokes) > 10 and all(len(s) == 2 for s in strokes)
    assert tie.pen().capStyle() == Qt.PenCapStyle.SquareCap

    page.view.zoom_by(1.2 * FINE_ZOOM / page.view.zoom())
    _drawn(page)
    polyline = _subpaths(tie.path())
    assert len(polyline) == 1 and len(polyline[0]) == len(strokes) + 1
    assert tie.pen().capStyle() == Qt.PenCapStyle.FlatCap
    assert tie.pen().joinStyle() == Qt.PenJoinStyle.MiterJoin
    # The same corners; the strokes' ends are drawn in by half the pen, which
    # their square caps give back: the zigzag starts and ends where it did.
    assert [s[1] for s in strokes[:-1]] == polyline[0][1:-1]
    half = tie.pen().widthF() / 2
    for end, inner, drawn_in in ((polyline[0][0], polyline[0][1], strokes[0][0]),
                                 (polyline[0][-1], polyline[0][-2], strokes[-1][1])):
        full = QPointF(*inner) - QPointF(*end)
        short = QPointF(*inner) - QPointF(*drawn_in)
        assert _length(full) - _length(short) == pytest.approx(half, abs=1e-6)

    page.view.fit()
    _drawn(page)
    assert len(_subpaths(tie.path())) == len(strokes)


def _length(p: QPointF) -> float:
    return (p.x() ** 2 + p.y() ** 2) ** 0.5


def test_an_export_draws_every_zigzag_as_one_polyline(page, case, quarrel):
    shown(page, case)
    _drawn(page)
    tie = page.scene.ties[quarrel.id]
    inside = []
    with export._printing(page.scene):
        inside.append(len(_subpaths(tie.path())))
    assert inside == [1]
    assert len(_subpaths(tie.path())) > 10  # back as the screen draws it
    assert export.map_bytes(page.scene, "png", "M.")[:4] == b"\x89PNG"


def _image(page, tie, zoom: float) -> QImage:
    rect = tie.sceneBoundingRect()
    image = QImage(int(rect.width() * zoom) + 8, int(rect.height() * zoom) + 8,
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(4, 4)
    painter.scale(zoom, zoom)
    painter.translate(-rect.topLeft())
    painter.setPen(tie.pen())
    painter.drawPath(tie.path())
    painter.end()
    return image


def _ink(image: QImage) -> list[int]:
    """Darkness (0 white … 255) of every pixel."""
    return [255 - QColor(image.pixel(x, y)).lightness()
            for y in range(image.height()) for x in range(image.width())]


@pytest.mark.parametrize("zoom", [0.4, 0.63, 0.95])
def test_the_strokes_look_like_the_polyline_where_they_are_drawn(page, case, quarrel, zoom):
    shown(page, case)
    tie = page.scene.ties[quarrel.id]
    tie.set_fine(False)
    strokes = _ink(_image(page, tie, zoom))
    tie.set_fine(True)
    polyline = _ink(_image(page, tie, zoom))
    inked = sum(1 for v in polyline if v > 40)
    apart = sum(1 for a, b in zip(strokes, polyline) if abs(a - b) > 80)
    assert inked > 200
    assert apart / inked < 0.04, (apart, inked)
    assert abs(sum(strokes) - sum(polyline)) / sum(polyline) < 0.05  # as much ink


def test_an_opened_map_shows_its_badges_before_the_key_client_page_has_the_case(
        qtbot, window, vault, case):
    sister = vault.maps.add_person(case.id, *point_at(Sector.FAMILY, Ring.MIDDLE),
                                   name="Sister")
    vault.keyclients.mark(case.id, sister.id)
    other = vault.cases.create("S.")
    window.open_case(other.id, tab="map")
    qtbot.waitUntil(lambda: not window.workspace.pending_pages())
    window.open_case(case.id, tab="map")
    map_page = window.workspace.named_page("map")
    assert map_page.item_for(sister.id).badge == "candidate"  # in its first frame
    assert "keyclients" in window.workspace.pending_pages()
    qtbot.waitUntil(lambda: not window.workspace.pending_pages())
    keyclients = window.workspace.page("keyclients")
    assert keyclients.case.id == case.id
    assert [c.person_id for c in keyclients.candidates.values()] == [sister.id]


def test_persons_keep_their_picture_from_their_second_frame_on(qtbot, window, vault, case):
    from PySide6.QtWidgets import QGraphicsItem

    sister = vault.maps.add_person(case.id, *point_at(Sector.FAMILY, Ring.MIDDLE),
                                   name="Sister")
    window.open_case(case.id)  # on the overview: the map is not drawn yet
    page = window.workspace.page("map")
    item = page.item_for(sister.id)
    assert item.cacheMode() == QGraphicsItem.CacheMode.NoCache  # the first frame paints
    window.workspace.tabs.setCurrentWidget(page)
    qtbot.waitExposed(page.view)
    qtbot.waitUntil(lambda: item.cacheMode() == QGraphicsItem.CacheMode.DeviceCoordinateCache)
    image = page.view.grab().toImage()  # and it still looks like itself from the cache
    spot = page.view.mapFromScene(item.pos())
    assert QColor(image.pixel(spot.x(), spot.y())) != QColor(image.pixel(2, 2))


def test_a_person_is_painted_in_the_colours_of_the_palette_shown(qapp):
    """Colours and pens are kept per palette; switching light, dark, light repaints each."""
    from PySide6.QtCore import QRectF
    from PySide6.QtWidgets import QGraphicsScene

    from legato_desk.model.map import Person, PersonKind
    from legato_desk.ui import theme
    from legato_desk.ui.map import style
    from legato_desk.ui.map.items import PersonItem

    scene = QGraphicsScene()
    scene.addItem(PersonItem(Person(id=1, case_id=1, uid="u", kind=PersonKind.PERSON,
                                    name="Sister"), "Sister", ""))

    def centre(palette) -> QColor:
        scene.setPalette(palette)
        image = QImage(60, 60, QImage.Format.Format_RGB32)
        image.fill(QColor("magenta"))
        painter = QPainter(image)
        scene.render(painter, QRectF(0, 0, 60, 60), QRectF(-30, -30, 60, 60))
        painter.end()
        return image.pixelColor(30, 30)

    from legato_desk.model.map import Relation, RelationKind
    from legato_desk.ui.map.items import TieItem

    a, b = (PersonItem(Person(id=i, case_id=1, uid=f"u{i}", x=0.1 * i), "", "")
            for i in (2, 3))
    tie = TieItem(Relation(id=1, case_id=1, uid="r", a=2, b=3, kind=RelationKind.MILIEU),
                  a, b, theme.light_palette())
    for palette in (theme.light_palette(), theme.dark_palette(), theme.light_palette()):
        assert centre(palette) == style.role(palette, "Base")
        tie.set_palette(palette)
        assert tie.pen().color() == style.kind_colour(RelationKind.MILIEU, palette)

"""Label layout on a crowded map (ui/map/labels.py): crowded labels get their
side only when they are about to show, and then the same side as a full count
of every side's overlap (the layout before it learnt to stop early) gives."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from legato_desk.largecase import LargeCaseSize, generate_large_case
from legato_desk.ui.main_window import MainWindow
from legato_desk.ui.map.items import CROWDED_ZOOM


def full_count(items) -> dict:
    """Reference: every label's (side, crowded) by counting each side's whole
    overlap (greedy, closest first; crowded labels take no room)."""
    placed: list[tuple] = []
    for item in items:
        pos, r = item.pos(), item.radius + 1
        placed.append((pos.x() - r, pos.y() - r, pos.x() + r, pos.y() + r))

    def overlap(box):
        x0, y0, x1, y1 = box
        return sum(max(0.0, min(x1, b[2]) - max(x0, b[0])) * max(0.0, min(y1, b[3]) - max(y0, b[1]))
                   for b in placed)

    out = {}
    for item in sorted(items, key=lambda i: i.pos().x() ** 2 + i.pos().y() ** 2):
        if item.person.is_index:
            continue
        x, y = item.pos().x(), item.pos().y()
        boxes = [(x + a, y + b, x + c, y + d) for a, b, c, d in item.label_boxes()]
        scores = [overlap(box) + 2.0 * side for side, box in enumerate(boxes)]
        best = min(range(len(boxes)), key=lambda s: (scores[s], s))
        area = (boxes[0][2] - boxes[0][0]) * (boxes[0][3] - boxes[0][1])
        crowded = scores[best] - 2.0 * best > 0.12 * area
        out[item.person.id] = (best, crowded)
        if not crowded:
            placed.append(boxes[best])
    return out


def placement(items) -> dict:
    return {i.person.id: (i._label_side, i.crowded) for i in items if not i.person.is_index}


@pytest.fixture
def crowded(qtbot, vault, app_paths):
    """The large case's 300 persons on one map (no sessions), open on the Map tab."""
    generate_large_case(vault, size=LargeCaseSize(persons=300, ties=100, snapshots=1,
                                                  sessions=0, safeguarding=0))
    [case] = vault.cases.list()
    window = MainWindow(vault, QSettings(str(app_paths.settings_file),
                                         QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.show()
    window.open_case(case.id, tab="map")
    page = window.workspace.page("map")
    qtbot.waitExposed(page.view)
    return page


def test_crowded_labels_take_the_least_overlapping_side_once_resolved(crowded):
    items = list(crowded.scene.persons.values())
    expected = full_count(items)
    crowded_ones = [pid for pid, (_s, c) in expected.items() if c]
    assert len(crowded_ones) > 100  # a map where counting every side was the cost
    shown = placement(items)
    # Free labels are placed and every crowded flag is right before anything resolves.
    assert {p: v for p, v in shown.items() if not v[1]} == \
        {p: v for p, v in expected.items() if not v[1]}
    assert {p for p, v in shown.items() if v[1]} == set(crowded_ones)
    assert crowded.scene._labels.pending()
    crowded.scene.resolve_labels()
    assert placement(items) == expected


def test_selecting_a_crowded_person_gives_its_label_its_side(crowded, qtbot):
    items = list(crowded.scene.persons.values())
    expected = full_count(items)
    pending = [i for i in items if i in crowded.scene._labels._pending]
    assert pending
    item = pending[0]
    crowded.select_person(item.person.id)
    assert item not in crowded.scene._labels._pending
    assert (item._label_side, item.crowded) == expected[item.person.id]


def test_zooming_in_far_enough_to_show_crowded_labels_resolves_them(crowded, qtbot):
    items = list(crowded.scene.persons.values())
    expected = full_count(items)
    view = crowded.view
    while view.zoom() < CROWDED_ZOOM:
        view.zoom_by(1.25)
    view.viewport().repaint()
    assert not crowded.scene._labels.pending()
    assert placement(items) == expected


def test_an_exported_map_shows_resolved_labels(crowded, tmp_path):
    from legato_desk.ui.map.export import export_map

    items = list(crowded.scene.persons.values())
    expected = full_count(items)
    export_map(crowded.scene, tmp_path / "map.svg", "M.")
    assert placement(items) == expected

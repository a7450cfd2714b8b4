"""The Map tab, driven like a counsellor would: mouse, keyboard, panels, dialogs.

Every test checks what the vault holds afterwards.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtWidgets import QApplication

from legato_desk.model.map import Marker, PersonKind, Ring, Sector, Strength, TieStatus, point_at
from legato_desk.ui.main_window import MainWindow
from legato_desk.ui.map import style
from tests.ui.conftest import answer_modal

SHIFT = Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(map_window):
    return map_window


@pytest.fixture
def case(vault):
    return vault.cases.create("M.")


@pytest.fixture
def page(qtbot, window, case):
    window.open_case(case.id)
    window.workspace.tabs.setCurrentWidget(window.workspace.page("map"))
    page = window.workspace.page("map")
    qtbot.waitExposed(page.view)
    return page


def at(page, x, y) -> QPoint:
    """Viewport position of a point in map units."""
    return page.view.mapFromScene(QPointF(x * style.SCALE, y * style.SCALE))


def add(vault, case, sector, ring, offset=0.0, **fields):
    return vault.maps.add_person(case.id, *point_at(sector, ring, offset), **fields)


def shown(page, case):
    """Re-read the map and its snapshots (as after reopening the case)."""
    page.versions.refresh()
    return page


def test_double_click_adds_a_person_where_they_belong_and_the_panel_names_them(
        qtbot, page, vault, case):
    x, y = point_at(Sector.SCHOOL_WORK, Ring.MIDDLE)
    qtbot.mouseDClick(page.view.viewport(), LEFT, pos=at(page, x, y))
    [person] = [p for p in vault.maps.state(case.id).persons if not p.is_index]
    assert (person.sector, person.ring) == (Sector.SCHOOL_WORK, Ring.MIDDLE)
    assert abs(person.x - x) < 0.01 and abs(person.y - y) < 0.01
    assert page.person_panel.name.hasFocus()
    qtbot.keyClicks(page.person_panel.name, "Mr A.")
    qtbot.keyClick(page.person_panel.name, Qt.Key.Key_Return)
    assert vault.maps.person(person.id).name == "Mr A."
    assert page.item_for(person.id).title == "Mr A."
    assert "Mr A." in page.list_model.item(1).text()


def test_every_field_of_the_side_panel_is_stored_and_undoable(qtbot, window, page, vault, case):
    p = add(vault, case, Sector.FAMILY, Ring.CLOSE, name="Mother")
    shown(page, case).select_person(p.id)
    panel = page.person_panel
    assert panel.item.id == p.id
    panel.role.lineEdit().clear()
    qtbot.keyClicks(panel.role.lineEdit(), "stepmother")
    qtbot.keyClick(panel.role.lineEdit(), Qt.Key.Key_Return)
    panel.kind.setCurrentIndex(panel.kind.findData(PersonKind.INSTITUTION))
    panel.kind.activated.emit(panel.kind.currentIndex())
    panel.age.lineEdit().selectAll()
    qtbot.keyClicks(panel.age, "47")
    qtbot.keyClick(panel.age, Qt.Key.Key_Return)
    qtbot.keyClick(panel.deceased, Qt.Key.Key_Space)
    panel.marker.setCurrentIndex(panel.marker.findData(Marker.RESOURCE))
    panel.marker.activated.emit(panel.marker.currentIndex())
    qtbot.keyClicks(panel.source, "reported by the sister")
    qtbot.keyClick(panel.source, Qt.Key.Key_Return)
    qtbot.keyClick(panel.verified, Qt.Key.Key_Space)
    panel.note.setFocus()
    qtbot.keyClicks(panel.note, "Calls every week.")
    page.flush()
    stored = vault.maps.person(p.id)
    assert (stored.role, stored.kind, stored.age, stored.deceased, stored.marker,
            stored.source, stored.verified, stored.note) == (
        "stepmother", PersonKind.INSTITUTION, 47, True, Marker.RESOURCE,
        "reported by the sister", True, "Calls every week.")
    window.undo_action.trigger()   # the note
    window.undo_action.trigger()   # verified
    stored = vault.maps.person(p.id)
    assert stored.note == "" and stored.verified is False and stored.source
    window.redo_action.trigger()
    assert vault.maps.person(p.id).verified is True
    # Sector and closeness combos move the person (the keyboard's way to move far).
    panel.sector.setFocus()
    qtbot.keyClick(panel.sector, Qt.Key.Key_End)  # milieu / online
    panel.ring.setFocus()
    qtbot.keyClick(panel.ring, Qt.Key.Key_End)    # known, no contact
    moved = vault.maps.person(p.id)
    assert (moved.sector, moved.ring) == (Sector.MILIEU, Ring.OUTSIDE)
    assert page.item_for(p.id).person.ring is Ring.OUTSIDE


def test_other_names_and_the_index_clients_real_name_are_stored_never_shown(
        qtbot, window, page, vault, case):
    p = add(vault, case, Sector.FAMILY, Ring.CLOSE, name="Mother")
    shown(page, case).select_person(p.id)
    panel = page.person_panel
    panel.aliases.setFocus()
    qtbot.keyClicks(panel.aliases, "Leyla;  Mrs Y., leyla")
    qtbot.keyClick(panel.aliases, Qt.Key.Key_Return)
    assert vault.maps.person(p.id).aliases == "Leyla, Mrs Y."
    assert panel.aliases.text() == "Leyla, Mrs Y."
    window.undo_action.trigger()
    assert vault.maps.person(p.id).aliases == ""
    window.redo_action.trigger()
    # The index client: the name field takes the real name; the map keeps the pseudonym.
    index = vault.maps.ensure_index(case.id)
    page.select_person(index.id)
    assert panel.name.isEnabled() and panel.name.text() == ""
    assert not panel.role.isEnabled()
    panel.name.setFocus()
    qtbot.keyClicks(panel.name, "Emre Yilmaz")
    qtbot.keyClick(panel.name, Qt.Key.Key_Return)
    panel.aliases.setFocus()
    qtbot.keyClicks(panel.aliases, "Emo")
    page.flush()
    stored = vault.maps.person(index.id)
    assert (stored.name, stored.aliases) == ("Emre Yilmaz", "Emo")
    assert page.item_for(index.id).title == "M."
    assert page.display_name(stored) == "M."
    assert all("Emre" not in page.list_model.item(r).text()
               for r in range(page.list_model.rowCount()))


def _drag(qtbot, page, start: QPoint, end: QPoint, modifier=Qt.KeyboardModifier.NoModifier):
    viewport = page.view.viewport()
    qtbot.mousePress(viewport, LEFT, modifier, start)
    for k in range(1, 9):
        qtbot.mouseMove(viewport, start + (end - start) * (k / 8))
    qtbot.mouseRelease(viewport, LEFT, modifier, end)


def test_shift_drag_connects_and_the_menu_adds_a_parallel_tie(qtbot, page, vault, case):
    a = add(vault, case, Sector.FAMILY, Ring.CLOSE, -20, name="Mother")
    b = add(vault, case, Sector.FAMILY, Ring.MIDDLE, 20, name="Father")
    shown(page, case)
    _drag(qtbot, page, at(page, a.x, a.y), at(page, b.x, b.y), SHIFT)
    [tie] = vault.maps.state(case.id).relations
    assert {tie.a, tie.b} == {a.id, b.id}
    assert page.scene.current_tie == tie.id  # the tie panel opens on the new tie

    page.select_person(a.id)
    page.scene.item_for(b.id).setSelected(True)
    page.connect_action.trigger()
    ties = vault.maps.state(case.id).relations
    assert len(ties) == 2
    first, second = (page.scene.ties[r.id] for r in ties)
    assert first.offset == -second.offset != 0
    assert first.path().boundingRect().center() != second.path().boundingRect().center()


def test_the_tie_panel_sets_every_channel(qtbot, page, vault, case):
    a = add(vault, case, Sector.FRIENDS, Ring.CLOSE, name="Tim")
    tie = vault.maps.add_relation(page.state.index_client.id if page.state.index_client
                                  else vault.maps.ensure_index(case.id).id, a.id)
    shown(page, case)
    # Clicking the line opens the tie in the panel.
    mid = page.scene.ties[tie.id].path().pointAtPercent(0.3)
    qtbot.mouseClick(page.view.viewport(), LEFT, pos=page.view.mapFromScene(mid))
    assert page.side.currentWidget() is page.tie_panel
    panel = page.tie_panel
    for combo, value in ((panel.strength, Strength.STRONG), (panel.status, TieStatus.CUT_OFF),
                         (panel.direction, panel.direction.itemData(3))):
        combo.setCurrentIndex(combo.findData(value))
        combo.activated.emit(combo.currentIndex())
    qtbot.keyClick(panel.conflict, Qt.Key.Key_Space)
    stored = vault.maps.relation(tie.id)
    assert (stored.strength, stored.status, stored.conflict, stored.direction.value) == (
        Strength.STRONG, TieStatus.CUT_OFF, True, "both")
    assert page.scene.ties[tie.id].relation == stored


def test_drag_writes_once_on_release_and_undo_redo_move_back(qtbot, window, page, vault,
                                                            case, monkeypatch):
    p = add(vault, case, Sector.FRIENDS, Ring.DISTANT, name="Jonas")
    other = add(vault, case, Sector.FRIENDS, Ring.DISTANT, 20, name="Tim")
    tie = vault.maps.add_relation(p.id, other.id)
    shown(page, case)
    calls = []
    real_move = vault.maps.move
    monkeypatch.setattr(vault.maps, "move", lambda positions: (calls.append(positions),
                                                               real_move(positions)))
    target = point_at(Sector.FRIENDS, Ring.CLOSE)
    before = page.scene.ties[tie.id].path().boundingRect()
    _drag(qtbot, page, at(page, p.x, p.y), at(page, *target))
    assert len(calls) == 1 and list(calls[0]) == [p.id]
    moved = vault.maps.person(p.id)
    assert moved.ring is Ring.CLOSE and moved.sector is Sector.FRIENDS
    assert page.scene.ties[tie.id].path().boundingRect() != before  # the tie followed
    window.undo_action.trigger()
    assert vault.maps.person(p.id).ring is Ring.DISTANT
    assert page.item_for(p.id).pos() == QPointF(p.x * style.SCALE, p.y * style.SCALE)
    window.redo_action.trigger()
    assert vault.maps.person(p.id).ring is Ring.CLOSE


def test_rubber_band_selects_and_delete_then_undo_restores_the_same_rows(
        qtbot, window, page, vault, case):
    a = add(vault, case, Sector.MILIEU, Ring.MIDDLE, -10, name="Brother D.")
    b = add(vault, case, Sector.MILIEU, Ring.MIDDLE, 10, name="Forum")
    keep = add(vault, case, Sector.FAMILY, Ring.CLOSE, name="Mother")
    vault.maps.add_relation(a.id, b.id, kind="milieu")
    vault.maps.add_relation(a.id, keep.id)
    before = vault.maps.state(case.id)
    shown(page, case)
    corner1 = point_at(Sector.MILIEU, Ring.MIDDLE, -25, 0.42)
    corner2 = point_at(Sector.MILIEU, Ring.MIDDLE, 25, 0.62)
    xs, ys = sorted([corner1[0], corner2[0]]), sorted([corner1[1], corner2[1]])
    _drag(qtbot, page, at(page, xs[0] - 0.05, ys[0] - 0.05), at(page, xs[1] + 0.05, ys[1] + 0.05))
    assert page.scene.selected_person_ids() == sorted([a.id, b.id])
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    state = vault.maps.state(case.id)
    assert {p.id for p in state.persons} == {before.index_client.id, keep.id}
    assert state.relations == ()
    assert page.item_for(a.id) is None and not page.scene.ties
    window.undo_action.trigger()
    assert vault.maps.state(case.id) == before
    assert page.item_for(a.id) is not None and len(page.scene.ties) == 2


def test_snapshot_is_taken_with_today_and_browsed_read_only(qtbot, page, vault, case):
    p = add(vault, case, Sector.FAMILY, Ring.CLOSE, name="Mother")
    shown(page, case)

    def answer(dialog):
        qtbot.keyClicks(dialog.label, "intake")
        qtbot.keyClick(dialog.label, Qt.Key.Key_Return)

    answer_modal(qtbot, answer)
    page.snapshot_action.trigger()
    [snap] = vault.maps.snapshots(case.id)
    assert (snap.label, snap.taken_on) == ("intake", date.today())
    vault.maps.move({p.id: point_at(Sector.FAMILY, Ring.DISTANT)})
    page.versions.show_version(snap.id)
    assert page.versions.banner.isVisibleTo(page) and "intake" in page.versions.banner_text.text()
    assert not page.editable and not page.add_action.isEnabled()
    assert page.view.stamp == "Snapshot · read-only"
    assert page.item_for(p.id).person.ring is Ring.CLOSE  # the frozen state
    assert not page.item_for(p.id).flags() & page.item_for(p.id).GraphicsItemFlag.ItemIsMovable
    qtbot.mouseDClick(page.view.viewport(), LEFT, pos=at(page, *point_at(Sector.MILIEU,
                                                                          Ring.MIDDLE)))
    assert len(vault.maps.state(case.id).persons) == 2  # nothing added
    qtbot.mouseClick(page.versions.back, LEFT)
    assert page.editable and page.item_for(p.id).person.ring is Ring.DISTANT
    assert page.view.stamp == ""


def test_compare_lists_the_changes_in_words_and_highlights_them(qtbot, page, vault, case):
    index = vault.maps.ensure_index(case.id)
    mother = add(vault, case, Sector.FAMILY, Ring.CLOSE, -20, name="Mother")
    father = add(vault, case, Sector.FAMILY, Ring.CLOSE, 20, name="Father")
    teacher = add(vault, case, Sector.SCHOOL_WORK, Ring.DISTANT, name="Teacher")
    friend = add(vault, case, Sector.FRIENDS, Ring.MIDDLE, name="Friend B.")
    gone = add(vault, case, Sector.PROFESSIONAL, Ring.MIDDLE, name="Old helper")
    parents = vault.maps.add_relation(mother.id, father.id)
    to_friend = vault.maps.add_relation(index.id, friend.id, kind="friendship")
    snap = vault.maps.take_snapshot(case.id, "intake", date(2026, 3, 1))
    vault.maps.move({teacher.id: point_at(Sector.SCHOOL_WORK, Ring.MIDDLE)})
    vault.maps.update_relation(parents.id, conflict=True)
    vault.maps.update_relation(to_friend.id, status="cut_off")
    vault.maps.remove([gone.id])
    new = add(vault, case, Sector.MILIEU, Ring.CLOSE, name="Recruiter")
    shown(page, case)
    page.versions.show_version(snap.id, "now")  # either order: from earlier to later
    texts = page.versions.change_texts()
    assert "Teacher moved closer (distant → middle)." in texts
    assert "The tie Mother–Father became conflicted." in texts
    assert "The tie to Friend B. was cut off." in texts
    assert "Old helper is no longer on the map." in texts
    assert any(t.startswith("Recruiter was added") for t in texts)
    from legato_desk.model.map_diff import Change

    assert page.item_for(teacher.id).highlight is Change.CLOSER
    assert page.item_for(new.id).highlight is Change.ADDED
    assert page.scene.ties[parents.id].highlight is Change.CHANGED
    assert page.scene.ties[to_friend.id].highlight is Change.CUT
    from PySide6.QtWidgets import QGraphicsPathItem

    trails = [g for g in page.scene.ghosts if type(g) is QGraphicsPathItem]
    assert len(trails) == 1  # the teacher's way in, from the old place
    old_place = QPointF(teacher.x * style.SCALE, teacher.y * style.SCALE)
    assert trails[0].path().boundingRect().adjusted(-1, -1, 1, 1).contains(old_place)
    [ghost] = [g for g in page.scene.ghosts if getattr(g, "person", None)]
    assert ghost.person.uid == gone.uid and ghost.opacity() < 1
    assert page.side.currentWidget() is page.versions.changes
    assert not page.editable
    # Choosing a line of the list selects the person on the map.
    row = texts.index("Teacher moved closer (distant → middle).")
    page.versions.change_list.setCurrentRow(row)
    assert page.scene.selected_person_ids() == [teacher.id]
    # Nothing of this was written: the vault still holds the current map.
    assert len(vault.maps.state(case.id).persons) == 6


def test_export_png_and_svg_pseudonymised_by_default(qtbot, page, vault, case, tmp_path,
                                                     monkeypatch):
    add(vault, case, Sector.FAMILY, Ring.CLOSE, name="Zeynep Keller", role="mother")
    add(vault, case, Sector.SCHOOL_WORK, Ring.MIDDLE, name="Herr Wunderlich", role="teacher")
    shown(page, case)
    from PySide6.QtGui import QColor, QPalette

    dark = QPalette(QColor("#2b2d31"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#1f2023"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#2b2d31"))
    page.setPalette(dark)  # the screen is dark; the files must not be
    assert style.is_dark(page.scene.palette())
    png, svg = tmp_path / "map.png", tmp_path / "map.svg"
    from PySide6.QtWidgets import QFileDialog

    for path in (png, svg):
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(lambda *a, p=path, **k: (str(p), "")))

        def choose(dialog, fmt=path.suffix[1:]):
            dialog.format.setCurrentIndex(dialog.format.findData(fmt))
            dialog.accept()

        answer_modal(qtbot, choose)
        page.export_action.trigger()
    assert png.stat().st_size > 10_000
    from PySide6.QtGui import QImage

    assert QImage(str(png)).pixelColor(3, 3).lightness() > 200  # light, for paper
    assert style.is_dark(page.scene.palette())  # and the screen stays dark
    text = svg.read_text(encoding="utf-8")
    assert "Legend" in text and "conflict" in text and "key-client" in text
    assert "P1" in text and "teacher" in text and "M." in text
    assert "Keller" not in text and "Wunderlich" not in text and "Zeynep" not in text
    # The canvas went back to names afterwards.
    assert {i.title for i in page.scene.persons.values()} >= {"Zeynep Keller"}
    named = page.export_to(tmp_path / "named.svg", show_names=True, recipient="Dr. S.",
                           ground="consent")
    assert "Wunderlich" in named.read_text(encoding="utf-8")
    exports = [e for e in vault.audit.entries() if e[3:5] == ("exported", "map")]
    assert len(exports) == 3
    # In memory, for the PDF export: pseudonymised, and no file anywhere.
    before = set(tmp_path.rglob("*"))
    data = page.render_map("svg").decode("utf-8")
    assert "Legend" in data and "Wunderlich" not in data and "P2" in data
    assert page.render_map("png").startswith(b"\x89PNG")
    assert set(tmp_path.rglob("*")) == before


def test_keyboard_only_flow(qtbot, window, page, vault, case):

    def add_dialog(name, sector_steps):
        def answer(dialog):
            qtbot.keyClicks(dialog.name, name)
            for _ in range(sector_steps):
                qtbot.keyClick(dialog.sector, Qt.Key.Key_Down)
            qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
        answer_modal(qtbot, answer)
        # Offscreen, activation does not return by itself after a modal dialog.
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        page.view.setFocus()
        qtbot.keyClick(page.view, Qt.Key.Key_Insert)

    add_dialog("Sister", 0)
    add_dialog("Youth worker", 3)
    state = vault.maps.state(case.id)
    sister = next(p for p in state.persons if p.name == "Sister")
    worker = next(p for p in state.persons if p.name == "Youth worker")
    assert sister.sector is Sector.FAMILY and sister.ring is Ring.MIDDLE
    assert worker.sector is Sector.PROFESSIONAL
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    # Select in the list with the keyboard, nudge with the arrow keys.
    page.list.setFocus()
    rows = page.persons.ids_in_order()
    page.list.setCurrentIndex(page.proxy.index(rows.index(sister.id), 0))
    assert page.scene.selected_person_ids() == [sister.id]
    page.view.setFocus()
    for _ in range(3):
        qtbot.keyClick(page.view, Qt.Key.Key_Right)
    moved = vault.maps.person(sister.id)
    assert moved.x == pytest.approx(sister.x + 0.06)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert vault.maps.person(sister.id).x == pytest.approx(sister.x)  # one undo step
    # Two selected in the list (Shift+arrow), Ctrl+J connects them.
    page.list.setFocus()
    page.list.setCurrentIndex(page.proxy.index(rows.index(sister.id), 0))
    step = Qt.Key.Key_Down if rows.index(worker.id) > rows.index(sister.id) else Qt.Key.Key_Up
    qtbot.keyClick(page.list, step, SHIFT)
    assert page.scene.selected_person_ids() == sorted([sister.id, worker.id])
    qtbot.keyClick(page.list, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    [tie] = vault.maps.state(case.id).relations
    assert {tie.a, tie.b} == {sister.id, worker.id}
    # Delete from the list.
    page.list.setFocus()
    page.list.setCurrentIndex(page.proxy.index(rows.index(worker.id), 0))
    qtbot.keyClick(page.list, Qt.Key.Key_Delete)
    assert worker.id not in {p.id for p in vault.maps.state(case.id).persons}
    assert vault.maps.state(case.id).relations == ()
    # Zoom and fit from the keyboard.
    page.view.setFocus()
    zoom = page.view.zoom()
    qtbot.keyClick(page.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert page.view.zoom() > zoom
    qtbot.keyClick(page.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)


def test_search_filters_the_list_and_selects(qtbot, page, vault, case):
    add(vault, case, Sector.FAMILY, Ring.CLOSE, name="Mother")
    target = add(vault, case, Sector.SCHOOL_WORK, Ring.DISTANT, name="Teacher")
    shown(page, case)
    qtbot.keyClicks(page.search, "teach")
    assert page.proxy.rowCount() == 1
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.list.hasFocus()
    assert page.scene.selected_person_ids() == [target.id]


def test_hooks_badges_person_actions_and_changed(qtbot, page, vault, case):
    p = add(vault, case, Sector.FAMILY, Ring.MIDDLE, name="Sister")
    shown(page, case)
    page.set_badges({p.id: "candidate"})
    assert page.item_for(p.id).badge == "candidate"
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QGraphicsSceneHelpEvent, QToolTip

    hover = QGraphicsSceneHelpEvent(QEvent.Type.GraphicsSceneHelp)
    hover.setScenePos(page.item_for(p.id).pos())
    hover.setScreenPos(page.view.mapToGlobal(at(page, p.x, p.y)))
    page.scene.helpEvent(hover)
    assert "Sister" in QToolTip.text() and "Family, middle" in QToolTip.text()
    QToolTip.hideText()
    chosen = []
    page.add_person_action("Consider as key-client", chosen.append)
    page.select_person(p.id)
    button = page.person_panel.extra.itemAt(page.person_panel.extra.count() - 1).widget()
    assert button.text() == "Consider as key-client"
    qtbot.mouseClick(button, LEFT)
    assert chosen == [p.id]
    with qtbot.waitSignal(page.changed) as signal:
        page.commands.update_person(case.id, p.id, name="Lena")
    assert signal.args == [case.id] and vault.maps.person(p.id).name == "Lena"


def test_reopening_shows_the_map_as_left_and_locking_clears_it(qtbot, window, page, vault,
                                                               case, app_paths):
    p = add(vault, case, Sector.FAMILY, Ring.CLOSE, name="Mother")
    qtbot.mouseDClick(page.view.viewport(), LEFT,
                      pos=at(page, *point_at(Sector.MILIEU, Ring.DISTANT)))
    page.select_person(p.id)
    page.person_panel.note.setFocus()
    qtbot.keyClicks(page.person_panel.note, "typed just before locking")
    assert window.flush()  # what app.lock() does first
    assert vault.maps.person(p.id).note == "typed just before locking"
    window.clear_content()
    assert page.scene.persons == {} and page.list_model.rowCount() == 0
    settings = QSettings(str(app_paths.settings_file), QSettings.Format.IniFormat)
    again = MainWindow(vault, settings)
    qtbot.addWidget(again)
    again.open_case(case.id)
    state = vault.maps.state(case.id)
    assert set(again.workspace.page("map").scene.persons) == {q.id for q in state.persons}
    assert len(state.persons) == 3
    item = again.workspace.page("map").item_for(p.id)
    assert item.pos() == QPointF(p.x * style.SCALE, p.y * style.SCALE)


def test_demo_map_labels_do_not_overlap_at_normal_zoom(qtbot, window, vault):
    from legato_desk.demo import populate

    populate(vault)
    demo = vault.cases.list()[0]  # M.'s
    window.open_case(demo.id)
    page = window.workspace.page("map")
    items = [i for i in page.scene.persons.values() if not i.person.is_index]
    assert len(items) >= 11 and not any(i.crowded for i in items)
    rects = [i.label_rect_at(i._label_side).translated(i.pos()) for i in items]
    for k, rect in enumerate(rects):
        assert not any(rect.intersects(other) for other in rects[k + 1:])
    # The demo shows a comparison: an intake snapshot and a changed map since.
    [snap] = vault.maps.snapshots(demo.id)
    page.versions.show_version("now", snap.id)
    texts = page.versions.change_texts()
    assert "The tie to Tim was cut off." in texts and len(texts) > 10


def test_dragging_a_selection_moves_all_in_one_write_and_one_undo(qtbot, window, page, vault,
                                                                 case, monkeypatch):
    a = add(vault, case, Sector.MILIEU, Ring.DISTANT, -10, name="Forum")
    b = add(vault, case, Sector.MILIEU, Ring.DISTANT, 10, name="Brother D.")
    shown(page, case)
    page.item_for(a.id).setSelected(True)
    page.item_for(b.id).setSelected(True)
    calls = []
    real_move = vault.maps.move
    monkeypatch.setattr(vault.maps, "move", lambda positions: (calls.append(positions),
                                                               real_move(positions)))
    _drag(qtbot, page, at(page, a.x, a.y), at(page, a.x * 0.5, a.y * 0.5))
    assert len(calls) == 1 and set(calls[0]) == {a.id, b.id}
    assert {vault.maps.person(a.id).ring, vault.maps.person(b.id).ring} == {Ring.MIDDLE}
    window.undo_action.trigger()
    assert (vault.maps.person(a.id).x, vault.maps.person(b.id).x) == (a.x, b.x)


def test_dragging_on_a_large_map_paints_only_what_moves_and_then_shows_all(
        qtbot, page, vault, case):
    from legato_desk.model.map import free_position

    taken, ids = [], []
    for k in range(60):
        sector, ring = list(Sector)[k % 5], [Ring.MIDDLE, Ring.DISTANT, Ring.OUTSIDE][k % 3]
        x, y = free_position(sector, ring, taken)
        taken.append((x, y))
        ids.append(vault.maps.add_person(case.id, x, y, name=f"P{k}").id)
    tie = vault.maps.add_relation(ids[0], ids[1])
    shown(page, case)
    first = vault.maps.person(ids[0])
    start, end = at(page, first.x, first.y), at(page, first.x * 0.3, first.y * 0.3)
    viewport = page.view.viewport()
    qtbot.mousePress(viewport, LEFT, Qt.KeyboardModifier.NoModifier, start)
    qtbot.mouseMove(viewport, start + (end - start) * 0.5)
    assert page.view._frozen is not None
    assert not page.item_for(ids[2]).isVisible() and page.item_for(ids[0]).isVisible()
    assert page.scene.ties[tie.id].isVisible()  # moves with its person
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, LEFT, Qt.KeyboardModifier.NoModifier, end)
    assert page.view._frozen is None
    assert all(item.isVisible() for item in page.scene.persons.values())
    assert vault.maps.person(ids[0]).ring is Ring.CLOSE


def test_the_map_opens_fitted_even_when_the_tab_was_hidden(qtbot, window, vault, case):
    window.open_case(case.id)  # opens on the overview; the map tab is hidden
    page = window.workspace.page("map")
    window.workspace.tabs.setCurrentWidget(page)
    qtbot.waitExposed(page.view)
    visible = page.view.mapToScene(page.view.viewport().rect()).boundingRect()
    outer = page.scene.sceneRect()
    assert visible.contains(outer.adjusted(2, 2, -2, -2))
    assert visible.width() < outer.width() * 1.6 or visible.height() < outer.height() * 1.6
    page.zoom_in_action.trigger()
    window.resize(window.width() + 100, window.height())
    qtbot.wait(10)
    assert page.view.mapToScene(page.view.viewport().rect()).boundingRect().width() < (
        outer.width())  # the person's zoom is kept


def test_a_snapshot_can_be_deleted_after_a_question(qtbot, page, vault, case):
    from PySide6.QtWidgets import QMessageBox

    keep = vault.maps.take_snapshot(case.id, "intake", date(2026, 1, 5))
    gone = vault.maps.take_snapshot(case.id, "after 3 months", date(2026, 4, 5))
    page.versions.show_version(gone.id)
    assert "after 3 months" in page.versions.banner_text.text()
    answer_modal(qtbot, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(page.versions.delete, LEFT)
    assert [s.id for s in vault.maps.snapshots(case.id)] == [keep.id]
    assert page.editable and not page.versions.banner.isVisibleTo(page)
    assert page.versions.other.findData(gone.id) == -1


def test_wheel_zooms_and_the_middle_button_pans(qtbot, page):
    from PySide6.QtCore import QPointF as P
    from PySide6.QtGui import QWheelEvent

    zoom = page.view.zoom()
    centre = page.view.viewport().rect().center()
    wheel = QWheelEvent(P(centre), P(page.view.viewport().mapToGlobal(centre)), QPoint(0, 0),
                        QPoint(0, 240), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(page.view.viewport(), wheel)
    assert page.view.zoom() > zoom and not page.view.auto_fit
    bar = page.view.horizontalScrollBar()
    before = bar.value()
    viewport = page.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.MiddleButton, pos=centre)
    qtbot.mouseMove(viewport, centre + QPoint(-80, 0))
    qtbot.mouseRelease(viewport, Qt.MouseButton.MiddleButton, pos=centre + QPoint(-80, 0))
    assert bar.value() == before + 80


def test_a_label_selects_its_person_and_never_covers_another_symbol(qtbot, page, vault, case):
    p = add(vault, case, Sector.SCHOOL_WORK, Ring.DISTANT, name="Vocational school")
    shown(page, case)
    item = page.item_for(p.id)
    label = item.label_rect_at(item._label_side).translated(item.pos()).center()
    qtbot.mouseClick(page.view.viewport(), LEFT, pos=page.view.mapFromScene(label))
    assert page.scene.selected_person_ids() == [p.id]
    qtbot.mouseDClick(page.view.viewport(), LEFT, pos=page.view.mapFromScene(label))
    assert len(vault.maps.state(case.id).persons) == 2  # no new person under a label
    assert not item.shape().contains(label - item.pos())  # only the symbol is hit by drags


def test_exporting_a_comparison_lists_the_changes_pseudonymised(qtbot, page, vault, case,
                                                               tmp_path):
    teacher = add(vault, case, Sector.SCHOOL_WORK, Ring.DISTANT, name="Frau Lindqvist",
                  role="teacher")
    snap = vault.maps.take_snapshot(case.id, "intake", date(2026, 3, 1))
    vault.maps.move({teacher.id: point_at(Sector.SCHOOL_WORK, Ring.CLOSE)})
    shown(page, case)
    page.versions.show_version("now", snap.id)
    assert "Frau Lindqvist moved closer (distant → close)." in page.versions.change_texts()
    text = page.export_to(tmp_path / "compare.svg").read_text(encoding="utf-8")
    assert "What changed" in text and "P1 · teacher moved closer" in text
    assert "Lindqvist" not in text


def test_pseudonym_codes_stay_the_same_after_a_person_leaves_the_map(qtbot, page, vault,
                                                                    case, tmp_path):
    first = add(vault, case, Sector.FAMILY, Ring.CLOSE, name="Leaves soon", role="uncle")
    add(vault, case, Sector.FRIENDS, Ring.CLOSE, name="Stays", role="friend")
    vault.maps.take_snapshot(case.id, "intake", date(2026, 3, 1))
    shown(page, case)
    before = page.export_to(tmp_path / "before.svg").read_text(encoding="utf-8")
    vault.maps.remove([first.id])
    shown(page, case)
    after = page.export_to(tmp_path / "after.svg").read_text(encoding="utf-8")
    assert "P2" in before and "P2" in after and "P1" not in after  # the friend stays P2

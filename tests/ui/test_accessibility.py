"""Accessibility (issue 9): the keyboard reaches everything, and everything has a name.

Each main screen is walked with real Tab presses (see a11y_walk.py): every
visible, enabled input widget must be reached, the chain must come back to
where it started (no widget keeps Tab to itself), and every widget reached
must have a name a screen reader can announce.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QToolBar, QToolButton

from legato_desk import demo
from legato_desk.ui.main_window import MainWindow
from tests.ui.a11y_walk import accessible_name, describe, expected, walk


def _activate(qtbot, top):
    qtbot.addWidget(top)
    top.show()
    qtbot.waitExposed(top)
    top.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is top)
    return top


def problems(qtbot, top, start=None) -> list[str]:
    """What a keyboard or screen-reader user would trip over, walking ``top`` from ``start``."""
    tour = walk(qtbot, top, start)
    found = []
    if tour.start is None:
        return ["nothing has focus"]
    if tour.trap is not None:
        found.append(f"Tab stays in {describe(tour.trap)}")
    if tour.escaped is not None or (not tour.closed and tour.trap is None):
        found.append(f"Tab leaves the window or never returns: {describe(tour.escaped)}")
    found += [f"not reached by Tab: {describe(w)}" for w in tour.missing(expected(top))]
    found += [f"no accessible name: {describe(w)}" for w in tour.visited
              if not accessible_name(w)]
    return found


# A Saturday: the demo's follow-ups (two and four days on) fall after the weekend,
# which the case list once missed (issue 16). The window's clock is this day too.
DEMO_DAY = date(2026, 12, 5)


@pytest.fixture
def window(qtbot, vault, app_paths):
    demo.populate(vault, today=DEMO_DAY)
    settings = QSettings(str(app_paths.settings_file), QSettings.Format.IniFormat)
    win = MainWindow(vault, settings, today=lambda: DEMO_DAY)
    _activate(qtbot, win)
    return win


@pytest.fixture
def case(vault, window):
    case = vault.cases.list()[0]
    window.open_case(case.id)
    return case


# -- the start dialogs -------------------------------------------------------------

def test_welcome_dialog(qtbot, tmp_path):
    from legato_desk.ui.start.welcome import WelcomeDialog

    dialog = _activate(qtbot, WelcomeDialog(tmp_path / "new"))
    assert problems(qtbot, dialog) == []


def test_create_vault_dialog(qtbot, tmp_path, kdf):
    from legato_desk.ui.start.create_vault import CreateVaultDialog

    dialog = _activate(qtbot, CreateVaultDialog(tmp_path / "new", kdf=kdf))
    assert problems(qtbot, dialog) == []


def test_create_vault_dialog_recovery_page(qtbot, tmp_path, kdf):
    from legato_desk.ui.start.create_vault import CreateVaultDialog

    dialog = _activate(qtbot, CreateVaultDialog(tmp_path / "new", kdf=kdf))
    dialog.pages.setCurrentIndex(1)
    assert problems(qtbot, dialog, dialog.pages.currentWidget().focusWidget()) == []


@pytest.mark.parametrize("page", [0, 1], ids=["passphrase", "recovery"])
def test_unlock_dialog(qtbot, vault, vault_dir, page):
    from legato_desk.ui.start.unlock import UnlockDialog

    dialog = _activate(qtbot, UnlockDialog(vault_dir))
    dialog._show_page(page)
    assert problems(qtbot, dialog) == []


# -- the main window ------------------------------------------------------------------

def test_case_list(qtbot, window):
    assert problems(qtbot, window, window.case_list.table) == []
    page, followups = window.case_list, window.followups
    assert followups.isVisible() and followups.list.count() == 2  # the demo's follow-ups
    order = walk(qtbot, window, page.filter).visited
    assert order == [page.filter, page.new_button, page.open_button, page.rename_button,
                     page.status_button, followups.list, followups.done_button, page.table]


TABS = ["overview", "intake", "factors", "map", "keyclients", "sessions", "progress",
        "timeline", "safeguarding", "sharing", "referrals", "audit"]


def _show_tab(window, name):
    ws = window.workspace
    page = ws.overview if name == "overview" else ws.page(name)
    ws.tabs.setCurrentWidget(page)
    return page


def test_every_workspace_tab(qtbot, window, case):
    found = {}
    for name in TABS:  # one window for all tabs: building it is the slow part
        _show_tab(window, name)
        found[name] = problems(qtbot, window, window.workspace.tabs.tabBar())
    assert found == {name: [] for name in TABS}


def test_map_with_a_person_and_with_a_tie_chosen(qtbot, window, vault, case):
    page = _show_tab(window, "map")
    person = next(p for p in vault.maps.state(case.id).persons if not p.is_index)
    page.select_person(person.id)
    page._update_side()
    assert problems(qtbot, window, page.list) == []
    relation = vault.maps.state(case.id).relations[0]
    page._choose_tie(relation.id)
    assert problems(qtbot, window, page.list) == []


def test_map_comparison(qtbot, window, vault, case):
    page = _show_tab(window, "map")
    [intake] = vault.maps.snapshots(case.id)
    page.versions.show_version("now", intake.id)
    assert problems(qtbot, window, page.list) == []


def test_keyclient_comparison_and_profile(qtbot, window, vault, case):
    page = _show_tab(window, "keyclients")
    page.select(None)
    assert problems(qtbot, window, window.workspace.tabs.tabBar()) == []
    candidate = vault.keyclients.candidates(case.id)[0]
    page.select(candidate.id)
    found = {}
    for index in range(page.detail.count()):
        page.detail.setCurrentIndex(index)
        found[index] = problems(qtbot, window, window.workspace.tabs.tabBar())
    assert found == {index: [] for index in found}


def test_open_session_record(qtbot, window, vault, case):
    page = _show_tab(window, "sessions")
    page.open_session(vault.sessions.list(case.id)[0].id)
    assert problems(qtbot, window, window.workspace.tabs.tabBar()) == []


# -- dialogs from the menus -------------------------------------------------------------

def test_settings_pages(qtbot, vault, app_paths):
    from legato_desk.ui.settings.dialog import SettingsDialog

    demo.populate(vault)
    settings = QSettings(str(app_paths.settings_file), QSettings.Format.IniFormat)
    dialog = _activate(qtbot, SettingsDialog(vault, app_settings=settings))
    assert "Appearance" in [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    found = {}
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        found[dialog.tabs.tabText(index)] = problems(qtbot, dialog, dialog.tabs.tabBar())
    assert found == {name: [] for name in found}


@pytest.mark.parametrize("for_case", [True, False], ids=["case", "statistics"])
def test_export_dialog(qtbot, vault, for_case):
    from legato_desk.ui.export.dialog import ExportDialog

    demo.populate(vault)
    case_id = vault.cases.list()[0].id if for_case else None
    dialog = _activate(qtbot, ExportDialog(vault, case_id))
    assert problems(qtbot, dialog) == []


def _dialogs(vault, case_id):
    """Every other dialog, built as its menu or button builds it."""
    from legato_desk.model.contact_plan import OpenDoor, PlanStep, Unit
    from legato_desk.ui.about import AboutDialog
    from legato_desk.ui.contact_plan.editor import ContactPlanDialog
    from legato_desk.ui.keyclients.open_door import CrisisRouteDialog
    from legato_desk.ui.cases.pseudonym_dialog import PseudonymDialog
    from legato_desk.ui.keyclients.new_person import NewPersonDialog
    from legato_desk.ui.lifecycle.handover import ExportDialog as HandoverDialog
    from legato_desk.ui.lifecycle.handover import ImportDialog
    from legato_desk.ui.lifecycle.retention import RetentionDialog
    from legato_desk.ui.map.dialogs import AddPersonDialog, SnapshotDialog
    from legato_desk.ui.map.dialogs import ExportDialog as MapExportDialog
    from legato_desk.ui.safeguarding.directory_dialog import DirectoryDialog
    from legato_desk.ui.safeguarding.disclosure_dialog import DisclosureDialog
    from legato_desk.ui.safeguarding.ending_dialog import EndingDialog
    from legato_desk.ui.safeguarding.raise_dialog import RaiseFlagDialog
    from legato_desk.ui.sessions.search import SearchDialog
    from legato_desk.ui.settings.change_passphrase import ChangePassphraseDialog

    return {
        "pseudonym": lambda: PseudonymDialog("New case", "How should the index client be shown?"),
        "add person": lambda: AddPersonDialog(),
        "snapshot": lambda: SnapshotDialog(),
        "map export": lambda: MapExportDialog(),
        "new key-client": lambda: NewPersonDialog(lambda **kw: None),
        "raise flag": lambda: RaiseFlagDialog(),
        "disclosure": lambda: DisclosureDialog(vault, case_id),
        "ending": lambda: EndingDialog(vault, vault.cases.get(case_id)),
        "directory": lambda: DirectoryDialog(vault),
        "search": lambda: SearchDialog(vault),
        "change passphrase": lambda: ChangePassphraseDialog(vault),
        "handover export": lambda: HandoverDialog(vault, [case_id]),
        "handover import": lambda: ImportDialog(vault),
        "retention": lambda: RetentionDialog(vault, lambda case: False),
        "about": lambda: AboutDialog(),
        "contact plan": lambda: ContactPlanDialog(
            [PlanStep(DEMO_DAY, Unit.WEEKS, 1), PlanStep(DEMO_DAY, Unit.ON_REQUEST)],
            lambda steps: None, today=lambda: DEMO_DAY),
        "crisis route": lambda: CrisisRouteDialog(
            OpenDoor(1, case_id, 1, 1, "the office line", "Ms B. (as recorded)"),
            [("Ms A., Crisis line (Office)", 1)], lambda **route: None),
    }


DIALOGS = ["pseudonym", "add person", "snapshot", "map export", "new key-client", "raise flag",
           "disclosure", "ending", "directory", "search", "change passphrase",
           "handover export", "handover import", "retention", "about", "contact plan",
           "crisis route"]


@pytest.mark.parametrize("name", DIALOGS)
def test_other_dialogs(qtbot, vault, name):
    demo.populate(vault)
    dialog = _activate(qtbot, _dialogs(vault, vault.cases.list()[0].id)[name]())
    assert problems(qtbot, dialog) == []


# -- every action from the keyboard ---------------------------------------------------

def _menu_actions(menu: QMenu):
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menu_actions(action.menu())
        elif not action.isSeparator():
            yield action


def test_every_menu_is_reachable_with_alt_and_every_entry_has_a_mnemonic_or_shortcut(window):
    bar = window.menuBar()
    seen = set()
    for top in bar.actions():
        assert "&" in top.text(), f"menu {top.text()!r} has no Alt mnemonic"
        for action in _menu_actions(top.menu()):
            seen.add(id(action))
            assert "&" in action.text() or not action.shortcut().isEmpty(), action.text()


def _mnemonic_of(text: str) -> str | None:
    import re

    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_menu_uses_one_access_key_twice(qtbot, vault, app_paths, speak, language):
    """Within one menu (and the menu bar) each Alt letter opens one entry: a
    clash makes the key only move between them ("&Export PDF" and "&Erase")."""
    speak(language)
    win = MainWindow(vault, QSettings(str(app_paths.settings_file), QSettings.Format.IniFormat),
                     today=lambda: DEMO_DAY)
    qtbot.addWidget(win)
    clashes = []

    def check(name, actions):
        keys = {}
        for action in actions:
            if action.isSeparator() or not action.isVisible():
                continue
            key = _mnemonic_of(action.text())
            if key and key in keys:
                clashes.append((name, keys[key], action.text()))
            keys.setdefault(key, action.text())
            if action.menu() is not None:
                check(action.text(), action.menu().actions())

    check("menu bar", win.menuBar().actions())
    assert clashes == [], "\n".join(map(str, clashes))


def test_toolbar_actions_have_a_shortcut_or_a_focusable_button(window, case):
    """A toolbar button takes no Tab focus: its action needs a key, or a menu entry."""
    in_menus = {id(a) for top in window.menuBar().actions() for a in _menu_actions(top.menu())}
    missing = []
    for bar in window.findChildren(QToolBar):
        for action in bar.actions():
            if action.isSeparator() or action.isWidgetType() or id(action) in in_menus:
                continue
            button = bar.widgetForAction(action)
            if not isinstance(button, QToolButton):
                continue  # a widget of its own (combo box): walked with the tab
            if action.shortcut().isEmpty() and not (
                    button.focusPolicy() & Qt.FocusPolicy.TabFocus):
                missing.append(action.text())
    assert missing == []


def test_map_canvas_works_from_the_keyboard(qtbot, window, vault, case):
    """The list beside the map selects; the canvas moves, connects and deletes."""
    page = _show_tab(window, "map")
    assert accessible_name(page.list) and accessible_name(page.view)
    assert page.view.focusPolicy() & Qt.FocusPolicy.TabFocus
    # Ctrl+F-like: the person list's label mnemonic puts the cursor in its search field.
    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is page.search
    person = next(p for p in vault.maps.state(case.id).persons
                  if not p.is_index and p.name)
    qtbot.keyClicks(page.search, person.name)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is page.list
    qtbot.keyClick(page.list, Qt.Key.Key_Space)
    assert page.scene.selected_person_ids() == [person.id]
    qtbot.keyClick(page.list, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.view
    qtbot.keyClick(page.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    moved = vault.maps.state(case.id).person(person.id)
    assert moved.x > person.x
    keys = {a.shortcut().toString() for a in (page.add_action, page.connect_action,
                                                page.delete_action)}
    assert keys == {QKeySequence("Ins").toString(), "Ctrl+J", QKeySequence("Del").toString()}
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert person.id not in {p.id for p in vault.maps.state(case.id).persons}


# -- 200 % scaling ------------------------------------------------------------------------

# A 1920×1080 laptop screen at 200 % gives 960×540 device-independent pixels, which is
# what Qt lays out in (QT_SCALE_FACTOR=2 screenshots: packaging/screenshots.py).
SCREEN_AT_200 = (960, 540)


def test_every_window_fits_a_screen_at_200_percent(qtbot, vault, app_paths):
    from legato_desk.ui.export.dialog import ExportDialog
    from legato_desk.ui.settings.dialog import SettingsDialog
    from legato_desk.ui.start.create_vault import CreateVaultDialog
    from legato_desk.ui.start.unlock import UnlockDialog
    from legato_desk.ui.start.welcome import WelcomeDialog

    demo.populate(vault)
    case_id = vault.cases.list()[0].id
    settings = QSettings(str(app_paths.settings_file), QSettings.Format.IniFormat)
    makers = dict(_dialogs(vault, case_id))
    makers.update({
        "export": lambda: ExportDialog(vault, case_id),
        "settings": lambda: SettingsDialog(vault, app_settings=settings),
        "welcome": lambda: WelcomeDialog(app_paths.default_vault_dir),
        "create": lambda: CreateVaultDialog(app_paths.default_vault_dir),
        "unlock": lambda: UnlockDialog(vault.paths.folder),
        "main window": lambda: MainWindow(vault, settings)})
    too_big = {}
    for name, make in makers.items():
        window = make()
        qtbot.addWidget(window)
        if name == "main window":
            window.open_case(case_id)
        need = window.minimumSizeHint()
        if need.width() > SCREEN_AT_200[0] or need.height() > SCREEN_AT_200[1]:
            too_big[name] = (need.width(), need.height())
    assert too_big == {}


def test_map_names_are_not_cut_with_a_large_font(qapp):
    """At 160 % text every ring and sector name gets a box as wide as it needs, and the
    side sectors' names shrink to stay inside the map instead of running off it."""
    from PySide6.QtGui import QFont, QImage, QPainter

    from legato_desk.ui import theme
    from legato_desk.ui.map.scene import MapScene, paint_background

    class Recording(QPainter):
        """Notes each text drawn, the box it got and the width it needs."""

        def __init__(self, device):
            super().__init__(device)
            self.texts = []

        def drawText(self, box, flags, text):  # noqa: N802 (Qt's name)
            self.texts.append((text, box, self.fontMetrics().horizontalAdvance(text)))
            super().drawText(box, flags, text)

    font = QFont(qapp.font())
    big = QFont(font)
    big.setPointSizeF(font.pointSizeF() * 1.6)
    qapp.setFont(big)
    try:
        rect = MapScene().sceneRect()
        image = QImage(400, 400, QImage.Format.Format_RGB32)
        painter = Recording(image)
        painter.setWindow(rect.toRect())
        paint_background(painter, theme.light_palette(), rect)
        painter.end()
    finally:
        qapp.setFont(font)
    assert len(painter.texts) == 4 + 5  # the ring and the sector names
    cut = [text for text, box, need in painter.texts if need > box.width()]
    outside = [text for text, box, _ in painter.texts if not rect.contains(box)]
    assert (cut, outside) == ([], [])

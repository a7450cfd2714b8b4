"""Vault ▸ Settings, driven from the menu shortcut."""

import pytest
from PySide6.QtCore import QSettings, Qt

from legato_desk.ui.main_window import MainWindow
from tests.ui.conftest import answer_modal


@pytest.fixture
def window(qtbot, vault, app_paths):
    settings = QSettings(str(app_paths.settings_file), QSettings.Format.IniFormat)
    win = MainWindow(vault, settings)
    qtbot.addWidget(win)
    win.show()
    return win


def test_profile_name_is_saved_in_the_vault_and_used_by_the_audit_trail(qtbot, window, vault):
    def handler(dialog):
        page = dialog.pages[0]
        page.name.clear()
        qtbot.keyClicks(page.name, "  J.  K. ")
        qtbot.keyClick(page.name, Qt.Key.Key_Return)

    seen = answer_modal(qtbot, handler)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert seen, "Ctrl+, did not open the settings"
    assert vault.settings.get("profile.name") == "J. K."
    vault.cases.create("A.")
    assert vault.audit.entries()[-1][2] == "J. K."


def test_cancel_stores_nothing(qtbot, window, vault):
    def handler(dialog):
        qtbot.keyClicks(dialog.pages[0].name, "XY")
        dialog.reject()

    answer_modal(qtbot, handler)
    window.settings_action.trigger()
    assert vault.settings.get("profile.name") is None

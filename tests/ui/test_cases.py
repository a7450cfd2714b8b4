"""The case list and workspace, driven through menus, keys and dialogs."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from legato_desk.model.case import CaseStatus
from legato_desk.ui.main_window import MainWindow
from legato_desk.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import answer_modal


@pytest.fixture
def window(qtbot, vault, app_paths):
    from PySide6.QtCore import QSettings

    settings = QSettings(str(app_paths.settings_file), QSettings.Format.IniFormat)
    win = MainWindow(vault, settings)
    qtbot.addWidget(win)
    win.show()
    return win


def _type_pseudonym(qtbot, text):
    def handler(dialog):
        dialog.field.clear()
        qtbot.keyClicks(dialog.field, text)
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    return handler


def test_new_case_from_the_keyboard_is_stored_and_opened(qtbot, window, vault):
    answer_modal(qtbot, _type_pseudonym(qtbot, "  A.  "))
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    [case] = vault.cases.list()
    assert case.pseudonym == "A." and case.status == CaseStatus.INTAKE
    assert window.pages.currentWidget() is window.workspace
    assert window.workspace.case.id == case.id


def test_empty_pseudonym_gets_a_message_and_creates_nothing(qtbot, window, vault):
    messages = []

    def handler(dialog):
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)  # empty
        messages.append(dialog.message.text())
        assert dialog.isVisible()
        dialog.reject()

    answer_modal(qtbot, handler)
    window.new_case_action.trigger()
    assert messages and "needs a pseudonym" in messages[0]
    assert vault.cases.list() == []


def test_rename_undo_and_redo_are_stored(qtbot, window, vault):
    case = vault.cases.create("A.")
    window.refresh_cases(case.id)
    answer_modal(qtbot, _type_pseudonym(qtbot, "B."))
    qtbot.keyClick(window.case_list.table, Qt.Key.Key_F2)
    assert vault.cases.get(case.id).pseudonym == "B."
    assert window.case_list.model.case_at(0).pseudonym == "B."

    # Offscreen, activation does not return by itself after a modal dialog.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert vault.cases.get(case.id).pseudonym == "A."
    window.redo_action.trigger()
    assert vault.cases.get(case.id).pseudonym == "B."


def test_status_changes_from_the_menu_shortcut_and_the_overview(qtbot, window, vault):
    case = vault.cases.create("A.")
    window.refresh_cases(case.id)
    window.case_list.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert vault.cases.get(case.id).status == CaseStatus.ANALYSIS

    window.open_case(case.id)
    combo = window.workspace.overview.status
    combo.setCurrentIndex(combo.findData(CaseStatus.ENDED_REACHABLE))
    combo.activated.emit(combo.currentIndex())
    assert vault.cases.get(case.id).status == CaseStatus.ENDED_REACHABLE
    assert "Ended, still reachable" in window.workspace.title.text()
    window.undo_action.trigger()
    assert vault.cases.get(case.id).status == CaseStatus.ANALYSIS


def test_summary_autosaves_and_survives_reopening(qtbot, window, vault, vault_dir):
    case = vault.cases.create("A.")
    window.refresh_cases(case.id)
    qtbot.keyClick(window.case_list.table, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.workspace
    summary = window.workspace.overview.summary
    qtbot.keyClicks(summary, "Mother called; worried about new friends.")
    # The autosave timer writes without any button.
    qtbot.waitUntil(lambda: vault.cases.get(case.id).summary.startswith("Mother called"),
                    timeout=5_000)
    qtbot.keyClicks(summary, " Next: meet the sister.")
    window.back_action.trigger()  # leaving the case saves at once
    assert vault.cases.get(case.id).summary.endswith("meet the sister.")
    vault.close()
    reopened = Vault.open(vault_dir, PASSPHRASE)
    assert reopened.cases.get(case.id).summary == (
        "Mother called; worried about new friends. Next: meet the sister.")
    reopened.close()


def test_filter_narrows_the_list(qtbot, window, vault):
    for name in ("A.", "Berta K.", "C."):
        vault.cases.create(name)
    window.refresh_cases()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.case_list.filter
    qtbot.keyClicks(window.case_list.filter, "berta")
    assert window.case_list.proxy.rowCount() == 1


def test_case_list_shows_the_columns_a_counsellor_needs(window, vault):
    case = vault.cases.create("A.")
    window.refresh_cases()
    model = window.case_list.model
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers == ["Case", "Pseudonym", "Status", "Opened on", "Last activity",
                       "Safeguarding"]
    row = [model.index(0, i).data() for i in range(model.columnCount())]
    assert row[0] == case.code and row[1] == "A." and row[2] == "Intake"
    assert row[3] == case.opened_on.strftime("%d.%m.%Y")


def test_status_button_on_the_case_list(qtbot, window, vault):
    case = vault.cases.create("A.")
    window.refresh_cases(case.id)
    menu = window.case_list.status_button.menu()
    [ended] = [a for a in menu.actions() if a.text() == "Ended"]
    ended.trigger()
    assert vault.cases.get(case.id).status == CaseStatus.ENDED
    assert window.case_list.model.index(0, 2).data() == "Ended"

"""Lock/unlock comes back to the same case and tab; Ctrl+Q asks about an
unsaved (restored) session record (issue 16.9)."""

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from legato_desk.model.session import SessionRecord
from legato_desk.ui.main_window import MainWindow
from legato_desk.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import answer_modal
from tests.ui.test_vault_session import _unlock_into_main


@pytest.mark.parametrize("tab", ["map", "keyclients", "sessions"])
def test_unlock_shows_the_case_and_tab_you_were_on(qtbot, make_app, vault, vault_dir, tab):
    vault.cases.create("Other.")
    case = vault.cases.create("A.")
    vault.close()
    app = make_app(vault_dir=vault_dir)
    app.start()
    window = _unlock_into_main(qtbot, app)
    window.open_case(case.id)
    window.workspace.tabs.setCurrentWidget(window.workspace.page(tab))

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert app.vault is None
    window = _unlock_into_main(qtbot, app)

    assert window.shown_case_id() == case.id
    assert window.workspace.tabs.currentWidget() is window.workspace.page(tab)


def _restored_draft(qtbot, make_app, vault, vault_dir):
    """The app after a crash: a kept draft is restored from the banner, not saved."""
    case = vault.cases.create("D.")
    vault.sessions.save_draft(SessionRecord(
        case_id=case.id, held_at=datetime(2024, 3, 5, 10, 0),
        facts="Kept before the crash: the brother calls weekly."))
    vault.close()
    app = make_app(vault_dir=vault_dir)
    app.start()
    window = _unlock_into_main(qtbot, app)
    window.open_case(case.id)
    page = window.workspace.page("sessions")
    window.workspace.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.banner.isVisible(), timeout=5_000)
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert page.editor.facts.toPlainText().startswith("Kept before the crash")
    return app, window, case


def _ctrl_q(qtbot, window, button):
    """Press Ctrl+Q, answer the question with ``button``; the question's text."""
    texts = []

    def answer(box):
        assert isinstance(box, QMessageBox)
        texts.append(box.text() + " " + box.informativeText())
        box.button(button).click()

    asked = answer_modal(qtbot, answer)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(asked), timeout=5_000)
    QApplication.processEvents()
    return texts[0]


def test_ctrl_q_with_a_restored_draft_asks_and_cancel_keeps_everything(qtbot, make_app,
                                                                      vault, vault_dir):
    app, window, case = _restored_draft(qtbot, make_app, vault, vault_dir)
    text = _ctrl_q(qtbot, window, QMessageBox.StandardButton.Cancel)
    assert "05.03.2024 10:00" in text and "not saved" in text
    qtbot.wait(50)
    assert app.vault is not None and window.isVisible()  # still there, nothing lost
    page = window.workspace.page("sessions")
    assert page.editor.facts.toPlainText().startswith("Kept before the crash")
    assert page.is_dirty()


def test_ctrl_q_save_saves_the_record(qtbot, make_app, vault, vault_dir):
    app, window, case = _restored_draft(qtbot, make_app, vault, vault_dir)
    _ctrl_q(qtbot, window, QMessageBox.StandardButton.Save)
    qtbot.waitUntil(lambda: app.vault is None, timeout=5_000)
    check = Vault.open(vault_dir, PASSPHRASE)
    try:
        [record] = check.sessions.list(case.id)
        assert check.sessions.get(record.id).facts.startswith("Kept before the crash")
        assert check.sessions.drafts(case.id) == []
    finally:
        check.close()


def test_ctrl_q_discard_drops_the_draft(qtbot, make_app, vault, vault_dir):
    app, window, case = _restored_draft(qtbot, make_app, vault, vault_dir)
    _ctrl_q(qtbot, window, QMessageBox.StandardButton.Discard)
    qtbot.waitUntil(lambda: app.vault is None, timeout=5_000)
    check = Vault.open(vault_dir, PASSPHRASE)
    try:
        assert check.sessions.list(case.id) == []
        assert check.sessions.drafts(case.id) == []
    finally:
        check.close()


def test_ctrl_q_without_anything_unsaved_just_quits(qtbot, make_app, vault, vault_dir):
    vault.close()
    app = make_app(vault_dir=vault_dir)
    app.start()
    window = _unlock_into_main(qtbot, app)
    assert isinstance(window, MainWindow)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: app.vault is None, timeout=5_000)

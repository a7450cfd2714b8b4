"""Locking, changing the passphrase, and the demo vault, through the real app."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from legato_desk.demo import DEMO_PASSPHRASE
from legato_desk.ui.main_window import MainWindow
from legato_desk.ui.settings.change_passphrase import ChangePassphraseDialog
from legato_desk.ui.start.unlock import UnlockDialog
from legato_desk.ui.start.welcome import WelcomeDialog
from legato_desk.vault import Vault
from legato_desk.vault.errors import WrongPassphrase
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE


def _unlock_into_main(qtbot, app, passphrase=PASSPHRASE) -> MainWindow:
    dialog = app.window
    assert isinstance(dialog, UnlockDialog)
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(app.window, MainWindow), timeout=10_000)
    return app.window


def test_lock_drops_the_key_clears_the_screen_and_unlock_returns(qtbot, make_app, vault, vault_dir):
    case = vault.cases.create("A.")
    vault.close()
    app = make_app(vault_dir=vault_dir)
    app.start()
    window = _unlock_into_main(qtbot, app)
    window.open_case(case.id)
    qtbot.keyClicks(window.workspace.overview.summary, "typed just before locking")
    QApplication.clipboard().setText("copied note text")

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert isinstance(app.window, UnlockDialog) and app.window.isVisible()
    assert app.vault is None
    assert window.workspace.overview.summary.toPlainText() == ""
    assert window.case_list.model.rowCount() == 0
    assert QApplication.clipboard().text() == ""
    # What was typed before the lock was saved, not lost.
    check = Vault.open(vault_dir, PASSPHRASE)
    assert check.cases.get(case.id).summary == "typed just before locking"
    check.close()

    window = _unlock_into_main(qtbot, app)
    assert window.pages.currentWidget() is window.workspace  # back where we were
    assert window.workspace.case.id == case.id


def test_change_passphrase_from_the_menu(qtbot, vault, vault_dir, app_paths):
    from PySide6.QtCore import QSettings

    settings = QSettings(str(app_paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(vault, settings)
    qtbot.addWidget(window)
    dialog = ChangePassphraseDialog(vault, window)
    qtbot.addWidget(dialog)
    dialog.show()

    qtbot.keyClicks(dialog.current, "wrong current passphrase")
    qtbot.keyClicks(dialog.fields.first, OTHER_PASSPHRASE)
    qtbot.keyClicks(dialog.fields.second, OTHER_PASSPHRASE)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=10_000)
    assert "does not open" in dialog.message.text()

    dialog.current.clear()
    qtbot.keyClicks(dialog.current, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    vault.close()
    try:
        Vault.open(vault_dir, PASSPHRASE)
        raise AssertionError("the old passphrase still opens the vault")
    except WrongPassphrase:
        pass
    Vault.open(vault_dir, OTHER_PASSPHRASE).close()


def test_demo_vault_opens_with_two_invented_cases_and_is_deleted_on_quit(qtbot, make_app):
    app = make_app(demo_mode=True)
    window = app.first_window()
    qtbot.addWidget(window)
    assert isinstance(window, MainWindow) and window.demo
    banner = window.findChild(QLabel, "demoBanner")
    assert banner is not None and "invented" in banner.text()
    cases = app.vault.cases.list()
    assert [c.pseudonym for c in cases] == ["M.", "S."]  # the main story, then a release
    assert all(c.summary and "invented" in c.summary for c in cases)
    folder = app.vault.paths.folder
    assert folder.exists()
    # The demo never becomes the remembered vault.
    assert app.settings.value("vault/path") is None
    app.quit()
    assert not folder.exists()


def test_demo_button_on_the_welcome_screen(qtbot, make_app):
    app = make_app()
    welcome = app.first_window()
    qtbot.addWidget(welcome)
    assert isinstance(welcome, WelcomeDialog)
    welcome.show()
    qtbot.mouseClick(welcome.demo_button, Qt.MouseButton.LeftButton)
    assert isinstance(app.window, MainWindow) and app.window.demo
    # Locking the demo vault shows its passphrase, and it unlocks.
    app.lock()
    assert DEMO_PASSPHRASE in app.window.message.text()
    window = _unlock_into_main(qtbot, app, DEMO_PASSPHRASE)
    assert window.case_list.model.rowCount() == 2  # the demo's two cases
    app.quit()

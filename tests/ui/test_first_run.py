"""First start: welcome, create a vault, see the recovery key once."""

import re

from PySide6.QtCore import Qt

from legato_desk.ui.main_window import MainWindow
from legato_desk.ui.start.create_vault import CreateVaultDialog
from legato_desk.ui.start.unlock import UnlockDialog
from legato_desk.ui.start.welcome import WelcomeDialog
from legato_desk.vault import Vault, VaultPaths
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE


def test_first_start_offers_the_user_data_folder(make_app, app_paths, qtbot):
    app = make_app()
    window = app.first_window()
    assert isinstance(window, WelcomeDialog)
    assert window.location.text() == str(app_paths.default_vault_dir)


def test_create_vault_shows_recovery_key_once_and_opens_main_window(make_app, app_paths, qtbot):
    app = make_app()
    welcome = app.first_window()
    qtbot.addWidget(welcome)
    welcome.show()
    qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)
    create = app.window
    assert isinstance(create, CreateVaultDialog)

    # A short passphrase is refused with a message, and nothing is written.
    qtbot.keyClicks(create.fields.first, "short")
    qtbot.keyClicks(create.fields.second, "short")
    qtbot.mouseClick(create.create_button, Qt.MouseButton.LeftButton)
    assert "too short" in create.message.text()
    assert not VaultPaths(app_paths.default_vault_dir).exists()

    # Mismatched repeat is refused too.
    create.fields.clear()
    qtbot.keyClicks(create.fields.first, PASSPHRASE)
    qtbot.keyClicks(create.fields.second, PASSPHRASE + "x")
    qtbot.mouseClick(create.create_button, Qt.MouseButton.LeftButton)
    assert "do not match" in create.message.text()

    create.fields.second.clear()
    qtbot.keyClicks(create.fields.second, PASSPHRASE)
    assert create.create_button.isDefault()  # Return creates; it never cancels
    qtbot.keyClick(create.fields.second, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: create.pages.currentIndex() == 1, timeout=10_000)

    key = create.key_label.text()
    assert re.fullmatch(r"([A-Z2-7]{4}-){7}[A-Z2-7]{4}", key)
    assert not create.done_button.isEnabled()
    create.reject()  # Escape cannot skip the recovery key
    assert create.isVisible()
    create.confirm.setChecked(True)
    qtbot.keyClicks(create.last_group, key.rsplit("-", 1)[1])  # typed back from the paper
    qtbot.mouseClick(create.done_button, Qt.MouseButton.LeftButton)

    assert isinstance(app.window, MainWindow)
    assert create.key_label.text() == ""  # the key is not kept on screen
    paths = VaultPaths(app_paths.default_vault_dir)
    assert paths.db.exists() and paths.header.exists()
    app.vault.close()
    app.vault = None

    # The key shown is the real recovery key.
    recovered = Vault.recover(paths.folder, key, OTHER_PASSPHRASE)
    recovered.close()
    # The settings file remembers where the vault is and nothing else of substance.
    settings = app_paths.settings_file.read_text()
    assert str(paths.folder) in settings
    assert key not in settings and PASSPHRASE not in settings


def test_second_start_shows_unlock(make_app, vault, vault_dir):
    vault.close()
    app = make_app(vault_dir=vault_dir)
    assert isinstance(app.first_window(), UnlockDialog)


def test_welcome_refuses_a_folder_without_a_vault(make_app, tmp_path, qtbot):
    app = make_app()
    welcome = app.first_window()
    qtbot.addWidget(welcome)
    (tmp_path / "empty").mkdir()
    welcome.open_folder(tmp_path / "empty")
    assert "no vault" in welcome.message.text()
    assert welcome.result() == 0 and app.window is welcome


def test_welcome_refuses_creating_over_an_existing_vault(make_app, vault, vault_dir, qtbot):
    app = make_app()
    welcome = app.first_window()
    qtbot.addWidget(welcome)
    welcome.set_folder(vault_dir)
    assert "already holds a vault" in welcome.message.text()
    assert welcome.location.text() != str(vault_dir)

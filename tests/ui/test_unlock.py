"""Unlocking: right and wrong passphrases, the growing wait, the recovery key."""

import hashlib

from PySide6.QtCore import Qt

from legato_desk.ui.start.unlock import UnlockDialog
from legato_desk.vault import Vault, VaultPaths
from legato_desk.vault.errors import WrongPassphrase
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE


def _dialog(qtbot, folder, **kwargs) -> UnlockDialog:
    dialog = UnlockDialog(folder, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _try(qtbot, dialog, passphrase):
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy.isVisible(), timeout=10_000)


def _sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_right_passphrase_opens_the_vault(qtbot, vault, vault_dir):
    vault.cases.create("A.")
    vault.close()
    dialog = _dialog(qtbot, vault_dir)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
        qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert [c.pseudonym for c in dialog.vault.cases.list()] == ["A."]
    assert dialog.passphrase.text() == ""
    dialog.vault.close()


def test_wrong_passphrase_is_calm_and_the_wait_grows(qtbot, vault, vault_dir):
    vault.close()
    paths = VaultPaths(vault_dir)
    before = (_sha(paths.db), _sha(paths.header))
    waits = []
    dialog = _dialog(qtbot, vault_dir, delay=lambda n: waits.append(n) or (0 if n < 2 else 1))

    assert dialog.unlock_button.isDefault()  # Return unlocks; it never quits
    _try(qtbot, dialog, "not the passphrase")
    assert dialog.failures == 1
    assert dialog.result() == 0 and dialog.isVisible()
    assert dialog.message.text() == WrongPassphrase().message
    assert dialog.unlock_button.isEnabled() and not dialog.waiting
    assert dialog.isVisible() and dialog.vault is None

    _try(qtbot, dialog, "still not it")
    assert dialog.failures == 2
    assert dialog.waiting and not dialog.unlock_button.isEnabled()
    assert "try again in 1 second" in dialog.message.text()
    # Pressing Return while waiting does nothing.
    dialog.unlock()
    assert dialog.failures == 2
    qtbot.waitUntil(lambda: dialog.unlock_button.isEnabled(), timeout=3_000)
    assert waits == [1, 2]

    _try(qtbot, dialog, PASSPHRASE)
    assert dialog.vault is not None
    dialog.vault.close()
    assert (_sha(paths.db), _sha(paths.header)) == before


def test_empty_passphrase_asks_for_one(qtbot, vault, vault_dir):
    vault.close()
    dialog = _dialog(qtbot, vault_dir)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    assert "enter your passphrase" in dialog.message.text()
    assert dialog.failures == 0


def test_recovery_key_unlocks_and_sets_a_new_passphrase(qtbot, vault_with_recovery, vault_dir):
    vault, recovery = vault_with_recovery
    vault.cases.create("K.")
    vault.close()
    dialog = _dialog(qtbot, vault_dir)
    short = dialog.height()
    qtbot.mouseClick(dialog.recovery_button, Qt.MouseButton.LeftButton)
    assert dialog.page == 1 and dialog.recovery_key.isVisible()
    assert not dialog.passphrase.isVisible()
    # Each page sizes the dialog: the passphrase page has no recovery page's
    # worth of empty space below it.
    assert short < dialog.height()

    # A wrong key: a message, nothing changes.
    qtbot.keyClicks(dialog.recovery_key, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    qtbot.keyClicks(dialog.new_passphrase.first, OTHER_PASSPHRASE)
    qtbot.keyClicks(dialog.new_passphrase.second, OTHER_PASSPHRASE)
    qtbot.mouseClick(dialog.recover_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.recovery_buttons.isEnabled(), timeout=10_000)
    assert "recovery key does not open" in dialog.recovery_message.text()

    dialog.recovery_key.clear()
    qtbot.keyClicks(dialog.recovery_key, recovery.lower())  # typed in lower case
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.recover_button, Qt.MouseButton.LeftButton)
    assert [c.pseudonym for c in dialog.vault.cases.list()] == ["K."]
    dialog.vault.close()

    # The old passphrase stopped working; the new one opens the vault.
    try:
        Vault.open(vault_dir, PASSPHRASE).close()
        raise AssertionError("old passphrase still works")
    except WrongPassphrase:
        pass
    Vault.open(vault_dir, OTHER_PASSPHRASE).close()


def test_damaged_vault_gives_a_clear_message_and_stays_untouched(qtbot, vault, vault_dir):
    for i in range(200):
        vault.cases.create(f"Case {i}")
    vault.close()
    db = VaultPaths(vault_dir).db
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 0xFF
    db.write_bytes(bytes(data))
    before = _sha(db)
    dialog = _dialog(qtbot, vault_dir)
    _try(qtbot, dialog, PASSPHRASE)
    assert "damaged" in dialog.message.text()
    assert dialog.vault is None and dialog.failures == 0
    assert _sha(db) == before

"""Unlocking with the right passphrase and a damaged header (issue 16.10)."""

import json

from PySide6.QtCore import Qt

from legato_desk.ui.start.unlock import UnlockDialog
from legato_desk.vault import VaultPaths
from legato_desk.vault.errors import WrongPassphrase
from tests.conftest import PASSPHRASE


def _flip(header_path):
    data = json.loads(header_path.read_text())
    ct = data["passphrase_wrap"]["ct"]
    data["passphrase_wrap"]["ct"] = ct[:5] + ("B" if ct[5] != "B" else "C") + ct[6:]
    header_path.write_text(json.dumps(data, indent=2))


def test_damaged_header_says_so_and_puts_back_the_backup_key_file(qtbot, vault, vault_dir):
    vault.cases.create("Before backup.")
    vault.backup("manual")
    vault.cases.create("After backup.")
    vault.close()
    _flip(VaultPaths(vault_dir).header)

    dialog = UnlockDialog(vault_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy.isVisible(), timeout=10_000)

    text = dialog.message.text()
    assert WrongPassphrase().message not in text
    assert "passphrase is right" in text and "damaged" in text
    assert dialog.failures == 0 and not dialog.waiting
    assert dialog.repair_button.isVisible() and dialog.repair_button.isDefault()
    assert dialog.restore_button.isVisible()

    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.repair_button, Qt.MouseButton.LeftButton)
    assert sorted(c.pseudonym for c in dialog.vault.cases.list()) == [
        "After backup.", "Before backup."]
    dialog.vault.close()

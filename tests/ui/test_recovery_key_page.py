"""The recovery-key page of the first run: copy, a PDF to print, and the key's
last group typed back before the vault opens (issue 16.9)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from legato_desk.ui.start.create_vault import CreateVaultDialog
from tests.conftest import PASSPHRASE


def _on_key_page(qtbot, folder, kdf) -> CreateVaultDialog:
    dialog = CreateVaultDialog(folder, kdf=kdf)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.fields.first, PASSPHRASE)
    qtbot.keyClicks(dialog.fields.second, PASSPHRASE)
    qtbot.keyClick(dialog.fields.second, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    return dialog


def test_finish_needs_the_last_group_typed_back(qtbot, vault_dir, kdf):
    dialog = _on_key_page(qtbot, vault_dir, kdf)
    key = dialog.key_label.text()
    last = key.rsplit("-", 1)[1]
    dialog.confirm.setChecked(True)
    assert not dialog.done_button.isEnabled()  # ticking alone is not enough

    wrong = "".join("A" if c != "A" else "B" for c in last)
    qtbot.keyClicks(dialog.last_group, wrong)
    assert not dialog.done_button.isEnabled()
    assert "not the key's last group" in dialog.check_message.text()
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() == 0

    dialog.last_group.clear()
    qtbot.keyClicks(dialog.last_group, last.lower())  # any case
    assert dialog.done_button.isEnabled() and dialog.check_message.text() == ""
    with qtbot.waitSignal(dialog.accepted, timeout=5_000):
        qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert dialog.key_label.text() == "" and dialog.last_group.text() == ""
    dialog.vault.close()


def test_copy_puts_the_key_on_the_clipboard_and_finish_takes_it_off(qtbot, vault_dir, kdf):
    dialog = _on_key_page(qtbot, vault_dir, kdf)
    key = dialog.key_label.text()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == key
    assert "Copied" in dialog.copied.text()
    dialog.confirm.setChecked(True)
    qtbot.keyClicks(dialog.last_group, key[-4:])
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == ""
    dialog.vault.close()


def test_save_as_pdf_to_print(qtbot, vault_dir, kdf, tmp_path, monkeypatch):
    dialog = _on_key_page(qtbot, vault_dir, kdf)
    target = tmp_path / "key.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "PDF (*.pdf)")))
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000
    assert str(target) in dialog.copied.text()
    dialog.confirm.setChecked(True)
    dialog.last_group.setText(dialog.key_label.text()[-4:])
    dialog.done_button.click()
    dialog.vault.close()

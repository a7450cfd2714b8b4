"""A refused passphrase: the message under the form does not repeat the hint
under the field; together they say what is wrong and what to do (issue 16.9)."""

import re

import pytest
from PySide6.QtCore import Qt

from legato_desk.ui.start.create_vault import CreateVaultDialog


def _sentences(text: str) -> set[str]:
    return {s.strip().lower() for s in re.split(r"[.:;]\s*", text) if len(s.strip()) > 3}


@pytest.mark.parametrize("passphrase, says", [
    ("short", "too short"),
    ("passwordpassword", "cannot be used"),
    ("aaaaaaaaaaaaaaaa", "cannot be used"),
])
def test_the_message_does_not_repeat_the_hint(qtbot, vault_dir, kdf, passphrase, says):
    dialog = CreateVaultDialog(vault_dir, kdf=kdf)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.fields.first, passphrase)
    qtbot.keyClicks(dialog.fields.second, passphrase)
    hint = dialog.fields.hint.text()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    message = dialog.message.text()
    assert says in message
    assert dialog.fields.hint.text() == hint  # the advice stays where it was
    assert not _sentences(message) & _sentences(hint), (message, hint)
    assert "make it longer" not in message.lower()
    assert not vault_dir.exists()

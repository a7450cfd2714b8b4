"""Changing the passphrase: the data key is re-wrapped, the database untouched."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from legato_desk.errors import ValidationError
from legato_desk.ui.messages import error_text
from legato_desk.ui.widgets.busy import BusyRow
from legato_desk.ui.widgets.passphrase import NewPassphraseFields, password_field
from legato_desk.ui.workers import run_task
from legato_desk.vault import Vault


class ChangePassphraseDialog(QDialog):
    def __init__(self, vault: Vault, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change passphrase"))
        self._vault = vault
        intro = QLabel(self.tr(
            "After the change only the new passphrase opens this vault. Your "
            "recovery key stays valid."))
        intro.setWordWrap(True)
        self.current = password_field(self.tr("Current passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("&Current passphrase:"), self.current)
        self.fields = NewPassphraseFields()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.busy = BusyRow()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.change_button = self.buttons.addButton(
            self.tr("C&hange passphrase"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.change_button.setDefault(True)
        self.buttons.accepted.connect(self._change)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        for w in (self.fields, self.message, self.busy):
            layout.addWidget(w)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def showEvent(self, event):
        super().showEvent(event)
        for button in self.buttons.buttons():
            button.setAutoDefault(False)
        self.change_button.setDefault(True)

    def _change(self) -> None:
        try:
            new = self.fields.validate()
        except ValidationError as exc:
            self.message.setText(error_text(exc))
            return
        old = self.current.text()
        self.buttons.setEnabled(False)
        self.busy.start(self.tr("Changing the passphrase…"))
        run_task(self, lambda: self._vault.change_passphrase(old, new),
                 self._done, self._failed)

    def _done(self, _result) -> None:
        self.busy.stop()
        self.current.clear()
        self.fields.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy.stop()
        self.buttons.setEnabled(True)
        self.message.setText(error_text(exc))
        self.current.setFocus()
        self.current.selectAll()

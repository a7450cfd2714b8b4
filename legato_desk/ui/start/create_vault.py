"""Creating a vault: choose a passphrase, then see the recovery key once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from legato_desk.errors import ValidationError
from legato_desk.ui.messages import error_text
from legato_desk.ui.widgets.busy import BusyRow
from legato_desk.ui.widgets.passphrase import NewPassphraseFields
from legato_desk.ui.workers import run_task


class CreateVaultDialog(QDialog):
    def __init__(self, folder: Path, *, kdf=None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create your vault"))
        self.folder = Path(folder)
        self._kdf = kdf  # None: calibrate for this machine (production)
        self.vault = None  # a legato_desk.vault.Vault once unlocked
        self.recovery_key = ""
        self.pages = QStackedWidget()
        self.pages.addWidget(self._passphrase_page())
        self.pages.addWidget(self._recovery_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.setMinimumWidth(560)

    def showEvent(self, event):
        super().showEvent(event)
        for button in self.buttons.buttons():
            button.setAutoDefault(False)
        for button in self.buttons.buttons():
            button.setAutoDefault(False)
        self.create_button.setDefault(True)  # Return creates, never cancels

    # -- page 1: the passphrase ---------------------------------------------

    def _passphrase_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(self.tr(
            "<h3>Choose a passphrase</h3>"
            "<p>Everything in the vault is encrypted with a key that only this "
            "passphrase unlocks. Nobody, including your office, can read the "
            "vault without it.</p>"))
        intro.setWordWrap(True)
        where = QLabel(self.tr("Vault folder: {folder}").format(folder=self.folder))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields = NewPassphraseFields()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.busy = BusyRow()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(
            self.tr("&Create vault"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        self.fields.changed.connect(self.message.clear)
        self.fields.second.returnPressed.connect(self._create)
        layout = QVBoxLayout(page)
        for w in (intro, where, self.fields, self.message, self.busy):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        return page

    def _create(self) -> None:
        try:
            passphrase = self.fields.validate()
        except ValidationError as exc:
            self.message.setText(error_text(exc))
            self.fields.first.setFocus()
            return
        self._set_working(True)
        folder, kdf = self.folder, self._kdf
        run_task(self, lambda: _vault_class().create(folder, passphrase, kdf=kdf),
                 self._created, self._failed)

    def _set_working(self, working: bool) -> None:
        self.fields.setEnabled(not working)
        self.buttons.setEnabled(not working)
        if working:
            self.busy.start(self.tr("Creating the encrypted vault…"))
        else:
            self.busy.stop()

    def _created(self, result) -> None:
        self._set_working(False)
        self.vault, self.recovery_key = result
        self.fields.clear()
        self.key_label.setText(self.recovery_key)
        self.pages.setCurrentIndex(1)
        self.done_button.setDefault(True)
        self.confirm.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self._set_working(False)
        self.message.setText(error_text(exc))

    # -- page 2: the recovery key, shown once --------------------------------

    def _recovery_page(self) -> QWidget:
        page = QWidget(self)
        heading = QLabel(self.tr("<h3>Write down your recovery key</h3>"))
        text = QLabel(self.tr(
            "If you ever forget your passphrase, this key is the only way back "
            "into your vault. Write it down now, on paper, and keep it somewhere "
            "safe and apart from this computer.<br><b>It is shown only this once.</b>"))
        text.setWordWrap(True)
        self.key_label = QLabel()
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(font)
        self.key_label.setStyleSheet(
            "padding: 14px; border: 1px solid palette(mid); border-radius: 4px;")
        self.confirm = QCheckBox(self.tr("I have &written down the recovery key and keep it safe."))
        # A plain button, not a QDialogButtonBox: a box on a hidden page would
        # claim the dialog's default button when shown.
        self.done_button = QPushButton(self.tr("&Finish"))
        self.done_button.setEnabled(False)
        self.done_button.setAutoDefault(False)
        self.confirm.toggled.connect(self.done_button.setEnabled)
        self.done_button.clicked.connect(self._finish)
        finish_row = QHBoxLayout()
        finish_row.addStretch(1)
        finish_row.addWidget(self.done_button)
        layout = QVBoxLayout(page)
        for w in (heading, text, self.key_label, self.confirm):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addLayout(finish_row)
        return page

    def _finish(self) -> None:
        if self.confirm.isChecked():
            self.key_label.clear()
            self.recovery_key = ""
            self.accept()

    def reject(self) -> None:
        # Once the vault exists, the key must have been seen: no way around page 2.
        if self.vault is None:
            super().reject()


def _vault_class():
    """Imported in the worker thread, off the path to the first window."""
    from legato_desk.vault.vault import Vault

    return Vault

"""Unlocking a vault with the passphrase, or with the recovery key.

A wrong passphrase gives one calm message. From the second failure on, the
next try waits a little longer each time (model.passphrase.unlock_delay).
Key derivation runs off the UI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from legato_desk.errors import ValidationError
from legato_desk.model.passphrase import unlock_delay
from legato_desk.ui.messages import error_text
from legato_desk.ui.widgets.busy import BusyRow
from legato_desk.ui.widgets.passphrase import NewPassphraseFields, password_field
from legato_desk.ui.workers import run_task
from legato_desk.vault.errors import HeaderDamaged, VaultDamaged, WrongPassphrase, WrongRecoveryKey
from legato_desk.vault.layout import VaultPaths


class UnlockDialog(QDialog):
    def __init__(self, folder: Path, *, hint: str = "",
                 delay: Callable[[int], float] = unlock_delay, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock legato-desk"))
        self.folder = Path(folder)
        self.vault = None  # a legato_desk.vault.Vault once unlocked
        self.failures = 0
        self._delay = delay
        self._wait_left = 0
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self._tick)
        # Two pages, one shown; not a QStackedWidget, which is as tall as its
        # tallest page (the passphrase page had the recovery page's space below).
        self.pages = [self._passphrase_page(hint), self._recovery_page()]
        self.page = 0
        layout = QVBoxLayout(self)
        for page in self.pages:
            layout.addWidget(page)
        self.pages[1].hide()
        self.setMinimumWidth(480)

    # -- the passphrase -------------------------------------------------------

    def _passphrase_page(self, hint: str) -> QWidget:
        page = QWidget(self)
        heading = QLabel(self.tr("<h3>Unlock your vault</h3>"))
        where = QLabel(self.tr("Vault: {folder}").format(folder=self.folder))
        where.setWordWrap(True)
        self.passphrase = password_field(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.unlock)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.message = QLabel(hint)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.busy = BusyRow()
        self.buttons = QDialogButtonBox()
        self.recovery_button = self.buttons.addButton(
            self.tr("Use &recovery key…"), QDialogButtonBox.ButtonRole.ResetRole)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore a &backup…"), QDialogButtonBox.ButtonRole.ResetRole)
        self.restore_button.setVisible(False)  # offered when the vault is damaged
        self.restore_button.clicked.connect(self.restore_backup)
        # Offered when the passphrase is right but the header is damaged: the
        # backup's copy of the header opens this very database, nothing is lost.
        self.repair_button = self.buttons.addButton(
            self.tr("Put back the &key file"), QDialogButtonBox.ButtonRole.ActionRole)
        self.repair_button.setVisible(False)
        self.repair_button.clicked.connect(self.repair_header)
        self._backup_header = None
        self.quit_button = self.buttons.addButton(
            self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.unlock_button = self.buttons.addButton(
            self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.quit_button.clicked.connect(self.reject)
        self.recovery_button.clicked.connect(lambda: self._show_page(1))
        layout = QVBoxLayout(page)
        layout.addWidget(heading)
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        return page

    def unlock(self) -> None:
        if self._wait_left > 0 or self.busy.isVisible():
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self.message.setText(self.tr("Please enter your passphrase."))
            return
        folder = self.folder
        self._set_working(True, self.tr("Unlocking…"))
        run_task(self, lambda: _vault_class().open(folder, passphrase), self._opened, self._open_failed)

    def _open_failed(self, exc: BaseException) -> None:
        self._set_working(False)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        self.message.setText(error_text(exc))
        if isinstance(exc, (VaultDamaged, HeaderDamaged)):
            self.restore_button.setVisible(True)
        self._backup_header = getattr(exc, "backup_header", None)
        self.repair_button.setVisible(self._backup_header is not None)
        if self._backup_header is not None:
            self.unlock_button.setDefault(False)
            self.repair_button.setDefault(True)
            self.repair_button.setFocus()
        if isinstance(exc, WrongPassphrase):
            self.failures += 1
            wait = int(self._delay(self.failures))
            if wait > 0:
                self._start_wait(wait)

    def _start_wait(self, seconds: int) -> None:
        self._wait_left = seconds
        self.unlock_button.setEnabled(False)
        self.passphrase.setEnabled(False)
        self._update_wait_text()
        self._timer.start()

    def _tick(self) -> None:
        self._wait_left -= 1
        if self._wait_left <= 0:
            self._timer.stop()
            self.unlock_button.setEnabled(True)
            self.passphrase.setEnabled(True)
            self.passphrase.setFocus()
        self._update_wait_text()

    def _update_wait_text(self) -> None:
        base = error_text(WrongPassphrase())
        if self._wait_left > 0:
            self.message.setText(base + " " + self.tr(
                "You can try again in %n second(s).", "", self._wait_left))
        elif self.failures:
            self.message.setText(base)

    @property
    def waiting(self) -> bool:
        return self._wait_left > 0

    # -- a damaged header: put back the backup's copy ----------------------------

    def repair_header(self) -> None:
        if self._backup_header is None or self.busy.isVisible():
            return
        folder, passphrase, backup_header = self.folder, self.passphrase.text(), self._backup_header
        self._set_working(True, self.tr("Putting back the key file…"))
        run_task(self, lambda: _vault_class().repair_header(folder, passphrase, backup_header),
                 self._opened, self._open_failed)

    # -- a damaged vault: restore a backup ----------------------------------------

    def restore_backup(self) -> None:
        """Replace the damaged vault by a backup; its files are kept aside."""
        from legato_desk.ui.lifecycle.restore import RestoreDialog
        from legato_desk.vault import backups

        dialog = RestoreDialog([VaultPaths(self.folder).backups], self)
        accepted = dialog.exec()
        dialog.deleteLater()
        if not accepted or dialog.chosen is None:
            return
        try:
            aside = backups.restore(self.folder, dialog.chosen, dialog.passphrase_text,
                                    keep_replaced=True)
        except Exception as exc:
            self.message.setText(error_text(exc))
            return
        text = dialog.restored_text()
        if aside is not None:
            text += " " + self.tr("The damaged files were kept in {folder}.").format(
                folder=aside)
        self.restore_button.setVisible(False)
        self.repair_button.setVisible(False)
        self.passphrase.setText(dialog.passphrase_text)
        self.unlock()
        self.message.setText(text)

    # -- the recovery key -----------------------------------------------------

    def _recovery_page(self) -> QWidget:
        page = QWidget(self)
        heading = QLabel(self.tr("<h3>Unlock with your recovery key</h3>"))
        text = QLabel(self.tr(
            "Type the recovery key you wrote down when the vault was created, "
            "then choose a new passphrase. The old passphrase stops working."))
        text.setWordWrap(True)
        self.recovery_key = QLineEdit()
        self.recovery_key.setAccessibleName(self.tr("Recovery key"))
        self.recovery_key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        form = QFormLayout()
        form.addRow(self.tr("Recovery &key:"), self.recovery_key)
        self.new_passphrase = NewPassphraseFields()
        self.recovery_message = QLabel()
        self.recovery_message.setWordWrap(True)
        self.recovery_message.setAccessibleName(self.tr("Message"))
        self.recovery_busy = BusyRow()
        buttons = QDialogButtonBox()
        back = buttons.addButton(self.tr("&Back"), QDialogButtonBox.ButtonRole.RejectRole)
        self.recover_button = buttons.addButton(
            self.tr("Unlock and &set passphrase"), QDialogButtonBox.ButtonRole.AcceptRole)
        back.clicked.connect(lambda: self._show_page(0))
        self.recover_button.clicked.connect(self.recover)
        self.recovery_buttons = buttons
        layout = QVBoxLayout(page)
        for w in (heading, text):
            layout.addWidget(w)
        layout.addLayout(form)
        for w in (self.new_passphrase, self.recovery_message, self.recovery_busy):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addWidget(buttons)
        return page

    def recover(self) -> None:
        if self.recovery_busy.isVisible():
            return
        try:
            new_passphrase = self.new_passphrase.validate()
        except ValidationError as exc:
            self.recovery_message.setText(error_text(exc))
            return
        key, folder = self.recovery_key.text(), self.folder
        self.recovery_buttons.setEnabled(False)
        self.recovery_busy.start(self.tr("Unlocking and setting the new passphrase…"))
        run_task(self, lambda: _vault_class().recover(folder, key, new_passphrase),
                 self._opened, self._recover_failed)

    def _recover_failed(self, exc: BaseException) -> None:
        self.recovery_buttons.setEnabled(True)
        self.recovery_busy.stop()
        self.recovery_message.setText(error_text(exc))
        if isinstance(exc, WrongRecoveryKey):
            self.recovery_key.setFocus()

    # -- common ---------------------------------------------------------------

    def showEvent(self, event):
        super().showEvent(event)
        self._update_default()

    def _update_default(self) -> None:
        """Return always means the page's main action, never Quit or Back."""
        for box in (self.buttons, self.recovery_buttons):
            for button in box.buttons():
                button.setAutoDefault(False)
        main = self.unlock_button if self.page == 0 else self.recover_button
        main.setDefault(True)

    def _show_page(self, index: int) -> None:
        self.page = index
        self.pages[1 - index].hide()
        self.pages[index].show()
        self.adjustSize()
        self._update_default()
        (self.passphrase if index == 0 else self.recovery_key).setFocus()

    def _set_working(self, working: bool, text: str = "") -> None:
        self.passphrase.setEnabled(not working)
        self.buttons.setEnabled(not working)
        if working:
            self.busy.start(text)
        else:
            self.busy.stop()

    def _opened(self, vault) -> None:
        self._set_working(False)
        self.vault = vault
        self.passphrase.clear()
        self.new_passphrase.clear()
        self.recovery_key.clear()
        self.accept()


def _vault_class():
    """Imported in the worker thread, off the path to the first window."""
    from legato_desk.vault.vault import Vault

    return Vault

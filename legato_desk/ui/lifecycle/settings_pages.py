"""Settings pages: locking and clipboard, backups, retention (all in the vault)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from legato_desk.errors import ValidationError
from legato_desk.ui.lifecycle.guards import (
    AUTOLOCK_DEFAULT,
    AUTOLOCK_KEY,
    CLIPBOARD_DEFAULT,
    CLIPBOARD_KEY,
)
from legato_desk.vault import backups
from legato_desk.vault.retention import MONTHS_KEY


def _spin(low: int, high: int, value: int, suffix: str, name: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(min(max(int(value), low), high))
    box.setSuffix(suffix)
    box.setAccessibleName(name)
    return box


def _explain(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _buddy(form: QFormLayout, field) -> None:
    label = form.labelForField(field)
    if isinstance(label, QLabel):
        label.setBuddy(field)


class LockingPage(QWidget):
    def __init__(self, vault, parent=None):
        super().__init__(parent)
        self._vault = vault
        self.minutes = _spin(1, 240, vault.settings.get(AUTOLOCK_KEY, AUTOLOCK_DEFAULT),
                             self.tr(" min"), self.tr("Lock after minutes without input"))
        self.clipboard = _spin(5, 600, vault.settings.get(CLIPBOARD_KEY, CLIPBOARD_DEFAULT),
                               self.tr(" s"), self.tr("Clear copied text after seconds"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Lock after no input for:"), self.minutes)
        form.addRow(_explain(self.tr(
            "The vault also locks with Ctrl+L and, on Windows, when you lock the "
            "computer. Locking saves what you typed, closes every window's content "
            "and forgets the key until you unlock.")))
        form.addRow(self.tr("&Clear copied text after:"), self.clipboard)
        form.addRow(_explain(self.tr(
            "Text copied from legato-desk is removed from the clipboard after this "
            "time and when the vault locks, unless you have copied something else.")))
        _buddy(form, self.minutes)
        _buddy(form, self.clipboard)

    def title(self) -> str:
        return self.tr("Locking")

    def apply(self) -> None:
        self._vault.settings.set(AUTOLOCK_KEY, self.minutes.value())
        self._vault.settings.set(CLIPBOARD_KEY, self.clipboard.value())


class BackupPage(QWidget):
    def __init__(self, vault, parent=None):
        super().__init__(parent)
        self._vault = vault
        self.folder = QLineEdit(vault.settings.get(backups.FOLDER_KEY) or "")
        self.folder.setPlaceholderText(str(vault.paths.backups))
        self.folder.setAccessibleName(self.tr("Backup folder"))
        self.choose = QPushButton(self.tr("C&hoose…"))
        self.choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose)
        self.keep = _spin(1, 100, vault.settings.get(backups.KEEP_KEY, backups.KEEP_DEFAULT),
                          "", self.tr("Number of backups to keep"))
        form = QFormLayout(self)
        folder_label = QLabel(self.tr("Backup &folder:"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, row)
        form.addRow(_explain(self.tr(
            "Empty: a “backups” folder inside the vault folder. Choose a folder on "
            "an external drive to be safe from a lost or broken laptop. Backups "
            "are encrypted like the vault.")))
        form.addRow(self.tr("&Keep the newest:"), self.keep)
        form.addRow(_explain(self.tr(
            "A backup is made automatically once a day, when you lock or quit, and "
            "whenever you choose Vault ▸ Back up now.")))
        _buddy(form, self.keep)

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"),
                                                  self.folder.text() or str(Path.home()))
        if chosen:
            self.folder.setText(chosen)

    def title(self) -> str:
        return self.tr("Backups")

    def apply(self) -> None:
        text = self.folder.text().strip()
        if text and not Path(text).is_dir():
            raise ValidationError("The backup folder does not exist. Choose an existing "
                                  "folder, or leave the field empty.")
        self._vault.settings.set(backups.FOLDER_KEY, text)
        self._vault.settings.set(backups.KEEP_KEY, self.keep.value())


class RetentionPage(QWidget):
    def __init__(self, vault, parent=None):
        super().__init__(parent)
        self._vault = vault
        self.months = _spin(0, 600, vault.settings.get(MONTHS_KEY, 0), self.tr(" months"),
                            self.tr("Retention period in months"))
        self.months.setSpecialValueText(self.tr("not set"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Keep ended cases for:"), self.months)
        form.addRow(_explain(self.tr(
            "Your office's retention period. Ended cases without activity for "
            "longer are listed in Vault ▸ Cases past retention for review, where "
            "they can be erased completely. Nothing is erased automatically.")))
        _buddy(form, self.months)

    def title(self) -> str:
        return self.tr("Retention")

    def apply(self) -> None:
        self._vault.settings.set(MONTHS_KEY, self.months.value())

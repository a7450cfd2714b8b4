"""Choosing a backup to restore, with a look inside it first.

The dialog only chooses: the backup, the passphrase that opens it, and a
preview (date, number of cases, their codes and pseudonyms) read from the
backup itself. Replacing the vault is the caller's business (the vault must
be closed first): the application from the main window, the unlock dialog
for a damaged vault.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from legato_desk.ui.messages import error_text
from legato_desk.ui.widgets.busy import BusyRow
from legato_desk.ui.widgets.passphrase import password_field
from legato_desk.ui.workers import run_task
from legato_desk.vault import backups

def _n(text: str) -> str:
    return QT_TRANSLATE_NOOP("RestoreDialog", text)


REASONS = {"auto": _n("automatic"), "manual": _n("made by hand"),
           "before-restore": _n("before a restore"), "copy": _n("copied folder")}


def backup_label(backup: backups.Backup) -> str:
    reason = REASONS.get(backup.reason)
    reason = QCoreApplication.translate("RestoreDialog", reason) if reason \
        else backup.reason.replace("-", " ")
    return f"{backup.made_at:%d.%m.%Y %H:%M} · {reason} · {backup.path.parent}"


class RestoreDialog(QDialog):
    def __init__(self, folders: list[Path], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.chosen: Path | None = None
        self.passphrase_text = ""
        self.contents: backups.BackupContents | None = None
        intro = QLabel(self.tr(
            "Choose a backup and type the passphrase that was valid when it was "
            "made (usually your current one), then look at what it holds. Your "
            "vault is replaced only when you confirm, and is kept until the "
            "restored one has opened."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.currentItemChanged.connect(self._selection_changed)
        other = QPushButton(self.tr("Look in another &folder…"))
        other.clicked.connect(self._choose_folder)
        self.passphrase = password_field(self.tr("Passphrase of the backup"))
        self.passphrase.textChanged.connect(self._selection_changed)
        self.passphrase.returnPressed.connect(self.show_contents)
        self.preview_button = QPushButton(self.tr("&Show contents"))
        self.preview_button.clicked.connect(self.show_contents)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Backup contents"))
        self.cases = QListWidget()
        self.cases.setAccessibleName(self.tr("Cases in the backup"))
        self.cases.setMaximumHeight(150)
        self.busy = BusyRow()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("&Replace my vault by this backup"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.preview_button)
        row.addStretch(1)
        row.addWidget(other)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.cases)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.setMinimumSize(560, 520)
        self._backups: list[backups.Backup] = []
        for folder in folders:
            self.add_folder(folder)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.summary.setText(self.tr(
                "No backup was found here. Use “Look in another folder…” to find one, "
                "e.g. on your external drive."))
        self._selection_changed()

    def add_folder(self, folder: Path) -> int:
        """Add the backups found in ``folder``; the list stays newest first."""
        known = {b.path for b in self._backups}
        new = [b for b in backups.list_backups(Path(folder)) if b.path not in known]
        self._backups = sorted(self._backups + new, key=lambda b: b.made_at, reverse=True)
        self.list.blockSignals(True)
        self.list.clear()
        for backup in self._backups:
            item = QListWidgetItem(backup_label(backup))
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.list.addItem(item)
        self.list.blockSignals(False)
        return len(new)

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder with backups"))
        if chosen:
            if self.add_folder(Path(chosen)) == 0:
                self.summary.setText(self.tr("There is no legato-desk backup in that folder."))
            else:
                self.list.setCurrentRow(0)

    def selected(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _selection_changed(self, *_args) -> None:
        self.contents = None
        self.cases.clear()
        if self.list.count():
            self.summary.clear()
        self.restore_button.setEnabled(False)
        self.preview_button.setEnabled(self.selected() is not None
                                       and bool(self.passphrase.text()))

    def show_contents(self) -> None:
        path, passphrase = self.selected(), self.passphrase.text()
        if path is None or not passphrase or self.busy.isVisible():
            return
        self.preview_button.setEnabled(False)
        self.busy.start(self.tr("Opening the backup…"))
        run_task(self, lambda: backups.read_contents(path, passphrase),
                 lambda contents: self._shown(path, contents), self._failed)

    def _shown(self, path: Path, contents: backups.BackupContents) -> None:
        self.busy.stop()
        self._selection_changed()
        if path != self.selected():
            return
        self.contents = contents
        self.summary.setText(self.tr("Made on {date}: %n case(s).", "", len(contents.cases))
                             .format(date=f"{contents.made_at:%d.%m.%Y %H:%M}"))
        for code, pseudonym in contents.cases:
            self.cases.addItem(f"{code} · {pseudonym}")
        self.restore_button.setEnabled(True)
        self.restore_button.setDefault(True)

    def _failed(self, exc: BaseException) -> None:
        self.busy.stop()
        self._selection_changed()
        self.summary.setText(error_text(exc))
        self.passphrase.setFocus()
        self.passphrase.selectAll()

    def accept(self) -> None:
        if self.contents is None:
            return
        contents, self.chosen = self.contents, self.selected()
        self.passphrase_text = self.passphrase.text()
        self.passphrase.clear()
        self.contents = contents
        super().accept()

    def restored_text(self) -> str:
        assert self.contents is not None
        return self.tr("The backup of {date} was restored ({count} case(s)). It opens with "
                       "the passphrase that was valid then.").format(
            date=f"{self.contents.made_at:%d.%m.%Y %H:%M}", count=len(self.contents.cases))

"""Handing cases over to another counsellor, and taking them in.

Export: tick the cases, note the one-time passphrase shown, choose where the
file goes. The passphrase travels separately from the file (in person, by
phone). Import: choose the file, type its passphrase, look at the cases it
holds and how duplicates are treated, then import (one transaction).
The slow part (Argon2id) runs off the UI thread and never touches the vault.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from legato_desk.errors import ValidationError
from legato_desk.ui.messages import error_text
from legato_desk.ui.widgets.busy import BusyRow
from legato_desk.ui.widgets.passphrase import password_field
from legato_desk.ui.workers import run_task
from legato_desk.vault import transfer
from legato_desk.vault.keys import KdfParams


def _file_row(field: QLineEdit, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(field, 1)
    row.addWidget(button)
    return row


def _message() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleName(QCoreApplication.translate("Handover", "Message"))
    return label


class ExportDialog(QDialog):
    def __init__(self, vault, selected: list[int] = (), *, kdf=None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hand over cases"))
        self._vault = vault
        self._kdf = kdf
        self.written: Path | None = None
        self.passphrase = transfer.new_transfer_passphrase()
        intro = QLabel(self.tr(
            "Tick the cases to hand over. They are written to one encrypted file "
            "that only opens with the one-time passphrase below."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Cases to hand over"))
        for case in vault.cases.list():
            item = QListWidgetItem(f"{case.code} · {case.pseudonym}")
            item.setData(Qt.ItemDataRole.UserRole, case.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if case.id in selected
                               else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        shown = QLineEdit(self.passphrase)
        shown.setReadOnly(True)
        shown.setAccessibleName(self.tr("One-time passphrase"))
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.TypeWriter)
        shown.setFont(font)
        note = QLabel(self.tr(
            "Write this passphrase down and give it to the receiving counsellor "
            "yourself (in person or by phone), never together with the file."))
        note.setWordWrap(True)
        default = Path.home() / f"handover-{date.today():%Y-%m-%d}{transfer.SUFFIX}"
        self.target = QLineEdit(str(default))
        self.target.setAccessibleName(self.tr("Transfer file"))
        browse = QPushButton(self.tr("C&hoose…"))
        browse.clicked.connect(self._browse)
        form = QFormLayout()
        form.addRow(self.tr("One-time passphrase:"), shown)
        form.addRow(note)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.target)
        form.addRow(file_label, _file_row(self.target, browse))
        self.message = _message()
        self.busy = BusyRow()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("&Write transfer file"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self.setMinimumSize(540, 480)

    def checked_ids(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Transfer file"), self.target.text(),
            self.tr("legato-desk transfer files (*{suffix})").format(suffix=transfer.SUFFIX))
        if chosen:
            self.target.setText(chosen)

    def export(self) -> None:
        ids, target = self.checked_ids(), Path(self.target.text().strip()).expanduser()
        if self.busy.isVisible():
            return
        try:
            if not ids:
                raise ValidationError("Choose at least one case to hand over.")
            if not self.target.text().strip() or not target.parent.is_dir():
                raise ValidationError("Choose a file in an existing folder.")
            payload = transfer.collect(self._vault, ids)
        except Exception as exc:
            self.message.setText(error_text(exc))
            return
        passphrase, kdf = self.passphrase, self._kdf or KdfParams.production()
        self.buttons.setEnabled(False)
        self.busy.start(self.tr("Encrypting…"))
        run_task(self, lambda: transfer.seal(payload, passphrase, kdf),
                 lambda data: self._sealed(ids, data, target), self._failed)

    def _sealed(self, ids: list[int], data: bytes, target: Path) -> None:
        self.busy.stop()
        self.buttons.setEnabled(True)
        try:
            transfer.write_export(self._vault, ids, data, target)
        except Exception as exc:
            self.message.setText(error_text(exc))
            return
        self.written = target
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy.stop()
        self.buttons.setEnabled(True)
        self.message.setText(error_text(exc))


class ImportDialog(QDialog):
    def __init__(self, vault, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a handover file"))
        self._vault = vault
        self.contents: transfer.Contents | None = None
        self.outcome: transfer.ImportResult | None = None
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Transfer file"))
        self.path.textChanged.connect(self._forget)
        browse = QPushButton(self.tr("C&hoose…"))
        browse.clicked.connect(self._browse)
        self.passphrase = password_field(self.tr("One-time passphrase"))
        self.passphrase.textChanged.connect(self._forget)
        self.passphrase.returnPressed.connect(self.read)
        self.read_button = QPushButton(self.tr("&Open file"))
        self.read_button.clicked.connect(self.read)
        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, _file_row(self.path, browse))
        pass_label = QLabel(self.tr("&Passphrase:"))
        pass_label.setBuddy(self.passphrase)
        form.addRow(pass_label, _file_row(self.passphrase, self.read_button))
        self.cases = QListWidget()
        self.cases.setAccessibleName(self.tr("Cases in the file"))
        self.skip = QRadioButton(self.tr("&Keep the version already in this vault"))
        self.replace = QRadioButton(self.tr("Re&place it by the version in the file"))
        self.skip.setChecked(True)
        self._duplicates = QButtonGroup(self)
        for button in (self.skip, self.replace):
            self._duplicates.addButton(button)
        self.duplicate_label = QLabel(self.tr("A case that is already here:"))
        self.message = _message()
        self.busy = BusyRow()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.import_cases)
        self.buttons.rejected.connect(self.reject)
        intro = QLabel(self.tr(
            "Choose the transfer file you were given and type the one-time passphrase "
            "you received separately. You see the cases it holds before anything is "
            "imported."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.cases, 1)
        for widget in (self.duplicate_label, self.skip, self.replace, self.message,
                       self.busy, self.buttons):
            layout.addWidget(widget)
        self.setMinimumSize(540, 460)
        self._forget()

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Transfer file"), str(Path.home()),
            self.tr("legato-desk transfer files (*{suffix});;All files (*)").format(
                suffix=transfer.SUFFIX))
        if chosen:
            self.path.setText(chosen)

    def _forget(self, *_args) -> None:
        self.contents = None
        self.cases.clear()
        self.import_button.setEnabled(False)
        for widget in (self.duplicate_label, self.skip, self.replace):
            widget.setVisible(False)

    def read(self) -> None:
        path, passphrase = Path(self.path.text().strip()), self.passphrase.text()
        if not self.path.text().strip() or not passphrase or self.busy.isVisible():
            self.message.setText(self.tr("Choose the file and type its passphrase."))
            return
        self.read_button.setEnabled(False)
        self.busy.start(self.tr("Decrypting…"))
        run_task(self, lambda: transfer.open_transfer(path, passphrase), self._opened,
                 self._failed)

    def _opened(self, data) -> None:
        self.busy.stop()
        self.read_button.setEnabled(True)
        try:
            contents = transfer.check_contents(self._vault, data)
        except Exception as exc:
            self._failed(exc)
            return
        self._forget()
        self.contents = contents
        for case in contents.cases:
            note = ""
            if case.duplicate_of is not None:
                note = self.tr(" — already in this vault")
            elif case.code_taken:
                note = self.tr(" — gets a new code (this code is taken here)")
            self.cases.addItem(f"{case.code} · {case.pseudonym}{note}")
        duplicates = any(c.duplicate_of is not None for c in contents.cases)
        for widget in (self.duplicate_label, self.skip, self.replace):
            widget.setVisible(duplicates)
        self.message.setText(self.tr("%n case(s) in the file.", "", len(contents.cases)))
        self.import_button.setEnabled(True)
        self.import_button.setDefault(True)

    def _failed(self, exc: BaseException) -> None:
        self.busy.stop()
        self.read_button.setEnabled(True)
        self.message.setText(error_text(exc))

    def import_cases(self) -> None:
        if self.contents is None:
            return
        mode = transfer.REPLACE if self.replace.isChecked() else transfer.SKIP
        try:
            self.outcome = transfer.import_contents(self._vault, self.contents, duplicates=mode)
        except Exception as exc:
            self.message.setText(error_text(exc))
            return
        self.passphrase.clear()
        self.accept()

    def result_text(self) -> str:
        result = self.outcome
        text = self.tr("%n case(s) imported.", "", len(result.imported))
        if result.skipped:
            text += " " + self.tr("Already here and kept: {codes}.").format(
                codes=", ".join(result.skipped))
        if result.recoded:
            text += " " + self.tr("New codes: {codes}.").format(codes=", ".join(
                f"{old} → {new}" for old, new in result.recoded.items()))
        return text

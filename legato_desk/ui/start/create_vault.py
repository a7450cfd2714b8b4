"""Creating a vault: choose a passphrase, then see the recovery key once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
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
        # Copy (cleared from the clipboard after the timeout, see ClipboardGuard)
        # and a one-page PDF to print: QtPrintSupport is not in the bundle.
        self.copy_button = QPushButton(self.tr("C&opy"))
        self.copy_button.setToolTip(self.tr(
            "Copy the key, e.g. into a password manager. legato-desk removes it "
            "from the clipboard again after a short while."))
        self.copy_button.clicked.connect(self.copy_key)
        self.pdf_button = QPushButton(self.tr("Save as PDF to &print…"))
        self.pdf_button.setToolTip(self.tr(
            "A one-page PDF with the key, to print. Delete the file after printing."))
        self.pdf_button.clicked.connect(self.save_pdf)
        for button in (self.copy_button, self.pdf_button):
            button.setAutoDefault(False)  # Return never copies or saves
        key_buttons = QHBoxLayout()
        key_buttons.addStretch(1)
        key_buttons.addWidget(self.copy_button)
        key_buttons.addWidget(self.pdf_button)
        self.copied = QLabel()
        self.copied.setWordWrap(True)
        self.copied.setAccessibleName(self.tr("Message"))
        self.confirm = QCheckBox(self.tr("I have &written down the recovery key and keep it safe."))
        # Typed back from the paper, not from the screen: the last group only.
        self.last_group = QLineEdit()
        self.last_group.setMaxLength(8)
        self.last_group.setPlaceholderText("XXXX")
        self.last_group.setAccessibleName(self.tr("Last group of the recovery key"))
        self.last_group.textChanged.connect(self._update_done)
        self.last_group.returnPressed.connect(self._finish)
        check = QFormLayout()
        check.addRow(self.tr("Type the key's &last group (after the last dash):"),
                     self.last_group)
        self.check_message = QLabel()
        self.check_message.setWordWrap(True)
        self.check_message.setAccessibleName(self.tr("Message"))
        # A plain button, not a QDialogButtonBox: a box on a hidden page would
        # claim the dialog's default button when shown.
        self.done_button = QPushButton(self.tr("&Finish"))
        self.done_button.setEnabled(False)
        self.done_button.setAutoDefault(False)
        self.confirm.toggled.connect(self._update_done)
        self.done_button.clicked.connect(self._finish)
        finish_row = QHBoxLayout()
        finish_row.addStretch(1)
        finish_row.addWidget(self.done_button)
        layout = QVBoxLayout(page)
        for w in (heading, text, self.key_label):
            layout.addWidget(w)
        layout.addLayout(key_buttons)
        layout.addWidget(self.copied)
        layout.addWidget(self.confirm)
        layout.addLayout(check)
        layout.addWidget(self.check_message)
        layout.addStretch(1)
        layout.addLayout(finish_row)
        return page

    def _group_typed_right(self) -> bool:
        typed = "".join(ch for ch in self.last_group.text().upper() if ch.isalnum())
        typed = typed.translate(str.maketrans({"0": "O", "1": "I", "8": "B"}))
        return bool(self.recovery_key) and typed == self.recovery_key.rsplit("-", 1)[-1]

    def _update_done(self) -> None:
        typed = self.last_group.text().strip()
        right = self._group_typed_right()
        self.done_button.setEnabled(self.confirm.isChecked() and right)
        if not typed or right:
            self.check_message.clear()
        elif len("".join(ch for ch in typed if ch.isalnum())) >= 4:
            self.check_message.setText(self.tr(
                "That is not the key's last group. Check what you wrote down."))

    def copy_key(self) -> None:
        QGuiApplication.clipboard().setText(self.recovery_key)
        self.copied.setText(self.tr(
            "Copied. It is removed from the clipboard again after a short while."))

    def save_pdf(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the recovery key as PDF"),
            str(Path.home() / self.tr("legato-desk recovery key.pdf")),
            self.tr("PDF (*.pdf)"))
        if not path:
            return
        try:
            write_key_pdf(Path(path), self.recovery_key, {
                "title": self.tr("legato-desk recovery key"),
                "text": self.tr(
                    "This key opens the vault in {folder} if the passphrase is "
                    "forgotten. Keep this page somewhere safe, apart from the "
                    "computer. Delete the PDF file after printing.").format(
                        folder=self.folder)})
        except OSError:
            self.copied.setText(self.tr("The PDF could not be written there. Choose another folder."))
            return
        self.copied.setText(self.tr(
            "Saved to {path}. Print it, then delete the file.").format(path=path))

    def _finish(self) -> None:
        if self.confirm.isChecked() and self._group_typed_right():
            clipboard = QGuiApplication.clipboard()
            if clipboard.text() == self.recovery_key:
                clipboard.clear()
            self.key_label.clear()
            self.last_group.clear()
            self.recovery_key = ""
            self.accept()

    def reject(self) -> None:
        # Once the vault exists, the key must have been seen: no way around page 2.
        if self.vault is None:
            super().reject()


def write_key_pdf(path: Path, key: str, texts: dict) -> None:
    """One A4 page: a title, the key in large fixed-width letters, what it is for."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    writer.setTitle(texts["title"])
    writer.setCreator("legato-desk")
    painter = QPainter(writer)
    if not painter.isActive():
        raise OSError("cannot write the PDF")
    try:
        width = writer.width()
        dpi = writer.resolution()
        y = 0.0
        title = QFont()
        title.setPointSizeF(18)
        title.setWeight(QFont.Weight.Bold)
        painter.setFont(title)
        box = QRectF(0, y, width, dpi * 0.6)
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, texts["title"])
        y += dpi * 0.9
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        fixed.setPointSizeF(16)
        fixed.setWeight(QFont.Weight.Bold)
        painter.setFont(fixed)
        painter.drawText(QRectF(0, y, width, dpi * 0.6), Qt.AlignmentFlag.AlignCenter, key)
        y += dpi * 1.0
        body = QFont()
        body.setPointSizeF(11)
        painter.setFont(body)
        painter.drawText(QRectF(0, y, width, dpi * 3), Qt.AlignmentFlag.AlignLeft
                         | Qt.TextFlag.TextWordWrap, texts["text"])
    finally:
        painter.end()


def _vault_class():
    """Imported in the worker thread, off the path to the first window."""
    from legato_desk.vault.vault import Vault

    return Vault

"""Asking for a pseudonym (new case, rename) with a clear message on bad input."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from legato_desk.errors import ValidationError
from legato_desk.model.case import PSEUDONYM_MAX, clean_pseudonym
from legato_desk.ui.messages import error_text


class PseudonymDialog(QDialog):
    def __init__(self, title: str, explanation: str, current: str = "", parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.value = ""
        intro = QLabel(explanation)
        intro.setWordWrap(True)
        self.field = QLineEdit(current)
        self.field.setMaxLength(PSEUDONYM_MAX + 20)  # longer input gets a message
        self.field.setAccessibleName(self.tr("Pseudonym"))
        self.field.setPlaceholderText(self.tr("for example A. or “Client K”"))
        self.field.selectAll()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.field.textChanged.connect(self.message.clear)
        form = QFormLayout()
        form.addRow(self.tr("&Pseudonym:"), self.field)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def accept(self) -> None:
        try:
            self.value = clean_pseudonym(self.field.text())
        except ValidationError as exc:
            self.message.setText(error_text(exc))
            self.field.setFocus()
            return
        super().accept()

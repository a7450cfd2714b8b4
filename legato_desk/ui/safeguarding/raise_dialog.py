"""Raising a safeguarding flag: which one, and what happened."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

from legato_desk.model.safeguarding import FlagType
from legato_desk.ui.safeguarding.labels import enum_combo


class RaiseFlagDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Raise a safeguarding flag"))
        self.flag = enum_combo(FlagType)
        self.flag.setAccessibleName(self.tr("Flag"))
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("What was said or seen, briefly"))
        intro = QLabel(self.tr(
            "A flag opens an escalation record with the office protocol's steps as a "
            "checklist. It stays on the case list until it is closed."))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Flag:"), self.flag)
        form.addRow(self.tr("&What happened:"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Raise flag"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

"""A new-passphrase field pair with a live strength hint.

Used wherever a passphrase is chosen: creating a vault, recovering it,
changing the passphrase. The rule itself lives in model.passphrase.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from legato_desk.errors import ValidationError
from legato_desk.model.passphrase import MIN_LENGTH, Strength, assess, check_new_passphrase


def password_field(accessible_name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible_name)
    field.setMinimumWidth(280)
    return field


class NewPassphraseFields(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.first = password_field(self.tr("New passphrase"))
        self.second = password_field(self.tr("Repeat the passphrase"))
        self.meter = QProgressBar()
        self.meter.setRange(0, int(Strength.STRONG))
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Repeat:"), self.second)
        form.addRow("", self.meter)
        form.addRow("", self.hint)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self.changed)
        self._update()

    def _update(self) -> None:
        text = self.first.text()
        if not text:
            self.meter.setValue(0)
            self.hint.setText(self.tr(
                "Choose a passphrase of at least 10 characters: several "
                "unrelated words are easy to remember and hard to guess."))
        else:
            result = assess(text)
            self.meter.setValue(int(result.strength))
            self.hint.setText(QCoreApplication.translate("KnownError", result.hint))
        self.changed.emit()

    def validate(self) -> str:
        """The passphrase, or raise ValidationError with a message for people.

        A passphrase refused for its strength gets a short message: the hint
        under the field already says what to change, and is not repeated.
        """
        text = self.first.text()
        if text.strip() and assess(text).strength < Strength.FAIR:
            if len(text) < MIN_LENGTH:
                raise ValidationError("The passphrase is too short: the hint under it says how long.")
            raise ValidationError("This passphrase cannot be used: the hint under it says why.")
        check_new_passphrase(text, self.second.text())
        return text

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

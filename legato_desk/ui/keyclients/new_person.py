"""A small dialog for a candidate who is not on the map yet."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from legato_desk.model.map import LIMITS
from legato_desk.ui.messages import error_text
from legato_desk.ui.widgets.error_line import error_line


class NewPersonDialog(QDialog):
    """Asks for a name and a role; ``create(name, role)`` does the work."""

    def __init__(self, create, parent=None):
        super().__init__(parent)
        self._create = create
        self.result_value = None
        self.setWindowTitle(self.tr("New person as candidate"))
        explain = QLabel(self.tr(
            "The person is added to the case's map (you can move them there later) "
            "and marked as a key-client candidate."))
        explain.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setMaxLength(LIMITS["name"])
        self.name.setPlaceholderText(self.tr("how you refer to them, e.g. “Aunt S.”"))
        self.role = QLineEdit()
        self.role.setMaxLength(LIMITS["role"])
        self.role.setPlaceholderText(self.tr("e.g. aunt, youth worker, friend"))
        form = QFormLayout()
        name_label, role_label = QLabel(self.tr("&Name:")), QLabel(self.tr("&Role:"))
        name_label.setBuddy(self.name)
        role_label.setBuddy(self.role)
        form.addRow(name_label, self.name)
        form.addRow(role_label, self.role)
        self.message = error_line()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add and &mark"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        try:
            self.result_value = self._create(self.name.text(), self.role.text())
        except Exception as exc:
            self.message.setText(error_text(exc))
            return
        super().accept()

"""The open door: the crisis route agreed when the work with a key-client ends and
they stay reachable (seed 004: available long term, so that they can turn to
the office in times of high stress). ``CrisisRouteFields`` is used when ending
(the Decision and status tab) and in ``CrisisRouteDialog`` (the profile's
"Change the crisis route…")."""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from legato_desk.model.contact_plan import OpenDoor
from legato_desk.ui.messages import error_text
from legato_desk.ui.widgets.error_line import error_line

KEPT = -1  # the contact as recorded, no longer in this vault's directory


class CrisisRouteFields(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.route = QPlainTextEdit()
        self.route.setTabChangesFocus(True)
        self.route.setMaximumHeight(70)
        self.route.setAccessibleName(self.tr("Crisis route"))
        self.route.setPlaceholderText(self.tr(
            "Who they can reach in a crisis, and how: e.g. the office line in office "
            "hours, the crisis phone in the evening and at weekends"))
        self.contact = QComboBox()
        self.contact.setAccessibleName(self.tr("Directory contact for a crisis"))
        self._kept = ""
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Crisis route (who, ho&w):"))
        label.setBuddy(self.route)
        form.addRow(label, self.route)
        form.addRow(QLabel(self.tr("Directory contact:")), self.contact)

    def set_contacts(self, contacts: list[tuple[str, int]], door: OpenDoor | None = None
                     ) -> None:
        """``contacts``: (label, id) of the directory; ``door``: the route to show."""
        self.contact.clear()
        self.contact.addItem(self.tr("— none (optional) —"), None)
        for text, contact_id in contacts:
            self.contact.addItem(text, contact_id)
        self._kept = ""
        self.route.setPlainText(door.route if door else "")
        if door is None:
            return
        index = self.contact.findData(door.contact_id) if door.contact_id is not None else -1
        if index > 0:
            self.contact.setCurrentIndex(index)
        elif door.contact_label:
            self._kept = door.contact_label
            self.contact.addItem(self.tr("{name} (as recorded)").format(
                name=door.contact_label), KEPT)
            self.contact.setCurrentIndex(self.contact.count() - 1)

    def values(self) -> dict:
        chosen = self.contact.currentData()
        text = self.route.toPlainText()
        if chosen == KEPT:
            return {"route": text, "contact_id": None, "kept_label": self._kept}
        return {"route": text, "contact_id": chosen}


class CrisisRouteDialog(QDialog):
    """Changes the route through ``save(route=…, contact_id=…[, kept_label=…])``; a
    refusal keeps it open with the message."""

    def __init__(self, door: OpenDoor, contacts: list[tuple[str, int]],
                 save: Callable[..., object], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Crisis route"))
        self._save = save
        self.fields = CrisisRouteFields()
        self.fields.set_contacts(contacts, door)
        self.message = error_line()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.fields.route.setFocus()

    def accept(self) -> None:
        try:
            self._save(**self.fields.values())
        except Exception as exc:
            self.message.setText(error_text(exc))
            return
        super().accept()

"""Small dialogs of the map page: add a person, take a snapshot, export."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from legato_desk.model.map import LIMITS, SNAPSHOT_LABEL_MAX, Ring, Sector, clean_snapshot_label
from legato_desk.ui.map import style
from legato_desk.ui.messages import error_text


class _Dialog(QDialog):
    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def row(self, text: str, widget) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        self.form.addRow(label, widget)


class AddPersonDialog(_Dialog):
    def __init__(self, parent=None, sector: Sector = Sector.FAMILY, ring: Ring = Ring.MIDDLE):
        super().__init__(self.tr("Add a person"), parent)
        self.name = QLineEdit()
        self.name.setMaxLength(LIMITS["name"])
        self.name.setPlaceholderText(self.tr("e.g. Mother, Mr B."))
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.addItems(["", *style.role_catalogue()])
        self.role.lineEdit().setMaxLength(LIMITS["role"])
        self.sector = QComboBox()
        for s in Sector:
            self.sector.addItem(style.sector_name(s), s)
        self.sector.setCurrentIndex(self.sector.findData(sector))
        self.ring = QComboBox()
        for r in Ring:
            self.ring.addItem(style.ring_name(r), r)
        self.ring.setCurrentIndex(self.ring.findData(ring))
        self.row(self.tr("&Name:"), self.name)
        self.row(self.tr("&Role:"), self.role)
        self.row(self.tr("&Sector:"), self.sector)
        self.row(self.tr("&Closeness:"), self.ring)
        self.message.setText(self.tr("The person is placed in a free spot of that sector "
                                     "and ring; drag them to fine-tune."))

    def fields(self) -> dict:
        return {"name": self.name.text(), "role": self.role.currentText()}


class SnapshotDialog(_Dialog):
    def __init__(self, parent=None):
        super().__init__(self.tr("Take a snapshot of the map"), parent)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.label = QLineEdit()
        self.label.setMaxLength(SNAPSHOT_LABEL_MAX)
        self.label.setPlaceholderText(self.tr("e.g. intake, after 3 months"))
        self.row(self.tr("&Date:"), self.date)
        self.row(self.tr("&Label:"), self.label)
        self.message.setText(self.tr("A snapshot freezes the map as it is now. You can "
                                     "look at it later and compare it with other versions."))
        self.label.setFocus()

    def accept(self) -> None:
        try:
            clean_snapshot_label(self.label.text())
        except Exception as exc:
            self.message.setText(error_text(exc))
            return
        super().accept()

    def value(self):
        return self.label.text(), self.date.date().toPython()


class ExportDialog(_Dialog):
    def __init__(self, parent=None):
        super().__init__(self.tr("Export the map"), parent)
        self.format = QComboBox()
        self.format.addItem(self.tr("PNG image"), "png")
        self.format.addItem(self.tr("SVG drawing"), "svg")
        self.show_names = QCheckBox(self.tr("Show display &names instead of pseudonyms"))
        self.row(self.tr("&Format:"), self.format)
        self.form.addRow("", self.show_names)
        self.show_names.toggled.connect(self._warn)
        self._warn(False)

    def _warn(self, on: bool) -> None:
        self.message.setText(self.tr(
            "<b>Warning:</b> the file will name the persons of this case. Share it only "
            "with people who need to know, and store it encrypted.") if on else self.tr(
            "Persons are shown as P1, P2, … with their role; the index client by the "
            "case pseudonym."))

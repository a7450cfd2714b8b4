"""Small dialogs of the map page: add a person, take a snapshot, export."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtGui import QFont, QFontMetricsF
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
from legato_desk.model.safeguarding import LINE_MAX
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
        self.setMinimumWidth(title_fits(self))


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
    """Format, names, and for the sharing log who receives the file on what ground."""

    def __init__(self, parent=None):
        super().__init__(self.tr("Export the map"), parent)
        self.format = QComboBox()
        self.format.addItem(self.tr("PNG image"), "png")
        self.format.addItem(self.tr("SVG drawing"), "svg")
        self.format.addItem(self.tr("GraphML network (yEd, Gephi, networkx)"), "graphml")
        self.show_names = QCheckBox(self.tr("Show display &names instead of pseudonyms"))
        self.recipient = QLineEdit()
        self.recipient.setMaxLength(LINE_MAX)
        self.recipient.setAccessibleName(self.tr("Recipient"))
        self.recipient.setPlaceholderText(self.tr("For the sharing log, e.g. supervision group"))
        self.ground = QComboBox()
        self.ground.setAccessibleName(self.tr("Ground for sharing"))
        self.ground.addItem(self.tr("Choose the ground…"), None)
        for value, text in (("internal", self.tr("Within the office")),
                            ("consent", self.tr("Consent of the person")),
                            ("legal_duty", self.tr("Legal duty")),
                            ("acute_danger", self.tr("Acute danger"))):
            self.ground.addItem(text, value)
        self.row(self.tr("&Format:"), self.format)
        self.form.addRow("", self.show_names)
        self.row(self.tr("&Recipient:"), self.recipient)
        self.row(self.tr("&Ground:"), self.ground)
        self.show_names.toggled.connect(self._warn)
        self._warn(False)

    def _warn(self, on: bool) -> None:
        # Real names are a disclosure: the ground is chosen, never preset.
        self.ground.setCurrentIndex(0 if on else self.ground.findData("internal"))
        self.message.setText(self.tr(
            "<b>Warning:</b> the file will name the persons of this case. Share it only "
            "with people who need to know, and store it encrypted.") if on else self.tr(
            "Persons are shown as P1, P2, … with their role; the index client by the "
            "case pseudonym."))

    def accept(self) -> None:
        if self.show_names.isChecked() and (self.ground.currentData() is None
                                            or not self.recipient.text().strip()):
            self.message.setText(self.tr(
                "<b>A map with names is a disclosure:</b> say who receives it and choose "
                "the ground, for the sharing log."))
            (self.recipient if not self.recipient.text().strip() else self.ground).setFocus()
            return
        super().accept()

    def choice(self) -> dict:
        """What export_page takes: format, names, recipient, ground."""
        return {"fmt": self.format.currentData(), "show_names": self.show_names.isChecked(),
                "recipient": self.recipient.text(), "ground": self.ground.currentData()}


def title_fits(dialog: QDialog) -> int:
    """A width at which the title bar shows the whole title: window managers draw it
    in a bolder, larger font and put an icon and three buttons beside it."""
    title = QFont(dialog.font())
    title.setBold(True)
    title.setPointSizeF(title.pointSizeF() * 1.15)
    return max(dialog.minimumSizeHint().width(),
               int(QFontMetricsF(title).horizontalAdvance(dialog.windowTitle())) + 160)

"""The agency directory: institutions and their named contacts, each with a deputy."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from legato_desk.model.availability import WEEKDAYS, Availability, parse_hours
from legato_desk.ui.messages import error_text
from legato_desk.ui.safeguarding.labels import AGENCY_KINDS, agency_kind_name
from legato_desk.vault.directory import Agency, Contact

CONTACT_FIELDS = ("name", "role", "phone", "email", "deputy", "deputy_phone")


class _FormDialog(QDialog):
    """A small form whose save runs ``store()``; a refusal keeps it open."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def store(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.store()
        except Exception as exc:
            self.message.setText(error_text(exc))
            return
        super().accept()


class AgencyDialog(_FormDialog):
    def __init__(self, vault, agency: Agency | None = None, parent=None):
        super().__init__(self.tr("Institution"), parent)
        self._vault, self._agency = vault, agency
        self.name = QLineEdit(agency.name if agency else "")
        self.name.setAccessibleName(self.tr("Name of the institution"))
        self.kind = QComboBox()
        for kind in AGENCY_KINDS:
            self.kind.addItem(agency_kind_name(kind), kind)
        if agency:
            self.kind.setCurrentIndex(self.kind.findData(agency.kind))
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Kind:"), self.kind)

    def store(self) -> None:
        if self._agency is None:
            self._agency = self._vault.directory.add_agency(self.name.text(),
                                                            self.kind.currentData())
        else:
            self._vault.directory.update_agency(self._agency.id, self.name.text(),
                                                self.kind.currentData(), self._agency.note)


class ContactDialog(_FormDialog):
    def __init__(self, vault, agency_id: int, contact: Contact | None = None, parent=None):
        super().__init__(self.tr("Contact"), parent)
        self._vault, self._agency_id, self._contact = vault, agency_id, contact
        labels = {"name": self.tr("&Name:"), "role": self.tr("&Role:"),
                  "phone": self.tr("&Phone:"), "email": self.tr("&Email:"),
                  "deputy": self.tr("&Deputy:"), "deputy_phone": self.tr("Deputy p&hone:")}
        self.fields: dict[str, QLineEdit] = {}
        for key, text in labels.items():
            edit = QLineEdit(getattr(contact, key) if contact else "")
            edit.setMaxLength(220)
            edit.setAccessibleName(text.replace("&", "").rstrip(":"))
            self.fields[key] = edit
            self.form.addRow(text, edit)
        self.fields["role"].setPlaceholderText(self.tr("e.g. state security unit, case worker"))
        self.fields["deputy"].setPlaceholderText(self.tr("who stands in when they are away"))
        self._availability_rows(contact)

    def _availability_rows(self, contact: Contact | None) -> None:
        """Office hours per weekday and the weekend, for the contact and the deputy."""
        known = (self._vault.directory.availability(contact.id) if contact
                 else (None, None))
        days = [self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"),
                self.tr("Thursday"), self.tr("Friday")]
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Reachable</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("Contact")), 0, 1)
        grid.addWidget(QLabel(self.tr("Deputy")), 0, 2)
        self.hours: list[list[QLineEdit]] = [[], []]
        self.weekend: list[QCheckBox] = []
        for row, day in enumerate(days, start=1):
            grid.addWidget(QLabel(day), row, 0)
            names = (self.tr("{day}, office hours of the contact"),
                     self.tr("{day}, office hours of the deputy"))
            for col, (name, hours) in enumerate(zip(names, known)):
                edit = QLineEdit(hours.weekdays[row - 1].text()
                                 if hours and hours.weekdays[row - 1] else "")
                edit.setPlaceholderText(self.tr("e.g. 9:00-16:00"))
                edit.setMaxLength(20)
                edit.setAccessibleName(name.format(day=day))
                self.hours[col].append(edit)
                grid.addWidget(edit, row, col + 1)
        grid.addWidget(QLabel(self.tr("Saturday and Sunday")), WEEKDAYS + 1, 0)
        for col, hours in enumerate(known):
            box = QCheckBox(self.tr("&Weekend") if col == 0 else self.tr("Wee&kend"))
            box.setChecked(bool(hours and hours.weekend))
            box.setAccessibleName(self.tr("Reachable at weekends (contact)") if col == 0
                                  else self.tr("Reachable at weekends (deputy)"))
            self.weekend.append(box)
            grid.addWidget(box, WEEKDAYS + 1, col + 1)
        note = QLabel(self.tr("Leave a day empty when nobody is there. Public holidays are "
                              "not taken into account."))
        note.setWordWrap(True)
        self.form.addRow(grid)
        self.form.addRow(note)

    def availability(self) -> tuple[Availability, Availability]:
        """What the hours fields say; ValidationError for hours not understood."""
        return tuple(Availability(tuple(parse_hours(e.text()) for e in self.hours[col]),
                                  self.weekend[col].isChecked()) for col in (0, 1))

    def store(self) -> None:
        contact_hours, deputy_hours = self.availability()  # refused before anything is saved
        contact_id = self._vault.directory.save_contact(
            self._agency_id, self._contact.id if self._contact else None,
            **{k: e.text() for k, e in self.fields.items()})
        self._vault.directory.set_availability(contact_id, contact_hours, deputy_hours)


class DirectoryDialog(QDialog):
    def __init__(self, vault, parent=None):
        super().__init__(parent)
        self._vault = vault
        self.setWindowTitle(self.tr("Agency directory"))
        self.agencies = QListWidget()
        self.agencies.setAccessibleName(self.tr("Institutions"))
        self.agencies.currentRowChanged.connect(self._show_contacts)
        self.contacts = QTableWidget(0, 5)
        self.contacts.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Phone"), self.tr("Deputy"),
             self.tr("Deputy phone")])
        self.contacts.setAccessibleName(self.tr("Contacts"))
        self.contacts.setTabKeyNavigation(False)  # Tab leaves the table; arrows move
        self.contacts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contacts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts.verticalHeader().hide()
        self.contacts.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.contacts.horizontalHeader().setStretchLastSection(True)
        self.contacts.doubleClicked.connect(self.edit_contact)

        def button(text, slot):
            b = QPushButton(text)
            b.clicked.connect(slot)
            return b

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("<b>Institutions</b>")))
        left.addWidget(self.agencies, 1)
        row = QHBoxLayout()
        row.addWidget(button(self.tr("&Add…"), self.add_agency))
        row.addWidget(button(self.tr("Ed&it…"), self.edit_agency))
        row.addWidget(button(self.tr("Remo&ve"), self.delete_agency))
        left.addLayout(row)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("<b>Contacts</b> (each with a deputy)")))
        right.addWidget(self.contacts, 1)
        row = QHBoxLayout()
        row.addWidget(button(self.tr("Add &contact…"), self.add_contact))
        row.addWidget(button(self.tr("&Edit contact…"), self.edit_contact))
        row.addWidget(button(self.tr("&Remove contact"), self.delete_contact))
        row.addStretch(1)
        right.addLayout(row)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(close)
        self.resize(860, 440)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        current = self.current_agency()
        select_id = select_id if select_id is not None else (current.id if current else None)
        self._agencies = self._vault.directory.agencies()
        self.agencies.blockSignals(True)
        self.agencies.clear()
        row = 0
        for i, agency in enumerate(self._agencies):
            item = QListWidgetItem(f"{agency.name}\n{agency_kind_name(agency.kind)}")
            self.agencies.addItem(item)
            if agency.id == select_id:
                row = i
        self.agencies.blockSignals(False)
        if self._agencies:
            self.agencies.setCurrentRow(row)
        self._show_contacts()

    def current_agency(self) -> Agency | None:
        row = self.agencies.currentRow() if hasattr(self, "_agencies") else -1
        return self._agencies[row] if 0 <= row < len(getattr(self, "_agencies", [])) else None

    def _show_contacts(self, *_args) -> None:
        agency = self.current_agency()
        self._contacts = self._vault.directory.contacts(agency.id) if agency else []
        self.contacts.setRowCount(len(self._contacts))
        for r, c in enumerate(self._contacts):
            for col, value in enumerate((c.name, c.role, c.phone, c.deputy, c.deputy_phone)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                self.contacts.setItem(r, col, item)

    def current_contact(self) -> Contact | None:
        row = self.contacts.currentRow()
        return self._contacts[row] if 0 <= row < len(self._contacts) else None

    def _run(self, dialog: QDialog) -> bool:
        accepted = bool(dialog.exec())
        dialog.deleteLater()
        return accepted

    def add_agency(self) -> None:
        dialog = AgencyDialog(self._vault, parent=self)
        if self._run(dialog):
            self.reload(dialog._agency.id)

    def edit_agency(self) -> None:
        agency = self.current_agency()
        if agency and self._run(AgencyDialog(self._vault, agency, self)):
            self.reload()

    def delete_agency(self) -> None:
        agency = self.current_agency()
        if agency is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove institution"), self.tr(
            "Remove “{name}” and its contacts from the directory? Entries in sharing logs "
            "keep the names they recorded.").format(name=agency.name))
        if answer == QMessageBox.StandardButton.Yes:
            self._vault.directory.delete_agency(agency.id)
            self.reload()

    def add_contact(self) -> None:
        agency = self.current_agency()
        if agency is None:
            QMessageBox.information(self, self.tr("Agency directory"),
                                    self.tr("Add or choose an institution first."))
            return
        if self._run(ContactDialog(self._vault, agency.id, parent=self)):
            self._show_contacts()

    def edit_contact(self, *_args) -> None:
        contact = self.current_contact()
        if contact and self._run(ContactDialog(self._vault, contact.agency_id, contact, self)):
            self._show_contacts()

    def delete_contact(self) -> None:
        contact = self.current_contact()
        if contact is not None:
            try:
                self._vault.directory.delete_contact(contact.id)
            except Exception as exc:
                QMessageBox.warning(self, self.tr("Agency directory"), error_text(exc))
            self._show_contacts()

"""Recording (or changing) one referral of a case to another agency."""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from legato_desk.model.referral import Agreement, Referral
from legato_desk.ui.referrals.labels import name
from legato_desk.ui.messages import error_text
from legato_desk.ui.widgets.error_line import error_line

CONTACT, AGENCY = "contact", "agency"


class ReferralDialog(QDialog):
    """Stores through ``vault.referrals`` on Save; a refusal keeps it open, nothing stored."""

    def __init__(self, vault, case_id: int, *, referral: Referral | None = None,
                 today: Callable[[], date] = date.today,
                 open_directory: Callable[[], None] | None = None, parent=None):
        super().__init__(parent)
        self._vault, self._case_id, self._referral = vault, case_id, referral
        self._open_directory = open_directory
        self.referral: Referral | None = None
        self.setWindowTitle(self.tr("Change the referral") if referral
                            else self.tr("Record a referral"))
        self.when = QDateEdit(QDate(referral.referred_on if referral else today()))
        self.when.setDisplayFormat("dd.MM.yyyy")
        self.when.setCalendarPopup(True)
        self.when.setMaximumDate(QDate(today()))
        self.when.setAccessibleName(self.tr("Referred on"))
        self.recipient = QComboBox()
        self.recipient.setEditable(True)
        self.recipient.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.recipient.lineEdit().setPlaceholderText(
            self.tr("Choose from the directory or type an institution and a name"))
        self.recipient.lineEdit().setMaxLength(300)
        self.recipient.setAccessibleName(self.tr("Referred to"))
        self.recipient.currentIndexChanged.connect(self._show_contact)
        self.recipient.editTextChanged.connect(self._show_contact)
        self.contact_hint = QLabel()
        self.contact_hint.setWordWrap(True)
        self.directory = QPushButton(self.tr("&Directory…"))
        self.directory.setVisible(open_directory is not None)
        self.directory.clicked.connect(self._directory)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setAccessibleName(self.tr("Why"))
        self.reason.setPlaceholderText(self.tr(
            "e.g. a local project closer to the family, another language, a specialism"))
        self.agreement = QComboBox()
        self.agreement.setAccessibleName(self.tr("Did the caller agree?"))
        self.agreement.addItem(self.tr("— choose —"), None)
        for value in Agreement:
            self.agreement.addItem(name(value), value)
        self.note = QLineEdit()
        self.note.setMaxLength(1000)
        self.note.setAccessibleName(self.tr("What came of it"))
        self.note.setPlaceholderText(self.tr("What came of it, what was agreed (optional)"))
        sharing = QLabel(self.tr(
            "Passing the caller on is not sharing the case: anything told to the other "
            "agency about the case belongs in the Sharing log."))
        sharing.setWordWrap(True)
        self.message = error_line()

        who = QHBoxLayout()
        who.addWidget(self.recipient, 1)
        who.addWidget(self.directory)
        form = QFormLayout()
        rows = ((self.tr("&When:"), self.when, self.when),
                (self.tr("&To whom:"), who, self.recipient),
                ("", self.contact_hint, None),
                (self.tr("W&hy:"), self.reason, self.reason),
                (self.tr("Caller &agreed:"), self.agreement, self.agreement),
                (self.tr("&Note:"), self.note, self.note))
        for text, field, buddy in rows:
            label = QLabel(text)
            if buddy is not None:
                label.setBuddy(buddy)
            form.addRow(label, field)
        form.addRow(sharing)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self._fill_directory()
        if referral is not None:
            self._select(referral)
            self.reason.setPlainText(referral.reason)
            self.agreement.setCurrentIndex(self.agreement.findData(referral.agreement))
            self.note.setText(referral.note)
        self.recipient.setFocus()

    def _fill_directory(self) -> None:
        typed = self.recipient.currentText()
        self.recipient.blockSignals(True)
        self.recipient.clear()
        self.recipient.addItem("", None)
        for agency in self._vault.directory.agencies():
            self.recipient.addItem(agency.name, (AGENCY, agency.id))
            for contact in self._vault.directory.contacts(agency.id):
                self.recipient.addItem(contact.label(), (CONTACT, contact.id))
        self.recipient.setCurrentIndex(0)
        self.recipient.setEditText(typed)
        self.recipient.blockSignals(False)
        self._show_contact()

    def _select(self, referral: Referral) -> None:
        wanted = ((CONTACT, referral.contact_id) if referral.contact_id is not None
                  else (AGENCY, referral.agency_id) if referral.agency_id is not None else None)
        index = self.recipient.findData(wanted) if wanted else -1
        if index > 0 and self.recipient.itemText(index) == referral.recipient:
            self.recipient.setCurrentIndex(index)
        else:
            self.recipient.setEditText(referral.recipient)  # as recorded, the entry changed

    def chosen_entry(self) -> tuple[str, int] | None:
        """The directory entry whose name is in the field, if the field holds one."""
        index = self.recipient.findText(self.recipient.currentText())
        return self.recipient.itemData(index) if index > 0 else None

    def _show_contact(self, *_args) -> None:
        entry = self.chosen_entry()
        contact = (self._vault.directory.contact(entry[1])
                   if entry and entry[0] == CONTACT else None)
        if contact is None:
            self.contact_hint.clear()
            return
        parts = [p for p in (contact.phone, contact.email) if p]
        if contact.deputy:
            parts.append(self.tr("deputy: {name} {phone}").format(
                name=contact.deputy, phone=contact.deputy_phone).strip())
        self.contact_hint.setText(" · ".join(parts))

    def _directory(self) -> None:
        if self._open_directory is not None:
            self._open_directory()
            self._fill_directory()

    def accept(self) -> None:
        entry = self.chosen_entry()
        values = dict(
            referred_on=self.when.date().toPython(), recipient=self.recipient.currentText(),
            reason=self.reason.toPlainText(), agreement=self.agreement.currentData(),
            note=self.note.text(),
            contact_id=entry[1] if entry and entry[0] == CONTACT else None,
            agency_id=entry[1] if entry and entry[0] == AGENCY else None)
        try:
            if self._referral is None:
                self.referral = self._vault.referrals.add(self._case_id, **values)
            else:
                self.referral = self._vault.referrals.update(self._referral.id, **values)
        except Exception as exc:
            self.message.setText(error_text(exc))
            return
        super().accept()

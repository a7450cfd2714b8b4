"""Recording one disclosure: what went to whom, why, on which ground."""

from __future__ import annotations

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from legato_desk.model.safeguarding import Consent, SharingGround
from legato_desk.ui.messages import error_text
from legato_desk.ui.safeguarding.labels import name
from legato_desk.ui.widgets.error_line import error_line


class DisclosureDialog(QDialog):
    """Stores through ``vault.sharing.log`` on OK; a refusal keeps it open, nothing stored."""

    def __init__(self, vault, case_id: int, *, escalation_id: int | None = None,
                 role_hint: str = "", parent=None):
        super().__init__(parent)
        self._vault, self._case_id, self._escalation_id = vault, case_id, escalation_id
        self.entry = None
        self.setWindowTitle(self.tr("Record who was informed") if escalation_id
                            else self.tr("Log a disclosure"))
        now = QDateTime.currentDateTime()
        now.setTime(now.time().fromMSecsSinceStartOfDay(
            now.time().msecsSinceStartOfDay() // 60_000 * 60_000))  # whole minutes, as shown
        self.when = QDateTimeEdit(now)
        self.when.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.when.setCalendarPopup(True)
        self.when.setMaximumDateTime(QDateTime.currentDateTime().addSecs(60))
        self.recipient = QComboBox()
        self.recipient.setEditable(True)
        self.recipient.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.recipient.lineEdit().setPlaceholderText(
            self.tr("Choose from the directory or type a name and institution"))
        self.recipient.setAccessibleName(self.tr("To whom"))
        self.contact_hint = QLabel()
        self.contact_hint.setWordWrap(True)
        directory = QPushButton(self.tr("&Directory…"))
        directory.clicked.connect(self._open_directory)
        self.recipient.currentIndexChanged.connect(self._show_contact)
        self.what = QPlainTextEdit()
        self.what.setTabChangesFocus(True)
        self.what.setPlaceholderText(self.tr("Only what the recipient needs to know"))
        self.what.setAccessibleName(self.tr("What was shared"))
        self.why = QLineEdit()
        self.why.setAccessibleName(self.tr("Why"))
        self.grounds = QButtonGroup(self)
        ground_box = QVBoxLayout()
        for ground in SharingGround:
            button = QRadioButton(name(ground))
            button.setProperty("ground", ground.value)
            self.grounds.addButton(button)
            ground_box.addWidget(button)
        # Before anything is shared: the person knows why, and was asked.
        self.told = QCheckBox(self.tr(
            "The &person was told why sharing this matters"))
        self.consent = QComboBox()
        self.consent.setAccessibleName(self.tr("Consent"))
        self.consent.addItem(self.tr("— choose —"), Consent.NOT_RECORDED.value)
        for consent, text in ((Consent.GIVEN, self.tr("asked, and given")),
                              (Consent.REFUSED, self.tr("asked, and refused")),
                              (Consent.NOT_ASKED, self.tr("not asked"))):
            self.consent.addItem(text, consent.value)
        self.consent_note = QLineEdit()
        self.consent_note.setMaxLength(200)
        self.consent_note.setAccessibleName(self.tr("Note on consent"))
        self.consent_note.setPlaceholderText(
            self.tr("Why it was not asked, or what was agreed"))
        self.counselling = QCheckBox(self.tr(
            "Includes what was said in counse&lling (only on acute danger)"))
        self.grounds.buttonToggled.connect(self._ground_toggled)
        self.informed_by = QLineEdit(vault.audit.actor)
        self.informed_by.setAccessibleName(self.tr("Informed by"))
        self.acknowledged = QLineEdit()
        self.acknowledged.setPlaceholderText(self.tr("Who at the other side confirmed it"))
        self.acknowledged.setAccessibleName(self.tr("Acknowledged by"))
        self.message = error_line()
        self.message.setAccessibleName(self.tr("Message"))

        who = QHBoxLayout()
        who.addWidget(self.recipient, 1)
        who.addWidget(directory)
        form = QFormLayout()
        form.addRow(self.tr("&When:"), self.when)
        form.addRow(self.tr("&To whom:"), who)
        form.addRow("", self.contact_hint)
        form.addRow(self.tr("W&hat was shared:"), self.what)
        form.addRow(self.tr("W&hy:"), self.why)
        form.addRow(self.tr("Ground:"), ground_box)
        form.addRow("", self.told)
        form.addRow(self.tr("Co&nsent:"), self.consent)
        form.addRow(self.tr("N&ote:"), self.consent_note)
        form.addRow("", self.counselling)
        form.addRow(self.tr("&Informed by:"), self.informed_by)
        form.addRow(self.tr("&Acknowledged by:"), self.acknowledged)
        for field in (self.when, self.recipient, self.what, self.why, self.consent,
                      self.consent_note, self.informed_by, self.acknowledged):
            label = form.labelForField(field) or form.labelForField(
                who if field is self.recipient else field)
            if isinstance(label, QLabel):
                label.setBuddy(field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self._fill_contacts(role_hint)
        self.recipient.setFocus()

    def _fill_contacts(self, role_hint: str = "") -> None:
        typed = self.recipient.currentText()
        self.recipient.blockSignals(True)
        self.recipient.clear()
        self.recipient.addItem("", None)
        chosen = 0
        for contact in self._vault.directory.contacts():
            self.recipient.addItem(contact.label(), contact.id)
            hint = role_hint.casefold()
            if hint and not chosen and (hint in contact.role.casefold()
                                        or hint in contact.agency_name.casefold()):
                chosen = self.recipient.count() - 1
        self.recipient.setCurrentIndex(chosen)
        if not chosen:
            self.recipient.setEditText(typed)
        self.recipient.blockSignals(False)
        self._show_contact()

    def _contact_id(self) -> int | None:
        index = self.recipient.findText(self.recipient.currentText())
        return self.recipient.itemData(index) if index > 0 else None

    def _show_contact(self, *_args) -> None:
        contact_id = self._contact_id()
        contact = self._vault.directory.contact(contact_id) if contact_id else None
        if contact is None:
            self.contact_hint.clear()
            return
        parts = [p for p in (contact.phone, contact.email) if p]
        if contact.deputy:
            parts.append(self.tr("deputy: {name} {phone}").format(
                name=contact.deputy, phone=contact.deputy_phone).strip())
        self.contact_hint.setText(" · ".join(parts))

    def _open_directory(self) -> None:
        from legato_desk.ui.safeguarding.directory_dialog import DirectoryDialog

        dialog = DirectoryDialog(self._vault, self)
        dialog.exec()
        dialog.deleteLater()
        self._fill_contacts()

    def _ground_toggled(self, button, checked: bool) -> None:
        """Sharing on the ground of consent: consent was given (unless said otherwise)."""
        if checked and button.property("ground") == SharingGround.CONSENT.value and \
                self.consent.currentData() == Consent.NOT_RECORDED.value:
            self.consent.setCurrentIndex(self.consent.findData(Consent.GIVEN.value))

    def ground(self) -> SharingGround | None:
        button = self.grounds.checkedButton()
        return SharingGround(button.property("ground")) if button else None

    def accept(self) -> None:
        try:
            self.entry = self._vault.sharing.log(
                self._case_id, what=self.what.toPlainText(),
                recipient=self.recipient.currentText(), purpose=self.why.text(),
                ground=self.ground(),
                shared_at=self.when.dateTime().toPython().astimezone(),
                informed_by=self.informed_by.text(),
                acknowledged_by=self.acknowledged.text(),
                contact_id=self._contact_id(), escalation_id=self._escalation_id,
                client_told=self.told.isChecked(), consent=self.consent.currentData(),
                consent_note=self.consent_note.text(),
                counselling_content=self.counselling.isChecked(), consent_answered=True)
        except Exception as exc:
            self.message.setText(error_text(exc))
            return
        super().accept()

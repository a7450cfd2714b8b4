"""Ending a case: who or what ended it, and whether the person stays reachable."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

from legato_desk.model.ending import EndingReason, check_still_open
from legato_desk.model.keyclients import Status
from legato_desk.model.safeguarding import FlagType
from legato_desk.ui import theme
from legato_desk.ui.messages import error_text
from legato_desk.ui.keyclients.labels import status_name
from legato_desk.ui.safeguarding.labels import enum_combo, name
from legato_desk.ui.widgets.error_line import error_line


class EndingDialog(QDialog):
    def __init__(self, vault, case, parent=None):
        super().__init__(parent)
        self._vault, self._case = vault, case
        self.ending = None
        self.setWindowTitle(self.tr("End case {code}").format(code=case.code))
        self.reason = enum_combo(EndingReason, none_text=self.tr("— choose —"))
        self.reason.setAccessibleName(self.tr("Who or what ended it"))
        self.reachable = QCheckBox(self.tr(
            "The person stays &reachable (status “Ended, still reachable”)"))
        self.ended_on = QDateEdit(QDate.currentDate())
        self.ended_on.setDisplayFormat("dd.MM.yyyy")
        self.ended_on.setCalendarPopup(True)
        self.ended_on.setMaximumDate(QDate.currentDate())
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("How it ended, what was agreed for later"))
        self.message = error_line()
        self.message.setAccessibleName(self.tr("Message"))
        intro = QLabel(self.tr("Counselling ends when the key-client says so. Record why "
                               "it ended; the case keeps its records."))
        intro.setWordWrap(True)
        # Key-clients still in the work, open flags: ending now is done on purpose only.
        self.still_open = vault.endings.still_open(case.id)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(self.tr("Still open in this case"))
        theme.set_text_colour(self.warning, theme.ERROR)
        self.confirm = QCheckBox(self.tr("I end the case &all the same (say why in the note)"))
        lines = [self.tr("{name}: key-client ({status})").format(
                     name=who, status=status_name(Status(status)))
                 for who, status in self.still_open.keyclients]
        lines += [self.tr("Open safeguarding flag: {flag}").format(flag=name(FlagType(flag)))
                  for flag in self.still_open.flags]
        self.warning.setText(self.tr("Still open in this case:") + "\n"
                             + "\n".join(f"• {line}" for line in lines))
        self.warning.setVisible(bool(self.still_open))
        self.confirm.setVisible(bool(self.still_open))
        form = QFormLayout()
        form.addRow(self.tr("&Ended because:"), self.reason)
        form.addRow(self.tr("Ended &on:"), self.ended_on)
        form.addRow(self.reachable)
        form.addRow(self.tr("&Note (needed):") if self.still_open else self.tr("&Note:"),
                    self.note)
        for field in (self.reason, self.ended_on, self.note):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&End case"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.warning)
        layout.addWidget(self.confirm)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def accept(self) -> None:
        try:
            check_still_open(self.still_open, confirmed=self.confirm.isChecked(),
                             note=self.note.toPlainText())
            self.ending = self._vault.endings.end_case(
                self._case.id, self.reason.currentData(), reachable=self.reachable.isChecked(),
                note=self.note.toPlainText(), ended_on=self.ended_on.date().toPython())
        except Exception as exc:
            self.message.setText(error_text(exc))
            return
        super().accept()

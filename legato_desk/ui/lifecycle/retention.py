"""Cases past the office's retention period, and erasing a case for good."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from legato_desk.model.case import Case
from legato_desk.ui.cases.labels import status_name
from legato_desk.ui.messages import error_text
from legato_desk.vault import retention


def confirm_erase(parent, case: Case) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning, parent.tr("Erase case"), parent.tr(
        "Erase case {code} ({name}) completely?\n\nEvery record of this case is "
        "removed from this vault and cannot be brought back (backups made before "
        "today still hold it until they are rotated out). The audit trail keeps "
        "only that case {code} was erased.").format(code=case.code, name=case.pseudonym),
        QMessageBox.StandardButton.Cancel, parent)
    erase = box.addButton(parent.tr("&Erase for good"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    confirmed = box.clickedButton() is erase
    box.deleteLater()
    return confirmed


class RetentionDialog(QDialog):
    """Lists ended cases past the period; erasing goes through ``erase(case)``."""

    def __init__(self, vault, erase: Callable[[Case], bool], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cases past retention"))
        self._vault = vault
        self._erase = erase
        months = vault.settings.get(retention.MONTHS_KEY, 0)
        if months:
            text = self.tr("Ended cases without activity for more than %n month(s), the "
                           "retention period of your office. Review each one; erase it "
                           "when it may go.", "", months)
        else:
            text = self.tr("Your office has not set a retention period yet (Vault ▸ "
                           "Settings ▸ Retention), so no case is listed.")
        intro = QLabel(text)
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Cases past retention"))
        self.list.currentRowChanged.connect(self._update)
        self.erase_button = QPushButton(self.tr("&Erase selected case…"))
        self.erase_button.clicked.connect(self.erase_selected)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumSize(520, 380)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for case in retention.cases_past_retention(self._vault):
            item = QListWidgetItem(self.tr("{code} · {name} · {status} · last activity {day}")
                                   .format(code=case.code, name=case.pseudonym,
                                           status=status_name(case.status),
                                           day=f"{case.last_activity.astimezone():%d.%m.%Y}"))
            item.setData(Qt.ItemDataRole.UserRole, case.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update()

    def _update(self, *_args) -> None:
        self.erase_button.setEnabled(self.list.currentItem() is not None)

    def erase_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        try:
            case = self._vault.cases.get(item.data(Qt.ItemDataRole.UserRole))
            if self._erase(case):
                self.message.setText(self.tr("Case {code} was erased.").format(code=case.code))
        except Exception as exc:
            self.message.setText(error_text(exc))
        self.refresh()

"""The Referral on tab: every referral of the case to another agency, newest first."""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from legato_desk.model.case import Case
from legato_desk.ui.referrals.labels import name
from legato_desk.ui.referrals.dialog import ReferralDialog
from legato_desk.ui.widgets.confirm import confirm_and_run


class ReferralPage(QWidget):
    changed = Signal(int)

    def __init__(self, vault, today: Callable[[], date] = date.today,
                 open_directory: Callable[[], None] | None = None, parent=None):
        super().__init__(parent)
        self._vault, self._today, self._open_directory = vault, today, open_directory
        self.case: Case | None = None
        self.referrals: list = []
        intro = QLabel(self.tr(
            "Callers passed on to a local project or another agency: to whom, why, when, "
            "and whether the caller agreed."))
        intro.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Record a referral…"))
        self.add_button.clicked.connect(self.add_referral)
        self.edit_button = QPushButton(self.tr("Change…"))
        self.edit_button.clicked.connect(self.edit_referral)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_referral)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("To whom"), self.tr("Why"), self.tr("Caller"),
            self.tr("What came of it")])
        self.table.setAccessibleName(self.tr("Referrals"))
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_referral())
        self.table.itemSelectionChanged.connect(self._enable)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 220)
        bar = QHBoxLayout()
        bar.addWidget(intro, 1)
        for button in (self.add_button, self.edit_button, self.delete_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self._enable()

    def show_case(self, case: Case) -> None:
        self.case = case
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        if select_id is None and self.selected() is not None:
            select_id = self.selected().id
        self.referrals = list(reversed(self._vault.referrals.for_case(self.case.id)))
        self.table.setRowCount(len(self.referrals))
        for row, r in enumerate(self.referrals):
            values = [r.referred_on.strftime("%d.%m.%Y"), r.recipient, r.reason,
                      name(r.agreement), r.note]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, r.id)
                self.table.setItem(row, col, item)
            if r.id == select_id:
                self.table.selectRow(row)
        self.table.resizeRowsToContents()
        self._enable()

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.add_button.setEnabled(self.case is not None)
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def selected(self):
        row = self.table.currentRow()
        if not self.table.selectionModel().hasSelection() or not 0 <= row < len(self.referrals):
            return None
        return self.referrals[row]

    def _dialog(self, referral=None) -> None:
        dialog = ReferralDialog(self._vault, self.case.id, referral=referral, today=self._today,
                                open_directory=self._open_directory, parent=self)
        if dialog.exec():
            self.reload(dialog.referral.id)
            self.changed.emit(self.case.id)
        dialog.deleteLater()

    def add_referral(self) -> None:
        if self.case is not None:
            self._dialog()

    def edit_referral(self) -> None:
        referral = self.selected()
        if referral is not None:
            self._dialog(referral)

    def delete_referral(self) -> None:
        referral = self.selected()
        if referral is None:
            return
        if not confirm_and_run(
                self, self.tr("Delete referral"),
                self.tr("Delete the referral of {date} to {recipient}?").format(
                    date=referral.referred_on.strftime("%d.%m.%Y"),
                    recipient=referral.recipient),
                lambda: self._vault.referrals.delete(referral.id)):
            return
        self.reload()
        self.changed.emit(self.case.id)

    def flush(self) -> bool:
        return True

    def clear(self) -> None:
        self.case = None
        self.referrals = []
        self.table.setRowCount(0)
        self._enable()

"""The Sharing log tab: every disclosure of the case, and a button to log one."""

from __future__ import annotations

from PySide6.QtCore import Signal
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
from legato_desk.model.safeguarding import DisclosureKind
from legato_desk.ui.safeguarding.disclosure_dialog import DisclosureDialog
from legato_desk.ui.safeguarding.labels import name


class SharingPage(QWidget):
    changed = Signal(int)

    def __init__(self, vault, parent=None):
        super().__init__(parent)
        self._vault = vault
        self.case: Case | None = None
        intro = QLabel(self.tr(
            "Need to know: every piece of information that left the office, with its "
            "ground. Exports add their own entries."))
        intro.setWordWrap(True)
        self.log_button = QPushButton(self.tr("&Log a disclosure…"))
        self.log_button.clicked.connect(self.log_disclosure)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("To whom"), self.tr("What"), self.tr("Why"),
            self.tr("Ground"), self.tr("Informed by"), self.tr("Acknowledged by")])
        self.table.setAccessibleName(self.tr("Sharing log"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 240)
        bar = QHBoxLayout()
        bar.addWidget(intro, 1)
        bar.addWidget(self.log_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def show_case(self, case: Case) -> None:
        self.case = case
        self.reload()

    def reload(self) -> None:
        entries = self._vault.sharing.for_case(self.case.id) if self.case else []
        self.table.setRowCount(len(entries))
        for row, d in enumerate(reversed(entries)):  # newest first
            what = d.what if d.kind is DisclosureKind.DISCLOSURE else \
                self.tr("Export: {what}").format(what=d.what)
            values = [d.shared_at.astimezone().strftime("%d.%m.%Y %H:%M"), d.recipient,
                      what, d.purpose, name(d.ground), d.informed_by, d.acknowledged_by]
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.resizeRowsToContents()

    def log_disclosure(self) -> None:
        if self.case is None:
            return
        dialog = DisclosureDialog(self._vault, self.case.id, parent=self)
        if dialog.exec():
            self.reload()
            self.changed.emit(self.case.id)
        dialog.deleteLater()

    def flush(self) -> bool:
        return True

    def clear(self) -> None:
        self.case = None
        self.table.setRowCount(0)

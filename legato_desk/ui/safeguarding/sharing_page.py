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
from legato_desk.model.safeguarding import Consent, DisclosureKind
from legato_desk.ui.safeguarding.disclosure_dialog import DisclosureDialog
from legato_desk.ui.safeguarding.labels import name
from legato_desk.ui.widgets.confirm import confirm_and_run


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
        self.withdraw_button = QPushButton(self.tr("Consent &withdrawn…"))
        self.withdraw_button.setToolTip(self.tr(
            "The person took back the consent this entry was shared with: record it now"))
        self.withdraw_button.clicked.connect(self.withdraw_consent)
        self.withdraw_button.setEnabled(False)
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels([
            self.tr("When"), self.tr("To whom"), self.tr("What"), self.tr("Why"),
            self.tr("Ground"), self.tr("Consent"), self.tr("Informed by"),
            self.tr("Acknowledged by")])
        self.table.setAccessibleName(self.tr("Sharing log"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        # Rows follow their text as the columns change width: sized once, while the
        # tab was hidden and "What" a sliver, a single row filled the whole table.
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Columns of free text wrap at a set width instead of growing to their
        # longest entry: grown, they left "What" a few pixels and every row as tall
        # as the table. The counsellor can still drag them wider.
        chars = self.table.fontMetrics().averageCharWidth()
        for column, letters in ((1, 24), (3, 16), (6, 12), (7, 12)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            title = self.table.horizontalHeaderItem(column).text()
            self.table.setColumnWidth(column, max(
                letters * chars, header.fontMetrics().horizontalAdvance(title) + 16))
        bar = QHBoxLayout()
        bar.addWidget(intro, 1)
        bar.addWidget(self.withdraw_button)
        bar.addWidget(self.log_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

        self.table.itemSelectionChanged.connect(self._selection_changed)
        self._entries: list = []

    def _selected(self):
        rows = {i.row() for i in self.table.selectedItems()}
        return self._entries[rows.pop()] if len(rows) == 1 else None

    def _selection_changed(self) -> None:
        entry = self._selected()
        self.withdraw_button.setEnabled(entry is not None and entry.consent_in_force)

    def consent_text(self, d) -> str:
        answer = {Consent.NOT_RECORDED: "", Consent.GIVEN: self.tr("given"),
                  Consent.REFUSED: self.tr("refused"),
                  Consent.NOT_ASKED: self.tr("not asked")}[d.consent]
        parts = [answer] if answer else []
        if d.consent_withdrawn_at is not None:
            parts.append(self.tr("withdrawn {date}").format(
                date=d.consent_withdrawn_at.astimezone().strftime("%d.%m.%Y")))
        if d.client_told:
            parts.append(self.tr("told why"))
        if d.consent_note:
            parts.append(d.consent_note)
        if d.counselling_content:
            parts.append(self.tr("counselling content"))
        return "; ".join(parts)

    def withdraw_consent(self) -> None:
        entry = self._selected()
        if entry is None or self.case is None:
            return
        if not confirm_and_run(
                self, self.tr("Consent withdrawn"),
                self.tr("Record that the person withdrew the consent given for sharing with "
                        "{recipient}? The entry stays in the log; later sharing cannot rest on "
                        "this consent.").format(recipient=entry.recipient),
                lambda: self._vault.sharing.withdraw_consent(entry.id)):
            return
        self.reload()
        self.changed.emit(self.case.id)

    def showEvent(self, event) -> None:
        """Other screens add entries too (a map export): read the log when shown."""
        super().showEvent(event)
        if self.case is not None:
            self.reload()

    def show_case(self, case: Case) -> None:
        self.case = case
        self.reload()

    def reload(self) -> None:
        entries = self._vault.sharing.for_case(self.case.id) if self.case else []
        self._entries = list(reversed(entries))  # newest first
        self.table.setRowCount(len(entries))
        for row, d in enumerate(self._entries):
            what = d.what if d.kind is DisclosureKind.DISCLOSURE else \
                self.tr("Export: {what}").format(what=d.what)
            values = [d.shared_at.astimezone().strftime("%d.%m.%Y %H:%M"), d.recipient,
                      what, d.purpose, name(d.ground), self.consent_text(d), d.informed_by,
                      d.acknowledged_by]
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.resizeRowsToContents()
        self._selection_changed()

    def select(self, disclosure_id: int) -> None:
        """Put the cursor on one entry (the case search opens it here)."""
        row = next((i for i, d in enumerate(self._entries) if d.id == disclosure_id), None)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollToItem(self.table.item(row, 0))

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

"""The Conferences tab: every case conference of the case, newest first."""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from legato_desk.model.case import Case
from legato_desk.ui.conferences.dialog import ConferenceDialog
from legato_desk.ui.widgets.confirm import confirm_and_run


class ConferencePage(QWidget):
    changed = Signal(int)
    export_requested = Signal(int, int)  # case id, conference id
    take_over_requested = Signal(int, int)  # case id, conference id: into the plan

    def __init__(self, vault, today: Callable[[], date] = date.today, parent=None):
        super().__init__(parent)
        self._vault, self._today = vault, today
        self.case: Case | None = None
        self.conferences: list = []
        intro = QLabel(self.tr(
            "Case conferences: what the client agreed may be discussed, who took part in "
            "which role, the measures agreed and the minutes."))
        intro.setWordWrap(True)
        self.add_button = QPushButton(self.tr("New conference…"))
        self.add_button.clicked.connect(self.add_conference)
        self.edit_button = QPushButton(self.tr("Change…"))
        self.edit_button.clicked.connect(self.edit_conference)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_conference)
        self.export_button = QPushButton(self.tr("Export case-conference PDF…"))
        self.export_button.clicked.connect(self.export_conference)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Anonymous"), self.tr("Agreed topics"),
            self.tr("Participants"), self.tr("Measures")])
        self.table.setAccessibleName(self.tr("Case conferences"))
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _i: self.edit_conference())
        self.table.itemSelectionChanged.connect(self._enable)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        bar = QHBoxLayout()
        bar.addWidget(intro, 1)
        for button in (self.add_button, self.edit_button, self.delete_button,
                       self.export_button):
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
        self.conferences = list(reversed(self._vault.conferences.for_case(self.case.id)))
        self.table.setRowCount(len(self.conferences))
        for row, c in enumerate(self.conferences):
            values = [c.held_on.strftime("%d.%m.%Y"), self.tr("yes") if c.anonymous
                      else self.tr("no"), "; ".join(a.text for a in c.agreed_agenda),
                      str(len(c.participants)), str(len(c.measures))]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                self.table.setItem(row, col, item)
            if c.id == select_id:
                self.table.selectRow(row)
        self._enable()

    def select(self, conference_id: int) -> None:
        """Show the case's conferences with that one selected, the cursor in the table."""
        if self.case is None:
            return
        self.reload(conference_id)
        if self.selected() is not None:
            self.table.scrollToItem(self.table.item(self.table.currentRow(), 0))
        self.table.setFocus()

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.add_button.setEnabled(self.case is not None)
        for button in (self.edit_button, self.delete_button, self.export_button):
            button.setEnabled(chosen)

    def selected(self):
        row = self.table.currentRow()
        if not self.table.selectionModel().hasSelection() or \
                not 0 <= row < len(self.conferences):
            return None
        return self.conferences[row]

    def _dialog(self, conference=None) -> None:
        dialog = ConferenceDialog(self._vault, self.case.id, conference=conference,
                                  today=self._today, parent=self)
        if dialog.exec():
            self.reload(dialog.conference.id)
            self.changed.emit(self.case.id)
            self._offer_take_over(dialog.conference)
        dialog.deleteLater()

    def _offer_take_over(self, conference) -> None:
        """After saving measures: take them into the intervention plan (one undo step there)."""
        if conference.measures and QMessageBox.question(
                self, self.tr("Intervention plan"),
                self.tr("Take the %n measure(s) agreed into the intervention plan? "
                        "Those it holds already are left out.", "",
                        len(conference.measures))) == QMessageBox.StandardButton.Yes:
            self.take_over_requested.emit(conference.case_id, conference.id)

    def add_conference(self) -> None:
        if self.case is not None:
            self._dialog()

    def edit_conference(self) -> None:
        if self.selected() is not None:
            self._dialog(self.selected())

    def export_conference(self) -> None:
        if self.selected() is not None:
            self.export_requested.emit(self.case.id, self.selected().id)

    def delete_conference(self) -> None:
        c = self.selected()
        if c is None:
            return
        if not confirm_and_run(
                self, self.tr("Delete case conference"),
                self.tr("Delete the case conference of {date} with its agenda, roles, measures "
                        "and minutes?").format(date=c.held_on.strftime("%d.%m.%Y")),
                lambda: self._vault.conferences.delete(c.id)):
            return
        self.reload()
        self.changed.emit(self.case.id)

    def flush(self) -> bool:
        return True

    def clear(self) -> None:
        self.case = None
        self.conferences = []
        self.table.setRowCount(0)
        self._enable()

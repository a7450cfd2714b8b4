"""Vault ▸ Settings ▸ Office protocol: who informs whom about what, per flag type.

Edited here, stored in the vault on Save, shared between counsellors as a
JSON file (Export… / Import…). An unusable file changes nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from legato_desk.model.safeguarding import FlagType, Protocol, ProtocolStep
from legato_desk.ui.messages import error_text
from legato_desk.ui.safeguarding.labels import name

FILE_FILTER = "legato-desk protocol (*.json)"


class ProtocolPage(QWidget):
    def __init__(self, vault, parent=None):
        super().__init__(parent)
        self._vault = vault
        try:
            self.protocol: Protocol = dict(vault.safeguarding.protocol())
        except Exception:  # a damaged stored value: start from the default, say so on save
            from legato_desk.model.safeguarding import default_protocol

            self.protocol = default_protocol()
        self._flag: FlagType | None = None
        explain = QLabel(self.tr(
            "When a flag is raised, these steps become its checklist. Set them once for the "
            "office; export the file so every counsellor uses the same."))
        explain.setWordWrap(True)
        self.flags = QListWidget()
        self.flags.setAccessibleName(self.tr("Flag types"))
        for flag in FlagType:
            self.flags.addItem(name(flag))
        self.flags.setMaximumWidth(230)
        self.flags.currentRowChanged.connect(self._flag_chosen)
        self.steps = QTableWidget(0, 3)
        self.steps.setHorizontalHeaderLabels(
            [self.tr("Step"), self.tr("Contact role"), self.tr("When")])
        self.steps.setAccessibleName(self.tr("Protocol steps"))
        self.steps.setTabKeyNavigation(False)  # Tab leaves the table; arrows move
        self.steps.verticalHeader().hide()
        self.steps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.steps.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

        def button(text, slot):
            b = QPushButton(text)
            b.clicked.connect(slot)
            return b

        step_buttons = QHBoxLayout()
        step_buttons.addWidget(button(self.tr("&Add step"), self.add_step))
        step_buttons.addWidget(button(self.tr("Re&move step"), self.remove_step))
        step_buttons.addWidget(button(self.tr("&Up"), lambda: self._move(-1)))
        step_buttons.addWidget(button(self.tr("Do&wn"), lambda: self._move(1)))
        step_buttons.addStretch(1)
        step_buttons.addWidget(button(self.tr("&Import…"), self.import_file))
        step_buttons.addWidget(button(self.tr("E&xport…"), self.export_file))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Protocol message"))
        columns = QHBoxLayout()
        columns.addWidget(self.flags)
        columns.addWidget(self.steps, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(columns, 1)
        layout.addLayout(step_buttons)
        layout.addWidget(self.message)
        self.flags.setCurrentRow(0)
        self.setMinimumSize(720, 360)

    def title(self) -> str:
        return self.tr("Office protocol")

    # -- editing ----------------------------------------------------------------------

    def _table_steps(self) -> tuple[ProtocolStep, ...]:
        steps = []
        for row in range(self.steps.rowCount()):
            cells = [(self.steps.item(row, c).text() if self.steps.item(row, c) else "")
                     for c in range(3)]
            if any(c.strip() for c in cells):
                steps.append(ProtocolStep(*(" ".join(c.split()) for c in cells)))
        return tuple(steps)

    def _commit_table(self) -> None:
        if self._flag is not None:
            self.protocol[self._flag] = self._table_steps()

    def _flag_chosen(self, row: int) -> None:
        self._commit_table()
        self._flag = list(FlagType)[row] if row >= 0 else None
        self._fill()

    def _fill(self) -> None:
        steps = self.protocol.get(self._flag, ()) if self._flag else ()
        self.steps.setRowCount(len(steps))
        for row, step in enumerate(steps):
            for col, value in enumerate((step.text, step.role, step.when)):
                self.steps.setItem(row, col, QTableWidgetItem(value))

    def add_step(self) -> None:
        row = self.steps.rowCount()
        self.steps.insertRow(row)
        for col in range(3):
            self.steps.setItem(row, col, QTableWidgetItem(""))
        self.steps.setCurrentCell(row, 0)
        self.steps.editItem(self.steps.item(row, 0))

    def remove_step(self) -> None:
        row = self.steps.currentRow()
        if row >= 0:
            self.steps.removeRow(row)

    def _move(self, delta: int) -> None:
        row = self.steps.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.steps.rowCount():
            return
        self._commit_table()
        steps = list(self.protocol[self._flag])
        if row < len(steps) and target < len(steps):
            steps[row], steps[target] = steps[target], steps[row]
            self.protocol[self._flag] = tuple(steps)
            self._fill()
            self.steps.setCurrentCell(target, 0)

    # -- files and saving ------------------------------------------------------------------

    def import_from(self, path) -> bool:
        """Load a protocol file into the page (stored on Save). False if refused."""
        try:
            protocol = self._vault.safeguarding.read_protocol_file(path)
        except Exception as exc:
            self.message.setText(error_text(exc))
            QMessageBox.warning(self, self.tr("Import protocol"), error_text(exc))
            return False
        self.protocol = dict(protocol)
        self._fill()
        self.message.setText(self.tr("Protocol imported. Press Save to use it."))
        return True

    def export_to(self, path) -> bool:
        self._commit_table()
        try:
            self._vault.safeguarding.export_protocol(self.protocol, path)
        except Exception as exc:
            self.message.setText(error_text(exc))
            return False
        self.message.setText(self.tr("Protocol exported."))
        return True

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import office protocol"), "",
                                              FILE_FILTER)
        if path:
            self.import_from(path)

    def export_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export office protocol"),
                                              "office-protocol.json", FILE_FILTER)
        if path:
            self.export_to(path)

    def apply(self) -> None:
        self._commit_table()
        self._vault.safeguarding.set_protocol(self.protocol)

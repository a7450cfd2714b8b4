"""The Release tab (justice-route cases): date, time and institution of the
release, the checklist for the first days, and who can be reached then.

The checklist is a table: Space ticks the selected item; the fields below
it change the selected item's text, who is responsible (a directory contact
or a name typed) and its note. Everything is kept in the vault on Save, and
when the counsellor leaves the tab or the case (``flush``, called by the
workspace).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from legato_desk.model.case import Case
from legato_desk.model.release import ChecklistItem, parse_day, parse_time
from legato_desk.ui import i18n
from legato_desk.ui.messages import error_text
from legato_desk.ui.release.reach import ReachPanel
from legato_desk.ui.widgets.error_line import error_line


class ReleasePage(QWidget):
    changed = Signal(int)
    case_shown = Signal()  # the tab's visibility depends on the case (see install.py)

    def __init__(self, vault, open_directory: Callable[[], None] | None = None, parent=None):
        super().__init__(parent)
        self._vault, self._open_directory = vault, open_directory
        self.case: Case | None = None
        self.release = None
        self.items: list[ChecklistItem] = []
        self._dirty = False
        intro = QLabel(self.tr(
            "The first hours and days after release are the most crucial. Plan who picks "
            "the person up, where they sleep the first night, and who can be reached then."))
        intro.setWordWrap(True)
        self.begin_button = QPushButton(self.tr("&Begin the release plan"))
        self.begin_button.clicked.connect(self.begin)
        self.day = QLineEdit()
        self.day.setPlaceholderText(self.tr("e.g. 13.06.2025 (empty: not known yet)"))
        self.day.setAccessibleName(self.tr("Date of release"))
        self.time = QLineEdit()
        self.time.setPlaceholderText(self.tr("e.g. 15:30"))
        self.time.setAccessibleName(self.tr("Time of release"))
        self.institution = QLineEdit()
        self.institution.setMaxLength(200)
        self.institution.setAccessibleName(self.tr("Institution"))
        self.institution.setPlaceholderText(self.tr("the prison or institution"))
        for edit in (self.day, self.time, self.institution):
            edit.textEdited.connect(self._edited)
        self.reach = ReachPanel()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Done"), self.tr("Item"), self.tr("Responsible"), self.tr("Note")])
        self.table.setAccessibleName(self.tr("Checklist for the first days"))
        self.table.setToolTip(self.tr("Space ticks the selected item"))
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._ticked)
        self.table.itemSelectionChanged.connect(self._show_item)
        self.item_text = QLineEdit()
        self.item_text.setMaxLength(120)
        self.item_text.setAccessibleName(self.tr("Text of the selected item"))
        self.responsible = QComboBox()
        self.responsible.setEditable(True)
        self.responsible.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.responsible.lineEdit().setMaxLength(300)
        self.responsible.lineEdit().setPlaceholderText(
            self.tr("Choose a contact from the directory or type a name"))
        self.responsible.setAccessibleName(self.tr("Who is responsible for the selected item"))
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        self.note.setAccessibleName(self.tr("Note on the selected item"))
        self.item_text.textEdited.connect(self._item_edited)
        self.note.textEdited.connect(self._item_edited)
        self.responsible.editTextChanged.connect(self._item_edited)
        self.responsible.activated.connect(self._item_edited)
        self.add_button = QPushButton(self.tr("&Add item"))
        self.add_button.clicked.connect(self.add_item)
        self.remove_button = QPushButton(self.tr("Remo&ve item"))
        self.remove_button.clicked.connect(self.remove_item)
        self.directory_button = QPushButton(self.tr("Director&y…"))
        self.directory_button.setVisible(open_directory is not None)
        self.directory_button.clicked.connect(self._directory)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.clicked.connect(self.save)
        self.message = error_line()

        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.begin_button)
        when = QFormLayout()
        self._rows(when, ((self.tr("Release &date:"), self.day),
                          (self.tr("&Time:"), self.time),
                          (self.tr("&Institution:"), self.institution)))
        item_form = QFormLayout()
        who = QHBoxLayout()
        who.addWidget(self.responsible, 1)
        who.addWidget(self.directory_button)
        self._rows(item_form, ((self.tr("Ite&m:"), self.item_text),
                               (self.tr("&Responsible:"), who, self.responsible),
                               (self.tr("N&ote:"), self.note)))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(when)
        body.addWidget(self.reach)
        body.addWidget(QLabel(self.tr("<b>Checklist for the first days</b>")))
        body.addWidget(self.table, 1)
        body.addLayout(item_form)
        body.addLayout(buttons)
        body.addWidget(self.message)
        self.table.setMinimumHeight(160)
        scroll = QScrollArea()  # fits a small screen at 200 % (test_accessibility)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        scroll.setAccessibleName(self.tr("Release plan"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self._enable()

    @staticmethod
    def _rows(form: QFormLayout, rows) -> None:
        for text, field, *buddy in rows:
            label = QLabel(text)
            label.setBuddy(buddy[0] if buddy else field)
            form.addRow(label, field)

    # -- showing ------------------------------------------------------------------------

    def show_case(self, case: Case) -> None:
        if self.case is not None and self.case.id != case.id:
            self.flush()
        self.case = case
        self.reload()
        self.case_shown.emit()

    def reload(self) -> None:
        self.release = self._vault.releases.get(self.case.id) if self.case else None
        self._fill_directory()
        r = self.release
        self.day.setText(r.released_on.strftime("%d.%m.%Y") if r and r.released_on else "")
        self.time.setText(r.released_at.strftime("%H:%M") if r and r.released_at else "")
        self.institution.setText(r.institution if r else "")
        self.items = list(r.items) if r else []
        self._fill_table(0 if self.items else None)
        self.reach.show_check(self._vault.releases.check(self.case.id) if r else None)
        self._dirty = False
        self.message.clear()
        self._enable()

    def _fill_directory(self) -> None:
        typed = self.responsible.currentText()
        self.responsible.blockSignals(True)
        self.responsible.clear()
        self.responsible.addItem("", None)
        for contact in self._vault.directory.contacts():
            self.responsible.addItem(contact.label(), contact.id)
        self.responsible.setEditText(typed)
        self.responsible.blockSignals(False)

    def _fill_table(self, select: int | None) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            done = QTableWidgetItem()
            done.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            done.setCheckState(Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked)
            done.setData(Qt.ItemDataRole.AccessibleTextRole,
                         self.tr("done") if item.done else self.tr("not done"))
            self.table.setItem(row, 0, done)
            for col, value in enumerate((item.label, item.responsible, item.note), start=1):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.blockSignals(False)
        if select is not None and 0 <= select < len(self.items):
            self.table.setCurrentCell(select, 0)
        self._show_item()

    def select_item(self, position: int | None) -> None:
        """The checklist item at ``position`` selected, or with None the institution
        field focused. Read afresh unless the page holds changes not yet saved."""
        if self.case is None:
            return
        if not self._dirty:
            self.reload()
        if position is None:
            self.institution.setFocus()
            return
        if 0 <= position < len(self.items):
            self.table.setCurrentCell(position, 0)
            self.table.scrollToItem(self.table.item(position, 0))
        self.table.setFocus()

    def current_row(self) -> int | None:
        row = self.table.currentRow()
        return row if 0 <= row < len(self.items) else None

    def _show_item(self) -> None:
        row = self.current_row()
        item = self.items[row] if row is not None else None
        for widget in (self.item_text, self.note, self.responsible):
            widget.blockSignals(True)
        self.item_text.setText(item.label if item else "")
        self.note.setText(item.note if item else "")
        index = self.responsible.findData(item.contact_id) if item and item.contact_id else -1
        if index > 0 and self.responsible.itemText(index) == item.responsible:
            self.responsible.setCurrentIndex(index)
        else:
            self.responsible.setCurrentIndex(0)
            self.responsible.setEditText(item.responsible if item else "")
        for widget in (self.item_text, self.note, self.responsible):
            widget.blockSignals(False)
        self._enable()

    def _enable(self) -> None:
        begun = self.release is not None
        self.begin_button.setVisible(self.case is not None and not begun)
        self.body.setEnabled(begun)
        chosen = self.current_row() is not None
        for widget in (self.item_text, self.responsible, self.note, self.remove_button):
            widget.setEnabled(chosen)

    # -- editing ------------------------------------------------------------------------

    def begin(self) -> None:
        if self.case is None:
            return
        try:
            self._vault.releases.start(self.case.id, i18n.pdf_language())
        except Exception as exc:
            self.message.setText(error_text(exc))
            return
        self.reload()
        self.changed.emit(self.case.id)
        self.day.setFocus()

    def _edited(self, *_args) -> None:
        self._dirty = True

    def _ticked(self, cell: QTableWidgetItem) -> None:
        if cell.column() != 0 or not 0 <= cell.row() < len(self.items):
            return
        old = self.items[cell.row()]
        done = cell.checkState() == Qt.CheckState.Checked
        self.items[cell.row()] = ChecklistItem(old.label, done, old.note, old.responsible,
                                               old.contact_id)
        self._dirty = True

    def _chosen_contact(self) -> int | None:
        index = self.responsible.findText(self.responsible.currentText())
        return self.responsible.itemData(index) if index > 0 else None

    def _item_edited(self, *_args) -> None:
        row = self.current_row()
        if row is None:
            return
        old = self.items[row]
        self.items[row] = ChecklistItem(self.item_text.text(), old.done, self.note.text(),
                                        self.responsible.currentText(), self._chosen_contact())
        self.table.blockSignals(True)
        for col, value in enumerate((self.item_text.text(), self.responsible.currentText(),
                                     self.note.text()), start=1):
            self.table.item(row, col).setText(value)
        self.table.blockSignals(False)
        self._dirty = True

    def add_item(self) -> None:
        self.items.append(ChecklistItem(self.tr("New item")))
        self._fill_table(len(self.items) - 1)
        self._dirty = True
        self.item_text.setFocus()
        self.item_text.selectAll()

    def remove_item(self) -> None:
        row = self.current_row()
        if row is None:
            return
        del self.items[row]
        self._fill_table(min(row, len(self.items) - 1) if self.items else None)
        self._dirty = True
        self.table.setFocus()

    def _directory(self) -> None:
        if self._open_directory is not None:
            self._open_directory()
            self._fill_directory()
            self._show_item()
            if self.release is not None:
                self.reach.show_check(self._vault.releases.check(self.case.id))

    def save(self) -> bool:
        """Keep what the page shows; a refusal is said below the checklist."""
        if self.case is None or self.release is None:
            return True
        try:
            self._vault.releases.save(
                self.case.id, released_on=parse_day(self.day.text()),
                released_at=parse_time(self.time.text()),
                institution=self.institution.text(), items=self.items)
        except Exception as exc:
            self.message.setText(error_text(exc))
            return False
        row = self.current_row()
        self.reload()
        if row is not None:
            self.table.setCurrentCell(min(row, len(self.items) - 1), 0)
        self.changed.emit(self.case.id)
        return True

    def flush(self) -> bool:
        return self.save() if self._dirty else True

    def clear(self) -> None:
        self.case = None
        self.release = None
        self.items = []
        self._dirty = False
        for edit in (self.day, self.time, self.institution, self.item_text, self.note):
            edit.clear()
        self.responsible.clear()
        self.table.setRowCount(0)
        self.reach.show_check(None)
        self._enable()

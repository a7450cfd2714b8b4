"""The Factors tab: dated sheets of risk and protective factors, their balance per
level, and what changed from another sheet (as the map compares snapshots).

Each change of a factor is saved at once; the sheet's note is saved as it is
typed (and on leaving). The factor field offers the office's wording for the
chosen level and kind (Settings ▸ Factors) and also takes a wording typed.
"""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from legato_desk.model.case import Case
from legato_desk.model.factors import (
    Change,
    Factor,
    FactorSheet,
    Kind,
    Level,
    Weight,
    balance,
    compare,
)
from legato_desk.ui import i18n
from legato_desk.ui.factors.labels import fill, name
from legato_desk.ui.messages import error_text
from legato_desk.ui.widgets.error_line import error_line

AUTOSAVE_MS = 1500


def _day(value: date) -> str:
    return value.strftime("%d.%m.%Y")


def _buddy(text: str, field: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(field)
    return label


class FactorPage(QWidget):
    changed = Signal(int)

    def __init__(self, vault, today: Callable[[], date] = date.today, parent=None):
        super().__init__(parent)
        self._vault = vault
        self._today = today
        self.case: Case | None = None
        self.sheet: FactorSheet | None = None

        intro = QLabel(self.tr(
            "A short, dated sheet of risk and protective factors on five levels. Take a "
            "new sheet every few months and compare: what was added, what went, what "
            "weighs more or less now."))
        intro.setWordWrap(True)

        # -- the sheets -------------------------------------------------------------
        self.sheets = QListWidget()
        self.sheets.setAccessibleName(self.tr("Factor sheets"))
        self.sheets.currentItemChanged.connect(self._sheet_chosen)
        self.new_button = QPushButton(self.tr("Ne&w sheet"))
        self.new_button.setToolTip(self.tr(
            "A sheet dated today that starts as a copy of the latest one"))
        self.new_button.clicked.connect(self.new_sheet)
        self.delete_button = QPushButton(self.tr("&Delete sheet…"))
        self.delete_button.clicked.connect(self.delete_sheet)
        left = QVBoxLayout()
        left.addWidget(_buddy(self.tr("Sheets:"), self.sheets))
        left.addWidget(self.sheets, 1)
        left.addWidget(self.new_button)
        left.addWidget(self.delete_button)
        left_box = QWidget()
        left_box.setLayout(left)

        # -- the sheet ----------------------------------------------------------------
        self.assessed_on = QDateEdit()
        self.assessed_on.setDisplayFormat("dd.MM.yyyy")
        self.assessed_on.setCalendarPopup(True)
        self.assessed_on.setAccessibleName(self.tr("Date of the sheet"))
        self.assessed_on.editingFinished.connect(self._date_edited)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Note on the sheet"))
        self.note.setPlaceholderText(self.tr(
            "What the sheet rests on: who told what, what is still unclear."))
        self.note.setMaximumHeight(70)
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        self.note.textChanged.connect(lambda: self._timer.start())

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Level"), self.tr("Kind"),
                                              self.tr("Factor"), self.tr("Weight"),
                                              self.tr("Note")])
        self.table.setAccessibleName(self.tr("Factors on this sheet"))
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._row_chosen)
        remove_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove_factor)

        # -- one factor -----------------------------------------------------------------
        self.level = QComboBox()
        self.level.setAccessibleName(self.tr("Level"))
        fill(self.level, Level)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Risk or protective"))
        fill(self.kind, Kind)
        self.factor = QComboBox()
        self.factor.setEditable(True)
        self.factor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.factor.setAccessibleName(self.tr("Factor"))
        self.factor.lineEdit().setPlaceholderText(self.tr("Choose the office's wording or type"))
        self.factor.lineEdit().setMaxLength(80)
        self.weight = QComboBox()
        self.weight.setAccessibleName(self.tr("Weight"))
        fill(self.weight, Weight)
        self.weight.setCurrentIndex(self.weight.findData(Weight.CLEAR))
        self.factor_note = QLineEdit()
        self.factor_note.setMaxLength(500)
        self.factor_note.setAccessibleName(self.tr("What the factor rests on"))
        self.factor_note.setPlaceholderText(self.tr("What it rests on (optional)"))
        self.factor_note.returnPressed.connect(self.add_factor)
        self.factor.lineEdit().returnPressed.connect(self.add_factor)
        self.level.currentIndexChanged.connect(self._fill_wording)
        self.kind.currentIndexChanged.connect(self._fill_wording)
        self.add_button = QPushButton(self.tr("Add or update factor"))
        self.add_button.setToolTip(self.tr(
            "Adds the factor, or sets the weight and note of the same factor on the sheet"))
        self.add_button.clicked.connect(self.add_factor)
        self.remove_button = QPushButton(self.tr("Remove factor"))
        self.remove_button.setToolTip(self.tr("Removes the selected factor (Del)"))
        self.remove_button.clicked.connect(self.remove_factor)
        grid = QGridLayout()
        grid.addWidget(_buddy(self.tr("Level:"), self.level), 0, 0)
        grid.addWidget(self.level, 0, 1)
        grid.addWidget(_buddy(self.tr("Kind:"), self.kind), 0, 2)
        grid.addWidget(self.kind, 0, 3)
        grid.addWidget(_buddy(self.tr("Wei&ght:"), self.weight), 0, 4)
        grid.addWidget(self.weight, 0, 5)
        grid.addWidget(_buddy(self.tr("Factor:"), self.factor), 1, 0)
        grid.addWidget(self.factor, 1, 1, 1, 5)
        grid.addWidget(_buddy(self.tr("Note:"), self.factor_note), 2, 0)
        grid.addWidget(self.factor_note, 2, 1, 1, 5)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        grid.addLayout(buttons, 3, 0, 1, 6)
        factor_box = QGroupBox(self.tr("One factor"))
        factor_box.setLayout(grid)

        self.message = error_line()

        form = QFormLayout()
        form.addRow(_buddy(self.tr("Dated:"), self.assessed_on), self.assessed_on)
        form.addRow(_buddy(self.tr("Sheet note:"), self.note), self.note)
        middle = QVBoxLayout()
        middle.addLayout(form)
        middle.addWidget(self.table, 1)
        middle.addWidget(factor_box)
        middle.addWidget(self.message)
        self.editor = QWidget()
        self.editor.setLayout(middle)

        # -- balance and comparison ------------------------------------------------------
        self.balance = QTableWidget(len(Level), 3)
        self.balance.setHorizontalHeaderLabels([self.tr("Level"), self.tr("Risk"),
                                                self.tr("Protective")])
        self.balance.setAccessibleName(self.tr("Balance per level"))
        self.balance.setToolTip(self.tr(
            "The weights of each side added up, with how many factors: two numbers "
            "side by side, for you to weigh, never one score."))
        self.balance.setTabKeyNavigation(False)
        self.balance.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.balance.verticalHeader().hide()
        self.balance.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.compare_with = QComboBox()
        self.compare_with.setAccessibleName(self.tr("Compare with"))
        self.compare_with.currentIndexChanged.connect(self._show_changes)
        self.changes = QListWidget()
        self.changes.setAccessibleName(self.tr("What changed"))
        self.changes.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Balance per level:")))
        right.addWidget(self.balance)
        right.addWidget(_buddy(self.tr("Co&mpare with:"), self.compare_with))
        right.addWidget(self.compare_with)
        right.addWidget(self.changes, 1)
        right_box = QWidget()
        right_box.setLayout(right)

        split = QSplitter()
        split.addWidget(left_box)
        split.addWidget(self.editor)
        split.addWidget(right_box)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(split, 1)
        self._fill_wording()
        self._show_sheet(None)

    # -- the page protocol ------------------------------------------------------------

    def show_case(self, case: Case) -> None:
        if self.case is None or self.case.id != case.id:
            self.flush()
            self.case = case
            self.reload()
        else:
            self.case = case

    def flush(self) -> bool:
        """Save the sheet's note if it was typed in. True when nothing is left unsaved."""
        self._timer.stop()
        if self.sheet is None or self.note.toPlainText().strip() == self.sheet.note:
            return True
        try:
            self.sheet = self._vault.factors.save(self.sheet.id, note=self.note.toPlainText())
        except Exception as exc:
            self.message.setText(self.tr("Not saved: {reason}").format(reason=error_text(exc)))
            return False
        self.message.clear()
        self._changed()
        return True

    def clear(self) -> None:
        self._timer.stop()
        self.case = None
        self.sheet = None
        self.sheets.blockSignals(True)
        self.sheets.clear()
        self.sheets.blockSignals(False)
        self._show_sheet(None)

    # -- sheets -----------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        if select_id is None and self.sheet is not None:
            select_id = self.sheet.id
        summaries = self._vault.factors.sheets(self.case.id) if self.case else []
        self.sheets.blockSignals(True)
        self.sheets.clear()
        chosen = None
        for s in reversed(summaries):  # newest first
            item = QListWidgetItem(self.tr("{date} · {risks} risk, {protective} protective")
                                   .format(date=_day(s.assessed_on), risks=s.risks,
                                           protective=s.protectives))
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            self.sheets.addItem(item)
            if s.id == select_id:
                chosen = item
        self.sheets.blockSignals(False)
        if chosen is None and self.sheets.count():
            chosen = self.sheets.item(0)
        if chosen is not None:
            self.sheets.setCurrentItem(chosen)  # shows it
            self._sheet_chosen(chosen)
        else:
            self._show_sheet(None)

    def _sheet_chosen(self, item, _previous=None) -> None:
        if item is None:
            return
        sheet_id = item.data(Qt.ItemDataRole.UserRole)
        if self.sheet is not None and self.sheet.id != sheet_id:
            self.flush()
        try:
            self._show_sheet(self._vault.factors.get(sheet_id))
        except Exception as exc:
            self.message.setText(error_text(exc))

    def new_sheet(self) -> None:
        if self.case is None:
            return
        self.flush()
        try:
            sheet = self._vault.factors.create(self.case.id, self._today())
        except Exception as exc:
            self.message.setText(error_text(exc))
            return
        self.message.clear()
        self.sheet = sheet
        self.reload(sheet.id)
        self._changed()
        self.table.setFocus() if self.table.rowCount() else self.level.setFocus()

    def delete_sheet(self) -> None:
        if self.sheet is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete sheet"),
            self.tr("Delete the factor sheet of {date} with its {count} factors?").format(
                date=_day(self.sheet.assessed_on), count=len(self.sheet.factors)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._timer.stop()
        try:
            self._vault.factors.delete(self.sheet.id)
        except Exception as exc:
            self.message.setText(error_text(exc))
            return
        self.sheet = None
        self.reload()
        self._changed()

    def _date_edited(self) -> None:
        if self.sheet is None:
            return
        new = self.assessed_on.date().toPython()
        if new == self.sheet.assessed_on:
            return
        try:
            self.sheet = self._vault.factors.save(self.sheet.id, assessed_on=new)
        except Exception as exc:
            self.message.setText(error_text(exc))
            self.assessed_on.setDate(QDate(self.sheet.assessed_on))
            return
        self.message.clear()
        self.reload(self.sheet.id)
        self._changed()

    # -- factors ---------------------------------------------------------------------------

    def _fill_wording(self) -> None:
        typed = self.factor.currentText()
        level, kind = self.level.currentData(), self.kind.currentData()
        catalogue = self._vault.factors.catalogue(i18n.pdf_language())
        self.factor.blockSignals(True)
        self.factor.clear()
        for text in catalogue.get(level, {}).get(kind, []):
            self.factor.addItem(text)
        self.factor.setCurrentIndex(-1)
        self.factor.setEditText(typed)
        self.factor.blockSignals(False)

    def add_factor(self) -> None:
        """Add the factor in the fields, or update the same factor's weight and note."""
        if self.sheet is None:
            self.message.setText(self.tr("Start a sheet first (New sheet)."))
            return
        new = Factor(self.level.currentData(), self.kind.currentData(),
                     self.factor.currentText(), self.weight.currentData(),
                     self.factor_note.text())
        key = new.key
        factors = [f for f in self.sheet.factors if f.key != key] + [new]
        if self._save_factors(factors, select=key):
            self.factor.setEditText("")
            self.factor_note.clear()
            self.factor.setFocus()

    def remove_factor(self) -> None:
        chosen = self._selected()
        if self.sheet is None or chosen is None:
            return
        row = self.table.currentRow()
        self._save_factors([f for f in self.sheet.factors if f.key != chosen.key])
        if self.table.rowCount():
            self.table.selectRow(min(row, self.table.rowCount() - 1))
        self.table.setFocus()

    def _save_factors(self, factors, select=None) -> bool:
        try:
            self.sheet = self._vault.factors.save(self.sheet.id, factors=factors)
        except Exception as exc:
            self.message.setText(error_text(exc))
            return False
        self.message.clear()
        self._show_sheet(self.sheet, select=select)
        self._refresh_list_entry()
        self._changed()
        return True

    def _selected(self) -> Factor | None:
        row = self.table.currentRow()
        if self.sheet is None or not 0 <= row < len(self.sheet.factors):
            return None
        if not self.table.selectionModel().hasSelection():
            return None
        return self.sheet.factors[row]

    def _row_chosen(self) -> None:
        factor = self._selected()
        if factor is None:
            return
        for combo, value in ((self.level, factor.level), (self.kind, factor.kind),
                             (self.weight, factor.weight)):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(value))
            combo.blockSignals(False)
        self._fill_wording()
        self.factor.setEditText(factor.label)
        self.factor_note.setText(factor.note)

    # -- showing ------------------------------------------------------------------------------

    def _show_sheet(self, sheet: FactorSheet | None, select=None) -> None:
        self.sheet = sheet
        self.editor.setEnabled(sheet is not None)
        self.delete_button.setEnabled(sheet is not None)
        self.new_button.setEnabled(self.case is not None)
        self.assessed_on.blockSignals(True)
        self.note.blockSignals(True)
        if sheet is None:
            self.note.clear()
            self.table.setRowCount(0)
        else:
            self.assessed_on.setMaximumDate(QDate(self._today()))
            self.assessed_on.setDate(QDate(sheet.assessed_on))
            if self.note.toPlainText() != sheet.note:
                self.note.setPlainText(sheet.note)
            self.table.setRowCount(len(sheet.factors))
            for row, f in enumerate(sheet.factors):
                for col, text in enumerate((name(f.level), name(f.kind), f.label,
                                            name(f.weight), f.note)):
                    self.table.setItem(row, col, QTableWidgetItem(text))
                if f.key == select:
                    self.table.selectRow(row)
            self.table.resizeRowsToContents()
        self.assessed_on.blockSignals(False)
        self.note.blockSignals(False)
        self._show_balance()
        self._fill_compare()

    def _refresh_list_entry(self) -> None:
        item = self.sheets.currentItem()
        if item is not None and self.sheet is not None:
            s = self.sheet
            item.setText(self.tr("{date} · {risks} risk, {protective} protective").format(
                date=_day(s.assessed_on),
                risks=sum(f.kind is Kind.RISK for f in s.factors),
                protective=sum(f.kind is Kind.PROTECTIVE for f in s.factors)))

    def _show_balance(self) -> None:
        rows = balance(self.sheet.factors if self.sheet else ())
        for row, b in enumerate(rows):
            values = (name(b.level),
                      self.tr("{weight} ({count})").format(weight=b.risk, count=b.risks),
                      self.tr("{weight} ({count})").format(weight=b.protective,
                                                           count=b.protectives))
            for col, text in enumerate(values):
                self.balance.setItem(row, col, QTableWidgetItem(text))

    def _fill_compare(self) -> None:
        self.compare_with.blockSignals(True)
        self.compare_with.clear()
        others = [s for s in (self._vault.factors.sheets(self.case.id) if self.case else [])
                  if self.sheet is not None and s.id != self.sheet.id]
        for s in reversed(others):
            self.compare_with.addItem(_day(s.assessed_on), s.id)
        # By default the sheet before this one (or the nearest after it).
        if self.sheet is not None and others:
            earlier = [s for s in others if s.assessed_on < self.sheet.assessed_on]
            target = earlier[-1] if earlier else others[0]
            self.compare_with.setCurrentIndex(self.compare_with.findData(target.id))
        self.compare_with.setEnabled(bool(others))
        self.compare_with.blockSignals(False)
        self._show_changes()

    def _show_changes(self) -> None:
        self.changes.clear()
        other_id = self.compare_with.currentData()
        if self.sheet is None or other_id is None:
            if self.sheet is not None:
                self.changes.addItem(self.tr("No other sheet to compare with yet."))
            return
        diff = compare(self.sheet, self._vault.factors.get(other_id))
        self.changes.addItem(self.tr("From {earlier} to {later}:").format(
            earlier=_day(diff.earlier.assessed_on), later=_day(diff.later.assessed_on)))
        if diff.empty:
            self.changes.addItem(self.tr("No change."))
        for c in diff.changes:
            f = c.factor
            where = f"{name(f.level)}, {name(f.kind)}"
            if c.change in (Change.HEAVIER, Change.LIGHTER):
                text = self.tr("{change}: {factor} ({where}), {before} → {after}").format(
                    change=name(c.change), factor=f.label, where=where,
                    before=int(c.before.weight), after=int(c.after.weight))
            else:
                text = self.tr("{change}: {factor} ({where})").format(
                    change=name(c.change), factor=f.label, where=where)
            self.changes.addItem(text)
        if diff.unchanged:
            self.changes.addItem(self.tr("Unchanged: %n factor(s)", "", diff.unchanged))

    def _changed(self) -> None:
        if self.case is not None:
            self.changed.emit(self.case.id)

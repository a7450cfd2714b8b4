"""The searchable list of persons beside the map: the accessible way to
select persons (and the quickest way to find one on a large map)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget


class PersonList(QWidget):
    selection_changed = Signal()  # by the person, not by select_ids

    def __init__(self, parent=None):
        super().__init__(parent)
        self._quiet = False
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a person…"))
        self.search.setAccessibleName(self.tr("Find a person on the map"))
        self.search.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setAccessibleName(self.tr("Persons on the map"))
        self.list.setSelectionMode(QListView.SelectionMode.ExtendedSelection)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.selectionModel().selectionChanged.connect(self._changed)
        self.search.returnPressed.connect(self._search_done)
        label = QLabel(self.tr("&Jump to a person:"))
        label.setBuddy(self.search)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        self.setTabOrder(self.search, self.list)

    def fill(self, rows: list[tuple[int, str]]) -> None:
        """(person id, text) in the order to show; keeps the selection."""
        selected = self.selected_ids()
        self._quiet = True
        self.model.clear()
        items = []
        for pid, text in rows:
            item = QStandardItem(text)
            item.setToolTip(text)
            item.setData(pid, Qt.ItemDataRole.UserRole)
            items.append(item)
        # All rows in one insertion: row by row, the filter proxy took each in turn.
        self.model.invisibleRootItem().appendRows(items)
        self._quiet = False
        self.select_ids(selected)

    def clear(self) -> None:
        self._quiet = True
        self.model.clear()
        self._quiet = False

    def ids_in_order(self) -> list[int]:
        return [self.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole)
                for r in range(self.proxy.rowCount())]

    def selected_ids(self) -> set[int]:
        return {index.data(Qt.ItemDataRole.UserRole)
                for index in self.list.selectionModel().selectedIndexes()}

    def current_id(self) -> int | None:
        index = self.list.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def select_ids(self, ids: set[int]) -> None:
        model = self.list.selectionModel()
        if not ids and not model.hasSelection():
            return
        self._quiet = True
        model.clearSelection()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(Qt.ItemDataRole.UserRole) in ids:
                model.select(index, QItemSelectionModel.SelectionFlag.Select)
                model.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        self._quiet = False

    def _changed(self, *_) -> None:
        if not self._quiet:
            self.selection_changed.emit()

    def _search_done(self) -> None:
        self.list.setFocus()
        if self.proxy.rowCount() and not self.list.selectionModel().hasSelection():
            self.list.setCurrentIndex(self.proxy.index(0, 0))

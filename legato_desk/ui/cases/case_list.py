"""The list of cases: pseudonym, status, opened on, last activity, open flags."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from legato_desk.model.case import Case, CaseStatus
from legato_desk.ui.cases.labels import status_name
from legato_desk.ui.safeguarding.labels import FLAG_COLOUR
from legato_desk.ui.safeguarding.labels import name as flag_name


class CaseTableModel(QAbstractTableModel):
    CODE, PSEUDONYM, STATUS, OPENED, ACTIVITY, FLAGS = range(6)
    CaseIdRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None):
        super().__init__(parent)
        self._cases: list[Case] = []
        self._headers = [self.tr("Case"), self.tr("Pseudonym"), self.tr("Status"),
                         self.tr("Opened on"), self.tr("Last activity"),
                         self.tr("Safeguarding")]
        self._flags: dict[int, list] = {}  # case id -> open FlagTypes

    def set_open_flags(self, flags: dict[int, list]) -> None:
        """Call before set_cases (which resets the view)."""
        self._flags = dict(flags)

    def flags_of(self, case_id: int) -> list:
        return self._flags.get(case_id, [])

    def set_cases(self, cases: list[Case]) -> None:
        self.beginResetModel()
        self._cases = list(cases)
        self.endResetModel()

    def clear(self) -> None:
        self.set_cases([])

    def case_at(self, row: int) -> Case:
        return self._cases[row]

    def row_of(self, case_id: int) -> int | None:
        for row, case in enumerate(self._cases):
            if case.id == case_id:
                return row
        return None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._cases)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        case = self._cases[index.row()]
        col = index.column()
        if role == self.CaseIdRole:
            return case.id
        flags = self._flags.get(case.id, [])
        if col == self.FLAGS:
            return self._flag_data(flags, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.CODE: case.code,
                self.PSEUDONYM: case.pseudonym,
                self.STATUS: status_name(case.status),
                self.OPENED: case.opened_on.strftime("%d.%m.%Y"),
                self.ACTIVITY: case.last_activity.astimezone().strftime("%d.%m.%Y %H:%M"),
            }[col]
        if role == self.SortRole:
            return {
                self.CODE: case.code,
                self.PSEUDONYM: case.pseudonym.casefold(),
                self.STATUS: list(CaseStatus).index(case.status),
                self.OPENED: case.opened_on.isoformat(),
                self.ACTIVITY: case.last_activity.isoformat(),
            }[col]
        if role == Qt.ItemDataRole.ToolTipRole and flags:
            return self.tr("Open safeguarding flag: {flags}").format(
                flags=", ".join(flag_name(f) for f in flags))
        if role == Qt.ItemDataRole.ForegroundRole and not case.status.is_open:
            from PySide6.QtGui import QPalette
            from PySide6.QtWidgets import QApplication

            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None

    def _flag_data(self, flags: list, role):
        from PySide6.QtGui import QColor, QFont

        if role == Qt.ItemDataRole.DisplayRole:
            if not flags:
                return ""
            if len(flags) == 1:
                return self.tr("⚠ {flag}").format(flag=flag_name(flags[0]))
            return self.tr("⚠ {count} open flags").format(count=len(flags))
        if role == self.SortRole:
            return len(flags)
        if role == Qt.ItemDataRole.ToolTipRole and flags:
            return ", ".join(flag_name(f) for f in flags)
        if flags and role == Qt.ItemDataRole.BackgroundRole:
            return QColor(FLAG_COLOUR)
        if flags and role == Qt.ItemDataRole.ForegroundRole:
            return QColor("white")
        if flags and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None


class CaseListPage(QWidget):
    """Emits requests; the main window decides what happens."""

    open_requested = Signal(int)
    new_requested = Signal()
    rename_requested = Signal(int)
    status_requested = Signal(int, object)  # case id, CaseStatus

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = CaseTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(CaseTableModel.SortRole)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter cases (Ctrl+F)…"))
        self.filter.setAccessibleName(self.tr("Filter cases"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.new_button = QPushButton(self.tr("&New case…"))
        self.new_button.clicked.connect(self.new_requested)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self._open_current)
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.rename_button.clicked.connect(self._rename_current)
        self.status_button = QToolButton()
        self.status_button.setText(self.tr("&Status"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        status_menu = QMenu(self.status_button)
        for status in CaseStatus:
            status_menu.addAction(
                status_name(status),
                lambda s=status: self._status_for_current(s))
        self.status_button.setMenu(status_menu)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CaseTableModel.ACTIVITY, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CaseTableModel.PSEUDONYM, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.empty = QLabel(self.tr(
            "No cases yet. Press “New case…” (Ctrl+N) after a first contact."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.open_button)
        bar.addWidget(self.rename_button)
        bar.addWidget(self.status_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        self.flag_banner = QLabel()
        self.flag_banner.setWordWrap(True)
        self.flag_banner.setAccessibleName(self.tr("Open safeguarding flags"))
        self.flag_banner.setStyleSheet(
            f"background: {FLAG_COLOUR}; color: white; padding: 6px 10px; font-weight: bold;")
        self.flag_banner.hide()
        self.model.modelReset.connect(self._show_flag_banner)
        layout.addWidget(self.flag_banner)
        self.panels = QVBoxLayout()  # e.g. follow-ups due, added by the main window
        layout.addLayout(self.panels)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self._update_buttons()

    # -- data -----------------------------------------------------------------

    def set_open_flags(self, flags: dict[int, list]) -> None:
        self.model.set_open_flags(flags)

    def set_cases(self, cases: list[Case], select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self.current_case_id()
        self.model.set_cases(cases)
        self.empty.setVisible(not cases)
        if keep is not None:
            self.select_case(keep)
        elif cases:
            self.table.selectRow(0)
        self._update_buttons()

    def _show_flag_banner(self) -> None:
        """Follows the model, so clearing it (on lock) clears the banner too."""
        cases = [self.model.case_at(row) for row in range(self.model.rowCount())]
        flagged = [c for c in cases if self.model.flags_of(c.id)]
        if flagged:
            self.flag_banner.setText(self.tr(
                "⚠ Open safeguarding flags in {count} case(s): {cases}").format(
                    count=len(flagged),
                    cases=", ".join(f"{c.code} ({c.pseudonym})" for c in flagged)))
        self.flag_banner.setVisible(bool(flagged))

    def select_case(self, case_id: int) -> None:
        row = self.model.row_of(case_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.selectRow(index.row())

    def current_case_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        return self.proxy.data(index, CaseTableModel.CaseIdRole)

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    # -- interaction ----------------------------------------------------------

    def _update_buttons(self) -> None:
        has = self.current_case_id() is not None
        self.open_button.setEnabled(has)
        self.rename_button.setEnabled(has)
        self.status_button.setEnabled(has)

    def _open_index(self, index: QModelIndex) -> None:
        case_id = self.proxy.data(index, CaseTableModel.CaseIdRole)
        if case_id is not None:
            self.open_requested.emit(case_id)

    def _open_current(self) -> None:
        case_id = self.current_case_id()
        if case_id is not None:
            self.open_requested.emit(case_id)

    def _rename_current(self) -> None:
        case_id = self.current_case_id()
        if case_id is not None:
            self.rename_requested.emit(case_id)

    def _status_for_current(self, status: CaseStatus) -> None:
        case_id = self.current_case_id()
        if case_id is not None:
            self.status_requested.emit(case_id, status)

    def _context_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        case_id = self.proxy.data(index, CaseTableModel.CaseIdRole)
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.open_requested.emit(case_id))
        menu.addAction(self.tr("Rename…"), lambda: self.rename_requested.emit(case_id))
        status_menu = menu.addMenu(self.tr("Status"))
        current = self.model.case_at(self.proxy.mapToSource(index).row()).status
        for status in CaseStatus:
            action = QAction(status_name(status), status_menu, checkable=True)
            action.setChecked(status == current)
            action.triggered.connect(
                lambda _=False, s=status: self.status_requested.emit(case_id, s))
            status_menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(pos))

"""The parts of the Sessions tab around the editor: the list of records, the
banner offering a kept draft, and the signed record with its addendum box."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from legato_desk.ui import theme
from legato_desk.ui.sessions.labels import mode_name

IdRole = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionList", text)


def row_text(row) -> str:
    """The two lines of a record in the list (in SessionList's translation context)."""
    marks = (["✔ " + _tr("signed")] if row.signed else [_tr("not signed yet")])
    if row.addenda:
        marks.append(_tr("1 addendum") if row.addenda == 1
                     else _tr("{n} addenda").format(n=row.addenda))
    return (f"{row.held_at:%d.%m.%Y %H:%M} · {mode_name(row.mode)}\n"
            f"{row.key_clients or '–'} · {' · '.join(marks)}")


class SessionListModel(QAbstractListModel):
    """The rows of ``vault.sessions.list`` as they come (newest first).

    A row's text is made only when the view asks for it (``data``), i.e. for
    the rows on screen: a case with 2,000 records no longer formats 2,000
    texts and builds 2,000 items to show a dozen.
    """

    def __init__(self, text: Callable[[object], str], parent=None):
        super().__init__(parent)
        self._text = text
        self._rows: list = []
        self._row_of: dict[int, int] | None = None  # session id -> row, on first use

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._row_of = None
        self.endResetModel()

    def rows(self) -> list:
        return self._rows

    def row_of(self, session_id: int | None) -> int | None:
        if self._row_of is None:
            self._row_of = {r.id: n for n, r in enumerate(self._rows)}
        return self._row_of.get(session_id)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row)
        if role == IdRole:
            return row.id
        return None


class SessionList(QListView):
    """The case's records, newest first; two lines each."""

    open_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.names: dict[int, str] = {}
        self.signed: dict[int, bool] = {}
        self.model_ = SessionListModel(row_text, self)
        self.setModel(self.model_)
        self.setAccessibleName(self.tr("Session records"))
        self.setAlternatingRowColors(True)
        self.setSpacing(1)
        # Every row is two lines: the view sizes one, not all 2,000.
        self.setUniformItemSizes(True)
        self.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.activated.connect(self._open_index)
        self.clicked.connect(self._open_index)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)

    def fill(self, rows, current: int | None) -> None:
        self.blockSignals(True)
        rows = list(rows)
        self.names = {row.id: row.key_clients for row in rows}
        self.signed = {row.id: row.signed for row in rows}
        self.model_.set_rows(rows)
        found = self.model_.row_of(current) if current is not None else None
        if found is not None:
            self.setCurrentIndex(self.model_.index(found))
        self.blockSignals(False)

    def clear(self) -> None:
        self.names, self.signed = {}, {}
        self.model_.set_rows([])

    def count(self) -> int:
        return self.model_.rowCount()

    def current_id(self) -> int | None:
        index = self.currentIndex()
        return index.data(IdRole) if index.isValid() and self.selectionModel().isSelected(
            index) else None

    def row_text(self, row: int) -> str:
        return self.model_.index(row).data()

    def _open_index(self, index) -> None:
        if index.isValid():
            self.open_requested.emit(index.data(IdRole))

    def _context_menu(self, pos) -> None:
        index = self.indexAt(pos)
        if not index.isValid():
            return
        session_id = index.data(IdRole)
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.open_requested.emit(session_id))
        delete = menu.addAction(self.tr("Delete this record…"),
                                lambda: self.delete_requested.emit(session_id))
        delete.setEnabled(not self.signed.get(session_id, True))
        menu.exec(self.viewport().mapToGlobal(pos))


class DraftBanner(QFrame):
    """"Unsaved changes were kept as a draft. Restore them?\""""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("draftBanner")
        theme.follow_palette(self, lambda w, p: w.setStyleSheet(
            theme.note_style(p, "#draftBanner")))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore draft"))
        self.discard_button = QPushButton(self.tr("Discard draft"))
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.restore_button)
        row.addWidget(self.discard_button)
        self.hide()


class SignedRecordPanel(QWidget):
    """A signed-off record as a document, and the box for a dated addendum."""

    def __init__(self, addendum_keys: str, parent=None):
        super().__init__(parent)
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Signed record"))
        self.addendum = QPlainTextEdit()
        self.addendum.setTabChangesFocus(True)
        self.addendum.setAccessibleName(self.tr("Addendum"))
        self.addendum.setPlaceholderText(self.tr(
            "Something to add or correct? It is kept as a dated addendum."))
        self.addendum.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.add_button = QPushButton(self.tr("Add addendum"))
        self.add_button.setToolTip(self.tr("Add a dated addendum ({keys})").format(
            keys=addendum_keys))
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.view, 1)
        label = QLabel(self.tr("Addend&um:"))
        label.setBuddy(self.addendum)
        col.addWidget(label)
        row = QHBoxLayout()
        row.addWidget(self.addendum, 1)
        row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignBottom)
        col.addLayout(row)

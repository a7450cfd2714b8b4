"""The parts of the Sessions tab around the editor: the list of records, the
banner offering a kept draft, and the signed record with its addendum box."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
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


class SessionList(QListWidget):
    """The case's records, newest first; two lines each."""

    open_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.names: dict[int, str] = {}
        self.signed: dict[int, bool] = {}
        self.setAccessibleName(self.tr("Session records"))
        self.setAlternatingRowColors(True)
        self.setSpacing(1)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemActivated.connect(lambda item: self.open_requested.emit(item.data(IdRole)))
        self.itemClicked.connect(lambda item: self.open_requested.emit(item.data(IdRole)))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)

    def fill(self, rows, current: int | None) -> None:
        self.blockSignals(True)
        self.clear()
        self.names, self.signed = {}, {}
        for row in rows:
            self.names[row.id] = row.key_clients
            self.signed[row.id] = row.signed
            marks = ["✔ " + self.tr("signed")] if row.signed else [self.tr("not signed yet")]
            if row.addenda:
                marks.append(self.tr("1 addendum") if row.addenda == 1
                             else self.tr("{n} addenda").format(n=row.addenda))
            item = QListWidgetItem(f"{row.held_at:%d.%m.%Y %H:%M} · {mode_name(row.mode)}\n"
                                   f"{row.key_clients or '–'} · {' · '.join(marks)}")
            item.setData(IdRole, row.id)
            self.addItem(item)
            if row.id == current:
                self.setCurrentItem(item)
        self.blockSignals(False)

    def _context_menu(self, pos) -> None:
        item = self.itemAt(pos)
        if item is None:
            return
        session_id = item.data(IdRole)
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
        label = QLabel(self.tr("&Addendum:"))
        label.setBuddy(self.addendum)
        col.addWidget(label)
        row = QHBoxLayout()
        row.addWidget(self.addendum, 1)
        row.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignBottom)
        col.addLayout(row)

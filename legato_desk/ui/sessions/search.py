"""Edit ▸ Search notes: full-text search over every session note in the vault."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from legato_desk.ui.messages import error_text
from legato_desk.ui.widgets.snippet import snippet_html

HitRole = Qt.ItemDataRole.UserRole + 1


class SearchDialog(QDialog):
    open_requested = Signal(int, int)  # case id, session id

    def __init__(self, vault, parent=None):
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Search notes"))
        self.field = QLineEdit()
        self.field.setAccessibleName(self.tr("Search notes"))
        self.field.setPlaceholderText(self.tr("Words from any session note, e.g. apprenticeship"))
        self.field.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setAlternatingRowColors(True)
        self.results.itemActivated.connect(self._open)
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.count)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.run)
        self.field.textChanged.connect(lambda _t: self._timer.start())
        self.field.returnPressed.connect(self._enter)
        self.resize(720, 480)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Down and self.field.hasFocus() and self.results.count():
            self.results.setFocus()
            self.results.setCurrentRow(0)
            return
        super().keyPressEvent(event)

    def run(self) -> None:
        self._timer.stop()
        text = self.field.text()
        try:
            hits = self.vault.sessions.search(text)
        except Exception as exc:
            self.count.setText(error_text(exc))
            return
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem()
            item.setData(HitRole, (hit.case_id, hit.session_id))
            label = QLabel(
                f"<b>{escape(hit.case_code)} · {escape(hit.pseudonym)}</b> — "
                f"{hit.held_at:%d.%m.%Y %H:%M} · {escape(hit.key_clients or '–')}<br>"
                f"{snippet_html(hit.snippet)}")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setContentsMargins(4, 3, 4, 3)
            width = max(200, self.results.viewport().width() - 8)
            item.setSizeHint(QSize(width, label.heightForWidth(width)))
            self.results.addItem(item)
            self.results.setItemWidget(item, label)
        if not text.strip():
            self.count.clear()
        else:
            self.count.setText(self.tr("{n} record(s) found. Enter or double-click opens one.")
                               .format(n=len(hits)) if hits else self.tr("Nothing found."))

    def _enter(self) -> None:
        self.run()
        if self.results.count():
            self._open(self.results.item(0))

    def _open(self, item: QListWidgetItem) -> None:
        case_id, session_id = item.data(HitRole)
        self.open_requested.emit(case_id, session_id)
        self.accept()

"""Autosave for text fields: a moment after typing stops, on focus out and on flush.

Like the case summary: text edits keep the editor's own undo history and
are not pushed on the window's undo stack.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from legato_desk.ui.messages import error_text

AUTOSAVE_MS = 1500


class Autosaver(QObject):
    """Keeps one editor's text saved through ``save(text)``."""

    reported = Signal(str)  # "Saved." or "Not saved: ..."

    def __init__(self, editor: QLineEdit | QPlainTextEdit, save: Callable[[str], None],
                 parent=None):
        super().__init__(parent or editor)
        self.editor = editor
        self._save = save
        self._saved = ""
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        editor.textChanged.connect(self._edited)
        editor.installEventFilter(self)

    def _text(self) -> str:
        if isinstance(self.editor, QLineEdit):
            return self.editor.text()
        return self.editor.toPlainText()

    def load(self, text: str) -> None:
        """Show stored text, unless the person is still typing in this editor."""
        if self._timer.isActive():
            return
        self._saved = text
        if self._text() != text:
            self.editor.blockSignals(True)
            if isinstance(self.editor, QLineEdit):
                self.editor.setText(text)
            else:
                self.editor.setPlainText(text)
            self.editor.blockSignals(False)

    def forget(self) -> None:
        """Drop any pending edit without saving (e.g. the record is gone)."""
        self._timer.stop()
        self._saved = self._text()

    def _edited(self, *_args) -> None:
        self._timer.start()

    def flush(self) -> bool:
        self._timer.stop()
        text = self._text()
        if text == self._saved:
            return True
        try:
            self._save(text)
        except Exception as exc:  # shown, never swallowed silently
            self.reported.emit(self.tr("Not saved: {reason}").format(reason=error_text(exc)))
            return False
        self._saved = text
        self.reported.emit(self.tr("Saved."))
        return True

    def eventFilter(self, obj, event) -> bool:
        if obj is self.editor and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False

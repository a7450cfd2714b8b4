"""Names the register knows, marked in free text as the counsellor types.

While writing a note the counsellor sees which words a pseudonymised export
will replace: each is underlined with a dotted line in the palette's link
colour (no background, so the text reads as before), and hovering it says
"Will be replaced by P3 in pseudonymised exports". The marks are formats of
the text layout (a ``QSyntaxHighlighter``), never part of the document: what
is saved is exactly what was typed.

``NameMarks(document, register_provider)`` marks one document;
``register_provider()`` returns the case's ``NameRegister`` (or None: no
marks). Qt highlights only the block (paragraph) that changed, so a
keystroke costs one ``NameRegister.hits`` over that paragraph. Attach the
marks while the document is still empty, as the forms do: on a document
with text, Qt's own first pass emits ``contentsChanged`` as if it were typed.

``CaseRegister`` is such a provider for the case being worked on, shared by
every field of a page: the register is built from the vault when the case
is opened (about 1 ms on the demo case) and again shortly after the map or
the records change (``stale``); ``changed`` then re-marks the fields, but only
when somebody's names did change. The first time, the export module and its
word lists (about 1 s) are loaded off the UI thread; until they are, no
name is marked.
"""

from __future__ import annotations

import unicodedata
from typing import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import (
    QGuiApplication, QPalette, QSyntaxHighlighter, QTextCharFormat, QTextDocument)
from PySide6.QtWidgets import QToolTip

from legato_desk.ui import theme
from legato_desk.ui.workers import run_task

RegisterProvider = Callable[[], object]  # () -> NameRegister | None

RESTALE_MS = 400  # a burst of map edits rebuilds the register once


def _tr(text: str) -> str:
    return QCoreApplication.translate("NameMarks", text)


def explanation(code: str) -> str:
    return _tr("Will be replaced by {code} in pseudonymised exports").format(code=code)


def _utf16(text: str) -> list[int] | None:
    """Qt's position (UTF-16 units) of each code point of ``text``; None when they agree."""
    if not text or max(text) <= "\uffff":
        return None
    out, at = [], 0
    for ch in text:
        out.append(at)
        at += 2 if ch > "\uffff" else 1
    out.append(at)
    return out


def _from_nfc(text: str) -> list[int] | None:
    """For text not in NFC: the position in ``text`` of each position of its NFC form.

    ``NameRegister.hits`` reads NFC; a note pasted in decomposed form
    ("Mu\u0308ller") is normalised piece by piece (a letter and its marks).
    None when ``text`` is NFC already; [] when the pieces do not add up.
    """
    if unicodedata.is_normalized("NFC", text):
        return None
    starts = [i for i, ch in enumerate(text) if i == 0 or not unicodedata.combining(ch)]
    out, whole = [], []
    for a, b in zip(starts, starts[1:] + [len(text)]):
        piece = unicodedata.normalize("NFC", text[a:b])
        whole.append(piece)
        out += [a] * len(piece)
    out.append(len(text))
    return out if "".join(whole) == unicodedata.normalize("NFC", text) else []


def spans(register, text: str) -> list[tuple[int, int, object]]:
    """(start, length, hit) of each name in one paragraph, in Qt's UTF-16 positions."""
    if register is None or not text:
        return []
    hits = register.hits(text)
    if not hits:
        return []
    nfc = _from_nfc(text)
    if nfc == []:
        return []
    wide = _utf16(text)
    out = []
    for hit in hits:
        start, end = (hit.start, hit.end) if nfc is None else (nfc[hit.start], nfc[hit.end])
        if wide is not None:
            start, end = wide[start], wide[end]
        if end > start:
            out.append((start, end - start, hit))
    return out


class NameMarks(QSyntaxHighlighter):
    """Underlines, in one document, every name ``register_provider()`` knows."""

    def __init__(self, document: QTextDocument, register_provider: RegisterProvider):
        self._provider = register_provider
        self._edit = None
        self._colour = QGuiApplication.palette().color(QPalette.ColorRole.Link)
        super().__init__(document)
        theme.follow_palette(self, lambda marks, palette: marks.set_colour(
            palette.color(QPalette.ColorRole.Link)))

    def rehighlight(self) -> None:
        """Marks again (the register changed), without telling anybody the text did:
        Qt's rehighlight emits the document's contentsChanged, and so the editor's
        textChanged, which would read as typing (\"Editing…\", autosave)."""
        document = self.document()
        blocked = document.blockSignals(True)
        try:
            super().rehighlight()
        finally:
            document.blockSignals(blocked)

    def set_colour(self, colour) -> None:
        if colour != self._colour:
            self._colour = colour
            self.rehighlight()

    def mark(self, code: str) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(self._colour)
        fmt.setToolTip(explanation(code))
        return fmt

    def highlightBlock(self, text: str) -> None:
        for start, length, hit in spans(self._provider(), text):
            self.setFormat(start, length, self.mark(hit.code))

    def hit_at(self, position: int, *, or_ending: bool = False):
        """The name at a document position (``or_ending``: also one ending there)."""
        block = self.document().findBlock(position)
        if not block.isValid():
            return None
        at = position - block.position()
        for start, length, hit in spans(self._provider(), block.text()):
            if start <= at < start + length or (or_ending and at == start + length):
                return hit
        return None

    # -- the tooltip over a marked name -----------------------------------------------

    def explain_in(self, edit) -> None:
        """Show, over a marked name in ``edit`` (the document's editor), what it becomes."""
        self._edit = edit
        edit.viewport().installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.ToolTip and self._edit is not None:
            cursor = self._edit.cursorForPosition(event.pos())
            # The nearest position: right of a name's last letter counts as on it.
            on_last = event.pos().x() <= self._edit.cursorRect(cursor).x()
            hit = self.hit_at(cursor.position(), or_ending=on_last)
            if hit is not None:
                QToolTip.showText(event.globalPos(), explanation(hit.code), obj)
                return True
            QToolTip.hideText()
        return False


def mark_names(edit, register: RegisterProvider) -> NameMarks:
    """Marks for a QPlainTextEdit/QTextEdit, with tooltips, re-marked on ``register.changed``."""
    marks = NameMarks(edit.document(), register)
    marks.explain_in(edit)
    changed = getattr(register, "changed", None)
    if changed is not None:
        changed.connect(marks.rehighlight)
    return marks


# -- the register of the case being worked on ----------------------------------------------

_ready = False          # the export module and the word lists are loaded
_loading = False
_waiting: list = []     # CaseRegisters to build once they are


def _load() -> None:
    """Off the UI thread: reportlab (imported by the export module) and the word lists."""
    import legato_desk.exporting  # noqa: F401
    from legato_desk.reports import wordlist
    wordlist.common("the")


def _loaded(_result=None) -> None:
    global _ready, _loading
    _ready, _loading = True, False
    waiting, _waiting[:] = list(_waiting), []
    for names in waiting:
        if shiboken6.isValid(names):  # not deleted meanwhile
            names._rebuild()


def _failed(_exc) -> None:
    global _loading
    _loading = False  # no marks; the next case opened tries again
    _waiting.clear()


class CaseRegister(QObject):
    """``register()``: the name register of the case shown (``set_case``), or None."""

    changed = Signal()

    def __init__(self, vault, parent=None):
        super().__init__(parent)
        self.vault = vault
        self.case_id: int | None = None
        self._register = None
        self._timer = QTimer(self, singleShot=True, interval=RESTALE_MS)
        self._timer.timeout.connect(self._rebuild)

    def __call__(self):
        return self._register

    @property
    def register(self):
        return self._register

    def set_case(self, case_id: int | None) -> None:
        if case_id == self.case_id:
            self.stale()
            return
        self._timer.stop()
        self.case_id = case_id
        had = self._register is not None
        self._register = None
        if had:
            self.changed.emit()
        if case_id is not None:
            self._rebuild()

    def stale(self) -> None:
        """Names of the case may have changed (map, records): rebuild shortly."""
        if self.case_id is not None:
            self._timer.start()

    def _rebuild(self) -> None:
        global _loading
        if self.case_id is None:
            return
        if not _ready:
            if self not in _waiting:
                _waiting.append(self)
            if not _loading:
                _loading = True
                run_task(QCoreApplication.instance(), _load, _loaded, _failed)
            return
        from legato_desk.exporting import case_names
        try:
            register = case_names(self.vault, self.case_id).register
        except Exception:  # e.g. the vault was locked meanwhile: no marks, never a crash
            register = None
        old = self._register
        if old is not None and register is not None and old.entries == register.entries:
            return  # nobody's names changed: the marks stand
        self._register = register
        self.changed.emit()

"""Walking a window's focus chain with Tab, as a keyboard user would.

Used by test_accessibility.py. ``walk`` presses Tab from the focused widget
until focus comes back where it started and reports what it met; ``expected``
lists the widgets a keyboard user must be able to reach; ``accessible_name``
is what a screen reader would announce for a widget.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollBar,
    QSlider,
    QTabBar,
    QTextEdit,
    QWidget,
)

INPUTS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit,
          QPlainTextEdit, QTextEdit, QSlider, QTabBar, QGraphicsView)
MAX_STEPS = 400
SECTIONS = 6  # day, month, year, hour, minute, second


def describe(w: QWidget | None) -> str:
    if w is None:
        return "None"
    bits = [type(w).__name__]
    if w.objectName():
        bits.append(f"#{w.objectName()}")
    name = accessible_name(w)
    if name:
        bits.append(repr(name[:40]))
    parent = w.parentWidget()
    chain = []
    while parent is not None and len(chain) < 3:
        chain.append(type(parent).__name__)
        parent = parent.parentWidget()
    return " ".join(bits) + " in " + "/".join(chain)


def _owner(w: QWidget) -> QWidget:
    """The widget that stands for ``w`` in the focus chain (focus proxies, combo editors)."""
    while w.focusProxy() is not None:
        w = w.focusProxy()
    return w


def _inside_compound(w: QWidget) -> bool:
    """Parts of compound widgets that are reached through their owner."""
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):
            return True
        if parent.focusProxy() is w:
            return True
        parent = parent.parentWidget()
    return False


def expected(top: QWidget) -> list[QWidget]:
    """Visible, enabled input widgets in ``top`` that take focus from the keyboard."""
    found = []
    for w in top.findChildren(QWidget):
        if not (w.isVisible() and w.isEnabled() and w.window() is top):
            continue
        if isinstance(w, QScrollBar) or _inside_compound(w):
            continue
        if not (w.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if isinstance(w, INPUTS) or type(w).__module__.startswith("legato_desk"):
            found.append(_owner(w))
    return list(dict.fromkeys(found))


def _buddy_text(w: QWidget) -> str:
    top = w.window()
    for label in top.findChildren(QLabel):
        if label.buddy() is w and label.text().strip():
            return label.text()
    parent = w.parentWidget()
    while parent is not None:
        layout = parent.layout()
        if isinstance(layout, QFormLayout):
            label = layout.labelForField(w)
            if isinstance(label, QLabel) and label.text().strip():
                return label.text()
        parent = parent.parentWidget() if parent is not top else None
    return ""


def accessible_name(w: QWidget) -> str:
    """The name a screen reader announces: set, a button's text, or a label's (buddy)."""
    if w.accessibleName().strip():
        return w.accessibleName().strip()
    if isinstance(w, QAbstractButton) and w.text().replace("&", "").strip():
        return w.text().replace("&", "").strip()
    if isinstance(w, QTabBar) and w.count():
        return w.tabText(w.currentIndex()).replace("&", "")
    buddy = _buddy_text(w)
    if buddy:
        return buddy.replace("&", "").strip()
    iface = QAccessible.queryAccessibleInterface(w)
    if iface is not None and not isinstance(w, (QComboBox, QLineEdit, QAbstractSpinBox)):
        # Combo boxes and fields announce their value as their name: not a label.
        return (iface.text(QAccessible.Text.Name) or "").strip()
    return ""


@dataclass
class Walk:
    start: QWidget | None
    visited: list[QWidget] = field(default_factory=list)
    trap: QWidget | None = None
    escaped: QWidget | None = None
    closed: bool = False

    def missing(self, wanted: list[QWidget]) -> list[QWidget]:
        seen = set(map(id, self.visited))
        out = []
        for w in wanted:
            if id(w) in seen:
                continue
            if isinstance(w, QRadioButton) and w.autoExclusive():
                # Tab reaches one button of an exclusive group; arrows the others.
                group = [b for b in w.parentWidget().findChildren(QRadioButton)
                         if b.autoExclusive() and b.group() is w.group()]
                if any(id(b) in seen for b in group):
                    continue
            out.append(w)
        return out


def walk(qtbot, top: QWidget, start: QWidget | None = None, key=Qt.Key.Key_Tab) -> Walk:
    """Press Tab from ``start`` (or the focused widget) until focus comes back."""
    if start is not None:
        start.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is start, timeout=2000)
    first = QApplication.focusWidget()
    result = Walk(first)
    if first is None:
        return result
    current, stays = first, 0
    for _ in range(MAX_STEPS):
        if stays == 0:
            result.visited.append(current)
        qtbot.keyClick(current, key)
        after = QApplication.focusWidget()
        if after is None or after.window() is not top:
            result.escaped = after
            return result
        if after is current:
            if len(expected(top)) == 1:
                result.closed = True  # the only stop: Tab has nowhere else to go
                return result
            stays += 1
            if not isinstance(current, QDateTimeEdit) or stays > SECTIONS:
                result.trap = current
                return result
            continue  # Tab walks a date's day, month and year, then leaves
        stays = 0
        if after is first:
            result.closed = True
            return result
        current = after
    return result

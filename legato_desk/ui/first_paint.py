"""Work that waits until a window has been drawn once (``after_first_paint``).

For what the first frame does not need but the app needs soon after, e.g.
asking the system whether it is dark (``theme.install``). An event filter on
that one window: one on the application would make PySide convert every
event of every widget to its Python class, which costs more than it saves.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

_PAINT = QEvent.Type.Paint


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, then: Callable[[], None]):
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == _PAINT:
            watched.removeEventFilter(self)
            # Queued: the window's children paint, and the frame is flushed, first.
            QTimer.singleShot(0, self._then)
            self.deleteLater()
        return False


def after_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    """Call ``then()`` once, right after ``window`` has been drawn for the first time."""
    _FirstPaint(window, then)

"""Case pages that read their data only while they are on screen.

The audit trail, the progress overview and the timeline are costly on a
long case and change from other tabs; such a page reads its case whenever
it comes on screen (and at once if it already is), never while hidden, so
opening a case does not pay for tabs nobody is looking at.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer


class RefreshedWhenShown:
    """Mixin before QWidget: ``class Page(RefreshedWhenShown, QWidget)`` with ``refresh()``."""

    case = None

    @property
    def case_id(self) -> int | None:
        return self.case.id if self.case is not None else None

    def show_case(self, case) -> None:
        self.case = case
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.case is not None:
            try:
                self.refresh()
            except Exception:  # an exception escaping a Qt event handler kills the process
                exc_info = sys.exc_info()
                QTimer.singleShot(0, lambda: sys.excepthook(*exc_info))  # logged, shown

    def refresh(self) -> None:  # pragma: no cover - every page defines its own
        raise NotImplementedError

"""Small helpers of the Key-clients tab: names, escaping, scrolling tab pages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QScrollArea, QWidget


def person_name(person) -> str:
    if person.name and person.role and person.role.casefold() != person.name.casefold():
        return f"{person.name} ({person.role})"
    return person.name or person.role or QCoreApplication.translate(
        "KeyClientPage", "Unnamed person")


class _Fill(QWidget):
    """Holds a page in a scroll area that fills the view and scrolls only below
    the page's minimum size (height-for-width would ask for the preferred height)."""

    def __init__(self, widget: QWidget):
        super().__init__()
        widget.setParent(self)
        self._page = widget

    def minimumSizeHint(self):
        return self._page.minimumSizeHint()

    def sizeHint(self):
        return self._page.minimumSizeHint()

    def resizeEvent(self, event) -> None:
        self._page.setGeometry(0, 0, self.width(), self.height())
        super().resizeEvent(event)


def scrolled(widget: QWidget, name: str = "") -> QScrollArea:
    """A tab page that scrolls rather than forcing the window to grow.

    ``name``: what a screen reader calls the page (the scroll area takes Tab focus).
    """
    area = QScrollArea()
    area.setAccessibleName(name)
    area.setWidget(_Fill(widget))
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

"""The line under a form or page that says what is wrong with the input.

Wrapped, in the theme's error colour (re-coloured when the palette changes),
and named "Message" for screen readers; empty until something goes wrong.
Every form had its own four lines for this.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from legato_desk.ui import theme


def error_line() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleName(QCoreApplication.translate("ErrorLine", "Message"))
    theme.set_text_colour(label, theme.ERROR)
    return label

"""Tab bars whose texts are not clipped, in whatever style the application uses.

Fusion draws the tabs behind the current one 2 px lower and clips their text,
which cuts the dots off capital umlauts ("Übersicht" read "Ubersicht"). The
fix is a ``QProxyStyle`` set on tab bars only: as the application's style,
its Python ``pixelMetric`` answered every widget's every metric, which made
the unlock window 7 ms slower to lay out and opening a case 3-8 ms.

Its own module, not ``theme``: loading PySide's ``QStyle`` type costs about
7 ms, which the first window (no tab bar) does not need to pay.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QWidget

from legato_desk.ui import theme


class _UnclippedTabs(QProxyStyle):
    def pixelMetric(self, metric, option=None, widget=None):
        if metric == QStyle.PixelMetric.PM_TabBarTabShiftVertical:
            return 0
        return super().pixelMetric(metric, option, widget)


_STYLES: dict[str, _UnclippedTabs] = {}  # one for all tab bars per application style (2-3)


def unclipped(tabs: QWidget) -> None:
    """Tab bars (of a QTabWidget, or one itself) whose tab texts are not clipped,
    in the application's style, also after light or dark is chosen."""
    bar = tabs.tabBar() if hasattr(tabs, "tabBar") else tabs

    def restyle(widget: QWidget, _palette: QPalette) -> None:
        name = QApplication.style().name().lower()
        if name not in _STYLES:  # kept: a tab bar may still hold the last one
            _STYLES[name] = _UnclippedTabs(name)
        widget.setStyle(_STYLES[name])

    theme.follow_palette(bar, restyle)

"""Appearance: light, dark or as the system says; and colours that stay legible in each.

The choice lives in the app's own QSettings (not case data, like the window
geometry). ``apply`` sets Qt's Fusion style with a light or dark palette, or
leaves the platform's look alone ("system"; on a dark system whose style
keeps a light palette, e.g. the Windows Vista style, Fusion's dark palette is
used instead).

Colours that carry meaning (an error red, a task's hue) are fixed hues;
``legible`` moves such a hue towards black or white until text in it reaches
the WCAG contrast of 4.5:1 against the background it is painted on, and
``set_text_colour`` keeps a label's text legible when the palette changes.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

# Neither ``Qt`` nor ``QStyle`` at the top: in PySide 6.11 taking the name ``Qt``
# creates all 93 enums of the Qt namespace (about 23 ms) and loading ``QStyle``
# costs 7 ms more, before the first window, which needs neither. The question
# "is the system dark?" (which needs ``Qt``) is answered from last start's
# answer first and asked again once the first window is drawn (``install``).

KEY = "appearance/scheme"
SYSTEM_DARK_KEY = "appearance/system_dark"  # last answer of the system, see ``install``
SYSTEM, LIGHT, DARK = "system", "light", "dark"
SCHEMES = (SYSTEM, LIGHT, DARK)

ERROR = "#b3261e"    # error and warning text, the safeguarding red
TEXT_CONTRAST = 4.5  # WCAG 2 AA for normal text
MARK_CONTRAST = 3.0  # WCAG 2 AA for focus indicators and other marks
HIGHLIGHT = "#2f6bc4"  # selection, light and dark: white text on it reads at 5.2:1


# -- contrast ------------------------------------------------------------------------

def luminance(colour: QColor) -> float:
    """WCAG relative luminance of an opaque colour."""
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio between two opaque colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def over(colour: QColor, background: QColor) -> QColor:
    """``colour`` (possibly translucent) as it shows on an opaque ``background``."""
    a = colour.alphaF()
    return QColor.fromRgbF(colour.redF() * a + background.redF() * (1 - a),
                           colour.greenF() * a + background.greenF() * (1 - a),
                           colour.blueF() * a + background.blueF() * (1 - a), 1.0)


def legible(colour, background: QColor, minimum: float = TEXT_CONTRAST) -> QColor:
    """``colour``, moved towards black or white just enough to read on ``background``."""
    colour = QColor(colour)
    if contrast(colour, background) >= minimum:
        return colour
    dark_bg = luminance(background) < 0.18
    target = QColor("white") if dark_bg else QColor("black")
    for step in range(1, 21):
        t = step / 20
        mixed = QColor.fromRgbF(colour.redF() + (target.redF() - colour.redF()) * t,
                                colour.greenF() + (target.greenF() - colour.greenF()) * t,
                                colour.blueF() + (target.blueF() - colour.blueF()) * t, 1.0)
        if contrast(mixed, background) >= minimum:
            return mixed
    return target


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved towards ``b`` by ``t`` (0..1), opaque."""
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                           a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t, 1.0)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 110


# -- style sheets that follow the palette ------------------------------------------------

_FOLLOWING: dict[int, _Restyle] = {}  # alive restylers, called again by ``apply``


class _Restyle(QObject):
    """Calls ``restyle(widget, palette)`` now and whenever ``apply`` changes the palette.

    A child of its widget, so it goes when the widget goes. (Not an event filter on
    ApplicationPaletteChange: Qt does not send that to every widget, e.g. top-level ones.)
    """

    def __init__(self, widget: QWidget, restyle: Callable[[QWidget, QPalette], None]):
        super().__init__(widget)
        self._widget, self._restyle = widget, restyle
        key = id(self)
        _FOLLOWING[key] = self
        self.destroyed.connect(lambda *_: _FOLLOWING.pop(key, None))
        self.run(QApplication.palette())

    def run(self, palette: QPalette) -> None:
        self._restyle(self._widget, palette)


def follow_palette(widget: QWidget, restyle: Callable[[QWidget, QPalette], None]) -> None:
    """Style ``widget`` from the palette now, and again when light or dark is chosen."""
    for old in widget.children():  # direct children only, as findChildren would need Qt
        if isinstance(old, _Restyle):
            _FOLLOWING.pop(id(old), None)
            old.deleteLater()
    _Restyle(widget, restyle)


def _restyle_all() -> None:
    palette = QApplication.palette()
    for restyler in list(_FOLLOWING.values()):
        if shiboken6.isValid(restyler):
            restyler.run(palette)
        else:
            _FOLLOWING.pop(id(restyler), None)


def set_text_colour(widget: QWidget, colour: str = ERROR, extra: str = "") -> None:
    """Text in ``colour`` (e.g. an error red), kept legible light or dark.

    ``extra``: further style sheet declarations, e.g. ``"font-weight: bold;"``.
    """
    def restyle(w: QWidget, palette: QPalette) -> None:
        shown = legible(colour, palette.color(w.backgroundRole()))
        w.setStyleSheet(f"color: {shown.name()}; {extra}".strip())

    follow_palette(widget, restyle)


def note_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """(background, text) of a notice banner (demo vault, kept draft): amber, light or dark."""
    light, dark = QColor("#fff3c4"), QColor("#4a3b00")
    return (dark, light) if is_dark(palette) else (light, dark)


def note_style(palette: QPalette, selector: str = "", extra: str = "") -> str:
    back, text = note_colours(palette)
    body = f"background: {back.name()}; color: {text.name()}; {extra}".strip()
    return f"{selector} {{ {body} }}" if selector else body


# -- palettes -------------------------------------------------------------------------

def dark_palette() -> QPalette:
    """A dark palette for the Fusion style; every text role reads at 4.5:1 or better."""
    p = QPalette()
    window, base, alt = QColor("#2b2b2b"), QColor("#1f1f1f"), QColor("#2a2a2a")
    text, disabled = QColor("#ececec"), QColor("#9a9a9a")
    highlight = QColor(HIGHLIGHT)
    roles = {
        "Window": window, "WindowText": text, "Base": base, "AlternateBase": alt,
        "ToolTipBase": QColor("#3a3a3a"), "ToolTipText": text, "Text": text,
        "PlaceholderText": QColor("#a8a8a8"), "Button": QColor("#363636"),
        "ButtonText": text, "BrightText": QColor("#ff6b6b"), "Light": QColor("#4a4a4a"),
        "Midlight": QColor("#3e3e3e"), "Mid": QColor("#5a5a5a"), "Dark": QColor("#1a1a1a"),
        "Shadow": QColor("#0a0a0a"), "Highlight": highlight,
        "HighlightedText": QColor("#ffffff"), "Link": QColor("#8ab4f8"),
        "LinkVisited": QColor("#c58af9"),
    }
    for name, colour in roles.items():
        p.setColor(getattr(QPalette.ColorRole, name), colour)
    group, role = QPalette.ColorGroup.Disabled, QPalette.ColorRole
    for name in ("WindowText", "Text", "ButtonText"):
        p.setColor(group, getattr(role, name), disabled)
    p.setColor(group, role.Highlight, QColor("#4a4a4a"))
    return p


def light_palette() -> QPalette:
    """Fusion's light palette, with a selection colour white text reads on (5.2:1)."""
    p = QStyleFactory.create("Fusion").standardPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Highlight, QColor(HIGHLIGHT))
    return p


_ORIGINAL: dict = {}  # the platform's palette, and its style once Fusion replaced it


def system_is_dark() -> bool:
    from PySide6.QtCore import Qt  # not at the top: see there

    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def _style_name(app: QApplication) -> str:
    return app.style().name().lower()


def apply(app: QApplication, scheme: str | None, system_dark: bool | None = None) -> str:
    """Use ``scheme`` (system, light or dark) from now on; returns what was applied.

    ``system_dark``: whether the system is dark, if already known; asked otherwise.
    """
    if not _ORIGINAL:
        _ORIGINAL["palette"] = app.palette()  # a copy already
    scheme = scheme if scheme in SCHEMES else SYSTEM
    effective = scheme
    if scheme == SYSTEM:
        if system_dark is None and not is_dark(_ORIGINAL["palette"]):
            system_dark = system_is_dark()
        if system_dark and not is_dark(_ORIGINAL["palette"]):
            effective = DARK  # the platform style did not follow the system: Fusion does
        else:
            if "style" in _ORIGINAL and _style_name(app) != _ORIGINAL["style"]:
                app.setStyle(_ORIGINAL["style"])
            app.setPalette(_ORIGINAL["palette"])
            _restyle_all()
            return SYSTEM
    _ORIGINAL.setdefault("style", _style_name(app))
    if _style_name(app) != "fusion":
        app.setStyle("Fusion")
    app.setPalette(dark_palette() if effective == DARK else light_palette())
    _restyle_all()
    return effective


def scheme_of(settings) -> str:
    value = settings.value(KEY, SYSTEM)
    return value if value in SCHEMES else SYSTEM


def install(app: QApplication, settings) -> Callable[[], None]:
    """At start: the stored choice. Returns ``follow_system``, for the caller to run
    once the first window is drawn.

    With "system", the first window is built with last start's answer to "is the
    system dark?" (kept in ``settings``); ``follow_system`` asks the system, keeps
    the answer, applies it if it changed (one repaint, only on the first start
    after the system changed) and follows the system from then on. Until it runs,
    no signal carrying a Qt-namespace enum may reach Python (PySide cannot convert
    one before ``Qt`` is imported): it connects ``colorSchemeChanged`` itself.
    """
    remembered = settings.value(SYSTEM_DARK_KEY, False, type=bool)
    apply(app, scheme_of(settings), system_dark=remembered)

    def system_changed(*_args) -> None:
        dark = system_is_dark()
        if dark != settings.value(SYSTEM_DARK_KEY, False, type=bool):
            settings.setValue(SYSTEM_DARK_KEY, dark)
        if scheme_of(settings) == SYSTEM:
            apply(app, SYSTEM, system_dark=dark)

    def follow_system() -> None:
        if system_is_dark() != remembered:
            system_changed()
        app.styleHints().colorSchemeChanged.connect(system_changed)

    return follow_system

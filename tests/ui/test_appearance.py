"""Light and dark (issue 9): the choice is stored and applied; every text stays legible.

Contrast is the WCAG ratio of the colours actually used: the map's paint
functions take theirs from ui/map/style.py (checked here against rendered
pixels), and the widgets' style sheets and item colours are read off the
live screens.
"""

from __future__ import annotations

import math
import re

import pytest
from PySide6.QtCore import QPointF, QRectF, QSettings, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from legato_desk import demo
from legato_desk.model.map import OUTSIDE_MAX, RING_RADII, Sector
from legato_desk.ui import tab_bars, theme
from legato_desk.ui.main_window import MainWindow
from legato_desk.ui.map import style
from legato_desk.ui.map.scene import paint_background
from tests.ui.conftest import answer_modal

PALETTES = {"light": theme.light_palette, "dark": theme.dark_palette}


@pytest.fixture
def dark(qapp):
    theme.apply(qapp, theme.DARK)
    yield
    theme.apply(qapp, theme.SYSTEM)


def test_contrast_follows_wcag():
    assert theme.contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert theme.contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    red = theme.legible(theme.ERROR, QColor("#1f1f1f"))
    assert theme.contrast(red, QColor("#1f1f1f")) >= 4.5
    assert red.red() > red.green()  # still a red, only lighter


# -- the map ---------------------------------------------------------------------------

def _map_text(palette) -> dict[str, tuple[QColor, QColor]]:
    """(text, background) of each kind of text painted on the map."""
    window = style.role(palette, "Window")
    zones = {"outside zone": style.outside_fill(palette),
             **{f"ring {k}": style.ring_fill(palette, k) for k in range(3)}}
    pairs = {"sector name on window": (style.sector_label_colour(palette), window)}
    for zone, fill in zones.items():
        pairs[f"ring name on {zone}"] = (style.ring_label_colour(palette), fill)
        label = theme.over(style.label_back(palette), fill)
        pairs[f"person name on {zone}"] = (style.role(palette, "Text"), label)
        pairs[f"person role on {zone}"] = (style.detail_colour(palette), label)
    label = theme.over(style.label_back(palette), window)
    pairs["person name beyond the rings"] = (style.role(palette, "Text"), label)
    pairs["selected person"] = (style.role(palette, "HighlightedText"),
                                style.role(palette, "Highlight"))
    pairs["index client"] = (style.role(palette, "Text"), style.index_fill(palette))
    for badge in style.BADGES:
        pairs[f"{badge} badge"] = (QColor("white"), style.badge_colour(badge))
    return pairs


@pytest.mark.parametrize("name", PALETTES)
def test_every_text_on_the_map_reads_at_4_5_to_1(qapp, name):
    low = {what: round(theme.contrast(fg, bg), 2)
           for what, (fg, bg) in _map_text(PALETTES[name]()).items()
           if theme.contrast(fg, bg) < theme.TEXT_CONTRAST}
    assert low == {}


@pytest.mark.parametrize("name", PALETTES)
def test_the_map_is_painted_in_the_colours_checked(qapp, name):
    """Sample the rendered background: the zones are the colours the contrast test used."""
    palette = PALETTES[name]()
    s, size = style.SCALE, 900
    image = QImage(size, size, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    extent = (OUTSIDE_MAX + 0.25) * s
    painter.setWindow(-int(extent), -int(extent), int(2 * extent), int(2 * extent))
    paint_background(painter, palette, QRectF(-extent, -extent, 2 * extent, 2 * extent))
    painter.end()

    def pixel(radius: float) -> QColor:
        a = math.radians(Sector.SCHOOL_WORK.centre_angle)  # mid-sector: no divider line
        p = QPointF(math.sin(a) * radius * s, -math.cos(a) * radius * s)
        x = (p.x() + extent) / (2 * extent) * size
        y = (p.y() + extent) / (2 * extent) * size
        return image.pixelColor(int(x), int(y))

    def close(a: QColor, b: QColor) -> bool:
        return max(abs(a.red() - b.red()), abs(a.green() - b.green()),
                   abs(a.blue() - b.blue())) <= 2

    radii = [RING_RADII[0] / 2, sum(RING_RADII[:2]) / 2, sum(RING_RADII[1:]) / 2,
             (RING_RADII[2] + OUTSIDE_MAX) / 2]
    painted = [pixel(r) for r in radii]
    wanted = [style.ring_fill(palette, k) for k in range(3)] + [style.outside_fill(palette)]
    assert all(close(a, b) for a, b in zip(painted, wanted)), (
        [c.name() for c in painted], [c.name() for c in wanted])
    assert close(image.pixelColor(2, 2), style.role(palette, "Window"))


# -- the screens ---------------------------------------------------------------------------

_COLOUR = r"(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3}|[a-z]+)\b"


def _sheet_pairs(widget: QWidget):
    """(text, background) a widget's style sheet sets, the background from the palette if unset."""
    sheet = widget.styleSheet()
    fg = re.search(r"(?<![-\w])color:\s*" + _COLOUR, sheet)
    if not fg:
        return None
    bg = re.search(r"background(?:-color)?:\s*" + _COLOUR, sheet)
    back = QColor(bg.group(1)) if bg else widget.palette().color(widget.backgroundRole())
    return QColor(fg.group(1)), back


def _item_pairs(view: QAbstractItemView):
    model = view.model()
    if model is None:
        return
    base = view.palette().color(QPalette.ColorRole.Base)
    for row in range(min(model.rowCount(), 50)):
        for col in range(40):
            index = model.index(row, col)
            if not index.isValid():
                break  # past the last column (a list model has only one)
            fg = index.data(Qt.ItemDataRole.ForegroundRole)
            if fg is None:
                continue
            bg = index.data(Qt.ItemDataRole.BackgroundRole)
            fg = fg.color() if hasattr(fg, "color") else QColor(fg)
            bg = (bg.color() if hasattr(bg, "color") else QColor(bg)) if bg is not None else base
            yield f"{index.data()!r}", fg, bg


def illegible(top: QWidget) -> list[str]:
    """Every text colour set in code on a visible widget of ``top`` that reads below 4.5:1."""
    found = []
    for w in [top, *top.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        pair = _sheet_pairs(w)
        if pair and theme.contrast(*pair) < theme.TEXT_CONTRAST:
            found.append(f"{type(w).__name__} {w.accessibleName() or w.objectName()}: "
                         f"{pair[0].name()} on {pair[1].name()}")
        if isinstance(w, QAbstractItemView):
            for what, fg, bg in _item_pairs(w):
                if theme.contrast(fg, bg) < theme.TEXT_CONTRAST:
                    found.append(f"{w.accessibleName()} {what}: {fg.name()} on {bg.name()}")
    return found


@pytest.fixture
def window(qtbot, vault, app_paths):
    demo.populate(vault)
    settings = QSettings(str(app_paths.settings_file), QSettings.Format.IniFormat)
    win = MainWindow(vault, settings, demo=True)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _tour(window, vault) -> dict[str, list[str]]:
    found = {"case list": illegible(window)}
    case = vault.cases.list()[0]
    window.open_case(case.id)
    ws = window.workspace
    for i in range(ws.tabs.count()):
        ws.tabs.setCurrentIndex(i)
        if ws.tabs.currentWidget() is ws.page("sessions"):
            ws.page("sessions").open_session(vault.sessions.list(case.id)[0].id)
        QApplication.processEvents()
        found[ws.tabs.tabText(i).replace("&", "")] = illegible(window)
    return found


@pytest.mark.parametrize("scheme", [theme.LIGHT, theme.DARK])
def test_main_screens_read_at_4_5_to_1(qapp, qtbot, vault, app_paths, scheme):
    theme.apply(qapp, scheme)
    try:
        demo.populate(vault)
        settings = QSettings(str(app_paths.settings_file), QSettings.Format.IniFormat)
        win = MainWindow(vault, settings, demo=True)  # built in the scheme, as at start
        qtbot.addWidget(win)
        win.show()
        assert theme.is_dark(win.palette()) is (scheme == theme.DARK)
        found = _tour(win, vault)
        assert found == {name: [] for name in found}
    finally:
        theme.apply(qapp, theme.SYSTEM)


def test_switching_to_dark_restyles_what_is_open(qapp, qtbot, window, vault, dark):
    """Chosen while the window is open: the colours set in code follow the new palette."""
    found = _tour(window, vault)
    assert found == {name: [] for name in found}


def test_warnings_in_dialogs_read_in_dark(qtbot, vault, dark):
    from legato_desk.ui.export.dialog import ExportDialog

    demo.populate(vault)
    dialog = ExportDialog(vault, vault.cases.list()[0].id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.real_names.setChecked(True)
    assert dialog.names_warning.isVisible()
    assert illegible(dialog) == []


def test_appearance_is_chosen_in_the_settings_and_kept_outside_the_vault(
        qapp, qtbot, window, vault, app_paths):
    def choose_dark(dialog):
        page = next(p for p in dialog.pages if p.title() == "Appearance")
        dialog.tabs.setCurrentWidget(page)
        page.scheme.setFocus()
        page.scheme.setCurrentIndex(page.scheme.findData(theme.DARK))
        dialog.accept()

    try:
        answer_modal(qtbot, choose_dark)
        window.settings_action.trigger()
        assert theme.is_dark(QApplication.palette())
        stored = QSettings(str(app_paths.settings_file), QSettings.Format.IniFormat)
        assert stored.value(theme.KEY) == theme.DARK
        assert vault.settings.get(theme.KEY) is None
        theme.install(qapp, stored)  # the next start
        assert theme.is_dark(QApplication.palette())
    finally:
        theme.apply(qapp, theme.SYSTEM)
    assert not theme.is_dark(QApplication.palette())


@pytest.fixture
def system(monkeypatch):
    """The system's answer to "are you dark?", as the test sets it; and how often asked."""
    state = {"dark": False, "asked": 0}

    def answer() -> bool:
        state["asked"] += 1
        return state["dark"]

    monkeypatch.setattr(theme, "system_is_dark", answer)
    return state


def test_the_first_window_uses_last_starts_answer_then_follows_the_system(
        qapp, tmp_path, system):
    """Asking the system needs all of Qt's enums (23 ms), so the first window is
    built with the answer kept from last start and the system is asked once it
    is drawn: a system turned light since then repaints once, and is kept."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(theme.SYSTEM_DARK_KEY, True)  # last start: a dark system
    try:
        follow_system = theme.install(qapp, settings)
        assert system["asked"] == 0
        assert theme.is_dark(QApplication.palette())  # as last time, no light flash
        follow_system()
        assert not theme.is_dark(QApplication.palette())
        assert settings.value(theme.SYSTEM_DARK_KEY, type=bool) is False
        system["dark"] = True  # turned dark while the app runs
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert theme.is_dark(QApplication.palette())
        assert settings.value(theme.SYSTEM_DARK_KEY, type=bool) is True
    finally:
        theme.apply(qapp, theme.SYSTEM, system_dark=False)


def test_a_chosen_scheme_stays_while_the_system_answer_is_kept(qapp, tmp_path, system):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(theme.KEY, theme.LIGHT)
    system["dark"] = True
    try:
        follow_system = theme.install(qapp, settings)
        follow_system()
        assert not theme.is_dark(QApplication.palette())  # light was chosen
        assert settings.value(theme.SYSTEM_DARK_KEY, type=bool) is True  # for "system" later
    finally:
        theme.apply(qapp, theme.SYSTEM, system_dark=False)


def test_a_red_message_is_recoloured_when_dark_is_chosen(qapp, qtbot):
    from PySide6.QtWidgets import QLabel

    label = QLabel("The passphrase is wrong.")
    qtbot.addWidget(label)
    theme.apply(qapp, theme.LIGHT)
    try:
        theme.set_text_colour(label, theme.ERROR, "font-weight: bold;")
        label.show()
        light = _sheet_pairs(label)[0]
        theme.apply(qapp, theme.DARK)
        dark = _sheet_pairs(label)[0]
        assert "font-weight: bold" in label.styleSheet()
    finally:
        theme.apply(qapp, theme.SYSTEM)
    assert light.name() == theme.ERROR
    assert dark.lightness() > light.lightness()
    assert theme.contrast(dark, theme.dark_palette().color(QPalette.ColorRole.Window)) >= 4.5


@pytest.mark.parametrize("scheme", [theme.LIGHT, theme.DARK])
def test_progress_chart_lines_stand_out_at_3_to_1(qapp, qtbot, scheme):
    from legato_desk.model.session import Task
    from legato_desk.ui.sessions.chart import ProgressChart

    theme.apply(qapp, scheme)
    try:
        chart = ProgressChart()
        qtbot.addWidget(chart)
        base = chart.palette().color(QPalette.ColorRole.Base)
        low = {t.name: round(theme.contrast(chart.line_colour(t), base), 2) for t in Task
               if theme.contrast(chart.line_colour(t), base) < theme.MARK_CONTRAST}
    finally:
        theme.apply(qapp, theme.SYSTEM)
    assert low == {}


@pytest.mark.parametrize("scheme", [theme.LIGHT, theme.DARK, theme.SYSTEM])
def test_tab_texts_stand_unshifted_in_every_scheme(qapp, scheme):
    """Fusion shifts the tabs behind the current one down and clips their text (the
    dots of "Ü"); tab bars get a style without the shift, in the app's style, and
    the application's own style stays Qt's (its metrics answered in C++)."""
    from PySide6.QtWidgets import QStyle, QTabWidget

    tabs = QTabWidget()
    tabs.addTab(QWidget(), "Übersicht")
    tabs.addTab(QWidget(), "Überweisung")
    tab_bars.unclipped(tabs)
    shift = QStyle.PixelMetric.PM_TabBarTabShiftVertical
    try:
        theme.apply(qapp, scheme)
        bar = tabs.tabBar()
        assert bar.style().pixelMetric(shift) == 0
        assert bar.style().baseStyle().name() == qapp.style().name()  # follows the app
        assert qapp.style().pixelMetric(shift) == (2 if qapp.style().name() == "fusion"
                                                   else qapp.style().pixelMetric(shift))
        assert type(qapp.style()).__module__.startswith("PySide6")
    finally:
        theme.apply(qapp, theme.SYSTEM)

"""The map as a PNG or SVG file, with its legend and a title line.

The page relabels the scene before calling ``export_map`` (pseudonyms by
default) and restores it afterwards; here the scene is painted as shown,
without selection marks, with item caches off so SVG stays vector, and in a
light print palette whatever the screen uses.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPalette
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QGraphicsItem

from legato_desk.ui.map import style
from legato_desk.ui.map.legend import legend_size, paint_legend

TITLE_H = 40
PAD = 16
CHANGES_W = 340.0


def print_palette() -> QPalette:
    """Exports are for paper and other people's screens: always light."""
    palette = QPalette(QColor("#f0f0f0"))
    for role, colour in (("Window", "#efefef"), ("Base", "#ffffff"), ("Text", "#1a1a1a"),
                         ("WindowText", "#1a1a1a"), ("Mid", "#a0a0a0"),
                         ("Highlight", "#2f6fd0")):
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    return palette


def export_map(scene, path: Path, title: str, comparing: bool = False,
               changes: tuple = ()) -> Path:
    """Paint the scene with the print palette into a PNG or SVG file.

    ``changes``: (text, Change) pairs listed beside the legend (a comparison).
    """
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    with _printing(scene):
        _write(scene, str(path), fmt, title, comparing, changes)
    return path


def map_bytes(scene, fmt: str, title: str, comparing: bool = False,
              changes: tuple = ()) -> bytes:
    """The same drawing in memory (e.g. for a PDF): nothing touches the disk."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    with _printing(scene):
        _write(scene, buffer, fmt, title, comparing, changes)
    return bytes(buffer.data())


@contextmanager
def _printing(scene):
    """Light palette, no selection marks, no item caches (SVG stays vector)."""
    shown_palette = scene.palette()
    selected = scene.selectedItems()
    current = scene.current_tie
    scene.clearSelection()
    scene.set_current_tie(None)
    scene.setPalette(print_palette())
    scene.refresh_palette()
    items = scene.items()
    modes = [item.cacheMode() for item in items]
    for item in items:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        yield
    finally:
        for item, mode in zip(items, modes):
            item.setCacheMode(mode)
        scene.setPalette(shown_palette)
        scene.refresh_palette()
        for item in selected:
            item.setSelected(True)
        scene.set_current_tie(current)


def _write(scene, target, fmt: str, title: str, comparing: bool, changes) -> None:
    """Write to ``target``: a file name or an open QIODevice."""
    if fmt not in ("png", "svg"):
        raise ValueError(f"unknown export format {fmt!r}")
    source = scene.sceneRect()
    legend = legend_size(1, comparing)
    extra = (CHANGES_W + PAD) if changes else 0
    width = int(source.width() + legend.width() + 3 * PAD + extra)
    height = int(max(source.height(), legend.height(), _changes_height(changes))
                 + TITLE_H + 2 * PAD)
    background = style.role(scene.palette(), "Window")
    if fmt == "png":
        ratio = 2
        image = QImage(QSize(width * ratio, height * ratio), QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(ratio)
        image.fill(background)
        painter = QPainter(image)
        _paint(painter, scene, source, legend, width, title, comparing, changes)
        painter.end()
        if not image.save(target, "PNG"):
            raise OSError("could not write the image")
        return
    generator = QSvgGenerator()
    if isinstance(target, str):
        generator.setFileName(target)
    else:
        generator.setOutputDevice(target)
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setTitle("Relationship map")
    generator.setDescription("Exported from legato-desk")
    painter = QPainter(generator)
    painter.fillRect(QRectF(0, 0, width, height), background)
    _paint(painter, scene, source, legend, width, title, comparing, changes)
    painter.end()


def _changes_height(changes) -> float:
    if not changes:
        return 0.0
    fm = QFontMetricsF(QApplication.font())
    flags = int(Qt.TextFlag.TextWordWrap)
    text_h = sum(fm.boundingRect(QRectF(0, 0, CHANGES_W - 18, 10_000), flags, text).height()
                 + 5 for text, _ in changes)
    return text_h + fm.height() * 2


def _paint_changes(painter, origin: QPointF, changes, palette) -> None:
    fm = QFontMetricsF(QApplication.font())
    bold = QFont(QApplication.font())
    bold.setBold(True)
    painter.setFont(bold)
    painter.setPen(style.role(palette, "Text"))
    painter.drawText(QRectF(origin.x(), origin.y() + 2, CHANGES_W, fm.height() * 1.4),
                     Qt.AlignmentFlag.AlignVCenter, QCoreApplication.translate(
                         "export", "What changed"))
    painter.setFont(QApplication.font())
    y = origin.y() + fm.height() * 2
    flags = int(Qt.TextFlag.TextWordWrap)
    for text, change in changes:
        box = fm.boundingRect(QRectF(0, 0, CHANGES_W - 18, 10_000), flags, text)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.change_colour(change))
        painter.drawEllipse(QPointF(origin.x() + 5, y + fm.height() / 2), 4.5, 4.5)
        painter.setPen(style.role(palette, "Text"))
        painter.drawText(QRectF(origin.x() + 16, y, CHANGES_W - 18, box.height()), flags, text)
        y += box.height() + 5


def _paint(painter, scene, source: QRectF, legend: QSize, width, title, comparing,
           changes) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(style.role(scene.palette(), "Text"))
    painter.drawText(QRectF(PAD, PAD / 2, width - 2 * PAD, TITLE_H),
                     Qt.AlignmentFlag.AlignVCenter, title)
    target = QRectF(PAD, TITLE_H + PAD, source.width(), source.height())
    scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
    paint_legend(painter, QPointF(target.right() + PAD, target.top()), scene.palette(),
                 legend.width(), 1, comparing)
    if changes:
        _paint_changes(painter, QPointF(target.right() + 2 * PAD + legend.width(), target.top()),
                       changes, scene.palette())


def export_page(page, path, show_names: bool = False) -> Path:
    """Export what the page shows, relabelled for people outside the vault."""
    with _relabelled(page, show_names) as (title, changes):
        out = export_map(page.scene, path, title, page.versions.comparing, changes)
    page.maps.record_export(page.case.id)
    return out


def page_bytes(page, fmt: str = "png", show_names: bool = False) -> bytes:
    """What the page shows as PNG/SVG bytes, pseudonymised by default (for a PDF)."""
    with _relabelled(page, show_names) as (title, changes):
        return map_bytes(page.scene, fmt, title, page.versions.comparing, changes)


@contextmanager
def _relabelled(page, show_names: bool):
    """Relabel the scene for an export: codes and roles, and every other text
    of the drawing (snapshot title, change list) through the case's register."""
    from legato_desk.model.pseudonyms import person_label
    from legato_desk.ui.map.compare import describe

    pseudonym = page.case.pseudonym
    if show_names:
        def redact(text):
            return text
    else:
        redact = page.names(page.case.id).register.redact

    def export_label(person):
        label = person_label(person, page.codes.get(person.uid, "P?"), pseudonym, show_names)
        return label.title, redact(label.detail)

    page.scene.relabel(export_label)
    changes = ()
    if page.versions.comparing and page.versions.diff is not None:
        changes = tuple((redact(line.text), line.change) for line in describe(
            page.versions.diff, lambda person: person_label(
                person, page.codes.get(person.uid, "P?"), pseudonym, show_names).text))
    try:
        yield page.tr("Relationship map · {case} · {version}{names}").format(
            case=pseudonym, version=redact(page.versions.title()),
            names="" if show_names else page.tr(" · pseudonymised")), changes
    finally:
        page.scene.relabel(page._label)


def ask_and_export(page) -> None:
    from PySide6.QtWidgets import QFileDialog

    from legato_desk.ui.map.dialogs import ExportDialog

    dialog = ExportDialog(page)
    accepted = dialog.exec()
    fmt, show = dialog.format.currentData(), dialog.show_names.isChecked()
    dialog.deleteLater()
    if not accepted:
        return
    path, _ = QFileDialog.getSaveFileName(
        page, page.tr("Export the map"), f"map-{page.case.code}.{fmt}",
        page.tr("PNG image (*.png)") if fmt == "png" else page.tr("SVG drawing (*.svg)"))
    if not path:
        return
    if not path.lower().endswith("." + fmt):
        path += "." + fmt
    if page._run(export_page, page, path, show) is not None:
        window = page.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(page.tr("Map exported."), 5000)

"""The map as a PNG or SVG file, with its legend and a title line, or as GraphML.

The page relabels the scene before calling ``export_map`` (pseudonyms by
default) and restores it afterwards; here the scene is painted as shown,
without selection marks, with item caches off so SVG stays vector, and in a
light print palette whatever the screen uses.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QCoreApplication,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPalette
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QGraphicsItem

from legato_desk.ui.map import style
from legato_desk.ui.map.legend import legend_size, paint_legend

TITLE_H = 40
PAD = 16
CHANGES_W = 340.0


def _tr(text: str) -> str:
    """The page's texts written here (the extractor reads this wrapper's callers)."""
    return QCoreApplication.translate("MapPage", text)


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
    """Light palette, no selection marks, no item caches (SVG stays vector), every
    zigzag a mitred polyline whatever the zoom on screen."""
    shown_palette = scene.palette()
    fine = scene.fine_ties
    scene.set_fine_ties(True)
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
        scene.set_fine_ties(fine)


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
    scene.resolve_labels()  # a crowded label may show at the export's scale
    scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
    paint_legend(painter, QPointF(target.right() + PAD, target.top()), scene.palette(),
                 legend.width(), 1, comparing)
    if changes:
        _paint_changes(painter, QPointF(target.right() + 2 * PAD + legend.width(), target.top()),
                       changes, scene.palette())


def export_page(page, path, show_names: bool = False, *, recipient: str = "",
                ground: str | None = None) -> Path:
    """Export what the page shows (PNG, SVG or GraphML by the suffix), relabelled for
    people outside the vault, and log it in the case's sharing log.

    The log entry is checked before anything is written (a file with real
    names needs ``recipient`` and ``ground``) and stored once the file exists.
    """
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in ("png", "svg", "graphml"):
        raise ValueError(f"unknown export format {fmt!r}")
    log = dict(fmt=fmt, real_names=show_names, recipient=recipient, ground=ground,
               what=_version_words(page))
    page.maps.record_export(page.case.id, check_only=True, **log)
    if fmt == "graphml":
        from legato_desk.reports.graphml import write_graphml

        write_graphml(path, graphml_bytes(page, show_names))
        out = path
    else:
        with _relabelled(page, show_names) as (title, changes):
            out = export_map(page.scene, path, title, page.versions.comparing, changes)
    page.maps.record_export(page.case.id, **log)
    return out


def _version_words(page) -> str:
    """Which version left, for the sharing log (stored, so in English like the PDF's)."""
    if page.versions.comparing:
        return "comparison of two versions (the newer one)"
    if page.versions.is_live:
        return "current map"
    snap = next((s for s in page.versions.snapshots
                 if s.id == page.versions.shown.currentData()), None)
    return f"snapshot of {snap.taken_on.isoformat()}" if snap else "snapshot"


def graphml_bytes(page, show_names: bool = False) -> bytes:
    """The version shown as GraphML: pseudonymised by default (codes and roles
    through the case's register, no names, notes or sources; never the aliases
    or the index client's real name)."""
    from legato_desk.reports.graphml import export_graphml, export_labels

    register = page.names(page.case.id).register
    codes = {p.id: page.codes.get(p.uid, "P?") for p in page.state.persons}
    labels = export_labels(page.state.persons, codes, page.case.pseudonym,
                           show_names=show_names, redact=register.redact)
    return export_graphml(page.state, labels, pseudonymise=not show_names, names=register)


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
        yield _tr("Relationship map · {case} · {version}{names}").format(
            case=pseudonym, version=redact(page.versions.title()),
            names="" if show_names else _tr(" · pseudonymised")), changes
    finally:
        page.scene.relabel(page._label)


FILTERS = {"png": QT_TRANSLATE_NOOP("MapPage", "PNG image (*.png)"),
           "svg": QT_TRANSLATE_NOOP("MapPage", "SVG drawing (*.svg)"),
           "graphml": QT_TRANSLATE_NOOP("MapPage", "GraphML network (*.graphml)")}


def ask_and_export(page) -> None:
    from PySide6.QtWidgets import QFileDialog

    from legato_desk.ui.map.dialogs import ExportDialog

    dialog = ExportDialog(page)
    accepted = dialog.exec()
    choice = dialog.choice()
    dialog.deleteLater()
    if not accepted:
        return
    fmt = choice.pop("fmt")
    path, _ = QFileDialog.getSaveFileName(
        page, _tr("Export the map"), f"map-{page.case.code}.{fmt}",
        _tr(FILTERS[fmt]))
    if not path:
        return
    if not path.lower().endswith("." + fmt):
        path += "." + fmt
    if page._run(export_page, page, path, **choice) is not None:
        window = page.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(_tr("Map exported."), 5000)

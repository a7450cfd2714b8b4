"""The map as a PNG or SVG file, with its legend and a title line.

The page relabels the scene before calling ``export_map`` (pseudonyms by
default) and restores it afterwards; here the scene is painted as shown,
without selection marks, and with item caches off so SVG stays vector.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QGraphicsItem

from legato_desk.ui.map import style
from legato_desk.ui.map.legend import legend_size, paint_legend

TITLE_H = 40
PAD = 16


def export_map(scene, path: Path, title: str, comparing: bool = False) -> Path:
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in ("png", "svg"):
        raise ValueError(f"unknown export format {fmt!r}")
    source = scene.sceneRect()
    legend = legend_size(1, comparing)
    width = int(source.width() + legend.width() + 3 * PAD)
    height = int(max(source.height(), legend.height()) + TITLE_H + 2 * PAD)
    selected = scene.selectedItems()
    current = scene.current_tie
    scene.clearSelection()
    scene.set_current_tie(None)
    items = scene.items()
    modes = [item.cacheMode() for item in items]
    for item in items:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        if fmt == "png":
            ratio = 2
            image = QImage(QSize(width * ratio, height * ratio), QImage.Format.Format_ARGB32)
            image.setDevicePixelRatio(ratio)
            image.fill(style.role(scene.palette(), "Window"))
            painter = QPainter(image)
            _paint(painter, scene, source, legend, width, height, title, comparing)
            painter.end()
            if not image.save(str(path), "PNG"):
                raise OSError(f"could not write {path.name}")
        else:
            generator = QSvgGenerator()
            generator.setFileName(str(path))
            generator.setSize(QSize(width, height))
            generator.setViewBox(QRectF(0, 0, width, height))
            generator.setTitle("Relationship map")
            generator.setDescription("Exported from legato-desk")
            painter = QPainter(generator)
            painter.fillRect(QRectF(0, 0, width, height),
                             style.role(scene.palette(), "Window"))
            _paint(painter, scene, source, legend, width, height, title, comparing)
            painter.end()
    finally:
        for item, mode in zip(items, modes):
            item.setCacheMode(mode)
        for item in selected:
            item.setSelected(True)
        scene.set_current_tie(current)
    return path


def _paint(painter, scene, source: QRectF, legend: QSize, width, height, title,
           comparing) -> None:
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

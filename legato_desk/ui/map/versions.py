"""Which version of the map is shown: now, a snapshot, or a comparison.

The bar holds two combos ("Show" and "Compare with"); the banner says
clearly when the map is read-only; the changes list puts a comparison into
words. A comparison always runs from the earlier version to the later one,
and the canvas shows the later one.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from legato_desk.model.map_diff import diff_maps
from legato_desk.ui.map import style
from legato_desk.ui.map.compare import describe

NOW = "now"
NOTHING = "nothing"
# Never None as item data: in PySide6 6.12 on Python 3.11 reading a None
# QVariant back (currentData) drops a reference to None each time.


def _dot(colour: QColor) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


class VersionBar(QObject):
    changed = Signal()
    change_chosen = Signal(str, bool)  # uid, is_tie

    def __init__(self, page):
        super().__init__(page)
        self._page = page
        self.maps = None
        self.case_id = None
        self.snapshots = []
        self.diff = None  # of the comparison shown
        self._frozen: dict = {}  # snapshot id -> MapState
        self.shown = QComboBox()
        self.shown.setAccessibleName(self.tr("Version of the map to show"))
        self.shown.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.other = QComboBox()
        self.other.setAccessibleName(self.tr("Version to compare with"))
        self.other.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.shown.activated.connect(lambda _: self.changed.emit())
        self.other.activated.connect(lambda _: self.changed.emit())
        self.bar = QWidget()
        row = QHBoxLayout(self.bar)
        row.setContentsMargins(6, 0, 6, 0)
        for text, combo in ((self.tr("Sho&w:"), self.shown),
                            (self.tr("Compare with:"), self.other)):
            label = QLabel(text)
            label.setBuddy(combo)
            row.addWidget(label)
            row.addWidget(combo)

        self.banner = QFrame()
        self.banner.setAutoFillBackground(True)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_text.setAccessibleName(self.tr("Map version notice"))
        self.back = QPushButton(self.tr("Back to the c&urrent map"))
        self.back.clicked.connect(self.back_to_now)
        self.delete = QPushButton(self.tr("Delete this snapshot…"))
        self.delete.clicked.connect(self._delete_snapshot)
        line = QHBoxLayout(self.banner)
        line.setContentsMargins(10, 6, 10, 6)
        line.addWidget(self.banner_text, 1)
        line.addWidget(self.delete)
        line.addWidget(self.back)
        self.banner.hide()

        self.changes = QWidget()
        self.change_list = QListWidget()
        self.change_list.setAccessibleName(self.tr("Changes between the two versions"))
        self.change_list.setWordWrap(True)
        self.change_list.currentItemChanged.connect(self._chosen)
        self.change_heading = QLabel()
        self.change_heading.setWordWrap(True)
        col = QVBoxLayout(self.changes)
        col.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Chan&ges:"))
        label.setBuddy(self.change_list)
        col.addWidget(self.change_heading)
        col.addWidget(label)
        col.addWidget(self.change_list, 1)

    # -- versions ------------------------------------------------------------------

    def set_case(self, maps, case_id: int) -> None:
        self.maps, self.case_id = maps, case_id
        self._frozen = {}
        self._fill(NOW, NOTHING)
        self.changed.emit()

    def refresh(self) -> None:
        self._fill(self._value(self.shown), self._value(self.other))
        self.changed.emit()

    def clear(self) -> None:
        self.maps = self.case_id = None
        self.snapshots = []
        self._frozen = {}
        self.diff = None
        self.shown.clear()
        self.other.clear()
        self.change_list.clear()
        self.banner.hide()

    def _fill(self, shown, other) -> None:
        self.snapshots = self.maps.snapshots(self.case_id) if self.maps else []
        for combo, first in ((self.shown, None), (self.other, self.tr("— nothing —"))):
            combo.clear()
            if first:
                combo.addItem(first, NOTHING)
            combo.addItem(self.tr("Now (current map)"), NOW)
            for snap in reversed(self.snapshots):
                combo.addItem(f"{snap.taken_on:%d.%m.%Y} · {snap.label}", snap.id)
        for combo, value in ((self.shown, shown), (self.other, other)):
            index = combo.findData(value)
            combo.setCurrentIndex(max(index, 0))

    def back_to_now(self) -> None:
        self.shown.setCurrentIndex(self.shown.findData(NOW))
        self.other.setCurrentIndex(0)
        self.changed.emit()

    def show_version(self, shown, other=NOTHING) -> None:
        """Choose versions by value: NOW or a snapshot id (for other: NOTHING too)."""
        self._fill(shown, other)
        self.shown.setCurrentIndex(max(self.shown.findData(shown), 0))
        self.other.setCurrentIndex(max(self.other.findData(other), 0))
        self.changed.emit()

    @property
    def comparing(self) -> bool:
        other = self._value(self.other)
        return other != NOTHING and other != self._value(self.shown)

    def _value(self, combo):
        if combo.count():
            return combo.currentData()
        return NOW if combo is self.shown else NOTHING

    @property
    def is_live(self) -> bool:
        return self._value(self.shown) == NOW and not self.comparing

    def _order(self, value) -> tuple:
        if value == NOW:
            return (1, 0, 0)
        snap = next(s for s in self.snapshots if s.id == value)
        return (0, snap.taken_on, snap.id)

    def _state(self, value):
        if value == NOW:
            return self.maps.state(self.case_id)
        if value not in self._frozen:  # snapshots never change: read each once
            self._frozen[value] = self.maps.snapshot_state(value)
        return self._frozen[value]

    def everyone(self, state) -> list:
        """Everyone on ``state`` or on any snapshot, once each (by uid).

        Pseudonym codes are numbered over this list, so a person keeps their
        code in every export of the case, also after leaving the map.
        """
        persons = {p.uid: p for p in state.persons}
        for p in self.maps.snapshot_persons(self.case_id):
            persons.setdefault(p.uid, p)
        return list(persons.values())

    def _pair(self):
        a, b = self._value(self.shown), self._value(self.other)
        return (b, a) if self._order(b) <= self._order(a) else (a, b)

    def states(self):
        """(the state to draw, the earlier state it is compared with or None)."""
        if not self.comparing:
            self._update_banner()
            return self._state(self._value(self.shown)), None
        old, new = self._pair()
        self._update_banner()
        return self._state(new), self._state(old)

    def name(self, value) -> str:
        if value == NOW:
            return self.tr("now")
        snap = next(s for s in self.snapshots if s.id == value)
        return self.tr("“{label}” ({date})").format(label=snap.label,
                                                     date=f"{snap.taken_on:%d.%m.%Y}")

    def title(self) -> str:
        if self.comparing:
            old, new = self._pair()
            return self.tr("changes from {old} to {new}").format(
                old=self.name(old), new=self.name(new))
        value = self._value(self.shown)
        return self.tr("as of {date}").format(date=self._page.today()) if value == NOW else self.tr("snapshot {name}").format(name=self.name(value))

    def _update_banner(self) -> None:
        value = self._value(self.shown)
        if self.comparing:
            old, new = self._pair()
            text = self.tr("<b>Comparing</b> {old} → {new}. Read-only: what changed is "
                           "highlighted on the map and listed on the right; persons who are "
                           "no longer on the map are shown ghosted.").format(
                old=self.name(old), new=self.name(new))
        elif value != NOW:
            text = self.tr("<b>Snapshot {name}</b> — a frozen version of the map, shown "
                           "read-only.").format(name=self.name(value))
        else:
            self.banner.hide()
            return
        self.banner_text.setText(text)
        self.delete.setVisible(not self.comparing)
        palette = self.banner.palette()
        base = palette.color(QPalette.ColorRole.Window)
        palette.setColor(QPalette.ColorRole.Window, style.mix(base, QColor("#f2b01e"), 0.35))
        self.banner.setPalette(palette)
        self.banner.show()

    def _delete_snapshot(self) -> None:
        value = self._value(self.shown)
        if value == NOW:
            return
        answer = QMessageBox.question(
            self._page, self.tr("Delete snapshot"),
            self.tr("Delete the snapshot {name}? This cannot be undone.").format(
                name=self.name(value)))
        if answer == QMessageBox.StandardButton.Yes:
            self.maps.delete_snapshot(value)
            self._fill(NOW, NOTHING)
            self.changed.emit()

    # -- changes ---------------------------------------------------------------------

    def show_changes(self, old, new, name_of):
        diff = self.diff = diff_maps(old, new)
        self.change_list.blockSignals(True)
        self.change_list.clear()
        lines = describe(diff, name_of)
        for line in lines:
            item = QListWidgetItem(line.text)
            item.setData(Qt.ItemDataRole.UserRole, (line.uid, line.is_tie))
            item.setIcon(_dot(style.change_colour(line.change)))
            self.change_list.addItem(item)
        self.change_list.blockSignals(False)
        old_v, new_v = self._pair()
        self.change_heading.setText(
            self.tr("<b>From {old} to {new}</b>").format(old=self.name(old_v),
                                                         new=self.name(new_v))
            + "<br>" + (self.tr("One change.") if len(lines) == 1 else
                        self.tr("{n} changes.").format(n=len(lines)) if lines
                        else self.tr("Nothing changed.")))
        return diff

    def change_texts(self) -> list[str]:
        return [self.change_list.item(i).text() for i in range(self.change_list.count())]

    def _chosen(self, item, _previous=None) -> None:
        if item is not None:
            uid, is_tie = item.data(Qt.ItemDataRole.UserRole)
            self.change_chosen.emit(uid, is_tie)

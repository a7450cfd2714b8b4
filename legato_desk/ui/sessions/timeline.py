"""A case's timeline: every dated event of every source, with filters by kind.

Sources are callables ``(vault, case_id) -> [TimelineEvent]`` (see
``vault.timeline``); pass more with ``sources=`` or ``add_source``.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt, QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from legato_desk.model.keyclients import EndReason, Status
from legato_desk.model.progress import TimelineEvent
from legato_desk.model.safeguarding import DisclosureKind, FlagType, SharingGround
from legato_desk.model.session import Mode
from legato_desk.ui import theme
from legato_desk.ui.widgets.shown import RefreshedWhenShown
from legato_desk.ui.keyclients.labels import end_reason_name, status_name
from legato_desk.ui.safeguarding import labels as safeguarding_labels
from legato_desk.ui.sessions.labels import mode_name
from legato_desk.vault import timeline as vt


def _n(text: str) -> str:
    """Marks a table entry for translation (context "Timeline"); the lookup is later."""
    return QT_TRANSLATE_NOOP("Timeline", text)


# Unknown kinds are shown by their name, in grey.
KINDS = {  # kind -> (filter label, row label, colour)
    "session": (_n("Sessions"), _n("Session"), "#1f5fbf"),
    "addendum": (_n("Addenda"), _n("Addendum"), "#5d6d7e"),
    "snapshot": (_n("Map snapshots"), _n("Map snapshot"), "#2e7d32"),
    "key_client": (_n("Key-client decisions"), _n("Key-client"), "#b8860b"),
    "safeguarding": (_n("Safeguarding"), _n("Safeguarding"), "#c62828"),
    "plan": (_n("Goals and measures"), _n("Plan"), "#6a1b9a"),
}


_DISCLOSURE_KINDS = {DisclosureKind.DISCLOSURE: _n("information shared"),
                     DisclosureKind.EXPORT: _n("exported")}
_ENUM_WORDS = {
    Status: status_name, EndReason: end_reason_name,
    FlagType: safeguarding_labels.name, SharingGround: safeguarding_labels.name,
    DisclosureKind: lambda v: QCoreApplication.translate("Timeline", _DISCLOSURE_KINDS[v]),
}
_EVENT_WORDS = {  # the event codes of vault/timeline.py
    "candidate": _n("marked as a candidate"), "chosen": _n("chosen as key-client"),
    "raised": _n("flag raised"), "closed": _n("escalation closed"),
    "goal_set": _n("goal set"), "measure_done": _n("measure done"),
    "review_held": _n("plan reviewed"),
}


def event_words(part) -> str:
    """A timeline title or detail in words: enums and event codes translated."""
    if isinstance(part, tuple):
        return " · ".join(event_words(p) for p in part if p is not None)
    if isinstance(part, Enum):
        return _ENUM_WORDS.get(type(part), lambda v: str(v.value))(part)
    if part in _EVENT_WORDS:
        return QCoreApplication.translate("Timeline", _EVENT_WORDS[part])
    return part


def kind_label(kind: str, row: bool = False) -> str:
    names = KINDS.get(kind, (kind, kind))
    return QCoreApplication.translate("Timeline", names[1 if row else 0])


class TimelinePage(RefreshedWhenShown, QWidget):
    open_session = Signal(int)  # session id

    def __init__(self, vault, sources=None, parent=None):
        super().__init__(parent)
        self.vault = vault
        self.sources = list(vt.DEFAULT_SOURCES if sources is None else sources)
        self.events: list[TimelineEvent] = []
        self.filters: dict[str, QCheckBox] = {}
        self._stretched = False
        self.filter_row = QHBoxLayout()
        self.filter_row.addWidget(QLabel(self.tr("Show:")))
        for kind in KINDS:
            self._filter(kind)
        self.filter_row.addStretch(1)
        self._stretched = True
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Timeline"))
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("What"), self.tr("Who / title"),
                                   self.tr("Details")])
        header = self.tree.header()
        header.setStretchLastSection(True)
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._activated)
        self.empty = QLabel(self.tr("Nothing dated in this case yet."))
        layout = QVBoxLayout(self)
        layout.addLayout(self.filter_row)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)

    def add_source(self, source) -> None:
        self.sources.append(source)

    def _filter(self, kind: str) -> QCheckBox:
        box = QCheckBox(kind_label(kind))
        box.setChecked(True)
        box.toggled.connect(self._fill)
        self.filters[kind] = box
        # before the closing stretch once there is one
        self.filter_row.insertWidget(self.filter_row.count() - int(self._stretched), box)
        return box

    def refresh(self) -> None:
        self.events = vt.case_timeline(self.vault, self.case_id, self.sources)
        for kind in {e.kind for e in self.events} - set(self.filters):
            self._filter(kind)
        self._fill()

    def visible_kinds(self) -> set[str]:
        return {k for k, box in self.filters.items() if box.isChecked()}

    def _fill(self) -> None:
        kinds = self.visible_kinds()
        self.tree.clear()
        base = self.tree.palette().color(QPalette.ColorRole.Base)  # kinds' hues, legible on it
        shown = [e for e in self.events if e.kind in kinds]
        for ev in shown:
            title, detail = event_words(ev.title), event_words(ev.detail)
            if ev.kind == "session":
                signed = ev.ref[3] if len(ev.ref) > 3 else False
                title = " · ".join(x for x in (mode_name(Mode(ev.ref[2])), ev.title) if x)
                if not signed:
                    title += self.tr(" (not signed)")
            if ev.kind == "addendum":
                title = self.tr("to the session of {held}").format(held=ev.title)
            stamp = ev.at.strftime("%d.%m.%Y") if (ev.at.hour, ev.at.minute) == (0, 0) \
                else ev.at.strftime("%d.%m.%Y %H:%M")
            item = QTreeWidgetItem([stamp, kind_label(ev.kind, row=True), title, detail])
            item.setForeground(1, QBrush(theme.legible(KINDS.get(ev.kind, ("", "", "#777777"))[2], base)))
            item.setToolTip(3, detail)
            item.setData(0, Qt.ItemDataRole.UserRole, ev.ref)
            self.tree.addTopLevelItem(item)
        self.empty.setVisible(not shown)
        if shown:
            self.tree.scrollToItem(self.tree.topLevelItem(len(shown) - 1))

    def _activated(self, item: QTreeWidgetItem, _col: int) -> None:
        ref = item.data(0, Qt.ItemDataRole.UserRole) or ()
        if len(ref) >= 2 and ref[0] == "session":
            self.open_session.emit(ref[1])

    def flush(self) -> bool:
        return True

    def clear(self) -> None:
        self.case = None
        self.events = []
        self.tree.clear()

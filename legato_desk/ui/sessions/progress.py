"""Task overview and progress chart, for a whole case or one key-client.

``TaskOverviewWidget(vault, case_id, person_id)`` can be embedded anywhere
(e.g. a key-client's profile); ``ProgressPage`` is the case tab around it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPalette, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from legato_desk.model.palette import TASK_COLOURS
from legato_desk.model.session import Change, TaskGroup, TaskStatus
from legato_desk.ui import theme
from legato_desk.ui.widgets.shown import RefreshedWhenShown
from legato_desk.ui.sessions.chart import ProgressChart
from legato_desk.ui.sessions.editor import person_label
from legato_desk.ui.sessions.labels import group_name, status_name, task_name
from legato_desk.ui.sessions.page import map_persons

_STATUS_COLOURS = {TaskStatus.NOT_STARTED: "#8a8a8a", TaskStatus.IN_PROGRESS: "#1f5fbf",
                   TaskStatus.ACHIEVED: "#2e7d32", TaskStatus.PAUSED: "#b26a00"}


def _swatch(colour: str) -> QIcon:
    pix = QPixmap(10, 10)
    pix.fill(QColor(colour))
    return QIcon(pix)


class TaskOverviewWidget(QWidget):
    """The grounding and six tasks: status, last activity, next step; and the chart."""

    COLUMNS = 6

    def __init__(self, vault, case_id: int | None = None, person_id: int | None = None,
                 parent=None, *, chart: bool = True):
        super().__init__(parent)
        self.vault = vault
        self.case_id, self.person_id = case_id, person_id
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setAccessibleName(self.tr("Task overview"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move
        self.table.setHorizontalHeaderLabels([
            self.tr("Task"), self.tr("Status"), self.tr("Last activity"), self.tr("Sessions"),
            self.tr("Progress"), self.tr("Latest next step")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.chart = ProgressChart() if chart else None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if self.chart is not None:
            split = QSplitter(Qt.Orientation.Vertical)
            split.addWidget(self.table)
            split.addWidget(self.chart)
            split.setStretchFactor(0, 3)
            split.setStretchFactor(1, 2)
            layout.addWidget(split)
        else:
            layout.addWidget(self.table)
        if case_id is not None:
            self.refresh()

    def show_for(self, case_id: int, person_id: int | None = None) -> None:
        self.case_id, self.person_id = case_id, person_id
        self.refresh()

    def refresh(self) -> None:
        rows = self.vault.sessions.task_overview(self.case_id, self.person_id)
        self.table.setRowCount(0)
        group = None
        for row in rows:
            if row.task.group is not group:
                group = row.task.group
                self._add_heading(group)
            self._add_row(row)
        if self.chart is not None:
            self.chart.set_series(self.vault.sessions.progress(self.case_id, self.person_id))

    def _add_heading(self, group: TaskGroup) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        item = QTableWidgetItem(group_name(group))
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.table.setItem(r, 0, item)
        self.table.setSpan(r, 0, 1, self.COLUMNS)

    def _add_row(self, row) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        status = status_name(row.status, row.task)
        if row.last_change is Change.REOPENED:
            status += self.tr(" (again)")
        if row.setbacks:
            status += self.tr(" · {n} setback(s)").format(n=row.setbacks)
        if row.from_profile:  # no session yet: the key-client profile's word (task_state)
            status += self.tr(" (key-client profile)")
        cells = [
            task_name(row.task), status,
            row.last_activity.strftime("%d.%m.%Y") if row.last_activity else "–",
            str(row.sessions) if row.sessions else "–",
            f"{row.last_rating}/5" if row.last_rating else "–",
            row.next_step or "",
        ]
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if c == 0:
                item.setIcon(_swatch(TASK_COLOURS[row.task]))
            if c == 1:
                base = self.table.palette().color(QPalette.ColorRole.Base)
                item.setForeground(QBrush(theme.legible(_STATUS_COLOURS[row.status], base)))
            if c == 5:
                item.setToolTip(text)
            self.table.setItem(r, c, item)


WHOLE_CASE = 0  # never None in a combo's data (see rows.NOT_RATED)


class ProgressPage(RefreshedWhenShown, QWidget):
    """The case tab: choose the whole case or one key-client."""

    def __init__(self, vault, candidates_provider=None, parent=None):
        super().__init__(parent)
        self.vault = vault
        self.candidates = candidates_provider or map_persons(vault)
        self.who = QComboBox()
        self.who.setAccessibleName(self.tr("Whose progress"))
        self.who.activated.connect(lambda _i: self.refresh())
        label = QLabel(self.tr("Sho&w:"))
        label.setBuddy(self.who)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.who)
        top.addStretch(1)
        self.overview = TaskOverviewWidget(vault)
        self.views: list = []  # shown under the overview, following the choice (add_view)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(self.overview)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.split, 1)

    def add_view(self, view: QWidget, name: str = "") -> None:
        """Another feature's view under the chart (the contact plan): it gets
        ``show_for(case_id, person_id or None)`` with the choice, and ``clear()``.
        It scrolls rather than making the window taller (``name``: the scroll
        area's, which takes Tab focus)."""
        self.views.append(view)
        area = QScrollArea()
        area.setAccessibleName(name)
        area.setWidget(view)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.split.addWidget(area)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(self.split.indexOf(area), 2)

    def refresh(self) -> None:
        keep = self.who.currentData() if self.who.count() else WHOLE_CASE
        self.who.clear()
        self.who.addItem(self.tr("The whole case"), WHOLE_CASE)
        for person in self.candidates(self.case_id):
            self.who.addItem(person_label(person), person.id)
        self.who.setCurrentIndex(max(0, self.who.findData(keep)))
        self.overview.show_for(self.case_id, self.who.currentData() or None)
        for view in self.views:
            view.show_for(self.case_id, self.who.currentData() or None)

    def flush(self) -> bool:
        return True

    def clear(self) -> None:
        self.case = None
        self.who.clear()
        self.overview.table.setRowCount(0)
        if self.overview.chart is not None:
            self.overview.chart.set_series({})
        for view in self.views:
            view.clear()

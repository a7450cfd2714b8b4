"""The case workspace's Search tab: one search over everything written in the case.

Words, a task (grounding or one of the six), a person of the map and a date
range narrow it, together or alone. Activating a hit asks (``open_requested``)
for the place it came from; ``install.py`` knows the tabs that show it.
"""

from __future__ import annotations

from datetime import date, datetime
from html import escape
from typing import Callable

from PySide6.QtCore import QDate, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from legato_desk.model.case import Case
from legato_desk.model.progress import split_highlights
from legato_desk.model.search import TASK_CHOICES, CaseHit, SearchFilter
from legato_desk.model.session import Task
from legato_desk.ui.messages import error_text
from legato_desk.ui.search.labels import kind_name, part_name
from legato_desk.ui.sessions.labels import task_name
from legato_desk.ui.widgets.snippet import snippet_html

TYPING_PAUSE_MS = 200
SHOWN = 50  # rows drawn at most: each is a rich-text label (200 took 110 ms to draw)


def _buddy(text: str, field: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(field)
    return label


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def when_text(on) -> str:
    if on is None:
        return ""
    return on.strftime("%d.%m.%Y %H:%M") if isinstance(on, datetime) else on.strftime("%d.%m.%Y")


class CaseSearchPage(QWidget):
    open_requested = Signal(object)  # the CaseHit activated

    def __init__(self, vault, today: Callable[[], date] = date.today, parent=None):
        super().__init__(parent)
        self.vault = vault
        self._today = today
        self.case: Case | None = None
        self.hits: list[CaseHit] = []

        self.field = QLineEdit()
        self.field.setAccessibleName(self.tr("Search this case"))
        self.field.setPlaceholderText(self.tr(
            "Words from anything written in this case, e.g. apprenticeship"))
        self.field.setClearButtonEnabled(True)
        self.task = QComboBox()
        self.task.setAccessibleName(self.tr("Grounding or task"))
        self.task.addItem(self.tr("Any task"), None)
        self.task.addItem(self.tr("Grounding"), "grounding")
        for task in Task:
            if task.value in TASK_CHOICES:
                self.task.addItem(task_name(task), task.value)
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Person on the map"))
        self.person.addItem(self.tr("Anyone"), None)
        self.person.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.person.setMinimumContentsLength(18)  # long names are cut, not the window
        self.dated = QCheckBox(self.tr("Dated &within:"))
        self.dated.setToolTip(self.tr(
            "Only texts dated in this range (sessions, key-client decisions, safeguarding, "
            "sharing, factor sheets, referrals, goals, measures by when they are due, plan "
            "reviews, case conferences, the release); the summary, intake, map and "
            "wind-down note have no date."))
        self.since, self.until = QDateEdit(), QDateEdit()
        for edit, name in ((self.since, self.tr("From date")),
                           (self.until, self.tr("Until date"))):
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _d: self.run())
        self.dated.toggled.connect(self._dated_toggled)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setAlternatingRowColors(True)
        self.results.itemActivated.connect(self._activated)
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Search message"))
        self.message.setWordWrap(True)

        self._timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run)
        self.field.textChanged.connect(lambda _t: self._timer.start())
        self.field.returnPressed.connect(self._enter)
        self.task.currentIndexChanged.connect(lambda _i: self.run())
        self.person.currentIndexChanged.connect(lambda _i: self.run())

        grid = QGridLayout()  # three short rows: it fits a screen at 200 %
        grid.addWidget(_buddy(self.tr("Search te&xt:"), self.field), 0, 0)
        grid.addWidget(self.field, 0, 1, 1, 4)
        grid.addWidget(_buddy(self.tr("&Grounding or task:"), self.task), 1, 0)
        grid.addWidget(self.task, 1, 1)
        grid.addWidget(_buddy(self.tr("Person on the &map:"), self.person), 1, 2)
        grid.addWidget(self.person, 1, 3)
        dates = QHBoxLayout()
        dates.addWidget(self.since)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.until)
        dates.addStretch(1)
        grid.addWidget(self.dated, 2, 0)
        grid.addLayout(dates, 2, 1, 1, 3)
        grid.setColumnStretch(4, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(self.results, 1)
        for a, b in ((self.field, self.task), (self.task, self.person),
                     (self.person, self.dated), (self.dated, self.since),
                     (self.since, self.until), (self.until, self.results)):
            QWidget.setTabOrder(a, b)
        self._show_message()

    # -- the workspace's page protocol ------------------------------------------------

    def show_case(self, case: Case) -> None:
        if self.case is None or self.case.id != case.id:
            self._blocked(lambda: self._reset(case))
        self.case = case
        self._fill_persons()
        self.run()

    def flush(self) -> bool:
        return True

    def clear(self) -> None:
        self._timer.stop()
        self.case = None
        self._blocked(lambda: (self.field.clear(), self.person.clear(),
                               self.person.addItem(self.tr("Anyone"), None)))
        self.hits = []
        self.results.clear()
        self._show_message()

    def showEvent(self, event) -> None:
        """Other tabs change the case's texts and its map: searched afresh when shown."""
        super().showEvent(event)
        if self.case is not None:
            self._fill_persons()
            self.run()

    # -- searching ----------------------------------------------------------------------

    def current_filter(self) -> SearchFilter:
        choice = self.task.currentData()
        since = until = None
        if self.dated.isChecked():
            since, until = self.since.date().toPython(), self.until.date().toPython()
        return SearchFilter(tasks=TASK_CHOICES.get(choice, frozenset()),
                            person_id=self.person.currentData(), since=since, until=until)

    def run(self) -> None:
        self._timer.stop()
        if self.case is None:
            return
        where = self.current_filter()
        self.results.clear()
        self.hits = []
        if where.since and where.until and where.since > where.until:
            self.message.setText(self.tr("The first date is after the second: choose a "
                                         "range that starts before it ends."))
            return
        try:
            result = self.vault.search.search(self.case.id, self.field.text(), where,
                                              limit=SHOWN)
        except Exception as exc:
            self.message.setText(error_text(exc))
            return
        self.hits = result.hits
        for hit in result.hits:
            self._add_row(hit)
        self._show_message(result.total, where.active)

    def _add_row(self, hit: CaseHit) -> None:
        what = [kind_name(hit.kind), *(task_name(t) for t in hit.tasks),
                part_name(hit.kind, hit.part)]
        about = " · ".join(x for x in (when_text(hit.on), ", ".join(filter(None, hit.persons)))
                           if x)
        head = f"<b>{escape(' · '.join(x for x in what if x))}</b>"
        if about:
            head += f" — {escape(about)}"
        label = QLabel(f"{head}<br>{snippet_html(hit.snippet)}")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setContentsMargins(4, 3, 4, 3)
        item = QListWidgetItem()
        # What a screen reader says for the row: the label's words, without markup.
        spoken = " ".join(t for t, _on in split_highlights(" ".join(hit.snippet.split())))
        item.setData(Qt.ItemDataRole.AccessibleTextRole,
                     " · ".join(x for x in (*what, about, spoken) if x))
        width = max(240, self.results.viewport().width() - 8)
        item.setSizeHint(QSize(width, label.heightForWidth(width)))
        self.results.addItem(item)
        self.results.setItemWidget(item, label)

    def _show_message(self, total: int | None = None, filtered: bool = False) -> None:
        if total is None or (not self.field.text().strip() and not filtered):
            self.message.setText(self.tr(
                "Type a word, or choose a task, a person or dates, to search everything "
                "written in this case: sessions, summary, intake, map, key-clients, "
                "safeguarding, sharing log, factor sheets, referrals, goals and measures, "
                "case conferences and the release."))
        elif total == 0:
            self.message.setText(self.tr("Nothing in this case matches these words and "
                                         "filters.") if filtered else
                                 self.tr("Nothing in this case matches these words."))
        elif total > len(self.hits):
            self.message.setText(self.tr("Texts found: {n}; the first {shown} are listed. "
                                         "More words or a filter narrow it.")
                                 .format(n=total, shown=len(self.hits)))
        else:
            self.message.setText(self.tr("Texts found: {n}. Enter or double-click opens one.")
                                 .format(n=total))

    # -- keyboard and opening ---------------------------------------------------------------

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Down and self.field.hasFocus() and self.results.count():
            self._to_results()
            return
        super().keyPressEvent(event)

    def _enter(self) -> None:
        self.run()
        if self.results.count():
            self._to_results()

    def _to_results(self) -> None:
        self.results.setFocus()
        self.results.setCurrentRow(0)

    def _activated(self, item: QListWidgetItem) -> None:
        row = self.results.row(item)  # rows stand in the order of self.hits
        if 0 <= row < len(self.hits):
            self.open_requested.emit(self.hits[row])

    # -- helpers ------------------------------------------------------------------------------

    def _reset(self, case: Case) -> None:
        self.field.clear()
        self.task.setCurrentIndex(0)
        self.dated.setChecked(False)
        self.since.setDate(_qdate(case.opened_on))
        self.until.setDate(_qdate(max(self._today(), case.opened_on)))

    def _fill_persons(self) -> None:
        """The map's persons, the index client first; the chosen one stays chosen."""
        chosen = self.person.currentData()
        persons = sorted(self.vault.maps.persons(self.case.id),
                         key=lambda p: (not p.is_index, (p.name or p.role).casefold()))
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("Anyone"), None)
        for p in persons:
            if p.is_index:
                text = self.tr("{name} (index client)").format(name=self.case.pseudonym)
            else:
                text = " · ".join(x for x in (p.name, p.role) if x) or "?"
            self.person.addItem(text, p.id)
        index = self.person.findData(chosen)
        self.person.setCurrentIndex(max(index, 0))
        self.person.blockSignals(False)

    def _dated_toggled(self, on: bool) -> None:
        self.since.setEnabled(on)
        self.until.setEnabled(on)
        self.run()

    def _blocked(self, change) -> None:
        widgets = (self.field, self.task, self.person, self.dated, self.since, self.until)
        for w in widgets:
            w.blockSignals(True)
        try:
            change()
        finally:
            for w in widgets:
                w.blockSignals(False)
        self.since.setEnabled(self.dated.isChecked())
        self.until.setEnabled(self.dated.isChecked())

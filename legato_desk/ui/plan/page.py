"""The Goals and measures tab: the case's intervention plan (model/plan.py).

Top to bottom, in Tab order: when the plan started and how the work should
wind down, the goals, the measures agreed, the reviews. Return on a row
changes it, Delete removes it; every change is undone with Ctrl+Z.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Callable

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from legato_desk.model.case import Case
from legato_desk.model.plan import WIND_DOWN_MAX, Plan, WhoKind
from legato_desk.ui.messages import error_text
from legato_desk.ui.plan import labels
from legato_desk.ui.plan.commands import PlanCommands
from legato_desk.ui.plan.dialogs import GoalDialog, MeasureDialog, ReviewDialog
from legato_desk.ui.sessions.editor import DateField, person_label
from legato_desk.ui.widgets.error_line import error_line


def _day(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else "–"


def _heading(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(f"<b>{text}</b>")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setBuddy(buddy)
    return label


class _Rows(QTableWidget):
    """A read-only table of one kind of entry; Return changes, Delete removes."""

    def __init__(self, headers: list[str], name: str, stretch: int, edit, remove):
        super().__init__(0, len(headers))
        self.setHorizontalHeaderLabels(headers)
        self.setAccessibleName(name)
        self.setTabKeyNavigation(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        # Rows follow their wrapped text as the columns change width: sized once,
        # while the page was still hidden and narrow, they stayed many lines tall.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setWordWrap(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.entries: list = []
        if edit is not None:
            self.activated.connect(lambda _i: edit())
        self._remove = remove

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Delete:
            self._remove()
            return
        super().keyPressEvent(event)

    def fill(self, entries: list, cells: Callable[[object], list[str]]) -> None:
        chosen = self.selected()
        chosen_id = chosen.id if chosen is not None else None
        self.entries = list(entries)
        self.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            for col, text in enumerate(cells(entry)):
                self.setItem(row, col, QTableWidgetItem(text))
            if entry.id == chosen_id:
                self.selectRow(row)
        self.resizeRowsToContents()
        # Up to eight rows where there is room (the hint), three at least (the
        # minimum): a minimum that grew with the rows pushed the main window past a
        # 200 % screen once a plan held a few goals and measures.
        self._lines = max(3, min(len(self.entries), 8)) + 1
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 24)
        self.updateGeometry()

    _lines = 4

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.fontMetrics().lineSpacing() * self._lines + 24)

    def selected(self):
        row = self.currentRow()
        if not self.selectionModel().hasSelection() or not 0 <= row < len(self.entries):
            return None
        return self.entries[row]

    def choose(self, entry_id: int) -> bool:
        """Select the entry of that id, scrolled to, the cursor in the table."""
        for row, entry in enumerate(self.entries):
            if entry.id == entry_id:
                self.selectRow(row)
                self.scrollToItem(self.item(row, 0))
                self.setFocus()
                return True
        return False


class PlanPage(QWidget):
    changed = Signal(int)

    def __init__(self, vault, undo_stack, today: Callable[[], date] = date.today,
                 parent=None):
        super().__init__(parent)
        self.vault, self._today = vault, today
        self.case: Case | None = None
        self.plan: Plan | None = None
        self.commands = PlanCommands(vault, undo_stack, self)
        self.commands.changed.connect(self._changed)
        self.commands.failed.connect(self._show_message)

        intro = QLabel(self.tr(
            "The plan agreed after the needs assessment: the goals, the measures to reach "
            "them (who does what by when) and the reviews held. Each goal's state is set at "
            "a review or at the ending."))
        intro.setWordWrap(True)
        self.started_on = DateField()
        self.started_on.setDisplayFormat("dd.MM.yyyy")
        self.started_on.setCalendarPopup(True)
        self.started_on.setAccessibleName(self.tr("Plan started on"))
        self.started_on.editingFinished.connect(self._plan_edited)
        self.wind_down = QLineEdit()
        self.wind_down.setMaxLength(WIND_DOWN_MAX)
        self.wind_down.setAccessibleName(self.tr("How and when the work should wind down"))
        self.wind_down.setPlaceholderText(self.tr(
            "How and when the work should wind down, e.g. fewer talks from autumn, then "
            "an open door (optional)"))
        self.wind_down.editingFinished.connect(self._plan_edited)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Plan started on:")))
        top.addWidget(self.started_on)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Winding down:")))
        top.addWidget(self.wind_down, 1)

        self.goals = _Rows([self.tr("Set on"), self.tr("Goal"), self.tr("State")],
                           self.tr("Goals"), 1, self.edit_goal, self.remove_goal)
        self.add_goal_button = QPushButton(self.tr("Add a goal…"))
        self.add_goal_button.clicked.connect(self.add_goal)
        self.edit_goal_button = QPushButton(self.tr("Change…"))
        self.edit_goal_button.clicked.connect(self.edit_goal)
        self.remove_goal_button = QPushButton(self.tr("Remove"))
        self.remove_goal_button.clicked.connect(self.remove_goal)

        self.measures = _Rows([self.tr("By when"), self.tr("What"), self.tr("Who"),
                               self.tr("State"), self.tr("Goal")], self.tr("Measures"), 1,
                              self.edit_measure, self.remove_measure)
        self.add_measure_button = QPushButton(self.tr("Add a &measure…"))
        self.add_measure_button.clicked.connect(self.add_measure)
        self.edit_measure_button = QPushButton(self.tr("Change…"))
        self.edit_measure_button.clicked.connect(self.edit_measure)
        self.remove_measure_button = QPushButton(self.tr("Remove"))
        self.remove_measure_button.clicked.connect(self.remove_measure)
        self.take_over_button = QPushButton(self.tr("&Take over from a case conference…"))
        self.take_over_button.setMenu(QMenu(self.take_over_button))

        self.reviews = _Rows([self.tr("Held on"), self.tr("Note")], self.tr("Reviews"), 1,
                             None, self.remove_review)
        self.review_button = QPushButton(self.tr("Hold a revie&w…"))
        self.review_button.clicked.connect(self.hold_review)
        self.remove_review_button = QPushButton(self.tr("Remove"))
        self.remove_review_button.clicked.connect(self.remove_review)
        self.last_review = QLabel()
        self.last_review.setWordWrap(True)

        self.message = error_line()

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.message)
        for title, table, buttons in (
                (self.tr("Goals"), self.goals, (self.add_goal_button, self.edit_goal_button,
                                                self.remove_goal_button)),
                (self.tr("Measures agreed"), self.measures, (
                    self.add_measure_button, self.take_over_button,
                    self.edit_measure_button, self.remove_measure_button)),
                (self.tr("Reviews"), self.reviews, (self.review_button,
                                                    self.remove_review_button))):
            bar = QHBoxLayout()
            bar.addWidget(_heading(title, table), 1)
            if table is self.reviews:
                bar.addWidget(self.last_review, 3)
            for button in buttons:
                bar.addWidget(button)
            layout.addLayout(bar)
            layout.addWidget(table, 2 if table is self.measures else 1)  # the longest
            table.itemSelectionChanged.connect(self._enable)
        self._enable()

    # -- the case ----------------------------------------------------------------------

    def show_case(self, case: Case) -> None:
        self.case = case
        self.message.clear()
        self.reload()

    def reload(self) -> None:
        if self.case is None:
            return
        self.plan = plan = self.vault.plan.get(self.case.id)
        self._persons = {p.id: p for p in self.vault.maps.persons(self.case.id)}
        self.started_on.blockSignals(True)
        self.started_on.setMaximumDate(QDate(self._today()))
        self.started_on.setDate(QDate(plan.started_on))
        self.started_on.blockSignals(False)
        self.wind_down.setText(plan.wind_down)
        if not self.wind_down.hasFocus():  # a long note shows its beginning, not its end
            self.wind_down.setCursorPosition(0)
        self.goals.fill(plan.goals, lambda g: [_day(g.set_on), g.text, labels.name(g.state)])
        self.measures.fill(plan.measures, lambda m: [
            _day(m.due_on), m.what, self.who_text(m), labels.name(m.state),
            (plan.goal(m.goal_id).text if plan.goal(m.goal_id) else "")])
        self.reviews.fill(list(reversed(plan.reviews)), lambda r: [_day(r.held_on), r.note])
        self._fill_conferences()
        last = plan.last_review
        self.last_review.setText(self.tr("Last review: {day}").format(day=_day(last.held_on))
                                 if last else self.tr("No review held yet."))
        self._enable()

    _persons: dict = {}

    def who_text(self, measure) -> str:
        """The counsellor, a person of the map with their role, or the name as kept."""
        if measure.who_kind is WhoKind.COUNSELLOR:
            return labels.counsellor()
        person = self._persons.get(measure.person_id)
        return person_label(person) if person is not None else measure.who

    def _enable(self) -> None:
        has_case = self.case is not None
        for widget in (self.started_on, self.wind_down, self.add_goal_button,
                       self.add_measure_button, self.take_over_button, self.review_button):
            widget.setEnabled(has_case)
        for table, buttons in ((self.goals, (self.edit_goal_button, self.remove_goal_button)),
                               (self.measures, (self.edit_measure_button,
                                                self.remove_measure_button)),
                               (self.reviews, (self.remove_review_button,))):
            for button in buttons:
                button.setEnabled(table.selected() is not None)

    def _changed(self, case_id: int) -> None:
        if self.case is not None and case_id == self.case.id:
            self.reload()
        self.changed.emit(case_id)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)

    def _act(self, fn, *args, **kwargs) -> bool:
        self.message.clear()
        try:
            fn(*args, **kwargs)
        except Exception as exc:
            self._show_message(error_text(exc))
            return False
        return True

    def _run(self, dialog) -> None:
        if dialog.exec():
            self.message.clear()
        dialog.deleteLater()

    # -- the plan itself -----------------------------------------------------------------

    def _plan_edited(self) -> None:
        if self.case is None or self.plan is None:
            return
        self._act(self.commands.set_plan, self.case.id, self.started_on.date().toPython(),
                  self.wind_down.text())

    # -- goals ----------------------------------------------------------------------------

    def add_goal(self) -> None:
        if self.case is None:
            return
        default = self.plan.started_on if not self.plan.goals else self._today()
        self._run(GoalDialog(lambda v: self.commands.add_goal(self.case.id, **v), goal=None,
                             default_day=default, today=self._today(), parent=self))

    def edit_goal(self) -> None:
        goal = self.goals.selected()
        if goal is not None:
            self._run(GoalDialog(lambda v: self.commands.update_goal(goal, **v), goal=goal,
                                 default_day=goal.set_on, today=self._today(), parent=self))

    def remove_goal(self) -> None:
        goal = self.goals.selected()
        if goal is not None and self._confirm(self.tr("Remove the goal “{text}”? Its "
                                                      "measures stay.").format(text=goal.text)):
            self._act(self.commands.remove_goal, goal)

    # -- measures -------------------------------------------------------------------------

    def _measure_dialog(self, measure, save) -> None:
        persons = [p for p in self.vault.maps.persons(self.case.id) if not p.is_index]
        self._run(MeasureDialog(save, measure=measure, persons=persons,
                                contacts=self.vault.directory.contacts(),
                                goals=self.plan.goals,
                                default_due=self._today() + timedelta(days=28), parent=self))

    def add_measure(self) -> None:
        if self.case is not None:
            self._measure_dialog(None, lambda v: self.commands.add_measure(self.case.id, **v))

    def edit_measure(self) -> None:
        measure = self.measures.selected()
        if measure is not None:
            self._measure_dialog(measure, lambda v: self.commands.update_measure(measure, **v))

    def remove_measure(self) -> None:
        measure = self.measures.selected()
        if measure is not None and self._confirm(
                self.tr("Remove the measure “{text}”?").format(text=measure.what)):
            self._act(self.commands.remove_measure, measure)

    def _fill_conferences(self) -> None:
        """One entry per conference of the case: its date and how many measures it agreed."""
        menu = self.take_over_button.menu()
        menu.clear()
        conferences = self.vault.conferences.for_case(self.case.id)
        for conference in reversed(conferences):  # the latest first
            action = menu.addAction(self.tr("Conference of {day}: %n agreed measure(s)", "",
                                            len(conference.measures)).format(
                day=_day(conference.held_on)))
            action.triggered.connect(lambda _c=False, cid=conference.id: self.take_over(cid))
        if not conferences:
            menu.addAction(self.tr("No case conference recorded for this case")
                           ).setEnabled(False)

    def take_over(self, conference_id: int) -> None:
        """The measures agreed at that conference which the plan does not hold yet."""
        if self.case is None:
            return
        agreed = [a for a in self.vault.conferences.agreed_measures(self.case.id)
                  if a.conference_id == conference_id]
        made: list = []
        if not self._act(lambda: made.extend(self.commands.take_over(self.case.id, agreed))):
            return
        if not agreed:
            self._show_message(self.tr("This case conference agreed no measures: there is "
                                       "nothing to take over."))
        elif not made:
            self._show_message(self.tr("The plan already holds every measure agreed at this "
                                       "case conference: nothing was taken over."))

    # -- reviews --------------------------------------------------------------------------

    def hold_review(self) -> None:
        if self.case is not None:
            self._run(ReviewDialog(
                lambda v: self.commands.hold_review(self.case.id, v["held_on"], v["note"],
                                                    v["states"]),
                goals=self.plan.goals, today=self._today(), parent=self))

    def remove_review(self) -> None:
        review = self.reviews.selected()
        if review is not None and self._confirm(
                self.tr("Remove the review of {day}?").format(day=_day(review.held_on))):
            self._act(self.commands.remove_review, self.case.id, review.id)

    def _confirm(self, question: str) -> bool:
        return QMessageBox.question(self, self.tr("Remove"), question) \
            == QMessageBox.StandardButton.Yes

    # -- showing one entry (a search hit) ---------------------------------------------------

    def focus_wind_down(self) -> None:
        self.reload()
        self.wind_down.setFocus()

    def select_goal(self, goal_id: int) -> bool:
        self.reload()
        return self.goals.choose(goal_id)

    def select_measure(self, measure_id: int) -> bool:
        self.reload()
        return self.measures.choose(measure_id)

    def select_review(self, review_id: int) -> bool:
        self.reload()
        return self.reviews.choose(review_id)

    # -- the workspace's calls --------------------------------------------------------------

    def flush(self) -> bool:
        return True

    def clear(self) -> None:
        self.case = None
        self.plan = None
        for table in (self.goals, self.measures, self.reviews):
            table.fill([], lambda _e: [])
        self.wind_down.clear()
        self.message.clear()
        self._enable()

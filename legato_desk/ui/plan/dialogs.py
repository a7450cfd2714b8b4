"""Adding or changing one goal or measure, and holding a review of the plan.

Each dialog stores through ``save(values)`` on Save (the page passes its
undoable command); a refusal keeps the dialog open with the message and
stores nothing.
"""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from legato_desk.model.plan import (
    GOAL_MAX, WHAT_MAX, Goal, GoalState, Measure, MeasureState, WhoKind)
from legato_desk.ui.messages import error_text
from legato_desk.ui.plan import labels
from legato_desk.ui.sessions.editor import DateField, person_label
from legato_desk.ui.widgets.error_line import error_line


def _date_field(day: date, name: str) -> QDateEdit:
    field = DateField(QDate(day))
    field.setDisplayFormat("dd.MM.yyyy")
    field.setCalendarPopup(True)
    field.setAccessibleName(name)
    return field


def index_of(combo: QComboBox, value) -> int:
    """The row holding ``value`` (findData cannot compare Python tuples), or -1."""
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)


def _states(kind, current) -> QComboBox:
    combo = QComboBox()
    for value in kind:
        combo.addItem(labels.name(value), value)
    combo.setCurrentIndex(index_of(combo, current))
    return combo


class _Form(QDialog):
    """A form of labelled rows, a message line and Save / Cancel."""

    def __init__(self, title: str, save: Callable[[dict], object], parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        self.result_value = None
        self.form = QFormLayout()
        self.message = error_line()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def row(self, text: str, field: QWidget, buddy: QWidget | None = None) -> None:
        label = QLabel(text)
        label.setBuddy(buddy or field)
        self.form.addRow(label, field)

    def values(self) -> dict:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.result_value = self._save(self.values())
        except Exception as exc:
            self.message.setText(error_text(exc))
            return
        super().accept()


class GoalDialog(_Form):
    def __init__(self, save, *, goal: Goal | None, default_day: date, today: date,
                 parent=None):
        super().__init__(self.tr("Change the goal") if goal else self.tr("Add a goal"), save,
                         parent)
        self.text = QLineEdit(goal.text if goal else "")
        self.text.setMaxLength(GOAL_MAX)
        self.text.setAccessibleName(self.tr("Goal"))
        self.text.setPlaceholderText(self.tr("What should be reached, e.g. the mother can "
                                             "talk with her son without a row"))
        self.set_on = _date_field(goal.set_on if goal else default_day, self.tr("Set on"))
        self.set_on.setMaximumDate(QDate(today))
        self.state = _states(GoalState, goal.state if goal else GoalState.OPEN)
        self.state.setAccessibleName(self.tr("State"))
        self.row(self.tr("&Goal:"), self.text)
        self.row(self.tr("&Set on:"), self.set_on)
        self.row(self.tr("S&tate:"), self.state)
        self.text.setFocus()

    def values(self) -> dict:
        return dict(text=self.text.text(), set_on=self.set_on.date().toPython(),
                    state=self.state.currentData())


class MeasureDialog(_Form):
    """Who does it: the counsellor, a person of the map or a contact of the directory,
    all in one list."""

    def __init__(self, save, *, measure: Measure | None, persons, contacts, goals,
                 default_due: date, parent=None):
        super().__init__(self.tr("Change the measure") if measure else
                         self.tr("Add a measure"), save, parent)
        self.what = QLineEdit(measure.what if measure else "")
        self.what.setMaxLength(WHAT_MAX)
        self.what.setAccessibleName(self.tr("What"))
        self.what.setPlaceholderText(self.tr("What is to be done, e.g. housing advice, "
                                             "weekly talks, a school meeting"))
        self.who = QComboBox()
        self.who.setAccessibleName(self.tr("Who does it"))
        self.who.addItem(self.tr("— choose —"), None)
        self.who.addItem(labels.counsellor(), (WhoKind.COUNSELLOR, None))
        for person in persons:
            self.who.addItem(person_label(person), (WhoKind.PERSON, person.id))
        for contact in contacts:
            self.who.addItem(contact.label(), (WhoKind.CONTACT, contact.id))
        if measure is not None:
            self._choose_who(measure)
        self.has_due = QCheckBox(self.tr("D&ue by"))
        self.has_due.setChecked(measure is None or measure.due_on is not None)
        self.due_on = _date_field(measure.due_on if measure and measure.due_on
                                  else default_due, self.tr("Due date"))
        self.due_on.setEnabled(self.has_due.isChecked())
        self.has_due.toggled.connect(self.due_on.setEnabled)
        due = QHBoxLayout()
        due.addWidget(self.has_due)
        due.addWidget(self.due_on)
        due.addStretch(1)
        self.state = _states(MeasureState, measure.state if measure else MeasureState.PLANNED)
        self.state.setAccessibleName(self.tr("State"))
        self.goal = QComboBox()
        self.goal.setAccessibleName(self.tr("Serves the goal"))
        self.goal.addItem(self.tr("no goal in particular"), None)
        for goal in goals:
            self.goal.addItem(goal.text, goal.id)
        self.goal.setCurrentIndex(max(0, index_of(self.goal, measure.goal_id if measure
                                                         else None)))
        self.row(self.tr("&What:"), self.what)
        self.row(self.tr("W&ho:"), self.who)
        self.row(self.tr("By when:"), due, self.has_due)
        self.row(self.tr("S&tate:"), self.state)
        self.row(self.tr("&Goal:"), self.goal)
        self.what.setFocus()

    def _choose_who(self, measure: Measure) -> None:
        wanted = (measure.who_kind, measure.person_id if measure.who_kind is WhoKind.PERSON
                  else measure.contact_id if measure.who_kind is WhoKind.CONTACT else None)
        index = index_of(self.who, wanted)
        if index < 0:  # the person left the map or the contact the directory: as recorded
            self.who.addItem(measure.who, ("kept", measure.who))
            index = self.who.count() - 1
        self.who.setCurrentIndex(index)

    def values(self) -> dict:
        who = self.who.currentData()
        values = dict(what=self.what.text(), state=self.state.currentData(),
                      due_on=self.due_on.date().toPython() if self.has_due.isChecked()
                      else None, goal_id=self.goal.currentData(), who_kind=None)
        if who is not None and who[0] == "kept":  # a name as recorded (or as typed)
            values.update(who_kind=WhoKind.CONTACT, who=who[1], contact_id=None)
        elif who is not None:
            kind, ref = who
            values.update(who_kind=kind,
                          person_id=ref if kind is WhoKind.PERSON else None,
                          contact_id=ref if kind is WhoKind.CONTACT else None)
        return values


class ReviewDialog(_Form):
    """A dated review with a short note, and where each goal stands after it."""

    def __init__(self, save, *, goals, today: date, parent=None):
        super().__init__(self.tr("Hold a review of the plan"), save, parent)
        self.held_on = _date_field(today, self.tr("Held on"))
        self.held_on.setMaximumDate(QDate(today))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("What was found, what changes in the plan"))
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.row(self.tr("&Held on:"), self.held_on)
        self.row(self.tr("&Note:"), self.note)
        self.goal_states: dict[int, QComboBox] = {}
        if goals:
            self.form.addRow(QLabel(self.tr("Where each goal stands now:")))
        for goal in goals:
            combo = _states(GoalState, goal.state)
            combo.setAccessibleName(goal.text)
            self.goal_states[goal.id] = combo
            label = QLabel(goal.text)
            label.setWordWrap(True)
            label.setBuddy(combo)
            self.form.addRow(label, combo)
        self.note.setFocus()

    def values(self) -> dict:
        return dict(held_on=self.held_on.date().toPython(), note=self.note.toPlainText(),
                    states={gid: c.currentData() for gid, c in self.goal_states.items()})

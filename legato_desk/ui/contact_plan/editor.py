"""Editing a key-client's contact plan: one row per step, "from <date>: every N
<unit>" or "on request". Keyboard only works: Tab walks the rows in order,
Alt+A adds a step, each row's Remove button takes it away; Save stores the
whole plan through ``save(steps)`` (a refusal keeps the dialog open with the
message, nothing stored)."""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from legato_desk.model.contact_plan import EVERY_MAX, PlanStep, Unit, add_months
from legato_desk.ui.contact_plan.labels import unit_name
from legato_desk.ui.messages import error_text
from legato_desk.ui.widgets.error_line import error_line


class StepRow(QWidget):
    def __init__(self, step: PlanStep, remove: Callable[["StepRow"], None], parent=None):
        super().__init__(parent)
        self.starts_on = QDateEdit(QDate(step.starts_on))
        self.starts_on.setDisplayFormat("dd.MM.yyyy")
        self.starts_on.setCalendarPopup(True)
        self.starts_on.setAccessibleName(self.tr("From"))
        self.every = QSpinBox()
        self.every.setRange(1, max(EVERY_MAX.values()))
        self.every.setValue(step.every or 1)
        self.every.setAccessibleName(self.tr("Every"))
        self.unit = QComboBox()
        self.unit.setAccessibleName(self.tr("Unit"))
        for unit in Unit:
            self.unit.addItem(unit_name(unit), unit.value)
        self.unit.setCurrentIndex(self.unit.findData(step.unit.value))
        self.unit.currentIndexChanged.connect(self._unit_chosen)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove this step"))
        self.remove.clicked.connect(lambda: remove(self))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("From")))
        row.addWidget(self.starts_on)
        self.every_label = QLabel(self.tr("every"))
        row.addWidget(self.every_label)
        row.addWidget(self.every)
        row.addWidget(self.unit, 1)
        row.addWidget(self.remove)
        self._unit_chosen()

    def _unit_chosen(self, *_args) -> None:
        on_request = self.unit.currentData() == Unit.ON_REQUEST.value
        self.every.setVisible(not on_request)
        self.every_label.setVisible(not on_request)

    def step(self) -> PlanStep:
        unit = Unit(self.unit.currentData())
        return PlanStep(self.starts_on.date().toPython(), unit,
                        None if unit is Unit.ON_REQUEST else self.every.value())


class ContactPlanDialog(QDialog):
    def __init__(self, steps: list[PlanStep], save: Callable[[list[PlanStep]], object], *,
                 who: str = "", today: Callable[[], date] = date.today, parent=None):
        super().__init__(parent)
        self._save, self._today = save, today
        self.setWindowTitle(self.tr("Contact plan of {name}").format(name=who) if who
                            else self.tr("Contact plan"))
        intro = QLabel(self.tr(
            "Plan how often you are in touch: often at first, then less, until the "
            "door stays open \u201con request\u201d. Each step holds until the next one "
            "begins."))
        intro.setWordWrap(True)
        self.rows: list[StepRow] = []
        self.rows_box = QVBoxLayout()
        self.rows_box.addStretch(1)
        holder = QWidget()
        holder.setLayout(self.rows_box)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Steps of the contact plan"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        self.empty = QLabel(self.tr("No steps: the key-client has no contact plan."))
        self.add_button = QPushButton(self.tr("&Add a step"))
        self.add_button.clicked.connect(self.add_step)
        self.message = error_line()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.add_button)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumSize(560, 320)
        for step in steps:
            self._append(step)
        self._update_empty()
        (self.rows[0].starts_on if self.rows else self.add_button).setFocus()

    def _append(self, step: PlanStep) -> StepRow:
        row = StepRow(step, self.remove_step)
        self.rows_box.insertWidget(len(self.rows), row)
        if self.rows:
            QWidget.setTabOrder(self.rows[-1].remove, row.starts_on)
        self.rows.append(row)
        QWidget.setTabOrder(row.remove, self.add_button)
        return row

    def add_step(self) -> StepRow:
        """A new step after the last: a month later, the rhythm halved (tapering)."""
        today = self._today()
        if not self.rows:
            step = PlanStep(today, Unit.WEEKS, 1)
        else:
            last = self.rows[-1].step()
            when = max(add_months(last.starts_on, 1), today)
            if last.unit is Unit.ON_REQUEST:
                step = PlanStep(when, Unit.ON_REQUEST)
            else:
                every = min(last.every * 2, EVERY_MAX[last.unit])
                step = PlanStep(when, last.unit, every)
        row = self._append(step)
        self._update_empty()
        row.starts_on.setFocus()
        return row

    def remove_step(self, row: StepRow) -> None:
        index = self.rows.index(row)
        self.rows.remove(row)
        self.rows_box.removeWidget(row)
        row.deleteLater()
        self._update_empty()
        if self.rows:
            self.rows[min(index, len(self.rows) - 1)].starts_on.setFocus()
        else:
            self.add_button.setFocus()

    def _update_empty(self) -> None:
        self.empty.setVisible(not self.rows)

    def steps(self) -> list[PlanStep]:
        return [row.step() for row in self.rows]

    def accept(self) -> None:
        try:
            self._save(self.steps())
        except Exception as exc:
            self.message.setText(error_text(exc))
            return
        super().accept()

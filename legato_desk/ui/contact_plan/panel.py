"""The contact plan against the sessions held, for the key-client chosen on the
Progress tab: a line of words (the rhythm now, planned / held / missed, an
overdue contact), the plan over time (``PlanStrip``), a small table per step,
and the button that opens the plan's editor (undoable)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Callable

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from legato_desk.model.contact_plan import PlanComparison, step_on
from legato_desk.ui import theme
from legato_desk.ui.contact_plan.commands import ContactPlanCommands
from legato_desk.ui.contact_plan.editor import ContactPlanDialog
from legato_desk.ui.contact_plan.labels import day, rhythm
from legato_desk.ui.contact_plan.strip import PlanStrip


class ContactPlanPanel(QGroupBox):
    def __init__(self, vault, undo_stack, today: Callable[[], date] = date.today,
                 names: Callable[[int], str] | None = None, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Contact plan and sessions held"))
        self.vault, self.today = vault, today
        self._names = names
        self.commands = ContactPlanCommands(vault, undo_stack, self)
        self.commands.changed.connect(lambda _cid: self.refresh())
        self.commands.failed.connect(self._failed)
        self.case_id: int | None = None
        self.keyclient = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Contact plan summary"))
        self.alert = QLabel()
        self.alert.setWordWrap(True)
        self.alert.setAccessibleName(self.tr("Contact overdue"))
        theme.set_text_colour(self.alert, theme.ERROR)
        self.alert.hide()
        self.edit_button = QPushButton(self.tr("Edit the &contact plan…"))
        self.edit_button.clicked.connect(self.edit)
        self.strip = PlanStrip()
        self.table = QTableWidget(0, 6)
        self.table.setAccessibleName(self.tr("Contact plan per step"))
        self.table.setTabKeyNavigation(False)
        self.table.setHorizontalHeaderLabels([
            self.tr("From"), self.tr("Until"), self.tr("Planned rhythm"), self.tr("Planned"),
            self.tr("Held"), self.tr("Missed")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.setMaximumHeight(6 * (self.fontMetrics().height() + 6))
        top = QHBoxLayout()
        words = QVBoxLayout()
        words.addWidget(self.summary)
        words.addWidget(self.alert)
        top.addLayout(words, 1)
        top.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.strip)
        layout.addWidget(self.table)
        self.clear()

    # -- showing ---------------------------------------------------------------------

    def show_for(self, case_id: int | None, person_id: int | None) -> None:
        self.case_id = case_id
        cand = self.vault.keyclients.by_person(person_id) if person_id else None
        self.keyclient = cand if cand is not None and cand.case_id == case_id else None
        self.refresh()

    def refresh(self) -> None:
        cand = self.keyclient
        if cand is not None:
            try:
                cand = self.keyclient = self.vault.keyclients.candidate(cand.id)
            except Exception:  # removed meanwhile (undo of the marking)
                cand = self.keyclient = None
        self.alert.hide()
        if cand is None or not cand.is_keyclient:
            self.summary.setText(
                self.tr("Choose a key-client under \u201cShow\u201d to plan how often you "
                        "are in touch and to see it against the sessions held.")
                if cand is None else
                self.tr("A contact plan is for a chosen key-client: choose this candidate "
                        "on the Key-clients tab first."))
            self.edit_button.setEnabled(False)
            self.strip.set_comparison(PlanComparison(()), [])
            self.table.setRowCount(0)
            return
        self.edit_button.setEnabled(True)
        today = self.today()
        steps = self.vault.contact_plans.steps(cand.id)
        held = self.vault.contact_plans.held_days(cand.id)
        result = self.vault.contact_plans.compare(cand.id, today)
        self.strip.set_comparison(result, held)
        self._fill_table(result)
        now = step_on(steps, today)
        upcoming = [s for s in steps if s.starts_on > today]
        parts = []
        if not steps:
            parts.append(self.tr("No contact plan yet."))
        elif now is None:
            parts.append(self.tr("The plan begins on {day}: {rhythm}.").format(
                day=day(steps[0].starts_on), rhythm=rhythm(steps[0])))
        else:
            parts.append(self.tr("Now: {rhythm}, since {day}.").format(
                rhythm=rhythm(now), day=day(now.starts_on)))
            if upcoming:
                parts.append(self.tr("Next: {rhythm} from {day}.").format(
                    rhythm=rhythm(upcoming[0]), day=day(upcoming[0].starts_on)))
            parts.append(self.tr("Planned {planned}, held {held}, missed {overdue}.").format(
                planned=result.planned, held=result.held, overdue=result.overdue))
        self.summary.setText(" ".join(parts))
        since = result.overdue_since()
        if since is not None:
            self.alert.setText(self.tr(
                "No session since the contact planned from {day}: get in touch.").format(
                day=day(since)))
            self.alert.show()

    def _fill_table(self, result) -> None:
        tallies = result.by_step()
        self.table.setRowCount(len(tallies))
        for r, t in enumerate(tallies):
            until = min(t.end, self.today() + timedelta(days=1)) - timedelta(days=1)
            planned = str(t.planned) if not t.step.on_request else "–"
            missed = str(t.overdue) if not t.step.on_request else "–"
            for c, text in enumerate([day(t.start), day(until), rhythm(t.step), planned,
                                      str(t.held), missed]):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def clear(self) -> None:
        self.case_id, self.keyclient = None, None
        self.summary.clear()
        self.alert.hide()
        self.edit_button.setEnabled(False)
        self.table.setRowCount(0)
        self.strip.set_comparison(PlanComparison(()), [])

    # -- editing -----------------------------------------------------------------------

    def edit(self) -> None:
        cand = self.keyclient
        if cand is None or self.case_id is None:
            return
        case_id = self.case_id
        who = self._names(cand.person_id) if self._names else ""
        dialog = ContactPlanDialog(
            self.vault.contact_plans.steps(cand.id),
            lambda steps: self.commands.set_plan(case_id, cand.id, steps),
            who=who, today=self.today, parent=self)
        dialog.exec()
        dialog.deleteLater()
        self.refresh()

    def _failed(self, text: str) -> None:
        self.alert.setText(text)
        self.alert.show()

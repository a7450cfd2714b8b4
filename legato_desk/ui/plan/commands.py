"""Changes to the plan as undoable commands on the main window's QUndoStack.

As with the key-clients (ui/keyclients/commands.py, whose step this
reuses): each change runs once, directly, so a ValidationError reaches the
screen before anything is pushed; undo and redo then replay it. A removed
goal, measure or review comes back with its id (``vault.plan.restore``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from legato_desk.model import plan as p
from legato_desk.ui.keyclients.commands import _Step


class PlanCommands(QObject):
    changed = Signal(int)   # case id
    failed = Signal(str)

    def __init__(self, vault, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.repo = vault.plan
        self.undo_stack = undo_stack

    def _push(self, case_id: int, text: str, redo, undo) -> None:
        self.undo_stack.push(_Step(self, case_id, text, redo, undo))

    def _added(self, case_id: int, text: str, remove, row_id: int) -> None:
        kept = {}
        self._push(case_id, text, lambda: self.repo.restore(kept.pop("row")),
                   lambda: kept.update(row=remove(row_id)))

    def _removed(self, case_id: int, text: str, remove, row_id: int) -> None:
        kept = {"row": remove(row_id)}
        self._push(case_id, text, lambda: kept.update(row=remove(row_id)),
                   lambda: self.repo.restore(kept["row"]))

    # -- the plan itself -----------------------------------------------------------

    def set_plan(self, case_id: int, started_on, wind_down: str) -> None:
        old = self.repo.get(case_id)
        if (old.started_on, old.wind_down) == (started_on, wind_down.strip()):
            return
        self.repo.set_plan(case_id, started_on=started_on, wind_down=wind_down)
        self._push(case_id, self.tr("Change the plan's start or wind-down"),
                   lambda: self.repo.set_plan(case_id, started_on=started_on,
                                              wind_down=wind_down),
                   lambda: self.repo.set_plan(case_id, started_on=old.started_on,
                                              wind_down=old.wind_down))

    # -- goals -------------------------------------------------------------------------

    def add_goal(self, case_id: int, **values) -> p.Goal:
        goal = self.repo.add_goal(case_id, **values)
        self._added(case_id, self.tr("Add a goal"), self.repo.remove_goal, goal.id)
        return goal

    def update_goal(self, goal: p.Goal, **values) -> p.Goal:
        old = dict(text=goal.text, set_on=goal.set_on, state=goal.state)
        new = self.repo.update_goal(goal.id, **values)
        self._push(goal.case_id, self.tr("Change a goal"),
                   lambda: self.repo.update_goal(goal.id, **values),
                   lambda: self.repo.update_goal(goal.id, **old))
        return new

    def remove_goal(self, goal: p.Goal) -> None:
        self._removed(goal.case_id, self.tr("Remove a goal"), self.repo.remove_goal, goal.id)

    # -- measures ----------------------------------------------------------------------

    def add_measure(self, case_id: int, **values) -> p.Measure:
        measure = self.repo.add_measure(case_id, **values)
        self._added(case_id, self.tr("Add a measure"), self.repo.remove_measure, measure.id)
        return measure

    def take_over(self, case_id: int, agreed) -> list[p.Measure]:
        """The conference measures the plan does not hold yet, as one step."""
        made = self.repo.take_over(case_id, agreed)
        if made:
            kept = {}

            def undo():
                kept["rows"] = [self.repo.remove_measure(m.id) for m in made]

            def redo():
                for row in kept.pop("rows"):
                    self.repo.restore(row)

            self._push(case_id, self.tr("Take over measures from a case conference"),
                       redo, undo)
        return made

    def update_measure(self, measure: p.Measure, **values) -> p.Measure:
        old = dict(what=measure.what, who_kind=measure.who_kind, who=measure.who,
                   person_id=measure.person_id, contact_id=measure.contact_id,
                   due_on=measure.due_on, state=measure.state, goal_id=measure.goal_id)
        new = self.repo.update_measure(measure.id, **values)
        self._push(measure.case_id, self.tr("Change a measure"),
                   lambda: self.repo.update_measure(measure.id, **values),
                   lambda: self.repo.update_measure(measure.id, **old))
        return new

    def remove_measure(self, measure: p.Measure) -> None:
        self._removed(measure.case_id, self.tr("Remove a measure"), self.repo.remove_measure,
                      measure.id)

    # -- reviews -----------------------------------------------------------------------

    def hold_review(self, case_id: int, held_on, note: str,
                    states: dict[int, p.GoalState]) -> p.Review:
        """A review, and the state each goal stands at after it (``states``)."""
        review = self.repo.add_review(case_id, held_on=held_on, note=note)
        goals = {g.id: g for g in self.repo.goals(case_id)}
        before = {gid: goals[gid].state for gid in states if gid in goals}
        self._set_states(states)
        kept = {}

        def undo():
            kept["row"] = self.repo.remove_review(review.id)
            self._set_states(before)

        def redo():
            self.repo.restore(kept.pop("row"))
            self._set_states(states)

        self._push(case_id, self.tr("Hold a review of the plan"), redo, undo)
        return review

    def _set_states(self, states: dict[int, p.GoalState]) -> None:
        for goal_id, state in states.items():
            goal = self.repo.goal(goal_id)
            if goal.state is not state:
                self.repo.update_goal(goal_id, text=goal.text, set_on=goal.set_on,
                                      state=state)

    def remove_review(self, case_id: int, review_id: int) -> None:
        self._removed(case_id, self.tr("Remove a review"), self.repo.remove_review, review_id)

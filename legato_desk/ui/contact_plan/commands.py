"""Contact plan changes as undoable commands on the main window's QUndoStack.

The change runs once, directly, so a ValidationError reaches the dialog
before anything is pushed; the pushed command then only replays undo and
redo (the whole plan, old or new, written back). ``changed(case_id)`` tells
the views to refresh; ``failed(text)`` carries a later undo's or redo's message.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from legato_desk.model.contact_plan import PlanStep
from legato_desk.ui.messages import error_text


class _SetPlan(QUndoCommand):
    def __init__(self, owner: "ContactPlanCommands", case_id: int, keyclient_id: int,
                 old: list[PlanStep], new: list[PlanStep], text: str):
        super().__init__(text)
        self._owner, self._case_id, self._keyclient_id = owner, case_id, keyclient_id
        self._old, self._new = old, new
        self._first = True

    def _put(self, steps: list[PlanStep]) -> None:
        try:
            self._owner.repo.set_steps(self._keyclient_id, steps)
        except Exception as exc:  # never let an exception escape into Qt
            self._owner.failed.emit(error_text(exc))
        self._owner.changed.emit(self._case_id)

    def redo(self) -> None:
        if self._first:  # the change itself already ran before the push
            self._first = False
            self._owner.changed.emit(self._case_id)
        else:
            self._put(self._new)

    def undo(self) -> None:
        self._put(self._old)


class ContactPlanCommands(QObject):
    changed = Signal(int)
    failed = Signal(str)

    def __init__(self, vault, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.repo = vault.contact_plans
        self.undo_stack = undo_stack

    def set_plan(self, case_id: int, keyclient_id: int, steps: list[PlanStep]) -> None:
        old = self.repo.steps(keyclient_id)
        new = self.repo.set_steps(keyclient_id, steps)
        if new != old:
            self.undo_stack.push(_SetPlan(self, case_id, keyclient_id, old, new,
                                          self.tr("Change the contact plan")))

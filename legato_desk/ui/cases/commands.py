"""Changes to cases, as undoable commands on one QUndoStack.

Screens ask for a change here; the command writes through the repository
and ``changed(case_id)`` tells every screen to refresh. Undo writes the old
value back, so undo is as durable as the change itself.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from legato_desk.model.case import Case, CaseStatus, clean_pseudonym
from legato_desk.ui.cases.labels import status_name
from legato_desk.vault.cases import CaseRepository


class _SetField(QUndoCommand):
    def __init__(self, commands: "CaseCommands", case_id: int, apply, old, new, text: str):
        super().__init__(text)
        self._commands, self._case_id = commands, case_id
        self._apply, self._old, self._new = apply, old, new

    def redo(self) -> None:
        self._apply(self._case_id, self._new)
        self._commands.changed.emit(self._case_id)

    def undo(self) -> None:
        self._apply(self._case_id, self._old)
        self._commands.changed.emit(self._case_id)


class CaseCommands(QObject):
    changed = Signal(int)
    created = Signal(int)

    def __init__(self, repo: CaseRepository, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.repo = repo
        self.undo_stack = undo_stack

    def create(self, pseudonym: str) -> Case:
        case = self.repo.create(pseudonym)
        self.created.emit(case.id)
        return case

    def rename(self, case_id: int, pseudonym: str) -> None:
        new = clean_pseudonym(pseudonym)  # ValidationError before anything is pushed
        old = self.repo.get(case_id).pseudonym
        if new != old:
            self.undo_stack.push(_SetField(
                self, case_id, self.repo.rename, old, new,
                self.tr("Rename case to “{name}”").format(name=new)))

    def set_status(self, case_id: int, status: CaseStatus) -> None:
        old = self.repo.get(case_id).status
        if status != old:
            self.undo_stack.push(_SetField(
                self, case_id, self.repo.set_status, old, status,
                self.tr("Set status to “{status}”").format(status=status_name(status))))

    def status_was_set(self, case_id: int, old: CaseStatus, new: CaseStatus,
                       text: str) -> None:
        """A status another screen already stored (ending a case): make it undoable."""
        if old != new:
            self.undo_stack.push(_SetField(self, case_id, self.repo.set_status, old, new, text))

    def set_summary(self, case_id: int, summary: str) -> None:
        """Autosaved text: the editor keeps its own undo history."""
        self.repo.set_summary(case_id, summary)
        self.changed.emit(case_id)

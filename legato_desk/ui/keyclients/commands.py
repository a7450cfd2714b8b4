"""Key-client changes as undoable commands on the main window's QUndoStack.

Each change runs once, directly, so a ValidationError reaches the screen
before anything is pushed; the pushed command then only replays undo and
redo. ``changed(case_id)`` tells the page to refresh; ``failed(text)`` carries
the message when a later undo or redo cannot be applied.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from legato_desk.errors import ValidationError
from legato_desk.model import keyclients as k
from legato_desk.model.map import Ring, free_position
from legato_desk.ui.keyclients import labels
from legato_desk.ui.messages import error_text


class _Step(QUndoCommand):
    def __init__(self, owner: "KeyClientCommands", case_id: int, text: str,
                 redo: Callable[[], None], undo: Callable[[], None]):
        super().__init__(text)
        self._owner, self._case_id = owner, case_id
        self._redo, self._undo = redo, undo
        self._first = True

    def redo(self) -> None:
        if self._first:  # the change itself already ran before the push
            self._first = False
        else:
            self._run(self._redo)
        self._owner.changed.emit(self._case_id)

    def undo(self) -> None:
        self._run(self._undo)
        self._owner.changed.emit(self._case_id)

    def _run(self, fn) -> None:
        try:
            fn()
        except Exception as exc:  # never let an exception escape into Qt
            self._owner.failed.emit(error_text(exc))


class KeyClientCommands(QObject):
    changed = Signal(int)
    failed = Signal(str)

    def __init__(self, vault, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.vault = vault
        self.repo = vault.keyclients
        self.undo_stack = undo_stack

    def _push(self, case_id: int, text: str, redo, undo) -> None:
        self.undo_stack.push(_Step(self, case_id, text, redo, undo))

    # -- candidates ----------------------------------------------------------------

    def mark(self, case_id: int, person_id: int) -> k.Candidate:
        cand = self.repo.mark(case_id, person_id)
        kept = {}
        self._push(case_id, self.tr("Mark as key-client candidate"),
                   lambda: self.repo.restore(kept.pop("rows")),
                   lambda: kept.update(rows=self.repo.remove(cand.id)))
        return cand

    def add_person_and_mark(self, case_id: int, name: str, role: str) -> k.Candidate:
        """A new person on the map (at a free spot of its sector), marked at once."""
        if not " ".join(f"{name} {role}".split()):
            raise ValidationError("Give the new person a name or a role.")
        state = self.vault.maps.state(case_id)
        x, y = free_position(k.sector_for_role(role), Ring.MIDDLE,
                             [(p.x, p.y) for p in state.persons])
        person = self.vault.maps.add_person(case_id, x, y, name=name, role=role)
        try:
            cand = self.repo.mark(case_id, person.id)
        except Exception:
            self.vault.maps.remove([person.id])
            raise
        kept = {}

        def undo():  # the map's removal carries the candidate rows along
            kept["map"] = self.vault.maps.remove([person.id])

        def redo():
            self.vault.maps.restore(kept.pop("map"))

        self._push(case_id, self.tr("Add “{name}” to the map as a candidate").format(
            name=person.name or person.role), redo, undo)
        return cand

    def remove(self, cand: k.Candidate) -> None:
        if self.repo.candidate(cand.id).is_keyclient:
            raise ValidationError(
                "A key-client stays on record: end the work with a reason instead. "
                "If the decision was a mistake, undo it first.")
        kept = {"rows": self.repo.remove(cand.id)}
        self._push(cand.case_id, self.tr("Remove key-client candidate"),
                   lambda: kept.update(rows=self.repo.remove(cand.id)),
                   lambda: self.repo.restore(kept["rows"]))

    # -- assessment ------------------------------------------------------------------

    def rate(self, cand: k.Candidate, criterion: k.Criterion, level: k.Level | None) -> None:
        old = self.repo.candidate(cand.id).assessments.get(criterion, k.Assessment())
        if old.level == level:
            return
        self.repo.rate(cand.id, criterion, level, old.evidence)

        def put(value):
            now = self.repo.candidate(cand.id).assessments.get(criterion, k.Assessment())
            self.repo.rate(cand.id, criterion, value, now.evidence)

        self._push(cand.case_id, self.tr("Rate “{criterion}”").format(
            criterion=labels.criterion_name(criterion)),
            lambda: put(level), lambda: put(old.level))

    def set_evidence(self, cand: k.Candidate, criterion: k.Criterion, text: str) -> None:
        """Autosaved text: the editor keeps its own undo history."""
        now = self.repo.candidate(cand.id).assessments.get(criterion, k.Assessment())
        self.repo.rate(cand.id, criterion, now.level, text)

    # -- decision and status ------------------------------------------------------------

    def decide(self, cand: k.Candidate, rationale: str) -> None:
        decided = self.repo.decide(cand.id, rationale)
        self._push(cand.case_id, self.tr("Choose as key-client"),
                   lambda: self.repo.decide(cand.id, decided.rationale, decided.decided_on),
                   lambda: self.repo.undecide(cand.id))

    def change_status(self, cand: k.Candidate, status: k.Status,
                      end_reason: k.EndReason | None = None, note: str = "",
                      on=None) -> None:
        event = self.repo.change_status(cand.id, status, end_reason, note, on)
        current = {"id": event.id}

        def redo():
            current["id"] = self.repo.change_status(
                cand.id, status, end_reason, note, event.on).id

        self._push(cand.case_id, self.tr("Set key-client status to “{status}”").format(
            status=labels.status_name(status)),
            redo, lambda: self.repo.undo_status(cand.id, current["id"]))

    def end_reachable(self, cand: k.Candidate, end_reason: k.EndReason | None, note: str,
                      on, route: dict) -> None:
        """End the work with the door open: the ending and its crisis route together
        (``route``: route, contact_id); undo takes both back."""
        doors = self.vault.open_doors
        event = doors.end_reachable(cand.id, end_reason, note, on, **route)
        current = {"id": event.id}

        def redo():
            current["id"] = doors.end_reachable(cand.id, end_reason, note, event.on,
                                                **route).id

        self._push(cand.case_id, self.tr("End the work, the door staying open"),
                   redo, lambda: self.repo.undo_status(cand.id, current["id"]))

    def change_route(self, cand: k.Candidate, event_id: int, **route) -> None:
        """A new crisis route for the open door of ``event_id`` (undoable)."""
        doors = self.vault.open_doors
        old = doors.for_event(event_id)
        doors.change_route(event_id, **route)
        before = {"route": old.route, "contact_id": old.contact_id,
                  "kept_label": old.contact_label if old.contact_id is None else ""}
        self._push(cand.case_id, self.tr("Change the crisis route"),
                   lambda: doors.change_route(self._event(cand, event_id), **route),
                   lambda: doors.change_route(self._event(cand, event_id), **before))

    def _event(self, cand: k.Candidate, event_id: int) -> int:
        """The ending whose route to replay: the key-client's current open door (an
        undone and redone ending is a new row), else the one first changed."""
        door = self.vault.open_doors.current(cand.id)
        return door.event_id if door is not None else event_id

    # -- profile ----------------------------------------------------------------------

    def set_profile(self, cand: k.Candidate, **fields) -> None:
        """Autosaved text fields."""
        self.repo.set_profile(cand.id, **fields)

    def set_grounding(self, cand: k.Candidate, essential: k.Essential,
                      level: k.Grounding) -> None:
        old = self.repo.candidate(cand.id).grounding[essential]
        if old is level:
            return
        self.repo.set_grounding(cand.id, essential, level)
        self._push(cand.case_id, self.tr("Set “{essential}” to “{level}”").format(
            essential=labels.essential_name(essential), level=labels.grounding_name(level)),
            lambda: self.repo.set_grounding(cand.id, essential, level),
            lambda: self.repo.set_grounding(cand.id, essential, old))

    def add_training(self, cand: k.Candidate, module: str, on) -> k.Training:
        entry = self.repo.add_training(cand.id, module, on)
        kept = {}
        self._push(cand.case_id, self.tr("Add training module"),
                   lambda: self.repo.restore_training(kept.pop("row")),
                   lambda: kept.update(row=self.repo.remove_training(entry.id)))
        return entry

    def remove_training(self, cand: k.Candidate, training_id: int) -> None:
        kept = {"row": self.repo.remove_training(training_id)}
        self._push(cand.case_id, self.tr("Remove training module"),
                   lambda: kept.update(row=self.repo.remove_training(training_id)),
                   lambda: self.repo.restore_training(kept["row"]))

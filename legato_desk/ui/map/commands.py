"""Map changes as undoable commands on the main window's QUndoStack.

Each command writes through ``vault.maps`` and then emits
``changed(case_id)``; the page re-reads the map and brings the scene in
line. Undo writes the old values back (removals are restored with the same
ids and uids), so undo is as durable as the change.

The first ``do`` runs *before* the push: an error (a ValidationError the
person can fix) then reaches the caller and nothing lands on the stack.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from legato_desk.model.map import MapState

NUDGE_ID = 0x6D6170  # arrow-key moves of the same persons merge into one step


class _Command(QUndoCommand):
    def __init__(self, commands: "MapCommands", case_id: int, text: str):
        super().__init__(text)
        self.c, self.case_id = commands, case_id
        self._done_once = False

    def push(self) -> None:
        self.do()
        self._done_once = True
        self.c.undo_stack.push(self)

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False  # done by push(); later redos write again
        else:
            self.do()
        self.c.changed.emit(self.case_id)

    def undo(self) -> None:
        self.undo_it()
        self.c.changed.emit(self.case_id)


class _Add(_Command):
    """Adding a person or a tie; redo after undo restores the same row."""

    def __init__(self, commands, case_id, text, create):
        super().__init__(commands, case_id, text)
        self._create, self._removed = create, None
        self.created = None

    def do(self) -> None:
        if self._removed is None:
            self.created = self._create()
        else:
            self.c.maps.restore(self._removed)

    def undo_it(self) -> None:
        if hasattr(self.created, "x"):
            self._removed = self.c.maps.remove(person_ids=[self.created.id])
        else:
            self._removed = self.c.maps.remove(relation_ids=[self.created.id])


class _Update(_Command):
    def __init__(self, commands, case_id, text, apply, item_id, old, new):
        super().__init__(commands, case_id, text)
        self._apply, self._id, self._old, self._new = apply, item_id, old, new

    def do(self) -> None:
        self._apply(self._id, **self._new)

    def undo_it(self) -> None:
        self._apply(self._id, **self._old)


class _Move(_Command):
    def __init__(self, commands, case_id, text, old, new, merge=False):
        super().__init__(commands, case_id, text)
        self.old, self.new, self._merge = old, new, merge

    def do(self) -> None:
        self.c.maps.move(self.new)

    def undo_it(self) -> None:
        self.c.maps.move(self.old)

    def id(self) -> int:
        return NUDGE_ID if self._merge else -1

    def mergeWith(self, other) -> bool:
        if not (self._merge and other._merge and set(other.new) == set(self.new)):
            return False
        self.new = other.new
        return True


class _Remove(_Command):
    def __init__(self, commands, case_id, text, person_ids, relation_ids):
        super().__init__(commands, case_id, text)
        self._persons, self._relations = person_ids, relation_ids
        self._removed: MapState | None = None

    def do(self) -> None:
        self._removed = self.c.maps.remove(self._persons, self._relations)

    def undo_it(self) -> None:
        self.c.maps.restore(self._removed)


class _Merge(_Command):
    """An imported map file: undo removes what it added and writes back what it
    changed; redo restores the same rows (ids and uids) and the changes again."""

    def __init__(self, commands, case_id, text, plan):
        super().__init__(commands, case_id, text)
        self._plan, self.merged, self._removed = plan, None, None

    def do(self) -> None:
        if self.merged is None:
            self.merged = self.c.maps.apply_merge(self._plan)
        else:
            self.c.maps.restore(self._removed)
            self.c.maps.rewrite(self.merged.after)

    def undo_it(self) -> None:
        self.c.maps.rewrite(self.merged.before)  # ties first: back to their old ends
        self._removed = self.c.maps.remove(self.merged.persons, self.merged.relations)


class MapCommands(QObject):
    changed = Signal(int)

    def __init__(self, maps, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.maps = maps
        self.undo_stack = undo_stack

    def add_person(self, case_id: int, x: float, y: float, **fields):
        cmd = _Add(self, case_id, self.tr("Add a person to the map"),
                   lambda: self.maps.add_person(case_id, x, y, **fields))
        cmd.push()
        return cmd.created

    def update_person(self, case_id: int, person_id: int, **fields) -> None:
        self._update(case_id, self.maps.person(person_id), self.maps.update_person, fields,
                     self.tr("Change a person on the map"))

    def add_relation(self, case_id: int, a: int, b: int, **fields):
        cmd = _Add(self, case_id, self.tr("Connect two persons"),
                   lambda: self.maps.add_relation(a, b, **fields))
        cmd.push()
        return cmd.created

    def update_relation(self, case_id: int, relation_id: int, **fields) -> None:
        self._update(case_id, self.maps.relation(relation_id), self.maps.update_relation,
                     fields, self.tr("Change a tie"))

    def _update(self, case_id, current, apply, fields, text) -> None:
        from legato_desk.model.map import clean_person_fields, clean_relation_fields

        clean = clean_person_fields if hasattr(current, "x") else clean_relation_fields
        new = clean(fields)
        new = {k: v for k, v in new.items() if getattr(current, k) != v}
        if new:
            old = {k: getattr(current, k) for k in new}
            _Update(self, case_id, text, apply, current.id, old, new).push()

    def move(self, case_id: int, new: dict[int, tuple[float, float]],
             old: dict[int, tuple[float, float]] | None = None, *, nudge: bool = False) -> None:
        if old is None:
            old = {pid: (p.x, p.y) for pid in new for p in [self.maps.person(pid)]}
        text = (self.tr("Move a person on the map") if len(new) == 1 else
                self.tr("Move {n} persons on the map").format(n=len(new)))
        _Move(self, case_id, text, old, new, nudge).push()

    def merge(self, case_id: int, plan):
        """Apply an import's plan (vault.maps.plan_merge) as one undoable step."""
        cmd = _Merge(self, case_id, self.tr("Import a map file"), plan)
        cmd.push()
        return cmd.merged

    def remove(self, case_id: int, person_ids=(), relation_ids=()) -> None:
        person_ids, relation_ids = list(person_ids), list(relation_ids)
        if person_ids or relation_ids:
            _Remove(self, case_id, self.tr("Delete from the map"),
                    person_ids, relation_ids).push()

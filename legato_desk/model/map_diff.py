"""What changed between two versions of a map (two snapshots, or one and now).

Persons and ties are matched by their ``uid``, which stays the same for the
life of a person or tie (also across a handover to another vault). The
result is structured, not prose: the UI and the reports put it into words
in the reader's language.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from legato_desk.model.map import MapState, Person, Relation, TieStatus


class Change(enum.Enum):
    ADDED = "added"
    REMOVED = "removed"
    CLOSER = "closer"          # moved to an inner ring
    FURTHER = "further"        # moved to an outer ring
    SECTOR = "sector"          # moved to another sector
    CUT = "cut"                # a tie became cut off
    RESUMED = "resumed"        # a cut-off tie is no longer cut off
    CHANGED = "changed"        # other attributes; see ``fields``


# What is worth reporting; positions within the same ring and sector are not.
PERSON_DIFF_FIELDS = ("name", "role", "kind", "marker", "deceased")
RELATION_DIFF_FIELDS = ("kind", "strength", "conflict", "status", "direction")


@dataclass(frozen=True)
class PersonChange:
    change: Change
    before: Person | None
    after: Person | None
    fields: tuple[str, ...] = ()

    @property
    def uid(self) -> str:
        return (self.after or self.before).uid


@dataclass(frozen=True)
class RelationChange:
    change: Change
    before: Relation | None
    after: Relation | None
    # The persons at each end (from whichever state holds the tie).
    ends: tuple[Person, Person] | None = None
    fields: tuple[str, ...] = ()

    @property
    def uid(self) -> str:
        return (self.after or self.before).uid


@dataclass(frozen=True)
class MapDiff:
    persons: tuple[PersonChange, ...]
    relations: tuple[RelationChange, ...]

    @property
    def is_empty(self) -> bool:
        return not self.persons and not self.relations

    def person_uids(self, *changes: Change) -> set[str]:
        return {c.uid for c in self.persons if not changes or c.change in changes}

    def relation_uids(self, *changes: Change) -> set[str]:
        return {c.uid for c in self.relations if not changes or c.change in changes}


def diff_maps(old: MapState, new: MapState) -> MapDiff:
    """Changes from ``old`` to ``new``, persons first, in a stable order."""
    old_p = {p.uid: p for p in old.persons}
    new_p = {p.uid: p for p in new.persons}
    persons: list[PersonChange] = []
    for uid, after in new_p.items():
        before = old_p.get(uid)
        if before is None:
            persons.append(PersonChange(Change.ADDED, None, after))
            continue
        if after.ring < before.ring:
            persons.append(PersonChange(Change.CLOSER, before, after))
        elif after.ring > before.ring:
            persons.append(PersonChange(Change.FURTHER, before, after))
        if not after.is_index and after.sector != before.sector:
            persons.append(PersonChange(Change.SECTOR, before, after))
        # The index client's name is their real name, never a label: not a change
        # of the map to describe (the comparison can be exported).
        fields = tuple(f for f in PERSON_DIFF_FIELDS
                       if getattr(before, f) != getattr(after, f)
                       and not (f == "name" and after.is_index))
        if fields:
            persons.append(PersonChange(Change.CHANGED, before, after, fields))
    persons += [PersonChange(Change.REMOVED, p, None)
                for uid, p in old_p.items() if uid not in new_p]

    old_r = {r.uid: r for r in old.relations}
    new_r = {r.uid: r for r in new.relations}
    relations: list[RelationChange] = []
    for uid, after in new_r.items():
        before = old_r.get(uid)
        ends = _ends(new, after)
        if before is None:
            relations.append(RelationChange(Change.ADDED, None, after, ends))
            continue
        was_cut = before.status is TieStatus.CUT_OFF
        is_cut = after.status is TieStatus.CUT_OFF
        if is_cut and not was_cut:
            relations.append(RelationChange(Change.CUT, before, after, ends))
        elif was_cut and not is_cut:
            relations.append(RelationChange(Change.RESUMED, before, after, ends))
        fields = tuple(f for f in RELATION_DIFF_FIELDS
                       if f != "status" and getattr(before, f) != getattr(after, f))
        if before.status != after.status and not (is_cut or was_cut):
            fields += ("status",)
        if fields:
            relations.append(RelationChange(Change.CHANGED, before, after, ends, fields))
    relations += [RelationChange(Change.REMOVED, r, None, _ends(old, r))
                  for uid, r in old_r.items() if uid not in new_r]
    return MapDiff(tuple(persons), tuple(relations))


def _ends(state: MapState, relation: Relation) -> tuple[Person, Person] | None:
    try:
        return state.person(relation.a), state.person(relation.b)
    except KeyError:
        return None

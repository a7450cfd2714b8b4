"""The map repository: persons, relations and snapshots of a case.

Every change is one transaction with its audit entries and a touch of the
case's last activity. Deleting returns what was deleted, and ``restore``
puts exactly that back (same ids and uids), which is how undo works.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Callable, Iterable

from legato_desk.errors import ValidationError
from legato_desk.model import map as m
from legato_desk.vault.audit import AuditTrail
from legato_desk.vault.connection import transaction

_P_COLS = ("id", "case_id", "uid", "is_index", "name", "aliases", "role", "kind", "age",
           "gender", "deceased", "marker", "note", "source", "verified", "x", "y")
_R_COLS = ("id", "case_id", "uid", "person_a", "person_b", "kind", "strength", "conflict",
           "status", "direction", "note")


@dataclass(frozen=True)
class Removed(m.MapState):
    """What ``remove`` deleted: persons, ties, and every row that cascaded with them.

    ``dependents`` holds (table, columns, rows) of other features' rows that
    referenced the removed persons or ties (key-client assessments, session
    participants, ...), parents before children, found through the schema's
    foreign keys, so undo brings back everything without knowing the features.
    """

    dependents: tuple = ()


class MapItemNotFound(ValidationError):
    message = "This person or tie is no longer on the map."


def _utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


_ENUMS: dict[type, dict] = {cls: {e.value: e for e in cls} for cls in (
    m.PersonKind, m.Marker, m.RelationKind, m.Strength, m.TieStatus, m.Direction)}


def _enum(cls, value):
    """``cls(value)`` by a dict lookup: a 300-person map with 800 ties is read on
    every open of a case, and Enum's own lookup was a tenth of that."""
    found = _ENUMS[cls].get(value)
    return found if found is not None else cls(value)


def _person(row) -> m.Person:
    (id_, case_id, uid, is_index, name, aliases, role, kind, age, gender, deceased, marker,
     note, source, verified, x, y) = row
    return m.Person(
        id=id_, case_id=case_id, uid=uid, is_index=bool(is_index), name=name,
        aliases=aliases, role=role, kind=_enum(m.PersonKind, kind), age=age, gender=gender,
        deceased=bool(deceased),
        marker=_enum(m.Marker, marker), note=note, source=source, verified=bool(verified),
        x=x, y=y)


def _relation(row) -> m.Relation:
    id_, case_id, uid, a, b, kind, strength, conflict, status, direction, note = row
    return m.Relation(
        id=id_, case_id=case_id, uid=uid, a=a, b=b, kind=_enum(m.RelationKind, kind),
        strength=_enum(m.Strength, strength), conflict=bool(conflict),
        status=_enum(m.TieStatus, status), direction=_enum(m.Direction, direction),
        note=note)


def _db(value):
    if isinstance(value, bool):
        return int(value)
    return value.value if isinstance(value, m.enum.Enum) else value


def _person_row(p: m.Person) -> tuple:
    return (p.id, p.case_id, p.uid, int(p.is_index), p.name, p.aliases, p.role, p.kind.value,
            p.age, p.gender, int(p.deceased), p.marker.value, p.note, p.source,
            int(p.verified), p.x, p.y)


def _relation_row(r: m.Relation) -> tuple:
    return (r.id, r.case_id, r.uid, r.a, r.b, r.kind.value, int(r.strength), int(r.conflict),
            r.status.value, r.direction.value, r.note)


class MapRepository:
    def __init__(self, conn, audit: AuditTrail, clock: Callable[[], datetime] = _utcnow):
        self._conn = conn
        self._audit = audit
        self._clock = clock

    # -- reading ---------------------------------------------------------------

    def state(self, case_id: int) -> m.MapState:
        """The whole current map; creates the index client on first use."""
        self.ensure_index(case_id)
        persons = self._conn.execute(
            f"SELECT {', '.join(_P_COLS)} FROM persons WHERE case_id = ? ORDER BY id",
            (case_id,)).fetchall()
        relations = self._conn.execute(
            f"SELECT {', '.join(_R_COLS)} FROM relations WHERE case_id = ? ORDER BY id",
            (case_id,)).fetchall()
        return m.MapState(tuple(map(_person, persons)), tuple(map(_relation, relations)))

    def persons(self, case_id: int) -> tuple[m.Person, ...]:
        """The persons of the current map only (``state(case_id).persons``, without
        reading the ties): who can be ticked as present, key-client names."""
        self.ensure_index(case_id)
        rows = self._conn.execute(
            f"SELECT {', '.join(_P_COLS)} FROM persons WHERE case_id = ? ORDER BY id",
            (case_id,)).fetchall()
        return tuple(map(_person, rows))

    def person(self, person_id: int) -> m.Person:
        row = self._conn.execute(
            f"SELECT {', '.join(_P_COLS)} FROM persons WHERE id = ?", (person_id,)).fetchone()
        if row is None:
            raise MapItemNotFound()
        return _person(row)

    def relation(self, relation_id: int) -> m.Relation:
        row = self._conn.execute(
            f"SELECT {', '.join(_R_COLS)} FROM relations WHERE id = ?",
            (relation_id,)).fetchone()
        if row is None:
            raise MapItemNotFound()
        return _relation(row)

    def ensure_index(self, case_id: int) -> m.Person:
        row = self._conn.execute(
            f"SELECT {', '.join(_P_COLS)} FROM persons WHERE case_id = ? AND is_index = 1",
            (case_id,)).fetchone()
        if row is not None:
            return _person(row)
        with transaction(self._conn):
            cur = self._conn.execute(
                "INSERT INTO persons (case_id, uid, is_index) VALUES (?, ?, 1)",
                (case_id, m.new_uid()))
            self._audit.append("created", "person", cur.lastrowid, case_id=case_id)
        return self.person(cur.lastrowid)

    # -- persons ---------------------------------------------------------------

    def add_person(self, case_id: int, x: float, y: float, **fields) -> m.Person:
        self.ensure_index(case_id)
        fields = m.clean_person_fields({**fields, "x": x, "y": y})
        with transaction(self._conn):
            new_id = self._insert("persons", {"case_id": case_id, "uid": m.new_uid(), **fields})
            self._audit.append("created", "person", new_id, case_id=case_id)
            self._touch(case_id)
        return self.person(new_id)

    def update_person(self, person_id: int, **fields) -> m.Person:
        fields = m.clean_person_fields(fields)
        if "x" in fields or "y" in fields:
            raise ValueError("use move() to change positions")
        current = self.person(person_id)
        changed = {k: v for k, v in fields.items() if getattr(current, k) != v}
        if changed:
            with transaction(self._conn):
                self._set("persons", person_id, changed)
                self._audit.append("changed", "person", person_id, case_id=current.case_id)
                self._touch(current.case_id)
        return self.person(person_id)

    def move(self, positions: dict[int, tuple[float, float]]) -> None:
        """Move several persons at once (one transaction, e.g. a dragged selection)."""
        if not positions:
            return
        cleaned = {pid: m.clean_person_fields({"x": x, "y": y})
                   for pid, (x, y) in positions.items()}
        with transaction(self._conn):
            case_ids = set()
            for pid, pos in cleaned.items():
                row = self._conn.execute(
                    "SELECT case_id, is_index FROM persons WHERE id = ?", (pid,)).fetchone()
                if row is None:
                    raise MapItemNotFound()
                if row[1]:
                    raise ValidationError("The index client stays at the centre of the map.")
                self._conn.execute("UPDATE persons SET x = ?, y = ? WHERE id = ?",
                                   (pos["x"], pos["y"], pid))
                self._audit.append("changed", "person", pid, case_id=row[0])
                case_ids.add(row[0])
            for case_id in case_ids:
                self._touch(case_id)

    def remove(self, person_ids: Iterable[int] = (), relation_ids: Iterable[int] = ()
               ) -> Removed:
        """Delete persons (with their ties) and ties; returns all that was deleted."""
        person_ids, relation_ids = list(person_ids), list(relation_ids)
        persons = [self.person(pid) for pid in person_ids]
        if any(p.is_index for p in persons):
            raise ValidationError("The index client cannot be removed from the map.")
        ties = {r.id: r for r in map(self.relation, relation_ids)}
        for pid in person_ids:
            for row in self._conn.execute(
                    f"SELECT {', '.join(_R_COLS)} FROM relations"
                    " WHERE person_a = ? OR person_b = ?", (pid, pid)):
                ties.setdefault(row[0], _relation(row))
        dependents = (self._dependents("relations", list(ties))
                      + self._dependents("persons", [p.id for p in persons]))
        with transaction(self._conn):
            for rel in ties.values():
                self._conn.execute("DELETE FROM relations WHERE id = ?", (rel.id,))
                self._audit.append("deleted", "relation", rel.id, case_id=rel.case_id)
            for p in persons:
                self._conn.execute("DELETE FROM persons WHERE id = ?", (p.id,))
                self._audit.append("deleted", "person", p.id, case_id=p.case_id)
            for case_id in {x.case_id for x in [*persons, *ties.values()]}:
                self._touch(case_id)
        return Removed(tuple(persons), tuple(ties.values()), dependents=tuple(dependents))

    def _dependents(self, table: str, ids: list[int]) -> list[tuple[str, tuple, list]]:
        """Rows of other tables that a DELETE of ``ids`` from ``table`` would cascade to."""
        found = []
        if not ids:
            return found
        for (child,) in self._conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND name NOT IN ('persons', 'relations') AND name NOT LIKE 'sqlite_%'"
                " ORDER BY name").fetchall():
            for fk in self._conn.execute(f"PRAGMA foreign_key_list({child})").fetchall():
                # (id, seq, table, from, to, on_update, on_delete, match)
                if fk[2] != table or fk[6] != "CASCADE":
                    continue
                marks = ", ".join("?" * len(ids))
                cur = self._conn.execute(f"SELECT * FROM {child} WHERE {fk[3]} IN ({marks})",
                                         ids)
                rows = cur.fetchall()
                if not rows:
                    continue
                columns = tuple(d[0] for d in cur.description)
                found.append((child, columns, rows))
                if "id" in columns:
                    found += self._dependents(child, [r[columns.index("id")] for r in rows])
        return found

    def restore(self, removed: m.MapState) -> None:
        """Put back exactly what ``remove`` returned (undo)."""
        with transaction(self._conn):
            for p in removed.persons:
                self._conn.execute(
                    f"INSERT INTO persons ({', '.join(_P_COLS)})"
                    f" VALUES ({', '.join('?' * len(_P_COLS))})", _person_row(p))
                self._audit.append("created", "person", p.id, case_id=p.case_id)
            for r in removed.relations:
                self._conn.execute(
                    f"INSERT INTO relations ({', '.join(_R_COLS)})"
                    f" VALUES ({', '.join('?' * len(_R_COLS))})", _relation_row(r))
                self._audit.append("created", "relation", r.id, case_id=r.case_id)
            seen = set()
            for table, columns, rows in getattr(removed, "dependents", ()):
                for row in rows:
                    if (table, row) in seen:  # reachable through a person and a tie
                        continue
                    seen.add((table, row))
                    self._conn.execute(
                        f"INSERT INTO {table} ({', '.join(columns)})"
                        f" VALUES ({', '.join('?' * len(columns))})", row)
            for case_id in {x.case_id for x in [*removed.persons, *removed.relations]}:
                self._touch(case_id)

    # -- relations ---------------------------------------------------------------

    def add_relation(self, a: int, b: int, **fields) -> m.Relation:
        if a == b:
            raise ValidationError("A tie needs two different persons.")
        pa, pb = self.person(a), self.person(b)
        if pa.case_id != pb.case_id:
            raise ValidationError("Both persons of a tie must be on the same map.")
        fields = m.clean_relation_fields({"kind": m.RelationKind.FAMILY, **fields})
        with transaction(self._conn):
            new_id = self._insert("relations", {
                "case_id": pa.case_id, "uid": m.new_uid(), "person_a": a, "person_b": b,
                **fields})
            self._audit.append("created", "relation", new_id, case_id=pa.case_id)
            self._touch(pa.case_id)
        return self.relation(new_id)

    def update_relation(self, relation_id: int, **fields) -> m.Relation:
        fields = m.clean_relation_fields(fields)
        current = self.relation(relation_id)
        changed = {k: v for k, v in fields.items() if getattr(current, k) != v}
        if changed:
            with transaction(self._conn):
                self._set("relations", relation_id, changed)
                self._audit.append("changed", "relation", relation_id, case_id=current.case_id)
                self._touch(current.case_id)
        return self.relation(relation_id)

    # -- importing -----------------------------------------------------------------

    def merge(self, case_id: int, persons: dict[str, dict],
              ties: dict[str, tuple[str, str, dict]], index_uid: str | None = None
              ) -> tuple[int, int]:
        """Add or update persons and ties by uid, all in one transaction.

        ``persons`` maps uid -> cleaned fields (only those given are applied);
        ``ties`` maps uid -> (uid of a, uid of b, cleaned fields). The file's
        index client becomes this case's index client. A uid that belongs to
        another case is given a new one. Returns (added, updated).
        """
        index = self.ensure_index(case_id)
        added = updated = 0
        ids = {index_uid: index.id} if index_uid else {}
        taken = [(p.x, p.y) for p in self.state(case_id).persons]
        with transaction(self._conn):
            for uid, fields in persons.items():
                if uid == index_uid:
                    continue
                fields = {k: v for k, v in fields.items() if k != "is_index"}
                row = self._conn.execute(
                    "SELECT id, case_id, is_index FROM persons WHERE uid = ?", (uid,)).fetchone()
                if row is not None and row[1] == case_id and not row[2]:
                    self._set("persons", row[0], fields)
                    self._audit.append("changed", "person", row[0], case_id=case_id)
                    ids[uid] = row[0]
                    updated += 1
                    continue
                if "x" not in fields:
                    fields["x"], fields["y"] = m.free_position(
                        m.Sector.FRIENDS, m.Ring.OUTSIDE, taken)
                taken.append((fields["x"], fields["y"]))
                ids[uid] = self._insert("persons", {
                    "case_id": case_id, "uid": uid if row is None else m.new_uid(), **fields})
                self._audit.append("created", "person", ids[uid], case_id=case_id)
                added += 1
            for uid, (a, b, fields) in ties.items():
                ends = {"person_a": self._resolve(case_id, a, ids),
                        "person_b": self._resolve(case_id, b, ids)}
                row = self._conn.execute(
                    "SELECT id, case_id FROM relations WHERE uid = ?", (uid,)).fetchone()
                if row is not None and row[1] == case_id:
                    self._set("relations", row[0], {**ends, **fields})
                    self._audit.append("changed", "relation", row[0], case_id=case_id)
                    updated += 1
                    continue
                new_id = self._insert("relations", {
                    "case_id": case_id, "uid": uid if row is None else m.new_uid(),
                    "kind": m.RelationKind.FAMILY, **ends, **fields})
                self._audit.append("created", "relation", new_id, case_id=case_id)
                added += 1
            self._touch(case_id)
        return added, updated

    def _resolve(self, case_id: int, uid: str, ids: dict[str, int]) -> int:
        """The id of the person with ``uid``: just merged, or already on this map."""
        if uid not in ids:
            row = self._conn.execute("SELECT id FROM persons WHERE uid = ? AND case_id = ?",
                                     (uid, case_id)).fetchone()
            if row is None:
                raise ValidationError("A tie points to a person who is not on this map.")
            ids[uid] = row[0]
        return ids[uid]

    def _insert(self, table: str, values: dict) -> int:
        cur = self._conn.execute(
            f"INSERT INTO {table} ({', '.join(values)})"
            f" VALUES ({', '.join('?' * len(values))})", [_db(v) for v in values.values()])
        return cur.lastrowid

    def _set(self, table: str, row_id: int, values: dict) -> None:
        if values:
            self._conn.execute(
                f"UPDATE {table} SET {', '.join(f'{k} = ?' for k in values)} WHERE id = ?",
                [*(_db(v) for v in values.values()), row_id])

    # -- snapshots ---------------------------------------------------------------

    def take_snapshot(self, case_id: int, label: str, taken_on: date | None = None
                      ) -> m.Snapshot:
        label = m.clean_snapshot_label(label)
        taken_on = taken_on or self._clock().astimezone().date()
        current = self.state(case_id)
        state = m.state_to_json(current)
        persons = json.dumps([[p.id, p.uid, int(p.is_index)] for p in current.persons],
                             ensure_ascii=False, separators=(",", ":"))
        with transaction(self._conn):
            cur = self._conn.execute(
                "INSERT INTO map_snapshots (case_id, uid, taken_on, label, created_at, state,"
                " persons) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (case_id, m.new_uid(), taken_on.isoformat(), label,
                 self._clock().isoformat(), state, persons))
            self._audit.append("created", "snapshot", cur.lastrowid, case_id=case_id)
            self._touch(case_id)
        return self.snapshot(cur.lastrowid)

    def snapshots(self, case_id: int) -> list[m.Snapshot]:
        rows = self._conn.execute(
            "SELECT id, case_id, uid, taken_on, label FROM map_snapshots"
            " WHERE case_id = ? ORDER BY taken_on, id", (case_id,)).fetchall()
        return [m.Snapshot(r[0], r[1], r[2], date.fromisoformat(r[3]), r[4]) for r in rows]

    def snapshot(self, snapshot_id: int) -> m.Snapshot:
        row = self._conn.execute(
            "SELECT id, case_id, uid, taken_on, label FROM map_snapshots WHERE id = ?",
            (snapshot_id,)).fetchone()
        if row is None:
            raise MapItemNotFound("This snapshot no longer exists.")
        return m.Snapshot(row[0], row[1], row[2], date.fromisoformat(row[3]), row[4])

    def snapshot_state(self, snapshot_id: int) -> m.MapState:
        row = self._conn.execute("SELECT state FROM map_snapshots WHERE id = ?",
                                 (snapshot_id,)).fetchone()
        if row is None:
            raise MapItemNotFound("This snapshot no longer exists.")
        return m.state_from_json(row[0])

    def snapshot_persons(self, case_id: int) -> list[m.Person]:
        """Everyone who is on any snapshot of the case, once each (id, uid, index only).

        Read from the short list each snapshot keeps beside its state (schema
        10): opening a case needs only who was ever on the map (for stable
        pseudonym codes), not twelve whole states.
        """
        seen: dict[str, m.Person] = {}
        for persons, state in self._conn.execute(
                "SELECT persons, CASE WHEN persons IS NULL THEN state END FROM map_snapshots"
                " WHERE case_id = ? ORDER BY id", (case_id,)).fetchall():
            if persons is None:  # never filled (should not happen): read the state
                entries = [(p.id, p.uid, p.is_index) for p in m.state_from_json(state).persons]
            else:
                entries = json.loads(persons)
            for pid, uid, is_index in entries:
                if uid not in seen:
                    seen[uid] = m.Person(id=pid, case_id=case_id, uid=uid,
                                         is_index=bool(is_index))
        return list(seen.values())

    def delete_snapshot(self, snapshot_id: int) -> None:
        with transaction(self._conn):
            row = self._conn.execute("SELECT case_id FROM map_snapshots WHERE id = ?",
                                     (snapshot_id,)).fetchone()
            if row is not None:
                self._conn.execute("DELETE FROM map_snapshots WHERE id = ?", (snapshot_id,))
                self._audit.append("deleted", "snapshot", snapshot_id, case_id=row[0])

    def record_export(self, case_id: int) -> None:
        """Log that the map left the vault (a PNG/SVG file): ids only, as always."""
        with transaction(self._conn):
            self._audit.append("exported", "map", case_id, case_id=case_id)

    # -- helpers -------------------------------------------------------------

    def _touch(self, case_id: int) -> None:
        self._conn.execute("UPDATE cases SET last_activity = ? WHERE id = ?",
                           (self._clock().isoformat(), case_id))

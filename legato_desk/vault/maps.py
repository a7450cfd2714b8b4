"""The map repository: persons, relations and snapshots of a case.

Every change is one transaction with its audit entries and a touch of the
case's last activity. Deleting returns what was deleted, and ``restore``
puts exactly that back (same ids and uids), which is how undo works.
"""

from __future__ import annotations

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


@dataclass(frozen=True)
class MergePlan:
    """What an import adds and changes (``plan_merge``), before anything is written.

    ``new_persons``: (uid in the file, uid to store, fields); ``changed_persons``:
    (the person now, the fields that differ); ``new_ties``: (uid to store, (end,
    end), fields), an end being a person id on the map or the file uid of a new
    person; ``changed_ties``: (the tie now, the fields that differ, ``a``/``b``
    for new ends).
    """

    case_id: int
    new_persons: tuple = ()
    changed_persons: tuple = ()
    same_persons: int = 0
    new_ties: tuple = ()
    changed_ties: tuple = ()
    same_ties: int = 0

    @property
    def added(self) -> int:
        return len(self.new_persons) + len(self.new_ties)

    @property
    def matched(self) -> int:
        return (len(self.changed_persons) + self.same_persons + len(self.changed_ties)
                + self.same_ties)

    @property
    def empty(self) -> bool:
        return not (self.new_persons or self.changed_persons or self.new_ties
                    or self.changed_ties)


@dataclass(frozen=True)
class Merged:
    """What ``apply_merge`` did: the rows it created, and the changed rows as they
    were before and after (undo removes the one and rewrites ``before``)."""

    persons: tuple[int, ...]
    relations: tuple[int, ...]
    before: m.MapState
    after: m.MapState


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
        fields = m.clean_relation_fields({"kind": m.default_relation_kind(pa, pb), **fields})
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

    def plan_merge(self, case_id: int, persons: dict[str, dict],
                   ties: dict[str, tuple[str, str, dict]], index_uid: str | None = None
                   ) -> MergePlan:
        """What ``merge`` would add and change, read only (the import's preview).

        ValidationError if a tie points to a person neither in the file nor on
        this map.
        """
        index = self.ensure_index(case_id)
        state = self.state(case_id)
        mine = {p.uid: p for p in state.persons}
        my_ties = {r.uid: r for r in state.relations}
        taken = [(p.x, p.y) for p in state.persons]
        ids: dict[str, int] = {index_uid: index.id} if index_uid else {}
        new_persons, changed_persons, same_persons = [], [], 0
        for uid, fields in persons.items():
            if uid == index_uid:
                continue  # the file's index client is this case's: nothing of it is read
            fields = {k: v for k, v in fields.items() if k != "is_index"}
            current = mine.get(uid)
            if current is not None and not current.is_index:
                ids[uid] = current.id
                differ = {k: v for k, v in fields.items() if getattr(current, k) != v}
                if differ:
                    changed_persons.append((current, differ))
                else:
                    same_persons += 1
                continue
            if "x" not in fields:
                fields["x"], fields["y"] = m.free_position(
                    m.Sector.FRIENDS, m.Ring.OUTSIDE, taken)
            taken.append((fields["x"], fields["y"]))
            fresh = current is None and not self._uid_used("persons", uid)
            new_persons.append((uid, uid if fresh else m.new_uid(), fields))
        new_uids = {uid for uid, _stored, _fields in new_persons}

        def end(uid: str):
            if uid in ids:
                return ids[uid]
            if uid in new_uids:
                return uid  # a person this merge adds: known by the file's uid
            if uid in mine:
                return mine[uid].id
            raise ValidationError("A tie points to a person who is not on this map.")

        new_ties, changed_ties, same_ties = [], [], 0
        for uid, (a, b, fields) in ties.items():
            ends = (end(a), end(b))
            current = my_ties.get(uid)
            if current is not None:
                differ = {k: v for k, v in fields.items() if getattr(current, k) != v}
                if ends != (current.a, current.b):
                    differ.update(a=ends[0], b=ends[1])
                if differ:
                    changed_ties.append((current, differ))
                else:
                    same_ties += 1
                continue
            fresh = not self._uid_used("relations", uid)
            new_ties.append((uid if fresh else m.new_uid(), ends,
                             {"kind": m.RelationKind.FAMILY, **fields}))
        return MergePlan(case_id, tuple(new_persons), tuple(changed_persons), same_persons,
                         tuple(new_ties), tuple(changed_ties), same_ties)

    def merge(self, case_id: int, persons: dict[str, dict],
              ties: dict[str, tuple[str, str, dict]], index_uid: str | None = None
              ) -> tuple[int, int]:
        """Add or update persons and ties by uid, all in one transaction.

        ``persons`` maps uid -> cleaned fields (only those given are applied);
        ``ties`` maps uid -> (uid of a, uid of b, cleaned fields). The file's
        index client becomes this case's index client. A uid that belongs to
        another case is given a new one. Returns (added, matched): matched are
        the persons and ties already on the map, changed or not.
        """
        plan = self.plan_merge(case_id, persons, ties, index_uid)
        self.apply_merge(plan)
        return plan.added, plan.matched

    def apply_merge(self, plan: MergePlan) -> Merged:
        """Write a ``plan_merge`` plan in one transaction; what it returns undoes it."""
        case_id = plan.case_id
        created_p, created_r = [], []
        with transaction(self._conn):
            ids: dict[str, int] = {}
            for file_uid, stored_uid, fields in plan.new_persons:
                ids[file_uid] = self._insert("persons", {
                    "case_id": case_id, "uid": stored_uid, **fields})
                self._audit.append("created", "person", ids[file_uid], case_id=case_id)
                created_p.append(ids[file_uid])
            for current, differ in plan.changed_persons:
                self._set("persons", current.id, differ)
                self._audit.append("changed", "person", current.id, case_id=case_id)
            def resolve(end):  # a person id, or the file uid of a person just added
                return end if isinstance(end, int) else ids[end]

            for uid, (a, b), fields in plan.new_ties:
                new_id = self._insert("relations", {
                    "case_id": case_id, "uid": uid, "person_a": resolve(a),
                    "person_b": resolve(b), **fields})
                self._audit.append("created", "relation", new_id, case_id=case_id)
                created_r.append(new_id)
            for current, differ in plan.changed_ties:
                differ = dict(differ)
                if "a" in differ:
                    differ["person_a"] = resolve(differ.pop("a"))
                    differ["person_b"] = resolve(differ.pop("b"))
                self._set("relations", current.id, differ)
                self._audit.append("changed", "relation", current.id, case_id=case_id)
            self._touch(case_id)
        before = m.MapState(tuple(p for p, _ in plan.changed_persons),
                            tuple(r for r, _ in plan.changed_ties))
        after = m.MapState(tuple(self.person(p.id) for p in before.persons),
                           tuple(self.relation(r.id) for r in before.relations))
        return Merged(tuple(created_p), tuple(created_r), before, after)

    def rewrite(self, rows: m.MapState) -> None:
        """Write these persons and ties back exactly as given (undo and redo of an
        import's changes): every column, by id, in one transaction."""
        with transaction(self._conn):
            for p in rows.persons:
                self._set("persons", p.id, dict(zip(_P_COLS[3:], _person_row(p)[3:])))
                self._audit.append("changed", "person", p.id, case_id=p.case_id)
            for r in rows.relations:
                self._set("relations", r.id, dict(zip(_R_COLS[3:], _relation_row(r)[3:])))
                self._audit.append("changed", "relation", r.id, case_id=r.case_id)
            for case_id in {x.case_id for x in [*rows.persons, *rows.relations]}:
                self._touch(case_id)

    def _uid_used(self, table: str, uid: str) -> bool:
        return self._conn.execute(f"SELECT 1 FROM {table} WHERE uid = ?",
                                  (uid,)).fetchone() is not None

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
        with transaction(self._conn):  # the schema's trigger adds its people to map_roster
            cur = self._conn.execute(
                "INSERT INTO map_snapshots (case_id, uid, taken_on, label, created_at, state)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (case_id, m.new_uid(), taken_on.isoformat(), label,
                 self._clock().isoformat(), state))
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
        """Everyone who is on any snapshot of the case, once each (id, uid, index only),
        in the order they were first frozen.

        Read from the case's roster (schema 20), which holds each person once
        however many snapshots show them: opening a case needs only who was
        ever on the map (for stable pseudonym codes), not every snapshot.
        """
        seen: dict[str, m.Person] = {}
        for pid, uid, is_index in self._conn.execute(
                "SELECT person_id, uid, is_index FROM map_roster WHERE case_id = ? ORDER BY id",
                (case_id,)):
            if uid not in seen:
                seen[uid] = m.Person(id=pid, case_id=case_id, uid=uid, is_index=bool(is_index))
        return list(seen.values())

    def snapshot_names(self, case_id: int) -> list[m.Person]:
        """Each distinct way a person was written on the case's snapshots: id, kind,
        whether index, name and aliases only (for the name register), from the
        roster: its size follows the people, not the number of snapshots."""
        rows = self._conn.execute(
            "SELECT DISTINCT person_id, is_index, name, aliases, kind FROM map_roster"
            " WHERE case_id = ? ORDER BY 1", (case_id,)).fetchall()
        return [m.Person(id=pid, case_id=case_id, uid="", is_index=bool(is_index), name=name,
                         aliases=aliases, kind=_enum(m.PersonKind, kind))
                for pid, is_index, name, aliases, kind in rows]

    def delete_snapshot(self, snapshot_id: int) -> None:
        with transaction(self._conn):
            row = self._conn.execute("SELECT case_id FROM map_snapshots WHERE id = ?",
                                     (snapshot_id,)).fetchone()
            if row is not None:
                self._conn.execute("DELETE FROM map_snapshots WHERE id = ?", (snapshot_id,))
                self._rebuild_roster(row[0])
                self._audit.append("deleted", "snapshot", snapshot_id, case_id=row[0])

    def _rebuild_roster(self, case_id: int) -> None:
        """The case's roster from the snapshots it still has (after one is deleted:
        a name that only the deleted snapshot held must not stay in the vault)."""
        self._conn.execute("DELETE FROM map_roster WHERE case_id = ?", (case_id,))
        self._conn.execute(
            "INSERT INTO map_roster (case_id, person_id, uid, is_index, name, aliases, kind)"
            " SELECT case_id, person_id, uid, is_index, name, aliases, kind"
            " FROM map_snapshot_people WHERE case_id = ? ORDER BY snapshot_id, position",
            (case_id,))

    def record_export(self, case_id: int, *, fmt: str = "png", real_names: bool = False,
                      recipient: str = "", ground: str | None = None, what: str = "current map",
                      check_only: bool = False) -> None:
        """Log that the map left the vault as a PNG, SVG or GraphML file: an
        entry of the case's sharing log (what, to whom, on what ground) and the
        audit's "exported map", in one transaction.

        A pseudonymised file stays within the office unless the counsellor says
        otherwise (ground "internal", recipient "not named"); a file with real
        names is a disclosure like any other and needs both said.
        ``check_only``: raise the ValidationError the entry would, write nothing
        (before the file is written).
        """
        from legato_desk.model.safeguarding import DisclosureKind, SharingGround, \
            clean_disclosure
        from legato_desk.vault.sharing import SharingLog

        if real_names and not (ground and recipient.strip()):
            raise ValidationError(
                "A map with real names is a disclosure: say who receives it and on what "
                "ground (consent, a legal duty, acute danger or within the office).")
        ground = ground or SharingGround.INTERNAL.value
        recipient = recipient.strip() or "not named"
        names = "real names" if real_names else "pseudonymised"
        fields = dict(what=f"Map as {fmt.upper()}, {names}: {what}", recipient=recipient,
                      purpose="the relationship map of the case", ground=ground)
        now = self._clock()
        clean_disclosure(**fields, shared_at=now, now=now)
        if check_only:
            return
        with transaction(self._conn):
            SharingLog(self._conn, self._audit, self._clock).log(
                case_id, kind=DisclosureKind.EXPORT, in_transaction=True, **fields)
            self._audit.append("exported", "map", case_id, case_id=case_id)

    # -- helpers -------------------------------------------------------------

    def _touch(self, case_id: int) -> None:
        self._conn.execute("UPDATE cases SET last_activity = ? WHERE id = ?",
                           (self._clock().isoformat(), case_id))

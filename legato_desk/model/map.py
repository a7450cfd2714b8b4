"""The relationship map of a case's social system: persons, ties, geometry.

Positions are stored in *map units*: the index client sits at (0, 0), the
outer closeness ring has radius 1, x grows to the right and y downwards (as
on screen). Sector and closeness ring are not stored; they follow from the
position, so moving a person is the one way to change either.

Sectors are five equal slices, clockwise from the top: family, friends &
acquaintances, school/work, professional helpers, milieu/online. Rings are
close (r ≤ 1/3), middle (≤ 2/3), distant (≤ 1) and, beyond the outer ring,
"known but without contact".
"""

from __future__ import annotations

import enum
import json
import math
import re
import uuid
from dataclasses import asdict, dataclass, field, replace
from datetime import date

from legato_desk.errors import ValidationError, label

RING_RADII = (1 / 3, 2 / 3, 1.0)
OUTSIDE_MAX = 1.3      # how far beyond the outer ring a person may be placed
INDEX_CLEARANCE = 0.1  # nobody sits on top of the index client
SECTOR_SPAN = 72.0     # degrees; five sectors


class Sector(enum.Enum):
    FAMILY = "family"
    FRIENDS = "friends"
    SCHOOL_WORK = "school_work"
    PROFESSIONAL = "professional"
    MILIEU = "milieu"

    @property
    def centre_angle(self) -> float:
        """Degrees clockwise from the top of the map."""
        return list(Sector).index(self) * SECTOR_SPAN


class Ring(enum.IntEnum):
    """Closeness to the index client; a smaller value is closer."""

    CLOSE = 0
    MIDDLE = 1
    DISTANT = 2
    OUTSIDE = 3  # known, but without contact

    @property
    def mid_radius(self) -> float:
        inner = 0.0 if self is Ring.CLOSE else RING_RADII[self - 1]
        outer = RING_RADII[self] if self < Ring.OUTSIDE else OUTSIDE_MAX
        if self is Ring.CLOSE:
            inner = INDEX_CLEARANCE + 0.05
        return (inner + outer) / 2


class PersonKind(enum.Enum):
    PERSON = "person"
    INSTITUTION = "institution"
    ONLINE = "online"  # an online space, channel or forum


class Marker(enum.Enum):
    NONE = "none"
    RESOURCE = "resource"
    RISK = "risk"


class RelationKind(enum.Enum):
    FAMILY = "family"
    FRIENDSHIP = "friendship"
    ROMANTIC = "romantic"
    SCHOOL_WORK = "school_work"
    PROFESSIONAL = "professional"
    MILIEU = "milieu"


class Strength(enum.IntEnum):
    WEAK = 0
    NORMAL = 1
    STRONG = 2


class TieStatus(enum.Enum):
    NORMAL = "normal"
    TENUOUS = "tenuous"   # drawn dashed
    CUT_OFF = "cut_off"   # drawn broken by two bars


class Direction(enum.Enum):
    """Which way support or influence flows between ``a`` and ``b``."""

    NONE = "none"
    A_TO_B = "a_to_b"
    B_TO_A = "b_to_a"
    BOTH = "both"


# -- geometry ---------------------------------------------------------------

def angle_of(x: float, y: float) -> float:
    """Degrees clockwise from the top, in [0, 360)."""
    return math.degrees(math.atan2(x, -y)) % 360.0


def sector_at(x: float, y: float) -> Sector:
    index = int(((angle_of(x, y) + SECTOR_SPAN / 2) % 360.0) // SECTOR_SPAN)
    return list(Sector)[min(index, len(Sector) - 1)]


def ring_at(x: float, y: float) -> Ring:
    r = math.hypot(x, y)
    for ring, radius in zip(Ring, RING_RADII):
        if r <= radius + 1e-9:
            return ring
    return Ring.OUTSIDE


def clamp_position(x: float, y: float) -> tuple[float, float]:
    """Keep a position on the map: off the index client, within OUTSIDE_MAX."""
    r = math.hypot(x, y)
    if r < 1e-9:
        return 0.0, -INDEX_CLEARANCE
    target = min(max(r, INDEX_CLEARANCE), OUTSIDE_MAX)
    return x * target / r, y * target / r


def point_at(sector: Sector, ring: Ring, offset_deg: float = 0.0,
             radius: float | None = None) -> tuple[float, float]:
    angle = math.radians(sector.centre_angle + offset_deg)
    r = ring.mid_radius if radius is None else radius
    return r * math.sin(angle), -r * math.cos(angle)


def free_position(sector: Sector, ring: Ring,
                  taken: list[tuple[float, float]], spacing: float = 0.1) -> tuple[float, float]:
    """A point in ``sector`` and ``ring`` at least ``spacing`` from all of ``taken``.

    Tries the band's middle first, then fans out sideways and across the
    band; when the band is too full for ``spacing``, the candidate farthest
    from everybody else.
    """
    candidates = _candidates(sector, ring)
    near = _near(candidates, taken, spacing)
    best, best_gap = point_at(sector, ring), -1.0
    for x, y in candidates:
        gap = min((math.hypot(x - tx, y - ty) for tx, ty in near), default=math.inf)
        if gap >= spacing:
            return x, y
        if gap > best_gap:
            best, best_gap = (x, y), gap
    return best


def _candidates(sector: Sector, ring: Ring) -> list[tuple[float, float]]:
    """The places ``free_position`` tries, in its order: the band's middle first,
    then sideways and across the band."""
    inner = INDEX_CLEARANCE + 0.04 if ring is Ring.CLOSE else (
        RING_RADII[ring - 1] + 0.04)
    outer = (RING_RADII[ring] if ring < Ring.OUTSIDE else OUTSIDE_MAX) - 0.04
    radii = [ring.mid_radius] + [r for r in _steps(inner, outer, 5) if r != ring.mid_radius]
    return [point_at(sector, ring, offset, radius)
            for radius in radii for offset in _fan(SECTOR_SPAN / 2 - 4, 4.0)]


def _near(points: list[tuple[float, float]], taken: list[tuple[float, float]],
          spacing: float) -> list[tuple[float, float]]:
    """The ``taken`` points within ``spacing`` of the box around ``points``.

    Any other is farther than ``spacing`` from every one of ``points``, so it
    can neither make a candidate too close nor be its nearest neighbour while
    the candidate is too close: leaving it out changes no answer of
    ``free_position``, and a full map (1,200 persons) is not searched 65 times
    for each person placed."""
    xs, ys = [x for x, _ in points], [y for _, y in points]
    left, right = min(xs) - spacing, max(xs) + spacing
    top, bottom = min(ys) - spacing, max(ys) + spacing
    return [(tx, ty) for tx, ty in taken if left <= tx <= right and top <= ty <= bottom]


def _steps(low: float, high: float, count: int) -> list[float]:
    return [low + (high - low) * i / (count - 1) for i in range(count)]


def _fan(limit: float, step: float) -> list[float]:
    out, k = [0.0], 1
    while k * step <= limit:
        out += [k * step, -k * step]
        k += 1
    return out


# -- persons and ties ---------------------------------------------------------

LIMITS = {"name": 80, "aliases": 400, "role": 60, "gender": 30, "source": 200, "note": 5000}
_FIELD_LABELS = {"name": label("The name"), "aliases": label("The list of other names"),
                 "role": label("The role"), "gender": label("The gender"),
                 "source": label("The source"), "note": label("The note")}
ALIAS_SEPARATORS = re.compile(r"[,;\n]")


def alias_list(text: str) -> tuple[str, ...]:
    """The other names in stored (or typed) alias text, each once, in order.

    Aliases are separated by commas, semicolons or new lines; each is
    stripped and its inner whitespace collapsed; empty ones are dropped, and
    so is a repeat of one already listed (compared without regard to case).
    """
    out: dict[str, str] = {}
    for part in ALIAS_SEPARATORS.split(text or ""):
        alias = " ".join(part.split())
        if alias:
            out.setdefault(alias.casefold(), alias)
    return tuple(out.values())


def new_uid() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True, slots=True)
class Person:
    id: int
    case_id: int
    uid: str
    is_index: bool = False
    # How the counsellor refers to them ("Mother", "Mr B."). For the index client
    # (who is shown by the case pseudonym): their real name, optional, never exported.
    name: str = ""
    # Other names (nicknames, short forms, spellings, a surname alone), stored
    # ", "-separated (alias_list splits them): used to pseudonymise exports, never
    # printed in one.
    aliases: str = ""
    role: str = ""          # mother, teacher, youth worker, imam, friend, ...
    kind: PersonKind = PersonKind.PERSON
    age: int | None = None
    gender: str = ""
    deceased: bool = False
    marker: Marker = Marker.NONE
    note: str = ""
    source: str = ""        # where the facts come from: "reported by the mother"
    verified: bool = False
    x: float = 0.0
    y: float = 0.0

    @property
    def sector(self) -> Sector:
        return sector_at(self.x, self.y)

    @property
    def ring(self) -> Ring:
        return ring_at(self.x, self.y)


@dataclass(frozen=True, slots=True)
class Relation:
    id: int
    case_id: int
    uid: str
    a: int                  # person ids; the index client is a person too
    b: int
    kind: RelationKind = RelationKind.FAMILY
    strength: Strength = Strength.NORMAL
    conflict: bool = False
    status: TieStatus = TieStatus.NORMAL
    direction: Direction = Direction.NONE
    note: str = ""

    def joins(self, a: int, b: int) -> bool:
        return {self.a, self.b} == {a, b}


# The kind a tie gets from the sector of each person (the index client has none).
_KIND_OF_SECTOR = {
    Sector.FAMILY: RelationKind.FAMILY,
    Sector.FRIENDS: RelationKind.FRIENDSHIP,
    Sector.SCHOOL_WORK: RelationKind.SCHOOL_WORK,
    Sector.PROFESSIONAL: RelationKind.PROFESSIONAL,
    Sector.MILIEU: RelationKind.MILIEU,
}
# Across two sectors the less private one names the tie: a youth worker's tie
# to the mother is professional, a classmate's tie to the sister school/work.
_LESS_PRIVATE_FIRST = (Sector.PROFESSIONAL, Sector.MILIEU, Sector.SCHOOL_WORK,
                       Sector.FRIENDS, Sector.FAMILY)


def default_relation_kind(a: "Person", b: "Person") -> RelationKind:
    """The kind a new tie between ``a`` and ``b`` starts with (the counsellor may
    change it): the sector of each, the index client taking the other's."""
    sectors = {p.sector for p in (a, b) if not p.is_index}
    for sector in _LESS_PRIVATE_FIRST:
        if sector in sectors:
            return _KIND_OF_SECTOR[sector]
    return RelationKind.FAMILY


PERSON_FIELDS = ("name", "aliases", "role", "kind", "age", "gender", "deceased", "marker",
                 "note", "source", "verified")
RELATION_FIELDS = ("kind", "strength", "conflict", "status", "direction", "note")


def clean_person_fields(fields: dict) -> dict:
    """The given person fields as stored, or ValidationError for bad input."""
    unknown = set(fields) - set(PERSON_FIELDS) - {"x", "y"}
    if unknown:
        raise ValueError(f"unknown person fields {sorted(unknown)}")
    out = dict(fields)
    for name in ("name", "role", "gender", "source", "note"):
        if name in out:
            value = str(out[name]).strip() if name != "note" else str(out[name])
            if name != "note":
                value = " ".join(value.split())
            if len(value) > LIMITS[name]:
                raise ValidationError("{what} can be at most {limit} characters long.",
                                      what=_FIELD_LABELS[name], limit=LIMITS[name])
            out[name] = value
    if "aliases" in out:
        value = ", ".join(alias_list(str(out["aliases"])))
        if len(value) > LIMITS["aliases"]:
            raise ValidationError("{what} can be at most {limit} characters long.",
                                  what=_FIELD_LABELS["aliases"], limit=LIMITS["aliases"])
        out["aliases"] = value
    if "age" in out and out["age"] is not None:
        try:
            age = int(out["age"])
        except (TypeError, ValueError):
            raise ValidationError("The age must be a whole number of years.") from None
        if not 0 <= age <= 120:
            raise ValidationError("The age must be between 0 and 120 years.")
        out["age"] = age
    for name, enum_type in (("kind", PersonKind), ("marker", Marker)):
        if name in out:
            out[name] = enum_type(out[name])
    for name in ("deceased", "verified"):
        if name in out:
            out[name] = bool(out[name])
    for name in ("x", "y"):
        if name in out:
            value = float(out[name])
            if not math.isfinite(value):
                raise ValidationError("A position on the map must be a finite number.")
            out[name] = value
    if "x" in out and "y" in out:
        out["x"], out["y"] = clamp_position(out["x"], out["y"])
    return out


def clean_relation_fields(fields: dict) -> dict:
    unknown = set(fields) - set(RELATION_FIELDS)
    if unknown:
        raise ValueError(f"unknown relation fields {sorted(unknown)}")
    out = dict(fields)
    for name, enum_type in (("kind", RelationKind), ("strength", Strength),
                            ("status", TieStatus), ("direction", Direction)):
        if name in out:
            out[name] = enum_type(out[name])
    if "conflict" in out:
        out["conflict"] = bool(out["conflict"])
    if "note" in out:
        out["note"] = str(out["note"])
        if len(out["note"]) > LIMITS["note"]:
            raise ValidationError(
                "{what} can be at most {limit} characters long.",
                what=_FIELD_LABELS["note"], limit=LIMITS["note"])
    return out


# -- the whole map, and its frozen form ---------------------------------------

@dataclass(frozen=True)
class MapState:
    persons: tuple[Person, ...] = ()
    relations: tuple[Relation, ...] = ()
    _by_id: dict = field(default=None, compare=False, repr=False)

    def person(self, person_id: int) -> Person:
        index = self._by_id
        if index is None:
            index = {p.id: p for p in self.persons}
            object.__setattr__(self, "_by_id", index)
        return index[person_id]

    @property
    def index_client(self) -> Person | None:
        return next((p for p in self.persons if p.is_index), None)

    def relations_between(self, a: int, b: int) -> list[Relation]:
        return [r for r in self.relations if r.joins(a, b)]


def _plain(value):
    return value.value if isinstance(value, enum.Enum) else value


def state_to_json(state: MapState) -> str:
    data = {
        "version": 1,
        "persons": [{k: _plain(v) for k, v in asdict(p).items()} for p in state.persons],
        "relations": [{k: _plain(v) for k, v in asdict(r).items()} for r in state.relations],
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def state_from_json(text: str) -> MapState:
    data = json.loads(text)
    persons = tuple(
        Person(**{**p, "kind": PersonKind(p["kind"]), "marker": Marker(p["marker"])})
        for p in data["persons"])
    relations = tuple(
        Relation(**{**r, "kind": RelationKind(r["kind"]), "strength": Strength(r["strength"]),
                    "status": TieStatus(r["status"]), "direction": Direction(r["direction"])})
        for r in data["relations"])
    return MapState(persons, relations)


def with_changes(item, **changes):
    """A copy of a Person or Relation with some fields changed."""
    return replace(item, **changes)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A dated, frozen version of a map ("intake", "after 3 months")."""

    id: int
    case_id: int
    uid: str
    taken_on: date
    label: str


SNAPSHOT_LABEL_MAX = 80


def clean_snapshot_label(text: str) -> str:
    value = " ".join(text.split())
    if not value:
        raise ValidationError("A snapshot needs a label, for example \u201cintake\u201d.")
    if len(value) > SNAPSHOT_LABEL_MAX:
        raise ValidationError(
            "A snapshot label can be at most {limit} characters long.",
            limit=SNAPSHOT_LABEL_MAX)
    return value

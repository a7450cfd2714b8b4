"""Words and colours for the map: enum names in the reader's language, and
colours derived from the widget palette so the map works light and dark.

Only the hues that carry meaning (relation kinds, markers, highlights) are
fixed; outlines, rings, text and lines use palette roles.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QPalette

from legato_desk.model.map import (
    Direction,
    Marker,
    PersonKind,
    RelationKind,
    Ring,
    Sector,
    Strength,
    TieStatus,
)
from legato_desk.model.map_diff import Change

SCALE = 320.0  # pixels per map unit at 100 % zoom


def _n(text: str) -> str:
    """Marks a table entry for translation (context "map"); the lookup is later."""
    return QT_TRANSLATE_NOOP("map", text)


def _t(text: str) -> str:
    return QCoreApplication.translate("map", text)


# Asked for every person of a map when it is shown: one lookup each, not the table's.
_SECTOR_NAMES = {Sector.FAMILY: _n("Family"), Sector.FRIENDS: _n("Friends & acquaintances"),
                 Sector.SCHOOL_WORK: _n("School / work"),
                 Sector.PROFESSIONAL: _n("Professional helpers"),
                 Sector.MILIEU: _n("Milieu / online")}
_RING_NAMES = {Ring.CLOSE: _n("close"), Ring.MIDDLE: _n("middle"), Ring.DISTANT: _n("distant"),
               Ring.OUTSIDE: _n("known, no contact")}


def sector_name(sector: Sector) -> str:
    return _t(_SECTOR_NAMES[sector])


def ring_name(ring: Ring) -> str:
    return _t(_RING_NAMES[ring])


def kind_name(kind: PersonKind) -> str:
    return {PersonKind.PERSON: _t("Person"), PersonKind.INSTITUTION: _t("Institution"),
            PersonKind.ONLINE: _t("Online space")}[kind]


def marker_name(marker: Marker) -> str:
    return {Marker.NONE: _t("No marker"), Marker.RESOURCE: _t("Resource"),
            Marker.RISK: _t("Risk")}[marker]


def relation_kind_name(kind: RelationKind) -> str:
    return {RelationKind.FAMILY: _t("family"), RelationKind.FRIENDSHIP: _t("friendship"),
            RelationKind.ROMANTIC: _t("romantic"), RelationKind.SCHOOL_WORK: _t("school/work"),
            RelationKind.PROFESSIONAL: _t("professional"),
            RelationKind.MILIEU: _t("milieu")}[kind]


def strength_name(strength: Strength) -> str:
    return {Strength.WEAK: _t("weak"), Strength.NORMAL: _t("normal"),
            Strength.STRONG: _t("strong")}[strength]


def status_name(status: TieStatus) -> str:
    return {TieStatus.NORMAL: _t("in contact"), TieStatus.TENUOUS: _t("tenuous"),
            TieStatus.CUT_OFF: _t("cut off")}[status]


def direction_name(direction: Direction, a: str = "A", b: str = "B") -> str:
    return {Direction.NONE: _t("no direction"), Direction.A_TO_B: f"{a} → {b}",
            Direction.B_TO_A: f"{a} ← {b}", Direction.BOTH: f"{a} ↔ {b}"}[direction]


ROLE_CATALOGUE = (
    _n("mother"), _n("father"), _n("sister"), _n("brother"), _n("grandmother"),
    _n("grandfather"), _n("aunt"), _n("uncle"), _n("cousin"), _n("stepfather"),
    _n("stepmother"), _n("partner"), _n("friend"), _n("best friend"), _n("neighbour"),
    _n("classmate"), _n("teacher"), _n("trainer"), _n("employer"), _n("colleague"),
    _n("youth worker"), _n("social worker"), _n("psychologist"), _n("doctor"),
    _n("probation officer"), _n("police officer"), _n("imam"), _n("mosque community"),
    _n("sports club"), _n("online forum"), _n("recruiter"),
)


def role_catalogue() -> list[str]:
    return [_t(role) for role in ROLE_CATALOGUE]


# -- colours ---------------------------------------------------------------------

_KIND_HUES = {  # light palette colour, dark palette colour
    RelationKind.FAMILY: ("#2b6cb0", "#79aef0"),
    RelationKind.FRIENDSHIP: ("#2f855a", "#6fcf97"),
    RelationKind.ROMANTIC: ("#b83280", "#f08cc8"),
    RelationKind.SCHOOL_WORK: ("#975a16", "#e3a857"),
    RelationKind.PROFESSIONAL: ("#4a5568", "#b4bccb"),
    RelationKind.MILIEU: ("#c53030", "#ff8a80"),
}
_MARKERS = {Marker.RESOURCE: ("#38a169", "#2f9e64"), Marker.RISK: ("#e53e3e", "#d9534f")}
_CHANGES = {
    Change.ADDED: "#2f9e44", Change.REMOVED: "#868e96", Change.CLOSER: "#1c7ed6",
    Change.FURTHER: "#e8590c", Change.SECTOR: "#7048e8", Change.CUT: "#e03131",
    Change.RESUMED: "#0ca678", Change.CHANGED: "#f59f00",
}
BADGES = {"keyclient": "K", "candidate": "?"}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 110


def kind_colour(kind: RelationKind, palette: QPalette) -> QColor:
    return QColor(_KIND_HUES[kind][1 if is_dark(palette) else 0])


def marker_colour(marker: Marker, palette: QPalette) -> QColor | None:
    pair = _MARKERS.get(marker)
    return QColor(pair[1 if is_dark(palette) else 0]) if pair else None


def change_colour(change: Change) -> QColor:
    return QColor(_CHANGES[change])


def badge_colour(badge: str) -> QColor:
    """Behind the badge's white letter: both read at 4.5:1 or better."""
    return QColor("#6741d9" if badge == "keyclient" else "#0b7285")


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved towards ``b`` by ``t`` (0..1)."""
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                           a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t, 1.0)


def role(palette: QPalette, name: str) -> QColor:
    return palette.color(getattr(QPalette.ColorRole, name))


# -- the map's own text and background colours (tests check their contrast) ---------------

def outside_fill(palette: QPalette) -> QColor:
    """The "known, no contact" zone."""
    return mix(role(palette, "Base"), role(palette, "Window"), 0.55)


def ring_fill(palette: QPalette, k: int) -> QColor:
    """Ring ``k`` (0 = close): a little more of the highlight towards the centre."""
    return mix(role(palette, "Base"), role(palette, "Highlight"), 0.035 * (3 - k))


def ring_label_colour(palette: QPalette) -> QColor:
    return mix(role(palette, "Text"), role(palette, "Base"), 0.35)


def sector_label_colour(palette: QPalette) -> QColor:
    return mix(role(palette, "Text"), role(palette, "Base"), 0.25)


def label_back(palette: QPalette) -> QColor:
    """Behind a person's label, so it reads over lines and rings."""
    back = role(palette, "Base")
    back.setAlpha(215)
    return back


def detail_colour(palette: QPalette) -> QColor:
    """The second line of a person's label (the role)."""
    return mix(role(palette, "Text"), role(palette, "Base"), 0.35)


def index_fill(palette: QPalette) -> QColor:
    return mix(role(palette, "Base"), role(palette, "Highlight"), 0.3)

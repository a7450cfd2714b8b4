"""Putting a MapDiff into words, in the reader's language.

``describe`` returns one sentence per change, with what it is about (a
person's or a tie's uid), so the list beside the map can select it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from legato_desk.model.map import Direction, Marker, Person, TieStatus
from legato_desk.model.map_diff import Change, MapDiff, PersonChange, RelationChange
from legato_desk.ui.map import style


def _t(text: str) -> str:
    return QCoreApplication.translate("compare", text)


@dataclass(frozen=True)
class ChangeLine:
    text: str
    change: Change
    uid: str
    is_tie: bool


def describe(diff: MapDiff, name_of) -> list[ChangeLine]:
    """``name_of(person) -> str`` names persons as the reader sees them."""
    lines = [ChangeLine(text, c.change, c.uid, False)
             for c in diff.persons for text in _person(c, name_of)]
    lines += [ChangeLine(text, c.change, c.uid, True)
              for c in diff.relations for text in _tie(c, name_of)]
    return lines


def _person(c: PersonChange, name_of) -> list[str]:
    p = c.after or c.before
    name = name_of(p)
    if c.change is Change.ADDED:
        return [_t("{name} was added ({sector}, {ring}).").format(
            name=name, sector=style.sector_name(p.sector), ring=style.ring_name(p.ring))]
    if c.change is Change.REMOVED:
        return [_t("{name} is no longer on the map.").format(name=name)]
    if c.change in (Change.CLOSER, Change.FURTHER):
        text = (_t("{name} moved closer ({old} → {new}).") if c.change is Change.CLOSER
                else _t("{name} moved further away ({old} → {new})."))
        return [text.format(name=name, old=style.ring_name(c.before.ring),
                            new=style.ring_name(c.after.ring))]
    if c.change is Change.SECTOR:
        return [_t("{name} moved from {old} to {new}.").format(
            name=name, old=style.sector_name(c.before.sector),
            new=style.sector_name(c.after.sector))]
    out = []
    b, a = c.before, c.after
    for field in c.fields:
        if field == "name":
            out.append(_t("{old} is now called {new}.").format(
                old=name_of(b), new=name_of(a)))
        elif field == "role":
            out.append(_t("The role of {name} changed ({old} → {new}).").format(
                name=name, old=b.role or "–", new=a.role or "–"))
        elif field == "kind":
            out.append(_t("{name} is now shown as: {kind}.").format(
                name=name, kind=style.kind_name(a.kind)))
        elif field == "marker":
            text = {Marker.RESOURCE: _t("{name} is now marked as a resource."),
                    Marker.RISK: _t("{name} is now marked as a risk."),
                    Marker.NONE: _t("{name} is no longer marked as a resource or risk.")}
            out.append(text[a.marker].format(name=name))
        elif field == "deceased":
            out.append((_t("{name} is now recorded as deceased.") if a.deceased
                        else _t("{name} is no longer recorded as deceased.")).format(name=name))
    return out


def _between(ends: tuple[Person, Person] | None, name_of) -> str:
    if ends is None:
        return _t("The tie")
    a, b = ends
    if a.is_index or b.is_index:
        other = b if a.is_index else a
        return _t("The tie to {name}").format(name=name_of(other))
    return _t("The tie {a}–{b}").format(a=name_of(a), b=name_of(b))


def _tie(c: RelationChange, name_of) -> list[str]:
    tie = _between(c.ends, name_of)
    r = c.after or c.before
    kind = style.relation_kind_name(r.kind)
    if c.change is Change.ADDED:
        return [_t("{tie} is new ({kind}).").format(tie=tie, kind=kind)]
    if c.change is Change.REMOVED:
        return [_t("{tie} ({kind}) is no longer on the map.").format(tie=tie, kind=kind)]
    if c.change is Change.CUT:
        return [_t("{tie} was cut off.").format(tie=tie)]
    if c.change is Change.RESUMED:
        return [_t("{tie} is no longer cut off.").format(tie=tie)]
    out = []
    b, a = c.before, c.after
    for field in c.fields:
        if field == "conflict":
            out.append((_t("{tie} became conflicted.") if a.conflict
                        else _t("{tie} is no longer conflicted.")).format(tie=tie))
        elif field == "strength":
            text = (_t("{tie} became stronger ({old} → {new}).") if a.strength > b.strength
                    else _t("{tie} became weaker ({old} → {new})."))
            out.append(text.format(tie=tie, old=style.strength_name(b.strength),
                                   new=style.strength_name(a.strength)))
        elif field == "status":
            out.append((_t("{tie} became tenuous.") if a.status is TieStatus.TENUOUS
                        else _t("{tie} is no longer tenuous.")).format(tie=tie))
        elif field == "kind":
            out.append(_t("{tie} changed from {old} to {new}.").format(
                tie=tie, old=style.relation_kind_name(b.kind), new=kind))
        elif field == "direction":
            if a.direction is Direction.NONE:
                out.append(_t("{tie} no longer shows a direction.").format(tie=tie))
            else:
                ends = c.ends
                names = (name_of(ends[0]), name_of(ends[1])) if ends else ("A", "B")
                out.append(_t("{tie} now shows support or influence ({arrow}).").format(
                    tie=tie, arrow=style.direction_name(a.direction, *names)))
    return out

"""A new tie's kind follows the sectors of its two persons (issue 16.9).

Every new tie used to be "family", whatever the sectors: a teacher's tie to
the index client, or a youth worker's to the mother, was a family tie until
the counsellor noticed.
"""

import pytest
from PySide6.QtCore import Qt

from legato_desk.model.map import RelationKind, Ring, Sector, default_relation_kind
from tests.ui.test_map import add, at, case, page, shown, window  # noqa: F401 (fixtures)
from tests.ui.test_map import _drag

SHIFT = Qt.KeyboardModifier.ShiftModifier

CASES = [
    (Sector.FAMILY, Sector.FAMILY, RelationKind.FAMILY),
    (Sector.FRIENDS, Sector.FRIENDS, RelationKind.FRIENDSHIP),
    (Sector.SCHOOL_WORK, Sector.SCHOOL_WORK, RelationKind.SCHOOL_WORK),
    (Sector.PROFESSIONAL, Sector.FAMILY, RelationKind.PROFESSIONAL),
    (Sector.MILIEU, Sector.FRIENDS, RelationKind.MILIEU),
    (Sector.FAMILY, Sector.FRIENDS, RelationKind.FRIENDSHIP),
    (Sector.SCHOOL_WORK, Sector.FAMILY, RelationKind.SCHOOL_WORK),
]


@pytest.mark.parametrize("sa, sb, kind", CASES)
def test_shift_drag_between_two_persons_takes_the_kind_from_their_sectors(
        qtbot, page, vault, case, sa, sb, kind):
    a = add(vault, case, sa, Ring.CLOSE, -20 if sa == sb else 0, name="A")
    b = add(vault, case, sb, Ring.MIDDLE, 20 if sa == sb else 0, name="B")
    shown(page, case)
    _drag(qtbot, page, at(page, a.x, a.y), at(page, b.x, b.y), SHIFT)
    [tie] = vault.maps.state(case.id).relations
    assert tie.kind == kind
    assert page.tie_panel.kind.currentData() == kind


@pytest.mark.parametrize("sector, kind", [
    (Sector.FAMILY, RelationKind.FAMILY), (Sector.FRIENDS, RelationKind.FRIENDSHIP),
    (Sector.SCHOOL_WORK, RelationKind.SCHOOL_WORK),
    (Sector.PROFESSIONAL, RelationKind.PROFESSIONAL), (Sector.MILIEU, RelationKind.MILIEU)])
def test_a_tie_to_the_index_client_takes_the_other_persons_sector(
        qtbot, page, vault, case, sector, kind):
    index = vault.maps.ensure_index(case.id)
    b = add(vault, case, sector, Ring.MIDDLE, name="B")
    shown(page, case)
    page.select_person(index.id)
    page.scene.item_for(b.id).setSelected(True)
    page.connect_action.trigger()  # Ctrl+J
    [tie] = vault.maps.state(case.id).relations
    assert tie.kind == kind


def test_the_rule_is_symmetric():
    from legato_desk.model.map import Person, point_at

    def person(sector):
        x, y = point_at(sector, Ring.MIDDLE)
        return Person(id=1, case_id=1, uid="u", x=x, y=y)

    for a in Sector:
        for b in Sector:
            assert default_relation_kind(person(a), person(b)) == default_relation_kind(
                person(b), person(a))


def test_a_kind_given_is_kept(vault):
    case = vault.cases.create("K.")
    a = add(vault, case, Sector.FAMILY, Ring.CLOSE, name="A")
    b = add(vault, case, Sector.PROFESSIONAL, Ring.CLOSE, name="B")
    assert vault.maps.add_relation(a.id, b.id, kind="romantic").kind == RelationKind.ROMANTIC
    assert vault.maps.add_relation(a.id, b.id).kind == RelationKind.PROFESSIONAL

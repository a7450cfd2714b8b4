"""Map geometry and validation: position decides sector and ring."""

import math

import pytest
from hypothesis import given, strategies as st

from legato_desk.errors import ValidationError
from legato_desk.model import map as m


@pytest.mark.parametrize("x, y, sector", [
    (0, -1, m.Sector.FAMILY), (1, -0.1, m.Sector.FRIENDS), (0.5, 0.8, m.Sector.SCHOOL_WORK),
    (-0.5, 0.8, m.Sector.PROFESSIONAL), (-1, -0.1, m.Sector.MILIEU),
])
def test_sector_follows_the_angle_clockwise_from_the_top(x, y, sector):
    assert m.sector_at(x, y) is sector


@pytest.mark.parametrize("r, ring", [
    (0.2, m.Ring.CLOSE), (1 / 3, m.Ring.CLOSE), (0.34, m.Ring.MIDDLE),
    (0.9, m.Ring.DISTANT), (1.0, m.Ring.DISTANT), (1.05, m.Ring.OUTSIDE),
])
def test_ring_follows_the_distance(r, ring):
    assert m.ring_at(r * math.sin(1.0), -r * math.cos(1.0)) is ring


def test_the_sector_boundary_between_family_and_friends_is_at_36_degrees():
    just_before = math.radians(35.9)
    just_after = math.radians(36.1)
    assert m.sector_at(math.sin(just_before), -math.cos(just_before)) is m.Sector.FAMILY
    assert m.sector_at(math.sin(just_after), -math.cos(just_after)) is m.Sector.FRIENDS


@given(st.sampled_from(list(m.Sector)), st.sampled_from(list(m.Ring)))
def test_point_at_lies_in_its_own_sector_and_ring(sector, ring):
    x, y = m.point_at(sector, ring)
    assert m.sector_at(x, y) is sector and m.ring_at(x, y) is ring


@given(st.sampled_from(list(m.Sector)), st.sampled_from(list(m.Ring)),
       st.integers(min_value=0, max_value=12))
def test_free_position_keeps_its_sector_ring_and_distance(sector, ring, crowd):
    taken = []
    for _ in range(crowd):
        taken.append(m.free_position(sector, ring, taken))
    x, y = m.free_position(sector, ring, taken)
    assert m.sector_at(x, y) is sector and m.ring_at(x, y) is ring
    gaps = [math.hypot(x - tx, y - ty) for tx, ty in taken]
    if crowd <= 2:  # even the close ring has room for three at the default spacing
        assert all(gap >= 0.1 - 1e-9 for gap in gaps)
    assert all(gap > 0.02 for gap in gaps)  # never on top of somebody


@given(st.floats(-5, 5), st.floats(-5, 5))
def test_clamping_keeps_persons_off_the_centre_and_on_the_map(x, y):
    cx, cy = m.clamp_position(x, y)
    r = math.hypot(cx, cy)
    assert m.INDEX_CLEARANCE - 1e-9 <= r <= m.OUTSIDE_MAX + 1e-9


def test_person_fields_are_cleaned_and_bad_values_refused():
    out = m.clean_person_fields({"name": "  Mrs   K. ", "age": "47", "kind": "institution",
                                 "marker": "risk", "deceased": 1})
    assert out == {"name": "Mrs K.", "age": 47, "kind": m.PersonKind.INSTITUTION,
                   "marker": m.Marker.RISK, "deceased": True}
    for bad in ({"age": "forty"}, {"age": 130}, {"name": "x" * 81}, {"x": float("nan"), "y": 0}):
        with pytest.raises(ValidationError):
            m.clean_person_fields(bad)
    with pytest.raises(ValueError):
        m.clean_person_fields({"colour": "red"})


def test_a_state_survives_its_json_form_unchanged():
    state = m.MapState(
        (m.Person(1, 7, "u1", is_index=True), m.Person(2, 7, "u2", name="Sister",
                                                       marker=m.Marker.RESOURCE, x=0.05, y=-0.2)),
        (m.Relation(3, 7, "r1", 1, 2, kind=m.RelationKind.FAMILY, strength=m.Strength.STRONG,
                    direction=m.Direction.B_TO_A),))
    again = m.state_from_json(m.state_to_json(state))
    assert again == state
    assert again.person(2).sector is m.Sector.FAMILY
    assert again.relations_between(2, 1) == [state.relations[0]]


def test_aliases_are_split_on_commas_semicolons_and_new_lines():
    assert m.alias_list("  Emo ;Emre  Y.,\n\nthe  Yılmaz boy\n, emo ,;") == (
        "Emo", "Emre Y.", "the Yılmaz boy")
    assert m.alias_list("") == () and m.alias_list(" ,; \n") == ()


def test_aliases_are_stored_normalised_and_limited():
    out = m.clean_person_fields({"aliases": "Emo;  Emre\tY.\nEMO,, Yılmaz "})
    assert out == {"aliases": "Emo, Emre Y., Yılmaz"}
    assert m.alias_list(out["aliases"]) == ("Emo", "Emre Y.", "Yılmaz")
    assert m.clean_person_fields({"aliases": " ;\n"}) == {"aliases": ""}
    assert len(m.clean_person_fields({"aliases": "x" * 400})["aliases"]) == 400
    with pytest.raises(ValidationError, match="at most 400"):
        m.clean_person_fields({"aliases": "x" * 401})


def test_a_state_with_aliases_survives_its_json_form():
    state = m.MapState((m.Person(1, 7, "u1", is_index=True, name="Emre Yılmaz",
                                 aliases="Emo, Yılmaz"),
                        m.Person(2, 7, "u2", name="Sister", aliases="Leyla")))
    assert m.state_from_json(m.state_to_json(state)) == state


def test_a_snapshot_state_from_before_aliases_reads_as_none():
    """Snapshots taken before schema 11 hold persons without the "aliases" key."""
    import json

    state = m.MapState((m.Person(1, 7, "u1", is_index=True), m.Person(2, 7, "u2", name="S.")))
    data = json.loads(m.state_to_json(state))
    for p in data["persons"]:
        del p["aliases"]
    again = m.state_from_json(json.dumps(data))
    assert [p.aliases for p in again.persons] == ["", ""]
    assert again == state


def test_snapshot_labels_need_text():
    assert m.clean_snapshot_label("  after  3 months ") == "after 3 months"
    with pytest.raises(ValidationError):
        m.clean_snapshot_label("   ")


def _free_position_searching_everybody(sector, ring, taken, spacing):
    """free_position as it was: every candidate against every person on the map."""
    best, best_gap = m.point_at(sector, ring), -1.0
    for x, y in m._candidates(sector, ring):
        gap = min((math.hypot(x - tx, y - ty) for tx, ty in taken), default=math.inf)
        if gap >= spacing:
            return x, y
        if gap > best_gap:
            best, best_gap = (x, y), gap
    return best


@given(st.sampled_from(list(m.Sector)), st.sampled_from(list(m.Ring)),
       st.lists(st.tuples(st.floats(-1.3, 1.3), st.floats(-1.3, 1.3)), max_size=80),
       st.sampled_from([0.02, 0.05, 0.1, 0.3]))
def test_free_position_looks_only_near_its_band_and_finds_the_same_place(
        sector, ring, others, spacing):
    taken = list(others)
    for _ in range(25):  # its band filling up, until no place keeps the spacing
        found = m.free_position(sector, ring, taken, spacing)
        assert found == _free_position_searching_everybody(sector, ring, taken, spacing)
        taken.append(found)

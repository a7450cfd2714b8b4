"""Comparing two versions of a map."""

from legato_desk.model import map as m
from legato_desk.model.map_diff import Change, diff_maps

INDEX = m.Person(1, 1, "index", is_index=True)


def person(pid, uid, ring=m.Ring.MIDDLE, sector=m.Sector.FAMILY, **kw):
    x, y = m.point_at(sector, ring)
    return m.Person(pid, 1, uid, x=x, y=y, **kw)


def tie(rid, uid, a, b, **kw):
    return m.Relation(rid, 1, uid, a, b, **kw)


def test_identical_maps_have_no_changes():
    state = m.MapState((INDEX, person(2, "p")), (tie(1, "t", 1, 2),))
    assert diff_maps(state, state).is_empty


def test_added_removed_closer_further_and_sector_moves_are_reported():
    old = m.MapState((INDEX, person(2, "mother", m.Ring.DISTANT), person(3, "friend"),
                      person(4, "teacher", sector=m.Sector.SCHOOL_WORK)))
    new = m.MapState((INDEX, person(2, "mother", m.Ring.CLOSE),
                      person(4, "teacher", m.Ring.OUTSIDE, sector=m.Sector.PROFESSIONAL),
                      person(5, "imam")))
    d = diff_maps(old, new)
    got = {(c.change, c.uid) for c in d.persons}
    assert got == {(Change.CLOSER, "mother"), (Change.FURTHER, "teacher"),
                   (Change.SECTOR, "teacher"), (Change.ADDED, "imam"),
                   (Change.REMOVED, "friend")}
    assert d.person_uids(Change.CLOSER, Change.FURTHER) == {"mother", "teacher"}


def test_matching_is_by_uid_not_by_id():
    old = m.MapState((INDEX, person(2, "sister", name="Sister")))
    new = m.MapState((INDEX, person(9, "sister", name="Sister")))  # e.g. after a handover
    assert diff_maps(old, new).is_empty


def test_a_small_move_inside_the_same_ring_and_sector_is_not_a_change():
    a = person(2, "p")
    b = m.with_changes(a, x=a.x + 0.02)
    assert diff_maps(m.MapState((INDEX, a)), m.MapState((INDEX, b))).is_empty


def test_attribute_changes_name_their_fields():
    old = m.MapState((INDEX, person(2, "p", marker=m.Marker.NONE)))
    new = m.MapState((INDEX, person(2, "p", marker=m.Marker.RISK, deceased=True, note="x")))
    [change] = diff_maps(old, new).persons
    assert change.change is Change.CHANGED and change.fields == ("marker", "deceased")


def test_the_index_clients_real_name_and_anyones_aliases_are_no_change_of_the_map():
    old = m.MapState((INDEX, person(2, "p", name="Sister")))
    new = m.MapState((m.with_changes(INDEX, name="Emre Yılmaz", aliases="Emo"),
                      person(2, "p", name="Sister", aliases="Leyla")))
    assert diff_maps(old, new).is_empty


def test_ties_that_appear_become_conflicted_are_cut_or_resume():
    persons = (INDEX, person(2, "a"), person(3, "b"))
    old = m.MapState(persons, (tie(1, "t1", 2, 3), tie(2, "t2", 1, 2),
                               tie(3, "t3", 1, 3, status=m.TieStatus.CUT_OFF),
                               tie(4, "t4", 2, 3, kind=m.RelationKind.SCHOOL_WORK)))
    new = m.MapState(persons, (tie(1, "t1", 2, 3, conflict=True, strength=m.Strength.WEAK),
                               tie(2, "t2", 1, 2, status=m.TieStatus.CUT_OFF),
                               tie(3, "t3", 1, 3, status=m.TieStatus.TENUOUS),
                               tie(5, "t5", 1, 3)))
    d = diff_maps(old, new)
    got = {(c.change, c.uid): c for c in d.relations}
    assert set(got) == {(Change.CHANGED, "t1"), (Change.CUT, "t2"), (Change.RESUMED, "t3"),
                        (Change.ADDED, "t5"), (Change.REMOVED, "t4")}
    assert got[(Change.CHANGED, "t1")].fields == ("strength", "conflict")
    assert [p.uid for p in got[(Change.REMOVED, "t4")].ends] == ["a", "b"]


def test_a_status_change_between_normal_and_tenuous_is_a_field_change():
    persons = (INDEX, person(2, "a"))
    old = m.MapState(persons, (tie(1, "t", 1, 2),))
    new = m.MapState(persons, (tie(1, "t", 1, 2, status=m.TieStatus.TENUOUS),))
    [change] = diff_maps(old, new).relations
    assert change.change is Change.CHANGED and change.fields == ("status",)

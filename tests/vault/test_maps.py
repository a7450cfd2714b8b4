"""The map repository against a real vault: what is stored, audited and restored."""

import pytest

from legato_desk.errors import ValidationError
from legato_desk.model import map as m
from legato_desk.model.map_diff import Change, diff_maps
from legato_desk.vault import Vault
from tests.conftest import PASSPHRASE


@pytest.fixture
def case(vault):
    return vault.cases.create("A.")


def test_a_new_map_holds_only_the_index_client_at_the_centre(vault, case):
    state = vault.maps.state(case.id)
    [index] = state.persons
    assert index.is_index and (index.x, index.y) == (0.0, 0.0)
    assert vault.maps.state(case.id).persons == state.persons  # not created twice


def test_persons_and_ties_survive_reopening_exactly(vault, vault_dir, case):
    mother = vault.maps.add_person(case.id, 0.0, -0.25, name="Mrs K.", role="mother",
                                   age=47, marker="resource", source="reported by herself")
    friend = vault.maps.add_person(case.id, 0.8, -0.2, name="Jo", kind="online")
    tie = vault.maps.add_relation(mother.id, friend.id, kind="friendship", conflict=True,
                                  strength=m.Strength.STRONG, direction="a_to_b")
    before = vault.maps.state(case.id)
    vault.close()
    reopened = Vault.open(vault_dir, PASSPHRASE)
    try:
        after = reopened.maps.state(case.id)
        assert after == before
        assert after.person(mother.id).sector is m.Sector.FAMILY
        assert after.person(mother.id).ring is m.Ring.CLOSE
        assert after.person(friend.id).kind is m.PersonKind.ONLINE
        assert after.relations_between(friend.id, mother.id)[0].uid == tie.uid
    finally:
        reopened.close()


def test_bad_input_is_refused_and_nothing_is_written(vault, case):
    audit_before = len(vault.audit.entries())
    with pytest.raises(ValidationError):
        vault.maps.add_person(case.id, 0.5, 0.5, age=200)
    p = vault.maps.add_person(case.id, 0.5, 0.5)
    with pytest.raises(ValidationError):
        vault.maps.add_relation(p.id, p.id)
    index = vault.maps.state(case.id).index_client
    with pytest.raises(ValidationError):
        vault.maps.move({index.id: (0.5, 0.5)})
    with pytest.raises(ValidationError):
        vault.maps.remove([index.id])
    assert len(vault.maps.state(case.id).persons) == 2
    assert len(vault.audit.entries()) == audit_before + 2  # index client + one person


def test_moving_a_selection_is_one_commit_and_positions_are_clamped(vault, case):
    a = vault.maps.add_person(case.id, 0.5, 0.0)
    b = vault.maps.add_person(case.id, 0.0, 0.5)
    vault.maps.move({a.id: (3.0, 0.0), b.id: (0.0, 0.0001)})
    assert vault.maps.person(a.id).x == pytest.approx(m.OUTSIDE_MAX)
    assert vault.maps.person(b.id).ring is m.Ring.CLOSE
    assert abs(vault.maps.person(b.id).y) == pytest.approx(m.INDEX_CLEARANCE)


def test_removing_a_person_takes_their_ties_and_restore_puts_all_back(vault, case):
    a = vault.maps.add_person(case.id, 0.5, 0.0, name="A")
    b = vault.maps.add_person(case.id, 0.0, 0.5, name="B")
    t1 = vault.maps.add_relation(a.id, b.id, kind="family")
    t2 = vault.maps.add_relation(a.id, b.id, kind="school_work")  # a parallel tie
    before = vault.maps.state(case.id)
    removed = vault.maps.remove([a.id])
    assert {r.id for r in removed.relations} == {t1.id, t2.id}
    assert [p.id for p in vault.maps.state(case.id).persons if not p.is_index] == [b.id]
    vault.maps.restore(removed)
    assert vault.maps.state(case.id) == before
    assert vault.check() == []


def test_changes_are_audited_without_content(vault, case):
    p = vault.maps.add_person(case.id, 0.5, 0.0, name="Secret Name")
    vault.maps.update_person(p.id, note="private words")
    vault.maps.update_person(p.id, note="private words")  # no change, no entry
    entries = [e for e in vault.audit.entries() if e[4] == "person"]
    assert [e[3] for e in entries] == ["created", "created", "changed"]
    assert "Secret" not in repr(vault.audit.entries())


def test_a_snapshot_freezes_the_map_and_compares_with_now(vault, case):
    teacher = vault.maps.add_person(case.id, 0.0, 0.9, name="Teacher", role="teacher")
    snap = vault.maps.take_snapshot(case.id, "  intake ")
    assert snap.label == "intake"
    vault.maps.move({teacher.id: (0.0, 0.5)})
    vault.maps.add_person(case.id, 0.5, 0.0, name="New friend")
    assert vault.maps.snapshot_state(snap.id).person(teacher.id).ring is m.Ring.DISTANT
    d = diff_maps(vault.maps.snapshot_state(snap.id), vault.maps.state(case.id))
    assert {c.change for c in d.persons} == {Change.CLOSER, Change.ADDED}
    assert [s.label for s in vault.maps.snapshots(case.id)] == ["intake"]
    vault.maps.delete_snapshot(snap.id)
    assert vault.maps.snapshots(case.id) == []
    with pytest.raises(ValidationError):
        vault.maps.take_snapshot(case.id, "  ")


def test_deleting_the_case_removes_its_whole_map(vault, case):
    a = vault.maps.add_person(case.id, 0.5, 0.0)
    b = vault.maps.add_person(case.id, 0.0, 0.5)
    vault.maps.add_relation(a.id, b.id)
    vault.maps.take_snapshot(case.id, "intake")
    vault.conn.execute("DELETE FROM cases WHERE id = ?", (case.id,))
    for table in ("persons", "relations", "map_snapshots"):
        assert vault.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


def test_merge_adds_new_updates_known_and_keeps_other_cases_apart(vault, case):
    other = vault.cases.create("B.")
    known = vault.maps.add_person(case.id, 0.5, 0.0, name="Known", note="keep me")
    foreign = vault.maps.add_person(other.id, 0.5, 0.0, name="Other case")
    index = vault.maps.state(case.id).index_client
    added, updated = vault.maps.merge(
        case.id,
        {"file-index": {"is_index": True}, known.uid: {"role": "uncle"},
         foreign.uid: {"name": "Copied"}, "brand-new": {"name": "New"}},
        {"t1": ("file-index", known.uid, {"kind": m.RelationKind.FAMILY})},
        index_uid="file-index")
    assert (added, updated) == (3, 1)
    state = vault.maps.state(case.id)
    assert state.person(known.id).role == "uncle" and state.person(known.id).note == "keep me"
    assert {p.name for p in state.persons} >= {"Copied", "New"}
    assert vault.maps.person(foreign.id).name == "Other case"
    [tie] = state.relations
    assert {tie.a, tie.b} == {index.id, known.id}


def test_restore_brings_back_rows_of_other_features_that_cascaded(vault, case):
    """Undo of a removal must not lose what other tables held about the person."""
    vault.conn.execute(
        "CREATE TABLE notes_about (id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL"
        " REFERENCES persons(id) ON DELETE CASCADE, text TEXT)")
    vault.conn.execute(
        "CREATE TABLE note_marks (id INTEGER PRIMARY KEY, note_id INTEGER NOT NULL"
        " REFERENCES notes_about(id) ON DELETE CASCADE, mark TEXT)")
    a = vault.maps.add_person(case.id, 0.5, 0.0)
    vault.conn.execute("INSERT INTO notes_about VALUES (7, ?, 'kept')", (a.id,))
    vault.conn.execute("INSERT INTO note_marks VALUES (9, 7, 'star')")
    removed = vault.maps.remove([a.id])
    assert vault.conn.execute("SELECT count(*) FROM note_marks").fetchone()[0] == 0
    vault.maps.restore(removed)
    assert vault.conn.execute("SELECT * FROM notes_about").fetchall() == [(7, a.id, "kept")]
    assert vault.conn.execute("SELECT * FROM note_marks").fetchall() == [(9, 7, "star")]


def test_map_changes_appear_in_the_cases_own_audit_view(vault, case):
    other = vault.cases.create("B.")
    p = vault.maps.add_person(case.id, 0.5, 0.0)
    vault.maps.add_person(other.id, 0.5, 0.0)
    vault.maps.move({p.id: (0.6, 0.0)})
    snap = vault.maps.take_snapshot(case.id, "intake")
    vault.maps.delete_snapshot(snap.id)
    mine = [(e[2], e[3]) for e in vault.audit.for_case(case.id)]
    assert ("created", "person") in mine and ("changed", "person") in mine
    assert ("deleted", "snapshot") in mine
    theirs = [e for e in vault.audit.for_case(other.id) if e[3] == "person"]
    assert len(theirs) == 2  # its index client and its one person, nothing of case A


def test_every_audit_entry_about_case_content_names_its_case(vault):
    """The per-case audit view relies on it: only office-wide records have no case."""
    from legato_desk.demo import populate

    populate(vault)
    case = vault.cases.list()[0]
    session = vault.sessions.list(case.id)[0]
    vault.sessions.set_follow_up_done(session.id)
    rows = vault.conn.execute(
        "SELECT DISTINCT entity FROM audit_log WHERE case_ref IS NULL").fetchall()
    assert {r[0] for r in rows} <= {"setting", "agency", "contact", "statistics"}


def test_snapshot_persons_lists_everyone_ever_frozen_once(vault, case):
    a = vault.maps.add_person(case.id, 0.5, 0.0, name="A")
    vault.maps.take_snapshot(case.id, "one")
    b = vault.maps.add_person(case.id, 0.0, 0.5, name="B")
    vault.maps.take_snapshot(case.id, "two")
    vault.maps.remove([a.id])
    got = {(p.id, p.uid, p.is_index) for p in vault.maps.snapshot_persons(case.id)}
    index = vault.maps.state(case.id).index_client
    assert got == {(index.id, index.uid, True), (a.id, a.uid, False), (b.id, b.uid, False)}


def test_the_roster_holds_each_way_a_person_was_frozen_once(vault, case):
    """Ten snapshots of the same people add no rows; a renamed person adds one.
    A row inserted without take_snapshot (a handover) reaches the roster through
    the schema's trigger, as take_snapshot's does."""
    a = vault.maps.add_person(case.id, 0.5, 0.0, name="Amira")
    for i in range(10):
        vault.maps.take_snapshot(case.id, f"s{i}")
    rows = vault.conn.execute("SELECT count(*) FROM map_roster WHERE case_id = ?",
                              (case.id,)).fetchone()[0]
    assert rows == 2  # the index client and Amira
    vault.maps.update_person(a.id, name="Amira K.")
    state = vault.conn.execute(
        "SELECT state FROM map_snapshots WHERE case_id = ? ORDER BY id DESC LIMIT 1",
        (case.id,)).fetchone()[0]
    vault.conn.execute(
        "INSERT INTO map_snapshots (case_id, uid, taken_on, label, created_at, state)"
        " VALUES (?, 'copied', '2025-01-01', 'copy', '2025-01-01T00:00:00', ?)",
        (case.id, state))
    vault.maps.take_snapshot(case.id, "renamed")
    names = sorted(p.name for p in vault.maps.snapshot_names(case.id) if p.id == a.id)
    assert names == ["Amira", "Amira K."]
    assert len(vault.maps.snapshot_persons(case.id)) == 2  # still once per person


def test_deleting_a_snapshot_takes_the_names_only_it_held_out_of_the_vault(vault, case):
    a = vault.maps.add_person(case.id, 0.5, 0.0, name="Yusuf Demir")
    first = vault.maps.take_snapshot(case.id, "one")
    vault.maps.update_person(a.id, name="Y.")
    vault.maps.take_snapshot(case.id, "two")
    vault.maps.delete_snapshot(first.id)
    stored = [r[0] for r in vault.conn.execute("SELECT name FROM map_roster")]
    assert "Yusuf Demir" not in stored and "Y." in stored
    assert {p.name for p in vault.maps.snapshot_names(case.id)} == {"", "Y."}


# --- other names (schema 11) ---------------------------------------------------------------


def test_aliases_are_stored_normalised_restored_and_frozen_in_snapshots(vault, case):
    p = vault.maps.add_person(case.id, 0.5, 0.0, name="Mother", aliases="Mum; Leyla\nleyla")
    assert vault.maps.person(p.id).aliases == "Mum, Leyla"
    assert m.alias_list(vault.maps.person(p.id).aliases) == ("Mum", "Leyla")
    assert vault.maps.update_person(p.id, aliases="Leyla Y., Mrs Y.").aliases == (
        "Leyla Y., Mrs Y.")
    with pytest.raises(ValidationError):
        vault.maps.update_person(p.id, aliases="x" * 401)
    assert vault.maps.person(p.id).aliases == "Leyla Y., Mrs Y."
    snap = vault.maps.take_snapshot(case.id, "with aliases")
    vault.maps.update_person(p.id, aliases="")
    assert vault.maps.snapshot_state(snap.id).person(p.id).aliases == "Leyla Y., Mrs Y."
    assert vault.maps.person(p.id).aliases == ""
    vault.maps.update_person(p.id, aliases="Mum")
    before = vault.maps.state(case.id)
    vault.maps.restore(vault.maps.remove([p.id]))  # undo of a deletion keeps them
    assert vault.maps.state(case.id) == before
    assert vault.maps.person(p.id).aliases == "Mum"


def test_the_index_client_keeps_a_real_name_and_other_names(vault, case):
    index = vault.maps.ensure_index(case.id)
    assert (index.name, index.aliases) == ("", "")
    vault.maps.update_person(index.id, name="  Emre   Yılmaz ", aliases="Emo; Yılmaz")
    stored = vault.maps.ensure_index(case.id)
    assert (stored.id, stored.name, stored.aliases) == (index.id, "Emre Yılmaz", "Emo, Yılmaz")
    snap = vault.maps.take_snapshot(case.id, "intake")
    frozen = vault.maps.snapshot_state(snap.id).index_client
    assert (frozen.name, frozen.aliases) == ("Emre Yılmaz", "Emo, Yılmaz")
    assert "Emre" not in repr(vault.audit.entries())

"""Handover: cases move between vaults in a transfer file with its own passphrase.

The mechanism is generic over case-owned tables: the test-only tables of
``extra_tables`` (a parent, a child with three foreign keys, a full-text
index) move and are remapped without any code knowing them.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from legato_desk.errors import KnownError
from legato_desk.vault import Vault, casedata, transfer
from legato_desk.vault.errors import VaultTooNew
from tests.conftest import PASSPHRASE
from tests.vault.extra_tables import add_extra_tables, add_people, people_view

ONE_TIME = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX"


@pytest.fixture
def source(tmp_path, kdf):
    vault, _ = Vault.create(tmp_path / "source", PASSPHRASE, kdf=kdf)
    add_extra_tables(vault)
    yield vault
    vault.close()


@pytest.fixture
def target(tmp_path, kdf):
    vault, _ = Vault.create(tmp_path / "target", PASSPHRASE, kdf=kdf)
    add_extra_tables(vault)
    # The target already holds cases and people: the ids in the file collide.
    for name in ("T1.", "T2.", "T3."):
        case = vault.cases.create(name, opened_on=date(2025, 5, 1))  # codes 2025-00n
        add_people(vault, case.id, f"target-{name}")
    yield vault
    vault.close()


def fingerprint(vault) -> dict:
    """Every row of every table, so "nothing changed" can be asserted."""
    conn = vault.conn
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {n: sorted(conn.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}


def two_cases(source):
    a = source.cases.create("Anna K.")
    source.cases.set_summary(a.id, "summary of anna")
    b = source.cases.create("Ben L.")
    add_people(source, a.id, "anna")
    add_people(source, b.id, "ben")
    return source.cases.get(a.id), source.cases.get(b.id)


def export(source, ids, tmp_path, kdf, name="handover.legato-transfer"):
    path = tmp_path / name
    assert transfer.export_cases(source, ids, path, ONE_TIME, kdf=kdf) == len(ids)
    return path


def uid_of(vault, case_id):
    return vault.conn.execute("SELECT uid FROM cases WHERE id = ?", (case_id,)).fetchone()[0]


def case_by_uid(vault, uid):
    row = vault.conn.execute("SELECT id FROM cases WHERE uid = ?", (uid,)).fetchone()
    return vault.cases.get(row[0]) if row else None


# --- discovery ------------------------------------------------------------------------


def test_case_tables_are_found_from_the_schema_parents_first(source):
    tables = casedata.case_tables(source.conn)
    names = [t.name for t in tables]
    assert [n for n in names if n in ("cases", "t_people", "t_links")] == [
        "cases", "t_people", "t_links"]
    position = {n: i for i, n in enumerate(names)}
    for table in tables:  # every table after the tables it points at (the app's ones too)
        for fk in table.foreign_keys:
            if fk.table != table.name and fk.table in position:
                assert position[fk.table] < position[table.name], (table.name, fk.table)
    links = next(t for t in casedata.case_tables(source.conn) if t.name == "t_links")
    assert links.int_pk == "id"
    assert {(fk.column, fk.table) for fk in links.foreign_keys} == {
        ("case_id", "cases"), ("a", "t_people"), ("b", "t_people"), ("parent_link", "t_links")}
    assert "t_notes_fts" in [n for n, _sql in casedata.fts_tables(source.conn)]


def test_every_case_has_a_stable_uid(vault):
    a, b = vault.cases.create("A."), vault.cases.create("B.")
    uids = {uid_of(vault, a.id), uid_of(vault, b.id)}
    assert len(uids) == 2 and all(len(u) == 32 for u in uids)
    vault.cases.rename(a.id, "A2.")
    assert uid_of(vault, a.id) in uids
    with pytest.raises(Exception, match="keeps its uid"):
        vault.conn.execute("UPDATE cases SET uid = 'x' WHERE id = ?", (a.id,))


# --- the round trip -----------------------------------------------------------------------


def test_cases_move_with_all_their_rows_remapped(source, target, tmp_path, kdf):
    a, b = two_cases(source)
    expected = {uid_of(source, c.id): people_view(source, c.id) for c in (a, b)}
    path = export(source, [a.id, b.id], tmp_path, kdf)
    before = len(target.cases.list())

    result = transfer.import_transfer(target, path, ONE_TIME)

    assert len(result.imported) == 2 and result.skipped == [] and result.recoded == {}
    assert len(target.cases.list()) == before + 2
    for case in (a, b):
        uid = uid_of(source, case.id)
        moved = case_by_uid(target, uid)
        assert (moved.code, moved.pseudonym, moved.summary, moved.status, moved.opened_on) == (
            case.code, case.pseudonym, case.summary, case.status, case.opened_on)
        assert moved.id != case.id  # the target's ids were taken
        assert people_view(target, moved.id) == expected[uid]
    assert target.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert target.check() == []
    # The full-text index of the target now finds the imported notes too.
    found = target.conn.execute(
        "SELECT count(*) FROM t_notes_fts WHERE t_notes_fts MATCH 'anna'").fetchone()[0]
    assert found == 3
    # Only ids and actions reach the audit trails.
    assert [e[3:5] for e in source.audit.entries()[-2:]] == [("exported", "case")] * 2
    assert [e[3] for e in target.audit.entries()[-2:]] == ["created", "created"]
    assert {e[5] for e in target.audit.entries()[-2:]} == {str(i) for i in result.imported}


def test_the_file_holds_no_plaintext(source, tmp_path, kdf):
    a, _b = two_cases(source)
    data = export(source, [a.id], tmp_path, kdf).read_bytes()
    for text in (b"Anna", b"anna", b"summary of", ONE_TIME.encode()):
        assert text not in data
    assert json.loads(data)["format"] == "legato-desk-transfer"


def test_one_time_passphrase_is_forgiving_to_type(source, target, tmp_path, kdf):
    a, _b = two_cases(source)
    path = export(source, [a.id], tmp_path, kdf)
    passphrase = transfer.new_transfer_passphrase()
    assert len(passphrase) == 29 and passphrase != transfer.new_transfer_passphrase()
    transfer.import_transfer(target, path, ONE_TIME.lower().replace("-", " "))
    assert case_by_uid(target, uid_of(source, a.id)) is not None


# --- duplicates and conflicts ------------------------------------------------------------


def test_importing_the_same_case_twice_skips_it_by_default(source, target, tmp_path, kdf):
    a, _b = two_cases(source)
    path = export(source, [a.id], tmp_path, kdf)
    transfer.import_transfer(target, path, ONE_TIME)
    before = fingerprint(target)
    contents = transfer.read_transfer(target, path, ONE_TIME)
    assert [c.duplicate_of is not None for c in contents.cases] == [True]

    result = transfer.import_transfer(target, path, ONE_TIME)

    assert result.imported == [] and result.skipped == [a.code]
    assert fingerprint(target) == before


def test_replace_takes_the_newer_version_of_a_duplicate(source, target, tmp_path, kdf):
    a, _b = two_cases(source)
    transfer.import_transfer(target, export(source, [a.id], tmp_path, kdf), ONE_TIME)
    source.cases.set_summary(a.id, "the newer summary")
    source.conn.execute("DELETE FROM t_links WHERE case_id = ? AND note LIKE '%2-none'", (a.id,))
    path = export(source, [a.id], tmp_path, kdf, "second.legato-transfer")

    result = transfer.import_transfer(target, path, ONE_TIME, duplicates=transfer.REPLACE)

    assert result.replaced == [a.code] and len(result.imported) == 1
    uid = uid_of(source, a.id)
    assert target.conn.execute("SELECT count(*) FROM cases WHERE uid = ?", (uid,)).fetchone()[0] == 1
    moved = case_by_uid(target, uid)
    assert moved.summary == "the newer summary"
    assert people_view(target, moved.id) == people_view(source, a.id)
    assert "erased" in [e[3] for e in target.audit.entries()]


def test_a_code_already_used_here_gets_the_next_free_code(source, target, tmp_path, kdf):
    a, _b = two_cases(source)
    target.cases.create("Here.")  # numbered like the first case of the source
    taken = {c.code for c in target.cases.list()}
    assert a.code in taken
    contents = transfer.read_transfer(target, export(source, [a.id], tmp_path, kdf), ONE_TIME)
    assert [c.code_taken for c in contents.cases] == [True]

    result = transfer.import_contents(target, contents)

    new_code = result.recoded[a.code]
    assert new_code not in taken
    assert case_by_uid(target, uid_of(source, a.id)).code == new_code


def test_a_conflict_inside_the_rows_imports_nothing(source, target, tmp_path, kdf):
    a, b = two_cases(source)
    path = export(source, [a.id, b.id], tmp_path, kdf)
    # A person here already carries a uid from the second case of the file.
    target.conn.execute("UPDATE t_people SET uid = 'ben-uid-2' WHERE id = 1")
    before = fingerprint(target)

    with pytest.raises(transfer.TransferConflict) as err:
        transfer.import_transfer(target, path, ONE_TIME)

    assert "Nothing was imported" in err.value.message
    assert fingerprint(target) == before


def test_a_file_from_a_newer_version_is_refused(source, target, tmp_path, kdf):
    a, _b = two_cases(source)
    source.conn.execute("CREATE TABLE t_future (id INTEGER PRIMARY KEY, case_id INTEGER"
                        " NOT NULL REFERENCES cases(id) ON DELETE CASCADE, x TEXT)")
    source.conn.execute("INSERT INTO t_future (case_id, x) VALUES (?, 'later')", (a.id,))
    path = export(source, [a.id], tmp_path, kdf)
    before = fingerprint(target)
    with pytest.raises(VaultTooNew, match="newer legato-desk"):
        transfer.import_transfer(target, path, ONE_TIME)
    assert fingerprint(target) == before


def test_export_of_a_missing_case_writes_nothing(source, tmp_path, kdf):
    path = tmp_path / "x.legato-transfer"
    with pytest.raises(KnownError):
        transfer.export_cases(source, [999], path, ONE_TIME, kdf=kdf)
    with pytest.raises(KnownError):
        transfer.export_cases(source, [], path, ONE_TIME, kdf=kdf)
    assert not path.exists() and list(tmp_path.glob("*.partial")) == []
    assert "exported" not in [e[3] for e in source.audit.entries()]


# --- wrong passphrase and damaged files ------------------------------------------------------


def _damage(data: bytes, how: str) -> bytes:
    if how == "flipped byte in the ciphertext":
        envelope = json.loads(data)
        ct = bytearray(envelope["ct"].encode())
        ct[len(ct) // 2] = ord("A") if ct[len(ct) // 2] != ord("A") else ord("B")
        envelope["ct"] = ct.decode()
        return json.dumps(envelope).encode()
    if how == "flipped byte anywhere":
        out = bytearray(data)
        out[len(out) // 3] ^= 0x01
        return bytes(out)
    if how == "truncated":
        return data[: len(data) // 2]
    if how == "empty":
        return b""
    if how == "random bytes":
        import os

        return os.urandom(len(data))
    if how == "a vault header":
        return b'{"format": "legato-desk-vault", "version": 1}'
    if how == "huge kdf cost":
        envelope = json.loads(data)
        envelope["kdf"]["m"] = 64 * 1024 * 1024
        return json.dumps(envelope).encode()
    raise AssertionError(how)


@pytest.mark.parametrize("how", ["flipped byte in the ciphertext", "flipped byte anywhere",
                                 "truncated", "empty", "random bytes", "a vault header",
                                 "huge kdf cost"])
def test_a_damaged_file_is_refused_and_nothing_is_imported(source, target, tmp_path, kdf, how):
    a, _b = two_cases(source)
    path = export(source, [a.id], tmp_path, kdf)
    path.write_bytes(_damage(path.read_bytes(), how))
    before = fingerprint(target)
    with pytest.raises(KnownError) as err:
        transfer.import_transfer(target, path, ONE_TIME)
    assert isinstance(err.value, (transfer.TransferDamaged, transfer.WrongTransferPassphrase))
    assert "Nothing was imported" in err.value.message
    assert fingerprint(target) == before


def test_a_wrong_passphrase_is_refused_and_nothing_is_imported(source, target, tmp_path, kdf):
    a, _b = two_cases(source)
    path = export(source, [a.id], tmp_path, kdf)
    before = fingerprint(target)
    with pytest.raises(transfer.WrongTransferPassphrase):
        transfer.import_transfer(target, path, "WRONG-WRONG-WRONG-WRONG-WRONG-WRON")
    assert fingerprint(target) == before


def test_a_missing_file_gives_a_clear_message(target, tmp_path):
    with pytest.raises(KnownError, match="cannot be read"):
        transfer.import_transfer(target, tmp_path / "nope.legato-transfer", ONE_TIME)


def test_cases_of_an_older_vault_get_uids_when_it_is_upgraded(vault_dir, kdf):
    from legato_desk.vault import migrations
    from tests.vault.test_migrations import make_old_vault

    before_uids = next(m.version for m in migrations.available() if "case_uid" in m.name) - 1
    make_old_vault(vault_dir, kdf, schema=before_uids,
                   cases=(("2025-001", "Old A."), ("2025-002", "Old B.")))
    vault = Vault.open(vault_dir, PASSPHRASE)
    try:
        uids = [r[0] for r in vault.conn.execute("SELECT uid FROM cases")]
        assert len(uids) == 2 and len(set(uids)) == 2 and all(len(u) == 32 for u in uids)
        assert len(uid_of(vault, vault.cases.create("New.").id)) == 32
    finally:
        vault.close()


def test_the_whole_demo_case_moves_to_another_vault_intact(vault_dir, tmp_path, kdf):
    """Every feature's rows: map, snapshots, key-clients, signed sessions, safeguarding."""
    from legato_desk.demo import populate
    from legato_desk.model.map_diff import diff_maps

    a, _r = Vault.create(tmp_path / "a", PASSPHRASE, kdf=kdf)
    b, _r = Vault.create(tmp_path / "b", PASSPHRASE, kdf=kdf)
    try:
        populate(a)
        case = a.cases.list()[0]  # M.'s, with plan and conference (S.'s stays)
        path = export(a, [case.id], tmp_path, kdf)
        transfer.import_transfer(b, path, ONE_TIME)
        [moved] = b.cases.list()
        assert diff_maps(a.maps.state(case.id), b.maps.state(moved.id)).is_empty
        assert len(b.maps.snapshots(moved.id)) == len(a.maps.snapshots(case.id))
        old = [x for x in a.sessions.list(case.id)]
        new = [x for x in b.sessions.list(moved.id)]
        assert [(x.held_at, x.signed, x.addenda) for x in new] == [
            (x.held_at, x.signed, x.addenda) for x in old]
        assert b.sessions.search("apprenticeship")  # the full-text index was rebuilt
        assert [c.status for c in b.keyclients.candidates(moved.id)] == [
            c.status for c in a.keyclients.candidates(case.id)]
        assert len(b.safeguarding.for_case(moved.id)) == len(a.safeguarding.for_case(case.id))
        # Contact plans and open doors (schema 16) follow their key-clients.
        plans = lambda v, cid: {c.uid: v.contact_plans.steps(c.id)  # noqa: E731
                                for c in v.keyclients.candidates(cid)}
        doors = lambda v, cid: {c.uid: v.open_doors.current(c.id).route  # noqa: E731
                                for c in v.keyclients.candidates(cid) if v.open_doors.current(c.id)}
        assert plans(b, moved.id) == plans(a, case.id) and any(plans(a, case.id).values())
        assert doors(b, moved.id) == doors(a, case.id) and doors(a, case.id)
        [shared] = [d for d in b.sharing.for_case(moved.id) if d.recipient.startswith("Ms")]
        assert shared.contact_id is None  # the other office's directory did not move
        assert b.check() == []
    finally:
        a.close()
        b.close()


# --- other names (schema 11) ----------------------------------------------------------------


def _case_with_names(vault):
    case = vault.cases.create("Emre Y.")
    index = vault.maps.ensure_index(case.id)
    vault.maps.update_person(index.id, name="Emre Yılmaz", aliases="Emo, Yılmaz")
    vault.maps.add_person(case.id, 0.0, -0.25, name="Mother", aliases="Leyla; Mrs Y.")
    vault.maps.take_snapshot(case.id, "intake", date(2025, 3, 1))
    return case


def test_other_names_and_the_real_name_move_with_the_case(source, target, tmp_path, kdf):
    case = _case_with_names(source)
    path = export(source, [case.id], tmp_path, kdf)

    transfer.import_transfer(target, path, ONE_TIME)

    moved = case_by_uid(target, uid_of(source, case.id))
    names = {p.uid: (p.is_index, p.name, p.aliases) for p in target.maps.state(moved.id).persons}
    assert names == {p.uid: (p.is_index, p.name, p.aliases)
                     for p in source.maps.state(case.id).persons}
    assert sorted(names.values()) == [(False, "Mother", "Leyla, Mrs Y."),
                                      (True, "Emre Yılmaz", "Emo, Yılmaz")]
    [snap] = target.maps.snapshots(moved.id)
    assert target.maps.snapshot_state(snap.id).index_client.aliases == "Emo, Yılmaz"


def test_a_handover_file_from_before_aliases_still_imports(source, target, tmp_path, kdf):
    """A file made at schema 10 has no "aliases" column: the persons get none."""
    case = _case_with_names(source)
    data = transfer.open_transfer(export(source, [case.id], tmp_path, kdf), ONE_TIME)
    data["schema"] = 10
    for table in data["tables"]:
        if table["name"] == "persons":
            at = table["columns"].index("aliases")
            del table["columns"][at]
            for row in table["rows"]:
                del row[at]

    transfer.import_contents(target, transfer.check_contents(target, data))

    moved = case_by_uid(target, uid_of(source, case.id))
    persons = target.maps.state(moved.id).persons
    assert sorted((p.name, p.aliases) for p in persons) == [("Emre Yılmaz", ""), ("Mother", "")]
    assert target.check() == []


def test_the_intake_follows_its_case_to_a_new_id(source, target, tmp_path, kdf):
    """The intake is keyed by its case: it must take the case's new id, not one
    numbered on its own (which pointed at no case, or at another one: the demo's
    main case, id 2, was refused as damaged when it arrived as id 1)."""
    from legato_desk.model.intake import CallerCategory, Intake, ReferralRoute

    cases = [source.cases.create("A."), source.cases.create("B.")]
    for case in cases:
        source.intake.save(Intake(case.id, CallerCategory.FAMILY, ReferralRoute.JUSTICE,
                                  concern=f"concern of {case.pseudonym}"))
    own = target.cases.list()[-1]  # with an intake of its own: numbering of their own collides
    target.intake.save(Intake(own.id, concern="the target's own"))
    transfer.import_transfer(target, export(source, [c.id for c in cases], tmp_path, kdf),
                             ONE_TIME)
    for case in cases:
        moved = next(c for c in target.cases.list() if c.pseudonym == case.pseudonym)
        assert moved.id != case.id
        intake = target.intake.get(moved.id)
        assert intake.concern == f"concern of {case.pseudonym}"
        assert intake.referral_route is ReferralRoute.JUSTICE
    assert target.intake.get(own.id).concern == "the target's own"

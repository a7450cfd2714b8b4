"""Schema migrations: upgrades from old vaults, refusal of newer ones, rollback."""

import hashlib
from datetime import date
from types import SimpleNamespace

import pytest

from legato_desk.vault import Vault, VaultPaths, connection, keys, migrations
from legato_desk.vault.errors import VaultTooNew
from legato_desk.vault.header import Header
from tests.conftest import PASSPHRASE


def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def user_version(conn) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def table_names(conn) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def make_old_vault(folder, kdf, *, schema: int, cases=(("2025-001", "Old A."),)):
    """A vault as an older legato-desk at ``schema`` would have left it."""
    paths = VaultPaths(folder)
    folder.mkdir(parents=True)
    data_key = keys.new_data_key()
    conn = connection.connect(paths.db, data_key)
    try:
        assert migrations.migrate(conn, target=schema) == schema
        for code, pseudonym in cases:
            conn.execute(
                "INSERT INTO cases (code, pseudonym, status, opened_on, last_activity, summary)"
                " VALUES (?, ?, 'active', '2025-02-03', '2025-02-03T10:00:00+00:00', ?)",
                (code, pseudonym, f"summary of {pseudonym}"),
            )
    finally:
        conn.close()
    Header.create(PASSPHRASE, data_key, kdf, keys.new_recovery_key()).write(paths.header)
    return paths, data_key


# --- the list of migrations -----------------------------------------------------


def test_migrations_are_numbered_one_to_n_without_gaps():
    found = migrations.available()
    assert found, "there must be at least one migration"
    assert [m.version for m in found] == list(range(1, len(found) + 1))
    assert migrations.latest_version() == len(found)
    for m in found:
        assert m.name.startswith(f"{m.version:04d}_")
        assert m.sql.strip()
        assert migrations._statements(m.sql)


def test_a_gap_in_the_numbering_is_a_bug(monkeypatch, tmp_path):
    schema = tmp_path / "schema"
    schema.mkdir()
    (schema / "0001_first.sql").write_text("CREATE TABLE a (x);")
    (schema / "0003_third.sql").write_text("CREATE TABLE c (x);")
    (schema / "README.txt").write_text("ignored")
    monkeypatch.setattr(migrations, "resources", SimpleNamespace(files=lambda _pkg: tmp_path))
    with pytest.raises(RuntimeError, match="1..n"):
        migrations.available()
    (schema / "0002_second.sql").write_text("CREATE TABLE b (x);")
    assert [m.version for m in migrations.available()] == [1, 2, 3]


def test_statements_keep_triggers_whole():
    sql = migrations.available()[1].sql
    statements = migrations._statements(sql)
    triggers = [s for s in statements if s.upper().startswith("CREATE TRIGGER")]
    assert len(triggers) == 2
    assert all(t.rstrip().endswith("END;") for t in triggers)


# --- fresh vaults -----------------------------------------------------------------


def test_new_vault_is_at_the_latest_schema_without_a_backup(vault, vault_dir):
    assert vault.schema_version == migrations.latest_version()
    assert not (vault_dir / "backups").exists()


def test_migrate_is_idempotent(vault):
    before = table_names(vault.conn)
    assert migrations.migrate(vault.conn) == migrations.latest_version()
    assert table_names(vault.conn) == before
    assert user_version(vault.conn) == migrations.latest_version()


# --- upgrading from schema 1 ------------------------------------------------------


def test_upgrade_from_schema_1(vault_dir, kdf):
    paths, data_key = make_old_vault(vault_dir, kdf, schema=1,
                                     cases=(("2025-001", "Old A."), ("2025-002", "Old B.")))

    vault = Vault.open(vault_dir, PASSPHRASE)
    try:
        assert vault.schema_version == migrations.latest_version()
        stored = {c.code: c for c in vault.cases.list()}
        assert set(stored) == {"2025-001", "2025-002"}
        assert stored["2025-001"].pseudonym == "Old A."
        assert stored["2025-001"].summary == "summary of Old A."
        entries = vault.audit.entries()
        assert [(e[2], e[3], e[4], e[5]) for e in entries] == [
            ("migration", "created", "case", str(stored["2025-001"].id)),
            ("migration", "created", "case", str(stored["2025-002"].id)),
        ]
        assert vault.audit.verify() is None
        # New changes continue the chain the migration started.
        vault.cases.rename(stored["2025-001"].id, "Old A. renamed")
        assert vault.audit.verify() is None
        assert vault.check() == []
    finally:
        vault.close()

    backups = list((vault_dir / "backups").iterdir())
    assert len(backups) == 1
    backup = backups[0]
    assert backup.name.endswith("before-schema-2")
    assert sorted(p.name for p in backup.iterdir()) == ["vault.db", "vault.header"]
    # The backup is the old vault: encrypted, at schema 1, same key, case inside.
    assert Header.read(backup / "vault.header").unlock(PASSPHRASE) == data_key
    assert not (backup / "vault.db").read_bytes().startswith(b"SQLite format 3")
    old = connection.connect(backup / "vault.db", data_key)
    try:
        assert user_version(old) == 1
        assert "audit_log" not in table_names(old)
        assert old.execute("SELECT code, pseudonym FROM cases ORDER BY code").fetchall() == [
            ("2025-001", "Old A."), ("2025-002", "Old B.")]
        assert connection.integrity_problems(old, full=True) == []
    finally:
        old.close()


def test_upgraded_vault_is_not_migrated_or_backed_up_again(vault_dir, kdf):
    make_old_vault(vault_dir, kdf, schema=1)
    Vault.open(vault_dir, PASSPHRASE).close()
    vault = Vault.open(vault_dir, PASSPHRASE)
    try:
        assert len(vault.audit.entries()) == 1
    finally:
        vault.close()
    assert len(list((vault_dir / "backups").iterdir())) == 1


def test_upgrade_of_an_empty_schema_1_vault(vault_dir, kdf):
    make_old_vault(vault_dir, kdf, schema=1, cases=())
    vault = Vault.open(vault_dir, PASSPHRASE)
    try:
        assert vault.schema_version == migrations.latest_version()
        assert vault.audit.entries() == []
        assert vault.cases.create("New.").code.endswith("-001")
        assert vault.audit.verify() is None
    finally:
        vault.close()


@pytest.mark.parametrize("schema", range(1, migrations.latest_version()))
def test_upgrade_from_every_earlier_schema(vault_dir, kdf, schema):
    make_old_vault(vault_dir, kdf, schema=schema)
    vault = Vault.open(vault_dir, PASSPHRASE)
    try:
        assert vault.schema_version == migrations.latest_version()
        assert [c.code for c in vault.cases.list()] == ["2025-001"]
        assert vault.check() == []
    finally:
        vault.close()
    assert len(list((vault_dir / "backups").iterdir())) == 1


# --- a vault from the future --------------------------------------------------------


def test_newer_vault_is_refused_and_left_alone(vault, vault_dir):
    vault.cases.create("A.")
    key = vault._key
    vault.close()
    conn = connection.connect(vault_dir / "vault.db", key)
    conn.execute(f"PRAGMA user_version = {migrations.latest_version() + 1}")
    conn.close()
    before = {p.name: sha256(p) for p in vault_dir.iterdir() if p.is_file()}
    assert "vault.db-wal" not in before

    with pytest.raises(VaultTooNew) as err:
        Vault.open(vault_dir, PASSPHRASE)
    assert "newer version" in err.value.message

    after = {p.name: sha256(p) for p in vault_dir.iterdir()
             if p.is_file() and p.name in before}
    assert after == before
    assert not (vault_dir / "backups").exists()
    conn = connection.connect(vault_dir / "vault.db", key, read_only=True)
    try:
        assert user_version(conn) == migrations.latest_version() + 1
    finally:
        conn.close()


def test_migrate_itself_refuses_a_newer_schema(vault):
    vault.conn.execute(f"PRAGMA user_version = {migrations.latest_version() + 5}")
    with pytest.raises(VaultTooNew):
        migrations.migrate(vault.conn)
    assert user_version(vault.conn) == migrations.latest_version() + 5


# --- a migration that fails halfway --------------------------------------------------

BROKEN_SQL = """\
-- A migration that breaks after doing some work.
CREATE TABLE half_made (x INTEGER NOT NULL);
INSERT INTO half_made VALUES (1);
UPDATE cases SET pseudonym = 'changed by the broken migration';
INSERT INTO cases (code) VALUES ('no pseudonym: violates NOT NULL');
CREATE TABLE never_reached (y);
"""


@pytest.fixture
def broken_next_migration(monkeypatch):
    real = migrations.available()
    broken = migrations.Migration(len(real) + 1, f"{len(real) + 1:04d}_broken.sql", BROKEN_SQL)
    monkeypatch.setattr(migrations, "available", lambda: [*real, broken])
    return len(real)


def test_failed_migration_rolls_back_fully(vault, vault_dir, broken_next_migration):
    current = broken_next_migration
    case = vault.cases.create("A.")
    entries_before = vault.audit.entries()
    key = vault._key
    vault.close()

    with pytest.raises(connection.IntegrityError):
        Vault.open(vault_dir, PASSPHRASE)

    conn = connection.connect(vault_dir / "vault.db", key)
    try:
        assert user_version(conn) == current
        tables = table_names(conn)
        assert "half_made" not in tables
        assert "never_reached" not in tables
        assert conn.execute("SELECT id, pseudonym FROM cases").fetchall() == [(case.id, "A.")]
        assert conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == len(
            entries_before)
        assert connection.integrity_problems(conn, full=True) == []
    finally:
        conn.close()
    # The backup made before migrating is there and intact.
    backups = list((vault_dir / "backups").iterdir())
    assert len(backups) == 1 and backups[0].name.endswith(f"before-schema-{current + 1}")


def test_failed_migration_on_a_raw_connection_keeps_the_old_version(
        vault, broken_next_migration):
    current = broken_next_migration
    conn = vault.conn
    with pytest.raises(connection.IntegrityError):
        migrations.migrate(conn)
    assert not conn.in_transaction
    assert user_version(conn) == current
    assert "half_made" not in table_names(conn)


def test_vault_opens_normally_after_a_failed_migration(vault, vault_dir, monkeypatch):
    vault.cases.create("A.")
    vault.close()
    real = migrations.available()
    broken = migrations.Migration(len(real) + 1, "broken", BROKEN_SQL)
    monkeypatch.setattr(migrations, "available", lambda: [*real, broken])
    with pytest.raises(connection.IntegrityError):
        Vault.open(vault_dir, PASSPHRASE)
    monkeypatch.undo()
    reopened = Vault.open(vault_dir, PASSPHRASE)
    try:
        assert reopened.schema_version == len(real)
        assert [c.pseudonym for c in reopened.cases.list()] == ["A."]
        assert reopened.check() == []
    finally:
        reopened.close()


# --- schema 10: who is on each snapshot -------------------------------------------------


def test_schema_10_lists_the_persons_of_snapshots_taken_before_it(vault_dir, kdf):
    """A schema-9 vault's snapshots give their persons (schema 10's list, now
    schema 20's roster) from their states."""
    from legato_desk.model import map as m

    paths, data_key = make_old_vault(vault_dir, kdf, schema=9)
    conn = connection.connect(paths.db, data_key)
    try:
        case_id = conn.execute("SELECT id FROM cases").fetchone()[0]
        state = m.MapState((m.Person(id=7, case_id=case_id, uid="u-index", is_index=True),
                            m.Person(id=9, case_id=case_id, uid="u-nine", name="N.")))
        conn.execute("INSERT INTO map_snapshots (case_id, uid, taken_on, label, created_at,"
                     " state) VALUES (?, 's1', '2025-03-01', 'one', '2025-03-01T10:00:00',"
                     " ?)", (case_id, m.state_to_json(state)))
        conn.execute("INSERT INTO map_snapshots (case_id, uid, taken_on, label, created_at,"
                     " state) VALUES (?, 's2', '2025-04-01', 'empty', '2025-04-01T10:00:00',"
                     " ?)", (case_id, m.state_to_json(m.MapState())))
    finally:
        conn.close()
    vault = Vault.open(vault_dir, PASSPHRASE)
    try:
        got = {(p.id, p.uid, p.is_index) for p in vault.maps.snapshot_persons(case_id)}
        assert got == {(7, "u-index", True), (9, "u-nine", False)}
        assert vault.check() == []
    finally:
        vault.close()


# --- schema 20: the map roster --------------------------------------------------------------


def test_schema_20_fills_the_roster_from_the_snapshots_taken_before_it(vault_dir, kdf):
    """A schema-19 vault's snapshots (three of the same two people, one renamed)
    give one roster row per way of writing each person, and schema 10's
    per-snapshot list is gone."""
    from legato_desk.model import map as m

    paths, data_key = make_old_vault(vault_dir, kdf, schema=19)
    conn = connection.connect(paths.db, data_key)
    try:
        case_id = conn.execute("SELECT id FROM cases").fetchone()[0]
        index = m.Person(id=7, case_id=case_id, uid="u-index", is_index=True)
        for i, name in enumerate(("Nour", "Nour", "Nour H.")):
            state = m.MapState((index, m.Person(id=9, case_id=case_id, uid="u-nine", name=name,
                                                kind=m.PersonKind.INSTITUTION)))
            conn.execute("INSERT INTO map_snapshots (case_id, uid, taken_on, label, created_at,"
                         " state) VALUES (?, ?, '2025-03-01', 'one', '2025-03-01T10:00:00', ?)",
                         (case_id, f"s{i}", m.state_to_json(state)))
    finally:
        conn.close()
    vault = Vault.open(vault_dir, PASSPHRASE)
    try:
        rows = vault.conn.execute("SELECT person_id, uid, is_index, name, kind FROM map_roster"
                                  " ORDER BY id").fetchall()
        assert rows == [(7, "u-index", 1, "", "person"), (9, "u-nine", 0, "Nour", "institution"),
                        (9, "u-nine", 0, "Nour H.", "institution")]
        columns = [r[1] for r in vault.conn.execute("PRAGMA table_info(map_snapshots)")]
        assert "persons" not in columns
        assert {p.name for p in vault.maps.snapshot_names(case_id)} == {"", "Nour", "Nour H."}
        assert vault.check() == []
    finally:
        vault.close()


# --- schema 11: other names of persons ---------------------------------------------------


def test_schema_11_keeps_every_person_and_gives_them_no_aliases(vault_dir, kdf):
    """A schema-10 vault's persons, ties and snapshots come through unchanged."""
    from legato_desk.model import map as m

    paths, data_key = make_old_vault(vault_dir, kdf, schema=10)
    conn = connection.connect(paths.db, data_key)
    try:
        case_id = conn.execute("SELECT id FROM cases").fetchone()[0]
        conn.execute("INSERT INTO persons (id, case_id, uid, is_index) VALUES (1, ?, 'i', 1)",
                     (case_id,))
        conn.execute("INSERT INTO persons (id, case_id, uid, name, role, note, x, y)"
                     " VALUES (2, ?, 'm', 'Mrs K.', 'mother', 'a note', 0.0, -0.25)",
                     (case_id,))
        conn.execute("INSERT INTO relations (case_id, uid, person_a, person_b, kind)"
                     " VALUES (?, 't', 1, 2, 'family')", (case_id,))
        old_state = m.MapState((m.Person(id=1, case_id=case_id, uid="i", is_index=True),
                                m.Person(id=2, case_id=case_id, uid="m", name="Mrs K.")))
        old_json = m.state_to_json(old_state).replace(',"aliases":""', "")
        assert "aliases" not in old_json  # as schema 10 wrote it
        conn.execute("INSERT INTO map_snapshots (case_id, uid, taken_on, label, created_at,"
                     " state) VALUES (?, 's', '2025-03-01', 'intake', '2025-03-01T10:00:00',"
                     " ?)", (case_id, old_json))
    finally:
        conn.close()
    vault = Vault.open(vault_dir, PASSPHRASE)
    try:
        assert vault.schema_version == migrations.latest_version()
        state = vault.maps.state(case_id)
        assert [(p.id, p.uid, p.name, p.role, p.note, p.aliases) for p in state.persons] == [
            (1, "i", "", "", "", ""), (2, "m", "Mrs K.", "mother", "a note", "")]
        assert [(r.a, r.b) for r in state.relations] == [(1, 2)]
        [snap] = vault.maps.snapshots(case_id)
        assert vault.maps.snapshot_state(snap.id) == old_state
        assert vault.maps.update_person(2, aliases="Mum").aliases == "Mum"
        with pytest.raises(Exception, match="CHECK"):  # the schema holds the limit too
            vault.conn.execute("UPDATE persons SET aliases = ? WHERE id = 2", ("x" * 401,))
        assert vault.check() == []
    finally:
        vault.close()
    [backup] = (vault_dir / "backups").iterdir()
    assert backup.name.endswith("before-schema-11")


# --- schema 13: consent of disclosures ---------------------------------------------------


def test_schema_13_keeps_every_disclosure_and_reads_consent_from_its_ground(vault_dir, kdf):
    from legato_desk.model.safeguarding import Consent

    paths, data_key = make_old_vault(vault_dir, kdf, schema=12)
    conn = connection.connect(paths.db, data_key)
    try:
        case_id = conn.execute("SELECT id FROM cases").fetchone()[0]
        for uid, ground in (("d1", "consent"), ("d2", "legal_duty")):
            conn.execute(
                "INSERT INTO disclosures (uid, case_id, shared_at, what, recipient, purpose,"
                " ground) VALUES (?, ?, '2025-03-01T10:00:00+00:00', 'w', 'r', 'p', ?)",
                (uid, case_id, ground))
    finally:
        conn.close()
    vault = Vault.open(vault_dir, PASSPHRASE)
    try:
        assert vault.schema_version == migrations.latest_version()
        entries = vault.sharing.for_case(case_id)
        assert [(d.ground.value, d.consent, d.client_told, d.consent_withdrawn_at)
                for d in entries] == [("consent", Consent.GIVEN, False, None),
                                      ("legal_duty", Consent.NOT_RECORDED, False, None)]
        with pytest.raises(Exception, match="CHECK"):
            vault.conn.execute("UPDATE disclosures SET consent = 'maybe'")
        assert vault.check() == []
    finally:
        vault.close()


def test_schema_22_keeps_the_contact_names_of_the_records_tied_to_them(vault_dir, kdf):
    """A schema-21 vault's referral and sharing entry tied to a directory contact give
    the case that contact's and deputy's names; after the entry is deleted (the
    link then NULL) they stay, and a new link adds its contact's names."""
    paths, data_key = make_old_vault(vault_dir, kdf, schema=21)
    conn = connection.connect(paths.db, data_key)
    try:
        case_id = conn.execute("SELECT id FROM cases").fetchone()[0]
        conn.execute("INSERT INTO agencies (id, uid, name, kind) VALUES (1, 'a', 'Probation',"
                     " 'probation')")
        conn.execute("INSERT INTO agency_contacts (id, uid, agency_id, name, deputy)"
                     " VALUES (4, 'c', 1, 'Rosa Quandt', 'Ivo Lenk')")
        conn.execute("INSERT INTO referrals (uid, case_id, referred_on, contact_id, recipient,"
                     " reason, agreement, created_at) VALUES ('r', ?, '2025-03-01', 4,"
                     " 'Rosa Quandt (Probation)', 'housing', 'agreed', '2025-03-01')",
                     (case_id,))
    finally:
        conn.close()
    vault = Vault.open(vault_dir, PASSPHRASE)
    try:
        def names():
            return [r[0] for r in vault.conn.execute(
                "SELECT name FROM case_contact_names WHERE case_id = ? ORDER BY id", (case_id,))]

        assert names() == ["Ivo Lenk", "Rosa Quandt"]
        vault.directory.delete_contact(4)
        assert names() == ["Ivo Lenk", "Rosa Quandt"]
        agency = vault.directory.add_agency("Youth welfare", "youth_welfare")
        other = vault.directory.save_contact(agency.id, name="Lena Berg")
        vault.referrals.add(case_id, referred_on=date(2025, 3, 2), recipient="Lena Berg",
                            reason="school", agreement="agreed", contact_id=other)
        assert names() == ["Ivo Lenk", "Rosa Quandt", "Lena Berg"]
        assert vault.check() == []
    finally:
        vault.close()

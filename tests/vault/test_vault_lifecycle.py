"""A vault from creation to reopening: keys, header, pragmas, cases, audit trail."""

import base64
import hashlib
import json
from datetime import date, datetime, timezone

import pytest

from legato_desk.errors import KnownError, ValidationError
from legato_desk.model.case import CaseStatus
from legato_desk.vault import Vault, connection, keys
from legato_desk.vault.cases import CaseNotFound, CaseRepository
from legato_desk.vault.errors import (
    HeaderDamaged,
    VaultExists,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryKey,
)
from legato_desk.vault.header import Header
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE

THIRD_PASSPHRASE = "amber lantern across quiet meadows"


def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fingerprint(folder) -> dict[str, str]:
    return {name: sha256(folder / name) for name in ("vault.db", "vault.header")}


def raw_key(folder, passphrase=PASSPHRASE) -> bytes:
    return Header.read(folder / "vault.header").unlock(passphrase)


@pytest.fixture
def closed_vault(vault_dir, kdf):
    """A closed vault holding two cases; returns the folder."""
    vault, _recovery = Vault.create(vault_dir, PASSPHRASE, kdf=kdf)
    first = vault.cases.create("A.", opened_on=date(2026, 3, 1))
    vault.cases.set_summary(first.id, "marker-summary-one")
    vault.cases.create("B.", opened_on=date(2026, 3, 2))
    vault.close()
    return vault_dir


# --- create / open / close ------------------------------------------------------


def test_create_makes_a_folder_with_database_and_header(vault_dir, kdf):
    assert not vault_dir.exists()
    vault, recovery = Vault.create(vault_dir, PASSPHRASE, kdf=kdf)
    try:
        assert vault.is_open
        assert (vault_dir / "vault.db").is_file()
        assert (vault_dir / "vault.header").is_file()
        assert keys.normalise_recovery_key(recovery) == recovery
        assert vault.kdf == kdf
        assert vault.cases.list() == []
    finally:
        vault.close()
    assert not vault.is_open
    assert vault.conn is None


def test_close_twice_is_harmless(vault):
    vault.close()
    vault.close()
    assert not vault.is_open


def test_create_close_open_with_the_passphrase(closed_vault):
    vault = Vault.open(closed_vault, PASSPHRASE)
    try:
        assert sorted(c.pseudonym for c in vault.cases.list()) == ["A.", "B."]
        assert vault.check() == []
    finally:
        vault.close()


def test_close_checkpoints_the_wal(vault, vault_dir):
    vault.cases.create("A.")
    vault.close()
    wal = vault_dir / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0


def test_wrong_passphrase_is_refused_and_changes_nothing(closed_vault):
    before = fingerprint(closed_vault)
    with pytest.raises(WrongPassphrase) as err:
        Vault.open(closed_vault, OTHER_PASSPHRASE)
    assert isinstance(err.value, KnownError)
    assert "passphrase" in err.value.message.lower()
    with pytest.raises(WrongPassphrase):
        Vault.open(closed_vault, PASSPHRASE.upper())
    with pytest.raises(WrongPassphrase):
        Vault.open(closed_vault, "")
    assert fingerprint(closed_vault) == before
    # And the right one still works afterwards.
    Vault.open(closed_vault, PASSPHRASE).close()


# --- recovery ----------------------------------------------------------------------


def test_recovery_key_opens_and_sets_a_new_passphrase(vault_with_recovery, vault_dir):
    vault, recovery = vault_with_recovery
    case = vault.cases.create("R.", opened_on=date(2026, 1, 5))
    vault.cases.set_summary(case.id, "kept through recovery")
    vault.close()

    recovered = Vault.recover(vault_dir, recovery, OTHER_PASSPHRASE)
    try:
        assert recovered.cases.get(case.id).summary == "kept through recovery"
    finally:
        recovered.close()

    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, PASSPHRASE)
    reopened = Vault.open(vault_dir, OTHER_PASSPHRASE)
    try:
        again = reopened.cases.get(case.id)
        assert (again.pseudonym, again.code, again.summary) == (
            "R.", "2026-001", "kept through recovery")
        assert reopened.audit.verify() is None
    finally:
        reopened.close()


def test_recovery_key_still_works_after_recovery(vault_with_recovery, vault_dir):
    vault, recovery = vault_with_recovery
    vault.close()
    Vault.recover(vault_dir, recovery, OTHER_PASSPHRASE).close()
    Vault.recover(vault_dir, recovery.lower().replace("-", " "), THIRD_PASSPHRASE).close()
    Vault.open(vault_dir, THIRD_PASSPHRASE).close()


def test_wrong_recovery_key_is_refused_and_changes_nothing(vault_with_recovery, vault_dir):
    vault, recovery = vault_with_recovery
    vault.close()
    before = fingerprint(vault_dir)
    with pytest.raises(WrongRecoveryKey):
        Vault.recover(vault_dir, keys.new_recovery_key(), OTHER_PASSPHRASE)
    with pytest.raises(WrongRecoveryKey):
        Vault.recover(vault_dir, "not a key", OTHER_PASSPHRASE)
    assert fingerprint(vault_dir) == before
    Vault.open(vault_dir, PASSPHRASE).close()


def test_recovery_refuses_a_weak_new_passphrase(vault_with_recovery, vault_dir):
    vault, recovery = vault_with_recovery
    vault.close()
    before = fingerprint(vault_dir)
    with pytest.raises(ValidationError):
        Vault.recover(vault_dir, recovery, "short")
    assert fingerprint(vault_dir) == before
    Vault.open(vault_dir, PASSPHRASE).close()


# --- changing the passphrase ---------------------------------------------------------


def test_change_passphrase_rewraps_without_rewriting_the_database(closed_vault):
    db = closed_vault / "vault.db"
    db_before = sha256(db)
    header_before = sha256(closed_vault / "vault.header")
    key_before = raw_key(closed_vault)

    vault = Vault.open(closed_vault, PASSPHRASE)
    vault.change_passphrase(PASSPHRASE, OTHER_PASSPHRASE, OTHER_PASSPHRASE)
    assert sha256(db) == db_before  # not even while open
    vault.close()

    assert sha256(db) == db_before
    assert sha256(closed_vault / "vault.header") != header_before
    assert raw_key(closed_vault, OTHER_PASSPHRASE) == key_before  # same data key
    with pytest.raises(WrongPassphrase):
        Vault.open(closed_vault, PASSPHRASE)
    reopened = Vault.open(closed_vault, OTHER_PASSPHRASE)
    try:
        assert sorted(c.pseudonym for c in reopened.cases.list()) == ["A.", "B."]
    finally:
        reopened.close()


def test_change_passphrase_keeps_the_recovery_key(vault_with_recovery, vault_dir):
    vault, recovery = vault_with_recovery
    vault.change_passphrase(PASSPHRASE, OTHER_PASSPHRASE)
    vault.close()
    Vault.recover(vault_dir, recovery, THIRD_PASSPHRASE).close()
    Vault.open(vault_dir, THIRD_PASSPHRASE).close()


def test_change_passphrase_takes_effect_in_the_open_vault(vault, vault_dir):
    vault.change_passphrase(PASSPHRASE, OTHER_PASSPHRASE)
    vault.change_passphrase(OTHER_PASSPHRASE, THIRD_PASSPHRASE)
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, OTHER_PASSPHRASE)
    Vault.open(vault_dir, THIRD_PASSPHRASE).close()


@pytest.mark.parametrize("old, new, repeated, error", [
    (OTHER_PASSPHRASE, THIRD_PASSPHRASE, None, WrongPassphrase),
    (PASSPHRASE, THIRD_PASSPHRASE, OTHER_PASSPHRASE, ValidationError),
    (PASSPHRASE, "short", None, ValidationError),
    (PASSPHRASE, "password password", None, ValidationError),
])
def test_refused_change_leaves_the_header_alone(vault, vault_dir, old, new, repeated, error):
    before = sha256(vault_dir / "vault.header")
    with pytest.raises(error):
        vault.change_passphrase(old, new, repeated)
    assert sha256(vault_dir / "vault.header") == before
    vault.close()
    Vault.open(vault_dir, PASSPHRASE).close()


# --- refusing to create or open -------------------------------------------------------


def test_create_refuses_an_existing_vault(closed_vault, kdf):
    before = fingerprint(closed_vault)
    with pytest.raises(VaultExists):
        Vault.create(closed_vault, OTHER_PASSPHRASE, kdf=kdf)
    assert fingerprint(closed_vault) == before
    Vault.open(closed_vault, PASSPHRASE).close()


@pytest.mark.parametrize("leftover", ["vault.db", "vault.header"])
def test_create_refuses_a_folder_with_either_vault_file(vault_dir, kdf, leftover):
    vault_dir.mkdir()
    (vault_dir / leftover).write_bytes(b"something")
    with pytest.raises(VaultExists):
        Vault.create(vault_dir, PASSPHRASE, kdf=kdf)
    assert (vault_dir / leftover).read_bytes() == b"something"
    assert sorted(p.name for p in vault_dir.iterdir()) == [leftover]


def test_create_accepts_an_existing_empty_folder(vault_dir, kdf):
    vault_dir.mkdir()
    vault, _ = Vault.create(vault_dir, PASSPHRASE, kdf=kdf)
    vault.close()
    Vault.open(vault_dir, PASSPHRASE).close()


@pytest.mark.parametrize("weak", ["", "short", "password123456", "aaaaaaaaaaaaaaaaaaaa"])
def test_create_refuses_weak_passphrases_and_writes_nothing(vault_dir, kdf, weak):
    with pytest.raises(ValidationError):
        Vault.create(vault_dir, weak, kdf=kdf)
    assert not vault_dir.exists()


def test_open_without_a_vault(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.txt").write_text("not a vault")
    with pytest.raises(VaultNotFound):
        Vault.open(empty, PASSPHRASE)
    with pytest.raises(VaultNotFound):
        Vault.open(tmp_path / "does-not-exist", PASSPHRASE)
    assert not (tmp_path / "does-not-exist").exists()
    assert sorted(p.name for p in empty.iterdir()) == ["notes.txt"]


def test_missing_header_is_header_damaged(closed_vault):
    (closed_vault / "vault.header").unlink()
    before = sha256(closed_vault / "vault.db")
    with pytest.raises(HeaderDamaged) as err:
        Vault.open(closed_vault, PASSPHRASE)
    assert "vault.header" in err.value.message
    assert sha256(closed_vault / "vault.db") == before


def _garble(header: dict, how: str) -> bytes | str:
    if how == "random bytes":
        return bytes(range(256)) * 4
    if how == "empty":
        return ""
    if how == "truncated json":
        return json.dumps(header)[:100]
    if how == "json list":
        return "[1, 2, 3]"
    if how == "other format":
        return json.dumps({**header, "format": "something-else"})
    if how == "newer format version":
        return json.dumps({**header, "version": 99})
    if how == "other kdf":
        return json.dumps({**header, "kdf": {**header["kdf"], "alg": "scrypt"}})
    if how == "missing wrap":
        return json.dumps({k: v for k, v in header.items() if k != "passphrase_wrap"})
    if how == "salt not base64":
        return json.dumps({**header, "kdf": {**header["kdf"], "salt": "%%%"}})
    if how == "kdf cost not a number":
        return json.dumps({**header, "kdf": {**header["kdf"], "t": "three"}})
    if how == "kdf cost zero":
        return json.dumps({**header, "kdf": {**header["kdf"], "t": 0}})
    if how == "no lanes":
        return json.dumps({**header, "kdf": {**header["kdf"], "p": 0}})
    if how == "empty salt":
        return json.dumps({**header, "kdf": {**header["kdf"], "salt": ""}})
    if how == "nonce a number":
        return json.dumps({**header, "passphrase_wrap": {**header["passphrase_wrap"],
                                                         "nonce": 5}})
    if how == "ct null":
        return json.dumps({**header, "passphrase_wrap": {**header["passphrase_wrap"],
                                                         "ct": None}})
    if how == "recovery ct a list":
        return json.dumps({**header, "recovery": {**header["recovery"], "ct": [1]}})
    raise AssertionError(how)


GARBLINGS = ["random bytes", "empty", "truncated json", "json list", "other format",
             "newer format version", "other kdf", "missing wrap", "salt not base64",
             "kdf cost not a number", "kdf cost zero", "no lanes", "empty salt",
             "nonce a number", "ct null", "recovery ct a list"]


@pytest.mark.parametrize("how", GARBLINGS)
def test_garbled_header_is_header_damaged(closed_vault, how):
    header_path = closed_vault / "vault.header"
    garbled = _garble(json.loads(header_path.read_text()), how)
    if isinstance(garbled, str):
        header_path.write_text(garbled, encoding="utf-8")
    else:
        header_path.write_bytes(garbled)
    before = fingerprint(closed_vault)
    with pytest.raises(HeaderDamaged):
        Vault.open(closed_vault, PASSPHRASE)
    with pytest.raises(HeaderDamaged):
        Vault.recover(closed_vault, keys.new_recovery_key(), OTHER_PASSPHRASE)
    assert fingerprint(closed_vault) == before


# --- the header holds no secrets ---------------------------------------------------


def test_header_holds_no_plaintext_key_or_passphrase(vault_with_recovery, vault_dir):
    vault, recovery = vault_with_recovery
    data_key = raw_key(vault_dir)
    assert data_key == vault._key  # the key the open connection uses
    vault.change_passphrase(PASSPHRASE, OTHER_PASSPHRASE)
    vault.close()
    raw = (vault_dir / "vault.header").read_bytes()
    text = raw.decode("utf-8").lower()
    forms = [data_key.hex(), base64.b64encode(data_key).decode(),
             base64.urlsafe_b64encode(data_key).decode(),
             base64.b32encode(data_key).decode(), base64.b16encode(data_key).decode()]
    for form in forms:
        assert form.lower().rstrip("=") not in text
    assert data_key not in raw
    for secret in (PASSPHRASE, OTHER_PASSPHRASE, recovery, recovery.replace("-", "")):
        assert secret.lower() not in text
    # Sanity: the header is the JSON we think it is, with both wraps present.
    header = json.loads(raw)
    assert set(header["passphrase_wrap"]) == {"nonce", "ct"}
    assert {"salt", "nonce", "ct"} <= set(header["recovery"])


def test_header_round_trips_through_json(vault, vault_dir):
    header = Header.read(vault_dir / "vault.header")
    assert Header.from_json(header.to_json()) == header
    assert header.unlock(PASSPHRASE) == vault._key


def test_header_cannot_be_spliced_onto_another_vault(tmp_path, kdf):
    first, _ = Vault.create(tmp_path / "one", PASSPHRASE, kdf=kdf)
    second, _ = Vault.create(tmp_path / "two", PASSPHRASE, kdf=kdf)
    first.close()
    second.close()
    one = json.loads((tmp_path / "one" / "vault.header").read_text())
    two = json.loads((tmp_path / "two" / "vault.header").read_text())
    # Vault two's wrapped key under vault one's id (the AAD) must not unwrap.
    spliced = {**two, "vault_id": one["vault_id"]}
    (tmp_path / "two" / "vault.header").write_text(json.dumps(spliced))
    with pytest.raises(WrongPassphrase):
        Vault.open(tmp_path / "two", PASSPHRASE)


# --- connection settings (security.md §4) --------------------------------------------


def _pragma(conn, name):
    return conn.execute(f"PRAGMA {name}").fetchone()[0]


def test_connection_reports_the_promised_pragmas(vault):
    _assert_promised_pragmas(vault.conn)


def _assert_promised_pragmas(conn):
    assert _pragma(conn, "cipher_version")
    assert str(_pragma(conn, "journal_mode")).lower() == "wal"
    assert int(_pragma(conn, "synchronous")) == 2          # FULL
    assert int(_pragma(conn, "foreign_keys")) == 1
    assert int(_pragma(conn, "temp_store")) == 2           # MEMORY
    assert int(_pragma(conn, "secure_delete")) == 1
    # security.md §4: OFF, measured 10x per record written (issue 17).
    assert int(_pragma(conn, "cipher_memory_security")) == 0
    assert str(_pragma(conn, "cipher_log_level")).upper() == "NONE"


def test_reopened_connection_reports_the_same_pragmas(closed_vault):
    vault = Vault.open(closed_vault, PASSPHRASE)
    try:
        _assert_promised_pragmas(vault.conn)
    finally:
        vault.close()


def test_database_file_is_encrypted(closed_vault):
    raw = (closed_vault / "vault.db").read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert b"marker-summary-one" not in raw
    assert b"CREATE TABLE" not in raw


# --- cases -------------------------------------------------------------------------


def test_case_crud_persists_across_close_and_open(vault, vault_dir):
    this_year = date.today().year
    first = vault.cases.create("  A.   K. ")
    second = vault.cases.create("B.")
    old = vault.cases.create("C.", opened_on=date(2024, 12, 31))
    assert first.code == f"{this_year}-001"
    assert second.code == f"{this_year}-002"
    assert old.code == "2024-001"
    assert first.pseudonym == "A. K."
    assert first.status is CaseStatus.INTAKE
    assert first.summary == ""

    vault.cases.rename(first.id, "A. M.")
    vault.cases.set_status(first.id, CaseStatus.ACTIVE)
    vault.cases.set_summary(first.id, "Mother called.\nSecond line: ü, ß, 漢字.")
    vault.cases.set_status(second.id, CaseStatus.ENDED_REACHABLE)
    vault.close()

    reopened = Vault.open(vault_dir, PASSPHRASE)
    try:
        got = {c.id: c for c in reopened.cases.list()}
        assert set(got) == {first.id, second.id, old.id}
        a = got[first.id]
        assert (a.code, a.pseudonym, a.status, a.summary) == (
            f"{this_year}-001", "A. M.", CaseStatus.ACTIVE,
            "Mother called.\nSecond line: ü, ß, 漢字.")
        assert a.last_activity >= first.last_activity
        assert got[second.id].status is CaseStatus.ENDED_REACHABLE
        assert not got[second.id].status.is_open
        assert got[old.id].opened_on == date(2024, 12, 31)
        # Numbering goes on from the stored codes after reopening.
        assert reopened.cases.create("D.").code == f"{this_year}-003"
        assert reopened.cases.create("E.", opened_on=date(2024, 6, 1)).code == "2024-002"
    finally:
        reopened.close()


def test_case_list_is_most_recent_first(vault):
    ticks = iter(datetime(2026, 5, 1, 9, 0, s, tzinfo=timezone.utc) for s in range(60))
    cases = CaseRepository(vault.conn, vault.audit, clock=lambda: next(ticks))
    a = cases.create("A.")
    b = cases.create("B.")
    assert [c.id for c in cases.list()] == [b.id, a.id]
    cases.set_summary(a.id, "touched later")
    assert [c.id for c in cases.list()] == [a.id, b.id]
    assert cases.get(a.id).last_activity > cases.get(b.id).last_activity


def test_invalid_case_input_is_refused_and_not_stored(vault):
    case = vault.cases.create("A.")
    with pytest.raises(ValidationError):
        vault.cases.create("   ")
    with pytest.raises(ValidationError):
        vault.cases.rename(case.id, "x" * 61)
    with pytest.raises(ValidationError):
        vault.cases.set_summary(case.id, "y" * 20_001)
    with pytest.raises(ValueError):
        vault.cases.set_status(case.id, "no-such-status")
    with pytest.raises(CaseNotFound):
        vault.cases.get(case.id + 100)
    with pytest.raises(CaseNotFound):
        vault.cases.rename(case.id + 100, "Z.")
    stored = vault.cases.list()
    assert [(c.pseudonym, c.summary, c.status) for c in stored] == [
        ("A.", "", CaseStatus.INTAKE)]
    assert len(vault.audit.entries()) == 1
    assert not vault.conn.in_transaction


# --- audit trail -------------------------------------------------------------------


def test_every_change_appends_an_audit_entry(vault):
    case = vault.cases.create("A.")
    vault.cases.rename(case.id, "A. B.")
    vault.cases.set_status(case.id, CaseStatus.ANALYSIS)
    vault.cases.set_summary(case.id, "secret-summary-text")
    other = vault.cases.create("C.")
    actions = [(e[3], e[4], e[5]) for e in vault.audit.entries()]
    assert actions == [
        ("created", "case", str(case.id)),
        ("changed", "case", str(case.id)),
        ("status", "case", str(case.id)),
        ("changed", "case", str(case.id)),
        ("created", "case", str(other.id)),
    ]
    assert all(e[2] == "counsellor" for e in vault.audit.entries())
    assert vault.audit.verify() is None


def test_unchanged_values_add_no_audit_entry(vault):
    case = vault.cases.create("A.")
    vault.cases.rename(case.id, " A. ")
    vault.cases.set_status(case.id, CaseStatus.INTAKE)
    vault.cases.set_summary(case.id, "")
    assert len(vault.audit.entries()) == 1


def test_audit_trail_never_holds_content(vault):
    case = vault.cases.create("Pseudo-Marker-Q.")
    vault.cases.set_summary(case.id, "summary-marker-text")
    rows = vault.conn.execute("SELECT * FROM audit_log").fetchall()
    flat = " ".join(str(v) for row in rows for v in row)
    assert "Pseudo-Marker" not in flat
    assert "summary-marker" not in flat


def test_audit_trail_survives_reopening_and_verifies(closed_vault):
    vault = Vault.open(closed_vault, PASSPHRASE)
    try:
        assert len(vault.audit.entries()) == 3
        assert vault.audit.verify() is None
        assert vault.check() == []
    finally:
        vault.close()


@pytest.mark.parametrize("statement", [
    "UPDATE audit_log SET actor = 'someone else' WHERE id = 1",
    "UPDATE audit_log SET hash = 'x'",
    "DELETE FROM audit_log WHERE id = 1",
    "DELETE FROM audit_log",
])
def test_audit_log_refuses_update_and_delete(vault, statement):
    vault.cases.create("A.")
    before = vault.conn.execute("SELECT * FROM audit_log").fetchall()
    with pytest.raises(connection.DatabaseError, match="append-only"):
        vault.conn.execute(statement)
    assert vault.conn.execute("SELECT * FROM audit_log").fetchall() == before
    assert vault.audit.verify() is None


def _tamper(vault_dir, *statements, passphrase=PASSPHRASE):
    """Change the audit log behind the app's back, with the real key."""
    conn = connection.connect(vault_dir / "vault.db", raw_key(vault_dir, passphrase))
    try:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("DROP TRIGGER audit_log_no_delete")
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def _vault_with_history(vault):
    case = vault.cases.create("A.")
    vault.cases.rename(case.id, "B.")
    vault.cases.set_status(case.id, CaseStatus.ACTIVE)
    vault.cases.set_summary(case.id, "text")
    assert len(vault.audit.entries()) == 4
    assert vault.audit.verify() is None


@pytest.mark.parametrize("statements, broken_at", [
    (["UPDATE audit_log SET action = 'created' WHERE id = 2"], 2),
    (["UPDATE audit_log SET at = '2000-01-01T00:00:00+00:00' WHERE id = 1"], 1),
    (["UPDATE audit_log SET entity_id = '99' WHERE id = 3"], 3),
    (["DELETE FROM audit_log WHERE id = 2"], 3),
    (["DELETE FROM audit_log WHERE id = 1"], 2),
])
def test_tampered_audit_chain_is_detected(vault, vault_dir, statements, broken_at):
    _vault_with_history(vault)
    _tamper(vault_dir, *statements)
    # Seen by the open vault's own connection...
    assert vault.audit.verify() == broken_at
    vault.close()
    # ...and after reopening.
    reopened = Vault.open(vault_dir, PASSPHRASE)
    try:
        assert reopened.audit.verify() == broken_at
        assert any("audit" in p for p in reopened.check())
    finally:
        reopened.close()

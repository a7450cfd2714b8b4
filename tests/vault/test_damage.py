"""A damaged or foreign vault.db is detected, reported calmly and never modified."""

import hashlib
import os
import random

import pytest

from legato_desk.errors import KnownError
from legato_desk.vault import Vault, backups, connection
from legato_desk.vault.errors import VaultDamaged, WrongPassphrase
from legato_desk.vault.header import Header
from legato_desk.vault.keys import KdfParams
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE

PAGE = 4096  # SQLCipher 4 default page size


def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def pristine_db(tmp_path_factory):
    """The bytes of a cleanly closed vault with ~300 cases and long summaries.

    Built once per module (it takes a moment); each test copies the bytes
    into its own vault folder with a fresh header for the same key.
    """
    folder = tmp_path_factory.mktemp("pristine") / "vault"
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=KdfParams.cheap_for_tests())
    rng = random.Random(7)
    words = ["family", "school", "forum", "sister", "father", "talk", "meeting", "work"]
    for i in range(300):
        case = vault.cases.create(f"P{i}.")
        vault.cases.set_summary(case.id, " ".join(rng.choice(words) for _ in range(250)))
    vault.close()
    assert not (folder / "vault.db-wal").exists()
    return (folder / "vault.db").read_bytes(), (folder / "vault.header").read_bytes()


@pytest.fixture
def damaged_vault(vault_dir, pristine_db):
    """Write a (damaged) database into a vault folder with a valid header."""
    db_bytes, header_bytes = pristine_db
    vault_dir.mkdir()
    (vault_dir / "vault.header").write_bytes(header_bytes)

    def write(data: bytes):
        (vault_dir / "vault.db").write_bytes(data)
        return vault_dir

    write(db_bytes)
    return write


def assert_refused_and_untouched(folder):
    db = folder / "vault.db"
    before_db, before_header = sha256(db), sha256(folder / "vault.header")
    size = db.stat().st_size
    with pytest.raises(VaultDamaged) as err:
        Vault.open(folder, PASSPHRASE)
    assert isinstance(err.value, KnownError)
    message = err.value.message
    assert "damaged" in message and "backup" in message
    assert "Traceback" not in message and "sqlite" not in message.lower()
    assert sha256(db) == before_db
    assert db.stat().st_size == size
    assert sha256(folder / "vault.header") == before_header
    # Nothing was left beside it either: the folder holds what it held before.
    for name in ("vault.db-wal", "vault.db-shm", "vault.db-journal"):
        assert not (folder / name).exists()
    assert not (folder / "backups").exists()
    # Refused again on a second try, not "repaired" by the first.
    with pytest.raises(VaultDamaged):
        Vault.open(folder, PASSPHRASE)
    assert sha256(db) == before_db


def test_pristine_copy_opens(damaged_vault, pristine_db):
    folder = damaged_vault(pristine_db[0])
    assert len(pristine_db[0]) > 100 * PAGE  # big enough for mid-file damage
    vault = Vault.open(folder, PASSPHRASE)
    try:
        assert len(vault.cases.list()) == 300
        assert vault.check() == []
    finally:
        vault.close()


@pytest.mark.parametrize("fraction", [0.5, 0.9])
def test_truncated_database(damaged_vault, pristine_db, fraction):
    data = pristine_db[0]
    folder = damaged_vault(data[: int(len(data) * fraction)])
    assert_refused_and_untouched(folder)


def test_truncated_to_a_page_boundary(damaged_vault, pristine_db):
    data = pristine_db[0]
    folder = damaged_vault(data[: (len(data) // PAGE // 2) * PAGE])
    assert_refused_and_untouched(folder)


@pytest.mark.parametrize("where", ["middle", "third", "last page", "page 2", "page 1"])
def test_one_flipped_byte(damaged_vault, pristine_db, where):
    data = bytearray(pristine_db[0])
    offset = {
        "middle": len(data) // 2,
        "third": len(data) // 3 + 123,
        "last page": len(data) - PAGE // 2,
        "page 2": PAGE + 100,
        "page 1": 2000,
    }[where]
    data[offset] ^= 0x01
    folder = damaged_vault(bytes(data))
    assert_refused_and_untouched(folder)


def test_flipped_byte_in_a_page_hmac(damaged_vault, pristine_db):
    data = bytearray(pristine_db[0])
    middle_page = len(data) // PAGE // 2
    data[(middle_page + 1) * PAGE - 1] ^= 0x80  # last byte: inside the page's HMAC
    folder = damaged_vault(bytes(data))
    assert_refused_and_untouched(folder)


def test_random_bytes_instead_of_a_vault(damaged_vault, pristine_db):
    folder = damaged_vault(os.urandom(len(pristine_db[0])))
    assert_refused_and_untouched(folder)


def test_empty_file_instead_of_a_vault(damaged_vault):
    folder = damaged_vault(b"")
    with pytest.raises(VaultDamaged):
        Vault.open(folder, PASSPHRASE)
    assert (folder / "vault.db").read_bytes() == b""


def test_plain_sqlite_file_instead_of_a_vault(damaged_vault, tmp_path):
    plain = tmp_path / "plain.db"
    conn = connection.sqlcipher.connect(str(plain))  # no key: an ordinary SQLite file
    conn.execute("CREATE TABLE cases (id INTEGER PRIMARY KEY, pseudonym TEXT)")
    conn.executemany("INSERT INTO cases (pseudonym) VALUES (?)",
                     [(f"plain {i}",) for i in range(500)])
    conn.commit()
    conn.close()
    data = plain.read_bytes()
    assert data.startswith(b"SQLite format 3\0")
    folder = damaged_vault(data)
    assert_refused_and_untouched(folder)


def test_another_vault_with_another_key(damaged_vault, tmp_path, kdf):
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, kdf=kdf)
    other.cases.create("Other.")
    other.close()
    folder = damaged_vault((tmp_path / "other" / "vault.db").read_bytes())
    assert_refused_and_untouched(folder)


def test_missing_database_beside_a_header(damaged_vault):
    folder = damaged_vault(b"")
    (folder / "vault.db").unlink()
    with pytest.raises(VaultDamaged):
        Vault.open(folder, PASSPHRASE)
    assert not (folder / "vault.db").exists()


def test_keyed_database_without_a_schema(damaged_vault):
    """The right key but no schema at all (user_version 0): not a fresh vault to
    re-create over the lost data, but damage."""
    folder = damaged_vault(b"")
    (folder / "vault.db").unlink()
    key = Header.read(folder / "vault.header").unlock(PASSPHRASE)
    connection.connect(folder / "vault.db", key).close()
    assert (folder / "vault.db").stat().st_size > 0
    assert_refused_and_untouched(folder)


# --- a swapped header file -----------------------------------------------------------


@pytest.mark.parametrize("same_passphrase", [True, False])
def test_a_header_from_another_vault(damaged_vault, tmp_path, kdf, same_passphrase):
    """Another vault's (valid) header beside this database: refused, nothing changed."""

    other, _ = Vault.create(tmp_path / "other", PASSPHRASE if same_passphrase
                            else OTHER_PASSPHRASE, kdf=kdf)
    other.close()
    folder = tmp_path / "swapped"
    folder.mkdir()
    (folder / "vault.db").write_bytes((tmp_path / "vault" / "vault.db").read_bytes())
    (folder / "vault.header").write_bytes((tmp_path / "other" / "vault.header").read_bytes())
    if same_passphrase:
        assert_refused_and_untouched(folder)  # the other key cannot read this file
    else:
        before = sha256(folder / "vault.db")
        with pytest.raises(WrongPassphrase):
            Vault.open(folder, PASSPHRASE)
        assert sha256(folder / "vault.db") == before
        assert sorted(p.name for p in folder.iterdir()) == ["vault.db", "vault.header"]


def test_a_backup_with_a_swapped_header_is_refused(vault, tmp_path, kdf):
    vault.cases.create("A.")
    made = backups.back_up(vault)
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, kdf=kdf)
    other.close()
    (made / "vault.header").write_bytes((tmp_path / "other" / "vault.header").read_bytes())
    before = sha256(made / "vault.db")
    with pytest.raises(backups.BackupDamaged):
        backups.read_contents(made, PASSPHRASE)
    assert sha256(made / "vault.db") == before

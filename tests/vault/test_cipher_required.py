"""security.md §1: without a working cipher the app refuses, it never writes plaintext."""

import sqlite3

import pytest

from legato_desk.vault import Vault, connection
from legato_desk.vault.errors import CipherUnavailable
from tests.conftest import PASSPHRASE


def test_stdlib_sqlite_in_place_of_sqlcipher_is_refused(monkeypatch, vault_dir, kdf):
    # The stdlib module accepts "PRAGMA key" silently and would write plaintext.
    monkeypatch.setattr(connection, "sqlcipher", sqlite3)
    monkeypatch.setattr(connection, "DatabaseError", sqlite3.DatabaseError)
    with pytest.raises(CipherUnavailable):
        Vault.create(vault_dir, PASSPHRASE, kdf=kdf)
    db = vault_dir / "vault.db"
    assert not db.exists() or db.stat().st_size == 0
    assert not (vault_dir / "vault.header").exists()


def test_missing_sqlcipher_module_is_refused(monkeypatch, vault_dir, kdf):
    monkeypatch.setattr(connection, "sqlcipher", None)
    with pytest.raises(CipherUnavailable) as err:
        Vault.create(vault_dir, PASSPHRASE, kdf=kdf)
    assert "refuses to run" in err.value.message

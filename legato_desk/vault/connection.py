"""Opening a SQLCipher connection the one safe way.

The raw data key is the first statement on every connection; the cipher is
verified before anything else runs; the pragmas of shared/docs/security.md §4
follow. Nothing here ever interpolates passphrase text into SQL: only the
hex form of a random key is.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Iterator

from legato_desk.vault.errors import CipherUnavailable, VaultDamaged

try:  # pragma: no cover - the import itself is what is being checked
    import sqlcipher3.dbapi2 as sqlcipher
except ImportError:  # pragma: no cover
    sqlcipher = None

DatabaseError = sqlcipher.DatabaseError if sqlcipher else Exception
IntegrityError = sqlcipher.IntegrityError if sqlcipher else Exception

# cipher_memory_security stays OFF (security.md §4): ON wiped every SQLite
# page-cache allocation through mlock/munlock, 10x per record written and 15x
# per aggregate read, and once a process turns it on it cannot be turned off.
_SETTINGS = (
    "PRAGMA cipher_memory_security = OFF",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
)


def key_literal(data_key: bytes) -> str:
    if len(data_key) != 32:
        raise ValueError("the data key must be 32 bytes")
    return f"\"x'{data_key.hex()}'\""


def connect(path: Path, data_key: bytes, *, read_only: bool = False):
    """An open, keyed, verified connection in autocommit mode.

    Raises VaultDamaged when the file cannot be read with this key: after
    the key has been checked against the header, that means the database is
    damaged, truncated or not a vault at all.
    """
    if sqlcipher is None:
        raise CipherUnavailable()
    if read_only:
        uri = f"{Path(path).resolve().as_uri()}?mode=ro"
        conn = sqlcipher.connect(uri, uri=True, isolation_level=None,
                                 check_same_thread=False)
    else:
        conn = sqlcipher.connect(str(path), isolation_level=None,
                                 check_same_thread=False)
    try:
        conn.execute(f"PRAGMA key = {key_literal(data_key)}")
        conn.execute("PRAGMA cipher_log_level = NONE")
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise CipherUnavailable()
        # The first read decrypts page 1: a wrong key or a foreign file fails here.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for statement in _SETTINGS:
            if read_only and "journal_mode" in statement:
                continue
            conn.execute(statement).fetchall()
    except DatabaseError as exc:
        conn.close()
        raise VaultDamaged() from exc
    except BaseException:
        conn.close()
        raise
    return conn


def integrity_problems(conn, *, full: bool = False) -> list[str]:
    """Everything SQLCipher's HMAC check and SQLite's own check report."""
    try:
        problems = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
        pragma = "integrity_check" if full else "quick_check"
        rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}")]
    except DatabaseError as exc:
        return [f"database error: {type(exc).__name__}"]
    problems.extend(r for r in rows if r != "ok")
    return problems


@contextlib.contextmanager
def transaction(conn, *, immediate: bool = True) -> Iterator[None]:
    """BEGIN ... COMMIT, or ROLLBACK on any exception."""
    conn.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")


def export_copy(conn, data_key: bytes, target: Path, user_version: int) -> None:
    """Write an encrypted copy of the open database to ``target``.

    Uses sqlcipher_export (a logical copy through SQLCipher), never a raw
    file copy of a live database. The copy is encrypted with the same key.
    """
    target = Path(target)
    if target.exists():
        raise FileExistsError(target)
    conn.execute(f"ATTACH DATABASE ? AS export KEY {key_literal(data_key)}", (str(target),))
    try:
        conn.execute("SELECT sqlcipher_export('export')").fetchall()
        conn.execute(f"PRAGMA export.user_version = {int(user_version)}")
    finally:
        conn.execute("DETACH DATABASE export")

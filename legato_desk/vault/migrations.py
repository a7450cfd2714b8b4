"""Numbered schema migrations, tracked in ``PRAGMA user_version``.

Each migration and its version bump run in one transaction: a failure leaves
the vault exactly at the previous version. Before any migration of a vault
that already holds data, the caller makes an encrypted backup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from typing import Callable

from legato_desk.vault.errors import VaultTooNew

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def available() -> list[Migration]:
    found = []
    for entry in resources.files("legato_desk.vault").joinpath("schema").iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    expected = list(range(1, len(found) + 1))
    if [m.version for m in found] != expected:
        raise RuntimeError(f"migrations are not numbered 1..n: {[m.name for m in found]}")
    return found


def latest_version() -> int:
    return len(available())


def current_version(conn) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn, *, before: Callable[[int], None] | None = None,
            target: int | None = None) -> int:
    """Bring the schema up to ``target`` (default: the newest). Returns it.

    ``before(current)`` runs once before the first migration when the vault
    is not brand new (version > 0): that is where the backup is made.
    Steps that SQL cannot express run in Python inside the same transaction
    (see ``_PYTHON_STEPS``).
    """
    migrations = available()
    newest = len(migrations)
    target = newest if target is None else target
    current = current_version(conn)
    if current > newest:
        raise VaultTooNew()
    pending = [m for m in migrations if current < m.version <= target]
    if not pending:
        return current
    if before is not None and current > 0:
        before(current)
    for migration in pending:
        try:
            conn.execute("BEGIN IMMEDIATE")
            # executescript would COMMIT first; run the statements one by one.
            for statement in _statements(migration.sql):
                conn.execute(statement)
            step = _PYTHON_STEPS.get(migration.version)
            if step is not None:
                step(conn)
            conn.execute(f"PRAGMA user_version = {migration.version}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return target


def _chain_existing_cases(conn) -> None:
    """Schema 2 starts the audit trail: record the cases that already exist."""
    from legato_desk.vault.audit import AuditTrail

    trail = AuditTrail(conn, actor="migration")
    for (case_id,) in conn.execute("SELECT id FROM cases ORDER BY id").fetchall():
        trail.append("created", "case", case_id)


_PYTHON_STEPS: dict[int, Callable[[object], None]] = {2: _chain_existing_cases}


def _statements(script: str) -> list[str]:
    """Split a script into complete statements (triggers included)."""
    import sqlcipher3.dbapi2 as sqlcipher

    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        if not buffer and line.strip().startswith("--"):
            continue
        buffer += line
        if sqlcipher.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise ValueError("a migration ends in the middle of a statement")
    return statements

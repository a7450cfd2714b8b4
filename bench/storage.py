"""Figure (ii): encrypted vs. plain SQLite on the same write/read workload.

The workload, run on a fresh file each time:
  write: 2,000 note rows (~600 bytes each) in transactions of 20 rows,
         WAL + synchronous=FULL (one fsync'd commit per transaction);
  read:  reopen, then 200 indexed look-ups (latest 10 notes of a case) and
         one full scan with a LIKE over every note body.
Encrypted: ``legato_desk.vault.connection.connect`` (SQLCipher, raw 256-bit
key, the app's pragmas). Plain: the same sqlcipher3 library without a key and
the same non-cipher pragmas. Target: encrypted ≤ 1.3 × plain.
"""

from __future__ import annotations

import random
import secrets
from pathlib import Path

from bench.stats import Samples, fmt, interleaved, report

REPEAT = 15
ROWS, BATCH, CASES, LOOKUPS = 2_000, 20, 50, 200
_PLAIN_SETTINGS = (
    "PRAGMA temp_store = MEMORY",
    "PRAGMA foreign_keys = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
)
_WORDS = ("family mother father sister brother school friend forum group call visit "
          "worried anger guilt religion work apprenticeship evening weekend help "
          "paperwork trust contact distance argument plan meeting next step").split()


def _notes(seed: int) -> list[tuple[int, str, str]]:
    rng = random.Random(seed)
    rows = []
    for i in range(ROWS):
        body = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(60, 110)))
        rows.append((i % CASES + 1, f"2026-{1 + i // 200:02d}-{1 + i % 28:02d}T10:{i % 60:02d}", body))
    return rows


ROWS_DATA = _notes(7)


def _plain_connect(path: Path):
    import sqlcipher3.dbapi2 as sqlcipher

    conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    for statement in _PLAIN_SETTINGS:
        conn.execute(statement).fetchall()
    return conn


def _keyed_without_hmac(path: Path, key: bytes):
    """Diagnosis only: SQLCipher without its per-page HMAC (the app never does this)."""
    import sqlcipher3.dbapi2 as sqlcipher

    from legato_desk.vault.connection import key_literal

    conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA key = {key_literal(key)}")
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute("PRAGMA cipher_use_hmac = OFF")
    for statement in _PLAIN_SETTINGS:
        conn.execute(statement).fetchall()
    return conn


def _workload(connect, path: Path) -> tuple[float, float]:
    import time

    conn = connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL,"
                 " at TEXT NOT NULL, body TEXT NOT NULL)")
    conn.execute("CREATE INDEX notes_case_at ON notes (case_id, at)")
    start = time.perf_counter()
    for first in range(0, ROWS, BATCH):
        conn.execute("BEGIN IMMEDIATE")
        for row in ROWS_DATA[first:first + BATCH]:
            conn.execute("INSERT INTO notes (case_id, at, body) VALUES (?, ?, ?)", row)
        conn.execute("COMMIT")
    write = time.perf_counter() - start
    conn.close()

    conn = connect(path)
    start = time.perf_counter()
    for i in range(LOOKUPS):
        rows = conn.execute("SELECT id, at, body FROM notes WHERE case_id = ?"
                            " ORDER BY at DESC LIMIT 10", (i % CASES + 1,)).fetchall()
        assert len(rows) == 10
    count = conn.execute("SELECT count(*), sum(length(body)) FROM notes"
                         " WHERE body LIKE '%guilt%trust%'").fetchone()
    read = time.perf_counter() - start
    conn.close()
    assert count[0] > 0
    return write, read


def run(scratch: Path) -> None:
    from legato_desk.vault import connection

    folder = scratch / "storage"
    folder.mkdir()
    key = secrets.token_bytes(32)
    kinds = ("keyed", "plain", "keyed-nohmac")
    phases = {kind: {"write": [], "read": []} for kind in kinds}
    files: dict[str, Path] = {}
    counter = iter(range(10_000))

    def measure(kind: str):
        def once() -> float:
            path = folder / f"{kind}-{next(counter)}.db"
            connect = {"keyed": lambda p: connection.connect(p, key),
                       "plain": _plain_connect,
                       "keyed-nohmac": lambda p: _keyed_without_hmac(p, key)}[kind]
            write, read = _workload(connect, path)
            phases[kind]["write"].append(write)
            phases[kind]["read"].append(read)
            files[kind] = path
            return write + read
        return once

    totals = interleaved({kind: measure(kind) for kind in kinds}, repeat=REPEAT)
    # The warm-up round is in the phase lists too: drop it.
    for kind in phases:
        for phase in phases[kind]:
            phases[kind][phase] = phases[kind][phase][1:]

    plain_header = files["plain"].read_bytes()[:16]
    keyed_header = files["keyed"].read_bytes()[:16]
    sanity = ("plain file is plain SQLite, keyed file is not"
              if plain_header == b"SQLite format 3\x00" and keyed_header != plain_header
              else "WARNING: the comparison is invalid (file headers do not differ as expected)")
    size = files["keyed"].stat().st_size
    report(
        f"(ii) encrypted vs plain SQLite: {ROWS:,} inserts in {ROWS // BATCH} transactions "
        f"of {BATCH} (WAL, synchronous=FULL) + {LOOKUPS} indexed reads + 1 full scan",
        ("SQLCipher via connection.connect", totals["keyed"]),
        ("same workload, no key", totals["plain"]),
        target="≤ 1.3×",
        notes=[
            *(f"{phase:<5}  keyed {fmt(Samples.of(phases['keyed'][phase]).median):>9}"
              f"   plain {fmt(Samples.of(phases['plain'][phase]).median):>9}"
              f"   ratio {Samples.of(phases['keyed'][phase]).median / Samples.of(phases['plain'][phase]).median:.2f}×"
              for phase in ("write", "read")),
            f"diagnosis: keyed without the per-page HMAC "
            f"{fmt(totals['keyed-nohmac'].median)}, ratio "
            f"{totals['keyed-nohmac'].median / totals['plain'].median:.2f}× "
            "(never an option: the HMAC is what detects tampering, security.md §7)",
            f"absolute cost of encryption: "
            f"{(totals['keyed'].median - totals['plain'].median) / ROWS * 1e6:.1f} µs per row "
            "written and read back",
            f"{sanity}; keyed file {size / 1e6:.1f} MB",
        ],
    )

"""Figure (iii): save one case change durably (``vault.cases.rename``).

The real repository call: BEGIN IMMEDIATE, read, UPDATE, audit-trail append
(read the last hash, INSERT), COMMIT with WAL + synchronous=FULL, then the
case is read back. Floor: one INSERT + COMMIT on the same keyed connection.
Target: ≤ 10 ms (performance.md, "save one session note").
"""

from __future__ import annotations

import time
from pathlib import Path

from bench.common import PASSPHRASE
from bench.stats import interleaved, report

REPEAT = 200


def run(scratch: Path) -> None:
    from legato_desk.vault import Vault
    from legato_desk.vault.keys import KdfParams

    # The KDF does not take part in saving; the cheap one keeps set-up short.
    vault, _recovery = Vault.create(scratch / "save-vault", PASSPHRASE,
                                    kdf=KdfParams.cheap_for_tests())
    try:
        case = vault.cases.create("A.")
        for i in range(50):  # a little history, so the case is not alone
            vault.cases.create(f"Other {i}")
        conn = vault.conn
        conn.execute("CREATE TABLE bench_floor (id INTEGER PRIMARY KEY, v TEXT NOT NULL)")
        names = ("A.", "B.")
        turn = iter(range(10**9))

        def rename() -> float:
            name = names[(next(turn) + 1) % 2]  # B., A., B., ...: always a change
            start = time.perf_counter()
            vault.cases.rename(case.id, name)
            return time.perf_counter() - start

        def insert_commit() -> float:
            start = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO bench_floor (v) VALUES (?)", ("x" * 40,))
            conn.execute("COMMIT")
            return time.perf_counter() - start

        samples = interleaved({"rename": rename, "floor": insert_commit},
                              repeat=REPEAT, warmup=10)
        changes = sum(1 for row in vault.audit.entries() if row[3] == "changed")
    finally:
        vault.close()
    report(
        "(iii) save one case change durably (vault.cases.rename)",
        ("cases.rename (durable commit)", samples["rename"]),
        ("one INSERT + COMMIT, same connection", samples["floor"]),
        target="≤ 10 ms absolute",
        notes=[f"{changes} audited changes written (expected {REPEAT + 10})"],
    )

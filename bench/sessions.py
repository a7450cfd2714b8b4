"""Session figures: save one record durably, search 20,000 notes, open a case
with 2,000 sessions (performance.md). Data is generated with bulk SQL in one
transaction (the schema's triggers fill the full-text index as they would
one record at a time); the measured calls are the real repository and UI code.
"""

from __future__ import annotations

import random
import time
from datetime import datetime, timedelta
from pathlib import Path

import os

from bench.common import PASSPHRASE, scaled
from bench.stats import Samples, interleaved, report

CASES, PER_CASE = 10, 2_000          # 20,000 notes in all; case 1 is "the large case"
if os.environ.get("BENCH_QUICK"):    # the smoke run in make test: same paths, less data
    CASES, PER_CASE = 3, 100
TASKS = ("relationships", "messages", "acknowledgement", "future", "work", "challenges",
         "partner", "emotions", "therapy")
WORDS = [f"w{i:04d}" for i in range(3_000)] + [
    "apprenticeship", "sister", "father", "mosque", "forum", "guilt", "school", "football"]


def _text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def _fill(vault, rng: random.Random) -> list[int]:
    from legato_desk.model.map import new_uid

    cases = [vault.cases.create(f"C{i}").id for i in range(CASES)]
    conn = vault.conn
    conn.execute("BEGIN")
    t0 = datetime(2024, 1, 1, 9, 0)
    for case_id in cases:
        conn.execute("INSERT INTO persons (case_id, uid, name) VALUES (?, ?, 'Mother')",
                     (case_id, new_uid()))
        person = conn.execute("SELECT last_insert_rowid()").fetchone()[0]
        for i in range(PER_CASE):
            held = (t0 + timedelta(hours=9 * i)).isoformat(timespec="minutes")
            cur = conn.execute(
                "INSERT INTO sessions (case_id, uid, held_at, mode, facts, reflection,"
                " next_steps, created_at, updated_at) VALUES (?, ?, ?, 'phone', ?, ?, ?, ?, ?)",
                (case_id, new_uid(), held, _text(rng, 60), _text(rng, 25), _text(rng, 10),
                 held, held))
            sid = cur.lastrowid
            conn.execute("INSERT INTO session_participants (case_id, session_id, person_id,"
                         " name) VALUES (?, ?, ?, 'Mother')", (case_id, sid, person))
            for task in TASKS[3:]:  # "notes on all six tasks"
                conn.execute(
                    "INSERT INTO session_tasks (case_id, session_id, task, done, rating,"
                    " status, next_step) VALUES (?, ?, ?, ?, ?, 'in_progress', ?)",
                    (case_id, sid, task, _text(rng, 12), rng.randint(1, 5), _text(rng, 5)))
    conn.execute("COMMIT")
    return cases


def run(scratch: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from legato_desk.model.session import SessionRecord, Task, TaskEntry
    from legato_desk.ui.sessions.page import SessionsPage
    from legato_desk.vault import Vault
    from legato_desk.vault.keys import KdfParams

    app = QApplication.instance() or QApplication([])
    rng = random.Random(7)
    vault, _ = Vault.create(scratch / "sessions-vault", PASSPHRASE,
                            kdf=KdfParams.cheap_for_tests())
    try:
        began = time.perf_counter()
        cases = _fill(vault, rng)
        filled = time.perf_counter() - began
        conn = vault.conn
        large = cases[0]
        person = conn.execute("SELECT id FROM persons WHERE case_id = ? AND is_index = 0",
                              (large,)).fetchone()[0]

        # (a) save one session record --------------------------------------------------
        conn.execute("CREATE TABLE bench_floor (id INTEGER PRIMARY KEY, v TEXT NOT NULL)")
        record = SessionRecord(
            case_id=cases[1], held_at=datetime(2026, 3, 2, 17, 0), key_clients=(),
            facts=_text(rng, 80), reflection=_text(rng, 30), next_steps=_text(rng, 10),
            tasks=tuple(TaskEntry(t, _text(rng, 12), 3) for t in list(Task)[:4]))

        def save() -> float:
            start = time.perf_counter()
            vault.sessions.save(record)
            return time.perf_counter() - start

        def insert_commit() -> float:
            start = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO bench_floor (v) VALUES (?)", ("x" * 40,))
            conn.execute("COMMIT")
            return time.perf_counter() - start

        s = interleaved({"save": save, "floor": insert_commit}, repeat=scaled(100), warmup=5)
        report("(s1) save one session record durably (vault.sessions.save, 4 task entries)",
               ("sessions.save (durable commit)", s["save"]),
               ("one INSERT + COMMIT, same connection", s["floor"]), target="≤ 10 ms absolute")

        # (b) search over 20,000 notes -----------------------------------------------------
        notes = conn.execute("SELECT count(*) FROM sessions").fetchone()[0]
        queries = iter(rng.choice(WORDS) for _ in range(10**6))

        def search() -> float:
            word = next(queries)
            start = time.perf_counter()
            vault.sessions.search(word)
            return time.perf_counter() - start

        def fts_alone() -> float:
            word = next(queries)
            start = time.perf_counter()
            conn.execute("SELECT rowid FROM sessions_fts WHERE sessions_fts MATCH ?"
                         " ORDER BY rowid DESC LIMIT 50", (f'"{word}"*',)).fetchall()
            return time.perf_counter() - start

        s = interleaved({"search": search, "floor": fts_alone}, repeat=scaled(60), warmup=3)
        report(f"(s2) full-text search over {notes:,} session notes (+ task notes), top 50",
               ("sessions.search (4 indexes, 50 snippets)", s["search"]),
               ("FTS5 query alone (sessions_fts, newest 50)", s["floor"]),
               target="≤ 20 ms median")

        # (c) open the large case: session list + editor ready --------------------------
        page = SessionsPage(vault)
        page.resize(980, 600)
        page.show()
        other, large_case = vault.cases.get(cases[2]), vault.cases.get(large)

        def open_case() -> float:
            page.show_case(other)
            app.processEvents()
            start = time.perf_counter()
            page.show_case(large_case)
            app.processEvents()
            return time.perf_counter() - start

        def plain_sql() -> float:
            start = time.perf_counter()
            conn.execute("SELECT s.id, s.held_at, s.mode, p.name FROM sessions s JOIN"
                         " session_participants p ON p.session_id = s.id WHERE s.case_id = ?"
                         " ORDER BY s.held_at DESC", (large,)).fetchall()
            conn.execute("SELECT t.task, t.status, t.rating, s.held_at FROM session_tasks t"
                         " JOIN sessions s ON s.id = t.session_id WHERE t.case_id = ?",
                         (large,)).fetchall()
            return time.perf_counter() - start

        s = interleaved({"open": open_case, "floor": plain_sql}, repeat=scaled(15), warmup=2)
        report(f"(s3) open a case with {PER_CASE:,} sessions: list, task overview, blank editor",
               ("SessionsPage.show_case + events", s["open"]),
               ("the same rows with plain SQL", s["floor"]), target="≤ 200 ms, ≤ 3 × floor",
               notes=[f"data generated in {filled:.1f} s; person {person} in every session"])
        t = Samples.of([_overview(vault, large) for _ in range(scaled(9))])
        print(f"  note    task_overview of the large case alone: {t.describe()}")
        page.close()
    finally:
        vault.close()


def _overview(vault, case_id) -> float:
    start = time.perf_counter()
    vault.sessions.task_overview(case_id)
    return time.perf_counter() - start

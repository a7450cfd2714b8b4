"""Session figures: save one record durably, search 20,000 notes, open a case
with 2,000 sessions (performance.md).

The save and search figures run on the vault of 200 cases of performance.md
(``largecase.generate_search_vault``: 100 records each, written through the
repositories, the schema's triggers filling the full-text indexes); the
session tab opens the generated large case (2,000 records). Both vaults are
made once per run (bench/common.py). The measured calls are the real
repository and UI code.
"""

from __future__ import annotations

import itertools
import os
import random
import time
from datetime import datetime
from pathlib import Path

from bench.common import large_case_vault, scaled, search_vault
from bench.stats import Samples, interleaved, report


def _text(rng: random.Random, words, n: int) -> str:
    return " ".join(rng.choice(words) for _ in range(n))


def run(scratch: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from legato_desk.largecase import search_vocabulary
    from legato_desk.model.session import SessionRecord, Task, TaskEntry
    from legato_desk.ui.sessions.page import SessionsPage

    app = QApplication.instance() or QApplication([])
    rng = random.Random(7)
    words = search_vocabulary()
    began = time.perf_counter()
    vault, cases = search_vault(scratch)
    filled = time.perf_counter() - began
    try:
        conn = vault.conn

        # (a) save one session record --------------------------------------------------
        conn.execute("CREATE TABLE bench_floor (id INTEGER PRIMARY KEY, v TEXT NOT NULL)")
        record = SessionRecord(
            case_id=cases[1].id, held_at=datetime(2026, 3, 2, 17, 0), key_clients=(),
            facts=_text(rng, words, 80), reflection=_text(rng, words, 30),
            next_steps=_text(rng, words, 10),
            tasks=tuple(TaskEntry(t, _text(rng, words, 12), 3) for t in list(Task)[:4]))

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
        queries = iter(rng.choice(words) for _ in range(10**6))

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
        tasks = conn.execute("SELECT count(*) FROM session_tasks").fetchone()[0]
        report(f"(s2) full-text search over {notes:,} session notes (+ {tasks:,} task notes)"
               f" in {len(cases)} cases, top 50",
               ("sessions.search (4 indexes, 50 snippets)", s["search"]),
               ("FTS5 query alone (sessions_fts, newest 50)", s["floor"]),
               target="≤ 20 ms median",
               notes=[f"vault of {len(cases)} cases made in {filled:.1f} s (once per run)"])

    finally:
        vault.close()

    # (c) open the large case: session list + editor ready ------------------------------
    vault, large_case = large_case_vault(scratch, "sessions-large-vault")
    try:
        conn = vault.conn
        large = large_case.id
        other = vault.cases.create("S.")
        page = SessionsPage(vault)
        page.resize(980, 600)
        page.show()
        count = len(vault.sessions.list(large))

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
        report(f"(s3) open a case with {count:,} sessions: list, task overview, blank editor",
               ("SessionsPage.show_case + events", s["open"]),
               ("the same rows with plain SQL", s["floor"]), target="≤ 200 ms, ≤ 3 × floor",
               notes=["the generated large case (largecase.py)"])
        t = Samples.of([_overview(vault, large) for _ in range(scaled(9))])
        print(f"  note    task_overview of the large case alone: {t.describe()}")
        page.close()
        _case_search(app, vault, large_case)
    finally:
        vault.close()


def _case_search(app, vault, case) -> None:
    """(s4) the Search tab over everything written in the large case (issue 16.9)."""
    from legato_desk.ui.search.page import CaseSearchPage

    page = CaseSearchPage(vault)
    page.resize(980, 600)
    page.show()
    page.show_case(case)
    # a rare word, two everyday ones together, the commonest word of the notes
    texts = ("apprenticeship", "mosque football", "calm", "the")
    words, floor_words = itertools.cycle(texts), itertools.cycle(texts)

    def search() -> float:
        text = next(words)
        start = time.perf_counter()
        page.field.setText(text)
        page.run()
        app.processEvents()
        return time.perf_counter() - start

    def fts_alone() -> float:
        query = " ".join(f'"{w}"*' for w in next(floor_words).split())
        start = time.perf_counter()
        vault.conn.execute("SELECT x.id FROM session_tasks x WHERE x.case_id = ? AND x.id IN"
                           " (SELECT rowid FROM session_tasks_fts WHERE session_tasks_fts"
                           " MATCH ?)", (case.id, query)).fetchall()
        return time.perf_counter() - start

    s = interleaved({"search": search, "floor": fts_alone}, repeat=scaled(24), warmup=4)
    report("(s4) search the whole large case (sessions, tasks, map, key-clients, "
           "safeguarding...): the Search tab, 50 rows drawn",
           ("CaseSearchPage.run + events", s["search"]),
           ("FTS5 over the case's task notes alone", s["floor"]), target="≤ 100 ms median")
    page.close()


def _overview(vault, case_id) -> float:
    start = time.perf_counter()
    vault.sessions.task_overview(case_id)
    return time.perf_counter() - start

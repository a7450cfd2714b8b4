"""Growth: the large case at 1×, 2× and 4× (performance.md: grows no faster than the case).

For each size, a vault holding only that large case (``largecase.LargeCaseSize``
times k: persons, ties, snapshots, sessions and safeguarding records), made
once per run. Figures, each through the real code path:

- open: ``MainWindow.open_case(id, tab="map")`` to the map drawn, and on to
  every page holding the case (bench/opencase.py's ``Opener``);
- list: ``vault.sessions.list`` (the Sessions tab's list);
- search: ``vault.sessions.search`` of one of the notes' everyday words
  (top 50 with snippets), over the k × 2,000 notes and their task notes;
- PDF: ``exporting.render`` for supervision over the last k × 200 sessions.

Printed as medians with the ratio to 1×; the target is 4× ≤ 4 × the 1× time,
and search flat (≤ 10 ms). ``BENCH_QUICK`` runs 1× and 2× of a small case.
"""

from __future__ import annotations

import os
import random
import time
from dataclasses import replace
from pathlib import Path

from bench.common import _copy_of_master, scaled
from bench.stats import Samples, fmt

FACTORS = (1, 2, 4)


def _size(k: int):
    from legato_desk.largecase import LargeCaseSize

    base = (LargeCaseSize(persons=60, ties=150, snapshots=3, sessions=60, safeguarding=10)
            if os.environ.get("BENCH_QUICK") else LargeCaseSize())
    return replace(base, persons=base.persons * k, ties=base.ties * k,
                   snapshots=base.snapshots * k, sessions=base.sessions * k,
                   safeguarding=base.safeguarding * k)


def _vault(scratch: Path, k: int):
    from legato_desk.largecase import generate_large_case

    size = _size(k)
    began = time.perf_counter()
    vault = _copy_of_master(scratch, f"scale-master-{k}x", f"scale-{k}x",
                            lambda v: generate_large_case(v, size=size))
    made = time.perf_counter() - began
    case = next(c for c in vault.cases.list() if c.pseudonym == "L.")
    return vault, case, size, made


def _figures(app, scratch: Path, k: int) -> dict:
    from bench.opencase import Opener, _window
    from legato_desk.exporting import render
    from legato_desk.largecase import _WORDS
    from legato_desk.model.export import Audience, ExportRequest

    vault, case, size, made = _vault(scratch, k)
    out = {"made": made, "size": size}
    try:
        small = vault.cases.create("S.")
        window = _window(vault)
        opener = Opener(app, window)
        opener.open(case.id, small.id)  # warm-up
        runs = [opener.open(case.id, small.id) for _ in range(scaled(7))]
        out["open"] = Samples.of([r[0] for r in runs])
        out["idle"] = Samples.of([r[1] for r in runs])
        opener.close()
        window.close()
        window.deleteLater()
        app.processEvents()

        def timed(fn) -> float:
            start = time.perf_counter()
            fn()
            return time.perf_counter() - start

        vault.sessions.list(case.id)
        out["list"] = Samples.of([timed(lambda: vault.sessions.list(case.id))
                                  for _ in range(scaled(15))])
        rng = random.Random(11)
        words = [rng.choice(_WORDS) for _ in range(200)]
        vault.sessions.search(words[0])
        out["search"] = Samples.of([timed(lambda w=w: vault.sessions.search(w))
                                    for w in words[:scaled(30)]])
        listed = vault.sessions.list(case.id)  # newest first
        period = 200 * k
        since = listed[min(period - 1, len(listed) - 1)].held_at.date()
        request = ExportRequest.default(Audience.SUPERVISION, case_id=case.id, date_from=since)
        render(vault, request)  # warm-up (fonts, modules)
        out["pdf"] = Samples.of([timed(lambda: render(vault, request))
                                 for _ in range(max(2, scaled(3)))])
        out["pdf_sessions"] = sum(1 for x in listed if x.held_at.date() >= since)
    finally:
        vault.close()
    return out


def run(scratch: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    factors = FACTORS[:2] if os.environ.get("BENCH_QUICK") else FACTORS
    results = {k: _figures(app, scratch, k) for k in factors}
    print("\ngrowth: the large case at " + ", ".join(f"{k}×" for k in factors)
          + " (medians; ratio to 1×; target 4× ≤ 4 × the 1× time, search ≤ 10 ms)")
    for k in factors:
        r, size = results[k], results[k]["size"]
        print(f"  {k}×: {size.persons} persons, {size.ties} ties, {size.snapshots} snapshots, "
              f"{size.sessions} sessions, {size.safeguarding} safeguarding records; "
              f"made in {r['made']:.1f} s")
    rows = (("open: map drawn", "open"), ("open: every page holds the case", "idle"),
            ("sessions.list", "list"), ("search (top 50)", "search"),
            ("PDF (last k × 200 sessions)", "pdf"))
    width = max(len(label) for label, _ in rows)
    print(f"  {'':<{width}}  " + "".join(f"{f'{k}×':>20}" for k in factors))
    for label, key in rows:
        base = results[1][key].median
        cells = []
        for k in factors:
            m = results[k][key].median
            cells.append(f"{fmt(m)} ({m / base:.2f}×)" if k != 1 else fmt(m))
        print(f"  {label:<{width}}  " + "".join(f"{c:>20}" for c in cells))
    print("  note    medians over " + ", ".join(
        f"{name} n={len(results[1][key].values)}" for name, key in
        (("open", "open"), ("list", "list"), ("search", "search"), ("PDF", "pdf"))))

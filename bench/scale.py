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
and search flat (≤ 10 ms). Each figure is taken in rounds that visit every
size in turn (``bench.stats.interleaved``): measured one size after the
other, a busy minute on a shared machine moved the 4× ratio by ±15 %. ``BENCH_QUICK`` runs 1× and 2× of a small case.
"""

from __future__ import annotations

import os
import random
import time
from dataclasses import replace
from pathlib import Path

from bench.common import _copy_of_master, scaled
from bench.stats import Samples, fmt, interleaved

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


class _Size:
    """One size's vault, window and measurements (each returns the seconds it took)."""

    def __init__(self, app, scratch: Path, k: int):
        from bench.opencase import Opener, _window
        from legato_desk.largecase import _WORDS
        from legato_desk.model.export import Audience, ExportRequest

        self.k = k
        self.vault, self.case, self.size, self.made = _vault(scratch, k)
        self.small = self.vault.cases.create("S.")
        self.window = _window(self.vault)
        self.opener = Opener(app, self.window)
        self.opened: list[tuple[float, float]] = []
        rng = random.Random(11)
        self.words = [rng.choice(_WORDS) for _ in range(200)]
        listed = self.vault.sessions.list(self.case.id)  # newest first
        period = 200 * k
        since = listed[min(period - 1, len(listed) - 1)].held_at.date()
        self.request = ExportRequest.default(Audience.SUPERVISION, case_id=self.case.id,
                                             date_from=since)
        self.pdf_sessions = sum(1 for x in listed if x.held_at.date() >= since)

    def open(self) -> float:
        drawn, idle = self.opener.open(self.case.id, self.small.id)
        self.opened.append((drawn, idle))
        return drawn

    def list(self) -> float:
        start = time.perf_counter()
        self.vault.sessions.list(self.case.id)
        return time.perf_counter() - start

    def search(self) -> float:
        word = self.words.pop(0)  # a different word each time, round the list
        self.words.append(word)
        start = time.perf_counter()
        self.vault.sessions.search(word)
        return time.perf_counter() - start

    def pdf(self) -> float:
        from legato_desk.exporting import render

        start = time.perf_counter()
        render(self.vault, self.request)
        return time.perf_counter() - start

    def close(self, app) -> None:
        self.opener.close()
        self.window.close()
        self.window.deleteLater()
        app.processEvents()
        self.vault.close()


def _figures(app, sizes: list[_Size]) -> dict[int, dict]:
    """Every figure measured in rounds that visit each size in turn, so a slow
    minute of a shared machine lands on all sizes alike instead of on one."""
    out: dict[int, dict] = {s.k: {"made": s.made, "size": s.size,
                                  "pdf_sessions": s.pdf_sessions} for s in sizes}
    for name, repeat in (("open", scaled(7)), ("list", scaled(15)), ("search", scaled(30)),
                         ("pdf", max(2, scaled(3)))):
        samples = interleaved({str(s.k): getattr(s, name) for s in sizes}, repeat=repeat)
        for s in sizes:
            out[s.k][name] = samples[str(s.k)]
    for s in sizes:  # the open rounds after the warm-up one
        out[s.k]["idle"] = Samples.of([idle for _, idle in s.opened[1:]])
    return out


def run(scratch: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    factors = FACTORS[:2] if os.environ.get("BENCH_QUICK") else FACTORS
    sizes = [_Size(app, scratch, k) for k in factors]
    try:
        results = _figures(app, sizes)
    finally:
        for size in sizes:
            size.close(app)
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

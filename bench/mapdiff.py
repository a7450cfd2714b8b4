"""Map figures that need no window: snapshot diff of the large map.

Figure: ``diff_maps`` between the first snapshot and the current map of the
large case (300 persons, 800 ties), after reading both from the vault.
Floor: reading the two states alone (snapshot JSON + current rows), so the
ratio shows what comparing costs on top of loading.
"""

from __future__ import annotations

import time
from pathlib import Path

from bench.common import large_case_vault, scaled
from bench.stats import interleaved, report

REPEAT = 50


def run(scratch: Path) -> None:
    from legato_desk.model.map_diff import diff_maps

    vault, case = large_case_vault(scratch, "mapdiff-vault")
    try:
        first = vault.maps.snapshots(case.id)[0]
        changes = []

        def load_and_diff() -> float:
            start = time.perf_counter()
            d = diff_maps(vault.maps.snapshot_state(first.id), vault.maps.state(case.id))
            seconds = time.perf_counter() - start
            changes.append(len(d.persons) + len(d.relations))
            return seconds

        def load_only() -> float:
            start = time.perf_counter()
            vault.maps.snapshot_state(first.id)
            vault.maps.state(case.id)
            return time.perf_counter() - start

        samples = interleaved({"diff": load_and_diff, "load": load_only},
                              repeat=scaled(REPEAT), warmup=2)
        state = vault.maps.state(case.id)
    finally:
        vault.close()
    report("map: compare the first snapshot with now (large case)",
           ("read both + diff_maps", samples["diff"]),
           ("read both states only", samples["load"]),
           target="no target in performance.md; well under one frame is the aim",
           notes=[f"{len(state.persons)} persons, {len(state.relations)} ties, "
                  f"{changes[-1]} changes found"])

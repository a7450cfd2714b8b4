"""PDF of the large case (performance.md: ≤ 2 s).

The real path: ``exporting.render`` (check the request, gather from the
vault, build the supervision PDF in memory) for the large case. No floor:
the target is absolute. Sections that do not exist yet are simply absent,
so the figure grows as the app does.
"""

from __future__ import annotations

from pathlib import Path

from bench.common import large_case_vault, scaled
from bench.stats import Samples, report, timed

REPEAT = 7


def run(scratch: Path) -> None:
    from legato_desk.exporting import render
    from legato_desk.model.export import Audience, ExportRequest

    vault, case = large_case_vault(scratch, "pdf-vault")
    sizes = []
    try:
        request = ExportRequest.default(Audience.SUPERVISION, case_id=case.id)

        def once() -> float:
            holder = []
            seconds = timed(lambda: holder.append(render(vault, request)))
            sizes.append(len(holder[0]))
            return seconds

        once()  # warm-up: fonts registered, modules imported
        samples = Samples.of([once() for _ in range(scaled(REPEAT))])
    finally:
        vault.close()
    report("PDF of the large case (supervision, pseudonymised)",
           ("exporting.render", samples), None, target="≤ 2 s absolute",
           notes=[f"{sizes[-1] / 1024:.0f} KiB; sections so far: summary, map with legend "
                  "and person table"])

"""PDF of the large case (performance.md: ≤ 2 s for 200 sessions, map, charts).

The real path: ``exporting.render`` (check the request, gather from the
vault, build the supervision PDF in memory) for the large case, over the
period that holds its last 200 sessions (the whole two years hold 2,000).
No floor: the target is absolute.
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
        listed = vault.sessions.list(case.id)  # newest first
        since = listed[min(199, len(listed) - 1)].held_at.date()
        request = ExportRequest.default(Audience.SUPERVISION, case_id=case.id, date_from=since)
        covered = sum(1 for x in listed if x.held_at.date() >= since)

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
           notes=[f"{sizes[-1] / 1024:.0f} KiB, {covered} sessions in the period, every "
                  "supervision section (map with legend, key-clients, tasks with chart, "
                  "sessions with reflection, setbacks, next steps, safeguarding)"])

"""Anonymous counts across all cases for funders (no names, no free text).

Everything here is a count of a category value; nothing a counsellor typed
can reach a statistics export.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass(frozen=True)
class CaseFacts:
    """What one case contributes to the statistics, already reduced to categories."""

    status: str
    opened_in_period: bool
    caller: str | None = None            # model.intake.CallerCategory value
    route: str | None = None             # model.intake.ReferralRoute value
    contact: str = "case"                # case / advice_only
    keyclient_sectors: tuple[str, ...] = ()   # sector of each chosen key-client
    session_modes: tuple[str, ...] = ()       # mode of each session in the period
    task_status: tuple[tuple[str, str], ...] = ()  # (task, status) now


@dataclass
class Statistics:
    cases: int = 0
    opened: int = 0
    by_status: Counter = field(default_factory=Counter)
    by_caller: Counter = field(default_factory=Counter)
    by_route: Counter = field(default_factory=Counter)
    by_contact: Counter = field(default_factory=Counter)
    keyclients_by_sector: Counter = field(default_factory=Counter)
    sessions_by_mode: Counter = field(default_factory=Counter)
    tasks: dict[str, Counter] = field(default_factory=dict)  # task -> status counts


def tally(facts: list[CaseFacts]) -> Statistics:
    out = Statistics()
    for f in facts:
        out.cases += 1
        out.opened += f.opened_in_period
        out.by_status[f.status] += 1
        out.by_caller[f.caller or "unknown"] += 1
        out.by_route[f.route or "unknown"] += 1
        out.by_contact[f.contact] += 1
        out.keyclients_by_sector.update(f.keyclient_sectors)
        out.sessions_by_mode.update(f.session_modes)
        for task, status in f.task_status:
            out.tasks.setdefault(task, Counter())[status] += 1
    return out

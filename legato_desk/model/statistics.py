"""Anonymous counts across all cases for funders (no names, no free text).

Everything here is a count of a category value; nothing a counsellor typed
can reach a statistics export. Besides who called and how the work went, the
counts say how it ended and where it went back (seeds 002/003: reports should
not only tell of success):

- ending reasons of the cases and of the key-clients' work ended in the period;
- durations in bands of months: a case from opening to its ending, a
  key-client from being chosen to the end of the work, each either ended in
  the period or still running at its end;
- tasks that went back: a task that stood at "achieved" and a later session
  put it in progress or paused again ("reopened"), and the task entries that
  note a setback (the session record's own setback field: the data records
  setbacks, so nothing is inferred from the statuses).

Goals met, partly met and not met (the intervention plan's goals) will join
these counts as a ``goals`` counter of ``Statistics``, filled in ``tally``
from a ``CaseFacts.goals`` tuple; nothing records goals yet.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from legato_desk.model.plan_counts import goal_outcomes
from datetime import date
from typing import Iterable

from legato_desk.model.progress import TaskEvent
from legato_desk.model.session import TaskStatus

# Durations in whole months: under 3, 3 to under 6, 6 to under 12, 12 and more.
BANDS = ("under_3", "3_to_6", "6_to_12", "over_12")
_BAND_LIMITS = ((3, "under_3"), (6, "3_to_6"), (12, "6_to_12"))
ENDED, RUNNING = "ended", "running"   # a duration ended in the period / still running at its end


def months_between(start: date, end: date) -> int:
    """Whole calendar months from ``start`` to ``end`` (0 if ``end`` is earlier)."""
    months = (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)
    return max(months, 0)


def duration_band(start: date, end: date) -> str:
    months = months_between(start, end)
    return next((band for limit, band in _BAND_LIMITS if months < limit), "over_12")


@dataclass(frozen=True, slots=True)
class Spell:
    """A stretch of work: a case from opening to ending, a key-client from being
    chosen to the end of the work. ``end`` is None while it runs."""

    start: date
    end: date | None = None


def spell_durations(spells: Iterable[Spell], first: date | None, last: date
                    ) -> tuple[tuple[str, str], ...]:
    """(ENDED or RUNNING, band) for each spell that ran within the period
    ``first``..``last`` (``first`` None: from the beginning): ended in the period,
    or still running at its last day (measured up to that day)."""
    out = []
    for s in spells:
        if s.start > last or (s.end is not None and first is not None and s.end < first):
            continue
        if s.end is not None and s.end <= last:
            out.append((ENDED, duration_band(s.start, s.end)))
        else:
            out.append((RUNNING, duration_band(s.start, last)))
    return tuple(out)


def keyclient_spells(decided_on: date | None, events: Iterable[tuple[date, str]]
                     ) -> list[Spell]:
    """The spells of one key-client from its decision and its status events
    ((date, model.keyclients.Status value), oldest first): the work starts when
    the key-client is chosen, ends with "ended", and starts again when the
    person is approached again after that."""
    if decided_on is None:
        return []
    spells, start = [], decided_on
    for on, status in events:
        if status == "ended" and start is not None:
            spells.append(Spell(start, on))
            start = None
        elif status == "approached" and start is None:
            start = on
    if start is not None:
        spells.append(Spell(start))
    return spells


def went_back(events: Iterable[TaskEvent], first: date | None, last: date | None
              ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(reopened, setbacks): the task value once for every session in the period
    that moved an achieved task back to in progress or paused, and once for
    every task entry in the period that notes a setback. The sessions before
    the period count for what a task had reached."""
    standing: dict = {}
    reopened, setbacks = [], []
    for ev in sorted(events, key=lambda e: (e.held_at, e.session_id)):
        task, status, day = ev.entry.task, ev.entry.status, ev.held_at.date()
        inside = (first is None or day >= first) and (last is None or day <= last)
        if inside and standing.get(task) is TaskStatus.ACHIEVED \
                and status is not TaskStatus.ACHIEVED:
            reopened.append(task.value)
        if inside and ev.entry.setback.strip():
            setbacks.append(task.value)
        standing[task] = status
    return tuple(reopened), tuple(setbacks)


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
    ending_reasons: tuple[str, ...] = ()      # model.ending.EndingReason of endings in the period
    keyclient_endings: tuple[str, ...] = ()   # keyclients.EndReason value (or "not_recorded")
    case_duration: tuple[tuple[str, str], ...] = ()       # (ENDED/RUNNING, band)
    keyclient_durations: tuple[tuple[str, str], ...] = ()  # one per key-client spell
    reopened: tuple[str, ...] = ()            # task value per reopening in the period
    setbacks: tuple[str, ...] = ()            # task value per entry noting a setback
    goal_states: tuple[str, ...] = ()         # plan goals of a case ended in the period


@dataclass
class Statistics:
    """The counts. Every field is a whole number, a Counter of category values,
    or a dict of such Counters: ``stats_file`` writes, reads and adds them by
    these kinds alone, so a new count needs no code there."""

    cases: int = 0
    opened: int = 0
    by_status: Counter = field(default_factory=Counter)
    by_caller: Counter = field(default_factory=Counter)
    by_route: Counter = field(default_factory=Counter)
    by_contact: Counter = field(default_factory=Counter)
    keyclients_by_sector: Counter = field(default_factory=Counter)
    sessions_by_mode: Counter = field(default_factory=Counter)
    tasks: dict[str, Counter] = field(default_factory=dict)  # task -> status counts
    case_endings: Counter = field(default_factory=Counter)       # ending reason
    keyclient_endings: Counter = field(default_factory=Counter)  # key-client end reason
    case_durations: dict[str, Counter] = field(default_factory=dict)       # ENDED/RUNNING -> band
    keyclient_durations: dict[str, Counter] = field(default_factory=dict)  # ENDED/RUNNING -> band
    reopened: Counter = field(default_factory=Counter)   # task -> times it went back
    setbacks: Counter = field(default_factory=Counter)   # task -> entries noting a setback
    goals_at_ending: Counter = field(default_factory=Counter)  # goal state at the case's end


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
        out.case_endings.update(f.ending_reasons)
        out.keyclient_endings.update(f.keyclient_endings)
        for how, band in f.case_duration:
            out.case_durations.setdefault(how, Counter())[band] += 1
        for how, band in f.keyclient_durations:
            out.keyclient_durations.setdefault(how, Counter())[band] += 1
        out.reopened.update(f.reopened)
        out.setbacks.update(f.setbacks)
        if f.goal_states:
            out.goals_at_ending.update(goal_outcomes(f.goal_states))
    return out

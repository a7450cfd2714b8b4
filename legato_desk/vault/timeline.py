"""A case's timeline: dated events from several sources, merged in order.

A *source* is a callable ``(vault, case_id) -> iterable of TimelineEvent``.
Sessions, addenda and map snapshots are here; key-client decisions, status
changes and safeguarding events join by appending their source to
``DEFAULT_SOURCES`` (or passing ``sources=``).
"""

from __future__ import annotations

from datetime import datetime, time
from typing import Callable, Iterable

from legato_desk.model.progress import TimelineEvent, merge_timeline

TimelineSource = Callable[[object, int], Iterable[TimelineEvent]]


def session_events(vault, case_id: int) -> list[TimelineEvent]:
    return vault.sessions.timeline(case_id)


def snapshot_events(vault, case_id: int) -> list[TimelineEvent]:
    return [TimelineEvent(datetime.combine(snap.taken_on, time()), "snapshot", snap.label, "",
                          ("snapshot", snap.id))
            for snap in vault.maps.snapshots(case_id)]


def _at(day) -> datetime:
    """Local wall-clock time without a zone, as session times are kept."""
    if not isinstance(day, datetime):
        return datetime.combine(day, time())
    return day.astimezone().replace(tzinfo=None) if day.tzinfo else day


def keyclient_events(vault, case_id: int) -> list[TimelineEvent]:
    """Marking a candidate, choosing a key-client, and each status change."""
    persons = {p.id: p for p in vault.maps.state(case_id).persons}
    out = []
    for c in vault.keyclients.candidates(case_id):
        p = persons.get(c.person_id)
        who = " · ".join(filter(None, (p.name, p.role))) if p else "?"
        out.append(TimelineEvent(_at(c.marked_on), "key_client", who, "candidate",
                                 ("keyclient", c.id)))
        if c.decided_on:
            out.append(TimelineEvent(_at(c.decided_on), "key_client", who, "chosen",
                                     ("keyclient", c.id)))
        for e in vault.keyclients.history(c.id):
            detail = (e.status, e.end_reason) if e.end_reason else (e.status,)
            out.append(TimelineEvent(_at(e.on), "key_client", who, detail, ("keyclient", c.id)))
    return out


def safeguarding_events(vault, case_id: int) -> list[TimelineEvent]:
    """Flags raised and closed, and every disclosure to another agency."""
    out = []
    for e in vault.safeguarding.for_case(case_id):
        out.append(TimelineEvent(_at(e.raised_at), "safeguarding", e.flag, "raised",
                                 ("escalation", e.id)))
        if e.closed_at:
            out.append(TimelineEvent(_at(e.closed_at), "safeguarding", e.flag, "closed",
                                     ("escalation", e.id)))
    for d in vault.sharing.for_case(case_id):
        out.append(TimelineEvent(_at(d.shared_at), "safeguarding", d.recipient,
                                 (d.kind, d.ground), ("disclosure", d.id)))
    return out


def plan_events(vault, case_id: int) -> list[TimelineEvent]:
    """The intervention plan: goals set, measures done, reviews held."""
    return vault.plan.timeline(case_id)


DEFAULT_SOURCES: list[TimelineSource] = [session_events, snapshot_events, keyclient_events,
                                         safeguarding_events, plan_events]


def case_timeline(vault, case_id: int, sources: Iterable[TimelineSource] | None = None,
                  kinds: set[str] | None = None) -> list[TimelineEvent]:
    sources = DEFAULT_SOURCES if sources is None else sources
    return merge_timeline((source(vault, case_id) for source in sources), kinds)

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


DEFAULT_SOURCES: list[TimelineSource] = [session_events, snapshot_events]


def case_timeline(vault, case_id: int, sources: Iterable[TimelineSource] | None = None,
                  kinds: set[str] | None = None) -> list[TimelineEvent]:
    sources = DEFAULT_SOURCES if sources is None else sources
    return merge_timeline((source(vault, case_id) for source in sources), kinds)

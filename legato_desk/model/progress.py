"""What the session records add up to: task overview, progress series,
follow-ups due, the search query and the case timeline. Pure functions over
rows the vault reads; nothing here touches storage.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Iterable

from legato_desk.model.session import Change, Task, TaskEntry, TaskStatus, check_transition


@dataclass(frozen=True, slots=True)
class TaskEvent:
    """A task entry with the session it belongs to."""

    session_id: int
    held_at: datetime
    entry: TaskEntry


@dataclass(frozen=True, slots=True)
class TaskOverview:
    task: Task
    status: TaskStatus = TaskStatus.NOT_STARTED
    last_activity: datetime | None = None
    sessions: int = 0             # how many sessions addressed it
    last_rating: int | None = None
    next_step: str = ""           # the latest next step written for it
    setbacks: int = 0             # entries with a setback noted
    last_change: Change = Change.NONE
    last_session_id: int | None = None
    # A grounding essential no session addressed yet, standing where the
    # key-client's profile puts it (model.task_state.task_states).
    from_profile: bool = False


def overview(events: Iterable[TaskEvent]) -> list[TaskOverview]:
    """One row per task (grounding first), in the order of ``Task``."""
    by_task: dict[Task, list[TaskEvent]] = {t: [] for t in Task}
    for ev in events:
        by_task[ev.entry.task].append(ev)
    rows = []
    for task, evs in by_task.items():
        evs.sort(key=lambda e: (e.held_at, e.session_id))
        status, change = TaskStatus.NOT_STARTED, Change.NONE
        for ev in evs:
            change = check_transition(status, ev.entry.status)
            status = ev.entry.status
        rated = [e.entry.rating for e in evs if e.entry.rating is not None]
        steps = [e.entry.next_step for e in evs if e.entry.next_step]
        rows.append(TaskOverview(
            task=task, status=status,
            last_activity=evs[-1].held_at if evs else None,
            sessions=len(evs), last_rating=rated[-1] if rated else None,
            next_step=steps[-1] if steps else "",
            setbacks=sum(1 for e in evs if e.entry.setback),
            last_change=change, last_session_id=evs[-1].session_id if evs else None))
    return rows


@dataclass(frozen=True, slots=True)
class ProgressPoint:
    held_at: datetime
    rating: int
    session_id: int


def progress_series(events: Iterable[TaskEvent]) -> dict[Task, list[ProgressPoint]]:
    """Rating per task per session, oldest first; tasks never rated are left out."""
    series: dict[Task, list[ProgressPoint]] = {}
    for ev in sorted(events, key=lambda e: (e.held_at, e.session_id)):
        if ev.entry.rating is not None:
            series.setdefault(ev.entry.task, []).append(
                ProgressPoint(ev.held_at, ev.entry.rating, ev.session_id))
    return {t: series[t] for t in Task if t in series}


def crowds(series: dict[Task, list[ProgressPoint]]
           ) -> dict[tuple[date, int], list[tuple[Task, ProgressPoint]]]:
    """The points that coincide in a chart: those of one day with one rating,
    in the order of the series (a day is as fine as a chart's time axis reads)."""
    found: dict[tuple[date, int], list[tuple[Task, ProgressPoint]]] = {}
    for task, points in series.items():
        for pt in points:
            found.setdefault((pt.held_at.date(), pt.rating), []).append((task, pt))
    return found


def dodge(series: dict[Task, list[ProgressPoint]]) -> dict[Task, list[float]]:
    """Per point, its place in its crowd: 0 for a point alone, else -(n-1)/2 to
    (n-1)/2, so a chart moves the n coinciding points that many marker widths
    apart along the time axis and each stays visible (the rating stays exact)."""
    crowd, placed = crowds(series), Counter()
    slots = {}
    for task, points in series.items():  # the order crowds() met them in
        row = []
        for pt in points:
            key = (pt.held_at.date(), pt.rating)
            row.append(placed[key] - (len(crowd[key]) - 1) / 2)
            placed[key] += 1
        slots[task] = row
    return slots


def time_span(series: dict[Task, list[ProgressPoint]]) -> tuple[datetime, datetime] | None:
    """First and last session time over all series (for a chart's x axis)."""
    points = [p.held_at for pts in series.values() for p in pts]
    return (min(points), max(points)) if points else None


# -- follow-ups ------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class FollowUp:
    session_id: int
    case_id: int
    case_code: str
    pseudonym: str
    due: date
    next_steps: str
    held_at: datetime

    def overdue(self, today: date) -> bool:
        return self.due < today


def horizon(today: date, days: int) -> date:
    """The last day a follow-up counts as due soon: ``days`` days after ``today``.

    A rolling window, not the calendar week: on a Friday, Monday's follow-ups
    are as visible as on a Tuesday the ones due that Saturday.
    """
    return today + timedelta(days=days)


def due_within(items: Iterable[FollowUp], today: date, days: int) -> list[FollowUp]:
    """Open follow-ups due within ``days`` days of ``today`` (that last day included),
    overdue ones always, soonest first."""
    until = horizon(today, days)
    return sorted((f for f in items if f.due <= until), key=lambda f: (f.due, f.held_at))


# -- search ----------------------------------------------------------------------

_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str:
    """A safe FTS5 query: every word must occur, as a prefix; no operators."""
    return " ".join(f'"{w}"*' for w in _WORD.findall(text or ""))


HIGHLIGHT_START, HIGHLIGHT_END = "\x02", "\x03"


def _fold(word: str) -> str:
    """As the index sees a word: case and diacritics folded (unicode61, remove_diacritics)."""
    if word.isascii():  # nothing to decompose: the same result, without a loop per character
        return word.casefold()
    return "".join(c for c in unicodedata.normalize("NFKD", word)
                   if not unicodedata.combining(c)).casefold()


def make_snippet(texts: Iterable[str], query: str, width: int = 14) -> str:
    """A passage of the first text that holds a query word, every matching word
    between HIGHLIGHT_START and HIGHLIGHT_END, "…" where the text goes on."""
    words = [_fold(w) for w in _WORD.findall(query or "")]
    texts = [t for t in texts if t]
    for text in texts:
        tokens = list(_WORD.finditer(text))
        hits = {i for i, m in enumerate(tokens)
                if any(_fold(m.group()).startswith(w) for w in words)}
        if hits:
            break
    else:
        text, hits = (texts[0] if texts else ""), set()
        tokens = list(_WORD.finditer(text))
    if not tokens:
        return ""
    first = min(hits, default=0)
    start = max(0, min(first - width // 3, len(tokens) - width))
    end = min(len(tokens), start + width)
    out, pos = ["…" if start > 0 else ""], tokens[start].start()
    for i in range(start, end):
        m = tokens[i]
        out.append(text[pos:m.start()])
        out.append(f"{HIGHLIGHT_START}{m.group()}{HIGHLIGHT_END}" if i in hits else m.group())
        pos = m.end()
    out.append("…" if end < len(tokens) else text[pos:])
    return "".join(out)


def split_highlights(snippet: str) -> list[tuple[str, bool]]:
    """A snippet as (text, highlighted) pieces."""
    parts, pos, on = [], 0, False
    for match in re.finditer(f"[{HIGHLIGHT_START}{HIGHLIGHT_END}]", snippet):
        if match.start() > pos:
            parts.append((snippet[pos:match.start()], on))
        on = match.group() == HIGHLIGHT_START
        pos = match.end()
    if pos < len(snippet):
        parts.append((snippet[pos:], on))
    return parts


# -- timeline --------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """One dated thing in a case. ``kind`` names its source ("session",
    "snapshot", "key_client", "safeguarding", ...); ``ref`` lets a screen open it.
    ``title`` and ``detail`` are texts (names, labels), event codes such as
    "raised", enum values, or a tuple of those: the screen puts them in words."""

    at: datetime
    kind: str
    title: str
    detail: str = ""
    ref: tuple = ()


def merge_timeline(sources: Iterable[Iterable[TimelineEvent]],
                   kinds: set[str] | None = None) -> list[TimelineEvent]:
    """All events of all sources in chronological order, optionally only some kinds."""
    events = [ev for source in sources for ev in source if kinds is None or ev.kind in kinds]
    events.sort(key=lambda ev: (ev.at, ev.kind, str(ev.title)))  # titles may be enums
    return events

"""One search over everything written in a case: what a hit is, the filters,
and how a text is matched. Pure functions; ``vault.case_search`` reads the
texts and ``ui/search`` shows the hits.

A *record* is one row of text fields (a session record's notes, one task
entry, the intake, a person on the map, a key-client's rationale...). It
matches when every word of the query starts a word somewhere in its fields,
case and accents folded: the rule of the session notes' full-text index
(``model.progress.fts_query``), so both searches find the same.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Iterable

from legato_desk.model.progress import _WORD, _fold, make_snippet
from legato_desk.model.session import GROUNDING, Task


class HitKind(enum.Enum):
    """Where a text was written, in the order undated hits are listed."""

    SUMMARY = "summary"
    INTAKE = "intake"
    PERSON = "person"            # a person's note on the current map
    TIE = "tie"                  # a tie's note on the current map
    SESSION = "session"          # a record's notes, task entries, facts, addenda
    KEYCLIENT = "keyclient"      # rationale, assessment, evidence, status notes
    SAFEGUARDING = "safeguarding"
    SHARING = "sharing"
    FACTORS = "factors"
    REFERRAL = "referral"
    PLAN = "plan"                # the intervention plan's wind-down note
    GOAL = "goal"                # a goal of the plan
    MEASURE = "measure"          # a measure of the plan: what, who
    PLAN_REVIEW = "plan_review"  # a review of the plan
    CONFERENCE = "conference"    # agenda, participants, roles, measures, minutes
    RELEASE = "release"          # the institution, a checklist item


# The task filter's choices: grounding (its three essentials) or one support task.
TASK_CHOICES: dict[str, frozenset[Task]] = {
    "grounding": frozenset(GROUNDING),
    **{t.value: frozenset({t}) for t in Task if t not in GROUNDING},
}


@dataclass(frozen=True, slots=True)
class CaseHit:
    """One record that matched. ``part`` names the field the snippet comes from
    (a column name such as "concern" or "rationale"; "evidence:<criterion>" for
    a key-client rating); ``ref`` is what the screen opens (a session, person,
    key-client, escalation, disclosure, sheet, referral, goal, measure, plan
    review or conference id; a release checklist item's position, None for the
    release's institution)."""

    kind: HitKind
    part: str
    on: date | datetime | None   # datetime: local wall-clock time
    persons: tuple[str, ...]     # names of the persons concerned
    tasks: tuple[Task, ...]      # the task of a task entry
    snippet: str                 # matches between progress.HIGHLIGHT_START/END
    ref: int | str | None
    person_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class SearchFilter:
    """Narrows a search; every part set must hold. A date range admits dated
    records only (the summary, intake and map notes have no date)."""

    tasks: frozenset[Task] = frozenset()   # any of these (empty: any record)
    person_id: int | None = None
    since: date | None = None
    until: date | None = None

    @property
    def active(self) -> bool:
        return bool(self.tasks) or self.person_id is not None or \
            self.since is not None or self.until is not None

    def admits(self, tasks: Iterable[Task], person_ids: Iterable[int],
               on: str | None) -> bool:
        """``on``: the record's local date or date and time in ISO form, or None."""
        if self.tasks and self.tasks.isdisjoint(tasks):
            return False
        if self.person_id is not None and self.person_id not in person_ids:
            return False
        if self.since is None and self.until is None:
            return True
        if on is None:
            return False
        day = on[:10]
        return (self.since is None or day >= self.since.isoformat()) and \
            (self.until is None or day <= self.until.isoformat())


@dataclass(frozen=True, slots=True)
class SearchResult:
    hits: list[CaseHit]   # the first ``limit``, in list order
    total: int            # how many records matched in all


def query_words(text: str) -> list[str]:
    """The query's words as the matching sees them (folded)."""
    return [_fold(w) for w in _WORD.findall(text or "")]


def word_pattern(words: list[str]) -> list[re.Pattern]:
    return [re.compile(r"(?<!\w)" + re.escape(w)) for w in words]


def record_matches(texts: Iterable[str], patterns: list[re.Pattern]) -> bool:
    """Every word starts a word in one of ``texts`` (folded); no words: any text."""
    folded = _fold("\n".join(t for t in texts if t))
    if not patterns:
        return bool(folded.strip())
    return all(p.search(folded) for p in patterns)


def best_part(fields: Iterable[tuple[str, str]], patterns: list[re.Pattern]) -> str:
    """The first field holding a query word (the first non-empty without words)."""
    fields = [(name, text) for name, text in fields if text]
    for name, text in fields:
        folded = _fold(text)
        if not patterns or any(p.search(folded) for p in patterns):
            return name
    return fields[0][0] if fields else ""


def snippet_of(fields: Iterable[tuple[str, str]], part: str, query: str) -> str:
    """A passage of the first field named ``part`` that holds a query word: a record
    may repeat a part (a sheet's factors, a conference's agenda items)."""
    return make_snippet([text for name, text in fields if name == part], query)


_ORDER = {kind: i for i, kind in enumerate(HitKind)}


def in_list_order(records: list) -> list:
    """Undated records first, by kind (summary, intake, map), then the dated ones
    newest first. ``records`` have ``kind`` and ``on`` (ISO text or None); a day
    alone stands before the times of that day. Equal ones keep their order."""
    undated = sorted((r for r in records if r.on is None), key=lambda r: _ORDER[r.kind])
    dated = sorted((r for r in records if r.on is not None), key=lambda r: r.on, reverse=True)
    return undated + dated


def parse_on(on: str | None) -> date | datetime | None:
    """A record's ISO date ("2026-03-05") or local time ("2026-03-05T14:00")."""
    if on is None:
        return None
    return datetime.fromisoformat(on) if "T" in on else date.fromisoformat(on)

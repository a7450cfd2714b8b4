"""Where each task stands: one answer for every view and every export.

The grounding of a key-client is recorded in two places: the three choices
of the key-client's profile, and the grounding rows of the session records.
Views that read one or the other contradicted each other (a PDF said
"acknowledgement not started" on the key-client's page and "Acknowledgement
building, rating 4" in its task table). The rule, kept only here:

- the latest session that addressed a task decides its status (setbacks and
  pauses included), for the grounding as for the six tasks;
- a grounding essential that no session has addressed yet stands where the
  key-client's profile puts it: the counsellor's assessment before (or
  outside) the sessions. For a whole case with several key-clients, the
  furthest of their profiles.

The profile of a key-client shows the same answer (its choice can be changed
only while no session has recorded that essential).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Mapping

from legato_desk.model.keyclients import Essential, Grounding
from legato_desk.model.progress import TaskEvent, TaskOverview, overview
from legato_desk.model.session import GROUNDING, Task, TaskStatus

ESSENTIAL_TASK: dict[Essential, Task] = {
    Essential.RELATIONSHIP: Task.RELATIONSHIPS, Essential.MESSAGES: Task.MESSAGES,
    Essential.ACKNOWLEDGEMENT: Task.ACKNOWLEDGEMENT}
TASK_ESSENTIAL: dict[Task, Essential] = {t: e for e, t in ESSENTIAL_TASK.items()}
assert set(TASK_ESSENTIAL) == set(GROUNDING)

# The profile's words for the grounding, as task statuses ("building" is in
# progress, "established" achieved).
PROFILE_STATUS: dict[Grounding, TaskStatus] = {
    Grounding.NOT_STARTED: TaskStatus.NOT_STARTED, Grounding.BUILDING: TaskStatus.IN_PROGRESS,
    Grounding.ESTABLISHED: TaskStatus.ACHIEVED}
STATUS_PROFILE: dict[TaskStatus, Grounding] = {v: k for k, v in PROFILE_STATUS.items()}
_FURTHER = [TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS, TaskStatus.ACHIEVED]

Profile = Mapping[Essential, Grounding]


def task_states(events: Iterable[TaskEvent], profiles: Iterable[Profile] = ()
                ) -> list[TaskOverview]:
    """One row per task (grounding first, in the order of ``Task``).

    ``events`` are the task entries of the sessions the view covers (a case,
    a key-client's sessions, an export's period); ``profiles`` the grounding
    of the key-clients it covers (one for a key-client, all for a case).
    """
    profiles = list(profiles)
    rows = []
    for row in overview(events):
        if row.task in GROUNDING and not row.sessions and profiles:
            essential = TASK_ESSENTIAL[row.task]
            status = max((PROFILE_STATUS[p.get(essential, Grounding.NOT_STARTED)]
                          for p in profiles), key=_FURTHER.index)
            if status is not TaskStatus.NOT_STARTED:
                row = replace(row, status=status, from_profile=True)
        rows.append(row)
    return rows


def grounding_states(rows: Iterable[TaskOverview]) -> dict[Essential, TaskOverview]:
    """The three grounding rows of ``task_states``, by essential."""
    return {TASK_ESSENTIAL[r.task]: r for r in rows if r.task in TASK_ESSENTIAL}


def events_of_sessions(records) -> list[TaskEvent]:
    """The task events of session records (model.session.SessionRecord)."""
    return [TaskEvent(x.id or 0, x.held_at, e) for x in records for e in x.tasks]

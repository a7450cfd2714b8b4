"""The one rule for where a task stands (model/task_state)."""

from datetime import datetime

from legato_desk.model.keyclients import Essential, Grounding
from legato_desk.model.progress import TaskEvent
from legato_desk.model.session import Task, TaskEntry, TaskStatus
from legato_desk.model.task_state import grounding_states, task_states


def _event(day: int, task: Task, status: TaskStatus, session: int = 1) -> TaskEvent:
    return TaskEvent(session, datetime(2026, 3, day, 10), TaskEntry(task, status=status))


def test_the_latest_session_decides_and_the_profile_fills_what_no_session_touched():
    profile = {Essential.RELATIONSHIP: Grounding.ESTABLISHED,
               Essential.ACKNOWLEDGEMENT: Grounding.ESTABLISHED}
    events = [_event(2, Task.ACKNOWLEDGEMENT, TaskStatus.ACHIEVED, 1),
              _event(9, Task.ACKNOWLEDGEMENT, TaskStatus.PAUSED, 2)]
    rows = grounding_states(task_states(events, [profile]))
    assert rows[Essential.ACKNOWLEDGEMENT].status is TaskStatus.PAUSED  # not the profile
    assert not rows[Essential.ACKNOWLEDGEMENT].from_profile
    assert rows[Essential.RELATIONSHIP].status is TaskStatus.ACHIEVED
    assert rows[Essential.RELATIONSHIP].from_profile
    assert rows[Essential.MESSAGES].status is TaskStatus.NOT_STARTED
    assert not rows[Essential.MESSAGES].from_profile


def test_a_case_takes_the_furthest_profile_and_tasks_never_come_from_one():
    profiles = [{Essential.MESSAGES: Grounding.BUILDING},
                {Essential.MESSAGES: Grounding.ESTABLISHED}]
    rows = {r.task: r for r in task_states([], profiles)}
    assert rows[Task.MESSAGES].status is TaskStatus.ACHIEVED
    assert all(rows[t].status is TaskStatus.NOT_STARTED and not rows[t].from_profile
               for t in (Task.FUTURE, Task.WORK, Task.THERAPY))
    assert [r.task for r in task_states([])] == list(Task)

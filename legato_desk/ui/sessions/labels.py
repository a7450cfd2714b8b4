"""Translated names for modes, tasks and task statuses (one place for all screens)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from legato_desk.model.session import Mode, Task, TaskGroup, TaskStatus

_MODES = {
    Mode.IN_PERSON: "In person",
    Mode.PHONE: "Phone",
    Mode.VIDEO: "Video",
    Mode.OUT_OF_HOURS: "Out-of-hours call",
}

_TASKS = {  # (name, short label, hint)
    Task.RELATIONSHIPS: ("Reliable relationships", "Relationships",
                         "Being there, predictably: contact the index client can count on."),
    Task.MESSAGES: ("Positive emotional messages", "Messages",
                    "Warm, emotionally loaded messages instead of criticism."),
    Task.ACKNOWLEDGEMENT: ("Acknowledgement", "Acknowledgement",
                           "Recognising the person, their efforts and what they do well."),
    Task.FUTURE: ("Future visions", "Future",
                  "Building dreams and plans together; daily negotiation about what is "
                  "realistic."),
    Task.WORK: ("Finding a job", "Work",
                "A job or apprenticeship the person can imagine. No arguing about "
                "\u201creal\u201d religion: refusals are often fear of the unknown."),
    Task.CHALLENGES: ("Personal challenges", "Challenges",
                      "Frustration tolerance, obsessions, emotional control, biography; "
                      "close follow-up, often third parties."),
    Task.PARTNER: ("Relationships / partnership", "Partner",
                   "Messages that build self-confidence; never judge a partner from the "
                   "scene."),
    Task.EMOTIONS: ("Showing emotions and family secrets", "Emotions",
                    "Talking about what was never said; a father's pride and weakness can "
                    "matter greatly."),
    Task.THERAPY: ("Psychological help", "Therapy",
                   "Explore it despite refusals; find a psychologist who treats this as a "
                   "case like any other."),
}

_STATUS = {
    TaskStatus.NOT_STARTED: ("Not started", "Not started"),
    TaskStatus.IN_PROGRESS: ("In progress", "Building"),
    TaskStatus.ACHIEVED: ("Achieved", "Established"),
    TaskStatus.PAUSED: ("Paused", "Paused"),
}


def _tr(text: str, context: str = "Sessions") -> str:
    return QCoreApplication.translate(context, text)


def mode_name(mode: Mode) -> str:
    return _tr(_MODES[mode])


def task_name(task: Task, numbered: bool = True) -> str:
    name = _tr(_TASKS[task][0])
    if numbered and task.number is not None:
        return f"{task.number} · {name}"
    return name


def task_short(task: Task) -> str:
    return _tr(_TASKS[task][1])


def task_hint(task: Task) -> str:
    return _tr(_TASKS[task][2])


def status_name(status: TaskStatus, task: Task | None = None) -> str:
    """The grounding speaks of "building" and "established"; the tasks of progress."""
    grounding = task is not None and task.group is TaskGroup.GROUNDING
    return _tr(_STATUS[status][1 if grounding else 0])


def group_name(group: TaskGroup) -> str:
    return _tr("Emotional grounding" if group is TaskGroup.GROUNDING else "The six support tasks")


# Colours per task for charts and markers: the grounding in greens, tasks distinct.
TASK_COLOURS = {
    Task.RELATIONSHIPS: "#2e7d32", Task.MESSAGES: "#66a84a", Task.ACKNOWLEDGEMENT: "#1b9e77",
    Task.FUTURE: "#1f5fbf", Task.WORK: "#d95f02", Task.CHALLENGES: "#7b3fb5",
    Task.PARTNER: "#c2185b", Task.EMOTIONS: "#b8860b", Task.THERAPY: "#5d6d7e",
}

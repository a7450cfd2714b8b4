"""Translated names for modes, tasks and task statuses (one place for all screens)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from legato_desk.model.session import Mode, Task, TaskGroup, TaskStatus


def _n(text: str) -> str:
    """Marks a table entry for translation (context "Sessions"); the lookup is later."""
    return QT_TRANSLATE_NOOP("Sessions", text)


_MODES = {
    Mode.IN_PERSON: _n("In person"),
    Mode.PHONE: _n("Phone"),
    Mode.VIDEO: _n("Video"),
    Mode.OUT_OF_HOURS: _n("Out-of-hours call"),
}

_TASKS = {  # (name, short label, hint)
    Task.RELATIONSHIPS: (_n("Reliable relationships"), _n("Relationships"),
                         _n("Being there, predictably: contact the index client can count on.")),
    Task.MESSAGES: (_n("Positive emotional messages"), _n("Messages"),
                    _n("Warm, emotionally loaded messages instead of criticism.")),
    Task.ACKNOWLEDGEMENT: (_n("Acknowledgement"), _n("Acknowledgement"),
                           _n("Recognising the person, their efforts and what they do well.")),
    Task.FUTURE: (_n("Future visions"), _n("Future"),
                  _n("Building dreams and plans together; daily negotiation about what is "
                     "realistic.")),
    Task.WORK: (_n("Finding a job"), _n("Work"),
                _n("A job or apprenticeship the person can imagine. No arguing about "
                   "\u201creal\u201d religion: refusals are often fear of the unknown.")),
    Task.CHALLENGES: (_n("Personal challenges"), _n("Challenges"),
                      _n("Frustration tolerance, obsessions, emotional control, biography; "
                         "close follow-up, often third parties.")),
    Task.PARTNER: (_n("Relationships / partnership"), _n("Partner"),
                   _n("Messages that build self-confidence; never judge a partner from the "
                      "scene.")),
    Task.EMOTIONS: (_n("Showing emotions and family secrets"), _n("Emotions"),
                    _n("Talking about what was never said; a father's pride and weakness can "
                       "matter greatly.")),
    Task.THERAPY: (_n("Psychological help"), _n("Therapy"),
                   _n("Explore it despite refusals; find a psychologist who treats this as a "
                      "case like any other.")),
}

_STATUS = {
    TaskStatus.NOT_STARTED: (_n("Not started"), _n("Not started")),
    TaskStatus.IN_PROGRESS: (_n("In progress"), _n("Building")),
    TaskStatus.ACHIEVED: (_n("Achieved"), _n("Established")),
    TaskStatus.PAUSED: (_n("Paused"), _n("Paused")),
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


def template_text(text: str) -> str:
    """A default note template's text (model/templates.py marks them)."""
    return QCoreApplication.translate("Templates", text)

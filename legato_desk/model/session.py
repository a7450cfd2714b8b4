"""Session records: a contact with key-clients, and what it did for each task.

A session addresses any of nine *tasks*: the three essentials of the
emotional grounding (which come first) and the six support tasks of the
source practice. Only the tasks touched in a session carry an entry.

Rules kept here (pure, tested):
- a signed-off record is never edited; later knowledge is a dated addendum;
- a task's status moves freely between in progress, achieved and paused
  (setbacks are normal), but never back to "not started";
- addressing a task in a session keeps the status it has (only a task never
  begun starts "in progress"): a status changes only when the counsellor
  changes it;
- drafts are the record as JSON, so a crash loses at most a few seconds.
"""

from __future__ import annotations

import enum
import json
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime

from legato_desk.errors import ValidationError, label

TEXT_MAX = 20_000
LINE_MAX = 300
DURATION_MAX = 24 * 60
RATING_MIN, RATING_MAX = 1, 5   # progress rating of a task in one session
STATE_MIN, STATE_MAX = 1, 5     # stress / guilt / resilience, 1 = low


class Mode(enum.Enum):
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"
    OUT_OF_HOURS = "out_of_hours"   # an out-of-hours call


class TaskGroup(enum.Enum):
    GROUNDING = "grounding"
    SUPPORT = "support"


class Task(enum.Enum):
    """Grounding essentials first, then the six tasks in the practice's order."""

    RELATIONSHIPS = "relationships"   # reliable relationships
    MESSAGES = "messages"             # positive emotional messages
    ACKNOWLEDGEMENT = "acknowledgement"
    FUTURE = "future"                 # 1 Future visions
    WORK = "work"                     # 2 Finding a job
    CHALLENGES = "challenges"         # 3 Personal challenges
    PARTNER = "partner"               # 4 Relationships / partnership
    EMOTIONS = "emotions"             # 5 Showing emotions and family secrets
    THERAPY = "therapy"               # 6 Psychological help

    @property
    def group(self) -> TaskGroup:
        return TaskGroup.GROUNDING if self in GROUNDING else TaskGroup.SUPPORT

    @property
    def number(self) -> int | None:
        """1-6 for the support tasks, as numbered in the source practice."""
        return None if self in GROUNDING else list(Task).index(self) - 2


GROUNDING = (Task.RELATIONSHIPS, Task.MESSAGES, Task.ACKNOWLEDGEMENT)


class TaskStatus(enum.Enum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"   # for the grounding: "building"
    ACHIEVED = "achieved"         # for the grounding: "established"
    PAUSED = "paused"


class Change(enum.Enum):
    """What a new status means against the previous one."""

    NONE = "none"
    STARTED = "started"
    ACHIEVED = "achieved"
    REOPENED = "reopened"   # achieved before, in progress again: a setback, no blame
    PAUSED = "paused"
    RESUMED = "resumed"


def check_transition(old: TaskStatus, new: TaskStatus) -> Change:
    """The meaning of moving from ``old`` to ``new``; refuses going back to the start."""
    if new is TaskStatus.NOT_STARTED:
        if old is TaskStatus.NOT_STARTED:
            return Change.NONE
        raise ValidationError(
            "A task that has begun cannot go back to \u201cnot started\u201d; "
            "choose \u201cpaused\u201d instead.")
    if new is old:
        return Change.NONE
    if new is TaskStatus.ACHIEVED:
        return Change.ACHIEVED
    if new is TaskStatus.PAUSED:
        return Change.PAUSED
    # new is IN_PROGRESS
    return {TaskStatus.NOT_STARTED: Change.STARTED, TaskStatus.ACHIEVED: Change.REOPENED,
            TaskStatus.PAUSED: Change.RESUMED}[old]


def status_when_addressed(standing: TaskStatus | None) -> TaskStatus:
    """The status a task has when it is ticked as addressed in a new session:
    the one it stands at (established stays established, paused stays paused);
    a task never begun is now in progress. Any other change is the counsellor's."""
    if standing is None or standing is TaskStatus.NOT_STARTED:
        return TaskStatus.IN_PROGRESS
    return standing


@dataclass(frozen=True, slots=True)
class TaskEntry:
    """One task as addressed in one session."""

    task: Task
    done: str = ""                # what was done
    rating: int | None = None     # progress rating, RATING_MIN..RATING_MAX
    status: TaskStatus = TaskStatus.IN_PROGRESS
    setback: str = ""             # plainly, without blame
    next_step: str = ""


@dataclass(frozen=True, slots=True)
class Fact:
    """An important fact and where it came from."""

    text: str
    source: str = ""      # "reported by the mother"
    verified: bool = False


@dataclass(frozen=True, slots=True)
class Addendum:
    id: int
    written_at: datetime
    text: str
    by: str = ""


@dataclass(frozen=True)
class SessionRecord:
    case_id: int
    held_at: datetime                      # local time, minutes
    id: int | None = None
    uid: str = ""
    duration_min: int = 60
    mode: Mode = Mode.IN_PERSON
    key_clients: tuple[int, ...] = ()      # person ids
    others: str = ""                       # other participants, free text
    facts: str = ""                        # what happened
    sources: tuple[Fact, ...] = ()         # important facts with their source
    reflection: str = ""                   # the counsellor's own impressions
    stress: int | None = None
    guilt: int | None = None
    resilience: int | None = None
    state_note: str = ""
    next_steps: str = ""
    follow_up_on: date | None = None
    tasks: tuple[TaskEntry, ...] = ()
    measures: tuple[int, ...] = ()         # measures of the plan worked on (model/plan.py)
    signed_at: datetime | None = None
    signed_by: str = ""
    addenda: tuple[Addendum, ...] = field(default=(), compare=False)

    @property
    def signed(self) -> bool:
        return self.signed_at is not None

    def entry(self, task: Task) -> TaskEntry | None:
        return next((e for e in self.tasks if e.task is task), None)


class RecordSigned(ValidationError):
    message = ("This record is signed off and can no longer be changed. "
               "Add an addendum instead.")


def check_editable(record: SessionRecord) -> None:
    if record.signed:
        raise RecordSigned()


def _text(value: str, what: str, limit: int = TEXT_MAX) -> str:
    value = (value or "").strip()
    if len(value) > limit:
        raise ValidationError("{what} is too long (at most {limit} characters).",
                              what=what, limit=limit)
    return value


def _scale(value, what: str, low: int, high: int) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or not low <= value <= high:
        raise ValidationError("{what} must be between {low} and {high}.",
                              what=what, low=low, high=high)
    return value


def clean_entry(entry: TaskEntry) -> TaskEntry:
    if entry.status is TaskStatus.NOT_STARTED:
        raise ValidationError(
            "A task addressed in this session has begun: choose in progress, "
            "achieved or paused.")
    return replace(
        entry, done=_text(entry.done, label("What was done")),
        rating=_scale(entry.rating, label("A progress rating"), RATING_MIN, RATING_MAX),
        setback=_text(entry.setback, label("A setback")),
        next_step=_text(entry.next_step, label("A next step"), LINE_MAX * 3))


def clean_record(record: SessionRecord) -> SessionRecord:
    """The record as it will be stored, or ValidationError."""
    if not 0 <= record.duration_min <= DURATION_MAX:
        raise ValidationError("The duration must be between 0 and 24 hours.")
    tasks = [clean_entry(e) for e in record.tasks]
    if len({e.task for e in tasks}) != len(tasks):
        raise ValidationError("Each task can be recorded once per session.")
    tasks.sort(key=lambda e: list(Task).index(e.task))
    sources = tuple(Fact(_text(f.text, label("An important fact"), LINE_MAX),
                         _text(f.source, label("A source"), LINE_MAX), bool(f.verified))
                    for f in record.sources if f.text.strip() or f.source.strip())
    if any(not f.text for f in sources):
        raise ValidationError("A source needs the fact it stands for.")
    if record.follow_up_on is not None and record.follow_up_on < record.held_at.date():
        raise ValidationError("The follow-up date lies before the session.")
    return replace(
        record, held_at=record.held_at.replace(second=0, microsecond=0),
        key_clients=tuple(dict.fromkeys(record.key_clients)),
        measures=tuple(dict.fromkeys(record.measures)),
        others=_text(record.others, label("Other participants"), LINE_MAX),
        facts=_text(record.facts, label("What happened")),
        sources=sources,
        reflection=_text(record.reflection, label("The reflection")),
        stress=_scale(record.stress, label("Stress"), STATE_MIN, STATE_MAX),
        guilt=_scale(record.guilt, label("Guilt"), STATE_MIN, STATE_MAX),
        resilience=_scale(record.resilience, label("Resilience"), STATE_MIN, STATE_MAX),
        state_note=_text(record.state_note, label("The note on the key-client's state"),
                         LINE_MAX * 3),
        next_steps=_text(record.next_steps, label("Next steps")),
        tasks=tuple(tasks))


def is_empty(record: SessionRecord) -> bool:
    """Nothing a person typed or chose beyond the defaults."""
    return not (record.key_clients or record.others.strip() or record.facts.strip()
                or record.sources or record.reflection.strip() or record.state_note.strip()
                or record.next_steps.strip() or record.tasks or record.follow_up_on
                or record.measures
                or any(v is not None for v in (record.stress, record.guilt, record.resilience)))


def clean_addendum(text: str) -> str:
    text = _text(text, label("An addendum"))
    if not text:
        raise ValidationError("An addendum needs some text.")
    return text


# -- drafts ---------------------------------------------------------------------

def record_to_json(record: SessionRecord) -> str:
    data = asdict(replace(record, addenda=()))
    data.pop("addenda")
    return json.dumps(data, default=_plain, ensure_ascii=False, sort_keys=True)


def _plain(value):
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def record_from_json(text: str) -> SessionRecord:
    d = json.loads(text)
    dates = {k: (None if d.get(k) is None else v(d[k])) for k, v in (
        ("held_at", datetime.fromisoformat), ("follow_up_on", date.fromisoformat),
        ("signed_at", datetime.fromisoformat))}
    d.update(dates, mode=Mode(d["mode"]), key_clients=tuple(d["key_clients"]),
             measures=tuple(d.get("measures", ())),  # drafts kept before schema 18 have none
             sources=tuple(Fact(**f) for f in d["sources"]),
             tasks=tuple(TaskEntry(**{**t, "task": Task(t["task"]),
                                      "status": TaskStatus(t["status"])}) for t in d["tasks"]))
    return SessionRecord(**d)

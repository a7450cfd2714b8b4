"""The intervention plan of a case (seed 004: a tailor-made multidisciplinary
intervention plan after the needs assessment; seed 001: a multi-agency
action plan, evaluated from the outset).

A plan starts on a date (by default the day the case was opened, when the
intake set its first goals) and may say how and when the work should wind
down. It holds:

* goals, each set on a date and standing open until a review or the ending
  says it was met, partly met or not met;
* measures agreed: what, who does it (a person of the map, the counsellor,
  or a contact of the agency directory), by when, and how far it is
  (planned, in progress, done, dropped), optionally serving one goal;
* dated reviews of the plan with a short note.

Sessions name the measures they worked on (model/session.py). The rules are
here, pure; the vault stores what they return.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime

from legato_desk.errors import ValidationError, label

GOAL_MAX = 1000
WHAT_MAX = 1000
WHO_MAX = 300
NOTE_MAX = 2000
WIND_DOWN_MAX = 2000


class GoalState(enum.Enum):
    OPEN = "open"
    MET = "met"
    PARTLY_MET = "partly_met"
    NOT_MET = "not_met"


class MeasureState(enum.Enum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class WhoKind(enum.Enum):
    PERSON = "person"            # a person of the case's map
    COUNSELLOR = "counsellor"    # the counsellor themself
    CONTACT = "contact"          # a contact of the agency directory, or a name as typed


@dataclass(frozen=True)
class Goal:
    id: int
    case_id: int
    text: str
    set_on: date
    state: GoalState = GoalState.OPEN


@dataclass(frozen=True)
class Measure:
    id: int
    case_id: int
    what: str
    who_kind: WhoKind
    who: str = ""                  # the name as shown (empty for the counsellor)
    person_id: int | None = None
    contact_id: int | None = None
    due_on: date | None = None
    state: MeasureState = MeasureState.PLANNED
    goal_id: int | None = None
    done_on: date | None = None


@dataclass(frozen=True)
class Review:
    id: int
    case_id: int
    held_on: date
    note: str


@dataclass(frozen=True)
class Plan:
    case_id: int
    started_on: date
    wind_down: str = ""
    goals: tuple[Goal, ...] = ()
    measures: tuple[Measure, ...] = ()
    reviews: tuple[Review, ...] = ()
    stored: bool = False           # False: nothing recorded yet, the defaults

    @property
    def last_review(self) -> Review | None:
        return self.reviews[-1] if self.reviews else None

    def goal(self, goal_id: int | None) -> Goal | None:
        return next((g for g in self.goals if g.id == goal_id), None)


def _day(value, what: str) -> date:
    if not isinstance(value, date):
        raise ValidationError("{what} needs a date.", what=what)
    return value.date() if isinstance(value, datetime) else value


def _text(value: str, what: str, limit: int) -> str:
    value = (value or "").strip()
    if len(value) > limit:
        raise ValidationError("{what} is too long (at most {limit} characters).",
                              what=what, limit=limit)
    return value


def _enum(kind, value):
    """The enum member, or None for a value it does not know (the caller says why)."""
    try:
        return kind(value)
    except ValueError:
        return None


def clean_plan(*, started_on, wind_down: str, today: date,
               first_dates: list[date] = ()) -> tuple[date, str]:
    """The plan's start and wind-down text. ``first_dates``: the dates of the goals,
    measures' due dates and reviews already recorded, none of which may lie
    before a new start."""
    started_on = _day(started_on, label("The plan"))
    if started_on > today:
        raise ValidationError("The plan cannot start in the future.")
    if any(d < started_on for d in first_dates):
        raise ValidationError(
            "Goals, due dates or reviews of this plan lie before that day: "
            "the plan must start on or before the earliest of them.")
    wind_down = _text(wind_down, label("How the work should wind down"), WIND_DOWN_MAX)
    return started_on, wind_down


def clean_goal(*, text: str, set_on, state, started_on: date, today: date
               ) -> tuple[str, date, GoalState]:
    text = _text(text, label("A goal"), GOAL_MAX)
    if not text:
        raise ValidationError("A goal needs a text: say what should be reached.")
    set_on = _day(set_on, label("A goal"))
    if set_on > today:
        raise ValidationError("A goal cannot be set in the future.")
    if set_on < started_on:
        raise ValidationError("A goal cannot be set before the plan starts ({day}).",
                              day=started_on.strftime("%d.%m.%Y"))
    state = _enum(GoalState, state)
    if state is None:
        raise ValidationError("Choose what became of the goal.")
    return text, set_on, state


def clean_measure(*, what: str, who_kind, who: str, person_id: int | None,
                  contact_id: int | None, due_on, state, started_on: date
                  ) -> tuple[str, WhoKind, str, date | None, MeasureState]:
    what = _text(what, label("A measure"), WHAT_MAX)
    if not what:
        raise ValidationError("A measure needs a text: say what is to be done.")
    who_kind = _enum(WhoKind, who_kind)
    if who_kind is None:
        raise ValidationError("Say who carries out the measure.")
    who = " ".join((who or "").split())
    if len(who) > WHO_MAX:
        raise ValidationError("{what} is too long (at most {limit} characters).",
                              what=label("Who does it"), limit=WHO_MAX)
    if who_kind is WhoKind.PERSON and person_id is None:
        raise ValidationError("Choose the person on the map who carries out the measure.")
    if who_kind is WhoKind.CONTACT and contact_id is None and not who:
        # A name typed elsewhere (a case conference's "who") stands without a directory entry.
        raise ValidationError("Choose the contact of the agency directory who carries "
                              "out the measure.")
    if who_kind is WhoKind.COUNSELLOR:
        who = ""
    if due_on is not None:
        due_on = _day(due_on, label("A measure"))
        if due_on < started_on:
            raise ValidationError("The measure cannot be due before the plan starts ({day}).",
                                  day=started_on.strftime("%d.%m.%Y"))
    state = _enum(MeasureState, state)
    if state is None:
        raise ValidationError("Choose how far the measure is.")
    return what, who_kind, who, due_on, state


def clean_review(*, held_on, note: str, started_on: date, today: date) -> tuple[date, str]:
    held_on = _day(held_on, label("A review"))
    if held_on > today:
        raise ValidationError("A review cannot be dated in the future.")
    if held_on < started_on:
        raise ValidationError("A review cannot be held before the plan starts ({day}).",
                              day=started_on.strftime("%d.%m.%Y"))
    note = _text(note, label("The review's note"), NOTE_MAX)
    if not note:
        raise ValidationError("A review needs a short note: what was found, what changes.")
    return held_on, note


def done_on(old: MeasureState | None, new: MeasureState, was: date | None,
            today: date) -> date | None:
    """The day a measure counts as done: kept while it stays done, today when it
    becomes done, none once it is not done any more."""
    if new is not MeasureState.DONE:
        return None
    return was if old is MeasureState.DONE and was is not None else today

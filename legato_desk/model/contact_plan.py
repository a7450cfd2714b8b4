"""Tapering contact and the open door (seed 004: high-intensity contact first,
then gradually less, and available long term).

A *contact plan* belongs to one key-client: dated steps "from <date>: every
N days / weeks / months", or "on request" (the open door: no planned
contact, the key-client gets in touch when they need to). Each step holds
until the next one starts.

``compare_plan`` lays the plan over the sessions that key-client was present
at. Every step is cut into *slots* of its rhythm, counted from the step's
first day (a remainder shorter than a slot joins the slot before it, so a
step change never leaves a stub of a few days). One contact is planned per
slot; a slot that ended without a session is *overdue*. An "on request" step
is one slot with nothing planned: what is held there is counted, nothing is
missed.

When the work with a key-client ends and the door stays open, the counsellor
records the agreed *crisis route*: who to reach and how (``OpenDoor``).
"""

from __future__ import annotations

import calendar
import enum
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable, Sequence

from legato_desk.errors import ValidationError, label

STEPS_MAX = 24
AHEAD_MAX_DAYS = 2 * 366      # a step further ahead than this is not a plan yet
ROUTE_MAX = 1000
CONTACT_LABEL_MAX = 300


class Unit(enum.Enum):
    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"
    ON_REQUEST = "on_request"   # the open door: no planned contact


# The longest sensible rhythm per unit (a longer one is "on request").
EVERY_MAX = {Unit.DAYS: 90, Unit.WEEKS: 26, Unit.MONTHS: 12}
_UNIT_WORDS = {Unit.DAYS: label("days"), Unit.WEEKS: label("weeks"),
               Unit.MONTHS: label("months")}


@dataclass(frozen=True, slots=True)
class PlanStep:
    starts_on: date
    unit: Unit
    every: int | None = None    # None exactly for ON_REQUEST

    @property
    def on_request(self) -> bool:
        return self.unit is Unit.ON_REQUEST


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, the month's last day where it is shorter."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def slot_end(start: date, step: PlanStep, n: int = 1) -> date:
    """The day ``n`` slots of ``step`` after ``start`` (exclusive end of the n-th slot)."""
    if step.unit is Unit.DAYS:
        return start + timedelta(days=step.every * n)
    if step.unit is Unit.WEEKS:
        return start + timedelta(weeks=step.every * n)
    if step.unit is Unit.MONTHS:
        return add_months(start, step.every * n)
    raise ValueError("an on-request step has no slots")


def _day(value: date) -> str:
    return value.strftime("%d.%m.%Y")


def check_plan(steps: Iterable[PlanStep], today: date) -> list[PlanStep]:
    """The steps in date order, checked; ValidationError says what is wrong."""
    out: list[PlanStep] = []
    for step in steps:
        if not isinstance(step.starts_on, date):
            raise ValidationError("Each step of the contact plan needs a start date.")
        try:
            unit = Unit(step.unit)
        except ValueError:
            raise ValidationError("Choose how often for each step of the contact plan.") from None
        every = step.every
        if unit is Unit.ON_REQUEST:
            every = None
        elif not isinstance(every, int) or isinstance(every, bool):
            raise ValidationError("Say every how many days, weeks or months for the step "
                                  "from {day}.", day=_day(step.starts_on))
        elif not 1 <= every <= EVERY_MAX[unit]:
            raise ValidationError(
                "The step from {day}: every {every} {unit} is not a sensible rhythm. Choose "
                "1 to {limit} {unit}, or \u201con request\u201d for the open door.",
                day=_day(step.starts_on), every=every, unit=_UNIT_WORDS[unit],
                limit=EVERY_MAX[unit])
        if (step.starts_on - today).days > AHEAD_MAX_DAYS:
            raise ValidationError("The step from {day} lies more than two years ahead: plan "
                                  "it when it comes closer.", day=_day(step.starts_on))
        out.append(PlanStep(step.starts_on, unit, every))
    if len(out) > STEPS_MAX:
        raise ValidationError("A contact plan can have at most {limit} steps.",
                              limit=STEPS_MAX)
    out.sort(key=lambda s: s.starts_on)
    for before, after in zip(out, out[1:]):
        if before.starts_on == after.starts_on:
            raise ValidationError("Two steps start on {day}: each step of the contact plan "
                                  "needs a day of its own.", day=_day(after.starts_on))
    return out


def step_on(steps: Sequence[PlanStep], day: date) -> PlanStep | None:
    """The step in effect on ``day`` (None before the plan starts)."""
    found = None
    for step in steps:
        if step.starts_on <= day:
            found = step
    return found


# -- planned against held --------------------------------------------------------

class SlotState(enum.Enum):
    HELD = "held"               # at least one session in the slot
    OVERDUE = "overdue"         # the slot ended without a session
    DUE = "due"                 # the slot is still running, no session yet
    ON_REQUEST = "on_request"   # nothing planned (the open door)


@dataclass(frozen=True, slots=True)
class Slot:
    start: date
    end: date                   # exclusive; for an open on-request slot: the day after ``until``
    step: PlanStep
    planned: int                # 1, or 0 on request
    held: int
    state: SlotState

    @property
    def last_day(self) -> date:
        return self.end - timedelta(days=1)


@dataclass(frozen=True, slots=True)
class PlanComparison:
    slots: tuple[Slot, ...]
    before_plan: int = 0        # sessions in the period before the plan's first step

    @property
    def planned(self) -> int:
        return sum(s.planned for s in self.slots)

    @property
    def held(self) -> int:
        return sum(s.held for s in self.slots)

    @property
    def overdue(self) -> int:
        return sum(s.state is SlotState.OVERDUE for s in self.slots)

    def by_step(self) -> list["StepTally"]:
        """Planned, held and missed per step, in date order (a step whose slots are
        all outside the period is left out)."""
        out: list[StepTally] = []
        for slot in self.slots:
            if not out or out[-1].step != slot.step:
                out.append(StepTally(slot.step, slot.start, slot.end))
            last = out[-1]
            out[-1] = StepTally(last.step, last.start, slot.end, last.planned + slot.planned,
                                last.held + slot.held,
                                last.overdue + (slot.state is SlotState.OVERDUE))
        return out

    def overdue_since(self) -> date | None:
        """The first day of the latest run of missed slots that is still unbroken
        (nothing held since): the counsellor should get in touch."""
        since = None
        for slot in self.slots:
            if slot.state is SlotState.OVERDUE:
                since = since or slot.start
            elif slot.state in (SlotState.HELD, SlotState.ON_REQUEST):
                since = None
        return since


@dataclass(frozen=True, slots=True)
class StepTally:
    step: PlanStep
    start: date                 # the first slot's start looked at
    end: date                   # the last slot's end looked at (exclusive)
    planned: int = 0
    held: int = 0
    overdue: int = 0


def _step_slots(step: PlanStep, stop: date) -> list[tuple[date, date]]:
    """The slots of a step that runs until ``stop`` (exclusive): whole slots, the
    remainder joined to the last one; at least one slot."""
    bounds = [step.starts_on]
    n = 1
    while True:
        end = slot_end(step.starts_on, step, n)
        if end > stop:
            break
        bounds.append(end)
        n += 1
    if bounds[-1] != stop:
        if len(bounds) > 1:
            bounds[-1] = stop          # the stub joins the slot before it
        else:
            bounds.append(stop)        # the step is shorter than one slot
    return list(zip(bounds, bounds[1:]))


def compare_plan(steps: Sequence[PlanStep], held: Iterable[date], *, until: date,
                 since: date | None = None, today: date | None = None) -> PlanComparison:
    """The plan's slots that have begun by ``until`` (the last day looked at,
    usually today), each with what was planned and held. ``held``: the days of
    the sessions the key-client was present at. ``since`` leaves out slots that
    ended before it (a report's period); sessions before it are not counted.
    A slot whose last day is ``until`` is still due on that day, unless ``today``
    (a report made after its period) says the day is over."""
    over = until + timedelta(days=1) if today is not None and today > until else until
    days = sorted(d for d in held if d <= until and (since is None or d >= since))
    steps = sorted(steps, key=lambda s: s.starts_on)
    if not steps:
        return PlanComparison((), before_plan=len(days))
    slots: list[Slot] = []
    for i, step in enumerate(steps):
        if step.starts_on > until:
            break
        nxt = steps[i + 1].starts_on if i + 1 < len(steps) else None
        if step.on_request:
            ranges = [(step.starts_on, nxt or until + timedelta(days=1))]
        else:
            stop = nxt
            if stop is None:  # the last step runs on: slots up to the one holding ``until``
                stop = step.starts_on
                n = 0
                while stop <= until:
                    n += 1
                    stop = slot_end(step.starts_on, step, n)
            ranges = _step_slots(step, stop)
        for start, end in ranges:
            if start > until or (since is not None and end <= since):
                continue
            count = sum(1 for d in days if start <= d < end)
            if step.on_request:
                state, planned = SlotState.ON_REQUEST, 0
            elif count:
                state, planned = SlotState.HELD, 1
            elif end <= over:
                state, planned = SlotState.OVERDUE, 1
            else:
                state, planned = SlotState.DUE, 1
            slots.append(Slot(start, end, step, planned, count, state))
    return PlanComparison(tuple(slots), before_plan=sum(1 for d in days
                                                       if d < steps[0].starts_on))


# -- the open door ------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class OpenDoor:
    """The agreed crisis route of a key-client whose work ended, still reachable."""

    id: int
    case_id: int
    keyclient_id: int
    event_id: int               # the ending (keyclient_events) it belongs to
    route: str                  # who to reach, how: in the counsellor's words
    contact_label: str = ""     # the directory contact's name as recorded
    contact_id: int | None = None


def clean_route(route: str, contact_label: str = "") -> tuple[str, str]:
    route = (route or "").strip()
    if not route:
        raise ValidationError(
            "The door stays open: write down the agreed crisis route (who they can "
            "reach, and how).")
    if len(route) > ROUTE_MAX:
        raise ValidationError("The crisis route can be at most {limit} characters long.",
                              limit=ROUTE_MAX)
    contact_label = " ".join((contact_label or "").split())[:CONTACT_LABEL_MAX]
    return route, contact_label

"""The contact plan's rules: dated steps, sensible rhythms, planned against held."""

from __future__ import annotations

from datetime import date

import pytest

from legato_desk.errors import ValidationError
from legato_desk.model.contact_plan import (
    PlanStep,
    SlotState,
    Unit,
    add_months,
    check_plan,
    clean_route,
    compare_plan,
    step_on,
)

TODAY = date(2026, 11, 20)

# Seed 004: weekly from March, fortnightly from May, monthly from July, on request
# from October.
TAPERING = [PlanStep(date(2026, 3, 2), Unit.WEEKS, 1),
            PlanStep(date(2026, 5, 4), Unit.WEEKS, 2),
            PlanStep(date(2026, 7, 1), Unit.MONTHS, 1),
            PlanStep(date(2026, 10, 1), Unit.ON_REQUEST)]


def test_steps_come_back_in_date_order_and_on_request_has_no_rhythm():
    shuffled = [TAPERING[2], PlanStep(date(2026, 10, 1), Unit.ON_REQUEST, 3), TAPERING[0],
                TAPERING[1]]
    assert check_plan(shuffled, TODAY) == TAPERING
    assert check_plan([], TODAY) == []
    assert check_plan([PlanStep(date(2026, 1, 5), "days", 10)], TODAY) == [
        PlanStep(date(2026, 1, 5), Unit.DAYS, 10)]


@pytest.mark.parametrize("steps, message", [
    ([PlanStep(date(2026, 3, 2), Unit.WEEKS, 1), PlanStep(date(2026, 3, 2), Unit.MONTHS, 1)],
     "Two steps start on 02.03.2026"),
    ([PlanStep(date(2026, 3, 2), Unit.WEEKS, 0)], "every 0 weeks is not a sensible"),
    ([PlanStep(date(2026, 3, 2), Unit.WEEKS, 27)], "Choose 1 to 26 weeks"),
    ([PlanStep(date(2026, 3, 2), Unit.DAYS, 91)], "1 to 90 days"),
    ([PlanStep(date(2026, 3, 2), Unit.MONTHS, 13)], "1 to 12 months"),
    ([PlanStep(date(2026, 3, 2), Unit.WEEKS, None)], "every how many"),
    ([PlanStep(date(2026, 3, 2), "yearly", 1)], "how often"),
    ([PlanStep(None, Unit.WEEKS, 1)], "start date"),
    ([PlanStep(date(2029, 1, 1), Unit.WEEKS, 1)], "more than two years ahead"),
    ([PlanStep(date(2026, 1, 1 + i), Unit.DAYS, 1) for i in range(25)], "at most 24"),
])
def test_bad_plans_are_refused_with_a_clear_message(steps, message):
    with pytest.raises(ValidationError, match=message):
        check_plan(steps, TODAY)


def test_month_arithmetic_keeps_the_day_or_takes_the_month_end():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 15), 3) == date(2027, 2, 15)


def test_the_step_in_effect_on_a_day():
    assert step_on(TAPERING, date(2026, 3, 1)) is None
    assert step_on(TAPERING, date(2026, 5, 4)) == TAPERING[1]
    assert step_on(TAPERING, TODAY).on_request


def test_tapering_plan_against_held_sessions():
    weekly = [date(2026, 3, 2) + (date(2026, 3, 9) - date(2026, 3, 2)) * i for i in range(9)]
    held = weekly[:4] + weekly[5:] + [date(2026, 5, 6), date(2026, 5, 20),
                                      date(2026, 7, 3), date(2026, 8, 28), date(2026, 10, 30),
                                      date(2026, 2, 20)]
    result = compare_plan(TAPERING, held, until=TODAY)
    weeks = [s for s in result.slots if s.step is TAPERING[0]]
    # 02.03 to 04.05 is 9 weeks: nine slots, the fifth missed.
    assert [s.state for s in weeks] == [SlotState.HELD] * 4 + [SlotState.OVERDUE] + [
        SlotState.HELD] * 4
    fortnights = [s for s in result.slots if s.step is TAPERING[1]]
    # 04.05 to 01.07: four fortnights and a stub of 2 days joined to the last one.
    assert [(s.start, s.end) for s in fortnights] == [
        (date(2026, 5, 4), date(2026, 5, 18)), (date(2026, 5, 18), date(2026, 6, 1)),
        (date(2026, 6, 1), date(2026, 6, 15)), (date(2026, 6, 15), date(2026, 7, 1))]
    assert [s.state for s in fortnights] == [SlotState.HELD, SlotState.HELD,
                                             SlotState.OVERDUE, SlotState.OVERDUE]
    months = [s for s in result.slots if s.step is TAPERING[2]]
    assert [(s.start, s.state) for s in months] == [
        (date(2026, 7, 1), SlotState.HELD), (date(2026, 8, 1), SlotState.HELD),
        (date(2026, 9, 1), SlotState.OVERDUE)]
    [door] = [s for s in result.slots if s.step is TAPERING[3]]
    assert (door.state, door.planned, door.held, door.end) == (
        SlotState.ON_REQUEST, 0, 1, date(2026, 11, 21))
    assert (result.planned, result.held, result.overdue) == (16, 13, 4)
    assert [(t.step.starts_on, t.planned, t.held, t.overdue) for t in result.by_step()] == [
        (date(2026, 3, 2), 9, 8, 1), (date(2026, 5, 4), 4, 2, 2), (date(2026, 7, 1), 3, 2, 1),
        (date(2026, 10, 1), 0, 1, 0)]
    assert result.before_plan == 1  # 20.02, before the plan began
    assert result.overdue_since() is None  # the door is open: nothing is missed there


def test_the_running_slot_is_due_not_overdue_and_a_missed_run_is_dated():
    plan = [PlanStep(date(2026, 11, 2), Unit.WEEKS, 1)]
    result = compare_plan(plan, [date(2026, 11, 3)], until=date(2026, 11, 20))
    assert [(s.start, s.state) for s in result.slots] == [
        (date(2026, 11, 2), SlotState.HELD), (date(2026, 11, 9), SlotState.OVERDUE),
        (date(2026, 11, 16), SlotState.DUE)]
    assert result.overdue_since() == date(2026, 11, 9)
    # On the slot's last day it is still due; the day after it is overdue.
    assert compare_plan(plan, [], until=date(2026, 11, 8)).slots[0].state is SlotState.DUE
    assert compare_plan(plan, [], until=date(2026, 11, 9)).slots[0].state is SlotState.OVERDUE
    # A report of a period ending on the slot's last day, made later: the day is over.
    assert compare_plan(plan, [], until=date(2026, 11, 8),
                        today=date(2026, 11, 20)).slots[0].state is SlotState.OVERDUE


def test_a_step_not_begun_yet_plans_nothing_and_a_period_cuts_the_slots():
    plan = [PlanStep(date(2026, 9, 7), Unit.WEEKS, 2), PlanStep(date(2026, 12, 1), Unit.MONTHS, 1)]
    result = compare_plan(plan, [date(2026, 9, 8), date(2026, 10, 6)], until=TODAY,
                          since=date(2026, 10, 1))
    assert [s.start for s in result.slots] == [date(2026, 9, 21), date(2026, 10, 5),
                                               date(2026, 10, 19), date(2026, 11, 2),
                                               date(2026, 11, 16)]
    assert result.held == 1  # the session of 08.09 lies before the period
    assert compare_plan([], [date(2026, 1, 1)], until=TODAY).before_plan == 1
    short = compare_plan([PlanStep(date(2026, 3, 1), Unit.MONTHS, 3),
                          PlanStep(date(2026, 3, 15), Unit.ON_REQUEST)], [], until=TODAY)
    assert [(s.start, s.end, s.state) for s in short.slots][0] == (
        date(2026, 3, 1), date(2026, 3, 15), SlotState.OVERDUE)  # shorter than its rhythm


def test_the_crisis_route_needs_words():
    assert clean_route("  Call Ms Berg, any time  ", "  Lena   Berg ") == (
        "Call Ms Berg, any time", "Lena Berg")
    with pytest.raises(ValidationError, match="crisis route"):
        clean_route("   ")
    with pytest.raises(ValidationError, match="at most 1000"):
        clean_route("x" * 1001)

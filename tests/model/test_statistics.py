"""Funder statistics are tallies of category values."""

from legato_desk.model.statistics import CaseFacts, tally


def test_tally_counts_every_category_and_unknowns():
    st = tally([
        CaseFacts("active", True, caller="family", route="helpline",
                  keyclient_sectors=("family", "family"), session_modes=("phone", "phone"),
                  task_status=(("work", "achieved"), ("future", "in_progress"))),
        CaseFacts("ended", False, session_modes=("video",),
                  task_status=(("work", "in_progress"),)),
    ])
    assert (st.cases, st.opened) == (2, 1)
    assert st.by_caller == {"family": 1, "unknown": 1}
    assert st.keyclients_by_sector == {"family": 2}
    assert st.sessions_by_mode == {"phone": 2, "video": 1}
    assert st.tasks["work"] == {"achieved": 1, "in_progress": 1}


# -- durations, endings, tasks that went back ----------------------------------------

from datetime import date, datetime  # noqa: E402

import pytest  # noqa: E402

from legato_desk.model.progress import TaskEvent  # noqa: E402
from legato_desk.model.session import Task, TaskEntry, TaskStatus  # noqa: E402
from legato_desk.model.statistics import (  # noqa: E402
    Spell, duration_band, keyclient_spells, months_between, spell_durations, went_back)


@pytest.mark.parametrize("start, end, band", [
    (date(2026, 1, 31), date(2026, 4, 30), "under_3"),   # not yet three whole months
    (date(2026, 1, 31), date(2026, 5, 1), "3_to_6"),
    (date(2026, 1, 1), date(2026, 7, 1), "6_to_12"),
    (date(2025, 1, 1), date(2025, 12, 31), "6_to_12"),
    (date(2025, 1, 1), date(2026, 1, 1), "over_12"),
])
def test_durations_fall_into_bands_of_whole_months(start, end, band):
    assert duration_band(start, end) == band


def test_months_never_run_backwards():
    assert months_between(date(2026, 5, 1), date(2026, 1, 1)) == 0


def test_a_spell_counts_as_ended_in_the_period_or_running_at_its_end():
    first, last = date(2026, 1, 1), date(2026, 6, 30)
    spells = [Spell(date(2025, 11, 1), date(2026, 2, 1)),   # ended in the period
              Spell(date(2025, 1, 1), date(2025, 12, 31)),  # ended before: left out
              Spell(date(2026, 7, 1)),                      # began after: left out
              Spell(date(2026, 6, 1), date(2026, 8, 1)),    # ends after: running at the end
              Spell(date(2024, 1, 1))]                      # open for years
    assert spell_durations(spells, first, last) == (
        ("ended", "3_to_6"), ("running", "under_3"), ("running", "over_12"))
    assert len(spell_durations(spells, None, last)) == 4    # the whole time: all but July's


def test_a_keyclient_works_from_the_decision_to_the_end_and_again_when_reapproached():
    events = [(date(2026, 1, 5), "approached"), (date(2026, 1, 9), "active"),
              (date(2026, 3, 1), "ended"), (date(2026, 5, 1), "approached")]
    assert keyclient_spells(date(2026, 1, 2), events) == [
        Spell(date(2026, 1, 2), date(2026, 3, 1)), Spell(date(2026, 5, 1))]
    assert keyclient_spells(None, []) == []  # a candidate never chosen did no work


def _ev(day: int, task: Task, status: TaskStatus, setback: str = "") -> TaskEvent:
    return TaskEvent(day, datetime(2026, 1, day, 10), TaskEntry(task, status=status,
                                                                 setback=setback))


def test_reopened_counts_each_time_an_achieved_task_goes_back_in_the_period():
    events = [_ev(1, Task.WORK, TaskStatus.ACHIEVED),
              _ev(5, Task.WORK, TaskStatus.PAUSED, "he quit"),       # went back
              _ev(9, Task.WORK, TaskStatus.ACHIEVED),
              _ev(12, Task.WORK, TaskStatus.IN_PROGRESS),            # and again
              _ev(14, Task.FUTURE, TaskStatus.IN_PROGRESS, "  "),    # blank: no setback
              _ev(20, Task.FUTURE, TaskStatus.ACHIEVED)]
    assert went_back(events, None, None) == (("work", "work"), ("work",))
    assert went_back(events, date(2026, 1, 10), None) == (("work",), ())


def test_tally_adds_the_new_counts():
    st = tally([CaseFacts("ended", False, ending_reasons=("goal_reached",),
                          keyclient_endings=("by_keyclient", "not_recorded"),
                          case_duration=(("ended", "3_to_6"),),
                          keyclient_durations=(("ended", "under_3"), ("running", "under_3")),
                          reopened=("work",), setbacks=("work", "future")),
                CaseFacts("active", True, case_duration=(("running", "3_to_6"),),
                          reopened=("work",))])
    assert st.case_endings == {"goal_reached": 1}
    assert st.keyclient_endings == {"by_keyclient": 1, "not_recorded": 1}
    assert st.case_durations == {"ended": {"3_to_6": 1}, "running": {"3_to_6": 1}}
    assert st.keyclient_durations == {"ended": {"under_3": 1}, "running": {"under_3": 1}}
    assert st.reopened == {"work": 2} and st.setbacks == {"work": 1, "future": 1}

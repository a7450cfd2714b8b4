"""The follow-ups panel above the case list (issue 16): a rolling window of days
from today, whatever the weekday, with overdue follow-ups always shown.

The main window gets a fixed clock (``today=``), so these tests see the same
days whenever they run; the days of the week below are a real week.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QSettings

from legato_desk.model.session import SessionRecord
from legato_desk.ui.main_window import MainWindow
from legato_desk.ui.sessions.followups import DAYS_KEY, FollowUpsPage
from tests.ui.conftest import answer_modal

MONDAY = date(2026, 11, 30)
WEEK = [MONDAY + timedelta(days=i) for i in range(7)]  # Mon 30.11. … Sun 06.12.2026
FRIDAY = date(2026, 12, 4)


class Clock:
    def __init__(self, today: date):
        self.today = today

    def __call__(self) -> date:
        return self.today


@pytest.fixture
def clock():
    return Clock(MONDAY)


@pytest.fixture
def settings(app_paths):
    return QSettings(str(app_paths.settings_file), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, vault, settings, clock):
    win = MainWindow(vault, settings, today=clock)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def case(vault):
    return vault.cases.create("M.")


def follow_up(vault, case, due: date, step: str, held: date | None = None):
    """A session record held two weeks before ``due`` (or on ``held``) with its follow-up."""
    held_at = datetime.combine(held or due - timedelta(days=14), time(10))
    return vault.sessions.save(SessionRecord(case_id=case.id, held_at=held_at,
                                             next_steps=step, follow_up_on=due))


def shown(panel) -> list[str]:
    """The next steps the panel lists, in its order; nothing while it is hidden."""
    if not panel.isVisible():
        return []
    return [panel.list.item(i).text().rsplit(" · ", 1)[1] for i in range(panel.list.count())]


@pytest.mark.parametrize("today", WEEK, ids=lambda d: f"{d:%a}")
def test_every_weekday_shows_the_next_seven_days_and_what_is_overdue(
        qtbot, window, vault, case, clock, today):
    clock.today = today
    follow_up(vault, case, today - timedelta(days=3), "overdue call")
    follow_up(vault, case, today + timedelta(days=2), "in two days")  # as in the demo
    follow_up(vault, case, today + timedelta(days=4), "in four days")  # as in the demo
    follow_up(vault, case, today + timedelta(days=7), "in a week")
    follow_up(vault, case, today + timedelta(days=8), "in eight days")
    window.refresh_cases()
    panel = window.followups
    assert shown(panel) == ["overdue call", "in two days", "in four days", "in a week"]
    assert "overdue" in panel.list.item(0).text()
    assert all("overdue" not in panel.list.item(i).text() for i in range(1, 4))
    assert "7" in panel.title.text() and "(4)" in panel.title.text()
    assert "7" in panel.list.accessibleName()


def test_on_a_friday_next_mondays_follow_up_is_shown(qtbot, window, vault, case, clock):
    clock.today = FRIDAY
    follow_up(vault, case, FRIDAY + timedelta(days=3), "call the sister on Monday")
    window.refresh_cases()
    assert shown(window.followups) == ["call the sister on Monday"]


def test_the_panel_follows_the_clock(qtbot, window, vault, case, clock):
    clock.today = FRIDAY - timedelta(days=8)  # Thursday the week before: too far ahead
    follow_up(vault, case, FRIDAY, "meet the father", held=FRIDAY - timedelta(days=20))
    window.refresh_cases()
    assert shown(window.followups) == []
    clock.today = FRIDAY - timedelta(days=7)
    window.refresh_cases()
    assert shown(window.followups) == ["meet the father"]
    clock.today = FRIDAY + timedelta(days=1)  # Saturday: now it is overdue
    window.refresh_cases()
    assert shown(window.followups) == ["meet the father"]
    assert "overdue" in window.followups.list.item(0).text()


def test_the_number_of_days_is_a_vault_setting(qtbot, window, vault, case, clock, settings):
    clock.today = FRIDAY
    follow_up(vault, case, FRIDAY + timedelta(days=2), "Sunday's call")
    follow_up(vault, case, FRIDAY + timedelta(days=4), "Tuesday's visit")
    follow_up(vault, case, FRIDAY + timedelta(days=12), "in twelve days")
    window.refresh_cases()
    assert shown(window.followups) == ["Sunday's call", "Tuesday's visit"]

    def handler(dialog):
        [page] = [p for p in dialog.pages if isinstance(p, FollowUpsPage)]
        assert page.days.value() == 7  # the default
        dialog.tabs.setCurrentWidget(page)
        page.days.setValue(3)
        dialog.accept()

    seen = answer_modal(qtbot, handler)
    window.settings_action.trigger()
    assert seen, "the settings did not open"
    assert vault.settings.get(DAYS_KEY) == 3
    assert shown(window.followups) == ["Sunday's call"]  # refreshed when the dialog closed
    assert "3" in window.followups.title.text()
    settings.sync()
    assert not [k for k in settings.allKeys() if "follow" in k.lower()]  # not in QSettings

    vault.settings.set(DAYS_KEY, 14)
    window.refresh_cases()
    assert shown(window.followups) == ["Sunday's call", "Tuesday's visit", "in twelve days"]


@pytest.mark.parametrize("stored", [None, "seven", 0, 10_000])
def test_a_missing_or_odd_stored_number_of_days_falls_back_into_range(vault, stored):
    from legato_desk.ui.sessions.followups import DAYS_DEFAULT, DAYS_MAX, DAYS_MIN, horizon_days

    if stored is not None:
        vault.settings.set(DAYS_KEY, stored)
    expected = {None: DAYS_DEFAULT, "seven": DAYS_DEFAULT, 0: DAYS_MIN, 10_000: DAYS_MAX}
    assert horizon_days(vault.settings) == expected[stored]

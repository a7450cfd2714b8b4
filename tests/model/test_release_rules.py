"""The release check: who can be reached after a release, with injected moments."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from legato_desk.errors import ValidationError
from legato_desk.model.availability import (
    Availability,
    ContactHours,
    Hours,
    check_release,
    parse_hours,
)
from legato_desk.model.release import (
    ChecklistItem,
    Release,
    clean_items,
    clean_labels,
    default_items,
    parse_day,
    parse_time,
)

OFFICE = Availability((Hours(9 * 60, 16 * 60),) * 5)           # Mon–Fri 9–16
ON_CALL = Availability((Hours(9 * 60, 16 * 60),) * 5, weekend=True)
FRIDAY_1530 = datetime(2025, 6, 13, 15, 30)
TUESDAY_1000 = datetime(2025, 6, 10, 10, 0)


def probation(hours=OFFICE, deputy_hours=OFFICE):
    return ContactHours(1, "Ms Probation", "Mr Deputy", hours, deputy_hours)


def test_a_friday_afternoon_release_finds_nobody_until_monday_morning():
    assert FRIDAY_1530.weekday() == 4
    check = check_release(FRIDAY_1530, [probation()])
    # Half an hour before closing is not time enough to get there.
    assert check.warning
    assert check.first == datetime(2025, 6, 16, 9, 0)
    assert [(p.name, p.is_deputy, p.first) for p in check.people] == [
        ("Ms Probation", False, datetime(2025, 6, 16, 9, 0)),
        ("Mr Deputy", True, datetime(2025, 6, 16, 9, 0))]
    assert check.reachable_within(24) == ()
    assert check.reachable_within(48) == ()
    assert [p.name for p in check.reachable_within(72)] == ["Ms Probation", "Mr Deputy"]


def test_a_tuesday_morning_release_is_covered_at_once():
    check = check_release(TUESDAY_1000, [probation()])
    assert not check.warning
    assert check.first == TUESDAY_1000
    assert len(check.reachable_within(24)) == 2


def test_a_deputy_reachable_at_weekends_covers_the_friday_release():
    check = check_release(FRIDAY_1530, [probation(deputy_hours=ON_CALL)])
    assert check.warning  # nobody at 15:30 itself for a full hour...
    assert check.first == datetime(2025, 6, 14, 0, 0)  # ...but the on-call deputy from Saturday
    assert [p.name for p in check.reachable_within(24)] == ["Mr Deputy"]


def test_a_release_on_saturday_with_an_on_call_contact_is_covered():
    saturday = datetime(2025, 6, 14, 11, 0)
    assert not check_release(saturday, [probation(hours=ON_CALL)]).warning


def test_without_recorded_hours_nobody_is_known_to_be_reachable():
    check = check_release(TUESDAY_1000, [ContactHours(2, "Job centre", "", None)])
    assert check.warning and check.first is None
    assert check.known == ()
    assert check_release(TUESDAY_1000, []).warning


def test_hours_close_at_midnight_and_join_the_weekend():
    late = Availability((None, None, None, None, Hours(18 * 60, 24 * 60)), weekend=True)
    assert late.spans(date(2025, 6, 13), 3) == [
        (datetime(2025, 6, 13, 18), datetime(2025, 6, 16, 0))]


@pytest.mark.parametrize("text, hours", [
    ("9-16", Hours(540, 960)), ("9:00–16:30", Hours(540, 990)), (" 08.30 - 12 ", Hours(510, 720)),
    ("0-24", Hours(0, 1440)), ("", None)])
def test_office_hours_are_typed_like_a_person_writes_them(text, hours):
    assert parse_hours(text) == hours


@pytest.mark.parametrize("text", ["16-9", "9", "9-25", "9:70-16", "morning"])
def test_bad_office_hours_are_refused_with_a_message(text):
    with pytest.raises(ValidationError, match="9:00-16:00"):
        parse_hours(text)


def test_date_and_time_of_release_are_optional_and_checked():
    assert parse_day("13.06.2025") == date(2025, 6, 13) == parse_day("2025-06-13")
    assert parse_day("") is None and parse_time(" ") is None
    assert parse_time("15.30") == time(15, 30)
    with pytest.raises(ValidationError, match="13.06.2025"):
        parse_day("31.02.2025")
    with pytest.raises(ValidationError, match="15:30"):
        parse_time("25:00")
    assert Release(1, 1, date(2025, 6, 13)).moment is None  # no time yet: no check
    assert Release(1, 1, date(2025, 6, 13), time(15, 30)).moment == FRIDAY_1530


def test_default_items_exist_in_english_and_german_and_items_are_cleaned():
    assert len(default_items("en")) == len(default_items("de")) >= 7
    assert default_items("fr") == default_items("en")
    assert clean_labels(["  ID  papers ", "", "id papers", "Phone"]) == ["ID papers", "Phone"]
    (item,) = clean_items([ChecklistItem(" Pick-up ", True, " note ", "", contact_id=3)])
    assert item == ChecklistItem("Pick-up", True, "note", "", None)  # no name, no link
    with pytest.raises(ValidationError):
        clean_items([ChecklistItem("  ")])

"""Retention: when an ended case is due for review and erasure.

The office sets a period in months. A case is past it when it has ended and
nothing has happened in it for that long (the last activity is the moment
it was ended, or any later change).
"""

from __future__ import annotations

from datetime import date

from legato_desk.model.case import Case

MONTHS_MAX = 600


def months_before(day: date, months: int) -> date:
    """The same day ``months`` months earlier (the month's last day if shorter)."""
    total = day.year * 12 + (day.month - 1) - months
    year, month = divmod(total, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def past_retention(case: Case, months: int | None, today: date) -> bool:
    if not months or case.status.is_open:
        return False
    return case.last_activity.astimezone().date() <= months_before(today, months)

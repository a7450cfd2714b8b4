"""When an agency contact (and their deputy) can be reached, and who can be
reached after a release from prison (seed 004: the first hours and days
after release are the most crucial; a Friday-afternoon release finds the
supportive contacts gone for the weekend).

Availability is office hours per weekday, Monday to Friday, and whether the
person is reachable at weekends (an on-call phone: all of Saturday and
Sunday). Times are wall-clock times of the office, as is the release
moment: no time zones. Public holidays are not known here: a release before
a holiday is judged as if the holiday were an ordinary weekday.

A person counts as reachable from a moment on only if they stay reachable
for at least ``MIN_REACH`` from then: someone just released cannot reach an
office that closes half an hour later. The first reachable moment is looked
for up to ``LOOK_AHEAD`` after the release.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from legato_desk.errors import ValidationError

WEEKDAYS = 5  # Monday (0) to Friday (4); Saturday and Sunday are "the weekend"
MIN_REACH = timedelta(hours=1)
LOOK_AHEAD = timedelta(days=8)
HORIZONS = (24, 48, 72)  # hours after the release that the check reports on

_HOURS = re.compile(r"^\s*(\d{1,2})(?:[:.](\d{2}))?\s*[-–—]\s*(\d{1,2})(?:[:.](\d{2}))?\s*$")


@dataclass(frozen=True, slots=True)
class Hours:
    """One day's office hours in minutes after midnight, ``opens < closes <= 1440``."""
    opens: int
    closes: int

    def text(self) -> str:
        return f"{_clock(self.opens)}–{_clock(self.closes)}"


def _clock(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"


def parse_hours(text: str) -> Hours | None:
    """"9-16", "9:00–16:30", "08.30-12": the hours typed; "" for none that day."""
    text = (text or "").strip()
    if not text:
        return None
    match = _HOURS.match(text)
    if match:
        h1, m1, h2, m2 = (int(g) if g else 0 for g in match.groups())
        opens, closes = h1 * 60 + m1, h2 * 60 + m2
        if h1 < 24 and h2 <= 24 and m1 < 60 and m2 < 60 and opens < closes <= 1440:
            return Hours(opens, closes)
    raise ValidationError(
        "Office hours are typed like 9:00-16:00 (opening before closing); “{text}” is not.",
        text=text[:40])


@dataclass(frozen=True, slots=True)
class Availability:
    """When one person is reachable: ``weekdays[0]`` is Monday (None: not that day)."""
    weekdays: tuple[Hours | None, ...] = (None,) * WEEKDAYS
    weekend: bool = False

    def __post_init__(self):
        if len(self.weekdays) != WEEKDAYS:
            raise ValueError("availability needs one entry per weekday, Monday to Friday")

    @property
    def recorded(self) -> bool:
        return self.weekend or any(self.weekdays)

    def spans(self, start: date, days: int) -> list[tuple[datetime, datetime]]:
        """The reachable stretches of ``days`` days from ``start``, touching ones joined."""
        out: list[tuple[datetime, datetime]] = []
        for n in range(days):
            day = start + timedelta(days=n)
            midnight = datetime.combine(day, time())
            if day.weekday() >= WEEKDAYS:
                span = (midnight, midnight + timedelta(days=1)) if self.weekend else None
            else:
                hours = self.weekdays[day.weekday()]
                span = None if hours is None else (midnight + timedelta(minutes=hours.opens),
                                                   midnight + timedelta(minutes=hours.closes))
            if span is None:
                continue
            if out and out[-1][1] >= span[0]:
                out[-1] = (out[-1][0], max(out[-1][1], span[1]))
            else:
                out.append(span)
        return out

    def first_reachable(self, moment: datetime) -> datetime | None:
        """The first moment from ``moment`` on that starts at least MIN_REACH of
        reachability, within LOOK_AHEAD; None if there is none."""
        end = moment + LOOK_AHEAD
        for opens, closes in self.spans(moment.date(), LOOK_AHEAD.days + 2):
            start = max(opens, moment)
            if start > end:
                return None
            if closes - start >= MIN_REACH:
                return start
        return None


@dataclass(frozen=True, slots=True)
class ContactHours:
    """A directory contact with their deputy, as the check needs them."""
    contact_id: int
    name: str
    deputy: str = ""
    hours: Availability | None = None          # None: not recorded
    deputy_hours: Availability | None = None


@dataclass(frozen=True, slots=True)
class Reach:
    """One person (a contact or their deputy) after the release."""
    contact_id: int
    name: str
    is_deputy: bool
    recorded: bool
    first: datetime | None                     # None: not reachable within LOOK_AHEAD

    def within(self, moment: datetime, hours: int) -> bool:
        return self.first is not None and self.first < moment + timedelta(hours=hours)


@dataclass(frozen=True, slots=True)
class ReleaseCheck:
    moment: datetime
    people: tuple[Reach, ...]

    @property
    def known(self) -> tuple[Reach, ...]:
        """The people whose availability is recorded."""
        return tuple(p for p in self.people if p.recorded)

    @property
    def first(self) -> datetime | None:
        """When the first of the case's contacts or deputies can be reached."""
        moments = [p.first for p in self.people if p.first is not None]
        return min(moments) if moments else None

    @property
    def warning(self) -> bool:
        """Nobody (contact or deputy) is reachable at the release moment."""
        return self.first is None or self.first > self.moment

    def reachable_within(self, hours: int) -> tuple[Reach, ...]:
        return tuple(p for p in self.people if p.within(self.moment, hours))


def check_release(moment: datetime, contacts) -> ReleaseCheck:
    """Who of ``contacts`` (ContactHours) can be reached after a release at
    ``moment`` (a wall-clock datetime), each contact followed by their deputy."""
    if moment.tzinfo is not None:
        moment = moment.replace(tzinfo=None)
    people: list[Reach] = []
    for c in contacts:
        pairs = [(c.name, False, c.hours)]
        if c.deputy:
            pairs.append((c.deputy, True, c.deputy_hours))
        for name, is_deputy, hours in pairs:
            recorded = hours is not None and hours.recorded
            first = hours.first_reachable(moment) if recorded else None
            people.append(Reach(c.contact_id, name, is_deputy, recorded, first))
    return ReleaseCheck(moment, tuple(people))

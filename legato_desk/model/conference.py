"""The case conference as a record (issue 19, part 2; seeds 004 and 002).

A case conference brings the agencies of a case together. What it may
discuss is agreed with the client beforehand (seed 004: goals discussed with
the client first), so every agenda item says whether the client agreed it
may be discussed; the export prints only those (need to know, seed 002).

An *anonymous* conference hears of the case without identifying data until a
security risk is found: its PDF is always pseudonymised and a real-name
export of it is refused (``check_export``).

Participants come from the agency directory (a contact or a contact's
deputy, with the name, institution and role kept as text, as referrals keep
theirs) or are free participants named by their role only ("mother",
"class teacher"). The roles table says who chairs, who keeps the minutes,
who is the contact for the family: each role is held by one participant.
Agreed measures say what, who and by when (``agreed_measures`` is the seam
the intervention plan reads). The minutes are printed only when the client
agreed to their wording ("in the client's words where agreed").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from legato_desk.errors import ValidationError, label

TEXT_MAX = 500
NAME_MAX = 200
MINUTES_MAX = 10000

# The duties offered in the roles table (any other may be typed).
DUTIES = ("chairs", "keeps the minutes", "contact for the family")


@dataclass(frozen=True)
class AgendaItem:
    text: str
    agreed: bool = False        # the client agreed this may be discussed


@dataclass(frozen=True)
class Participant:
    role: str                   # "youth welfare office, case worker", "mother"
    name: str = ""              # kept from the directory; empty for a free participant
    agency: str = ""            # the institution's name, kept
    contact_id: int | None = None
    deputy: bool = False        # the contact's deputy takes part

    @property
    def from_directory(self) -> bool:
        return bool(self.name)


@dataclass(frozen=True)
class RoleAssignment:
    duty: str                   # e.g. "chairs"
    holder: int                 # position of the participant in ``Conference.participants``


@dataclass(frozen=True)
class Measure:
    what: str
    who: str
    due_on: date | None = None  # by when (None: no date agreed)


@dataclass(frozen=True)
class Conference:
    id: int
    case_id: int
    held_on: date
    anonymous: bool = True
    agenda: tuple[AgendaItem, ...] = ()
    participants: tuple[Participant, ...] = ()
    roles: tuple[RoleAssignment, ...] = ()
    measures: tuple[Measure, ...] = ()
    minutes: str = ""
    minutes_agreed: bool = False  # the client agreed to the minutes' wording
    created_at: datetime | None = None

    @property
    def agreed_agenda(self) -> tuple[AgendaItem, ...]:
        return tuple(a for a in self.agenda if a.agreed)

    @property
    def printed_minutes(self) -> str:
        """The minutes as a conference export may print them: only where agreed."""
        return self.minutes if self.minutes_agreed else ""


@dataclass(frozen=True)
class AgreedMeasure:
    """One measure agreed at a case conference, for the intervention plan."""
    conference_id: int
    agreed_on: date             # the conference's date
    what: str
    who: str
    due_on: date | None


def _line(text: str, what: str, limit: int, required: bool = True) -> str:
    value = " ".join((text or "").split())
    if required and not value:
        raise ValidationError("{what} is empty.", what=what)
    if len(value) > limit:
        raise ValidationError("{what} is too long (at most {limit} characters).",
                              what=what, limit=limit)
    return value


def clean_conference(*, held_on: date, anonymous: bool, agenda, participants, roles,
                     measures, minutes: str, minutes_agreed: bool
                     ) -> tuple[date, bool, tuple, tuple, tuple, tuple, str, bool]:
    """The conference's values, checked; ValidationError says what is wrong."""
    if not isinstance(held_on, date):
        raise ValidationError("A case conference needs a date.")
    if isinstance(held_on, datetime):
        held_on = held_on.date()
    items = tuple(AgendaItem(_line(a.text, label("An agenda item"), TEXT_MAX), bool(a.agreed))
                  for a in agenda)
    if not items:
        raise ValidationError("Add at least one agenda item.")
    people = []
    for p in participants:
        role = _line(p.role, label("A participant's role"), NAME_MAX,
                     required=not p.name)
        name = _line(p.name, label("A participant's name"), NAME_MAX, required=False)
        agency = _line(p.agency, label("A participant's institution"), NAME_MAX,
                       required=False)
        if not name and (p.contact_id is not None or p.deputy):
            raise ValidationError("A participant from the directory needs a name.")
        if not name and not role:
            raise ValidationError("Say the role of each participant.")
        people.append(Participant(role, name, agency, p.contact_id, bool(p.deputy)))
    if not people:
        raise ValidationError("Add at least one participant.")
    assigned = []
    for r in roles:
        duty = _line(r.duty, label("A role"), NAME_MAX)
        if r.holder is None or not 0 <= r.holder < len(people):
            raise ValidationError("Say which participant {duty}.", duty=duty)
        if any(a.duty.casefold() == duty.casefold() for a in assigned):
            raise ValidationError("The role \u201c{duty}\u201d is given twice.", duty=duty)
        assigned.append(RoleAssignment(duty, r.holder))
    agreed = []
    for m in measures:
        what = _line(m.what, label("A measure"), TEXT_MAX)
        who = _line(m.who, label("Who carries out a measure"), NAME_MAX, required=False)
        if not who:
            raise ValidationError("Say who carries out \u201c{what}\u201d.", what=what)
        due = m.due_on
        if isinstance(due, datetime):
            due = due.date()
        if due is not None and not isinstance(due, date):
            raise ValidationError("By when is not a date.")
        if due is not None and due < held_on:
            raise ValidationError("\u201c{what}\u201d is due before the conference was held.",
                                  what=what)
        agreed.append(Measure(what, who, due))
    minutes = (minutes or "").strip()
    if len(minutes) > MINUTES_MAX:
        raise ValidationError("{what} is too long (at most {limit} characters).",
                              what=label("The minutes"), limit=MINUTES_MAX)
    if minutes_agreed and not minutes:
        raise ValidationError("The client cannot have agreed to minutes that are empty.")
    return (held_on, bool(anonymous), items, tuple(people), tuple(assigned), tuple(agreed),
            minutes, bool(minutes_agreed))


def check_export(conference: Conference, *, case_id: int, real_names: bool) -> None:
    """Whether ``conference`` may be printed in an export of ``case_id``."""
    if conference.case_id != case_id:
        raise ValidationError("This case conference belongs to another case.")
    if conference.anonymous and real_names:
        raise ValidationError(
            "This case conference is anonymous: the case is brought in without identifying "
            "data until a security risk is found. Export it pseudonymised, or record first "
            "that it is no longer anonymous.")


def agreed_measures(conferences) -> list[AgreedMeasure]:
    """Every measure agreed at ``conferences``, oldest conference first."""
    return [AgreedMeasure(c.id, c.held_on, m.what, m.who, m.due_on)
            for c in sorted(conferences, key=lambda c: (c.held_on, c.id)) for m in c.measures]

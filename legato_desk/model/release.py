"""The release from prison of a justice-route case (seed 004: the first hours
and days after release are the most crucial).

A case's release has a date and a time (both optional: often not known
early), the institution as text, and a checklist for the first days. The
checklist starts from the office's default items (settings; the defaults
below in the app's language until the office saves its own) and keeps the
wording as it was when chosen. Each item is done or not, with an optional
note and who is responsible: a contact of the agency directory (whose
availability the release check reads, model/availability.py) or a name
typed, kept as text beside the link as referrals keep theirs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time

from legato_desk.errors import ValidationError, label

LABEL_MAX = 120
NOTE_MAX = 500
RESPONSIBLE_MAX = 300
INSTITUTION_MAX = 200
ITEMS_MAX = 40

DEFAULT_ITEMS = {
    "en": ("Pick-up arranged", "First night's housing", "Appointment at the job centre",
           "Probation contact", "ID papers", "Health insurance",
           "First meeting with the key-client"),
    "de": ("Abholung organisiert", "Unterkunft für die erste Nacht",
           "Termin beim Jobcenter", "Kontakt zur Bewährungshilfe", "Ausweispapiere",
           "Krankenversicherung", "Erstes Treffen mit dem Key-Client"),
}


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    label: str
    done: bool = False
    note: str = ""
    responsible: str = ""          # as shown: the contact's label or a name typed
    contact_id: int | None = None  # a directory contact, if chosen from the directory


@dataclass(frozen=True)
class Release:
    id: int
    case_id: int
    released_on: date | None = None
    released_at: time | None = None
    institution: str = ""
    items: tuple[ChecklistItem, ...] = field(default=())
    changed_at: datetime | None = None

    @property
    def moment(self) -> datetime | None:
        """The release as a wall-clock moment; None until date and time are known."""
        if self.released_on is None or self.released_at is None:
            return None
        return datetime.combine(self.released_on, self.released_at)

    @property
    def done(self) -> int:
        return sum(1 for i in self.items if i.done)


def default_items(language: str = "en") -> list[str]:
    return list(DEFAULT_ITEMS.get(language, DEFAULT_ITEMS["en"]))


def _one_line(text: str) -> str:
    return " ".join((text or "").split())


def clean_labels(labels) -> list[str]:
    """The office's default items, one per entry: blank ones dropped, each checked."""
    out = []
    for text in labels:
        text = _one_line(text)
        if not text:
            continue
        if len(text) > LABEL_MAX:
            raise ValidationError("{what} is too long (at most {limit} characters).",
                                  what=label("A checklist item"), limit=LABEL_MAX)
        if text.casefold() not in (o.casefold() for o in out):
            out.append(text)
    if len(out) > ITEMS_MAX:
        raise ValidationError("A checklist has at most {limit} items.", limit=ITEMS_MAX)
    return out


def clean_item(item: ChecklistItem) -> ChecklistItem:
    text = _one_line(item.label)
    if not text:
        raise ValidationError("A checklist item needs a text.")
    if len(text) > LABEL_MAX:
        raise ValidationError("{what} is too long (at most {limit} characters).",
                              what=label("A checklist item"), limit=LABEL_MAX)
    note = (item.note or "").strip()
    if len(note) > NOTE_MAX:
        raise ValidationError("{what} is too long (at most {limit} characters).",
                              what=label("The note"), limit=NOTE_MAX)
    responsible = _one_line(item.responsible)
    if len(responsible) > RESPONSIBLE_MAX:
        raise ValidationError("{what} is too long (at most {limit} characters).",
                              what=label("Who is responsible"), limit=RESPONSIBLE_MAX)
    return ChecklistItem(text, bool(item.done), note, responsible,
                         item.contact_id if responsible else None)


def clean_items(items) -> tuple[ChecklistItem, ...]:
    out = tuple(clean_item(i) for i in items)
    if len(out) > ITEMS_MAX:
        raise ValidationError("A checklist has at most {limit} items.", limit=ITEMS_MAX)
    return out


def clean_institution(text: str) -> str:
    text = _one_line(text)
    if len(text) > INSTITUTION_MAX:
        raise ValidationError("{what} is too long (at most {limit} characters).",
                              what=label("The institution"), limit=INSTITUTION_MAX)
    return text


_DAY = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")
_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_TIME = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$")


def parse_day(text: str) -> date | None:
    """"13.06.2025" (or 2025-06-13); "" for not known yet."""
    if not (text or "").strip():
        return None
    match = _DAY.match(text)
    try:
        if match:
            d, m, y = map(int, match.groups())
            return date(y, m, d)
        match = _ISO_DAY.match(text)
        if match:
            y, m, d = map(int, match.groups())
            return date(y, m, d)
    except ValueError:
        pass
    raise ValidationError("Type the date of release like 13.06.2025; “{text}” is not a date.",
                          text=text.strip()[:40])


def parse_time(text: str) -> time | None:
    """"15:30" (or 15.30); "" for not known yet."""
    if not (text or "").strip():
        return None
    match = _TIME.match(text)
    if match:
        h, m = map(int, match.groups())
        if h < 24 and m < 60:
            return time(h, m)
    raise ValidationError("Type the time of release like 15:30; “{text}” is not a time.",
                          text=text.strip()[:40])

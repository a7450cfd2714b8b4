"""Referral on: a case (or its caller) passed on to another agency (seed 003:
callers are passed on to local projects).

A referral records to whom (an entry of the agency directory, or a name
typed), why, on which date and whether the caller agreed. The recipient's
name is kept as text beside the directory link: a contact deleted from the
directory, or a case handed over to another vault (where the directory is
another), still says to whom the case was referred.

Passing on the caller is not sharing case content: anything told to the
other agency about the case is a disclosure and belongs in the sharing log.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime

from legato_desk.errors import ValidationError, label

RECIPIENT_MAX = 300
REASON_MAX = 1000
NOTE_MAX = 1000


class Agreement(enum.Enum):
    AGREED = "agreed"            # the caller agreed to be referred
    DECLINED = "declined"        # the caller did not want it
    NOT_ASKED = "not_asked"      # not (yet) asked, e.g. only suggested


@dataclass(frozen=True)
class Referral:
    id: int
    case_id: int
    referred_on: date
    recipient: str               # as shown: "name, role (institution)" or typed
    reason: str
    agreement: Agreement
    note: str = ""               # what came of it, follow-up
    contact_id: int | None = None
    agency_id: int | None = None
    created_at: datetime | None = None


def clean_referral(*, referred_on: date, recipient: str, reason: str,
                   agreement: Agreement | str | None, note: str, today: date
                   ) -> tuple[date, str, str, Agreement, str]:
    """The referral's values, checked; ValidationError says what is missing."""
    if not isinstance(referred_on, date):
        raise ValidationError("A referral needs a date.")
    if isinstance(referred_on, datetime):
        referred_on = referred_on.date()
    if referred_on > today:
        raise ValidationError("A referral cannot be dated in the future.")
    recipient = " ".join((recipient or "").split())
    if not recipient:
        raise ValidationError("Say to whom the case was referred.")
    if len(recipient) > RECIPIENT_MAX:
        raise ValidationError("{what} is too long (at most {limit} characters).",
                              what=label("The recipient"), limit=RECIPIENT_MAX)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("Say why the case was referred.")
    if len(reason) > REASON_MAX:
        raise ValidationError("{what} is too long (at most {limit} characters).",
                              what=label("The reason"), limit=REASON_MAX)
    if agreement in (None, ""):
        raise ValidationError("Say whether the caller agreed to the referral.")
    try:
        agreement = Agreement(agreement)
    except ValueError:
        raise ValidationError("Say whether the caller agreed to the referral.") from None
    note = (note or "").strip()
    if len(note) > NOTE_MAX:
        raise ValidationError("{what} is too long (at most {limit} characters).",
                              what=label("The note"), limit=NOTE_MAX)
    return referred_on, recipient, reason, agreement, note

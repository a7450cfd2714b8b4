"""Ending a case: who or what ended it, and whether the family stays reachable.

A key-client relationship ends for reasons of its own (``keyclients.EndReason``:
"not the right person" is a judgement about a key-client, "moved away" or
"handed over" are about the case), so the two lists are kept apart on purpose.
Counselling ends when the key-client says so; a case can stay "ended, still
reachable".
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from legato_desk.errors import ValidationError
from legato_desk.model.case import CaseStatus

NOTE_MAX = 4_000


class EndingReason(enum.Enum):
    KEYCLIENT_DECIDED = "keyclient_decided"  # the key-client decided to end it
    GOAL_REACHED = "goal_reached"
    MOVED_AWAY = "moved_away"
    CONTACT_LOST = "contact_lost"  # no longer reachable
    HANDED_OVER = "handed_over"  # to another service or office
    INDEX_CLIENT_DISTANCED = "index_client_distanced"  # left the milieu
    OFFICE_ENDED = "office_ended"  # the office or counsellor ended it
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Ending:
    id: int
    case_id: int
    ended_on: date
    reason: EndingReason
    reachable: bool
    note: str = ""

    @property
    def status(self) -> CaseStatus:
        return ending_status(self.reachable)


def ending_status(reachable: bool) -> CaseStatus:
    return CaseStatus.ENDED_REACHABLE if reachable else CaseStatus.ENDED


def check_ending(reason: EndingReason | str | None, note: str, ended_on: date,
                 today: date) -> EndingReason:
    if reason in (None, ""):
        raise ValidationError("Choose who or what ended the counselling.")
    reason = EndingReason(reason)
    if reason is EndingReason.OTHER and not note.strip():
        raise ValidationError("With \u201cother\u201d, say in the note why it ended.")
    if len(note) > NOTE_MAX:
        raise ValidationError("The note is too long.")
    if ended_on > today:
        raise ValidationError("A case cannot be ended on a future date.")
    return reason


# -- what is still open when a case ends ------------------------------------------

@dataclass(frozen=True, slots=True)
class StillOpen:
    """What is still running in a case that is about to end: key-clients whose work
    has not ended (by name and status value) and open safeguarding flags (by type
    value). Ending the case then needs a confirmation and a note."""

    keyclients: tuple[tuple[str, str], ...] = ()   # (name, status value)
    flags: tuple[str, ...] = ()                    # FlagType values

    def __bool__(self) -> bool:
        return bool(self.keyclients or self.flags)


def check_still_open(still_open: StillOpen, *, confirmed: bool, note: str) -> None:
    """Ending a case while a key-client is active or a flag is open is possible, but
    only on purpose and with a note that says why."""
    if not still_open:
        return
    if not confirmed:
        raise ValidationError(
            "A key-client is still active or a safeguarding flag is still open. Confirm "
            "that you end the case all the same.")
    if not note.strip():
        raise ValidationError(
            "Say in the note why the case ends while a key-client is active or a "
            "safeguarding flag is open.")

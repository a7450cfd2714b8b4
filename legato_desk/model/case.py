"""Cases: one perceived radicalisation each, from first contact to ending."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime

from legato_desk.errors import ValidationError

PSEUDONYM_MAX = 60


class CaseStatus(enum.Enum):
    """Where a case stands. The order is the usual path through a case."""

    INTAKE = "intake"
    ANALYSIS = "analysis"
    ACTIVE = "active"
    ENDED = "ended"
    ENDED_REACHABLE = "ended_reachable"

    @property
    def is_open(self) -> bool:
        return self not in (CaseStatus.ENDED, CaseStatus.ENDED_REACHABLE)


@dataclass(frozen=True, slots=True)
class Case:
    id: int
    code: str  # stable, content-free reference such as "2026-007"
    pseudonym: str  # how the index client is shown, e.g. "A."
    status: CaseStatus
    opened_on: date
    last_activity: datetime
    summary: str = ""


def clean_pseudonym(text: str) -> str:
    """Return the pseudonym as it will be stored, or raise ValidationError."""
    value = " ".join(text.split())
    if not value:
        raise ValidationError("A case needs a pseudonym, for example \u201cA.\u201d")
    if len(value) > PSEUDONYM_MAX:
        raise ValidationError(
            "A pseudonym can be at most {limit} characters long.", limit=PSEUDONYM_MAX
        )
    return value


def next_case_code(year: int, existing_codes: list[str]) -> str:
    """The next free code of the form YEAR-NNN, counting within the year."""
    prefix = f"{year}-"
    numbers = [
        int(code[len(prefix):])
        for code in existing_codes
        if code.startswith(prefix) and code[len(prefix):].isdigit()
    ]
    return f"{prefix}{max(numbers, default=0) + 1:03d}"

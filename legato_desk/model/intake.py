"""The intake record: what the counsellor learns at first contact."""

from __future__ import annotations

import enum
from dataclasses import dataclass, fields

from legato_desk.errors import ValidationError


class CallerCategory(enum.Enum):
    FAMILY = "family"  # parent or relative
    PROFESSIONAL = "professional"  # professional environment
    PRIVATE = "private"  # wider private environment
    SCHOOL = "school"
    EMPLOYER = "employer"
    AUTHORITY = "authority"
    SELF = "self"  # the person themselves


class ReferralRoute(enum.Enum):
    DIRECT = "direct"
    POLICE = "police"
    HELPLINE = "helpline"  # central helpline
    SCHOOL = "school"
    JUSTICE = "justice"  # prison or probation
    HEALTH = "health"
    OTHER = "other"


class ContactKind(enum.Enum):
    CASE = "case"
    ADVICE_ONLY = "advice_only"


TEXT_FIELDS = ("concern", "personality", "communication", "relationships", "recent",
               "past", "risk_factors", "protective_factors", "goals")
INFORMATION_AREAS = ("personality", "communication", "relationships", "recent", "past")
TEXT_MAX = 20_000
LANGUAGES_MAX = 120


@dataclass(frozen=True, slots=True)
class Intake:
    case_id: int
    caller_category: CallerCategory | None = None
    referral_route: ReferralRoute | None = None
    contact_kind: ContactKind = ContactKind.CASE
    concern: str = ""  # in the caller's words
    personality: str = ""  # personality development
    communication: str = ""
    relationships: str = ""
    recent: str = ""  # recent developments
    past: str = ""
    risk_factors: str = ""
    protective_factors: str = ""
    goals: str = ""
    languages: str = ""
    confidentiality_explained: bool = False  # told where confidentiality ends

    def values(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "case_id"}


def check_intake(intake: Intake) -> None:
    for name in TEXT_FIELDS:
        if len(getattr(intake, name)) > TEXT_MAX:
            raise ValidationError(
                "A text of the intake is too long (at most {limit} characters).",
                limit=TEXT_MAX)
    if len(intake.languages) > LANGUAGES_MAX:
        raise ValidationError("The list of languages is too long.")

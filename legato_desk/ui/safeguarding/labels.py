"""Translated names for the safeguarding enums, shared by its screens and the case list."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from legato_desk.model.ending import EndingReason
from legato_desk.model.intake import CallerCategory, ContactKind, ReferralRoute
from legato_desk.model.safeguarding import FlagType, SharingGround

FLAG_COLOUR = "#b3261e"  # a red that reads on light and dark palettes

_NAMES: dict[Enum, str] = {
    FlagType.THREAT_TO_OTHERS: "Threat to others",
    FlagType.PLANNED_CRIME: "Planned crime",
    FlagType.SELF_HARM: "Self-harm",
    FlagType.MILIEU_DANGER: "Danger to the client from the milieu",
    FlagType.CHILD_PROTECTION: "Child protection",
    SharingGround.CONSENT: "Consent of the person",
    SharingGround.LEGAL_DUTY: "Legal duty",
    SharingGround.ACUTE_DANGER: "Acute danger",
    SharingGround.INTERNAL: "Within the office (supervision, pseudonymised)",
    CallerCategory.FAMILY: "Parent or relative",
    CallerCategory.PROFESSIONAL: "Professional environment",
    CallerCategory.PRIVATE: "Wider private environment",
    CallerCategory.SCHOOL: "School",
    CallerCategory.EMPLOYER: "Employer",
    CallerCategory.AUTHORITY: "Authority",
    CallerCategory.SELF: "The person themselves",
    ReferralRoute.DIRECT: "Direct",
    ReferralRoute.POLICE: "Police",
    ReferralRoute.HELPLINE: "Central helpline",
    ReferralRoute.SCHOOL: "School",
    ReferralRoute.JUSTICE: "Prison or probation",
    ReferralRoute.HEALTH: "Health services",
    ReferralRoute.OTHER: "Other",
    ContactKind.CASE: "Case",
    ContactKind.ADVICE_ONLY: "Advice-only contact",
    EndingReason.KEYCLIENT_DECIDED: "The key-client decided to end it",
    EndingReason.GOAL_REACHED: "Goal reached",
    EndingReason.MOVED_AWAY: "Moved away",
    EndingReason.CONTACT_LOST: "Contact lost",
    EndingReason.HANDED_OVER: "Handed over to another service",
    EndingReason.INDEX_CLIENT_DISTANCED: "The index client distanced themselves",
    EndingReason.OFFICE_ENDED: "The office ended it",
    EndingReason.OTHER: "Other (see note)",
}

AGENCY_KINDS = {
    "police": "Police", "youth_welfare": "Youth welfare office", "school": "School",
    "prison": "Prison", "probation": "Probation service",
    "health": "Health (psychologist, clinic)", "other": "Other",
}

AUDIT_WORDS = {
    "created": "created", "changed": "changed", "deleted": "deleted",
    "exported": "exported", "erased": "erased", "status": "status changed",
    "case": "case", "intake": "intake record", "escalation": "escalation",
    "disclosure": "sharing log entry", "ending": "ending", "setting": "setting",
    "agency": "institution", "contact": "contact",
}


def name(value: Enum) -> str:
    return QCoreApplication.translate("Safeguarding", _NAMES[value])


def agency_kind_name(kind: str) -> str:
    return QCoreApplication.translate("Safeguarding", AGENCY_KINDS.get(kind, kind))


def audit_word(word: str) -> str:
    return QCoreApplication.translate("Safeguarding", AUDIT_WORDS.get(word, word))


def enum_combo(values, *, none_text: str | None = None, parent=None) -> QComboBox:
    """A combo of enum members; ``none_text`` adds a first "not chosen" entry."""
    combo = QComboBox(parent)
    if none_text is not None:
        combo.addItem(none_text, None)
    for value in values:
        combo.addItem(name(value), value)
    return combo

"""Translated names for the safeguarding enums, shared by its screens and the case list."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox

from legato_desk.model.ending import EndingReason
from legato_desk.model.intake import CallerCategory, ContactKind, ReferralRoute
from legato_desk.model.safeguarding import FlagType, SharingGround


def _n(text: str) -> str:
    """Marks a table entry for translation (context "Safeguarding"); the lookup is later."""
    return QT_TRANSLATE_NOOP("Safeguarding", text)


FLAG_COLOUR = "#b3261e"  # a red that reads on light and dark palettes

_NAMES: dict[Enum, str] = {
    FlagType.THREAT_TO_OTHERS: _n("Threat to others"),
    FlagType.PLANNED_CRIME: _n("Planned crime"),
    FlagType.SELF_HARM: _n("Self-harm"),
    FlagType.MILIEU_DANGER: _n("Danger to the client from the milieu"),
    FlagType.CHILD_PROTECTION: _n("Child protection"),
    SharingGround.CONSENT: _n("Consent of the person"),
    SharingGround.LEGAL_DUTY: _n("Legal duty"),
    SharingGround.ACUTE_DANGER: _n("Acute danger"),
    SharingGround.INTERNAL: _n("Within the office (supervision, pseudonymised)"),
    CallerCategory.FAMILY: _n("Parent or relative"),
    CallerCategory.PROFESSIONAL: _n("Professional environment"),
    CallerCategory.PRIVATE: _n("Wider private environment"),
    CallerCategory.SCHOOL: _n("School"),
    CallerCategory.EMPLOYER: _n("Employer"),
    CallerCategory.AUTHORITY: _n("Authority"),
    CallerCategory.SELF: _n("The person themselves"),
    ReferralRoute.DIRECT: _n("Direct"),
    ReferralRoute.POLICE: _n("Police"),
    ReferralRoute.HELPLINE: _n("Central helpline"),
    ReferralRoute.SCHOOL: _n("School"),
    ReferralRoute.JUSTICE: _n("Prison or probation"),
    ReferralRoute.HEALTH: _n("Health services"),
    ReferralRoute.OTHER: _n("Other"),
    ContactKind.CASE: _n("Case"),
    ContactKind.ADVICE_ONLY: _n("Advice-only contact"),
    EndingReason.KEYCLIENT_DECIDED: _n("The key-client decided to end it"),
    EndingReason.GOAL_REACHED: _n("Goal reached"),
    EndingReason.MOVED_AWAY: _n("Moved away"),
    EndingReason.CONTACT_LOST: _n("Contact lost"),
    EndingReason.HANDED_OVER: _n("Handed over to another service"),
    EndingReason.INDEX_CLIENT_DISTANCED: _n("The index client distanced themselves"),
    EndingReason.OFFICE_ENDED: _n("The office ended it"),
    EndingReason.OTHER: _n("Other (see note)"),
}

AGENCY_KINDS = {
    "police": _n("Police"), "youth_welfare": _n("Youth welfare office"), "school": _n("School"),
    "prison": _n("Prison"), "probation": _n("Probation service"),
    "health": _n("Health (psychologist, clinic)"), "other": _n("Other"),
}

AUDIT_WORDS = {
    "created": _n("created"), "changed": _n("changed"), "deleted": _n("deleted"),
    "exported": _n("exported"), "erased": _n("erased"), "status": _n("status changed"),
    "case": _n("case"), "intake": _n("intake record"), "escalation": _n("escalation"),
    "disclosure": _n("sharing log entry"), "ending": _n("ending"), "setting": _n("setting"),
    "agency": _n("institution"), "contact": _n("contact"),
    "session": _n("session record"), "addendum": _n("addendum"), "draft": _n("draft"),
    "keyclient": _n("key-client"), "keyclient_training": _n("key-client training"),
    "map": _n("map"), "person": _n("person on the map"), "relation": _n("tie on the map"),
    "snapshot": _n("map snapshot"),
    "contact_plan": _n("contact plan"), "open_door": _n("open door (crisis route)"),
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

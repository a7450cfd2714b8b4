"""Translated names of what the case search finds: kinds and the fields a snippet is from."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from legato_desk.model.keyclients import Criterion
from legato_desk.model.search import HitKind
from legato_desk.ui.keyclients.labels import criterion_name

def _n(text: str) -> str:
    """Marks a table entry for translation (context "CaseSearch"); the lookup is later."""
    return QT_TRANSLATE_NOOP("CaseSearch", text)


def tr(text: str) -> str:
    return QCoreApplication.translate("CaseSearch", text)


_KINDS = {
    HitKind.SUMMARY: _n("Case summary"),
    HitKind.INTAKE: _n("Intake"),
    HitKind.PERSON: _n("Person on the map"),
    HitKind.TIE: _n("Tie on the map"),
    HitKind.SESSION: _n("Session"),
    HitKind.KEYCLIENT: _n("Key-client"),
    HitKind.SAFEGUARDING: _n("Safeguarding"),
    HitKind.SHARING: _n("Sharing log"),
    HitKind.FACTORS: _n("Factor sheet"),
    HitKind.REFERRAL: _n("Referral"),
    # the plan's entries under the tab's name; the part says which entry
    HitKind.PLAN: _n("Goals and measures"),
    HitKind.GOAL: _n("Goals and measures"),
    HitKind.MEASURE: _n("Goals and measures"),
    HitKind.PLAN_REVIEW: _n("Goals and measures"),
    HitKind.CONFERENCE: _n("Case conference"),
    HitKind.RELEASE: _n("Release"),
}

_PARTS = {  # (kind, part) -> the field's name; the summary's one field needs none
    (HitKind.SESSION, "facts"): _n("What happened / facts"),
    (HitKind.SESSION, "reflection"): _n("Reflection"),
    (HitKind.SESSION, "state_note"): _n("The key-client's state"),
    (HitKind.SESSION, "next_steps"): _n("Next steps"),
    (HitKind.SESSION, "others"): _n("Other participants"),
    (HitKind.SESSION, "done"): _n("Done"),
    (HitKind.SESSION, "setback"): _n("Setback"),
    (HitKind.SESSION, "next_step"): _n("Next step"),
    (HitKind.SESSION, "fact"): _n("Important fact"),
    (HitKind.SESSION, "source"): _n("Source of a fact"),
    (HitKind.SESSION, "body"): _n("Addendum"),
    (HitKind.INTAKE, "concern"): _n("Concern"),
    (HitKind.INTAKE, "personality"): _n("Personality"),
    (HitKind.INTAKE, "communication"): _n("Communication"),
    (HitKind.INTAKE, "relationships"): _n("Relationships"),
    (HitKind.INTAKE, "recent"): _n("Recent developments"),
    (HitKind.INTAKE, "past"): _n("The past"),
    (HitKind.INTAKE, "risk_factors"): _n("Risk factors"),
    (HitKind.INTAKE, "protective_factors"): _n("Protective factors"),
    (HitKind.INTAKE, "goals"): _n("Goals set at intake"),
    (HitKind.INTAKE, "languages"): _n("Languages"),
    (HitKind.PERSON, "note"): _n("Note"),
    (HitKind.PERSON, "role"): _n("Role"),
    (HitKind.PERSON, "source"): _n("Source"),
    (HitKind.TIE, "note"): _n("Note"),
    (HitKind.KEYCLIENT, "rationale"): _n("Rationale"),
    (HitKind.KEYCLIENT, "draft"): _n("Rationale (draft)"),
    (HitKind.KEYCLIENT, "relation"): _n("Relation to the index client"),
    (HitKind.KEYCLIENT, "contact"): _n("Contact details"),
    (HitKind.KEYCLIENT, "guilt"): _n("Guilt"),
    (HitKind.KEYCLIENT, "responsibility"): _n("Responsibility"),
    (HitKind.KEYCLIENT, "resilience"): _n("Resilience"),
    (HitKind.KEYCLIENT, "event"): _n("Status note"),
    (HitKind.KEYCLIENT, "crisis_route"): _n("Crisis route"),
    (HitKind.KEYCLIENT, "crisis_contact"): _n("Crisis contact"),
    (HitKind.SAFEGUARDING, "reason"): _n("Reason"),
    (HitKind.SAFEGUARDING, "closing_note"): _n("Closing note"),
    (HitKind.SHARING, "what"): _n("What"),
    (HitKind.SHARING, "recipient"): _n("To whom"),
    (HitKind.SHARING, "purpose"): _n("Why"),
    (HitKind.SHARING, "informed_by"): _n("Informed by"),
    (HitKind.SHARING, "acknowledged_by"): _n("Acknowledged by"),
    (HitKind.SHARING, "consent_note"): _n("Consent note"),
    (HitKind.FACTORS, "note"): _n("Note"),
    (HitKind.FACTORS, "factor"): _n("Factor"),
    (HitKind.FACTORS, "factor_note"): _n("Note on a factor"),
    (HitKind.REFERRAL, "reason"): _n("Reason"),
    (HitKind.REFERRAL, "recipient"): _n("To whom"),
    (HitKind.REFERRAL, "note"): _n("Note"),
    (HitKind.PLAN, "wind_down"): _n("Winding down"),
    (HitKind.GOAL, "goal"): _n("Goal"),
    (HitKind.MEASURE, "what"): _n("Measure"),
    (HitKind.MEASURE, "who"): _n("Who carries out a measure"),
    (HitKind.PLAN_REVIEW, "note"): _n("Review"),
    (HitKind.CONFERENCE, "agenda_agreed"): _n("Agenda item (agreed by the client)"),
    (HitKind.CONFERENCE, "agenda"): _n("Agenda item (not agreed by the client)"),
    (HitKind.CONFERENCE, "participant"): _n("Participant"),
    (HitKind.CONFERENCE, "role"): _n("Role in the conference"),
    (HitKind.CONFERENCE, "measure"): _n("Agreed measure"),
    (HitKind.CONFERENCE, "measure_who"): _n("Who carries out a measure"),
    (HitKind.CONFERENCE, "minutes"): _n("Minutes"),
    (HitKind.RELEASE, "institution"): _n("Institution"),
    (HitKind.RELEASE, "item"): _n("Checklist item"),
    (HitKind.RELEASE, "responsible"): _n("Responsible for a checklist item"),
    (HitKind.RELEASE, "item_note"): _n("Note on a checklist item"),
}


def kind_name(kind: HitKind) -> str:
    return tr(_KINDS[kind])


def part_name(kind: HitKind, part: str) -> str:
    """The field a snippet comes from, in words ("" where the kind says it all)."""
    if part.startswith("evidence:"):
        return tr("Evidence: {criterion}").format(
            criterion=criterion_name(Criterion(part.split(":", 1)[1])))
    text = _PARTS.get((kind, part))
    return tr(text) if text else ""

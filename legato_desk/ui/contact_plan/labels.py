"""Translated words for contact plans: rhythms and slot states (context "ContactPlan")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from legato_desk.model.contact_plan import PlanStep, SlotState, Unit


def tr(text: str) -> str:
    return QCoreApplication.translate("ContactPlan", text)


_UNITS = {
    Unit.DAYS: QT_TRANSLATE_NOOP("ContactPlan", "days"),
    Unit.WEEKS: QT_TRANSLATE_NOOP("ContactPlan", "weeks"),
    Unit.MONTHS: QT_TRANSLATE_NOOP("ContactPlan", "months"),
    Unit.ON_REQUEST: QT_TRANSLATE_NOOP("ContactPlan", "on request (open door)"),
}

_STATES = {
    SlotState.HELD: QT_TRANSLATE_NOOP("ContactPlan", "held"),
    SlotState.OVERDUE: QT_TRANSLATE_NOOP("ContactPlan", "overdue"),
    SlotState.DUE: QT_TRANSLATE_NOOP("ContactPlan", "due"),
    SlotState.ON_REQUEST: QT_TRANSLATE_NOOP("ContactPlan", "on request"),
}


def unit_name(unit: Unit) -> str:
    """The word of the editor's unit choice."""
    return tr(_UNITS[unit])


def state_name(state: SlotState) -> str:
    return tr(_STATES[state])


def rhythm(step: PlanStep) -> str:
    """"weekly", "every 3 weeks", "monthly", "on request"."""
    if step.unit is Unit.ON_REQUEST:
        return tr("on request")
    if step.unit is Unit.DAYS:
        return tr("daily") if step.every == 1 else QCoreApplication.translate(
            "ContactPlan", "every %n day(s)", None, step.every)
    if step.unit is Unit.WEEKS:
        if step.every == 1:
            return tr("weekly")
        if step.every == 2:
            return tr("fortnightly")
        return QCoreApplication.translate("ContactPlan", "every %n week(s)", None,
                                          step.every)
    return tr("monthly") if step.every == 1 else QCoreApplication.translate(
        "ContactPlan", "every %n month(s)", None, step.every)


def day(value) -> str:
    return value.strftime("%d.%m.%Y")

"""Translated names of the plan's states."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from legato_desk.model.plan import GoalState, MeasureState

_NAMES = {
    GoalState.OPEN: QT_TRANSLATE_NOOP("PlanLabels", "open"),
    GoalState.MET: QT_TRANSLATE_NOOP("PlanLabels", "met"),
    GoalState.PARTLY_MET: QT_TRANSLATE_NOOP("PlanLabels", "partly met"),
    GoalState.NOT_MET: QT_TRANSLATE_NOOP("PlanLabels", "not met"),
    MeasureState.PLANNED: QT_TRANSLATE_NOOP("PlanLabels", "planned"),
    MeasureState.IN_PROGRESS: QT_TRANSLATE_NOOP("PlanLabels", "in progress"),
    MeasureState.DONE: QT_TRANSLATE_NOOP("PlanLabels", "done"),
    MeasureState.DROPPED: QT_TRANSLATE_NOOP("PlanLabels", "dropped"),
}


def name(value) -> str:
    return QCoreApplication.translate("PlanLabels", _NAMES[value])


def counsellor() -> str:
    return QCoreApplication.translate("PlanLabels", "the counsellor")

"""Translated names for case statuses, shared by every case screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from legato_desk.model.case import CaseStatus

_NAMES = {
    CaseStatus.INTAKE: "Intake",
    CaseStatus.ANALYSIS: "Analysis",
    CaseStatus.ACTIVE: "Active counselling",
    CaseStatus.ENDED: "Ended",
    CaseStatus.ENDED_REACHABLE: "Ended, still reachable",
}


def status_name(status: CaseStatus) -> str:
    return QCoreApplication.translate("CaseStatus", _NAMES[status])


def status_combo(parent=None) -> QComboBox:
    combo = QComboBox(parent)
    for status in CaseStatus:
        combo.addItem(status_name(status), status)
    return combo

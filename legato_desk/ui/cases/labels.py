"""Translated names for case statuses, shared by every case screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox

from legato_desk.model.case import CaseStatus


def _n(text: str) -> str:
    """Marks a table entry for translation (context "CaseStatus"); the lookup is later."""
    return QT_TRANSLATE_NOOP("CaseStatus", text)


_NAMES = {
    CaseStatus.INTAKE: _n("Intake"),
    CaseStatus.ANALYSIS: _n("Analysis"),
    CaseStatus.ACTIVE: _n("Active counselling"),
    CaseStatus.ENDED: _n("Ended"),
    CaseStatus.ENDED_REACHABLE: _n("Ended, still reachable"),
}


def status_name(status: CaseStatus) -> str:
    return QCoreApplication.translate("CaseStatus", _NAMES[status])


def status_combo(parent=None) -> QComboBox:
    combo = QComboBox(parent)
    for status in CaseStatus:
        combo.addItem(status_name(status), status)
    return combo

"""Translated names of the factor levels, kinds, weights and changes."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from legato_desk.model.factors import Change, Kind, Level, Weight


def _n(text: str) -> str:
    """Marks a table entry for translation (context "FactorLabels"); the lookup is later."""
    return QT_TRANSLATE_NOOP("FactorLabels", text)


_NAMES: dict[Enum, str] = {
    Level.INDIVIDUAL: _n("Individual"),
    Level.FAMILY: _n("Family situation"),
    Level.SOCIAL: _n("Social"),
    Level.MOTIVATIONAL: _n("Motivational"),
    Level.IDEOLOGICAL: _n("Ideological / cultural"),
    Kind.RISK: _n("Risk factor"),
    Kind.PROTECTIVE: _n("Protective factor"),
    Weight.SLIGHT: _n("1 slight"),
    Weight.CLEAR: _n("2 clear"),
    Weight.STRONG: _n("3 strong"),
    Change.ADDED: _n("Added"),
    Change.REMOVED: _n("Removed"),
    Change.HEAVIER: _n("Weighs more"),
    Change.LIGHTER: _n("Weighs less"),
    Change.NOTE: _n("Note changed"),
}


def name(value: Enum) -> str:
    return QCoreApplication.translate("FactorLabels", _NAMES[value])


def fill(combo, values) -> None:
    for value in values:
        combo.addItem(name(value), value)

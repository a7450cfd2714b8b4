"""Assessing one candidate: every criterion a rating (or unknown) and a short note."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from legato_desk.model.keyclients import EVIDENCE_MAX, Candidate, Criterion, Level, Tier
from legato_desk.ui.keyclients import labels
from legato_desk.ui.keyclients.autosave import Autosaver


class AssessmentForm(QWidget):
    rated = Signal(object, object)         # Criterion, Level | None
    reported = Signal(str)

    def __init__(self, save_evidence, parent=None):
        super().__init__(parent)
        intro = QLabel(self.tr(
            "Rate what you know; leave the rest unknown. For the risks (marked) "
            "a higher rating counts against the candidate."))
        intro.setWordWrap(True)
        grid = QGridLayout(self)
        grid.addWidget(intro, 0, 0, 1, 3)
        grid.addWidget(QLabel(self.tr("<b>Criterion</b>")), 1, 0)
        grid.addWidget(QLabel(self.tr("<b>Rating</b>")), 1, 1)
        grid.addWidget(QLabel(self.tr("<b>Evidence: who said so, what was seen</b>")), 1, 2)
        self.levels: dict[Criterion, QComboBox] = {}
        self.evidence: dict[Criterion, QLineEdit] = {}
        self.savers: dict[Criterion, Autosaver] = {}
        for row, c in enumerate(Criterion, start=2):
            name = labels.criterion_name(c)
            label = QLabel(self.tr("{name} (risk)").format(name=name) if c.is_risk else name)
            if c.tier is Tier.DECIDING:
                label.setText(self.tr("<b>{name}</b> (decides)").format(name=name))
            label.setToolTip(labels.criterion_hint(c))
            combo = QComboBox()
            for level in (None, Level.LOW, Level.MEDIUM, Level.HIGH):
                combo.addItem(labels.level_name(level), 0 if level is None else int(level))
            combo.setAccessibleName(self.tr("Rating: {name}").format(name=name))
            combo.setToolTip(labels.criterion_hint(c))
            combo.activated.connect(lambda i, c=c, combo=combo: self.rated.emit(
                c, _level(combo.itemData(i))))
            label.setBuddy(combo)
            note = QLineEdit()
            note.setMaxLength(EVIDENCE_MAX)
            note.setAccessibleName(self.tr("Evidence: {name}").format(name=name))
            saver = Autosaver(note, lambda text, c=c: save_evidence(c, text), self)
            saver.reported.connect(self.reported)
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            grid.addWidget(note, row, 2)
            self.levels[c], self.evidence[c], self.savers[c] = combo, note, saver
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(Criterion) + 2, 1)

    def show_candidate(self, cand: Candidate) -> None:
        for c in Criterion:
            a = cand.assessments.get(c)
            combo = self.levels[c]
            combo.setCurrentIndex(combo.findData(int(a.level) if a and a.level else 0))
            self.savers[c].load(a.evidence if a else "")

    def flush(self) -> bool:
        return all([saver.flush() for saver in self.savers.values()])

    def forget(self) -> None:
        for saver in self.savers.values():
            saver.forget()


def _level(data: int) -> Level | None:
    return Level(data) if data else None

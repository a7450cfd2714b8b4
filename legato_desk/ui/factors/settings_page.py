"""Settings ▸ Factors: the office's wording of the risk and protective factors, per level.

Until the office saves its own wording, the factor field offers the defaults
in the app's language. Sheets already written keep the wording they were
written with.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from legato_desk.model.factors import (
    Kind,
    Level,
    catalogue_from_data,
    catalogue_to_data,
    default_catalogue,
)
from legato_desk.ui import i18n
from legato_desk.ui.factors.labels import fill


class FactorWordingPage(QWidget):
    def __init__(self, vault, parent=None):
        super().__init__(parent)
        self._vault = vault
        self._language = i18n.pdf_language()
        self._shown = vault.factors.catalogue(self._language)
        self._edited = {level: dict(kinds) for level, kinds in self._shown.items()}
        self.level = QComboBox()
        self.level.setAccessibleName(self.tr("Level"))
        fill(self.level, Level)
        self.risks = QPlainTextEdit()
        self.risks.setTabChangesFocus(True)
        self.risks.setAccessibleName(self.tr("Risk factors of this level, one per line"))
        self.protective = QPlainTextEdit()
        self.protective.setTabChangesFocus(True)
        self.protective.setAccessibleName(
            self.tr("Protective factors of this level, one per line"))
        self.defaults = QPushButton(self.tr("Use the &defaults"))
        self.defaults.setToolTip(self.tr("Puts back the app's wording for every level"))
        self.defaults.clicked.connect(self.use_defaults)
        explain = QLabel(self.tr(
            "The wording the Factors tab offers, one factor per line. Counsellors can still "
            "type their own. Sheets already written keep the wording they were written with."))
        explain.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(explain)
        level_label = QLabel(self.tr("Le&vel:"))
        level_label.setBuddy(self.level)
        row = QHBoxLayout()
        row.addWidget(self.level, 1)
        row.addWidget(self.defaults)
        form.addRow(level_label, row)
        for text, field in ((self.tr("&Risk factors:"), self.risks),
                            (self.tr("&Protective factors:"), self.protective)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        self._level = self.level.currentData()
        self.level.currentIndexChanged.connect(self._level_changed)
        self._show()

    def title(self) -> str:
        return self.tr("Factors")

    def _keep(self) -> None:
        self._edited[self._level] = {
            Kind.RISK: self.risks.toPlainText().splitlines(),
            Kind.PROTECTIVE: self.protective.toPlainText().splitlines()}

    def _show(self) -> None:
        kinds = self._edited[self._level]
        self.risks.setPlainText("\n".join(kinds[Kind.RISK]))
        self.protective.setPlainText("\n".join(kinds[Kind.PROTECTIVE]))

    def _level_changed(self) -> None:
        self._keep()
        self._level = self.level.currentData()
        self._show()

    def use_defaults(self) -> None:
        self._edited = default_catalogue(self._language)
        self._show()

    def catalogue(self):
        """What the page holds now, checked (ValidationError names the problem)."""
        self._keep()
        return catalogue_from_data(catalogue_to_data(self._edited))

    def apply(self) -> None:
        catalogue = self.catalogue()
        if catalogue == self._shown:
            return  # unchanged: defaults stay the defaults (and follow the language)
        if catalogue == default_catalogue(self._language):
            self._vault.factors.reset_catalogue()
        else:
            self._vault.factors.set_catalogue(catalogue)
        self._shown = catalogue

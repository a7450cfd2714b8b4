"""Settings ▸ Release: the office's default checklist for the first days after release.

Until the office saves its own items, a new release plan starts from the
defaults in the app's language. Plans already begun keep their items.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QPushButton, QWidget

from legato_desk.model.release import clean_labels, default_items
from legato_desk.ui import i18n


class ReleaseChecklistPage(QWidget):
    def __init__(self, vault, parent=None):
        super().__init__(parent)
        self._vault = vault
        self._language = i18n.pdf_language()
        self._shown = vault.releases.default_checklist(self._language)
        self.items = QPlainTextEdit("\n".join(self._shown))
        self.items.setTabChangesFocus(True)
        self.items.setAccessibleName(self.tr("Default checklist items, one per line"))
        self.defaults = QPushButton(self.tr("Use the &defaults"))
        self.defaults.setToolTip(self.tr("Puts back the app's checklist"))
        self.defaults.clicked.connect(self.use_defaults)
        explain = QLabel(self.tr(
            "The checklist a new release plan starts with, one item per line. Counsellors "
            "can add and remove items in each plan. Plans already begun keep their items."))
        explain.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(explain)
        label = QLabel(self.tr("&Items:"))
        label.setBuddy(self.items)
        form.addRow(label, self.items)
        form.addRow("", self.defaults)

    def title(self) -> str:
        return self.tr("Release")

    def use_defaults(self) -> None:
        self.items.setPlainText("\n".join(default_items(self._language)))

    def apply(self) -> None:
        labels = clean_labels(self.items.toPlainText().splitlines())
        if labels == self._shown:
            return  # unchanged: defaults stay the defaults (and follow the language)
        if labels == default_items(self._language):
            self._vault.releases.reset_default_checklist()
        else:
            self._vault.releases.set_default_checklist(labels)
        self._shown = labels

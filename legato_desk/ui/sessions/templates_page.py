"""Vault ▸ Settings ▸ Note templates: structures that prefill a new session record."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from legato_desk.model import templates as tpl
from legato_desk.model.session import Mode
from legato_desk.ui.sessions.labels import mode_name
from legato_desk.ui.sessions.labels import template_text as tpl_translate


class TemplatesPage(QWidget):
    def __init__(self, vault, parent=None):
        super().__init__(parent)
        self._vault = vault
        self.templates = tpl.load(vault.settings.get(tpl.TEMPLATES_KEY), tpl_translate)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Templates"))
        self.list.currentRowChanged.connect(self._show)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton(self.tr("Remo&ve"))
        self.remove_button.clicked.connect(self._remove)
        self.name = QLineEdit()
        self.name.setMaxLength(tpl.NAME_MAX)
        self.name.setAccessibleName(self.tr("Template name"))
        self.mode = QComboBox()
        self.mode.addItem(self.tr("(keep)"), "")  # never None (see rows.NOT_RATED)
        for mode in Mode:
            self.mode.addItem(mode_name(mode), mode)
        self.facts = self._text(self.tr("What happened / facts"))
        self.reflection = self._text(self.tr("Reflection"))
        self.next_steps = self._text(self.tr("Next steps"))
        for w in (self.name,):
            w.textEdited.connect(self._store)
        self.mode.activated.connect(lambda _i: self._store())
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        left.addLayout(buttons)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Mode:"), self.mode)
        form.addRow(self.tr("&Facts:"), self.facts)
        form.addRow(self.tr("&Reflection:"), self.reflection)
        form.addRow(self.tr("Next &steps:"), self.next_steps)
        for field in (self.name, self.mode, self.facts, self.reflection, self.next_steps):
            label = form.labelForField(field)
            if label is not None:
                label.setBuddy(field)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(form, 2)
        self._fill()

    def _text(self, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setAccessibleName(name)
        edit.setTabChangesFocus(True)
        edit.textChanged.connect(self._store)
        return edit

    def title(self) -> str:
        return self.tr("Note templates")

    def _fill(self, row: int = 0) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for t in self.templates:
            self.list.addItem(QListWidgetItem(t.name or self.tr("(no name)")))
        self.list.blockSignals(False)
        self.list.setCurrentRow(min(row, len(self.templates) - 1))
        self._show(self.list.currentRow())

    def _show(self, row: int) -> None:
        has = 0 <= row < len(self.templates)
        for w in (self.name, self.mode, self.facts, self.reflection, self.next_steps,
                  self.remove_button):
            w.setEnabled(has)
        t = self.templates[row] if has else tpl.Template("")
        self._loading = True
        self.name.setText(t.name)
        self.mode.setCurrentIndex(max(0, self.mode.findData(t.mode or "")))
        self.facts.setPlainText(t.facts)
        self.reflection.setPlainText(t.reflection)
        self.next_steps.setPlainText(t.next_steps)
        self._loading = False

    _loading = False

    def _store(self) -> None:
        row = self.list.currentRow()
        if self._loading or not 0 <= row < len(self.templates):
            return
        self.templates[row] = replace(
            self.templates[row], name=self.name.text(), mode=self.mode.currentData() or None,
            facts=self.facts.toPlainText(), reflection=self.reflection.toPlainText(),
            next_steps=self.next_steps.toPlainText())
        self.list.item(row).setText(self.name.text() or self.tr("(no name)"))

    def _add(self) -> None:
        self.templates.append(tpl.Template(self.tr("New template")))
        self._fill(len(self.templates) - 1)
        self.name.setFocus()
        self.name.selectAll()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.templates):
            del self.templates[row]
            self._fill(row)

    def apply(self) -> None:
        cleaned = tpl.clean_templates(self.templates)
        self._vault.settings.set(tpl.TEMPLATES_KEY, [t.to_dict() for t in cleaned])

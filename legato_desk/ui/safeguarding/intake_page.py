"""The Intake tab: first contact, saved as it is typed (like the overview summary)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from legato_desk.model.case import Case
from legato_desk.model.intake import (
    LANGUAGES_MAX,
    CallerCategory,
    ContactKind,
    Intake,
    ReferralRoute,
)
from legato_desk.model.map import LIMITS, alias_list
from legato_desk.ui.messages import error_text
from legato_desk.ui.safeguarding.labels import enum_combo

AUTOSAVE_MS = 1500


class IntakePage(QWidget):
    changed = Signal(int)  # case id, after a save

    def __init__(self, vault, parent=None):
        super().__init__(parent)
        self._vault = vault
        self.case: Case | None = None
        self._stored: Intake | None = None
        self._loading = False
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)

        not_recorded = self.tr("— not recorded —")
        self.caller = enum_combo(CallerCategory, none_text=not_recorded)
        self.route = enum_combo(ReferralRoute, none_text=not_recorded)
        self.kind = enum_combo(ContactKind)
        self.languages = QLineEdit()
        self.languages.setMaxLength(LANGUAGES_MAX)
        self.languages.setPlaceholderText(self.tr("e.g. German, Turkish"))
        self.confidentiality = QCheckBox(self.tr(
            "The caller was told where &confidentiality ends (a threat to anybody or a "
            "planned crime is passed on)"))
        self.texts: dict[str, QPlainTextEdit] = {}
        placeholders = {
            "concern": self.tr("What worries the caller, in their own words."),
            "personality": self.tr("Personality development"),
            "communication": self.tr("How the family talks, and about what"),
            "relationships": self.tr("Who is close, who has drifted away"),
            "recent": self.tr("What changed lately"),
            "past": self.tr("Earlier history, losses, turning points"),
            "risk_factors": self.tr("What makes things worse"),
            "protective_factors": self.tr("What holds and helps"),
            "goals": self.tr("What the caller wants to reach; what was agreed"),
        }
        for key, hint in placeholders.items():
            edit = QPlainTextEdit()
            edit.setPlaceholderText(hint)
            edit.setTabChangesFocus(True)
            edit.setAccessibleName(hint)
            edit.setMinimumHeight(56)
            edit.installEventFilter(self)
            self.texts[key] = edit
        self.texts["concern"].setMinimumHeight(80)
        self.save_state = QLabel()
        self.save_state.setAccessibleName(self.tr("Save state"))
        # The index client's names: kept on the map's index person, shown nowhere
        # else; they exist so that a pseudonymised export replaces them.
        self._map_commands = None
        self.index_name = QLineEdit()
        self.index_name.setMaxLength(LIMITS["name"])
        self.index_name.setAccessibleName(self.tr("Real name of the index client"))
        self.index_name.setPlaceholderText(self.tr("optional"))
        self.index_aliases = QLineEdit()
        self.index_aliases.setMaxLength(LIMITS["aliases"])
        self.index_aliases.setAccessibleName(self.tr("Other names of the index client"))
        self.index_aliases.setPlaceholderText(self.tr("e.g. nickname, surname, a spelling"))
        self.index_name.editingFinished.connect(self._names_done)
        self.index_aliases.editingFinished.connect(self._names_done)

        for combo in (self.caller, self.route, self.kind):
            combo.activated.connect(self._edited)
        self.languages.textEdited.connect(self._edited)
        self.languages.editingFinished.connect(self.flush)
        self.confidentiality.toggled.connect(self._edited)
        for edit in self.texts.values():
            edit.textChanged.connect(self._edited)

        grid = QGridLayout()
        for i, (text, field) in enumerate(((self.tr("Ca&ller:"), self.caller),
                                           (self.tr("&Referred by:"), self.route),
                                           (self.tr("Con&tact:"), self.kind),
                                           (self.tr("Lan&guages:"), self.languages))):
            label = QLabel(text)
            label.setBuddy(field)
            grid.addWidget(label, i // 2, (i % 2) * 2)
            grid.addWidget(field, i // 2, (i % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        top = QFormLayout()
        top.addRow(grid)
        top.addRow(self.confidentiality)
        self._row(top, self.tr("Co&ncern:"), self.texts["concern"])

        names = QGroupBox(self.tr("The index client's names"))
        names_form = QFormLayout(names)
        self._row(names_form, self.tr("Real na&me:"), self.index_name)
        self._row(names_form, self.tr("Other nam&es:"), self.index_aliases)
        names_note = QLabel(self.tr(
            "Optional, and never shown or printed: every pseudonymised export replaces "
            "each of these names by the case pseudonym, however it is spelled or inflected."))
        names_note.setWordWrap(True)
        names_form.addRow(names_note)

        gathered = QGroupBox(self.tr("What the counsellor gathers"))
        areas = QFormLayout(gathered)
        for key, text in (("personality", self.tr("Personality:")),
                          ("communication", self.tr("Communication:")),
                          ("relationships", self.tr("Relationships:")),
                          ("recent", self.tr("Recent developments:")),
                          ("past", self.tr("The past:"))):
            self._row(areas, text, self.texts[key])

        factors = QGridLayout()
        factors.addWidget(QLabel(self.tr("Risk factors:")), 0, 0)
        factors.addWidget(QLabel(self.tr("Protective factors:")), 0, 1)
        factors.addWidget(self.texts["risk_factors"], 1, 0)
        factors.addWidget(self.texts["protective_factors"], 1, 1)
        factors.addWidget(QLabel(self.tr("Goals set at intake:")), 2, 0, 1, 2)
        factors.addWidget(self.texts["goals"], 3, 0, 1, 2)

        body = QWidget()
        column = QVBoxLayout(body)
        column.addLayout(top)
        column.addWidget(names)
        column.addWidget(gathered)
        column.addLayout(factors)
        column.addStretch(1)
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setAccessibleName(self.tr("Intake record"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.save_state)

    @staticmethod
    def _row(form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        form.addRow(label, field)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.FocusOut and obj in self.texts.values():
            self.flush()
        return super().eventFilter(obj, event)

    def set_map_commands(self, commands) -> None:
        """Edit the index client's names through the map's undoable commands."""
        self._map_commands = commands
        commands.changed.connect(self._map_changed)

    def _map_changed(self, case_id: int) -> None:
        if self.case is not None and case_id == self.case.id:
            self._load_names(focused_too=False)

    def _load_names(self, focused_too: bool = True) -> None:
        index = self._vault.maps.ensure_index(self.case.id) if self.case else None
        for edit, value in ((self.index_name, index.name if index else ""),
                            (self.index_aliases, index.aliases if index else "")):
            if (focused_too or not edit.hasFocus()) and edit.text() != value:
                edit.setText(value)

    def _names_done(self) -> None:
        """Store the index client's real name and other names when an edit ends."""
        if self.case is None:
            return
        index = self._vault.maps.ensure_index(self.case.id)
        aliases = ", ".join(alias_list(self.index_aliases.text()))
        if self.index_aliases.text() != aliases:
            self.index_aliases.setText(aliases)
        fields = {k: v for k, v in (("name", self.index_name.text().strip()),
                                    ("aliases", aliases)) if getattr(index, k) != v}
        if not fields:
            return
        try:
            if self._map_commands is not None:
                self._map_commands.update_person(self.case.id, index.id, **fields)
            else:
                self._vault.maps.update_person(index.id, **fields)
        except Exception as exc:  # shown, never swallowed silently
            self.save_state.setText(self.tr("Not saved: {reason}").format(
                reason=error_text(exc)))
            return
        self.save_state.setText(self.tr("Saved."))

    def focus_field(self, name: str) -> None:
        """Put the cursor in one text of the intake (the case search opens it here)."""
        edit = self.texts.get(name) or (self.languages if name == "languages" else None)
        if edit is not None:
            self.scroll.ensureWidgetVisible(edit)
            edit.setFocus()

    # -- showing and saving ---------------------------------------------------------

    def show_case(self, case: Case) -> None:
        if self.case is not None and self.case.id == case.id:
            self.case = case
            return  # the fields are the newest version; never overwrite typing
        self.flush()
        self._names_done()
        self.case = case
        self._load(self._vault.intake.get(case.id))
        self._load_names()

    def _load(self, intake: Intake) -> None:
        self._loading = True
        try:
            self._stored = intake
            self.caller.setCurrentIndex(self.caller.findData(intake.caller_category))
            self.route.setCurrentIndex(self.route.findData(intake.referral_route))
            self.kind.setCurrentIndex(self.kind.findData(intake.contact_kind))
            self.languages.setText(intake.languages)
            self.confidentiality.setChecked(intake.confidentiality_explained)
            for key, edit in self.texts.items():
                if edit.toPlainText() != getattr(intake, key):
                    edit.setPlainText(getattr(intake, key))
            self.save_state.clear()
        finally:
            self._loading = False

    def current(self) -> Intake | None:
        if self.case is None:
            return None
        return Intake(
            case_id=self.case.id,
            caller_category=self.caller.currentData(),
            referral_route=self.route.currentData(),
            contact_kind=self.kind.currentData(),
            languages=" ".join(self.languages.text().split()),
            confidentiality_explained=self.confidentiality.isChecked(),
            **{key: edit.toPlainText() for key, edit in self.texts.items()})

    def _edited(self, *_args) -> None:
        if self._loading or self.case is None:
            return
        self.save_state.setText(self.tr("Editing…"))
        self._timer.start()

    def flush(self) -> bool:
        """Save pending changes now. True when nothing is left unsaved."""
        self._timer.stop()
        if self.index_name.hasFocus() or self.index_aliases.hasFocus():
            self._names_done()
        intake = self.current()
        if intake is None or intake == self._stored:
            return True
        try:
            self._stored = self._vault.intake.save(intake)
        except Exception as exc:  # shown, never swallowed silently
            self.save_state.setText(self.tr("Not saved: {reason}").format(
                reason=error_text(exc)))
            return False
        self.save_state.setText(self.tr("Saved."))
        self.changed.emit(intake.case_id)
        return True

    def clear(self) -> None:
        self._timer.stop()
        self.case = None
        self.index_name.clear()
        self.index_aliases.clear()
        self._load(Intake(case_id=0))
        self._stored = None

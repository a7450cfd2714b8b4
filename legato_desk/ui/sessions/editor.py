"""The session record form: keyboard-first, top to bottom in Tab order.

``value()`` reads the whole form as a ``SessionRecord``; ``set_value()``
shows one. The form knows nothing about the vault.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from legato_desk.model.keyclients import Presence, PresentAs
from legato_desk.model.map import Person
from legato_desk.model.progress import TaskOverview
from legato_desk.model.session import (
    STATE_MAX, STATE_MIN, Mode, SessionRecord, Task, TaskGroup)
from legato_desk.model.templates import Template
from legato_desk.ui import theme
from legato_desk.ui.keyclients.labels import status_name as keyclient_status_name
from legato_desk.ui.sessions.labels import mode_name
from legato_desk.ui.sessions.rows import (
    FactRow, TaskRow, rating_combo, rating_value, set_rating, small_text)
from legato_desk.ui.widgets.name_marks import NameMarks, mark_names

PersonRole = Qt.ItemDataRole.UserRole + 1
LabelRole = Qt.ItemDataRole.UserRole + 2
MeasureRole = Qt.ItemDataRole.UserRole + 3


def person_label(person: Person) -> str:
    if person.name and person.role:
        return f"{person.name} ({person.role})"
    return person.name or person.role or "?"


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionEditor", text)


def presence_text(was: PresentAs) -> str:
    """What a person present was that day, in words: a key-client present is one
    thing, a parent sitting in or an ended key-client another."""
    if was.presence is Presence.KEYCLIENT:
        return _tr("key-client ({status})").format(status=keyclient_status_name(was.status))
    if was.presence is Presence.ENDED:
        return _tr("not a key-client: the work ended on {day}").format(
            day=was.since.strftime("%d.%m.%Y"))
    if was.presence is Presence.CANDIDATE:
        return _tr("candidate, not a key-client")
    return _tr("not a key-client")


def _heading(text: str, buddy=None) -> QLabel:
    label = QLabel(f"<b>{text}</b>")
    label.setTextFormat(Qt.TextFormat.RichText)
    if buddy is not None:
        label.setBuddy(buddy)
    return label


class _LeavesOnTab:
    """Tab leaves the field (Qt's date edits would step through their sections);
    Left/Right move between day, month, year and time, Up/Down change them."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)


class DateTimeField(_LeavesOnTab, QDateTimeEdit):
    pass


class DateField(_LeavesOnTab, QDateEdit):
    pass


def _reflection_style(field, palette) -> None:
    """The reflection is tinted apart from the facts; its text stays the palette's."""
    tint = theme.mix(palette.color(QPalette.ColorRole.Base), QColor("#7e57c2"),
                       0.16 if theme.is_dark(palette) else 0.06)
    field.setStyleSheet(f"QPlainTextEdit#reflection {{ background: {tint.name()}; }}")


class SessionEditor(QScrollArea):
    changed = Signal()
    template_chosen = Signal(object)  # Template

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setAccessibleName(self.tr("Session record"))
        self._base = SessionRecord(case_id=0, held_at=datetime.now())
        self._templates: list[Template] = []
        content = QWidget()
        self.setWidget(content)

        # -- when, how, who ------------------------------------------------------
        self.held_at = DateTimeField()
        self.held_at.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.held_at.setCalendarPopup(True)
        self.held_at.setAccessibleName(self.tr("Date and time"))
        self.held_at.setToolTip(self.tr("Defaults to now. ←/→ move between day, month, year "
                                        "and time; ↑/↓ or digits change them"))
        self.duration = QSpinBox()
        self.duration.setRange(0, 24 * 60)
        self.duration.setSingleStep(5)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setAccessibleName(self.tr("Duration"))
        self.mode = QComboBox()
        self.mode.setAccessibleName(self.tr("Mode"))
        for mode in Mode:
            self.mode.addItem(mode_name(mode), mode)
        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Template"))
        self.template.setToolTip(self.tr("Prefill the structure of a new record; what you "
                                         "typed stays (edit templates in Vault ▸ Settings)"))
        self.template.activated.connect(self._template_activated)
        self.template_label = QLabel(self.tr("Template:"))
        self.template_label.setBuddy(self.template)
        top = QHBoxLayout()
        for text, widget in ((self.tr("Date:"), self.held_at),
                             (self.tr("Duration:"), self.duration),
                             (self.tr("&Mode:"), self.mode)):
            label = QLabel(text)
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget)
            top.addSpacing(8)
        top.addStretch(1)
        top.addWidget(self.template_label)
        top.addWidget(self.template)

        self.key_clients = QListWidget()
        self.key_clients.setAccessibleName(self.tr("Who was present"))
        self.key_clients.setToolTip(self.tr(
            "Arrow keys to move, Space to tick. Each person says what they were on the "
            "session's day: key-client, candidate or not a key-client"))
        self.key_clients.setFlow(QListWidget.Flow.LeftToRight)
        self.key_clients.setWrapping(True)
        self.key_clients.setSpacing(2)
        # Ticks say who was there; a highlighted row would look like a choice too.
        self.key_clients.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.key_clients.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 22)
        self.key_clients.itemChanged.connect(lambda _item: self.changed.emit())
        self.no_candidates = QLabel(self.tr(
            "Nobody on this case's map yet: add the persons on the map first."))
        self.no_candidates.setWordWrap(True)
        self.others = QLineEdit()
        self.others.setAccessibleName(self.tr("Other participants"))
        self.others.setPlaceholderText(self.tr("e.g. interpreter, the father's brother"))

        # -- what happened, with sources; reflection apart ---------------------------
        self.facts = QPlainTextEdit()
        self.facts.setTabChangesFocus(True)
        self.facts.setAccessibleName(self.tr("What happened / facts"))
        self.facts.setPlaceholderText(self.tr(
            "What happened and what was said: facts only. Your own impressions go into "
            "the reflection below."))
        self.facts.setMinimumHeight(self.fontMetrics().lineSpacing() * 5 + 14)
        self.fact_rows_box = QVBoxLayout()
        self.fact_rows_box.setContentsMargins(0, 0, 0, 0)
        self.fact_rows: list[FactRow] = []
        self.add_fact = QPushButton(self.tr("Add a fact with its source"))
        self.add_fact.setToolTip(self.tr(
            "An important fact, and who reported it or that it was verified"))
        self.add_fact.clicked.connect(lambda: self._add_fact_row(focus=True))
        self.reflection = QPlainTextEdit()
        self.reflection.setObjectName("reflection")
        self.reflection.setTabChangesFocus(True)
        self.reflection.setAccessibleName(self.tr("Counsellor's reflection"))
        self.reflection.setPlaceholderText(self.tr(
            "Your impressions and hypotheses, kept apart from the facts."))
        self.reflection.setMinimumHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        theme.follow_palette(self.reflection, _reflection_style)

        # -- the key-client's state -----------------------------------------------------
        words = (self.tr("low"), self.tr("high"))
        self.stress = rating_combo(STATE_MIN, STATE_MAX, words)
        self.guilt = rating_combo(STATE_MIN, STATE_MAX, words)
        self.resilience = rating_combo(STATE_MIN, STATE_MAX, words)
        self.state_note = QLineEdit()
        self.state_note.setAccessibleName(self.tr("Note on the key-client's state"))
        self.state_note.setPlaceholderText(self.tr("How they were, in a few words"))
        state = QHBoxLayout()
        for text, combo in ((self.tr("Stress"), self.stress), (self.tr("Guilt"), self.guilt),
                            (self.tr("Resilience"), self.resilience)):
            combo.setAccessibleName(text)
            state.addWidget(QLabel(text + ":"))
            state.addWidget(combo)
            state.addSpacing(6)
        state.addWidget(self.state_note, 1)

        # -- grounding and tasks ------------------------------------------------------
        self.task_rows = {task: TaskRow(task) for task in Task}

        # -- measures of the intervention plan (model/plan.py) ---------------------------
        self.measures = QListWidget()
        self.measures.setAccessibleName(self.tr("Measures of the plan worked on"))
        self.measures.setToolTip(self.tr("Arrow keys to move, Space to tick the measures "
                                         "of the plan this session worked on"))
        self.measures.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.measures.itemChanged.connect(lambda _item: self.changed.emit())
        self.no_measures = QLabel(self.tr(
            "No measures in this case's plan yet (tab Goals and measures)."))
        self.no_measures.setWordWrap(True)

        # -- next steps ---------------------------------------------------------------
        self.next_steps = small_text(self.tr("What happens next, who does what"), 3)
        self.next_steps.setAccessibleName(self.tr("Next steps"))
        self.follow_up = QCheckBox(self.tr("Follow-up on:"))
        self.follow_up_on = DateField()
        self.follow_up_on.setDisplayFormat("dd.MM.yyyy")
        self.follow_up_on.setCalendarPopup(True)
        self.follow_up_on.setAccessibleName(self.tr("Follow-up date"))
        self.follow_up_on.setEnabled(False)
        self.follow_up.toggled.connect(self._follow_up_toggled)

        # -- layout (its order is the Tab order) ----------------------------------------
        col = QVBoxLayout(content)
        col.setContentsMargins(6, 4, 12, 8)
        col.addLayout(top)
        who = QGridLayout()
        who.addWidget(_heading(self.tr("Ke&y-clients and others present"), self.key_clients),
                      0, 0)
        who.addWidget(_heading(self.tr("Other participants"), self.others), 0, 1)
        who.addWidget(self.key_clients, 1, 0)
        who.addWidget(self.others, 1, 1, Qt.AlignmentFlag.AlignTop)
        who.addWidget(self.no_candidates, 2, 0)
        who.setColumnStretch(0, 3)
        who.setColumnStretch(1, 2)
        col.addLayout(who)
        col.addWidget(_heading(self.tr("&What happened / facts"), self.facts))
        col.addWidget(self.facts)
        col.addLayout(self.fact_rows_box)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_fact)
        add_row.addStretch(1)
        col.addLayout(add_row)
        col.addWidget(_heading(self.tr("Yo&ur reflection"), self.reflection))
        col.addWidget(self.reflection)
        col.addWidget(_heading(self.tr("The key-client's state")))
        col.addLayout(state)
        jump = {TaskGroup.GROUNDING: self.tr("Emotional &grounding"),
                TaskGroup.SUPPORT: self.tr("The si&x support tasks")}
        for group in TaskGroup:
            first = next(self.task_rows[t].addressed for t in Task if t.group is group)
            col.addWidget(_heading(jump[group], first))
            for task in Task:
                if task.group is group:
                    col.addWidget(self.task_rows[task])
        col.addWidget(_heading(self.tr("Measures of the plan worked on"), self.measures))
        col.addWidget(self.measures)
        col.addWidget(self.no_measures)
        col.addWidget(_heading(self.tr("Next steps"), self.next_steps))
        col.addWidget(self.next_steps)
        follow = QHBoxLayout()
        follow.addWidget(self.follow_up)
        follow.addWidget(self.follow_up_on)
        follow.addStretch(1)
        col.addLayout(follow)
        col.addStretch(1)

        for edit in (self.facts, self.reflection, self.next_steps):
            edit.textChanged.connect(self.changed)
        for edit in (self.others, self.state_note):
            edit.textEdited.connect(self.changed)
        for w in (self.mode, self.stress, self.guilt, self.resilience):
            w.currentIndexChanged.connect(self.changed)
        self.held_at.dateTimeChanged.connect(self.changed)
        self.held_at.dateChanged.connect(lambda _d: self.show_presence())
        self.duration.valueChanged.connect(self.changed)
        self.follow_up_on.dateChanged.connect(self.changed)
        for row in self.task_rows.values():
            row.changed.connect(self.changed)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self._fix_tab_order()

    # -- data in and out ----------------------------------------------------------

    _presence_of = None  # (person id, day) -> model.keyclients.PresentAs

    def set_presence(self, presence_of) -> None:
        """``presence_of(person_id, day)``: what each person was on a day; every
        person in the list is then labelled as key-client, candidate or other."""
        self._presence_of = presence_of
        self.show_presence()

    def presence(self, person_id: int):
        """What ``person_id`` was on the day of the record shown (None: not known)."""
        if self._presence_of is None:
            return None
        d = self.held_at.date()
        return self._presence_of(person_id, date(d.year(), d.month(), d.day()))

    def show_presence(self) -> None:
        """Label each person with what they were on the session's day."""
        self.key_clients.blockSignals(True)
        for i in range(self.key_clients.count()):
            item = self.key_clients.item(i)
            was = self.presence(item.data(PersonRole))
            base = item.data(LabelRole)
            item.setText(base if was is None else f"{base} · {presence_text(was)}")
            item.setToolTip("" if was is None or was.presence is not Presence.ENDED else
                            self.tr("Approach them again on the Key-clients tab (a status "
                                    "change with a reason) before recording task work "
                                    "for them."))
        self.key_clients.blockSignals(False)

    def set_candidates(self, persons: list[Person]) -> None:
        """The persons who can be ticked as present (``set_value`` ticks them)."""
        self.key_clients.blockSignals(True)
        self.key_clients.clear()
        for person in persons:
            item = QListWidgetItem(person_label(person))
            item.setData(PersonRole, person.id)
            item.setData(LabelRole, person_label(person))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.key_clients.addItem(item)
        self.key_clients.blockSignals(False)
        self.no_candidates.setVisible(self.key_clients.count() == 0)
        self.show_presence()
        if self.key_clients.count():
            self.key_clients.setCurrentRow(0)

    def set_measures(self, measures) -> None:
        """The plan's measures (model.plan.Measure) that can be ticked as worked on."""
        self.measures.blockSignals(True)
        self.measures.clear()
        for measure in measures:
            item = QListWidgetItem(measure.what)
            item.setData(MeasureRole, measure.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.measures.addItem(item)
        self.measures.blockSignals(False)
        shown = self.measures.count()
        self.measures.setVisible(bool(shown))
        self.no_measures.setVisible(not shown)
        self.measures.setFixedHeight(self.fontMetrics().lineSpacing() * min(max(shown, 1), 6)
                                     + 16)
        if shown:
            self.measures.setCurrentRow(0)

    def set_templates(self, templates: list[Template]) -> None:
        self._templates = list(templates)
        self.template.clear()
        self.template.addItem(self.tr("No template"))
        for t in self._templates:
            self.template.addItem(t.name)

    def free_texts(self) -> list[QPlainTextEdit]:
        """The fields written in sentences, where names turn up."""
        return [self.facts, self.reflection, *(r.done for r in self.task_rows.values()),
                self.next_steps]

    def mark_names(self, register) -> list[NameMarks]:
        """Underline, in every free-text field, the names ``register()`` knows
        (the one-line fields are QLineEdits, which cannot carry formats)."""
        self.name_marks = [mark_names(edit, register) for edit in self.free_texts()]
        return self.name_marks

    def set_overview(self, rows: list[TaskOverview]) -> None:
        by_task = {r.task: r for r in rows}
        for task, row in self.task_rows.items():
            row.show_current(by_task.get(task))

    def _ticked(self, box: QListWidget | None = None, role=PersonRole) -> list[int]:
        box = self.key_clients if box is None else box
        return [box.item(i).data(role) for i in range(box.count())
                if box.item(i).checkState() == Qt.CheckState.Checked]

    def value(self) -> SessionRecord:
        qdt = self.held_at.dateTime()
        held = datetime(qdt.date().year(), qdt.date().month(), qdt.date().day(),
                        qdt.time().hour(), qdt.time().minute())
        follow = None
        if self.follow_up.isChecked():
            d = self.follow_up_on.date()
            follow = date(d.year(), d.month(), d.day())
        return replace(
            self._base, held_at=held, duration_min=self.duration.value(),
            mode=self.mode.currentData(), key_clients=tuple(self._ticked()),
            others=self.others.text(), facts=self.facts.toPlainText(),
            sources=tuple(r.value() for r in self.fact_rows),
            reflection=self.reflection.toPlainText(), stress=rating_value(self.stress),
            guilt=rating_value(self.guilt), resilience=rating_value(self.resilience),
            state_note=self.state_note.text(), next_steps=self.next_steps.toPlainText(),
            follow_up_on=follow, measures=tuple(self._ticked(self.measures, MeasureRole)),
            tasks=tuple(e for e in (r.entry() for r in self.task_rows.values()) if e))

    def set_value(self, record: SessionRecord) -> None:
        self.blockSignals(True)
        try:
            self._base = record
            h = record.held_at
            self.held_at.setDateTime(QDateTime(QDate(h.year, h.month, h.day),
                                               QTime(h.hour, h.minute)))
            self.show_presence()  # dateChanged is blocked with the rest
            self.duration.setValue(record.duration_min)
            self.mode.setCurrentIndex(self.mode.findData(record.mode))
            for i in range(self.key_clients.count()):
                item = self.key_clients.item(i)
                item.setCheckState(Qt.CheckState.Checked
                                   if item.data(PersonRole) in record.key_clients
                                   else Qt.CheckState.Unchecked)
            self.others.setText(record.others)
            self.facts.setPlainText(record.facts)
            for row in list(self.fact_rows):
                self._remove_fact_row(row)
            for fact in record.sources:
                self._add_fact_row(fact)
            self.reflection.setPlainText(record.reflection)
            for combo, value in ((self.stress, record.stress), (self.guilt, record.guilt),
                                 (self.resilience, record.resilience)):
                set_rating(combo, value)
            self.state_note.setText(record.state_note)
            for task, row in self.task_rows.items():
                row.set_entry(record.entry(task))
            for i in range(self.measures.count()):
                item = self.measures.item(i)
                item.setCheckState(Qt.CheckState.Checked
                                   if item.data(MeasureRole) in record.measures
                                   else Qt.CheckState.Unchecked)
            self.next_steps.setPlainText(record.next_steps)
            self.follow_up.setChecked(record.follow_up_on is not None)
            f = record.follow_up_on or (h + timedelta(days=7)).date()
            self.follow_up_on.setDate(QDate(f.year, f.month, f.day))
            new = record.id is None
            self.template.setVisible(new)
            self.template_label.setVisible(new)
            self.template.setCurrentIndex(0)
        finally:
            self.blockSignals(False)
        self.verticalScrollBar().setValue(0)

    # -- helpers ----------------------------------------------------------------------

    def _add_fact_row(self, fact=None, focus: bool = False) -> FactRow:
        row = FactRow(fact)
        row.changed.connect(self.changed)
        row.remove_requested.connect(self._remove_fact_row)
        self.fact_rows.append(row)
        self.fact_rows_box.addWidget(row)
        row.show()  # at once: the next Tab must find its fields
        self._fix_tab_order()
        if focus:
            row.fact.setFocus()
            self.changed.emit()
        return row

    def tab_chain(self) -> list[QWidget]:
        """The form's fields in Tab order (top to bottom)."""
        chain = [self.held_at, self.duration, self.mode, self.template, self.key_clients,
                 self.others, self.facts]
        for row in self.fact_rows:
            chain += [row.fact, row.source, row.verified]
        chain += [self.add_fact, self.reflection, self.stress, self.guilt, self.resilience,
                  self.state_note]
        for row in self.task_rows.values():
            chain += [row.addressed, row.done, row.rating, row.status, row.setback,
                      row.next_step]
        return chain + [self.measures, self.next_steps, self.follow_up, self.follow_up_on]

    def _fix_tab_order(self) -> None:
        chain = self.tab_chain()
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)

    def _remove_fact_row(self, row: FactRow) -> None:
        self.fact_rows.remove(row)
        self.fact_rows_box.removeWidget(row)
        row.hide()
        row.deleteLater()
        self.changed.emit()

    def _follow_up_toggled(self, on: bool) -> None:
        self.follow_up_on.setEnabled(on)
        self.changed.emit()

    def _template_activated(self, index: int) -> None:
        if 1 <= index <= len(self._templates):
            self.template_chosen.emit(self._templates[index - 1])

    def _focus_changed(self, _old, new) -> None:
        if new is not None and self.widget() is not None and self.widget().isAncestorOf(new):
            self.ensureWidgetVisible(new, 20, 40)

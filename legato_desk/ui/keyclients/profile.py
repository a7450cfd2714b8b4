"""A key-client's profile: relation, contact, emotional grounding, notes, training.

The six support tasks are shown by the sessions feature: ``tasks_box`` is
the place for that overview (a placeholder label until it is wired).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from legato_desk.model.keyclients import (
    PROFILE_LIMITS,
    TRAINING_MAX,
    Candidate,
    Essential,
    Grounding,
    Training,
)
from legato_desk.model.session import TaskStatus
from legato_desk.model.task_state import STATUS_PROFILE
from legato_desk.ui.keyclients import labels
from legato_desk.ui.keyclients.autosave import Autosaver

TEXT_FIELDS = ("relation", "contact", "guilt", "responsibility", "resilience")


class ProfileForm(QWidget):
    grounding_chosen = Signal(object, object)      # Essential, Grounding
    training_added = Signal(str, object)           # module, date | None
    training_removed = Signal(int)                 # training id
    route_change_requested = Signal()              # the open door's crisis route
    reported = Signal(str)

    def __init__(self, save_text, parent=None):
        super().__init__(parent)
        self.relation = QLineEdit()
        self.relation.setAccessibleName(self.tr("Relation to the index client"))
        self.contact = QLineEdit()
        self.contact.setAccessibleName(self.tr("Contact details"))
        self.contact.setPlaceholderText(self.tr("optional: phone, how to reach them"))
        self.guilt, self.responsibility, self.resilience = (
            QPlainTextEdit(), QPlainTextEdit(), QPlainTextEdit())
        self.savers: dict[str, Autosaver] = {}
        for name in TEXT_FIELDS:
            editor = getattr(self, name)
            if isinstance(editor, QLineEdit):
                editor.setMaxLength(PROFILE_LIMITS[name])
            else:
                editor.setTabChangesFocus(True)
                editor.setMinimumHeight(44)
            saver = Autosaver(editor, lambda text, n=name: save_text(n, text), self)
            saver.reported.connect(self.reported)
            self.savers[name] = saver
        self.guilt.setPlaceholderText(self.tr("What they blame themselves for, and how "
                                              "it is being put in proportion."))
        self.responsibility.setPlaceholderText(self.tr(
            "What their part is, defined together."))
        self.resilience.setPlaceholderText(self.tr(
            "What helps them stay steady; what wears them down."))
        for editor, name in ((self.guilt, self.tr("Notes on guilt")),
                             (self.responsibility, self.tr("Notes on responsibility")),
                             (self.resilience, self.tr("Notes on resilience"))):
            editor.setAccessibleName(name)

        who = QFormLayout()
        relation_label = QLabel(self.tr("Re&lation to the index client:"))
        relation_label.setBuddy(self.relation)
        who.addRow(relation_label, self.relation)
        contact_label = QLabel(self.tr("C&ontact details:"))
        contact_label.setBuddy(self.contact)
        who.addRow(contact_label, self.contact)

        grounding = QGroupBox(self.tr("Emotional grounding (comes before any task)"))
        grid = QGridLayout(grounding)
        self.grounding: dict[Essential, QComboBox] = {}
        for row, e in enumerate(Essential):
            combo = QComboBox()
            for g in Grounding:
                combo.addItem(labels.grounding_name(g), g.value)
            combo.setAccessibleName(labels.essential_name(e))
            combo.activated.connect(lambda i, e=e, combo=combo: self.grounding_chosen.emit(
                e, Grounding(combo.itemData(i))))
            label = QLabel(labels.essential_name(e))
            label.setBuddy(combo)
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            self.grounding[e] = combo
        grid.setColumnStretch(0, 1)

        training = QGroupBox(self.tr("Training modules attended"))
        self.training = QListWidget()
        self.training.setAccessibleName(self.tr("Training modules attended"))
        self.training.setMinimumHeight(48)
        self.module = QLineEdit()
        self.module.setMaxLength(TRAINING_MAX)
        self.module.setAccessibleName(self.tr("Training module"))
        self.module.setPlaceholderText(self.tr("Module, e.g. “The key-client role”"))
        self.dated = QCheckBox(self.tr("Attended o&n"))
        self.dated.setChecked(True)
        self.attended_on = QDateEdit(QDate.currentDate())
        self.attended_on.setCalendarPopup(True)
        self.attended_on.setDisplayFormat("dd.MM.yyyy")
        self.attended_on.setAccessibleName(self.tr("Attended on"))
        self.dated.toggled.connect(self.attended_on.setEnabled)
        self.add_module = QPushButton(self.tr("Add mod&ule"))
        self.add_module.clicked.connect(self._add)
        self.module.returnPressed.connect(self._add)
        self.remove_module = QPushButton(self.tr("Remo&ve"))
        self.remove_module.clicked.connect(self._remove)
        add_row = QHBoxLayout()
        add_row.addWidget(self.module, 1)
        add_row.addWidget(self.add_module)
        date_row = QHBoxLayout()
        date_row.addWidget(self.dated)
        date_row.addWidget(self.attended_on)
        date_row.addStretch(1)
        date_row.addWidget(self.remove_module)
        box = QVBoxLayout(training)
        box.addWidget(self.training, 1)
        box.addLayout(add_row)
        box.addLayout(date_row)

        notes = QGroupBox(self.tr("Guilt, responsibility, resilience"))
        box = QVBoxLayout(notes)
        for editor, text in ((self.guilt, self.tr("&Guilt:")),
                             (self.responsibility, self.tr("Re&sponsibility:")),
                             (self.resilience, self.tr("Res&ilience:"))):
            label = QLabel(text)
            label.setBuddy(editor)
            box.addWidget(label)
            box.addWidget(editor)

        # The six-task overview is filled in by the sessions feature.
        self.tasks_box = QGroupBox(self.tr("The six support tasks"))
        self.tasks_layout = QVBoxLayout(self.tasks_box)
        self.tasks_placeholder = QLabel(self.tr(
            "The overview of the six tasks appears here once sessions with this "
            "key-client are recorded."))
        self.tasks_placeholder.setWordWrap(True)
        self.tasks_layout.addWidget(self.tasks_placeholder)

        # Ended, still reachable: the agreed crisis route (ui/keyclients/open_door.py).
        self.door_box = QGroupBox(self.tr("Ended, still reachable: the crisis route"))
        self.door_text = QLabel()
        self.door_text.setWordWrap(True)
        self.door_text.setTextFormat(Qt.TextFormat.PlainText)
        self.door_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.door_text.setAccessibleName(self.tr("Crisis route"))
        self.change_route = QPushButton(self.tr("Change the crisis route…"))
        self.change_route.clicked.connect(self.route_change_requested)
        box = QVBoxLayout(self.door_box)
        box.addWidget(self.door_text)
        box.addWidget(self.change_route, 0, Qt.AlignmentFlag.AlignRight)
        self.door_box.hide()

        left = QVBoxLayout()
        left.addWidget(self.door_box)
        left.addLayout(who)
        left.addWidget(grounding)
        left.addWidget(training, 1)
        right = QVBoxLayout()
        right.addWidget(notes, 1)
        right.addWidget(self.tasks_box)
        columns = QHBoxLayout(self)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

    def set_tasks_overview(self, widget: QWidget | None) -> None:
        """For the sessions feature: its six-task overview of the person shown (or none)."""
        for i in reversed(range(self.tasks_layout.count())):
            old = self.tasks_layout.itemAt(i).widget()
            if old is not None and old is not self.tasks_placeholder:
                self.tasks_layout.removeWidget(old)
                old.deleteLater()
        self.tasks_placeholder.setVisible(widget is None)
        if widget is not None:
            self.tasks_layout.addWidget(widget)

    def show_candidate(self, cand: Candidate, role: str, training: list[Training],
                       standing: dict | None = None) -> None:
        """``standing``: model.task_state.grounding_states of this key-client. An
        essential a session has recorded shows the latest session's state and
        cannot be chosen here (a new session record changes it), so the profile,
        the progress view and every export say the same."""
        for name in TEXT_FIELDS:
            self.savers[name].load(getattr(cand, name))
        self.relation.setPlaceholderText(role or self.tr("e.g. older sister"))
        for e, combo in self.grounding.items():
            row = (standing or {}).get(e)
            paused = combo.findData(TaskStatus.PAUSED.value)
            if paused >= 0:
                combo.removeItem(paused)
            if row is None or not row.sessions:
                combo.setEnabled(True)
                combo.setToolTip("")
                combo.setCurrentIndex(combo.findData(cand.grounding[e].value))
                continue
            level = STATUS_PROFILE.get(row.status)
            if level is None:  # paused in a session: no choice of the profile says so
                combo.addItem(self.tr("Paused"), TaskStatus.PAUSED.value)
                combo.setCurrentIndex(combo.count() - 1)
            else:
                combo.setCurrentIndex(combo.findData(level.value))
            combo.setEnabled(False)
            combo.setToolTip(self.tr(
                "As recorded in the session of {day}; a new session record changes it.").format(
                day=row.last_activity.strftime("%d.%m.%Y")))
        self.training.clear()
        for t in training:
            text = t.module if t.attended_on is None else self.tr("{day} · {module}").format(
                day=t.attended_on.strftime("%d.%m.%Y"), module=t.module)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            self.training.addItem(item)
        self.remove_module.setEnabled(bool(training))

    def show_open_door(self, door, ended_on: date | None) -> None:
        """The crisis route of the ending that left the door open, or nothing."""
        self.door_box.setVisible(door is not None)
        if door is None:
            self.door_text.clear()
            return
        lines = [self.tr("The work ended on {day}; the door stays open.").format(
            day=ended_on.strftime("%d.%m.%Y")) if ended_on else "", door.route]
        if door.contact_label:
            lines.append(self.tr("Contact: {name}").format(name=door.contact_label))
        self.door_text.setText("\n".join(line for line in lines if line))

    def _add(self) -> None:
        on = None
        if self.dated.isChecked():
            d = self.attended_on.date()
            on = date(d.year(), d.month(), d.day())
        self.training_added.emit(self.module.text(), on)

    def _remove(self) -> None:
        item = self.training.currentItem()
        if item is not None:
            self.training_removed.emit(item.data(Qt.ItemDataRole.UserRole))

    def flush(self) -> bool:
        return all([saver.flush() for saver in self.savers.values()])

    def forget(self) -> None:
        for saver in self.savers.values():
            saver.forget()

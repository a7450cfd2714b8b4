"""The repeating rows of the session editor: one per task, one per sourced fact."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from legato_desk.model.progress import TaskOverview
from legato_desk.model.session import (
    RATING_MAX, RATING_MIN, Fact, Task, TaskEntry, TaskStatus, status_when_addressed)
from legato_desk.ui.sessions.labels import status_name, task_hint, task_name


# PySide6 6.12 drops a reference to None each time a QVariant holding None is
# read back (currentData, itemData, item.data): enough reads crash the process
# ("deallocating None"). So no item ever holds None: 0 stands for "not rated".
NOT_RATED = 0


def rating_value(combo: QComboBox) -> int | None:
    return combo.currentData() or None


def set_rating(combo: QComboBox, value: int | None) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value or NOT_RATED)))


def rating_combo(low: int, high: int, words: tuple[str, str], parent=None) -> QComboBox:
    """"–" for not rated, then low..high; typing a digit picks it."""
    combo = QComboBox(parent)
    combo.addItem("–", NOT_RATED)
    for value in range(low, high + 1):
        text = str(value)
        if value == low:
            text += f" {words[0]}"
        elif value == high:
            text += f" {words[1]}"
        combo.addItem(text, value)
    return combo


def small_text(placeholder: str, lines: int = 2) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    height = edit.fontMetrics().lineSpacing() * lines + 14
    edit.setFixedHeight(height)
    return edit


class TaskRow(QFrame):
    """A task: ticked when addressed in this session, and only then expanded."""

    changed = Signal()

    def __init__(self, task: Task, parent=None):
        super().__init__(parent)
        self.task = task
        self.setObjectName("taskRow")
        self.addressed = QCheckBox(task_name(task))
        self.addressed.setToolTip(task_hint(task))
        self.current = QLabel()
        self.current.setObjectName("taskCurrent")
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.addressed)
        head.addStretch(1)
        head.addWidget(self.current)

        self.done = small_text(self.tr("What was done in this session"))
        self.done.setAccessibleName(self.tr("What was done: {task}").format(task=task_name(task)))
        self.rating = rating_combo(RATING_MIN, RATING_MAX,
                                   (self.tr("no movement"), self.tr("clear progress")))
        self.rating.setAccessibleName(self.tr("Progress rating"))
        self.rating.setToolTip(self.tr("Progress in this session; type a digit"))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for status in (TaskStatus.IN_PROGRESS, TaskStatus.ACHIEVED, TaskStatus.PAUSED):
            self.status.addItem(status_name(status, task), status)
        self.setback = QLineEdit()
        self.setback.setAccessibleName(self.tr("Setback"))
        self.setback.setPlaceholderText(self.tr(
            "Setbacks are normal: what did not work, plainly, without blame"))
        self.next_step = QLineEdit()
        self.next_step.setAccessibleName(self.tr("Next step"))
        self.next_step.setPlaceholderText(self.tr("Next step for this task"))

        self.body = QWidget()
        form = QFormLayout(self.body)
        form.setContentsMargins(24, 0, 0, 4)
        form.addRow(self.tr("Done:"), self.done)
        line = QHBoxLayout()
        line.addWidget(QLabel(self.tr("Progress:")))
        line.addWidget(self.rating)
        line.addSpacing(12)
        line.addWidget(QLabel(self.tr("Status:")))
        line.addWidget(self.status)
        line.addStretch(1)
        form.addRow(line)
        form.addRow(self.tr("Setback:"), self.setback)
        form.addRow(self.tr("Next step:"), self.next_step)
        self.body.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        layout.addLayout(head)
        layout.addWidget(self.body)

        self.addressed.toggled.connect(self._toggled)
        for edit in (self.done,):
            edit.textChanged.connect(self.changed)
        for edit in (self.setback, self.next_step):
            edit.textEdited.connect(self.changed)
        for combo in (self.rating, self.status):
            combo.currentIndexChanged.connect(self.changed)

    def _toggled(self, on: bool) -> None:
        """The counsellor ticked or unticked the row. Ticked, the status is the one
        the task stands at (a task never begun is in progress): ticking a task
        says it was addressed, not that its status changed."""
        if on:
            self.status.blockSignals(True)
            self.status.setCurrentIndex(self.status.findData(
                status_when_addressed(self._standing)))
            self.status.blockSignals(False)
        self.body.setVisible(on)
        self.changed.emit()

    _standing: TaskStatus = TaskStatus.NOT_STARTED

    def show_current(self, row: TaskOverview | None) -> None:
        """The task's standing before this session, as a hint on the right; a tick
        keeps it (``_toggled``). Nothing shown in the row changes here."""
        self._standing = TaskStatus.NOT_STARTED if row is None else row.status
        if row is None or row.status is TaskStatus.NOT_STARTED:
            self.current.setText(self.tr("not started"))
            return
        text = status_name(row.status, self.task)
        if row.last_activity is not None:
            text += self.tr(" · last {date}").format(date=row.last_activity.strftime("%d.%m.%Y"))
        self.current.setText(text)

    def entry(self) -> TaskEntry | None:
        if not self.addressed.isChecked():
            return None
        return TaskEntry(self.task, self.done.toPlainText(), rating_value(self.rating),
                         self.status.currentData(), self.setback.text(), self.next_step.text())

    def set_entry(self, entry: TaskEntry | None) -> None:
        for w in (self.addressed, self.done, self.rating, self.status, self.setback,
                  self.next_step):
            w.blockSignals(True)
        self.addressed.setChecked(entry is not None)
        self.body.setVisible(entry is not None)
        entry = entry or TaskEntry(self.task)
        self.done.setPlainText(entry.done)
        set_rating(self.rating, entry.rating)
        self.status.setCurrentIndex(max(0, self.status.findData(entry.status)))
        self.setback.setText(entry.setback)
        self.next_step.setText(entry.next_step)
        for w in (self.addressed, self.done, self.rating, self.status, self.setback,
                  self.next_step):
            w.blockSignals(False)


class FactRow(QWidget):
    """An important fact, who reported it, or that it was verified."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, fact: Fact | None = None, parent=None):
        super().__init__(parent)
        self.fact = QLineEdit()
        self.fact.setAccessibleName(self.tr("Important fact"))
        self.fact.setPlaceholderText(self.tr("Important fact"))
        self.source = QLineEdit()
        self.source.setAccessibleName(self.tr("Source of the fact"))
        self.source.setPlaceholderText(self.tr("Reported by …"))
        self.verified = QCheckBox(self.tr("Verified"))
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove this fact"))
        remove.setAccessibleName(self.tr("Remove this fact"))
        remove.setFocusPolicy(remove.focusPolicy().NoFocus)
        remove.clicked.connect(lambda: self.remove_requested.emit(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.fact, 3)
        layout.addWidget(self.source, 2)
        layout.addWidget(self.verified)
        layout.addWidget(remove)
        if fact is not None:
            self.fact.setText(fact.text)
            self.source.setText(fact.source)
            self.verified.setChecked(fact.verified)
        self.fact.textEdited.connect(self.changed)
        self.source.textEdited.connect(self.changed)
        self.verified.toggled.connect(self.changed)

    def value(self) -> Fact:
        return Fact(self.fact.text(), self.source.text(), self.verified.isChecked())

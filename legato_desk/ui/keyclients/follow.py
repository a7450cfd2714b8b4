"""Deciding on a candidate and following a key-client's status over time."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from legato_desk.model.keyclients import (
    REASON_MAX,
    Candidate,
    EndReason,
    Status,
    StatusEvent,
    next_statuses,
)
from legato_desk.ui.keyclients import labels

PROMPT_STYLE = "color: #a32020;"


def _day(d) -> str:
    return d.strftime("%d.%m.%Y")


class FollowPanel(QWidget):
    decide_requested = Signal(str)                   # rationale
    status_requested = Signal(object, object, str)   # Status, EndReason | None, note

    def __init__(self, parent=None):
        super().__init__(parent)
        # -- decision
        self.decision_state = QLabel()
        self.decision_state.setWordWrap(True)
        self.rationale = QPlainTextEdit()
        self.rationale.setAccessibleName(self.tr("Rationale for the decision"))
        self.rationale.setPlaceholderText(self.tr(
            "Why this person? For example: the index client still seeks her out; "
            "credible to him; we will work on her resilience."))
        self.rationale.setTabChangesFocus(True)
        self.rationale.setMaximumHeight(80)
        self.decide = QPushButton(self.tr("C&hoose as key-client"))
        self.decide.clicked.connect(
            lambda: self.decide_requested.emit(self.rationale.toPlainText()))
        self.decision_prompt = QLabel()
        self.decision_prompt.setWordWrap(True)
        self.decision_prompt.setStyleSheet(PROMPT_STYLE)
        self.decision_prompt.setAccessibleName(self.tr("Decision message"))
        decide_row = QHBoxLayout()
        decide_row.addWidget(self.decision_prompt, 1)
        decide_row.addWidget(self.decide)
        decision = QGroupBox(self.tr("Decision"))
        box = QVBoxLayout(decision)
        box.addWidget(self.decision_state)
        box.addWidget(self.rationale)
        box.addLayout(decide_row)

        # -- status
        self.current = QLabel()
        self.next_status = QComboBox()
        self.next_status.setAccessibleName(self.tr("New status"))
        self.next_status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.next_status.currentIndexChanged.connect(self._next_chosen)
        self.end_reason = QComboBox()
        self.end_reason.setAccessibleName(self.tr("Reason for ending"))
        self.end_reason.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.end_reason.addItem(self.tr("— choose why it ends —"), "")
        for reason in EndReason:
            self.end_reason.addItem(labels.end_reason_name(reason), reason.value)
        self.note = QLineEdit()
        self.note.setMaxLength(REASON_MAX)
        self.note.setAccessibleName(self.tr("Reason for the status change"))
        self.record = QPushButton(self.tr("&Record change"))
        self.record.clicked.connect(self._record)
        self.status_prompt = QLabel()
        self.status_prompt.setWordWrap(True)
        self.status_prompt.setStyleSheet(PROMPT_STYLE)
        self.status_prompt.setAccessibleName(self.tr("Status message"))
        change_row = QHBoxLayout()
        change_label = QLabel(self.tr("Change &to:"))
        change_label.setBuddy(self.next_status)
        change_row.addWidget(change_label)
        change_row.addWidget(self.next_status)
        change_row.addWidget(self.end_reason)
        change_row.addWidget(self.note, 1)
        change_row.addWidget(self.record)
        self.history = QTreeWidget()
        self.history.setAccessibleName(self.tr("Status history"))
        self.history.setHeaderLabels([self.tr("Date"), self.tr("Status"), self.tr("Reason")])
        self.history.setRootIsDecorated(False)
        self.history.setWordWrap(True)
        self.history.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.history.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.history.header().setStretchLastSection(True)
        status = QGroupBox(self.tr("Status over time"))
        box = QVBoxLayout(status)
        box.addWidget(self.current)
        box.addLayout(change_row)
        box.addWidget(self.status_prompt)
        box.addWidget(self.history, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(decision)
        layout.addWidget(status, 1)

    def show_candidate(self, cand: Candidate, events: list[StatusEvent]) -> None:
        self.decision_prompt.clear()
        self.status_prompt.clear()
        decided = cand.is_keyclient
        if decided:
            self.decision_state.setText(self.tr("Chosen as key-client on {day}.").format(
                day=_day(cand.decided_on)))
            self.rationale.setPlainText(cand.rationale)
        else:
            self.decision_state.setText(self.tr(
                "A candidate, not chosen yet. Compare the candidates first; when you "
                "choose, write down why."))
            if self.rationale.isReadOnly():
                self.rationale.clear()
        self.rationale.setReadOnly(decided)
        self.decide.setVisible(not decided)
        since = events[-1].on if events else cand.marked_on
        self.current.setText(self.tr("Now: <b>{status}</b> since {day}.").format(
            status=labels.status_name(cand.status), day=_day(since)))
        options = next_statuses(cand.status, decided=decided)
        self.next_status.blockSignals(True)
        self.next_status.clear()
        for s in options:
            self.next_status.addItem(labels.status_name(s), s.value)
        self.next_status.blockSignals(False)
        for w in (self.next_status, self.note, self.record):
            w.setEnabled(bool(options))
        self.note.clear()
        self.end_reason.setCurrentIndex(0)
        self._next_chosen()
        self._fill_history(cand, events)

    def _fill_history(self, cand: Candidate, events: list[StatusEvent]) -> None:
        self.history.clear()
        rows = [(cand.marked_on, labels.status_name(Status.CANDIDATE),
                 self.tr("Marked as a candidate"))]
        if cand.decided_on:
            rows.append((cand.decided_on, self.tr("Chosen as key-client"), cand.rationale))
        for e in events:
            reason = labels.end_reason_name(e.end_reason) if e.end_reason else ""
            if e.note:
                reason = f"{reason}: {e.note}" if reason else e.note
            rows.append((e.on, labels.status_name(e.status), reason))
        for day, status, reason in rows:
            item = QTreeWidgetItem([_day(day), status, reason])
            item.setToolTip(2, reason)
            self.history.addTopLevelItem(item)

    def _next_chosen(self, *_args) -> None:
        ending = self.next_status.currentData() == Status.ENDED.value
        self.end_reason.setVisible(ending)
        self.note.setPlaceholderText(
            self.tr("Anything to add about the ending") if ending
            else self.tr("Reason or note (optional)"))

    def _record(self) -> None:
        value = self.next_status.currentData()
        if not value:
            return
        status = Status(value)
        reason = self.end_reason.currentData() if status is Status.ENDED else ""
        self.status_requested.emit(status, EndReason(reason) if reason else None,
                                   self.note.text())

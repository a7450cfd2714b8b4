"""Deciding on a candidate and following a key-client's status over time."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
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
from legato_desk.ui import theme
from legato_desk.ui.keyclients import labels
from legato_desk.ui.keyclients.autosave import Autosaver
from legato_desk.ui.keyclients.open_door import CrisisRouteFields

def _day(d) -> str:
    return d.strftime("%d.%m.%Y")


class FollowPanel(QWidget):
    decide_requested = Signal(str)                   # rationale
    status_requested = Signal(object, object, str, object)  # Status, EndReason|None, note, date
    # Ending with the door open: EndReason|None, note, date, {route, contact_id}
    end_reachable_requested = Signal(object, str, object, object)

    def __init__(self, save_draft, parent=None):
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
        self.draft_saver = Autosaver(self.rationale, save_draft, self)
        self.decide = QPushButton(self.tr("C&hoose as key-client"))
        self.decide.clicked.connect(
            lambda: self.decide_requested.emit(self.rationale.toPlainText()))
        self.decision_prompt = QLabel()
        self.decision_prompt.setWordWrap(True)
        theme.set_text_colour(self.decision_prompt, theme.ERROR)
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
        self.on = QDateEdit()
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("dd.MM.yyyy")
        self.on.setAccessibleName(self.tr("Date of the status change"))
        self.record = QPushButton(self.tr("&Record"))
        self.record.clicked.connect(self._record)
        self.status_prompt = QLabel()
        self.status_prompt.setWordWrap(True)
        theme.set_text_colour(self.status_prompt, theme.ERROR)
        self.status_prompt.setAccessibleName(self.tr("Status message"))
        self.status_prompt.hide()
        change_row = QHBoxLayout()
        change_label = QLabel(self.tr("Change &to:"))
        change_label.setBuddy(self.next_status)
        change_row.addWidget(change_label)
        change_row.addWidget(self.next_status)
        on_label = QLabel(self.tr("o&n"))
        on_label.setBuddy(self.on)
        change_row.addWidget(on_label)
        change_row.addWidget(self.on)
        change_row.addWidget(self.end_reason)
        change_row.addStretch(1)
        change_row.addWidget(self.record)
        self.open_door = QCheckBox(self.tr("The door stays open: still rea&chable"))
        self.open_door.setToolTip(self.tr(
            "The work ends, but the key-client can turn to you in a crisis: record the "
            "agreed crisis route."))
        self.open_door.toggled.connect(self._next_chosen)
        self.route = CrisisRouteFields()
        self.change = QWidget()
        change_box = QVBoxLayout(self.change)
        change_box.setContentsMargins(0, 0, 0, 0)
        change_box.addLayout(change_row)
        change_box.addWidget(self.note)
        change_box.addWidget(self.open_door)
        change_box.addWidget(self.route)
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
        box.addWidget(self.change)
        box.addWidget(self.status_prompt)
        box.addWidget(self.history, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(decision)
        layout.addWidget(status, 1)

    def show_candidate(self, cand: Candidate, events: list[StatusEvent]) -> None:
        self.decision_prompt.clear()
        self.show_status_prompt("")
        decided = cand.is_keyclient
        if decided:
            self.decision_state.setText(self.tr("Chosen as key-client on {day}.").format(
                day=_day(cand.decided_on)))
            self.draft_saver.forget()
            self.draft_saver.load(cand.rationale)
        else:
            self.decision_state.setText(self.tr(
                "A candidate, not chosen yet. Compare the candidates first; when you "
                "choose, write down why."))
            if self.rationale.isReadOnly():
                self.draft_saver.forget()
            self.draft_saver.load(cand.draft)
        self.rationale.setReadOnly(decided)
        self.decide.setVisible(not decided)
        since = events[-1].on if events else cand.marked_on
        self.current.setText(self.tr("Now: <b>{status}</b> since {day}.").format(
            status=labels.status_name(cand.status), day=_day(since)))
        self._status = cand.status
        options = next_statuses(cand.status, decided=decided)
        self.next_status.blockSignals(True)
        self.next_status.clear()
        for s in options:
            self.next_status.addItem(labels.status_name(s), s.value)
        self.next_status.blockSignals(False)
        self.change.setVisible(bool(options))
        self.note.clear()
        today = QDate.currentDate()
        earliest = max([cand.marked_on, cand.decided_on or cand.marked_on,
                        *(e.on for e in events[-1:])])
        self.on.setDateRange(QDate(earliest.year, earliest.month, earliest.day), today)
        self.on.setDate(today)
        self.end_reason.setCurrentIndex(0)
        self.open_door.setChecked(False)
        self.route.route.clear()
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

    def show_status_prompt(self, text: str) -> None:
        self.status_prompt.setText(text)
        self.status_prompt.setVisible(bool(text))

    _status = Status.CANDIDATE

    def _next_chosen(self, *_args) -> None:
        ending = self.next_status.currentData() == Status.ENDED.value
        again = (self._status is Status.ENDED
                 and self.next_status.currentData() == Status.APPROACHED.value)
        self.end_reason.setVisible(ending)
        self.open_door.setVisible(ending)
        self.route.setVisible(ending and self.open_door.isChecked())
        if ending:
            self.note.setPlaceholderText(self.tr("Anything to add about the ending"))
        elif again:  # the work had ended: approaching again is a decision with a reason
            self.note.setPlaceholderText(self.tr(
                "Why approach them again? (needed: the work had ended)"))
        else:
            self.note.setPlaceholderText(self.tr("Reason or note (optional)"))

    def _record(self) -> None:
        value = self.next_status.currentData()
        if not value:
            return
        status = Status(value)
        reason = self.end_reason.currentData() if status is Status.ENDED else ""
        d = self.on.date()
        on = date(d.year(), d.month(), d.day())
        if status is Status.ENDED and self.open_door.isChecked():
            self.end_reachable_requested.emit(EndReason(reason) if reason else None,
                                              self.note.text(), on, self.route.values())
            return
        self.status_requested.emit(status, EndReason(reason) if reason else None,
                                   self.note.text(), on)

    def set_contacts(self, contacts: list[tuple[str, int]]) -> None:
        """The agency directory's contacts, (label, id), offered for the crisis route."""
        typed = self.route.route.toPlainText()
        chosen = self.route.contact.currentData()
        self.route.set_contacts(contacts)
        self.route.route.setPlainText(typed)
        self.route.contact.setCurrentIndex(max(0, self.route.contact.findData(chosen)))

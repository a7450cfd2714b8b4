"""Recording (or changing) one case conference: agenda, participants, roles,
measures and minutes, on four tabs. Stores through ``vault.conferences`` on
Save; a refusal keeps the dialog open with the reason, nothing stored."""

from __future__ import annotations

from datetime import date, datetime
from typing import Callable

from PySide6.QtCore import QCoreApplication, QDate, Qt, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from legato_desk.errors import ValidationError
from legato_desk.model.conference import (
    DUTIES, AgendaItem, Conference, Measure, Participant, RoleAssignment)
from legato_desk.ui import tab_bars
from legato_desk.ui.messages import error_text
from legato_desk.ui.widgets.error_line import error_line

_DUTY_NAMES = {
    "chairs": QT_TRANSLATE_NOOP("ConferenceDialog", "chairs"),
    "keeps the minutes": QT_TRANSLATE_NOOP("ConferenceDialog", "keeps the minutes"),
    "contact for the family": QT_TRANSLATE_NOOP("ConferenceDialog", "contact for the family"),
}


def duty_name(duty: str) -> str:
    return QCoreApplication.translate("ConferenceDialog", _DUTY_NAMES[duty]) \
        if duty in _DUTY_NAMES else duty


def _table(columns: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setAccessibleName(name)
    table.setTabKeyNavigation(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return table


class ConferenceDialog(QDialog):
    def __init__(self, vault, case_id: int, *, conference: Conference | None = None,
                 today: Callable[[], date] = date.today, parent=None):
        super().__init__(parent)
        self._vault, self._case_id, self._old = vault, case_id, conference
        self.conference: Conference | None = None
        self.people: list[Participant] = list(conference.participants) if conference else []
        self.roles: list[RoleAssignment] = list(conference.roles) if conference else []
        self.setWindowTitle(self.tr("Change the case conference") if conference
                            else self.tr("Record a case conference"))
        self.when = QDateEdit(QDate(conference.held_on if conference else today()))
        self.when.setDisplayFormat("dd.MM.yyyy")
        self.when.setCalendarPopup(True)
        self.when.setAccessibleName(self.tr("Held on"))
        self.anonymous = QCheckBox(self.tr(
            "&Anonymous: the case is brought in without identifying data (until a security "
            "risk is found); its PDF is always pseudonymised"))
        self.anonymous.setChecked(conference.anonymous if conference else True)
        self.tabs = QTabWidget()
        tab_bars.unclipped(self.tabs)
        self.tabs.addTab(self._agenda_tab(), self.tr("A&genda"))
        self.tabs.addTab(self._people_tab(), self.tr("Partic&ipants and roles"))
        self.tabs.addTab(self._measures_tab(), self.tr("Agreed &measures"))
        self.tabs.addTab(self._minutes_tab(), self.tr("Min&utes"))
        self.message = error_line()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        label = QLabel(self.tr("&When:"))
        label.setBuddy(self.when)
        form.addRow(label, self.when)
        form.addRow(self.anonymous)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumSize(680, 520)
        if conference is not None:
            for a in conference.agenda:
                self._add_topic_item(a.text, a.agreed)
            for m in conference.measures:
                self._add_measure_row(m.what, m.who,
                                      m.due_on.strftime("%d.%m.%Y") if m.due_on else "")
            self.minutes.setPlainText(conference.minutes)
            self.minutes_agreed.setChecked(conference.minutes_agreed)
        self._show_people()
        self.topic.setFocus()

    # -- agenda ----------------------------------------------------------------------

    def _agenda_tab(self) -> QWidget:
        self.agenda = QListWidget()
        self.agenda.setAccessibleName(self.tr("Agenda items (ticked: the client agreed)"))
        self.topic = QLineEdit()
        self.topic.setMaxLength(500)
        self.topic.setAccessibleName(self.tr("New agenda item"))
        self.topic.setPlaceholderText(self.tr("An agenda item, e.g. school attendance"))
        self.topic.returnPressed.connect(self.add_topic)
        add = QPushButton(self.tr("A&dd item"))
        add.clicked.connect(self.add_topic)
        remove = QPushButton(self.tr("&Remove item"))
        remove.clicked.connect(lambda: self.agenda.takeItem(self.agenda.currentRow()))
        hint = QLabel(self.tr(
            "Tick an item (Space) when the client agreed it may be discussed; only ticked "
            "items are printed. F2 changes the wording."))
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.topic, 1)
        row.addWidget(add)
        row.addWidget(remove)
        box = QWidget()
        column = QVBoxLayout(box)
        column.addWidget(hint)
        column.addLayout(row)
        column.addWidget(self.agenda, 1)
        return box

    def _add_topic_item(self, text: str, agreed: bool) -> None:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable
                      | Qt.ItemFlag.ItemIsEditable)
        item.setCheckState(Qt.CheckState.Checked if agreed else Qt.CheckState.Unchecked)
        self.agenda.addItem(item)

    def add_topic(self) -> None:
        if self.topic.text().strip():
            self._add_topic_item(self.topic.text().strip(), False)
            self.topic.clear()
            self.agenda.setCurrentRow(self.agenda.count() - 1)

    # -- participants and roles --------------------------------------------------------

    def _people_tab(self) -> QWidget:
        self.directory = QComboBox()
        self.directory.setAccessibleName(self.tr("Participant from the agency directory"))
        for contact in self._vault.directory.contacts():
            self.directory.addItem(contact.label(), (contact, False))
            if contact.deputy:
                self.directory.addItem(self.tr("{name}, deputy of {contact} ({agency})").format(
                    name=contact.deputy, contact=contact.name, agency=contact.agency_name),
                    (contact, True))
        self.role = QLineEdit()
        self.role.setMaxLength(200)
        self.role.setAccessibleName(self.tr("Role in the conference"))
        self.role.setPlaceholderText(self.tr("Role, e.g. mother, class teacher"))
        from_directory = QPushButton(self.tr("Add from director&y"))
        from_directory.setEnabled(self.directory.count() > 0)
        from_directory.clicked.connect(self.add_from_directory)
        by_role = QPushButton(self.tr("Add &by role only"))
        by_role.clicked.connect(self.add_by_role)
        self.people_table = _table([self.tr("Person"), self.tr("Institution"), self.tr("Role")],
                                   self.tr("Participants"))
        self.people_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        remove = QPushButton(self.tr("Remove &participant"))
        remove.clicked.connect(self.remove_participant)
        self.duty = QComboBox()
        self.duty.setEditable(True)
        self.duty.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.duty.setAccessibleName(self.tr("Role to give"))
        for duty in DUTIES:
            self.duty.addItem(duty_name(duty), duty)
        self.holder = QComboBox()
        self.holder.setAccessibleName(self.tr("Held by"))
        give = QPushButton(self.tr("&Give role"))
        give.clicked.connect(self.give_role)
        self.roles_table = _table([self.tr("Role"), self.tr("Held by")], self.tr("Roles"))
        self.roles_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        take = QPushButton(self.tr("Take ro&le back"))
        take.clicked.connect(self.take_role)
        top = QHBoxLayout()
        top.addWidget(self.directory, 1)
        top.addWidget(from_directory)
        free = QHBoxLayout()
        free.addWidget(self.role, 1)
        free.addWidget(by_role)
        free.addWidget(remove)
        duties = QHBoxLayout()
        duties.addWidget(self.duty, 1)
        duties.addWidget(self.holder, 1)
        duties.addWidget(give)
        duties.addWidget(take)
        box = QWidget()
        column = QVBoxLayout(box)
        column.addLayout(top)
        column.addLayout(free)
        column.addWidget(self.people_table, 2)
        column.addLayout(duties)
        column.addWidget(self.roles_table, 1)
        return box

    def _person(self, p: Participant) -> str:
        if not p.from_directory:
            return self.tr("(by role only)")
        return self.tr("{name} (deputy)").format(name=p.name) if p.deputy else p.name

    def _show_people(self) -> None:
        self.people_table.setRowCount(len(self.people))
        for row, p in enumerate(self.people):
            for col, value in enumerate((self._person(p), p.agency, p.role)):
                self.people_table.setItem(row, col, QTableWidgetItem(value))
        self.holder.clear()
        for i, p in enumerate(self.people):
            self.holder.addItem(self._label(p), i)
        self.roles_table.setRowCount(len(self.roles))
        for row, r in enumerate(self.roles):
            self.roles_table.setItem(row, 0, QTableWidgetItem(duty_name(r.duty)))
            self.roles_table.setItem(row, 1, QTableWidgetItem(self._label(self.people[r.holder])))

    def _label(self, p: Participant) -> str:
        if not p.from_directory:
            return p.role
        return " · ".join(filter(None, (self._person(p), p.role, p.agency)))

    def add_from_directory(self) -> None:
        data = self.directory.currentData()
        if data is None:
            return
        contact, deputy = data
        self.people.append(Participant(
            self.role.text().strip() or contact.role,
            contact.deputy if deputy else contact.name, contact.agency_name, contact.id,
            deputy))
        self.role.clear()
        self._show_people()

    def add_by_role(self) -> None:
        if not self.role.text().strip():
            self.message.setText(self.tr("Type the participant's role first."))
            self.role.setFocus()
            return
        self.people.append(Participant(self.role.text().strip()))
        self.role.clear()
        self.message.clear()
        self._show_people()

    def remove_participant(self) -> None:
        row = self.people_table.currentRow()
        if not 0 <= row < len(self.people):
            return
        del self.people[row]
        self.roles = [RoleAssignment(r.duty, r.holder - (r.holder > row))
                      for r in self.roles if r.holder != row]
        self._show_people()

    def give_role(self) -> None:
        text = self.duty.currentText().strip()
        index = self.duty.findText(text)
        duty = self.duty.itemData(index) if index >= 0 else text
        self.roles.append(RoleAssignment(duty, self.holder.currentData()))
        self._show_people()

    def take_role(self) -> None:
        row = self.roles_table.currentRow()
        if 0 <= row < len(self.roles):
            del self.roles[row]
            self._show_people()

    # -- measures and minutes ------------------------------------------------------------

    def _measures_tab(self) -> QWidget:
        self.measures = _table([self.tr("What"), self.tr("Who"),
                                self.tr("By when (dd.mm.yyyy)")], self.tr("Agreed measures"))
        add = QPushButton(self.tr("Add mea&sure"))
        add.clicked.connect(lambda: self._add_measure_row("", "", ""))
        remove = QPushButton(self.tr("Remove measure"))
        remove.clicked.connect(lambda: self.measures.removeRow(self.measures.currentRow()))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(add)
        row.addWidget(remove)
        box = QWidget()
        column = QVBoxLayout(box)
        column.addWidget(self.measures, 1)
        column.addLayout(row)
        return box

    def _add_measure_row(self, what: str, who: str, due: str) -> None:
        row = self.measures.rowCount()
        self.measures.insertRow(row)
        for col, value in enumerate((what, who, due)):
            self.measures.setItem(row, col, QTableWidgetItem(value))
        self.measures.setCurrentCell(row, 0)

    def _minutes_tab(self) -> QWidget:
        self.minutes = QPlainTextEdit()
        self.minutes.setTabChangesFocus(True)
        self.minutes.setAccessibleName(self.tr("Minutes"))
        self.minutes.setPlaceholderText(self.tr("The minutes, in the client's words where "
                                                "agreed"))
        self.minutes_agreed = QCheckBox(self.tr(
            "The client agreed to this w&ording (only then the minutes are printed)"))
        box = QWidget()
        column = QVBoxLayout(box)
        column.addWidget(self.minutes, 1)
        column.addWidget(self.minutes_agreed)
        return box

    # -- saving --------------------------------------------------------------------------

    def _measure_values(self) -> list[Measure]:
        out = []
        for row in range(self.measures.rowCount()):
            what, who, due = (self.measures.item(row, c).text().strip()
                              if self.measures.item(row, c) else "" for c in range(3))
            if not (what or who or due):
                continue  # an empty row added and left
            try:
                day = datetime.strptime(due, "%d.%m.%Y").date() if due else None
            except ValueError:
                raise ValidationError(
                    "By when: write a date as dd.mm.yyyy, or leave it empty.") from None
            out.append(Measure(what, who, day))
        return out

    def values(self) -> dict:
        return dict(
            held_on=self.when.date().toPython(), anonymous=self.anonymous.isChecked(),
            agenda=[AgendaItem(self.agenda.item(i).text(),
                               self.agenda.item(i).checkState() == Qt.CheckState.Checked)
                    for i in range(self.agenda.count())],
            participants=list(self.people), roles=list(self.roles),
            measures=self._measure_values(), minutes=self.minutes.toPlainText(),
            minutes_agreed=self.minutes_agreed.isChecked())

    def accept(self) -> None:
        try:
            values = self.values()
            if self._old is None:
                self.conference = self._vault.conferences.add(self._case_id, **values)
            else:
                self.conference = self._vault.conferences.update(self._old.id, **values)
        except Exception as exc:
            self.message.setText(error_text(exc))
            return
        super().accept()

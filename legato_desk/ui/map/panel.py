"""Side panels: the details of one person, or of one tie.

Every field saves when it is done with (Return or leaving a text field,
choosing in a combo, ticking a box) as one undoable command; the note also
saves after a pause in typing. ``flush`` saves what is still being typed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
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

from legato_desk.model.map import (
    LIMITS,
    Direction,
    Marker,
    Person,
    PersonKind,
    Relation,
    RelationKind,
    Ring,
    Sector,
    Strength,
    TieStatus,
    alias_list,
)
from legato_desk.ui.map import style

NOTE_SAVE_MS = 1500


def _combo(values, namer, accessible: str) -> QComboBox:
    combo = QComboBox()
    for value in values:
        combo.addItem(namer(value), value)
    combo.setAccessibleName(accessible)
    return combo


class _NoteEdit(QPlainTextEdit):
    left = Signal()

    def focusOutEvent(self, event) -> None:
        self.left.emit()
        super().focusOutEvent(event)


class _Panel(QWidget):
    edited = Signal(dict)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._loading = False
        self.item = None
        self.note = _NoteEdit()
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("A free note. Saved as you type."))
        self._timer = QTimer(self, singleShot=True, interval=NOTE_SAVE_MS)
        self._timer.timeout.connect(self.flush)
        self.note.textChanged.connect(lambda: self._loading or self._timer.start())
        self.note.left.connect(self.flush)

    def commit(self, name: str, value) -> None:
        if not self._loading and self.item is not None and getattr(self.item, name) != value:
            self.edited.emit({name: value})

    def flush(self) -> None:
        self._timer.stop()
        self.commit("note", self.note.toPlainText())

    def _set_note(self, text: str) -> None:
        if self.note.toPlainText() != text and not self._timer.isActive():
            self.note.setPlainText(text)


class PersonPanel(_Panel):
    tie_chosen = Signal(int)
    connect_to = Signal(int)
    delete_requested = Signal()
    action_requested = Signal(int)  # index of an extra person action
    place_requested = Signal(object, object)  # Sector, Ring

    def __init__(self, parent=None):
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setMaxLength(LIMITS["name"])
        self.name.setAccessibleName(self.tr("Display name"))
        self.name.setPlaceholderText(self.tr("e.g. Mother, Mr B."))
        self.name.editingFinished.connect(lambda: self.commit("name", self.name.text().strip()))
        # Other names exist to find a person in free text: a pseudonymised export
        # replaces each of them by the person's code; nothing prints them.
        self.aliases = QLineEdit()
        self.aliases.setMaxLength(LIMITS["aliases"])
        self.aliases.setAccessibleName(self.tr("Other names"))
        self.aliases.setPlaceholderText(self.tr("e.g. nickname, surname, a spelling"))
        self.aliases.setToolTip(self.tr(
            "Other ways this person is written in notes, separated by commas. A "
            "pseudonymised export replaces each by the person's code; no export prints them."))
        self.aliases.editingFinished.connect(self._aliases_done)
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.addItems(["", *style.role_catalogue()])
        self.role.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.role.lineEdit().setMaxLength(LIMITS["role"])
        self.role.setAccessibleName(self.tr("Role"))
        self.role.activated.connect(lambda _: self.commit("role", self.role.currentText().strip()))
        self.role.lineEdit().editingFinished.connect(
            lambda: self.commit("role", self.role.currentText().strip()))
        self.kind = _combo(PersonKind, style.kind_name, self.tr("Kind"))
        self.kind.activated.connect(lambda _: self.commit("kind", self.kind.currentData()))
        self.age = QSpinBox()
        self.age.setRange(-1, 120)
        self.age.setSpecialValueText(self.tr("unknown"))
        self.age.setAccessibleName(self.tr("Age"))
        self.age.editingFinished.connect(self._age_done)
        self.gender = QComboBox()
        self.gender.setEditable(True)
        self.gender.addItems(["", self.tr("female"), self.tr("male"), self.tr("diverse")])
        self.gender.lineEdit().setMaxLength(LIMITS["gender"])
        self.gender.setAccessibleName(self.tr("Gender"))
        self.gender.activated.connect(lambda _: self.commit("gender", self.gender.currentText()))
        self.gender.lineEdit().editingFinished.connect(
            lambda: self.commit("gender", self.gender.currentText()))
        self.deceased = QCheckBox(self.tr("Deceased"))
        self.deceased.toggled.connect(lambda on: self.commit("deceased", on))
        self.marker = _combo(Marker, style.marker_name, self.tr("Marker"))
        self.marker.activated.connect(lambda _: self.commit("marker", self.marker.currentData()))
        self.source = QLineEdit()
        self.source.setMaxLength(LIMITS["source"])
        self.source.setAccessibleName(self.tr("Source of the information"))
        self.source.setPlaceholderText(self.tr("e.g. reported by the mother"))
        self.source.editingFinished.connect(
            lambda: self.commit("source", self.source.text().strip()))
        self.verified = QCheckBox(self.tr("Verified"))
        self.verified.toggled.connect(lambda on: self.commit("verified", on))
        # Where the person is: the keyboard's way to move between sectors and rings.
        self.sector = _combo(Sector, style.sector_name, self.tr("Sector"))
        self.sector.activated.connect(lambda _: self._place_chosen())
        self.ring = _combo(Ring, style.ring_name, self.tr("Closeness"))
        self.ring.activated.connect(lambda _: self._place_chosen())
        self.ties = QListWidget()
        self.ties.setAccessibleName(self.tr("Ties of this person"))
        self.ties.setMaximumHeight(96)
        self.ties.itemActivated.connect(lambda it: self.tie_chosen.emit(it.data(Qt.ItemDataRole.UserRole)))
        self.partner = QComboBox()
        self.partner.setAccessibleName(self.tr("Person to connect with"))
        connect = QPushButton(self.tr("Connect"))
        connect.clicked.connect(lambda: self.partner.count()
                                and self.connect_to.emit(self.partner.currentData()))
        self.connect_button = connect
        self.delete = QPushButton(self.tr("Delete person"))
        self.delete.clicked.connect(self.delete_requested)
        self.extra = QVBoxLayout()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, widget in ((self.tr("Na&me:"), self.name),
                             (self.tr("Other names:"), self.aliases),
                             (self.tr("Role:"), self.role),
                             (self.tr("Kind:"), self.kind), (self.tr("A&ge:"), self.age),
                             (self.tr("Gender:"), self.gender), ("", self.deceased),
                             (self.tr("Marker:"), self.marker),
                             (self.tr("Source:"), self.source), ("", self.verified),
                             (self.tr("Sector:"), self.sector),
                             (self.tr("Closeness:"), self.ring)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        connect_row = QHBoxLayout()
        connect_row.addWidget(self.partner, 1)
        connect_row.addWidget(connect)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        note_label = QLabel(self.tr("Note:"))
        note_label.setBuddy(self.note)
        layout.addWidget(note_label)
        layout.addWidget(self.note, 1)
        ties_label = QLabel(self.tr("Ties:"))
        ties_label.setBuddy(self.ties)
        layout.addWidget(ties_label)
        layout.addWidget(self.ties)
        layout.addLayout(connect_row)
        layout.addLayout(self.extra)
        layout.addWidget(self.delete)

    def add_action_button(self, index: int, text: str) -> None:
        button = QPushButton(text)
        button.clicked.connect(lambda: self.item and self.action_requested.emit(index))
        self.extra.addWidget(button)

    def _place_chosen(self) -> None:
        if not self._loading and self.item is not None and (
                self.sector.currentData(), self.ring.currentData()) != (
                self.item.sector, self.item.ring):
            self.place_requested.emit(self.sector.currentData(), self.ring.currentData())

    def _aliases_done(self) -> None:
        """Store the other names as the vault keeps them, and show them so."""
        text = ", ".join(alias_list(self.aliases.text()))
        if not self._loading and self.aliases.text() != text:
            self.aliases.setText(text)
        self.commit("aliases", text)

    def _age_done(self) -> None:
        self.commit("age", None if self.age.value() < 0 else self.age.value())

    def show_person(self, person: Person, title: str, ties: list[tuple[int, str]],
                    partners: list[tuple[int, str]], editable: bool) -> None:
        same = self.item is not None and self.item.id == person.id
        if not same:
            self.flush()
        self._loading = True
        self.item = person
        self.heading.setText(f"<b>{_escape(title)}</b>")
        if not self.name.hasFocus() or not same:
            # The index client is shown by the case pseudonym (Case ▸ Rename); the
            # name field holds their real name, which only pseudonymisation reads.
            self.name.setText(person.name)
        self.name.setPlaceholderText(
            self.tr("Real name (never shown or exported)") if person.is_index
            else self.tr("e.g. Mother, Mr B."))
        self.name.setAccessibleName(self.tr("Real name of the index client") if person.is_index
                                    else self.tr("Display name"))
        if not self.aliases.hasFocus() or not same:
            self.aliases.setText(person.aliases)
        self.role.setCurrentText(person.role)
        self.kind.setCurrentIndex(self.kind.findData(person.kind))
        self.age.setValue(-1 if person.age is None else person.age)
        self.gender.setCurrentText(person.gender)
        self.deceased.setChecked(person.deceased)
        self.marker.setCurrentIndex(self.marker.findData(person.marker))
        if not self.source.hasFocus() or not same:
            self.source.setText(person.source)
        self.verified.setChecked(person.verified)
        if not same:
            self._timer.stop()
            self.note.setPlainText(person.note)
        else:
            self._set_note(person.note)
        self.sector.setCurrentIndex(self.sector.findData(person.sector))
        self.ring.setCurrentIndex(self.ring.findData(person.ring))
        self.ties.clear()
        for rid, text in ties:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, rid)
            self.ties.addItem(item)
        self.partner.clear()
        for pid, text in partners:
            self.partner.addItem(text, pid)
        for widget in (self.role, self.kind, self.deceased, self.sector, self.ring):
            widget.setEnabled(editable and not person.is_index)
        for widget in (self.name, self.aliases, self.age, self.gender, self.marker, self.source,
                       self.verified,
                       self.partner, self.connect_button):
            widget.setEnabled(editable)
        self.note.setReadOnly(not editable)
        self.delete.setVisible(editable and not person.is_index)
        self._loading = False
        self.fit_scroll_area()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit_scroll_area()

    def fit_scroll_area(self) -> None:
        """Keep the scroll area around the panel at least as wide as its fields: in
        the default window they were cut, with a horizontal scroll bar (issue 16.9).
        Measured once shown: the style and the font widen the fields."""
        viewport = self.parentWidget()
        area = viewport.parentWidget() if viewport is not None else None
        if isinstance(area, QScrollArea):
            area.setMinimumWidth(self.minimumSizeHint().width() + 2 * area.frameWidth()
                                 + area.verticalScrollBar().sizeHint().width())

    def flush(self) -> None:
        if self.item is not None and self.isEnabled():
            for widget, name in ((self.name, "name"), (self.source, "source")):
                if widget.hasFocus():
                    self.commit(name, widget.text().strip())
            if self.aliases.hasFocus():
                self.commit("aliases", ", ".join(alias_list(self.aliases.text())))
        super().flush()


class TiePanel(_Panel):
    delete_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.kind = _combo(RelationKind, style.relation_kind_name, self.tr("Kind of tie"))
        self.kind.activated.connect(lambda _: self.commit("kind", self.kind.currentData()))
        self.strength = _combo(Strength, style.strength_name, self.tr("Strength"))
        self.strength.activated.connect(
            lambda _: self.commit("strength", self.strength.currentData()))
        self.conflict = QCheckBox(self.tr("Conflict"))
        self.conflict.toggled.connect(lambda on: self.commit("conflict", on))
        self.status = _combo(TieStatus, style.status_name, self.tr("Status"))
        self.status.activated.connect(lambda _: self.commit("status", self.status.currentData()))
        self.direction = QComboBox()
        self.direction.setAccessibleName(self.tr("Direction of support or influence"))
        self.direction.activated.connect(
            lambda _: self.commit("direction", self.direction.currentData()))
        self.delete = QPushButton(self.tr("Delete tie"))
        self.delete.clicked.connect(self.delete_requested)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, widget in ((self.tr("Kind:"), self.kind),
                             (self.tr("Stren&gth:"), self.strength), ("", self.conflict),
                             (self.tr("Status:"), self.status),
                             (self.tr("Direction:"), self.direction)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        note_label = QLabel(self.tr("Note:"))
        note_label.setBuddy(self.note)
        layout.addWidget(note_label)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.delete)

    def show_tie(self, relation: Relation, a: str, b: str, editable: bool) -> None:
        if self.item is not None and self.item.id != relation.id:
            self.flush()
            self._timer.stop()
            self.note.setPlainText(relation.note)
        elif self.item is None:
            self.note.setPlainText(relation.note)
        self._loading = True
        self.item = relation
        self.heading.setText(self.tr("<b>Tie {a} – {b}</b>").format(a=_escape(a), b=_escape(b)))
        self.kind.setCurrentIndex(self.kind.findData(relation.kind))
        self.strength.setCurrentIndex(self.strength.findData(relation.strength))
        self.conflict.setChecked(relation.conflict)
        self.status.setCurrentIndex(self.status.findData(relation.status))
        self.direction.clear()
        for d in Direction:
            self.direction.addItem(style.direction_name(d, a, b), d)
        self.direction.setCurrentIndex(self.direction.findData(relation.direction))
        self._set_note(relation.note)
        for widget in (self.kind, self.strength, self.conflict, self.status, self.direction):
            widget.setEnabled(editable)
        self.note.setReadOnly(not editable)
        self.delete.setVisible(editable)
        self._loading = False


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

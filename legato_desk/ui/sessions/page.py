"""The Sessions tab: the case's session records on the left, the editor on the right.

Nothing typed is lost: every few seconds (and on lock/close via ``flush``)
the form is kept as a draft inside the vault; leaving a record saves it;
after a crash the draft is offered back. A signed-off record is shown as a
document and only takes dated addenda.
"""

from __future__ import annotations

from datetime import datetime
from typing import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from legato_desk.errors import KnownError
from legato_desk.model import templates as tpl
from legato_desk.model.keyclients import check_task_work
from legato_desk.model.map import Person
from legato_desk.model.session import SessionRecord, is_empty, record_to_json
from legato_desk.ui.messages import error_text
from legato_desk.ui.sessions.editor import SessionEditor, person_label, presence_text
from legato_desk.ui.sessions.panels import DraftBanner, SessionList, SignedRecordPanel
from legato_desk.ui.sessions.view import record_html
from legato_desk.ui.sessions.labels import template_text as tpl_translate
from legato_desk.ui.widgets.name_marks import CaseRegister, mark_names

AUTOSAVE_MS = 3000
CandidatesProvider = Callable[[int], list[Person]]

SHORTCUTS = {"new": "Ctrl+Shift+N", "save": "Ctrl+S", "sign": "Ctrl+Shift+S",
             "addendum": "Ctrl+Shift+A"}


def map_persons(vault) -> CandidatesProvider:
    """Everyone on the case's map except the index client."""
    return lambda case_id: [p for p in vault.maps.persons(case_id) if not p.is_index]


def _now() -> datetime:
    return datetime.now().replace(second=0, microsecond=0)


class SessionsPage(QWidget):
    records_changed = Signal(int)  # case id: a record was saved, signed or amended
    draft_offered = Signal()       # a draft kept from before waits in the banner

    def __init__(self, vault, candidates_provider: CandidatesProvider | None = None,
                 parent=None):
        super().__init__(parent)
        self.vault = vault
        self.candidates = candidates_provider or map_persons(vault)
        self.case_id: int | None = None
        self._baseline: str | None = None   # the form as stored; None = never stored
        self._drafted: str | None = None    # the form as last kept as a draft
        self._offered = None                # the draft shown in the banner
        self._overview = None               # task overview of the case, until a change
        self.records_changed.connect(lambda _cid: setattr(self, "_overview", None))

        self.banner = DraftBanner()
        self.restore_button = self.banner.restore_button
        self.restore_button.clicked.connect(self.restore_offered)
        self.banner.discard_button.clicked.connect(self.discard_offered)

        # left: the records
        self.new_button = QPushButton(self.tr("New session"))
        self.new_button.setToolTip(self.tr("New session record ({keys})").format(
            keys=SHORTCUTS["new"]))
        self.new_button.clicked.connect(self.new_session)
        self.list = SessionList()
        self.list.open_requested.connect(self.open_session)
        self.list.delete_requested.connect(self.delete_session)
        left = QWidget()
        lcol = QVBoxLayout(left)
        lcol.setContentsMargins(0, 0, 0, 0)
        lcol.addWidget(self.new_button)
        lcol.addWidget(self.list, 1)

        # right: editor or signed record
        self.editor = SessionEditor()
        self.editor.changed.connect(self._edited)
        self.editor.template_chosen.connect(self._apply_template)
        signed = SignedRecordPanel(SHORTCUTS["addendum"])
        self.view, self.addendum = signed.view, signed.addendum
        signed.add_button.clicked.connect(self.add_addendum)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.editor)
        self.stack.addWidget(signed)
        # The case's names, underlined as they are typed (what an export replaces).
        self.names = CaseRegister(vault, self)
        self.editor.mark_names(self.names)
        self.addendum_marks = mark_names(self.addendum, self.names)
        self.records_changed.connect(lambda _cid: self.names.stale())  # participants

        self.state = QLabel()
        self.state.setAccessibleName(self.tr("Save state"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the record ({keys}); it stays editable "
                                            "until you sign it off").format(keys=SHORTCUTS["save"]))
        self.save_button.clicked.connect(self.save)
        self.sign_button = QPushButton(self.tr("Sign off…"))
        self.sign_button.setToolTip(self.tr("Lock the record for good ({keys}); later "
                                            "changes become dated addenda").format(
                                                keys=SHORTCUTS["sign"]))
        self.sign_button.clicked.connect(self.sign_off)
        bar = QHBoxLayout()
        bar.addWidget(self.state, 1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.sign_button)
        right = QWidget()
        rcol = QVBoxLayout(right)
        rcol.setContentsMargins(0, 0, 0, 0)
        rcol.addWidget(self.stack, 1)
        rcol.addLayout(bar)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        char = self.fontMetrics().averageCharWidth()  # sizes in characters: a larger
        split.setSizes([n * char for n in [30, 108]])  # font gets wider columns
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)

        self._timer = QTimer(self, interval=AUTOSAVE_MS)
        self._timer.timeout.connect(self.keep_draft)
        for key, slot in (("save", self.save), ("sign", self.sign_off),
                          ("addendum", self._addendum_key)):
            QShortcut(QKeySequence(SHORTCUTS[key]), self, slot,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- the case ---------------------------------------------------------------

    def show_case(self, case) -> None:
        case_id = case.id
        if case_id == self.case_id:
            self.refresh_list()
            self.names.stale()
            return
        self.leave()
        self.case_id = case_id
        self._overview = None
        self.names.set_case(case_id)
        stored = self.vault.settings.get(tpl.TEMPLATES_KEY)
        self.editor.set_templates(tpl.load(stored, tpl_translate))
        self.refresh_list()
        self._start(self._blank())
        self._offer_draft()

    def clear(self) -> None:
        """Forget everything shown (before locking); ``flush`` has run before."""
        self._timer.stop()
        self.case_id = None
        self.names.set_case(None)
        self.list.clear()
        self.view.clear()
        self.addendum.clear()
        self.banner.hide()
        self._offered = None
        self.editor.set_candidates([])
        self.editor.set_value(SessionRecord(case_id=0, held_at=_now()))
        self._baseline = self._drafted = record_to_json(self.editor.value())
        self.state.clear()

    def refresh_list(self) -> None:
        current = self.editor.value().id if self.stack.currentIndex() == 0 else self._shown_id
        self.list.fill(self.vault.sessions.list(self.case_id), current)

    # -- opening records ------------------------------------------------------------

    def new_session(self) -> None:
        if self.case_id is None or not self.leave():
            return
        self.list.clearSelection()
        self._start(self._blank())
        self.editor.held_at.setFocus()

    def open_session(self, session_id: int) -> None:
        if self.stack.currentIndex() == 0 and self.editor.value().id == session_id:
            return
        if not self.leave():
            self.refresh_list()  # the list keeps showing the record being edited
            return
        try:
            record = self.vault.sessions.get(session_id)
        except Exception as exc:
            self.state.setText(error_text(exc))
            self.refresh_list()
            return
        self._start(record)
        self.refresh_list()

    def delete_session(self, session_id: int) -> None:
        """Remove a record that is not signed off (e.g. typed for the wrong case)."""
        answer = QMessageBox.question(
            self, self.tr("Delete record"),
            self.tr("Delete this session record for good? Only records that are not "
                    "signed off can be deleted."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.vault.sessions.delete(session_id)
        except Exception as exc:
            self.state.setText(error_text(exc))
            return
        if self._shown_id == session_id:
            self._start(self._blank())
        self.refresh_list()
        self.records_changed.emit(self.case_id)

    def _blank(self) -> SessionRecord:
        return SessionRecord(case_id=self.case_id, held_at=_now())

    _shown_id: int | None = None
    _draft_id: int | None = None

    def _start(self, record: SessionRecord) -> None:
        """Show ``record``: the editor for an unsigned one, the document for a signed one."""
        self._timer.stop()
        self._shown_id = record.id
        self._draft_id = None  # this editing's own draft, once one is kept
        if record.signed:
            self.view.setHtml(record_html(record, self._present_text(record),
                                          self.vault.plan.session_work(record.id)))
            self.addendum.clear()
            self.stack.setCurrentIndex(1)
            self.save_button.setEnabled(False)
            self.sign_button.setEnabled(False)
            self.state.setText(self.tr("Signed off: changes are added as dated addenda."))
            return
        self.stack.setCurrentIndex(0)
        self.save_button.setEnabled(True)
        self.sign_button.setEnabled(True)
        persons = self.candidates(self.case_id)
        known = {person.id for person in persons}
        # Whoever was present stays tickable, even if no longer a candidate.
        for pid in record.key_clients:
            if pid not in known:
                try:
                    persons.append(self.vault.maps.person(pid))
                except KnownError:  # left the map since (e.g. an old draft): not offered
                    pass
        self.editor.set_candidates(persons)
        self.editor.set_measures(self.vault.plan.measures(self.case_id))
        self.editor.set_presence(self.vault.keyclients.present_as(self.case_id))
        if self._overview is None:  # each task's standing, as hints beside the rows
            self._overview = self.vault.sessions.task_standing(self.case_id)
        self.editor.set_overview(self._overview)
        self.editor.set_value(record)
        self._baseline = self._drafted = record_to_json(self.editor.value())
        self.state.setText((self.tr("New record, not saved yet.") if record.id is None
                            else self.tr("Saved, not signed off yet.")) + "  " + self.tr(
            "{save} saves, {sign} signs off.").format(save=SHORTCUTS["save"],
                                                       sign=SHORTCUTS["sign"]))

    def showEvent(self, event) -> None:
        """Back from the Key-clients tab: a status changed there shows here at once."""
        super().showEvent(event)
        if self.case_id is not None and self.stack.currentIndex() == 0:
            self.editor.set_presence(self.vault.keyclients.present_as(self.case_id))

    def _present_text(self, record: SessionRecord) -> str:
        """Who was present, each with what they were that day (a signed record)."""
        stored = [n for n in self.list.names.get(record.id, "").split(", ") if n]
        presence_of = self.vault.keyclients.present_as(self.case_id)
        persons = {p.id: p for p in self.vault.maps.persons(self.case_id)}
        out, named = [], []
        for pid in record.key_clients:
            if pid in persons:
                person = persons[pid]
                named.append(person.name or person.role or "?")
                out.append(f"{person_label(person)} · "
                           f"{presence_text(presence_of(pid, record.held_at.date()))}")
        for name in named:  # who is left has left the map since: their name as kept
            if name in stored:
                stored.remove(name)
        out += stored
        return "; ".join(out)

    def check_presence(self, record: SessionRecord) -> None:
        """The key-client rules of ``model.keyclients``: no task work with a key-client
        whose work has ended, until they are approached again (ValidationError)."""
        presence_of = self.vault.keyclients.present_as(self.case_id)
        persons = {p.id: p for p in self.vault.maps.persons(self.case_id)}
        check_task_work({person_label(persons[pid]): presence_of(pid, record.held_at.date())
                         for pid in record.key_clients if pid in persons}, bool(record.tasks))

    # -- keeping what is typed ----------------------------------------------------------

    def is_dirty(self) -> bool:
        return (self.stack.currentIndex() == 0 and self.case_id is not None
                and record_to_json(self.editor.value()) != self._baseline)

    def _edited(self) -> None:
        if not self._timer.isActive():
            self._timer.start()
        self.state.setText(self.tr("Editing…"))

    def keep_draft(self) -> None:
        """Autosave: keep the form as a draft inside the vault when it changed."""
        if not self.is_dirty():
            self._timer.stop()
            return
        text = record_to_json(self.editor.value())
        if text == self._drafted:
            return
        try:
            self._draft_id = self.vault.sessions.save_draft(self.editor.value(), self._draft_id)
        except Exception as exc:
            self.state.setText(self.tr("Draft not kept: {reason}").format(reason=error_text(exc)))
            return
        self._drafted = text
        self.state.setText(self.tr("Draft kept {time}. Save with {keys}.").format(
            time=datetime.now().strftime("%H:%M:%S"), keys=SHORTCUTS["save"]))

    def flush(self) -> bool:
        """Called on lock and close: keep the draft now. True when nothing is lost."""
        self._timer.stop()
        if self.is_dirty():
            self.keep_draft()
            return record_to_json(self.editor.value()) == self._drafted
        return True

    def has_unsaved_record(self) -> bool:
        """A touched record (a restored draft, typed text) that is not saved: quitting asks."""
        return self.is_dirty() and not (self.editor.value().id is None
                                        and is_empty(self.editor.value()))

    def discard_unsaved(self) -> None:
        """Quitting with Discard: forget the changes and this editing's draft."""
        self._timer.stop()
        if self._draft_id is not None:
            self.vault.sessions.discard_draft(self._draft_id)
            self._draft_id = None
        self._baseline = self._drafted = record_to_json(self.editor.value())

    def leave(self) -> bool:
        """Going elsewhere: save a touched record. False (and the reason shown) when it
        cannot be saved; it is then kept as a draft, offered again with its case."""
        if not self.is_dirty():
            return True
        record = self.editor.value()
        if record.id is None and is_empty(record):
            self._timer.stop()
            return True
        return self.save()

    # -- saving, signing, addenda -------------------------------------------------------

    def save(self) -> bool:
        if self.case_id is None or self.stack.currentIndex() != 0:
            return False
        self._timer.stop()
        try:
            self.check_presence(self.editor.value())
            record = self.vault.sessions.save(self.editor.value(), self._draft_id)
        except Exception as exc:
            self.keep_draft()
            self.state.setText(self.tr("Not saved: {reason} (kept as a draft)").format(
                reason=error_text(exc)))
            return False
        self._shown_id = record.id
        self._draft_id = None
        self.editor._base = record
        self._baseline = self._drafted = record_to_json(self.editor.value())
        self.editor.template.setVisible(False)
        self.editor.template_label.setVisible(False)
        self.state.setText(self.tr("Saved {time}, not signed off yet.").format(
            time=datetime.now().strftime("%H:%M")))
        self.refresh_list()
        self.records_changed.emit(self.case_id)
        return True

    def sign_off(self) -> None:
        if self.stack.currentIndex() != 0 or self.case_id is None:
            return
        if self.is_dirty() or self.editor.value().id is None:
            if not self.save():
                return
        answer = QMessageBox.question(
            self, self.tr("Sign off"),
            self.tr("Sign off this record? It can no longer be changed afterwards; "
                    "anything you add later is kept as a dated addendum."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            record = self.vault.sessions.sign(self._shown_id)
        except Exception as exc:
            self.state.setText(error_text(exc))
            return
        self.refresh_list()
        self._start(record)
        self.view.setFocus()
        self.records_changed.emit(self.case_id)

    def _addendum_key(self) -> None:
        if self.stack.currentIndex() == 1:
            if self.addendum.toPlainText().strip() and self.addendum.hasFocus():
                self.add_addendum()
            else:
                self.addendum.setFocus()

    def add_addendum(self) -> None:
        try:
            self.vault.sessions.add_addendum(self._shown_id, self.addendum.toPlainText())
        except Exception as exc:
            self.state.setText(error_text(exc))
            return
        self.refresh_list()
        self._start(self.vault.sessions.get(self._shown_id))
        self.state.setText(self.tr("Addendum added."))
        self.records_changed.emit(self.case_id)

    def _apply_template(self, template) -> None:
        standing = {row.task: row.status for row in self._overview or ()}
        self.editor.set_value(tpl.apply(template, self.editor.value(), standing))
        self.editor.changed.emit()
        self.editor.facts.setFocus()

    # -- drafts kept from before --------------------------------------------------------

    def _offer_draft(self) -> None:
        drafts = [d for d in self.vault.sessions.drafts(self.case_id)  # not the one in use
                  if d.id != self._draft_id
                  and (d.session_id is None or d.session_id != self._shown_id)]
        self._offered = drafts[0] if drafts else None
        if self._offered is None:
            self.banner.hide()
            return
        d = self._offered
        self.banner.text.setText(self.tr(
            "Unsaved changes to the record of {held} were kept as a draft ({saved}). "
            "Restore them?").format(held=d.record.held_at.strftime("%d.%m.%Y %H:%M"),
                                    saved=d.saved_at.astimezone().strftime("%d.%m. %H:%M")))
        self.banner.show()
        self.draft_offered.emit()

    def restore_offered(self) -> None:
        draft = self._offered
        if draft is None or not self.leave():
            return
        self.banner.hide()
        self._offered = None
        self._start(draft.record)
        self._draft_id = draft.id
        self._baseline = None  # differs from what is stored until saved
        self._drafted = record_to_json(self.editor.value())
        self.state.setText(self.tr("Draft restored: save it with {keys}.").format(
            keys=SHORTCUTS["save"]))
        self.refresh_list()
        self.editor.facts.setFocus()

    def discard_offered(self) -> None:
        if self._offered is not None:
            self.vault.sessions.discard_draft(self._offered.id)
        self._offer_draft()

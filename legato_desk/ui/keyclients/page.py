"""The Key-clients tab of a case: candidates, comparison, decision, follow-up.

Left, the list: the comparison of all candidates first, then each candidate.
Right, either the comparison or one candidate's assessment, decision and
status, and profile. ``mark_candidate(person_id)`` is the entry point for
the map's context menu; ``badges_changed`` carries ``vault.keyclients.badges``
for the map after every change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from legato_desk.model.case import Case
from legato_desk.model.keyclients import Candidate, compare
from legato_desk.model.task_state import grounding_states
from legato_desk.ui import tab_bars
from legato_desk.ui.keyclients import labels
from legato_desk.ui.keyclients.assessment import AssessmentForm
from legato_desk.ui.keyclients.commands import KeyClientCommands
from legato_desk.ui.keyclients.comparison import ComparisonView
from legato_desk.ui.keyclients.follow import FollowPanel
from legato_desk.ui.keyclients.helpers import escape, person_name, scrolled
from legato_desk.ui.keyclients.new_person import NewPersonDialog
from legato_desk.ui.keyclients.open_door import CrisisRouteDialog
from legato_desk.ui.keyclients.profile import ProfileForm
from legato_desk.ui.messages import error_text
from legato_desk.ui.widgets.error_line import error_line

ROLE = Qt.ItemDataRole.UserRole


class KeyClientPage(QWidget):
    badges_changed = Signal(object)  # dict {person_id: "candidate" | "keyclient"}
    person_shown = Signal(object)    # the person id of the candidate shown, or None

    def __init__(self, vault, undo_stack, parent=None):
        super().__init__(parent)
        self.vault = vault
        self.commands = KeyClientCommands(vault, undo_stack, self)
        self.commands.changed.connect(self._changed)
        self.commands.failed.connect(self._show_message)
        self.case: Case | None = None
        self.candidates: dict[int, Candidate] = {}
        self.names: dict[int, str] = {}
        self.short_names: dict[int, str] = {}
        self.selected_id: int | None = None

        self.mark_menu = QMenu(self)
        self.mark_menu.aboutToShow.connect(self._fill_mark_menu)
        self.mark_button = QPushButton(self.tr("&Mark as candidate"))
        self.mark_button.setMenu(self.mark_menu)
        self.remove_button = QPushButton(self.tr("Remove candidate"))
        self.remove_button.clicked.connect(self._remove)
        self.message = error_line()
        self.message.hide()
        self.heading = QLabel()
        self.heading.setAccessibleName(self.tr("Shown now"))
        self.save_state = QLabel()
        self.save_state.setAccessibleName(self.tr("Save state"))
        top = QHBoxLayout()
        top.addWidget(self.mark_button)
        top.addWidget(self.remove_button)
        top.addSpacing(12)
        top.addWidget(self.heading, 1)
        top.addWidget(self.save_state)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Candidates"))
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(1)
        self.list.currentItemChanged.connect(self._item_chosen)
        self.comparison = ComparisonView()
        self.comparison.candidate_activated.connect(self.select)
        self.assessment = AssessmentForm(self._save_evidence)
        self.assessment.rated.connect(
            lambda c, level: self._act(self.commands.rate, self._cand(), c, level))
        self.follow = FollowPanel(self._save_draft)
        self.follow.draft_saver.reported.connect(self.save_state.setText)
        self.follow.decide_requested.connect(self._decide)
        self.follow.status_requested.connect(self._change_status)
        self.follow.end_reachable_requested.connect(self._end_reachable)
        self.profile = ProfileForm(self._save_profile)
        self.profile.grounding_chosen.connect(
            lambda e, g: self._act(self.commands.set_grounding, self._cand(), e, g))
        self.profile.training_added.connect(self._add_training)
        self.profile.route_change_requested.connect(self._change_route)
        self.profile.training_removed.connect(
            lambda tid: self._act(self.commands.remove_training, self._cand(), tid))
        for form in (self.assessment, self.profile):
            form.reported.connect(self.save_state.setText)
        self.detail = QTabWidget()
        tab_bars.unclipped(self.detail)
        self.detail.addTab(scrolled(self.assessment, self.tr("Assessment")),
                           self.tr("&Assessment"))
        self.detail.addTab(scrolled(self.follow, self.tr("Decision and status")),
                           self.tr("&Decision and status"))
        self.detail.addTab(scrolled(self.profile, self.tr("Profile")), self.tr("&Profile"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.comparison)
        self.stack.addWidget(self.detail)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(self.stack)
        split.setStretchFactor(1, 1)
        char = self.fontMetrics().averageCharWidth()  # sizes in characters: a larger
        split.setSizes([n * char for n in [27, 108]])  # font gets wider columns
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)

    # -- showing -------------------------------------------------------------------

    def show_case(self, case: Case) -> None:
        if self.case is None or self.case.id != case.id:
            self.flush()
            self.selected_id = None
            self._show_message("")
            self.save_state.clear()
        self.case = case
        self.refresh()

    def refresh(self) -> None:
        if self.case is None:
            return
        persons = {p.id: p for p in self.vault.maps.persons(self.case.id)}
        self.candidates = {c.id: c for c in self.vault.keyclients.candidates(self.case.id)}
        self.names = {cid: person_name(persons[c.person_id])
                      for cid, c in self.candidates.items()}
        self.short_names = {cid: persons[c.person_id].name or self.names[cid]
                            for cid, c in self.candidates.items()}
        if self.selected_id not in self.candidates:
            self.selected_id = None
        self.list.blockSignals(True)
        self.list.clear()
        first = QListWidgetItem(self.tr("Comparison of all candidates"))
        first.setData(ROLE, 0)
        self.list.addItem(first)
        for cid, cand in self.candidates.items():
            item = QListWidgetItem(self.tr("{name}\n{status}").format(
                name=self.names[cid], status=self._status_words(cand)))
            item.setData(ROLE, cid)
            self.list.addItem(item)
            if cid == self.selected_id:
                self.list.setCurrentItem(item)
        if self.selected_id is None:
            self.list.setCurrentItem(first)
        self.list.blockSignals(False)
        # Wide enough for its longest entry: the default window cut "Comparison of
        # all candidates" and long names (issue 16.9).
        self.list.setMinimumWidth(self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth()
                                  + self.list.verticalScrollBar().sizeHint().width() + 8)
        cand = self._cand()
        self.remove_button.setEnabled(cand is not None and not cand.is_keyclient)
        self.remove_button.setToolTip(self.tr(
            "A key-client stays on record: end the work with a reason instead.")
            if cand is not None and cand.is_keyclient else "")
        self._show_selected(persons)
        self.badges_changed.emit(self.vault.keyclients.badges(self.case.id))

    def _status_words(self, cand: Candidate) -> str:
        if not cand.is_keyclient:
            return self.tr("candidate")
        if cand.status.value == "candidate":
            return self.tr("chosen as key-client")
        return self.tr("key-client, {status}").format(
            status=labels.status_name(cand.status).lower())

    def _show_selected(self, persons) -> None:
        cand = self._cand()
        if cand is None:
            self.comparison.show_comparison(
                compare({cid: c.levels() for cid, c in self.candidates.items()}),
                self.candidates, self.names,
                self.short_names)
            self.stack.setCurrentWidget(self.comparison)
            self.heading.setText(self.tr("<b>Comparison of all candidates</b>"))
            self.person_shown.emit(None)
            return
        self.heading.setText(self.tr("<b>{name}</b> · {status}").format(
            name=escape(self.names[cand.id]), status=self._status_words(cand)))
        self.assessment.show_candidate(cand)
        history = self.vault.keyclients.history(cand.id)
        self.follow.set_contacts(self._contacts())
        self.follow.show_candidate(cand, history)
        self.profile.show_candidate(
            cand, persons[cand.person_id].role, self.vault.keyclients.training(cand.id),
            grounding_states(self.vault.sessions.task_overview(cand.case_id, cand.person_id)))
        self.profile.show_open_door(self.vault.open_doors.current(cand.id),
                                    history[-1].on if history else None)
        self.stack.setCurrentWidget(self.detail)
        self.person_shown.emit(cand.person_id)

    def select(self, candidate_id: int | None) -> None:
        """Show one candidate (or the comparison for ``None``)."""
        self.flush()
        self.selected_id = candidate_id
        self.refresh()

    def _item_chosen(self, item, _previous) -> None:
        if item is not None:
            self._show_message("")
            self.select(item.data(ROLE) or None)

    # -- marking -------------------------------------------------------------------

    def mark_candidate(self, person_id: int) -> None:
        """Mark a person of the map (e.g. from the map's context menu)."""
        if self.case is None:
            return
        existing = self.vault.keyclients.by_person(person_id)
        if existing is None:
            existing = self._act(self.commands.mark, self.case.id, person_id)
        if existing is not None:
            self.select(existing.id)
            self.detail.setCurrentIndex(0)

    def _fill_mark_menu(self) -> None:
        self.mark_menu.clear()
        if self.case is None:
            return
        marked = {c.person_id for c in self.vault.keyclients.candidates(self.case.id)}
        persons = [p for p in self.vault.maps.state(self.case.id).persons
                   if not p.is_index and p.id not in marked]
        for p in persons:
            action = self.mark_menu.addAction(person_name(p).replace("&", "&&"))
            action.triggered.connect(lambda _=False, pid=p.id: self.mark_candidate(pid))
        if not persons:
            none = self.mark_menu.addAction(self.tr("Everyone on the map is marked"))
            none.setEnabled(False)
        self.mark_menu.addSeparator()
        self.new_person_action = self.mark_menu.addAction(
            self.tr("&New person on the map…"), self.new_person)

    def new_person(self) -> None:
        if self.case is None:
            return
        case_id = self.case.id
        dialog = NewPersonDialog(
            lambda name, role: self.commands.add_person_and_mark(case_id, name, role), self)
        accepted = dialog.exec()
        cand = dialog.result_value
        dialog.deleteLater()
        if accepted and cand is not None:
            self.select(cand.id)
            self.detail.setCurrentIndex(0)

    def _remove(self) -> None:
        cand = self._cand()
        if cand is not None and not cand.is_keyclient:
            self.assessment.forget()
            self.profile.forget()
            self.follow.draft_saver.forget()
        if cand is not None:
            self._act(self.commands.remove, cand)

    # -- changes -------------------------------------------------------------------

    def _cand(self) -> Candidate | None:
        return self.candidates.get(self.selected_id)

    def _act(self, fn, *args):
        """Run a command; a person's mistake is shown, nothing half-done stays."""
        self._show_message("")
        try:
            return fn(*args)
        except Exception as exc:
            self._show_message(error_text(exc))
            self.refresh()
            return None

    def _decide(self, rationale: str) -> None:
        cand = self._cand()
        try:
            self.commands.decide(cand, rationale)
            self.follow.draft_saver.forget()
        except Exception as exc:
            self.follow.decision_prompt.setText(error_text(exc))
            self.follow.rationale.setFocus()

    def _change_status(self, status, end_reason, note: str, on) -> None:
        try:
            self.commands.change_status(self._cand(), status, end_reason, note, on)
        except Exception as exc:
            self.follow.show_status_prompt(error_text(exc))

    def _end_reachable(self, end_reason, note: str, on, route: dict) -> None:
        try:
            self.commands.end_reachable(self._cand(), end_reason, note, on, route)
        except Exception as exc:
            self.follow.show_status_prompt(error_text(exc))

    def _contacts(self) -> list[tuple[str, int]]:
        return [(c.label(), c.id) for c in self.vault.directory.contacts()]

    def _change_route(self) -> None:
        cand = self._cand()
        door = self.vault.open_doors.current(cand.id) if cand is not None else None
        if door is None:
            return
        dialog = CrisisRouteDialog(door, self._contacts(), lambda **route: (
            self.commands.change_route(cand, door.event_id, **route)), self)
        dialog.exec()
        dialog.deleteLater()

    def _add_training(self, module: str, on) -> None:
        if self._act(self.commands.add_training, self._cand(), module, on) is not None:
            self.profile.module.clear()

    def _save_evidence(self, criterion, text: str) -> None:
        cand = self._cand()
        if cand is not None:
            self.commands.set_evidence(cand, criterion, text)

    def _save_draft(self, text: str) -> None:
        cand = self._cand()
        if cand is not None and not cand.is_keyclient:
            self.commands.set_profile(cand, draft=text)

    def _save_profile(self, field: str, text: str) -> None:
        cand = self._cand()
        if cand is not None:
            self.commands.set_profile(cand, **{field: text})

    def _changed(self, case_id: int) -> None:
        if self.case is not None and self.case.id == case_id:
            self.refresh()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- lifecycle -----------------------------------------------------------------

    def showEvent(self, event) -> None:
        self.refresh()  # the map may have changed names or removed persons meanwhile
        super().showEvent(event)

    def flush(self) -> bool:
        if self._cand() is None:
            return True
        return all([self.assessment.flush(), self.profile.flush(),
                    self.follow.draft_saver.flush()])

    def clear(self) -> None:
        self.assessment.forget()
        self.profile.forget()
        self.follow.draft_saver.forget()
        self.case = None
        self.candidates, self.names, self.short_names, self.selected_id = {}, {}, {}, None
        self.list.clear()
        self.comparison.show_comparison([], {}, {})
        for editor in (*self.assessment.evidence.values(), self.profile.relation,
                       self.profile.contact, self.profile.guilt,
                       self.profile.responsibility, self.profile.resilience,
                       self.follow.rationale):
            editor.blockSignals(True)
            editor.clear()
            editor.blockSignals(False)
        self._show_message("")

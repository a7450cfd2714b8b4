"""The Key-clients tab, driven like a counsellor would, checked against the vault."""

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from legato_desk.model.keyclients import (
    Criterion as C,
    EndReason,
    Essential,
    Grounding,
    Level,
    Status,
)
from legato_desk.ui.main_window import MainWindow
from tests.ui.conftest import answer_modal


@pytest.fixture
def window(qtbot, vault, app_paths):
    settings = QSettings(str(app_paths.settings_file), QSettings.Format.IniFormat)
    win = MainWindow(vault, settings)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def case(vault):
    case = vault.cases.create("M.")
    vault.maps.add_person(case.id, 0.2, -0.2, name="Leyla", role="sister")
    vault.maps.add_person(case.id, -0.3, -0.3, name="Mr K.", role="father")
    return case


@pytest.fixture
def page(qtbot, window, case):
    window.open_case(case.id)
    ws = window.workspace
    ws.tabs.setCurrentWidget(ws.page("keyclients"))
    window.activateWindow()  # focus events (autosave on leaving a field) need it
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return ws.page("keyclients")


def _person(vault, case, name):
    return next(p for p in vault.maps.state(case.id).persons if p.name == name)


def _mark_from_menu(page, label):
    page.mark_menu.aboutToShow.emit()
    [action] = [a for a in page.mark_menu.actions() if a.text() == label]
    action.trigger()


def _rate(qtbot, page, criterion, steps):
    """Choose a rating with the keyboard: Down from "Unknown" to Low/Medium/High."""
    combo = page.assessment.levels[criterion]
    combo.setFocus()
    for _ in range(steps):
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def _select(qtbot, page, row):
    item = page.list.item(row)
    rect = page.list.visualItemRect(item)
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_assess_compare_decide_follow_and_end(qtbot, window, vault, case, page):
    _mark_from_menu(page, "Leyla (sister)")
    _mark_from_menu(page, "Mr K. (father)")
    sister, father = vault.keyclients.candidates(case.id)
    assert vault.keyclients.badges(case.id) == {
        sister.person_id: "candidate", father.person_id: "candidate"}

    # Assess the sister: chosen, credible, but not resilient.
    _select(qtbot, page, 1)
    assert page.selected_id == sister.id
    _rate(qtbot, page, C.CHOSEN, 3)
    _rate(qtbot, page, C.CREDIBILITY, 3)
    _rate(qtbot, page, C.RESILIENCE, 1)
    evidence = page.assessment.evidence[C.CHOSEN]
    qtbot.mouseClick(evidence, Qt.MouseButton.LeftButton)
    assert evidence.hasFocus()
    qtbot.keyClicks(evidence, "He visits her every week.")
    page.assessment.levels[C.CHOSEN].setFocus()  # leaving the field saves it
    got = vault.keyclients.candidate(sister.id).assessments
    assert got[C.CHOSEN].level is Level.HIGH and got[C.CREDIBILITY].level is Level.HIGH
    assert got[C.RESILIENCE].level is Level.LOW
    assert got[C.CHOSEN].evidence == "He visits her every week."

    # Assess the father: resilient, but dogmatic and hardly chosen.
    _select(qtbot, page, 2)
    _rate(qtbot, page, C.CHOSEN, 1)
    _rate(qtbot, page, C.RESILIENCE, 3)
    _rate(qtbot, page, C.DOGMATISM, 3)
    got = vault.keyclients.candidate(father.id).assessments
    assert got[C.DOGMATISM].level is Level.HIGH and got[C.CHOSEN].level is Level.LOW

    # Compare: the sister first, with her reasons in words.
    _select(qtbot, page, 0)
    table = page.comparison.table
    assert page.stack.currentWidget() is page.comparison
    headers = [table.horizontalHeaderItem(i).text() for i in range(table.columnCount())]
    assert headers[0].startswith("1. Leyla") and headers[1].startswith("2. Mr K.")
    reasons = table.item(1, 0).text()
    assert "Strongest: chosen by the index client and credible" in reasons
    assert "Concern: low resilience" in reasons
    assert "more clearly chosen" in table.item(0, 0).text()
    assert "dogmatic" in table.item(1, 1).text()
    rows = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    assert "Own dogmatism (risk)" in rows and len(rows) == 3 + len(C)
    similar = rows.index("Similar to the index client")
    assert table.item(similar, 0).text() == "? to find out"  # a gap, visibly

    # Decide without a rationale: a prompt, nothing stored.
    table.setFocus()
    table.setCurrentCell(2, 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)  # opens the candidate of that column
    assert page.selected_id == sister.id
    page.detail.setCurrentIndex(1)
    follow = page.follow
    qtbot.mouseClick(follow.decide, Qt.MouseButton.LeftButton)
    assert "rationale" in follow.decision_prompt.text()
    assert not vault.keyclients.candidate(sister.id).is_keyclient
    qtbot.keyClicks(follow.rationale, "He still seeks her out; she is credible to him.")
    qtbot.mouseClick(follow.decide, Qt.MouseButton.LeftButton)
    decided = vault.keyclients.candidate(sister.id)
    assert decided.decided_on == date.today()
    assert decided.rationale == "He still seeks her out; she is credible to him."
    assert vault.keyclients.badges(case.id)[sister.person_id] == "keyclient"

    # Follow: approached, then active with a note.
    assert follow.next_status.currentText() == "Approached"
    qtbot.mouseClick(follow.record, Qt.MouseButton.LeftButton)
    assert vault.keyclients.candidate(sister.id).status is Status.APPROACHED
    follow.next_status.setCurrentIndex(follow.next_status.findText("Active"))
    qtbot.keyClicks(follow.note, "first session held")
    qtbot.mouseClick(follow.record, Qt.MouseButton.LeftButton)
    assert [(e.status, e.note) for e in vault.keyclients.history(sister.id)] == [
        (Status.APPROACHED, ""), (Status.ACTIVE, "first session held")]
    # the date of a change can only lie between the previous step and today
    assert follow.on.minimumDate() == follow.on.maximumDate() == follow.on.date()

    # Ending without a reason: a prompt, nothing half-saved.
    follow.next_status.setCurrentIndex(follow.next_status.findText("Ended"))
    assert follow.end_reason.isVisible()
    qtbot.mouseClick(follow.record, Qt.MouseButton.LeftButton)
    assert "Say why" in follow.status_prompt.text()
    assert vault.keyclients.candidate(sister.id).status is Status.ACTIVE
    assert len(vault.keyclients.history(sister.id)) == 2
    follow.end_reason.setCurrentIndex(follow.end_reason.findText("Ended by the key-client"))
    qtbot.mouseClick(follow.record, Qt.MouseButton.LeftButton)
    ended = vault.keyclients.history(sister.id)[-1]
    assert (ended.status, ended.end_reason) == (Status.ENDED, EndReason.BY_KEYCLIENT)
    assert sister.person_id not in vault.keyclients.badges(case.id)
    assert "Ended by the key-client" in follow.history.topLevelItem(
        follow.history.topLevelItemCount() - 1).text(2)

    # Undo through the main window's stack, then redo.
    window.undo_action.trigger()
    assert vault.keyclients.candidate(sister.id).status is Status.ACTIVE
    window.redo_action.trigger()
    assert vault.keyclients.candidate(sister.id).status is Status.ENDED
    assert len(vault.keyclients.history(sister.id)) == 3


def test_undo_takes_back_ratings_decision_and_marking(qtbot, window, vault, case, page):
    leyla = _person(vault, case, "Leyla")
    page.mark_candidate(leyla.id)
    [cand] = vault.keyclients.candidates(case.id)
    assert page.selected_id == cand.id and page.detail.currentIndex() == 0
    _rate(qtbot, page, C.IDEOLOGY, 1)
    page.detail.setCurrentIndex(1)
    qtbot.keyClicks(page.follow.rationale, "chosen")
    qtbot.mouseClick(page.follow.decide, Qt.MouseButton.LeftButton)
    assert vault.keyclients.candidate(cand.id).is_keyclient
    window.undo_action.trigger()
    assert not vault.keyclients.candidate(cand.id).is_keyclient
    window.undo_action.trigger()
    assert vault.keyclients.candidate(cand.id).levels()[C.IDEOLOGY] is None
    window.undo_action.trigger()
    assert vault.keyclients.candidates(case.id) == []
    assert page.stack.currentWidget() is page.comparison
    window.redo_action.trigger()
    assert vault.keyclients.candidate(cand.id).person_id == leyla.id
    # marking the same person again only shows them
    page.mark_candidate(leyla.id)
    assert len(vault.keyclients.candidates(case.id)) == 1


def test_remove_candidate_and_undo(qtbot, window, vault, case, page):
    page.mark_candidate(_person(vault, case, "Mr K.").id)
    [cand] = vault.keyclients.candidates(case.id)
    vault.keyclients.rate(cand.id, C.RESILIENCE, Level.HIGH, "steady")
    page.refresh()
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert vault.keyclients.candidates(case.id) == []
    window.undo_action.trigger()
    assert vault.keyclients.candidate(cand.id).assessments[C.RESILIENCE].evidence == "steady"


def test_new_person_goes_on_the_map_and_becomes_a_candidate(qtbot, window, vault, case, page):
    before = len(vault.maps.state(case.id).persons)
    messages = []

    def refuse_empty_then_fill(dialog):
        dialog.accept()  # nothing typed yet
        messages.append(dialog.message.text())
        assert dialog.isVisible()
        qtbot.keyClicks(dialog.name, "Jonas")
        qtbot.keyClicks(dialog.role, "youth worker")
        qtbot.keyClick(dialog.role, Qt.Key.Key_Return)

    answer_modal(qtbot, refuse_empty_then_fill)
    page.mark_menu.aboutToShow.emit()
    page.new_person_action.trigger()
    assert messages and "name or a role" in messages[0]
    state = vault.maps.state(case.id)
    assert len(state.persons) == before + 1
    jonas = _person(vault, case, "Jonas")
    assert jonas.role == "youth worker" and jonas.sector.value == "professional"
    assert all((p.x, p.y) != (jonas.x, jonas.y) for p in state.persons if p.id != jonas.id)
    assert vault.keyclients.by_person(jonas.id) is not None
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.undo_action.trigger()  # takes the person off the map again
    assert len(vault.maps.state(case.id).persons) == before
    assert vault.keyclients.candidates(case.id) == []


def test_profile_autosaves_and_records_grounding_and_training(qtbot, window, vault, case,
                                                               page):
    page.mark_candidate(_person(vault, case, "Leyla").id)
    [cand] = vault.keyclients.candidates(case.id)
    page.detail.setCurrentIndex(2)
    profile = page.profile
    assert profile.relation.placeholderText() == "sister"
    qtbot.keyClicks(profile.relation, "older sister")
    qtbot.keyClicks(profile.guilt, "Feels she should have noticed.")
    qtbot.waitUntil(lambda: vault.keyclients.candidate(cand.id).guilt.startswith("Feels"),
                    timeout=5_000)
    assert vault.keyclients.candidate(cand.id).relation == "older sister"
    combo = profile.grounding[Essential.ACKNOWLEDGEMENT]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert vault.keyclients.candidate(cand.id).grounding[Essential.ACKNOWLEDGEMENT] is (
        Grounding.BUILDING)
    profile.dated.setChecked(False)
    qtbot.keyClicks(profile.module, "The key-client role")
    qtbot.keyClick(profile.module, Qt.Key.Key_Return)
    [t] = vault.keyclients.training(cand.id)
    assert t.module == "The key-client role" and t.attended_on is None
    assert profile.module.text() == "" and profile.training.count() == 1
    qtbot.keyClick(profile.module, Qt.Key.Key_Return)  # empty: a message, nothing stored
    assert "Name the training module" in page.message.text()
    assert len(vault.keyclients.training(cand.id)) == 1
    assert profile.tasks_box.title() == "The six support tasks"
    # leaving the case saves pending text at once
    qtbot.keyClicks(profile.resilience, "Her partner supports her.")
    window.back_action.trigger()
    assert vault.keyclients.candidate(cand.id).resilience == "Her partner supports her."


def test_too_long_contact_is_refused_with_a_message(qtbot, window, vault, case, page):
    page.mark_candidate(_person(vault, case, "Leyla").id)
    [cand] = vault.keyclients.candidates(case.id)
    page.profile.contact.setMaxLength(1000)  # what a paste into an old form could do
    page.profile.contact.setText("x" * 400)
    assert not page.flush()
    assert "Not saved" in page.save_state.text()
    assert vault.keyclients.candidate(cand.id).contact == ""


def test_badges_follow_every_change(qtbot, window, vault, case, page):
    seen = []
    page.badges_changed.connect(seen.append)
    leyla = _person(vault, case, "Leyla")
    page.mark_candidate(leyla.id)
    assert seen[-1] == {leyla.id: "candidate"}
    [cand] = vault.keyclients.candidates(case.id)
    vault.keyclients.decide(cand.id, "chosen")
    page.refresh()
    assert seen[-1] == {leyla.id: "keyclient"}


def test_index_client_cannot_be_marked(qtbot, window, vault, case, page):
    index = vault.maps.ensure_index(case.id)
    page.mark_menu.aboutToShow.emit()
    assert all("Index" not in a.text() for a in page.mark_menu.actions())
    page.mark_candidate(index.id)
    assert "index client" in page.message.text()
    assert vault.keyclients.candidates(case.id) == []


def test_a_key_client_is_ended_not_removed(qtbot, window, vault, case, page):
    page.mark_candidate(_person(vault, case, "Leyla").id)
    [cand] = vault.keyclients.candidates(case.id)
    assert page.remove_button.isEnabled()
    vault.keyclients.decide(cand.id, "chosen")
    page.refresh()
    assert not page.remove_button.isEnabled()
    page._act(page.commands.remove, page._cand())  # as if the button were pressed anyway
    assert "end the work with a reason" in page.message.text()
    assert vault.keyclients.candidate(cand.id).is_keyclient


def test_a_rationale_being_written_is_kept_as_a_draft(qtbot, window, vault, case, page):
    page.mark_candidate(_person(vault, case, "Leyla").id)
    [cand] = vault.keyclients.candidates(case.id)
    page.detail.setCurrentIndex(1)
    qtbot.keyClicks(page.follow.rationale, "She is the one he still visits")
    _select(qtbot, page, 0)  # looking elsewhere saves the draft, decides nothing
    got = vault.keyclients.candidate(cand.id)
    assert got.draft == "She is the one he still visits" and not got.is_keyclient
    _select(qtbot, page, 1)
    assert page.follow.rationale.toPlainText() == "She is the one he still visits"
    qtbot.keyClicks(page.follow.rationale, ".")
    qtbot.mouseClick(page.follow.decide, Qt.MouseButton.LeftButton)
    got = vault.keyclients.candidate(cand.id)
    assert got.rationale == "She is the one he still visits." and got.draft == ""
    window.undo_action.trigger()  # the rationale goes back into the draft, not lost
    got = vault.keyclients.candidate(cand.id)
    assert not got.is_keyclient and got.draft == "She is the one he still visits."
    assert page.follow.rationale.toPlainText() == got.draft
    assert not page.follow.rationale.isReadOnly()

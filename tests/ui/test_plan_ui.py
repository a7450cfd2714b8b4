"""The Goals and measures tab and the session editor's measures, driven like a person."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from legato_desk.model.plan import GoalState, MeasureState, WhoKind
from legato_desk.ui.main_window import MainWindow
from legato_desk.vault.plan import PlanRepository
from tests.ui.conftest import answer_modal

TODAY = date(2025, 6, 13)
NOW = datetime(2025, 6, 13, 15, 30, tzinfo=timezone.utc)
OPENED = date(2025, 3, 3)


@pytest.fixture
def window(qtbot, vault, app_paths):
    vault.plan = PlanRepository(vault.conn, vault.audit, clock=lambda: NOW)
    settings = QSettings(str(app_paths.settings_file), QSettings.Format.IniFormat)
    win = MainWindow(vault, settings, today=lambda: TODAY)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def case(vault, window):
    case = vault.cases.create("A.", opened_on=OPENED)
    window.refresh_cases(case.id)
    window.open_case(case.id)
    return case


@pytest.fixture
def page(window, case):
    ws = window.workspace
    page = ws.page("plan")
    ws.tabs.setCurrentWidget(page)
    return page


def _choose(combo, value):
    combo.setFocus()
    index = next(i for i in range(combo.count()) if combo.itemData(i) == value)
    combo.setCurrentIndex(index)


def _save(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def test_the_tab_stands_after_the_factors(window, page):
    ws = window.workspace
    assert ws.tabs.indexOf(page) == ws.tabs.indexOf(ws.page("factors")) + 1
    assert ws.tabs.tabText(ws.tabs.indexOf(page)) == "Goals and measures"
    assert page.started_on.date() == QDate(OPENED)  # the plan starts at the intake
    assert page.last_review.text() == "No review held yet."


def test_a_goal_is_set_at_the_intake_by_default_and_an_empty_one_is_refused(
        qtbot, vault, page, case):
    def fill(dialog):
        assert dialog.set_on.date() == QDate(OPENED)
        _save(dialog)  # no text yet: refused, kept open, nothing stored
        assert dialog.isVisible() and "needs a text" in dialog.message.text()
        assert vault.plan.goals(case.id) == []
        qtbot.keyClicks(dialog.text, "Mother can talk with her son without a row")
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return)

    answer_modal(qtbot, fill)
    qtbot.mouseClick(page.add_goal_button, Qt.MouseButton.LeftButton)
    (goal,) = vault.plan.goals(case.id)
    assert (goal.text, goal.set_on, goal.state) == (
        "Mother can talk with her son without a row", OPENED, GoalState.OPEN)
    assert page.goals.rowCount() == 1
    assert [page.goals.item(0, c).text() for c in range(3)] == [
        "03.03.2025", "Mother can talk with her son without a row", "open"]


def test_a_measure_names_who_does_it_by_when_and_undo_takes_it_back(
        qtbot, window, vault, page, case):
    father = vault.maps.add_person(case.id, 0.2, 0.3, name="Karl", role="father")
    goal = vault.plan.add_goal(case.id, text="Family talks again")
    window.open_case(case.id)

    def fill(dialog):
        qtbot.keyClicks(dialog.what, "Call his son every Sunday")
        _save(dialog)  # nobody chosen yet
        assert dialog.isVisible() and "who carries out" in dialog.message.text()
        _choose(dialog.who, (WhoKind.PERSON, father.id))
        dialog.due_on.setDate(QDate(2025, 2, 1))  # before the plan starts
        _save(dialog)
        assert dialog.isVisible() and "before the plan starts (03.03.2025)" in \
            dialog.message.text()
        dialog.due_on.setDate(QDate(2025, 7, 1))
        _choose(dialog.state, MeasureState.IN_PROGRESS)
        _choose(dialog.goal, goal.id)
        _save(dialog)

    answer_modal(qtbot, fill)
    qtbot.mouseClick(page.add_measure_button, Qt.MouseButton.LeftButton)
    (measure,) = vault.plan.measures(case.id)
    assert (measure.what, measure.who_kind, measure.person_id, measure.who, measure.due_on,
            measure.state, measure.goal_id) == (
        "Call his son every Sunday", WhoKind.PERSON, father.id, "Karl",
        date(2025, 7, 1), MeasureState.IN_PROGRESS, goal.id)
    assert [page.measures.item(0, c).text() for c in range(5)] == [
        "01.07.2025", "Call his son every Sunday", "Karl (father)", "in progress",
        "Family talks again"]

    # Changing it from the keyboard: Return on the row opens it.
    def change(dialog):
        assert dialog.who.currentData() == (WhoKind.PERSON, father.id)
        _choose(dialog.who, (WhoKind.COUNSELLOR, None))
        dialog.has_due.setChecked(False)
        _choose(dialog.state, MeasureState.DONE)
        _save(dialog)

    page.measures.setFocus()
    page.measures.selectRow(0)
    answer_modal(qtbot, change)
    qtbot.keyClick(page.measures, Qt.Key.Key_Return)
    changed = vault.plan.measure(measure.id)
    assert (changed.who_kind, changed.who, changed.due_on, changed.state, changed.done_on) == (
        WhoKind.COUNSELLOR, "", None, MeasureState.DONE, TODAY)
    assert page.measures.item(0, 2).text() == "the counsellor"

    window.undo_action.trigger()  # the change
    assert vault.plan.measure(measure.id).who_kind is WhoKind.PERSON
    window.undo_action.trigger()  # the measure itself
    assert vault.plan.measures(case.id) == []
    assert page.measures.rowCount() == 0
    window.redo_action.trigger()
    assert [m.id for m in vault.plan.measures(case.id)] == [measure.id]

    # Delete removes (after asking); undo puts it back with its id.
    page.measures.setFocus()
    page.measures.selectRow(0)
    answer_modal(qtbot, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.keyClick(page.measures, Qt.Key.Key_Delete)
    assert vault.plan.measures(case.id) == []
    window.undo_action.trigger()
    assert [m.id for m in vault.plan.measures(case.id)] == [measure.id]


def test_a_review_is_dated_and_sets_where_each_goal_stands(qtbot, window, vault, page, case):
    first = vault.plan.add_goal(case.id, text="Back to school")
    second = vault.plan.add_goal(case.id, text="Fewer rows at home")
    window.open_case(case.id)

    def fill(dialog):
        assert dialog.held_on.date() == QDate(TODAY)
        _save(dialog)
        assert dialog.isVisible() and "needs a short note" in dialog.message.text()
        qtbot.keyClicks(dialog.note, "School yes, rows still weekly")
        _choose(dialog.goal_states[first.id], GoalState.MET)
        _choose(dialog.goal_states[second.id], GoalState.PARTLY_MET)
        _save(dialog)

    answer_modal(qtbot, fill)
    qtbot.mouseClick(page.review_button, Qt.MouseButton.LeftButton)
    (review,) = vault.plan.reviews(case.id)
    assert (review.held_on, review.note) == (TODAY, "School yes, rows still weekly")
    assert vault.plan.goal_states(case.id) == [GoalState.MET, GoalState.PARTLY_MET]
    assert page.last_review.text() == "Last review: 13.06.2025"
    window.undo_action.trigger()
    assert vault.plan.reviews(case.id) == []
    assert vault.plan.goal_states(case.id) == [GoalState.OPEN, GoalState.OPEN]


def test_the_plan_start_and_wind_down_are_typed_in_place(qtbot, vault, page, case):
    page.wind_down.setFocus()
    qtbot.keyClicks(page.wind_down, "Fewer talks from September")
    qtbot.keyClick(page.wind_down, Qt.Key.Key_Return)
    plan = vault.plan.get(case.id)
    assert (plan.stored, plan.wind_down, plan.started_on) == (
        True, "Fewer talks from September", OPENED)
    vault.plan.add_goal(case.id, text="g", set_on=date(2025, 4, 1))
    page.started_on.setDate(QDate(2025, 5, 1))  # after the goal: refused, said why
    page.started_on.editingFinished.emit()
    assert "earliest of them" in page.message.text()
    assert vault.plan.get(case.id).started_on == OPENED


def test_a_long_wind_down_note_shows_its_beginning(qtbot, vault, window, page, case):
    note = "Fewer talks from September, then monthly, then on request only. " * 3
    vault.plan.set_plan(case.id, started_on=OPENED, wind_down=note.strip())
    page.reload()
    assert page.wind_down.text() == note.strip() and page.wind_down.cursorPosition() == 0


def test_a_session_ticks_the_measures_it_worked_on_and_the_signed_record_shows_them(
        qtbot, window, vault, case):
    talks = vault.plan.add_measure(case.id, what="Weekly talks", who_kind="counsellor")
    vault.plan.add_measure(case.id, what="School meeting", who_kind="counsellor")
    window.open_case(case.id)
    ws = window.workspace
    sessions = ws.page("sessions")
    ws.tabs.setCurrentWidget(sessions)
    sessions.new_session()
    editor = sessions.editor
    assert editor.measures.count() == 2 and not editor.no_measures.isVisibleTo(editor)
    assert editor.measures in editor.tab_chain()
    editor.measures.setFocus()
    row = [editor.measures.item(i).text() for i in range(2)].index("Weekly talks")
    editor.measures.setCurrentRow(row)
    qtbot.keyClick(editor.measures, Qt.Key.Key_Space)
    assert editor.value().measures == (talks.id,)
    assert sessions.save()
    (summary,) = vault.sessions.list(case.id)
    assert vault.sessions.get(summary.id).measures == (talks.id,)
    answer_modal(qtbot, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    sessions.sign_off()
    assert vault.sessions.get(summary.id).signed
    assert "Weekly talks" in sessions.view.toPlainText()
    assert "Measures of the plan worked on" in sessions.view.toPlainText()


def test_a_case_without_measures_says_where_they_are_made(qtbot, window, vault, case):
    ws = window.workspace
    sessions = ws.page("sessions")
    ws.tabs.setCurrentWidget(sessions)
    sessions.new_session()
    assert sessions.editor.no_measures.isVisibleTo(sessions.editor)
    assert not sessions.editor.measures.isVisibleTo(sessions.editor)


def test_the_timeline_lists_the_plan(qtbot, window, vault, case):
    vault.plan.add_goal(case.id, text="Back to school")
    vault.plan.add_review(case.id, held_on=date(2025, 6, 2), note="first look")
    ws = window.workspace
    timeline = ws.page("timeline")
    ws.tabs.setCurrentWidget(timeline)
    timeline.refresh()
    rows = [[timeline.tree.topLevelItem(i).text(c) for c in range(4)]
            for i in range(timeline.tree.topLevelItemCount())]
    assert ["03.03.2025", "Plan", "Back to school", "goal set"] in rows
    assert ["02.06.2025", "Plan", "first look", "plan reviewed"] in rows
    assert timeline.filters["plan"].text() == "Goals and measures"


def test_the_tab_can_be_walked_with_the_keyboard(qtbot, window, vault, case):
    from tests.ui.test_accessibility import _activate, problems

    _activate(qtbot, window)
    vault.plan.add_goal(case.id, text="Back to school")
    vault.plan.add_measure(case.id, what="Weekly talks", who_kind="counsellor")
    vault.plan.add_review(case.id, held_on=date(2025, 6, 2), note="first look")
    window.open_case(case.id)
    window.workspace.tabs.setCurrentWidget(window.workspace.page("plan"))
    assert problems(qtbot, window, window.workspace.tabs.tabBar()) == []

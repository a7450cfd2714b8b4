"""Session records typed like a counsellor would, then checked in the vault."""

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from legato_desk.model.session import Mode, SessionRecord, Task, TaskEntry, TaskStatus
from legato_desk.ui.main_window import MainWindow
from tests.ui.conftest import answer_modal

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, vault, app_paths):
    settings = QSettings(str(app_paths.settings_file), QSettings.Format.IniFormat)
    win = MainWindow(vault, settings)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win


@pytest.fixture
def case(vault):
    case = vault.cases.create("M.")
    vault.maps.add_person(case.id, 0.2, -0.3, name="Mrs K.", role="mother")
    vault.maps.add_person(case.id, -0.2, -0.3, name="Mr K.", role="father")
    return case


def person(vault, case, name):
    return next(p for p in vault.maps.state(case.id).persons if p.name == name)


def focused():
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def tab(qtbot, expected=None):
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    if expected is not None:
        assert focused() is expected, f"Tab went to {focused()!r}"


def test_a_full_record_typed_signed_amended_and_found(qtbot, window, vault, case):
    window.refresh_cases(case.id)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL | SHIFT)  # new session record
    page = window.workspace.page("sessions")
    ed = page.editor
    assert window.workspace.tabs.currentWidget() is page
    assert focused() is ed.held_at
    before = datetime.now().replace(second=0, microsecond=0)
    assert abs(ed.value().held_at - before) <= timedelta(minutes=1)  # defaults to now

    tab(qtbot, ed.duration)
    qtbot.keyClicks(ed.duration, "45")
    tab(qtbot, ed.mode)
    qtbot.keyClicks(ed.mode, "P")
    tab(qtbot, ed.template)
    tab(qtbot, ed.key_clients)
    qtbot.keyClick(ed.key_clients, Qt.Key.Key_Space)  # Mrs K. is present
    tab(qtbot, ed.others)
    qtbot.keyClicks(ed.others, "interpreter")
    tab(qtbot, ed.facts)
    qtbot.keyClicks(ed.facts, "He spent the weekend with the new group.")
    tab(qtbot, ed.add_fact)
    qtbot.keyClick(ed.add_fact, Qt.Key.Key_Space)
    [row] = ed.fact_rows
    assert focused() is row.fact
    qtbot.keyClicks(row.fact, "He quit the apprenticeship")
    tab(qtbot, row.source)
    qtbot.keyClicks(row.source, "reported by the mother")
    tab(qtbot, row.verified)
    tab(qtbot, ed.add_fact)
    tab(qtbot, ed.reflection)
    qtbot.keyClicks(ed.reflection, "Guilt is the main theme for her.")
    for combo, digit in ((ed.stress, "4"), (ed.guilt, "5"), (ed.resilience, "2")):
        tab(qtbot, combo)
        qtbot.keyClicks(combo, digit)
    tab(qtbot, ed.state_note)
    qtbot.keyClicks(ed.state_note, "tired but steady")

    rel = ed.task_rows[Task.RELATIONSHIPS]
    tab(qtbot, rel.addressed)
    assert not rel.body.isVisible()
    qtbot.keyClick(rel.addressed, Qt.Key.Key_Space)  # ticking expands the row
    assert rel.body.isVisible()
    tab(qtbot, rel.done)
    qtbot.keyClicks(rel.done, "Sunday dinners agreed")
    tab(qtbot, rel.rating)
    qtbot.keyClicks(rel.rating, "3")
    tab(qtbot, rel.status)
    tab(qtbot, rel.setback)
    tab(qtbot, rel.next_step)
    qtbot.keyClicks(rel.next_step, "keep the dinners")
    for task in list(Task)[1:4]:  # untouched rows cost one Tab each
        tab(qtbot, ed.task_rows[task].addressed)
    work = ed.task_rows[Task.WORK]
    tab(qtbot, work.addressed)
    qtbot.keyClick(work.addressed, Qt.Key.Key_Space)
    tab(qtbot, work.done)
    tab(qtbot, work.rating)
    qtbot.keyClicks(work.rating, "2")
    tab(qtbot, work.status)
    qtbot.keyClicks(work.status, "P")  # paused
    tab(qtbot, work.setback)
    qtbot.keyClicks(work.setback, "he refused the placement")
    tab(qtbot, work.next_step)
    for task in list(Task)[5:]:
        tab(qtbot, ed.task_rows[task].addressed)
    tab(qtbot, ed.next_steps)
    qtbot.keyClicks(ed.next_steps, "Meet the sister.")
    tab(qtbot, ed.follow_up)
    qtbot.keyClick(ed.follow_up, Qt.Key.Key_Space)
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)  # save

    [row] = vault.sessions.list(case.id)
    rec = vault.sessions.get(row.id)
    mother = person(vault, case, "Mrs K.")
    assert (rec.duration_min, rec.mode, rec.key_clients) == (45, Mode.PHONE, (mother.id,))
    assert rec.others == "interpreter" and rec.facts.startswith("He spent the weekend")
    assert rec.sources[0].text == "He quit the apprenticeship"
    assert rec.sources[0].source == "reported by the mother" and not rec.sources[0].verified
    assert rec.reflection == "Guilt is the main theme for her."
    assert (rec.stress, rec.guilt, rec.resilience) == (4, 5, 2)
    assert [(e.task, e.rating, e.status) for e in rec.tasks] == [
        (Task.RELATIONSHIPS, 3, TaskStatus.IN_PROGRESS), (Task.WORK, 2, TaskStatus.PAUSED)]
    assert rec.tasks[1].setback == "he refused the placement"
    assert rec.follow_up_on == rec.held_at.date() + timedelta(days=7)
    assert not rec.signed and vault.sessions.drafts(case.id) == []

    # Sign off: confirmed once, then the record is a document.
    answer_modal(qtbot, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL | SHIFT)
    window.activateWindow()  # offscreen, activation does not return by itself after a modal
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert vault.sessions.get(rec.id).signed
    assert page.stack.currentIndex() == 1 and "weekend" in page.view.toPlainText()

    # Later knowledge is a dated addendum.
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL | SHIFT)
    assert focused() is page.addendum
    qtbot.keyClicks(page.addendum, "The father called: zebra")
    qtbot.keyClick(page.addendum, Qt.Key.Key_A, CTRL | SHIFT)
    [addendum] = vault.sessions.get(rec.id).addenda
    assert addendum.text == "The father called: zebra"
    assert "zebra" in page.view.toPlainText()

    # Search from the main window finds it and opens the record.
    window.show_case_list()
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL | SHIFT)
    dialog = window.search_dialog
    qtbot.keyClicks(dialog.field, "zebr")
    qtbot.waitUntil(lambda: dialog.results.count() == 1)
    label = dialog.results.itemWidget(dialog.results.item(0))
    assert "<b style='background:#ffe58a'>zebra</b>" in label.text()
    assert case.code in label.text() and "Mrs K." in label.text()
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert window.shown_case_id() == case.id
    assert window.workspace.tabs.currentWidget() is page and page._shown_id == rec.id


def test_a_signed_record_is_never_edited_from_the_screen(qtbot, window, vault, case):
    saved = vault.sessions.save(SessionRecord(case_id=case.id, held_at=datetime(2026, 3, 2, 9),
                                              facts="original"))
    vault.sessions.sign(saved.id)
    window.open_case(case.id)
    window.open_session(case.id, saved.id)
    page = window.workspace.page("sessions")
    assert page.stack.currentIndex() == 1 and not page.save_button.isEnabled()
    page.save()
    page.sign_off()
    assert vault.sessions.get(saved.id).facts == "original"


def test_autosaved_draft_survives_a_lock_and_is_offered_back(qtbot, make_app, vault, vault_dir,
                                                             case):
    from legato_desk.ui.start.unlock import UnlockDialog
    from tests.conftest import PASSPHRASE
    from tests.ui.test_vault_session import _unlock_into_main

    vault.close()
    app = make_app(vault_dir=vault_dir)
    app.start()
    window = _unlock_into_main(qtbot, app)
    window.open_case(case.id)
    window.new_session()
    page = window.workspace.page("sessions")
    page._timer.setInterval(100)  # the autosave period itself is not under test
    qtbot.keyClicks(page.editor.facts, "typed before the autosave")
    qtbot.waitUntil(lambda: bool(app.vault.sessions.drafts(case.id)), timeout=10_000)
    qtbot.keyClicks(page.editor.facts, ", and just before locking")
    window.search_notes()
    qtbot.keyClicks(window.search_dialog.field, "autosave")
    app.lock()
    assert window.search_dialog is None  # closed with the rest of the content
    assert isinstance(app.window, UnlockDialog)
    assert page.editor.facts.toPlainText() == ""

    window = _unlock_into_main(qtbot, app, PASSPHRASE)
    page = window.workspace.page("sessions")
    assert window.workspace.tabs.currentWidget() is page and page.banner.isVisible()
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert page.editor.facts.toPlainText() == (
        "typed before the autosave, and just before locking")
    assert not page.banner.isVisible()
    page.save()
    [row] = app.vault.sessions.list(case.id)
    assert app.vault.sessions.get(row.id).facts.endswith("just before locking")
    assert app.vault.sessions.drafts(case.id) == []


def test_leaving_a_record_saves_it_and_an_empty_one_is_dropped(qtbot, window, vault, case):
    window.open_case(case.id)
    window.new_session()
    page = window.workspace.page("sessions")
    page.new_session()  # nothing typed: nothing stored
    assert vault.sessions.list(case.id) == []
    qtbot.keyClicks(page.editor.facts, "short call")
    page.new_session()
    [row] = vault.sessions.list(case.id)
    assert vault.sessions.get(row.id).facts == "short call"
    assert page.list.count() == 1


def test_a_template_prefills_and_templates_are_edited_in_settings(qtbot, window, vault, case):
    def handler(dialog):
        page = next(p for p in dialog.pages if p.title() == "Note templates")
        dialog.tabs.setCurrentWidget(page)
        page.add_button.click()
        qtbot.keyClicks(page.name, "Call with a teacher")
        qtbot.keyClicks(page.facts, "School's view:")
        dialog.accept()

    answer_modal(qtbot, handler)
    window.settings_action.trigger()
    names = [t["name"] for t in vault.settings.get("sessions.templates")]
    assert names == ["First session with a parent", "Crisis call", "Call with a teacher"]
    window.open_case(case.id)
    window.new_session()
    ed = window.workspace.page("sessions").editor
    index = ed.template.findText(names[-1])
    ed.template.setCurrentIndex(index)
    ed.template.activated.emit(index)
    assert ed.facts.toPlainText() == "School's view:"
    crisis = ed.template.findText("Crisis call")
    ed.template.setCurrentIndex(crisis)
    ed.template.activated.emit(crisis)
    assert ed.value().mode is Mode.OUT_OF_HOURS
    assert ed.facts.toPlainText() == "School's view:"  # typed text stays


def _record(vault, case, days_ago, who, **kw):
    held = datetime.combine(date.today() - timedelta(days=days_ago), datetime.min.time())
    return vault.sessions.save(SessionRecord(case_id=case.id, held_at=held.replace(hour=10),
                                             key_clients=(who.id,), **kw))


def test_follow_ups_due_soon_on_the_case_list(qtbot, window, vault, case):
    mother = person(vault, case, "Mrs K.")
    due = _record(vault, case, 1, mother, next_steps="Meet the sister",
                  follow_up_on=date.today())
    _record(vault, case, 1, mother, next_steps="later", follow_up_on=date.today() + timedelta(days=30))
    window.refresh_cases()
    panel = window.followups
    assert panel.isVisible() and panel.list.count() == 1
    assert "Meet the sister" in panel.list.item(0).text()
    panel.list.setCurrentRow(0)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert window.shown_case_id() == case.id
    assert window.workspace.page("sessions")._shown_id == due.id
    window.show_case_list()
    panel.list.setCurrentRow(0)
    panel.done_button.click()
    assert not panel.isVisible() and vault.sessions.follow_ups(date.today()) == []


def test_progress_per_case_and_per_key_client_and_the_timeline(qtbot, window, vault, case):
    mother, father = person(vault, case, "Mrs K."), person(vault, case, "Mr K.")
    _record(vault, case, 9, mother, tasks=(TaskEntry(Task.WORK, rating=2),))
    _record(vault, case, 2, father, facts="father came",
            tasks=(TaskEntry(Task.WORK, rating=4, status=TaskStatus.ACHIEVED),))
    vault.maps.take_snapshot(case.id, "At intake", taken_on=date.today() - timedelta(days=20))
    window.open_case(case.id)
    ws = window.workspace
    ws.tabs.setCurrentWidget(ws.page("progress"))
    table = ws.page("progress").overview.table
    work_row = next(r for r in range(table.rowCount()) if "Finding a job" in table.item(r, 0).text())
    assert table.item(work_row, 1).text() == "Achieved" and table.item(work_row, 3).text() == "2"
    assert [p.rating for p in ws.page("progress").overview.chart.series[Task.WORK]] == [2, 4]
    ws.page("progress").who.setCurrentIndex(ws.page("progress").who.findData(mother.id))
    ws.page("progress").who.activated.emit(ws.page("progress").who.currentIndex())
    assert table.item(work_row, 1).text() == "In progress"
    assert list(ws.page("progress").overview.chart.series) == [Task.WORK]

    ws.tabs.setCurrentWidget(ws.page("timeline"))
    tree = ws.page("timeline").tree
    assert [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())] == [
        "Map snapshot", "Session", "Session"]
    ws.page("timeline").filters["snapshot"].setChecked(False)
    assert tree.topLevelItemCount() == 2
    tree.setCurrentItem(tree.topLevelItem(1))
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert ws.tabs.currentWidget() is ws.page("sessions")
    assert ws.page("sessions").editor.facts.toPlainText() == "father came"


def test_a_waiting_draft_is_not_overwritten_by_a_new_record(qtbot, window, vault, case):
    vault.sessions.save_draft(SessionRecord(case_id=case.id, held_at=datetime(2026, 3, 2, 9),
                                            facts="from before the crash"))
    window.open_case(case.id)
    page = window.workspace.page("sessions")
    assert page.banner.isVisible()
    page.new_session()
    qtbot.keyClicks(page.editor.facts, "another call")
    page.keep_draft()
    assert len(vault.sessions.drafts(case.id)) == 2
    page.restore_offered()  # saves "another call" first, then brings the old draft back
    assert page.editor.facts.toPlainText() == "from before the crash"
    page.save()
    assert sorted(vault.sessions.get(r.id).facts for r in vault.sessions.list(case.id)) == [
        "another call", "from before the crash"]
    assert vault.sessions.drafts(case.id) == []


def test_an_unsigned_record_can_be_deleted_a_signed_one_not(qtbot, window, vault, case):
    keep = vault.sessions.save(SessionRecord(case_id=case.id, held_at=datetime(2026, 3, 1, 9),
                                             facts="signed"))
    vault.sessions.sign(keep.id)
    wrong = vault.sessions.save(SessionRecord(case_id=case.id, held_at=datetime(2026, 3, 2, 9),
                                              facts="typed for the wrong case"))
    window.open_case(case.id)
    page = window.workspace.page("sessions")
    page.open_session(wrong.id)
    answer_modal(qtbot, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    page.delete_session(wrong.id)
    assert [r.id for r in vault.sessions.list(case.id)] == [keep.id]
    assert page.editor.value().id is None and page.list.count() == 1
    answer_modal(qtbot, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    page.delete_session(keep.id)
    assert [r.id for r in vault.sessions.list(case.id)] == [keep.id]
    assert "signed off" in page.state.text()


def test_alt_keys_jump_to_the_grounding_and_the_tasks(qtbot, window, vault, case):
    window.open_case(case.id)
    window.new_session()
    ed = window.workspace.page("sessions").editor
    qtbot.keyClick(focused(), Qt.Key.Key_X, Qt.KeyboardModifier.AltModifier)
    assert focused() is ed.task_rows[Task.FUTURE].addressed
    qtbot.keyClick(focused(), Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert focused() is ed.task_rows[Task.RELATIONSHIPS].addressed
    qtbot.keyClick(focused(), Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert focused() is ed.facts


def test_a_record_that_cannot_be_saved_is_not_left_behind(qtbot, window, vault, case):
    from PySide6.QtCore import QDate

    window.open_case(case.id)
    window.new_session()
    page = window.workspace.page("sessions")
    ed = page.editor
    qtbot.keyClicks(ed.facts, "call about the weekend")
    ed.follow_up.setChecked(True)
    ed.follow_up_on.setDate(QDate.currentDate().addDays(-3))  # before the session
    page.new_session()
    assert "before the session" in page.state.text()
    assert ed.facts.toPlainText() == "call about the weekend"  # still here, not left
    assert vault.sessions.list(case.id) == []
    [draft] = vault.sessions.drafts(case.id)
    assert draft.record.facts == "call about the weekend"


def test_who_was_present_stays_ticked_when_no_longer_a_candidate(qtbot, vault, case):
    from legato_desk.ui.sessions.page import SessionsPage

    mother, father = person(vault, case, "Mrs K."), person(vault, case, "Mr K.")
    saved = vault.sessions.save(SessionRecord(case_id=case.id, held_at=datetime(2026, 3, 2, 9),
                                              key_clients=(father.id,), facts="x"))
    page = SessionsPage(vault, candidates_provider=lambda _cid: [mother])
    qtbot.addWidget(page)
    page.show_case(case)
    assert page.editor.key_clients.count() == 1  # a new record offers the candidates only
    page.open_session(saved.id)
    assert page.editor.value().key_clients == (father.id,)
    qtbot.keyClicks(page.editor.facts, "y")
    page.save()
    assert vault.sessions.get(saved.id).key_clients == (father.id,)
    page.new_session()
    assert page.editor.key_clients.count() == 1 and page.editor.value().key_clients == ()


def test_a_draft_naming_a_person_who_left_the_map_still_restores(qtbot, window, vault, case):
    father = person(vault, case, "Mr K.")
    vault.sessions.save_draft(SessionRecord(case_id=case.id, held_at=datetime(2026, 3, 2, 9),
                                            key_clients=(father.id,), facts="kept"))
    vault.maps.remove([father.id])
    window.open_case(case.id)
    page = window.workspace.page("sessions")
    page.restore_offered()
    assert page.editor.facts.toPlainText() == "kept" and page.editor.value().key_clients == ()


# --- issue 16.2: a task's status changes only when the counsellor changes it -------------

ALT = Qt.KeyboardModifier.AltModifier


def _established_before(vault, case):
    """A signed session that established the reliable relationships and paused the job."""
    earlier = vault.sessions.save(SessionRecord(
        case_id=case.id, held_at=datetime(2026, 1, 12, 10), facts="Sunday dinners",
        tasks=(TaskEntry(Task.RELATIONSHIPS, rating=4, status=TaskStatus.ACHIEVED),
               TaskEntry(Task.WORK, rating=2, status=TaskStatus.PAUSED))))
    vault.sessions.sign(earlier.id)
    return earlier


def _sign_off_by_keys(qtbot, window):
    answer_modal(qtbot, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL | SHIFT)
    window.activateWindow()  # offscreen, activation does not return by itself after a modal
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _progress_status(window, task_label):
    ws = window.workspace
    ws.tabs.setCurrentWidget(ws.page("progress"))
    table = ws.page("progress").overview.table
    texts = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert task_label in texts, texts
    row = texts.index(task_label)
    return table.item(row, 1).text()


def test_ticking_an_established_task_keeps_it_established_to_the_progress_tab(
        qtbot, window, vault, case):
    from PySide6.QtCore import QDate, QDateTime, QTime

    earlier = _established_before(vault, case)
    window.open_case(case.id)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL | SHIFT)  # new session record
    page = window.workspace.page("sessions")
    ed = page.editor
    ed.held_at.setDateTime(QDateTime(QDate(2026, 2, 2), QTime(10, 0)))  # no clock in the test
    rel, work = ed.task_rows[Task.RELATIONSHIPS], ed.task_rows[Task.WORK]
    assert rel.current.text().startswith("Established")
    qtbot.keyClick(focused(), Qt.Key.Key_G, ALT)  # Alt+G: the grounding
    assert focused() is rel.addressed
    qtbot.keyClick(rel.addressed, Qt.Key.Key_Space)  # tick "Reliable relationships"
    assert rel.status.currentText() == "Established"  # as it stood, not "Building"
    tab(qtbot, rel.done)
    qtbot.keyClicks(rel.done, "The dinners go on")
    qtbot.keyClick(focused(), Qt.Key.Key_X, ALT)  # the six tasks
    tab(qtbot, ed.task_rows[Task.WORK].addressed)
    qtbot.keyClick(work.addressed, Qt.Key.Key_Space)
    assert work.status.currentText() == "Paused"  # ticking does not resume it either
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)  # save
    _sign_off_by_keys(qtbot, window)

    [new] = [r for r in vault.sessions.list(case.id) if r.id != earlier.id]
    stored = vault.sessions.get(new.id)
    assert stored.signed
    assert [(e.task, e.status) for e in stored.tasks] == [
        (Task.RELATIONSHIPS, TaskStatus.ACHIEVED), (Task.WORK, TaskStatus.PAUSED)]
    assert _progress_status(window, "Reliable relationships") == "Established"
    assert _progress_status(window, "2 · Finding a job") == "Paused"


def test_a_template_that_ticks_an_established_task_keeps_its_status(qtbot, window, vault,
                                                                    case):
    _established_before(vault, case)
    window.open_case(case.id)
    window.new_session()
    ed = window.workspace.page("sessions").editor
    index = ed.template.findText("First session with a parent")  # ticks the relationships
    ed.template.setCurrentIndex(index)
    ed.template.activated.emit(index)
    rel = ed.task_rows[Task.RELATIONSHIPS]
    assert rel.addressed.isChecked() and rel.status.currentText() == "Established"
    assert ed.value().entry(Task.RELATIONSHIPS).status is TaskStatus.ACHIEVED


def test_a_status_the_counsellor_changes_is_kept_and_a_new_task_starts_in_progress(
        qtbot, window, vault, case):
    _established_before(vault, case)
    window.open_case(case.id)
    window.new_session()
    ed = window.workspace.page("sessions").editor
    rel, future = ed.task_rows[Task.RELATIONSHIPS], ed.task_rows[Task.FUTURE]
    qtbot.keyClick(focused(), Qt.Key.Key_G, ALT)
    qtbot.keyClick(rel.addressed, Qt.Key.Key_Space)
    rel.status.setFocus()
    qtbot.keyClicks(rel.status, "B")  # the counsellor says: building again
    assert rel.status.currentText() == "Building"
    qtbot.keyClick(future.addressed, Qt.Key.Key_Space)
    assert future.status.currentText() == "In progress"  # never addressed: it begins
    assert [(e.task, e.status) for e in ed.value().tasks] == [
        (Task.RELATIONSHIPS, TaskStatus.IN_PROGRESS), (Task.FUTURE, TaskStatus.IN_PROGRESS)]


# --- issue 16.6: who was present, and no task work with an ended key-client --------------


def _father_ended(vault, case):
    """The father was chosen, approached, and ended the work himself on 01.03.2026."""
    from legato_desk.model.keyclients import EndReason, Status

    father = person(vault, case, "Mr K.")
    kc = vault.keyclients.mark(case.id, father.id, on=date(2026, 1, 5))
    vault.keyclients.decide(kc.id, "At the mother's wish.", on=date(2026, 1, 6))
    vault.keyclients.change_status(kc.id, Status.APPROACHED, on=date(2026, 1, 7))
    vault.keyclients.change_status(kc.id, Status.ENDED, EndReason.BY_KEYCLIENT,
                                   "does not want counselling for now", on=date(2026, 3, 1))
    return father, kc


def _item(ed, name):
    return next(ed.key_clients.item(i) for i in range(ed.key_clients.count())
                if ed.key_clients.item(i).text().startswith(name))


def test_an_ended_key_client_is_labelled_and_needs_a_re_approach_before_task_work(
        qtbot, window, vault, case):
    from PySide6.QtCore import QDate, QDateTime, QTime

    from legato_desk.model.keyclients import Status

    father, kc = _father_ended(vault, case)
    window.open_case(case.id)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL | SHIFT)
    page = window.workspace.page("sessions")
    ed = page.editor
    ed.held_at.setDateTime(QDateTime(QDate(2026, 3, 10), QTime(17, 0)))
    # Everyone present says what they were that day; nobody is a "key-client" by a tick.
    assert _item(ed, "Mr K.").text() == (
        "Mr K. (father) · not a key-client: the work ended on 01.03.2026")
    assert _item(ed, "Mrs K.").text() == "Mrs K. (mother) · not a key-client"
    assert "Approach them again" in _item(ed, "Mr K.").toolTip()

    qtbot.keyClick(focused(), Qt.Key.Key_Y, ALT)  # Alt+Y: who was present
    assert focused() is ed.key_clients
    ed.key_clients.setCurrentItem(_item(ed, "Mr K."))
    qtbot.keyClick(ed.key_clients, Qt.Key.Key_Space)  # the father came
    qtbot.keyClick(focused(), Qt.Key.Key_X, ALT)
    emotions = ed.task_rows[Task.EMOTIONS]
    for task in (Task.WORK, Task.CHALLENGES, Task.PARTNER, Task.EMOTIONS):
        tab(qtbot, ed.task_rows[task].addressed)
    qtbot.keyClick(emotions.addressed, Qt.Key.Key_Space)
    qtbot.keyClick(focused(), Qt.Key.Key_S, CTRL)
    assert page.state.text().startswith(
        "Not saved: Mr K. (father) ended the work as key-client on 01.03.2026. Before task "
        "work is recorded for them, approach them again on the Key-clients tab")
    assert vault.sessions.list(case.id) == []
    [draft] = vault.sessions.drafts(case.id)  # nothing typed is lost
    assert draft.record.key_clients == (father.id,)

    # The Key-clients tab: approaching him again needs a reason.
    ws = window.workspace
    ws.tabs.setCurrentWidget(ws.page("keyclients"))
    kpage = ws.page("keyclients")
    kpage.list.setCurrentRow(next(i for i in range(kpage.list.count())
                                  if kpage.list.item(i).text().startswith("Mr K.")))
    kpage.detail.setCurrentIndex(1)
    follow = kpage.follow
    assert follow.next_status.currentText() == "Approached"
    assert "needed" in follow.note.placeholderText()
    follow.on.setDate(QDate(2026, 3, 9))
    qtbot.mouseClick(follow.record, Qt.MouseButton.LeftButton)
    assert "why you approach them again" in follow.status_prompt.text()
    assert vault.keyclients.candidate(kc.id).status is Status.ENDED
    qtbot.keyClicks(follow.note, "He asked to come along after the argument at home")
    qtbot.keyClick(follow.note, Qt.Key.Key_Return)
    qtbot.mouseClick(follow.record, Qt.MouseButton.LeftButton)
    assert [(e.on, e.status, e.note) for e in vault.keyclients.history(kc.id)][-1] == (
        date(2026, 3, 9), Status.APPROACHED, "He asked to come along after the argument at home")

    # Back on the record: he is a key-client again, and the task work is saved.
    ws.tabs.setCurrentWidget(page)
    assert ed.value().key_clients == (father.id,)  # the record is still on screen
    assert _item(ed, "Mr K.").text() == "Mr K. (father) · key-client (Approached)"
    qtbot.keyClick(ed.facts, Qt.Key.Key_S, CTRL)
    [row] = vault.sessions.list(case.id)
    stored = vault.sessions.get(row.id)
    assert stored.key_clients == (father.id,) and stored.entry(Task.EMOTIONS) is not None
    assert vault.conn.execute(
        "SELECT person_id, name FROM session_participants WHERE session_id = ?",
        (row.id,)).fetchall() == [(father.id, "Mr K.")]


def test_an_ended_key_client_may_be_present_without_task_work_and_is_labelled_so(
        qtbot, window, vault, case):
    from PySide6.QtCore import QDate, QDateTime, QTime

    father, _kc = _father_ended(vault, case)
    window.open_case(case.id)
    window.new_session()
    page = window.workspace.page("sessions")
    ed = page.editor
    ed.held_at.setDateTime(QDateTime(QDate(2026, 3, 1), QTime(17, 0)))
    # On the day he ended it, that last talk still belongs to the work.
    assert _item(ed, "Mr K.").text() == "Mr K. (father) · key-client (Approached)"
    ed.held_at.setDateTime(QDateTime(QDate(2026, 3, 12), QTime(17, 0)))
    item = _item(ed, "Mr K.")
    assert item.text().endswith("the work ended on 01.03.2026")
    item.setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(ed.facts, "He called to say thank you.")
    assert page.save()
    [row] = vault.sessions.list(case.id)
    assert vault.sessions.get(row.id).key_clients == (father.id,)
    answer_modal(qtbot, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    page.sign_off()
    assert "Present: Mr K. (father) · not a key-client: the work ended on 01.03.2026" in (
        page.view.toPlainText())

"""The contact plan on the Progress tab and the open door on the Key-clients tab,
driven like a person: keyboard in the plan's editor, undo from the Edit menu,
what is stored afterwards."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from PySide6.QtCore import QDate, QPointF, QSettings, Qt
from PySide6.QtWidgets import QApplication

from legato_desk.model.contact_plan import PlanStep, SlotState, Unit
from legato_desk.model.keyclients import Status
from legato_desk.model.session import SessionRecord
from legato_desk.ui.contact_plan.editor import ContactPlanDialog
from legato_desk.ui.main_window import MainWindow
from legato_desk.vault.contact_plans import ContactPlanRepository, OpenDoorRepository
from legato_desk.vault.keyclients import KeyClientRepository
from tests.ui.conftest import answer_modal

TODAY = date(2026, 11, 20)
NOW = datetime(2026, 11, 20, 15, 0, tzinfo=timezone.utc)


@pytest.fixture
def window(qtbot, vault, app_paths):
    clock = lambda: NOW  # noqa: E731
    vault.keyclients = KeyClientRepository(vault.conn, vault.audit, clock=clock)
    vault.contact_plans = ContactPlanRepository(vault.conn, vault.audit, clock=clock)
    vault.open_doors = OpenDoorRepository(vault.conn, vault.audit, vault.keyclients,
                                          clock=clock)
    settings = QSettings(str(app_paths.settings_file), QSettings.Format.IniFormat)
    win = MainWindow(vault, settings, today=lambda: TODAY)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def mother(vault, window):
    case = vault.cases.create("A.")
    person = vault.maps.add_person(case.id, 0.1, 0.1, name="Mother", role="mother")
    cand = vault.keyclients.mark(case.id, person.id, date(2026, 8, 1))
    vault.keyclients.decide(cand.id, "the son still calls her", date(2026, 8, 3))
    vault.keyclients.change_status(cand.id, Status.APPROACHED, on=date(2026, 8, 3))
    vault.keyclients.change_status(cand.id, Status.ACTIVE, on=date(2026, 8, 10))
    for day in (date(2026, 9, 1), date(2026, 9, 9), date(2026, 10, 5)):
        vault.sessions.save(SessionRecord(case_id=case.id, held_at=datetime.combine(
            day, datetime.min.time()).replace(hour=10), key_clients=(person.id,)))
    window.refresh_cases(case.id)
    window.open_case(case.id)
    return case, person, vault.keyclients.candidate(cand.id)


def driven(qtbot, handler):
    """answer_modal, but a failed assertion closes the dialog and fails the test."""
    failures = []

    def run(dialog):
        try:
            handler(dialog)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the test
            failures.append(exc)
            dialog.reject()

    seen = answer_modal(qtbot, run)
    return seen, failures


def _progress(window, person_id):
    ws = window.workspace
    page = ws.page("progress")
    ws.tabs.setCurrentWidget(page)
    page.who.setCurrentIndex(page.who.findData(person_id))
    page.who.activated.emit(page.who.currentIndex())
    return page, window.contact_plan


def test_the_plan_is_made_from_the_keyboard_shown_against_the_sessions_and_undone(
        qtbot, window, vault, mother):
    case, person, cand = mother
    page, panel = _progress(window, person.id)
    assert panel.edit_button.isEnabled()
    assert "No contact plan yet" in panel.summary.text()

    def fill(dialog: ContactPlanDialog):
        def add_step(count):  # an access key clicks its button after a short animation
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A,
                           Qt.KeyboardModifier.AltModifier)
            qtbot.waitUntil(lambda: len(dialog.rows) == count)

        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        # Weekly from 31.08., fortnightly from October, on request from 16.11.
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        first = dialog.rows[0]
        first.starts_on.setDate(QDate(2026, 8, 31))
        assert first.unit.currentData() == "weeks" and first.every.value() == 1
        add_step(2)
        second = dialog.rows[1]
        assert second.starts_on.hasFocus()
        second.starts_on.setDate(QDate(2026, 10, 1))
        assert second.every.value() == 2  # the rhythm halves by default
        add_step(3)
        third = dialog.rows[2]
        third.starts_on.setDate(QDate(2026, 11, 16))
        third.unit.setFocus()
        third.unit.setCurrentIndex(third.unit.findData("on_request"))
        assert not third.every.isVisible()
        # A duplicate date is refused, the dialog stays open and says why.
        add_step(4)
        dialog.rows[3].starts_on.setDate(QDate(2026, 10, 1))
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
        assert "Two steps start on 01.10.2026" in dialog.message.text()
        assert dialog.isVisible()
        dialog.rows[3].remove.setFocus()
        qtbot.keyClick(dialog.rows[3].remove, Qt.Key.Key_Space)
        assert len(dialog.rows) == 3
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    seen, failures = driven(qtbot, fill)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert seen
    if failures:
        raise failures[0]
    plan = [PlanStep(date(2026, 8, 31), Unit.WEEKS, 1), PlanStep(date(2026, 10, 1), Unit.WEEKS, 2),
            PlanStep(date(2026, 11, 16), Unit.ON_REQUEST)]
    assert vault.contact_plans.steps(cand.id) == plan
    # Weekly 31.08.-01.10.: 4 slots + stub, 2 held; fortnightly: 3 slots, 1 held.
    result = panel.strip.comparison
    assert [t.held for t in result.by_step()] == [2, 1, 0]
    assert result.slots[-1].state is SlotState.ON_REQUEST
    assert "Now: on request, since 16.11.2026." in panel.summary.text()
    assert "missed 4" in panel.summary.text()
    assert not panel.alert.isVisible()  # the door is open: nothing is overdue now
    assert panel.table.rowCount() == 3
    assert [panel.table.item(0, c).text() for c in range(6)] == [
        "31.08.2026", "30.09.2026", "weekly", "4", "2", "2"]
    assert panel.table.item(2, 5).text() == "–"

    # The strip draws every slot (its band is where the mouse finds it) and its words.
    panel.strip.resize(800, panel.strip.sizeHint().height())
    panel.strip.grab()
    band = panel.strip.band_rect()
    assert panel.strip.slot_at(band.topLeft() + QPointF(1, 1)).start == date(2026, 8, 31)
    assert panel.strip.slot_at(band.topRight() + QPointF(-1, 1)).state is SlotState.ON_REQUEST
    assert panel.strip.accessibleDescription() == "7 contacts planned, 3 held, 4 missed."
    assert vault.audit.entries()[-1][3:] == ("changed", "contact_plan", str(cand.id))

    window.undo_action.trigger()
    assert vault.contact_plans.steps(cand.id) == []
    assert "No contact plan yet" in panel.summary.text()
    window.redo_action.trigger()
    assert vault.contact_plans.steps(cand.id) == plan
    assert panel.table.rowCount() == 3


def test_an_overdue_contact_is_said_in_words_and_the_whole_case_has_no_plan(
        qtbot, window, vault, mother):
    _case, person, cand = mother
    vault.contact_plans.set_steps(cand.id, [PlanStep(date(2026, 10, 1), Unit.WEEKS, 2)])
    page, panel = _progress(window, person.id)
    assert panel.alert.isVisible()
    assert "since the contact planned from 15.10.2026" in panel.alert.text()
    assert "Now: fortnightly, since 01.10.2026." in panel.summary.text()
    page.who.setCurrentIndex(0)  # the whole case
    page.who.activated.emit(0)
    assert not panel.edit_button.isEnabled()
    assert "Choose a key-client" in panel.summary.text()
    assert panel.table.rowCount() == 0


def test_ending_with_the_door_open_records_the_crisis_route_shown_on_the_profile(
        qtbot, window, vault, mother):
    _case, _person, cand = mother
    agency = vault.directory.add_agency("Beratungsstelle Nord", "other")
    contact_id = vault.directory.save_contact(agency.id, name="Lena Berg", role="Crisis line")
    ws = window.workspace
    page = ws.page("keyclients")
    ws.tabs.setCurrentWidget(page)
    page.select(cand.id)
    follow = page.follow
    page.detail.setCurrentIndex(1)
    follow.next_status.setCurrentIndex(follow.next_status.findData(Status.ENDED.value))
    follow.end_reason.setCurrentIndex(follow.end_reason.findData("goals_reached"))
    follow.on.setDate(QDate(TODAY))  # the panel's own clock is the system's
    assert follow.open_door.isVisible() and not follow.route.isVisible()
    follow.open_door.setFocus()
    qtbot.keyClick(follow.open_door, Qt.Key.Key_Space)
    assert follow.route.isVisible()
    # Without a route the ending is refused and nothing changes.
    qtbot.mouseClick(follow.record, Qt.MouseButton.LeftButton)
    assert "crisis route" in follow.status_prompt.text()
    assert vault.keyclients.candidate(cand.id).status is Status.ACTIVE
    follow.route.route.setFocus()
    qtbot.keyClicks(follow.route.route, "Office line weekdays; the crisis phone evenings")
    follow.route.contact.setCurrentIndex(follow.route.contact.findData(contact_id))
    qtbot.mouseClick(follow.record, Qt.MouseButton.LeftButton)
    assert not follow.status_prompt.text()
    assert vault.keyclients.candidate(cand.id).status is Status.ENDED
    door = vault.open_doors.current(cand.id)
    assert (door.route, door.contact_id, door.contact_label) == (
        "Office line weekdays; the crisis phone evenings", contact_id,
        "Lena Berg, Crisis line (Beratungsstelle Nord)")
    profile = page.profile
    assert not profile.door_box.isHidden()
    assert profile.door_text.text().splitlines() == [
        "The work ended on 20.11.2026; the door stays open.",
        "Office line weekdays; the crisis phone evenings",
        "Contact: Lena Berg, Crisis line (Beratungsstelle Nord)"]

    def change(dialog):
        dialog.fields.route.selectAll()
        qtbot.keyClicks(dialog.fields.route, "Only the crisis phone")
        dialog.fields.contact.setCurrentIndex(0)
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    seen, failures = driven(qtbot, change)
    qtbot.mouseClick(profile.change_route, Qt.MouseButton.LeftButton)
    assert seen and not failures
    door = vault.open_doors.current(cand.id)
    assert (door.route, door.contact_id) == ("Only the crisis phone", None)
    assert "Contact:" not in profile.door_text.text()

    window.undo_action.trigger()  # the route as it was
    assert vault.open_doors.current(cand.id).route.startswith("Office line")
    window.undo_action.trigger()  # the ending with its open door
    assert vault.keyclients.candidate(cand.id).status is Status.ACTIVE
    assert vault.open_doors.current(cand.id) is None
    assert profile.door_box.isHidden()
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert vault.open_doors.current(cand.id).route == "Only the crisis phone"

"""The Conferences tab and its editor, driven like a person; from a conference the
export dialog opens with that conference chosen (anonymous: no real names)."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from PySide6.QtCore import QDate, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from legato_desk.model.conference import AgendaItem, Participant
from legato_desk.model.export import Audience, Section
from legato_desk.ui.export.dialog import ExportDialog
from legato_desk.ui.main_window import MainWindow
from legato_desk.vault.conferences import ConferenceRepository
from legato_desk.vault.plan import PlanRepository
from tests.ui.conftest import answer_modal

TODAY = date(2025, 6, 13)
NOW = datetime(2025, 6, 13, 15, 30, tzinfo=timezone.utc)


@pytest.fixture
def window(qtbot, vault, app_paths):
    vault.conferences = ConferenceRepository(vault.conn, vault.audit, clock=lambda: NOW)
    vault.plan = PlanRepository(vault.conn, vault.audit, clock=lambda: NOW)
    settings = QSettings(str(app_paths.settings_file), QSettings.Format.IniFormat)
    win = MainWindow(vault, settings, today=lambda: TODAY)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def case(vault, window):
    case = vault.cases.create("A.")
    window.refresh_cases(case.id)
    window.open_case(case.id)
    return case


def _contact(vault):
    agency = vault.directory.add_agency("Jugendamt Nord", "youth_welfare")
    return vault.directory.contact(vault.directory.save_contact(
        agency.id, name="Lena Berg", role="case worker", deputy="Tom Sand"))


def test_a_conference_is_recorded_with_the_keyboard(qtbot, window, vault, case):
    contact = _contact(vault)
    ws = window.workspace
    page = ws.page("conferences")
    ws.tabs.setCurrentWidget(page)
    assert ws.tabs.tabText(ws.tabs.indexOf(page)) == "Conferences"
    assert not page.export_button.isEnabled()

    def fill(dialog):
        dialog.when.setDate(QDate(2025, 6, 10))
        assert dialog.anonymous.isChecked()  # anonymous until a security risk is found
        dialog.accept()  # nothing on the agenda: refused, kept open, nothing stored
        assert dialog.isVisible() and "agenda item" in dialog.message.text()
        assert vault.conferences.for_case(case.id) == []
        dialog.topic.setFocus()
        qtbot.keyClicks(dialog.topic, "School attendance")
        qtbot.keyClick(dialog.topic, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.topic, "The milieu")
        qtbot.keyClick(dialog.topic, Qt.Key.Key_Return)
        dialog.agenda.setFocus()
        dialog.agenda.setCurrentRow(0)
        qtbot.keyClick(dialog.agenda, Qt.Key.Key_Space)  # the client agreed to this one
        dialog.tabs.setCurrentIndex(1)
        dialog.directory.setCurrentIndex(dialog.directory.findText(contact.label()))
        dialog.add_from_directory()
        dialog.role.setFocus()
        qtbot.keyClicks(dialog.role, "mother")
        dialog.add_by_role()
        dialog.duty.setCurrentIndex(0)  # chairs
        dialog.holder.setCurrentIndex(0)
        dialog.give_role()
        dialog.duty.setCurrentIndex(2)  # contact for the family
        dialog.holder.setCurrentIndex(1)
        dialog.give_role()
        dialog.tabs.setCurrentIndex(2)
        dialog._add_measure_row("Talk to the school", "case worker", "31.06.2025")
        dialog.accept()
        assert dialog.isVisible() and "dd.mm.yyyy" in dialog.message.text()
        dialog.measures.item(0, 2).setText("30.06.2025")
        dialog.tabs.setCurrentIndex(3)
        qtbot.keyClicks(dialog.minutes, "It got better")
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(
            QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)

    answer_modal(qtbot, fill)
    offers = _answer_question(qtbot, QMessageBox.StandardButton.No)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert "1 measure" in offers[0]  # offered, declined: the plan stays as it was
    assert vault.plan.measures(case.id) == []
    (c,) = vault.conferences.for_case(case.id)
    assert (c.held_on, c.anonymous) == (date(2025, 6, 10), True)
    assert c.agenda == (AgendaItem("School attendance", True), AgendaItem("The milieu", False))
    assert c.participants == (Participant("case worker", "Lena Berg", "Jugendamt Nord",
                                          contact.id), Participant("mother"))
    assert [(r.duty, r.holder) for r in c.roles] == [("chairs", 0),
                                                     ("contact for the family", 1)]
    assert [(m.what, m.due_on) for m in c.measures] == [("Talk to the school",
                                                         date(2025, 6, 30))]
    assert (c.minutes, c.minutes_agreed) == ("It got better", False)
    assert page.table.rowCount() == 1 and page.table.item(0, 2).text() == "School attendance"


def _answer_question(qtbot, button):
    """Press ``button`` on the next message box that opens; returns its text."""
    texts = []

    def poll():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, poll)
            return
        texts.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, poll)
    return texts


def test_after_saving_measures_they_can_be_taken_into_the_plan(qtbot, window, vault):
    case = vault.cases.create("B.", opened_on=date(2025, 3, 3))  # the plan starts then
    window.refresh_cases(case.id)
    window.open_case(case.id)
    ws = window.workspace
    page = ws.page("conferences")
    ws.tabs.setCurrentWidget(page)

    def fill(dialog):
        dialog.when.setDate(QDate(2025, 6, 10))
        dialog.topic.setFocus()
        qtbot.keyClicks(dialog.topic, "School attendance")
        qtbot.keyClick(dialog.topic, Qt.Key.Key_Return)
        dialog.tabs.setCurrentIndex(1)
        for role in ("mother", "teacher"):
            dialog.role.setFocus()
            qtbot.keyClicks(dialog.role, role)
            dialog.add_by_role()
        dialog.tabs.setCurrentIndex(2)
        dialog._add_measure_row("Talk to the school", "mother", "30.06.2025")
        dialog._add_measure_row("Find a sports club", "Uncle Ben", "")
        dialog.accept()

    answer_modal(qtbot, fill)
    offers = _answer_question(qtbot, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert offers and "intervention plan" in offers[0]
    plan = ws.page("plan")
    assert ws.tabs.currentWidget() is plan  # shown with what was taken over
    assert [(m.what, m.who, m.due_on) for m in vault.plan.measures(case.id)] == [
        ("Talk to the school", "mother", date(2025, 6, 30)),
        ("Find a sports club", "Uncle Ben", None)]
    assert plan.measures.rowCount() == 2
    window.undo_action.trigger()
    assert vault.plan.measures(case.id) == [] and plan.measures.rowCount() == 0


def test_removing_a_participant_takes_their_role_back(qtbot, window, vault, case):
    page = window.workspace.page("conferences")

    def fill(dialog):
        for role in ("mother", "father"):
            dialog.role.setText(role)
            dialog.add_by_role()
        dialog.holder.setCurrentIndex(1)
        dialog.give_role()
        dialog.people_table.setCurrentCell(0, 0)
        dialog.remove_participant()
        assert [(r.duty, r.holder) for r in dialog.roles] == [("chairs", 0)]
        assert dialog.roles_table.item(0, 1).text() == "father"
        dialog.reject()

    answer_modal(qtbot, fill)
    page.add_conference()


def test_export_from_a_conference_preselects_it_and_refuses_real_names(
        qtbot, window, vault, case, monkeypatch):
    c = vault.conferences.add(case.id, held_on=date(2025, 6, 10), anonymous=True,
                              agenda=[AgendaItem("School", True)],
                              participants=[Participant("mother")])
    page = window.workspace.page("conferences")
    page.reload()
    page.table.selectRow(0)
    seen = {}

    def look(dialog):
        request = dialog._chosen_request()
        seen.update(audience=request.audience, conference=request.conference_id,
                    section=Section.CONFERENCE in request.sections,
                    real_names=dialog.real_names.isEnabled())
        dialog.reject()

    answer_modal(qtbot, look)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert seen == dict(audience=Audience.CASE_CONFERENCE, conference=c.id, section=True,
                        real_names=False)


def test_no_conference_chosen_leaves_the_record_out(qtbot, vault, case, window):
    vault.conferences.add(case.id, held_on=date(2025, 6, 10), anonymous=False,
                          agenda=[AgendaItem("School", True)],
                          participants=[Participant("mother")])
    dialog = ExportDialog(vault, case.id)
    qtbot.addWidget(dialog)
    dialog.audience.setCurrentIndex(dialog.audience.findData(Audience.CASE_CONFERENCE))
    request = dialog._chosen_request()
    assert request.conference_id is None and Section.CONFERENCE not in request.sections
    assert dialog.real_names.isEnabled()

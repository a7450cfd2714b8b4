"""The Release tab of a justice-route case and the directory's office hours,
driven from the keyboard."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from legato_desk.model.availability import Availability, Hours
from legato_desk.model.intake import ReferralRoute
from legato_desk.model.release import default_items
from legato_desk.ui.main_window import MainWindow
from legato_desk.ui.safeguarding.directory_dialog import ContactDialog

OFFICE = Availability((Hours(540, 960),) * 5)


@pytest.fixture
def window(qtbot, vault, app_paths):
    settings = QSettings(str(app_paths.settings_file), QSettings.Format.IniFormat)
    win = MainWindow(vault, settings, today=lambda: date(2025, 6, 10))
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def case(vault, window):
    case = vault.cases.create("A.")
    window.refresh_cases(case.id)
    window.open_case(case.id)
    return case


def _type(qtbot, edit, text):
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def _tab_shown(window) -> bool:
    tabs = window.workspace.tabs
    return tabs.isTabVisible(tabs.indexOf(window.workspace.page("release")))


def _justice(qtbot, window, route=ReferralRoute.JUSTICE):
    intake = window.workspace.page("intake")
    intake.route.setFocus()
    intake.route.setCurrentIndex(intake.route.findData(route))
    intake.flush()


def test_the_tab_is_there_for_the_justice_route_only(qtbot, window, vault, case):
    assert not _tab_shown(window)
    _justice(qtbot, window)
    assert _tab_shown(window)
    _justice(qtbot, window, ReferralRoute.SCHOOL)
    assert not _tab_shown(window)
    other = vault.cases.create("B.")
    vault.intake.save(vault.intake.get(other.id).__class__(
        case_id=other.id, referral_route=ReferralRoute.JUSTICE))
    window.open_case(other.id)
    assert _tab_shown(window)
    window.open_case(case.id)
    assert not _tab_shown(window)


def test_a_friday_afternoon_release_is_planned_and_warned_about(qtbot, window, vault, case):
    agency = vault.directory.add_agency("Bewährungshilfe Mitte", "probation")
    cid = vault.directory.save_contact(agency.id, name="Anna Roth", role="probation officer",
                                       deputy="Ben Kurz")
    vault.directory.set_availability(cid, OFFICE, OFFICE)
    _justice(qtbot, window)
    ws = window.workspace
    page = ws.page("release")
    ws.tabs.setCurrentWidget(page)
    assert not page.body.isEnabled()
    page.begin_button.setFocus()
    qtbot.keyClick(page.begin_button, Qt.Key.Key_Space)
    assert [i.label for i in page.items] == default_items("en")
    assert QApplication.focusWidget() is page.day
    _type(qtbot, page.day, "13.06.2025")
    _type(qtbot, page.time, "15:30")
    _type(qtbot, page.institution, "JVA Nord")
    # Tick "pick-up arranged" with Space, give it a note; make the probation officer
    # responsible for "probation contact".
    page.table.setFocus()
    page.table.setCurrentCell(0, 0)
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    _type(qtbot, page.note, "the brother drives")
    page.table.setCurrentCell(3, 0)
    label = vault.directory.contact(cid).label()
    page.responsible.setFocus()
    page.responsible.setCurrentIndex(page.responsible.findText(label))
    qtbot.keyClick(page.save_button, Qt.Key.Key_Space)
    assert page.message.text() == ""
    release = vault.releases.get(case.id)
    assert (release.moment, release.institution) == (datetime(2025, 6, 13, 15, 30), "JVA Nord")
    assert (release.items[0].done, release.items[0].note) == (True, "the brother drives")
    assert (release.items[3].responsible, release.items[3].contact_id) == (label, cid)
    assert page.reach.warning.isVisibleTo(page)
    assert page.reach.warning.text() == (
        "Released on Friday 15:30: none of the case's contacts is reachable until "
        "Monday 9:00.")
    assert page.reach.table.rowCount() == 2
    assert page.reach.table.item(1, 0).text() == "Ben Kurz (deputy)"
    assert [page.reach.table.item(0, c).text() for c in (2, 3, 4)] == ["no", "no", "yes"]
    # A Tuesday-morning release: no warning.
    _type(qtbot, page.day, "10.06.2025")
    _type(qtbot, page.time, "10:00")
    assert page.flush()
    assert vault.releases.get(case.id).moment == datetime(2025, 6, 10, 10, 0)
    assert not page.reach.warning.isVisibleTo(page)
    assert page.reach.table.item(0, 1).text() == "at once"


def test_bad_input_is_refused_with_a_message_and_items_are_added_and_removed(
        qtbot, window, vault, case):
    _justice(qtbot, window)
    page = window.workspace.page("release")
    window.workspace.tabs.setCurrentWidget(page)
    page.begin()
    _type(qtbot, page.time, "25:00")
    qtbot.keyClick(page.save_button, Qt.Key.Key_Space)
    assert "15:30" in page.message.text()
    assert vault.releases.get(case.id).released_at is None
    _type(qtbot, page.time, "")
    qtbot.keyClick(page.add_button, Qt.Key.Key_Space)
    assert QApplication.focusWidget() is page.item_text
    qtbot.keyClicks(page.item_text, "Phone with credit")
    page.table.setCurrentCell(0, 0)
    qtbot.keyClick(page.remove_button, Qt.Key.Key_Space)
    assert page.save()
    labels = [i.label for i in vault.releases.get(case.id).items]
    assert labels == default_items("en")[1:] + ["Phone with credit"]
    assert "Enter the date and time" in page.reach.summary.text()


def test_office_hours_are_edited_in_the_contact_dialog(qtbot, vault):
    agency = vault.directory.add_agency("Jobcenter", "other")
    dialog = ContactDialog(vault, agency.id)
    qtbot.addWidget(dialog)
    _type(qtbot, dialog.fields["name"], "Carla Stein")
    _type(qtbot, dialog.fields["deputy"], "Dirk Lang")
    for edit in dialog.hours[0]:
        _type(qtbot, edit, "8-12")
    _type(qtbot, dialog.hours[1][4], "9:00-18:30")
    dialog.weekend[1].setFocus()
    qtbot.keyClick(dialog.weekend[1], Qt.Key.Key_Space)
    _type(qtbot, dialog.hours[1][0], "morning")
    dialog.accept()
    assert "9:00-16:00" in dialog.message.text()
    assert vault.directory.contacts() == []  # nothing stored
    _type(qtbot, dialog.hours[1][0], "")
    dialog.accept()
    (contact,) = vault.directory.contacts()
    hours, deputy = vault.directory.availability(contact.id)
    assert hours == Availability((Hours(480, 720),) * 5)
    assert deputy == Availability((None, None, None, None, Hours(540, 1110)), weekend=True)
    again = ContactDialog(vault, agency.id, contact)
    qtbot.addWidget(again)
    assert again.hours[1][4].text() == "9:00–18:30" and again.weekend[1].isChecked()


def test_the_office_sets_its_default_checklist_in_settings(qtbot, window, vault, case):
    from PySide6.QtWidgets import QDialogButtonBox

    from legato_desk.ui.release.settings_page import ReleaseChecklistPage
    from tests.ui.conftest import answer_modal

    def fill(dialog):
        page = next(p for p in dialog.pages if isinstance(p, ReleaseChecklistPage))
        dialog.tabs.setCurrentWidget(page)
        assert page.items.toPlainText().splitlines() == default_items("en")
        page.items.setFocus()
        page.items.selectAll()
        qtbot.keyClicks(page.items, "Phone with credit")
        qtbot.keyClick(page.items, Qt.Key.Key_Return)
        qtbot.keyClicks(page.items, "Bank account")
        dialog.findChild(QDialogButtonBox).button(
            QDialogButtonBox.StandardButton.Save).click()

    answer_modal(qtbot, fill)
    window.settings_action.trigger()
    assert vault.settings.get("release.checklist") == ["Phone with credit", "Bank account"]
    _justice(qtbot, window)
    page = window.workspace.page("release")
    window.workspace.tabs.setCurrentWidget(page)
    page.begin()
    assert [i.label for i in page.items] == ["Phone with credit", "Bank account"]


def test_what_was_typed_is_kept_when_the_counsellor_leaves_the_tab(qtbot, window, vault, case):
    _justice(qtbot, window)
    ws = window.workspace
    page = ws.page("release")
    ws.tabs.setCurrentWidget(page)
    page.begin()
    _type(qtbot, page.institution, "JVA Nordost")
    page.table.setCurrentCell(1, 0)
    _type(qtbot, page.note, "bring the papers")
    ws.tabs.setCurrentWidget(ws.page("map"))  # no Save pressed
    release = vault.releases.get(case.id)
    assert release.institution == "JVA Nordost" and release.items[1].note == "bring the papers"
    # A refusal is not lost either: it waits on the page with its message.
    ws.tabs.setCurrentWidget(page)
    _type(qtbot, page.time, "25:00")
    ws.tabs.setCurrentWidget(ws.page("map"))
    assert vault.releases.get(case.id).released_at is None
    assert "15:30" in page.message.text() and page.time.text() == "25:00"

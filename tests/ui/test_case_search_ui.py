"""The case's Search tab, driven like a person: type, filter, open what was found."""

from __future__ import annotations

import re
from datetime import date
from html import unescape

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDateEdit

from legato_desk.model.conference import AgendaItem, Participant
from legato_desk.model.intake import ReferralRoute
from legato_desk.model.plan import WhoKind
from legato_desk.ui.main_window import MainWindow
from tests.vault.searched_case import fill

TODAY = date(2026, 4, 1)
CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def case(vault):
    return fill(vault)


@pytest.fixture
def window(qtbot, vault, app_paths, case):
    settings = QSettings(str(app_paths.settings_file), QSettings.Format.IniFormat)
    win = MainWindow(vault, settings, today=lambda: TODAY)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)  # shortcuts need it
    win.refresh_cases(case.case_id)
    win.open_case(case.case_id)
    return win


@pytest.fixture
def page(qtbot, window):
    """Case ▸ Search this case (Ctrl+Alt+F): the Search tab, the cursor in its field."""
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL_ALT)
    page = window.workspace.page("search")
    assert window.workspace.tabs.currentWidget() is page
    qtbot.waitUntil(lambda: page.field.hasFocus())
    return page


def rows(page) -> list[str]:
    """The rows as read: "kind · field — date · persons" and the passage."""
    return [unescape(re.sub(r"<br>", " | ", re.sub(r"<(?!br>)[^>]+>", "",
                                                   page.results.itemWidget(
                                                       page.results.item(i)).text())))
            for i in range(page.results.count())]


def search(qtbot, page, text: str) -> list[str]:
    page.field.setFocus()
    page.field.selectAll()
    qtbot.keyClicks(page.field, text)
    qtbot.keyClick(page.field, Qt.Key.Key_Return)  # no need to wait for the typing pause
    return rows(page)


def open_first(qtbot, page) -> None:
    """Down from the field to the first result, Enter opens it."""
    page.field.setFocus()
    qtbot.keyClick(page.field, Qt.Key.Key_Down)
    assert page.results.hasFocus() and page.results.currentRow() == 0
    qtbot.keyClick(page.results, Qt.Key.Key_Return)


def test_a_word_only_in_the_intake_leads_to_that_intake_field(qtbot, window, page):
    [row] = search(qtbot, page, "telegram")
    assert row == "Intake · Concern | He spends nights in a Telegram channel."
    label = page.results.itemWidget(page.results.item(0)).text()
    assert "<b style='background:#ffe58a'>Telegram</b>" in label  # the word highlighted
    assert page.message.text() == "Texts found: 1. Enter or double-click opens one."
    open_first(qtbot, page)
    intake = window.workspace.page("intake")
    assert window.workspace.tabs.currentWidget() is intake
    assert intake.texts["concern"].hasFocus()


def test_accents_and_capitals_do_not_matter(qtbot, page):
    [row] = search(qtbot, page, "ZURICH")
    assert "Intake · The past" in row and "Zürich" in row


def test_a_word_only_in_a_person_note_selects_the_person_on_the_map(qtbot, window, page,
                                                                     case):
    qtbot.keyClicks(page.field, "bakery")  # found after the typing pause, without Enter
    qtbot.waitUntil(lambda: page.results.count() == 1)
    assert "Person on the map · Note — Lena" in rows(page)[0]
    open_first(qtbot, page)
    map_page = window.workspace.page("map")
    assert window.workspace.tabs.currentWidget() is map_page
    assert map_page.item_for(case.lena).isSelected()


def test_the_summary_and_other_cases(qtbot, window, page):
    [row] = search(qtbot, page, "kickboxing")  # the other case's summary has it too
    assert "Case summary" in row
    open_first(qtbot, page)
    assert window.workspace.tabs.currentWidget() is window.workspace.overview
    assert window.workspace.overview.summary.hasFocus()


def test_filter_by_task_with_the_keyboard(qtbot, page):
    assert len(search(qtbot, page, "apprenticeship")) == 2
    qtbot.keyClick(page, Qt.Key.Key_G, ALT)  # &Grounding or task
    assert page.task.hasFocus()
    qtbot.keyClicks(page.task, "2")  # "2 · Finding a job"
    assert page.task.currentText() == "2 · Finding a job"
    [row] = rows(page)
    assert "Session · 2 · Finding a job · Done — 10.01.2026 10:00 · Lena" in row
    qtbot.keyClick(page.task, Qt.Key.Key_Up)
    qtbot.keyClick(page.task, Qt.Key.Key_Up)  # Grounding: the apprenticeship is not about it
    assert page.task.currentText() == "Grounding"
    assert rows(page) == []
    assert page.message.text() == "Nothing in this case matches these words and filters."


def test_filter_by_task_alone_lists_every_text_of_that_task(qtbot, page):
    page.task.setFocus()
    qtbot.keyClicks(page.task, "G")
    found = rows(page)
    assert len(found) == 2
    assert "Reliable relationships · Done — 05.03.2026 14:00 · Omar" in found[0]
    assert "Positive emotional messages · Done — 10.01.2026 10:00 · Lena" in found[1]


def test_filter_by_person_of_the_map(qtbot, page):
    search(qtbot, page, "father")
    assert len(rows(page)) == 3  # his role on the map, the March facts, the addendum
    qtbot.keyClick(page, Qt.Key.Key_M, ALT)  # Person on the &map
    assert page.person.hasFocus()
    qtbot.keyClicks(page.person, "L")  # Lena · sister
    assert page.person.currentText() == "Lena · sister"
    assert rows(page) == []
    qtbot.keyClick(page.person, Qt.Key.Key_Down)  # Omar · father
    assert len(rows(page)) == 3
    page.person.setCurrentIndex(page.person.findText("Y. (index client)"))
    assert rows(page) == []


def test_filter_by_dates_and_a_range_the_wrong_way_round(qtbot, page):
    assert len(search(qtbot, page, "the")) > 6
    qtbot.keyClick(page, Qt.Key.Key_W, ALT)  # Dated &within
    qtbot.waitUntil(page.dated.isChecked)  # a mnemonic clicks after a short animation
    assert page.since.isEnabled() and page.until.isEnabled()
    assert page.since.date().toPython() == date(2025, 11, 3)  # the case was opened
    assert page.until.date().toPython() == TODAY
    page.dated.setFocus()
    qtbot.keyClick(page.dated, Qt.Key.Key_Tab)  # into the first date, its day selected
    assert page.since.hasFocus()
    qtbot.keyClicks(page.since, "01032026")  # day, month, year: each moves on when full
    qtbot.keyClick(page.since, Qt.Key.Key_Tab)
    assert page.until.hasFocus()
    qtbot.keyClicks(page.until, "31032026")
    found = rows(page)
    assert len(found) == 4 and all("03.2026" in row for row in found)
    assert not any("Intake" in row or "Person on the map" in row for row in found)
    page.since.setFocus()  # as a click on the first date's month
    page.since.setSelectedSection(QDateEdit.Section.MonthSection)
    qtbot.keyClicks(page.since, "04")
    assert page.since.date().toPython() == date(2026, 4, 1)
    assert rows(page) == []
    assert page.message.text().startswith("The first date is after the second")


def test_nothing_found_and_nothing_asked(qtbot, page):
    assert search(qtbot, page, "zeppelin") == []
    assert page.message.text() == "Nothing in this case matches these words."
    page.field.clear()
    qtbot.waitUntil(lambda: page.message.text().startswith("Type a word"))


@pytest.mark.parametrize("word, tab, shown", [
    ("pizza", "sessions", lambda w, c: w.workspace.page("sessions")._shown_id == c.march),
    ("apprenticeship fair", "sessions",
     lambda w, c: w.workspace.page("sessions").editor.value().id == c.january),
    ("chess", "map", lambda w, c: w.workspace.page("map").scene.current_tie == c.tie),
    ("football", "keyclients",
     lambda w, c: w.workspace.page("keyclients").selected_id == c.keyclient),
    ("knife", "safeguarding",
     lambda w, c: w.workspace.page("safeguarding").current().id == c.escalation),
    ("welfare", "sharing",
     lambda w, c: w.workspace.page("sharing")._selected().id == c.disclosure),
    ("older boys", "factors", lambda w, c: w.workspace.page("factors").sheet.id == c.sheet),
    ("trauma", "referrals",
     lambda w, c: w.workspace.page("referrals").selected().id == c.referral),
    ("autumn", "plan", lambda w, c: w.workspace.page("plan").wind_down.hasFocus()),
    ("handball", "plan", lambda w, c: w.workspace.page("plan").goals.selected().id == c.goal
     and w.workspace.page("plan").goals.hasFocus()),
    ("coach", "plan",
     lambda w, c: w.workspace.page("plan").measures.selected().id == c.measure),
    ("winter break", "plan",
     lambda w, c: w.workspace.page("plan").reviews.selected().id == c.review),
    ("exams", "conferences",
     lambda w, c: w.workspace.page("conferences").selected().id == c.conference
     and w.workspace.page("conferences").table.hasFocus()),
    ("hahnofersand", "release",  # typed without the umlaut: accents are folded
     lambda w, c: w.workspace.page("release").institution.hasFocus()),
    ("jacket", "release", lambda w, c: w.workspace.page("release").current_row() == 0
     and w.workspace.page("release").item_text.text() == "Pick-up at the gate"),
    ("flat", "release", lambda w, c: w.workspace.page("release").current_row() == 1
     and w.workspace.page("release").note.text() == "Sleeps at his aunt's flat"),
])
def test_each_hit_opens_where_it_was_written(qtbot, window, page, vault, case, word, tab,
                                             shown):
    # more than one entry of each kind, so that the right one has to be chosen
    vault.plan.add_goal(case.case_id, text="Finds a weekend job.", set_on=date(2026, 2, 1))
    vault.plan.add_measure(case.case_id, what="Visits a youth centre.",
                           who_kind=WhoKind.COUNSELLOR, due_on=date(2026, 1, 20))
    vault.plan.add_review(case.case_id, held_on=date(2026, 3, 1), note="Short review.")
    vault.conferences.add(case.case_id, held_on=date(2026, 3, 2), anonymous=True,
                          agenda=[AgendaItem("Housing", agreed=True)],
                          participants=[Participant("youth worker")])
    [_row] = search(qtbot, page, word)
    open_first(qtbot, page)
    assert window.workspace.tabs.currentWidget() is window.workspace.page(tab)
    assert shown(window, case)


def test_a_word_only_in_conference_minutes_opens_that_conference(qtbot, window, page, vault,
                                                                 case):
    later = vault.conferences.add(case.case_id, held_on=date(2026, 3, 2), anonymous=True,
                                  agenda=[AgendaItem("Housing", agreed=True)],
                                  participants=[Participant("youth worker")],
                                  minutes="Nobody offered mentoring this time.")
    found = search(qtbot, page, "imam mentoring")  # both words: the February minutes only
    assert found == ["Case conference · Minutes — 12.02.2026 · Lena, Omar | Everyone wants "
                     "a quieter tone at home; an imam offers mentoring."]
    open_first(qtbot, page)
    conferences = window.workspace.page("conferences")
    assert window.workspace.tabs.currentWidget() is conferences
    assert [c.id for c in conferences.conferences] == [later.id, case.conference]
    assert conferences.selected().id == case.conference
    assert conferences.table.currentRow() == 1
    # the newer conference is found by its own minutes, and opened in turn
    assert len(search(qtbot, page, "mentoring")) == 2
    window.workspace.tabs.setCurrentWidget(page)
    [first, _second] = search(qtbot, page, "mentoring")
    assert first.startswith("Case conference · Minutes — 02.03.2026 |")
    open_first(qtbot, page)
    assert conferences.selected().id == later.id


def test_plan_and_release_rows_say_what_when_and_who(qtbot, page):
    assert search(qtbot, page, "coach") == [
        "Goals and measures · Measure — 30.04.2026 · Lena | Asks his coach about trial "
        "training."]
    assert search(qtbot, page, "handball") == [
        "Goals and measures · Goal — 01.12.2025 | Rejoins his handball club."]
    assert search(qtbot, page, "autumn") == [
        "Goals and measures · Winding down | Fewer talks from autumn onwards, later an open "
        "door."]
    assert search(qtbot, page, "winter") == [
        "Release · Note on a checklist item — 04.05.2026 · Omar | Bring a winter jacket",
        "Goals and measures · Review — 25.02.2026 | Attendance improved after winter break."]
    assert search(qtbot, page, "milieu") == [
        "Case conference · Agenda item (not agreed by the client) — 12.02.2026 · Lena, Omar "
        "| Milieu contacts"]


def test_the_person_filter_takes_a_measure_by_its_doer(qtbot, page):
    assert len(search(qtbot, page, "coach")) == 1
    page.person.setCurrentIndex(page.person.findText("Lena · sister"))
    assert len(rows(page)) == 1  # Lena carries out the measure
    page.person.setCurrentIndex(page.person.findText("Omar · father"))
    assert rows(page) == []
    assert len(search(qtbot, page, "jacket")) == 1  # Omar picks him up at the gate
    page.person.setCurrentIndex(page.person.findText("Lena · sister"))
    assert rows(page) == []


def test_a_release_hit_when_the_release_tab_is_hidden(qtbot, window, page, vault, case):
    """The intake no longer names the justice route: the tab goes, its texts are still
    found, and opening one says where they are instead of showing a hidden tab."""
    intake = window.workspace.page("intake")
    window.workspace.tabs.setCurrentWidget(intake)
    intake.route.setCurrentIndex(intake.route.findData(ReferralRoute.SCHOOL))
    assert intake.flush()  # as when leaving the field; the tab goes
    assert vault.intake.get(case.case_id).referral_route is ReferralRoute.SCHOOL
    window.workspace.tabs.setCurrentWidget(page)
    release = window.workspace.page("release")
    assert not window.workspace.tabs.isTabVisible(window.workspace.tabs.indexOf(release))
    [row] = search(qtbot, page, "jacket")
    assert row.startswith("Release · Note on a checklist item")
    open_first(qtbot, page)
    assert window.workspace.tabs.currentWidget() is page
    assert window.statusBar().currentMessage().startswith("This text is on the Release tab")


def test_the_tab_searches_afresh_after_other_tabs_changed_the_case(qtbot, window, page,
                                                                   vault, case):
    assert search(qtbot, page, "lighthouse") == []
    window.workspace.tabs.setCurrentWidget(window.workspace.overview)
    window.workspace.overview.summary.setFocus()
    qtbot.keyClicks(window.workspace.overview.summary, " The lighthouse trip helped.")
    assert window.workspace.overview.flush()
    window.workspace.tabs.setCurrentWidget(page)
    QApplication.processEvents()
    assert len(rows(page)) == 1 and "Case summary" in rows(page)[0]


def test_another_case_starts_a_fresh_search(qtbot, window, page, case):
    search(qtbot, page, "bakery")
    window.open_case(case.other_case_id, tab="search")
    assert page.field.text() == "" and page.results.count() == 0
    assert [page.person.itemText(i) for i in range(page.person.count())] == [
        "Anyone", "Z. (index client)"]  # the other case's map holds its index client only

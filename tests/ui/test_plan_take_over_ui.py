"""Taking over the measures agreed at a case conference on the Goals and measures tab."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from legato_desk.model.conference import AgendaItem, Measure, Participant
from legato_desk.model.plan import MeasureState, WhoKind
from tests.ui.conftest import answer_modal
from tests.ui.test_plan_ui import _choose, _save, case, page, window  # noqa: F401


def _conference(vault, case, held_on, measures):
    return vault.conferences.add(case.id, held_on=held_on, anonymous=True,
                                 agenda=[AgendaItem("School", True)],
                                 participants=[Participant("mother"), Participant("teacher")],
                                 roles=[], measures=measures, minutes="",
                                 minutes_agreed=False)


def _entries(page):
    return [a for a in page.take_over_button.menu().actions()]


def test_the_menu_lists_the_conferences_and_taking_over_can_be_undone(
        qtbot, vault, window, case, page):
    assert [a.text() for a in _entries(page)] == ["No case conference recorded for this case"]
    assert not _entries(page)[0].isEnabled()
    _conference(vault, case, date(2025, 4, 2), [Measure("Call the imam", "Uncle Ben")])
    _conference(vault, case, date(2025, 5, 14), [
        Measure("Talk to the school", "mother", date(2025, 6, 1)),
        Measure("Find a sports club", "Uncle Ben")])
    window.open_case(case.id)
    page.reload()
    entries = _entries(page)
    # (the English plural comes from the en catalogue, which the tests do not install)
    assert [a.text()[:38] for a in entries] == ["Conference of 14.05.2025: 2 agreed mea",
                                                "Conference of 02.04.2025: 1 agreed mea"]
    assert page.take_over_button.isEnabled()

    entries[0].trigger()
    shown = [page.measures.item(r, 1).text() for r in range(page.measures.rowCount())]
    assert shown == ["Talk to the school", "Find a sports club"]
    assert page.measures.item(0, 2).text() == "mother"
    assert page.message.text() == ""

    _entries(page)[0].trigger()  # a second time: nothing new, and it says so
    assert page.measures.rowCount() == 2
    assert "nothing was taken over" in page.message.text()

    window.undo_action.trigger()  # one step takes back both
    assert page.measures.rowCount() == 0
    assert vault.plan.measures(case.id) == []
    window.redo_action.trigger()
    assert page.measures.rowCount() == 2


def test_a_conference_without_measures_says_there_is_nothing_to_take_over(
        vault, window, case, page):
    _conference(vault, case, date(2025, 4, 2), [])
    page.reload()
    entry = _entries(page)[0]
    assert entry.text().startswith("Conference of 02.04.2025: 0 agreed measure")
    entry.trigger()
    assert "agreed no measures" in page.message.text()
    assert page.measures.rowCount() == 0


def test_a_name_as_typed_at_the_conference_stays_when_the_measure_is_changed(
        qtbot, vault, window, case, page):
    _conference(vault, case, date(2025, 4, 2), [Measure("Find a sports club", "Uncle Ben")])
    page.reload()
    _entries(page)[0].trigger()

    def change(dialog):
        assert dialog.who.currentText() == "Uncle Ben"
        _choose(dialog.state, MeasureState.IN_PROGRESS)
        _save(dialog)

    page.measures.setFocus()
    page.measures.selectRow(0)
    answer_modal(qtbot, change)
    qtbot.keyClick(page.measures, Qt.Key.Key_Return)
    (changed,) = vault.plan.measures(case.id)
    assert (changed.who_kind, changed.who, changed.state) == (
        WhoKind.CONTACT, "Uncle Ben", MeasureState.IN_PROGRESS)
    assert page.measures.item(0, 2).text() == "Uncle Ben"

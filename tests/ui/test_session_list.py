"""The session list of the Sessions tab: a model that formats rows only when shown."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt

from legato_desk.model.session import SessionRecord
from legato_desk.ui.sessions.page import SessionsPage
from legato_desk.ui.sessions.panels import IdRole, SessionListModel


@pytest.fixture
def case(vault):
    case = vault.cases.create("M.")
    vault.maps.add_person(case.id, 0.2, -0.3, name="Mrs K.", role="mother")
    return case


@pytest.fixture
def page(qtbot, vault):
    page = SessionsPage(vault)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    return page


def _records(vault, case, n):
    mother = next(p for p in vault.maps.state(case.id).persons if p.name == "Mrs K.")
    start = datetime(2025, 3, 3, 9, 0)
    return [vault.sessions.save(SessionRecord(
        case_id=case.id, held_at=start + timedelta(days=k), facts=f"note {k}",
        key_clients=(mother.id,) if k % 2 else ())) for k in range(n)]


def test_the_list_shows_every_record_newest_first(page, vault, case):
    saved = _records(vault, case, 5)
    vault.sessions.sign(saved[0].id)
    page.show_case(case)
    lst = page.list
    assert lst.count() == 5
    ids = [lst.model().index(r).data(IdRole) for r in range(lst.count())]
    assert ids == [r.id for r in reversed(saved)]  # newest first, as the vault sorts
    assert lst.row_text(0).startswith("07.03.2025 09:00 · ")
    assert "Mrs K." not in lst.row_text(0) and "not signed yet" in lst.row_text(0)
    assert "Mrs K." in lst.row_text(1)
    assert "✔ signed" in lst.row_text(4)
    assert lst.names[saved[1].id] == "Mrs K." and lst.signed[saved[0].id]


def test_clicking_a_row_opens_it_and_keeps_it_selected(qtbot, page, vault, case):
    saved = _records(vault, case, 3)
    page.show_case(case)
    lst = page.list
    rect = lst.visualRect(lst.model().index(2))  # the oldest
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.editor.value().id == saved[0].id
    assert lst.current_id() == saved[0].id
    # Another record saved elsewhere: the list follows, the selection stays.
    page.refresh_list()
    assert lst.current_id() == saved[0].id


def test_saving_adds_the_record_to_the_list_and_selects_it(qtbot, page, vault, case):
    _records(vault, case, 2)
    page.show_case(case)
    assert page.list.count() == 2 and page.list.current_id() is None
    page.new_session()
    qtbot.keyClicks(page.editor.facts, "Met the sister.")
    assert page.save()
    assert page.list.count() == 3
    new_id = page.editor.value().id
    assert page.list.current_id() == new_id
    assert page.list.model().index(page.list.currentIndex().row()).data(IdRole) == new_id


def test_the_model_reads_only_what_the_view_asks_for(qtbot, page, vault, case):
    """2,000 rows: only rows on screen (and one size probe) are formatted."""
    asked = []

    def text(row):
        asked.append(row.id)
        return f"row {row.id}\nsecond line"

    model = SessionListModel(text, page.list)  # owned by the view, as in the app
    rows = [type("Row", (), {"id": k})() for k in range(2000)]
    model.set_rows(rows)
    assert model.rowCount() == 2000 and model.rowCount(model.index(0)) == 0
    assert asked == []
    page.list.setModel(model)
    qtbot.wait(50)
    assert 0 < len(set(asked)) < 200
    assert model.row_of(1234) == 1234 and model.row_of(99999) is None
    assert model.data(QModelIndex()) is None
    assert model.index(5).data(IdRole) == 5


def test_clear_empties_the_list(page, vault, case):
    _records(vault, case, 2)
    page.show_case(case)
    page.clear()
    assert page.list.count() == 0 and page.list.names == {}

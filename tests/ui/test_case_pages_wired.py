"""The case pages wired together by the main window: map <-> key-clients."""

import pytest
from PySide6.QtCore import QSettings

from legato_desk.model.map import Ring, Sector, point_at
from legato_desk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, vault, app_paths):
    settings = QSettings(str(app_paths.settings_file), QSettings.Format.IniFormat)
    win = MainWindow(vault, settings)
    qtbot.addWidget(win)
    win.show()
    return win


def test_a_person_on_the_map_becomes_a_candidate_with_a_badge_and_survives_undo(
        qtbot, window, vault):
    case = vault.cases.create("M.")
    sister = vault.maps.add_person(case.id, *point_at(Sector.FAMILY, Ring.CLOSE),
                                   name="Lena", role="sister")
    window.open_case(case.id)
    ws = window.workspace
    map_page, keyclients = ws.page("map"), ws.page("keyclients")
    ws.tabs.setCurrentWidget(map_page)
    map_page.select_person(sister.id)
    panel = map_page.person_panel.extra
    buttons = [panel.itemAt(i).widget() for i in range(panel.count())]
    [assess] = [b for b in buttons if b.text() == "Assess as key-client candidate"]
    assess.click()
    assert ws.tabs.currentWidget() is keyclients
    assert vault.keyclients.badges(case.id) == {sister.id: "candidate"}
    assert map_page.item_for(sister.id).badge == "candidate"

    # Deleting her from the map takes her candidacy; undo brings both back.
    ws.tabs.setCurrentWidget(map_page)
    map_page.select_person(sister.id)
    map_page.delete_selected()
    assert vault.keyclients.candidates(case.id) == []
    window.undo_action.trigger()
    assert vault.maps.person(sister.id).name == "Lena"
    assert [c.person_id for c in vault.keyclients.candidates(case.id)] == [sister.id]


def test_the_demo_case_joins_sessions_key_clients_and_safeguarding(qtbot, window, vault):
    from legato_desk.demo import populate
    from legato_desk.ui.sessions.progress import TaskOverviewWidget

    populate(vault)
    case = vault.cases.list()[0]  # M.'s, the main story (S.'s shows a release)
    assert case.pseudonym == "M."
    window.open_case(case.id)
    ws = window.workspace
    titles = [ws.tabs.tabText(i).replace("&", "") for i in range(ws.tabs.count())]
    assert titles == ["Overview", "Intake", "Factors", "Goals and measures", "Map",
                      "Key-clients", "Sessions",
                      "Progress", "Timeline", "Safeguarding", "Sharing log", "Referral on",
                      "Release (justice)", "Conferences", "Audit trail", "Search"]

    # The timeline gathers every source: sessions, snapshots, key-clients, safeguarding.
    timeline = ws.page("timeline")
    ws.tabs.setCurrentWidget(timeline)
    assert {e.kind for e in timeline.events} >= {"session", "snapshot", "key_client",
                                                 "safeguarding"}

    # The sister's key-client profile shows her six-task overview from the sessions.
    keyclients = ws.page("keyclients")
    ws.tabs.setCurrentWidget(keyclients)
    sister = next(c for c in vault.keyclients.candidates(case.id) if c.is_keyclient
                  and c.status.value == "active")
    keyclients.select(sister.id)
    layout = keyclients.profile.tasks_layout
    widgets = [layout.itemAt(i).widget() for i in range(layout.count())]
    assert any(isinstance(w, TaskOverviewWidget) for w in widgets)
    assert not keyclients.profile.tasks_placeholder.isVisibleTo(keyclients.profile)

    # Key-clients come first among those who can be ticked as present.
    first = window._keyclient_persons(case.id)[0]
    assert first.id == sister.person_id


def test_the_demo_tabs_show_the_plan_the_conference_and_the_release(qtbot, window, vault):
    from legato_desk.demo import populate

    populate(vault)
    main, release_case = vault.cases.list()
    window.open_case(main.id)
    ws = window.workspace
    plan = ws.page("plan")
    ws.tabs.setCurrentWidget(plan)
    assert len(plan.goals.entries) == 4 and plan.goals.rowCount() == 4
    assert len(plan.measures.entries) == 9 and plan.wind_down.text()
    assert len(plan.reviews.entries) == 1 and plan.last_review.text()
    conferences = ws.page("conferences")
    ws.tabs.setCurrentWidget(conferences)
    assert conferences.table.rowCount() == 1
    assert conferences.table.item(0, 3).text() == "4"  # participants
    release = ws.page("release")
    assert not ws.tabs.isTabVisible(ws.tabs.indexOf(release))  # M. came by the helpline

    window.open_case(release_case.id)
    assert ws.tabs.isTabVisible(ws.tabs.indexOf(release))
    ws.tabs.setCurrentWidget(release)
    assert release.table.rowCount() == 7 and release.institution.text()
    assert release.reach.warning.isVisibleTo(release) and release.reach.warning.text()
    assert release.reach.table.rowCount() == 4  # three contacts and one deputy



def test_a_case_s_pages_are_built_with_the_cycle_collector_resting(qtbot, window, vault):
    """Building the pages of a case is a bulk build (legato_desk.collector): no
    collection walks the new items meanwhile; afterwards the collector is on."""
    import gc

    case = vault.cases.create("M.")
    ws = window.workspace
    seen = []
    ws.case_shown.connect(lambda _case: seen.append(("eager pages", gc.isenabled())))
    sessions = ws.named_page("sessions")
    shown = sessions.show_case
    sessions.show_case = lambda c: (seen.append(("deferred page", gc.isenabled())), shown(c))
    window.open_case(case.id, tab="map")
    assert gc.isenabled()
    qtbot.waitUntil(lambda: not ws.pending_pages())
    assert seen == [("eager pages", False), ("deferred page", False)]
    assert gc.isenabled()

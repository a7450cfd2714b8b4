"""Wiring the case's Search tab into the main window (one call from it).

The tab, the Case ▸ Search this case… action, and where an activated hit
leads: the tab that shows its text, with that record chosen.
"""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject

from legato_desk.model.search import CaseHit, HitKind
from legato_desk.ui.search.page import CaseSearchPage


def _title(text: str) -> str:
    return QCoreApplication.translate("CaseWorkspace", text)


class CaseSearchTab(QObject):
    def __init__(self, window, today: Callable[[], date] = date.today):
        super().__init__(window)
        self._window = window
        workspace = window.workspace
        self.page = CaseSearchPage(window.vault, today)
        workspace.add_page("search", self.page, _title("Search"), order=90)
        self.page.open_requested.connect(self.open_hit)
        self.action = window._action(self.tr("Searc&h this case…"), self.search_case,
                                     "Ctrl+Alt+F", window.case_menu)
        if workspace.case is not None:
            self.page.show_case(workspace.case)

    def search_case(self) -> None:
        """Open the shown (or chosen) case on its Search tab, the cursor in the field."""
        window = self._window
        case_id = window._current_case_id()
        if case_id is None:
            window.statusBar().showMessage(self.tr("Choose a case to search first."), 5000)
            return
        if window.shown_case_id() != case_id:
            window.open_case(case_id)
        window.workspace.tabs.setCurrentWidget(window.workspace.page("search"))
        self.page.field.setFocus()
        self.page.field.selectAll()

    def open_hit(self, hit: CaseHit) -> None:
        ws = self._window.workspace
        name, show = _PLACES[hit.kind]
        if ws.named_page(name) is None:
            return  # a window built without that tab
        page = ws.page(name)  # given the shown case first, if it was still waiting
        if not ws.tabs.isTabVisible(ws.tabs.indexOf(page)):
            # the Release tab is shown only while the intake names the justice route
            self._window.statusBar().showMessage(self.tr(
                "This text is on the Release tab, which is shown only while the intake says "
                "the case was referred by prison or probation."), 8000)
            return
        ws.tabs.setCurrentWidget(page)
        show(page, hit)


_PLACES = {  # kind -> (the workspace tab, how it shows the hit's record)
    HitKind.SUMMARY: ("overview", lambda page, hit: page.summary.setFocus()),
    HitKind.SESSION: ("sessions", lambda page, hit: page.open_session(hit.ref)),
    HitKind.INTAKE: ("intake", lambda page, hit: page.focus_field(hit.part)),
    HitKind.PERSON: ("map", lambda page, hit: page.select_person(hit.ref)),
    HitKind.TIE: ("map", lambda page, hit: page.select_tie(hit.ref)),
    HitKind.KEYCLIENT: ("keyclients", lambda page, hit: page.select(hit.ref)),
    HitKind.SAFEGUARDING: ("safeguarding", lambda page, hit: page.reload(hit.ref)),
    HitKind.SHARING: ("sharing", lambda page, hit: page.select(hit.ref)),
    HitKind.FACTORS: ("factors", lambda page, hit: page.reload(hit.ref)),
    HitKind.REFERRAL: ("referrals", lambda page, hit: page.reload(hit.ref)),
    HitKind.PLAN: ("plan", lambda page, hit: page.focus_wind_down()),
    HitKind.GOAL: ("plan", lambda page, hit: page.select_goal(hit.ref)),
    HitKind.MEASURE: ("plan", lambda page, hit: page.select_measure(hit.ref)),
    HitKind.PLAN_REVIEW: ("plan", lambda page, hit: page.select_review(hit.ref)),
    HitKind.CONFERENCE: ("conferences", lambda page, hit: page.select(hit.ref)),
    HitKind.RELEASE: ("release", lambda page, hit: page.select_item(hit.ref)),
}


def install(window, today: Callable[[], date] = date.today) -> CaseSearchTab:
    return CaseSearchTab(window, today)

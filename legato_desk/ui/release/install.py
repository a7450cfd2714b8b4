"""Wiring the Release tab into the main window (one call from it).

The tab is there only for cases whose intake names the justice route
(prison or probation, model/intake.py ``ReferralRoute.JUSTICE``); it appears
as soon as the intake says so and goes when it says otherwise.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from legato_desk.model.intake import ReferralRoute
from legato_desk.ui.release.page import ReleasePage


def _title(text: str) -> str:
    return QCoreApplication.translate("CaseWorkspace", text)


class ReleaseTab(QObject):
    def __init__(self, window):
        super().__init__(window)
        self._window = window
        workspace = window.workspace
        directory = getattr(getattr(window, "safeguarding", None), "open_directory", None)
        self.page = ReleasePage(window.vault, open_directory=directory)
        workspace.add_page("release", self.page, _title("Release (&justice)"), order=76)
        self.page.changed.connect(window.commands.changed.emit)
        window.commands.changed.connect(self._case_changed)
        self.page.case_shown.connect(self.show_for_case)
        self.show_for_case()

    def _case_changed(self, case_id: int) -> None:
        case = self._window.workspace.case
        if case is not None and case.id == case_id:
            self.show_for_case()

    def show_for_case(self) -> None:
        """Show the tab when the open case came by the justice route."""
        workspace = self._window.workspace
        case = workspace.case
        route = self._window.vault.intake.get(case.id).referral_route if case else None
        workspace.tabs.setTabVisible(workspace.tabs.indexOf(self.page),
                                     route is ReferralRoute.JUSTICE)


def install(window) -> ReleaseTab:
    return ReleaseTab(window)

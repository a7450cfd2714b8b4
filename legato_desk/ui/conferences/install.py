"""Wiring the Conferences tab into the main window (one call from it)."""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject

from legato_desk.ui.conferences.page import ConferencePage


class ConferenceTab(QObject):
    def __init__(self, window, today: Callable[[], date] = date.today):
        super().__init__(window)
        workspace = window.workspace
        self.page = ConferencePage(window.vault, today)
        workspace.add_page("conferences", self.page, QCoreApplication.translate(
            "CaseWorkspace", "Conferences"), order=77)
        self.page.changed.connect(window.commands.changed.emit)
        self.page.export_requested.connect(
            lambda case_id, conference_id: window.export_pdf(case_id,
                                                             conference_id=conference_id))
        self.page.take_over_requested.connect(self._take_over)
        self._workspace = workspace
        if workspace.case is not None:
            self.page.show_case(workspace.case)

    def _take_over(self, case_id: int, conference_id: int) -> None:
        """Into the Goals and measures tab, which is then shown with what was taken over."""
        workspace = self._workspace
        if workspace.case is None or workspace.case.id != case_id:
            return
        plan = workspace.page("plan")
        workspace.tabs.setCurrentWidget(plan)
        plan.take_over(conference_id)


def install(window, today: Callable[[], date] = date.today) -> ConferenceTab:
    return ConferenceTab(window, today)

"""Wiring the Goals and measures tab into the main window (one call from it)."""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import QCoreApplication

from legato_desk.ui.plan.page import PlanPage


def install(window, today: Callable[[], date] = date.today) -> PlanPage:
    workspace = window.workspace
    page = PlanPage(window.vault, window.undo_stack, today)
    # Every letter of the title is someone's Alt key already (Alt+G is the session
    # editor's grounding): the tab is reached with Ctrl+Tab like every tab.
    workspace.add_page("plan", page,
                       QCoreApplication.translate("CaseWorkspace", "Goals and measures"),
                       order=16)
    page.changed.connect(window.commands.changed.emit)
    if workspace.case is not None:
        page.show_case(workspace.case)
    return page

"""Wiring the contact plan under the Progress tab's chart (one call from the main window)."""

from __future__ import annotations

from datetime import date
from typing import Callable

from legato_desk.ui.contact_plan.panel import ContactPlanPanel


def install(window, today: Callable[[], date] = date.today) -> ContactPlanPanel:
    progress = window.workspace.page("progress")
    panel = ContactPlanPanel(window.vault, window.undo_stack, today,
                             names=lambda _person_id: progress.who.currentText())
    progress.add_view(panel, panel.title())
    panel.commands.changed.connect(window.commands.changed.emit)
    return panel

"""The case workspace's session tabs: Sessions, Progress and Timeline, wired once.

``candidates_provider(case_id) -> [Person]`` chooses who can be ticked as
present (each labelled key-client, candidate or not a key-client on the
session's day) and whose progress can be shown (default: everyone on the
map but the index client). ``timeline_sources`` adds sources to the timeline.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from legato_desk.ui.sessions.page import SessionsPage
from legato_desk.ui.sessions.progress import ProgressPage
from legato_desk.ui.sessions.timeline import TimelinePage


def _title(text: str) -> str:
    return QCoreApplication.translate("CaseWorkspace", text)


def add_session_tabs(workspace, vault, candidates_provider=None, timeline_sources=None):
    """Adds the three pages; returns the Sessions page (``open_session(id)`` opens one)."""
    sessions = workspace.add_page("sessions", SessionsPage(vault, candidates_provider),
                                  _title("&Sessions"), order=40)
    workspace.add_page("progress", ProgressPage(vault, candidates_provider),
                       _title("&Progress"), order=44)
    timeline = workspace.add_page("timeline", TimelinePage(vault, timeline_sources),
                                  _title("&Timeline"), order=48)

    def open_session(session_id: int) -> None:
        workspace.tabs.setCurrentWidget(sessions)
        sessions.open_session(session_id)

    timeline.open_session.connect(open_session)
    # A draft kept from before (crash, lock) is offered where it will be seen.
    sessions.draft_offered.connect(lambda: workspace.tabs.setCurrentWidget(sessions))
    # Leaving the Sessions tab saves a touched record, as leaving a record does.
    workspace.tabs.currentChanged.connect(
        lambda _i: workspace.tabs.currentWidget() is not sessions and sessions.leave())
    return open_session

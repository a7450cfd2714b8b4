"""The case workspace's session tabs: Sessions, Progress and Timeline, wired once.

``candidates_provider(case_id) -> [Person]`` chooses who can be ticked as
key-client present and whose progress can be shown (default: everyone on the
map but the index client). ``timeline_sources`` adds sources to the timeline.
"""

from __future__ import annotations

from legato_desk.ui.sessions.page import SessionsPage
from legato_desk.ui.sessions.progress import ProgressPage
from legato_desk.ui.sessions.timeline import TimelinePage


def add_session_tabs(workspace, vault, candidates_provider=None, timeline_sources=None) -> None:
    workspace.sessions = SessionsPage(vault, candidates_provider)
    workspace.progress = ProgressPage(vault, candidates_provider)
    workspace.timeline = TimelinePage(vault, timeline_sources)
    workspace.add_case_page(workspace.sessions, workspace.tr("&Sessions"))
    workspace.add_case_page(workspace.progress, workspace.tr("&Progress"))
    workspace.add_case_page(workspace.timeline, workspace.tr("&Timeline"))

    def open_session(session_id: int) -> None:
        workspace.tabs.setCurrentWidget(workspace.sessions)
        workspace.sessions.open_session(session_id)

    workspace.open_session = open_session
    workspace.timeline.open_session.connect(open_session)
    # A draft kept from before (crash, lock) is offered where it will be seen.
    workspace.sessions.draft_offered.connect(
        lambda: workspace.tabs.setCurrentWidget(workspace.sessions))
    # Leaving the Sessions tab saves a touched record, as leaving a record does.
    workspace.tabs.currentChanged.connect(
        lambda _i: workspace.tabs.currentWidget() is not workspace.sessions
        and workspace.sessions.leave())

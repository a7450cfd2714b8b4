"""The app's views say where the grounding stands as the exports do (issue 16.4):
the key-client's profile, its task overview and the Progress tab, driven as a
counsellor would."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from legato_desk.model.keyclients import Essential
from legato_desk.ui.main_window import MainWindow
from tests.reports.test_export_truthful import _grounded_case


def _statuses(table) -> dict[str, str]:
    return {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())
            if table.item(r, 1) is not None}


def test_profile_progress_and_pdf_agree_on_the_grounding(qtbot, vault, app_paths):
    case, cand = _grounded_case(vault)
    window = MainWindow(vault, QSettings(str(app_paths.settings_file),
                                         QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1280, 900)
    window.show()
    window.open_case(case.id)
    ws = window.workspace
    page = ws.page("keyclients")
    ws.tabs.setCurrentWidget(page)
    item = next(page.list.item(i) for i in range(page.list.count())
                if "sister" in page.list.item(i).text() or "Lena" in page.list.item(i).text())
    qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.list.visualItemRect(item).center())
    profile = page.profile
    qtbot.waitUntil(lambda: profile.grounding[Essential.ACKNOWLEDGEMENT].currentText()
                    == "Building")
    ack = profile.grounding[Essential.ACKNOWLEDGEMENT]
    assert not ack.isEnabled() and "02.03.2026" in ack.toolTip()  # a session decides
    rel = profile.grounding[Essential.RELATIONSHIP]
    assert rel.currentText() == "Established" and rel.isEnabled()  # the profile stands
    assert profile.grounding[Essential.MESSAGES].currentText() == "Not started"

    ws.tabs.setCurrentWidget(ws.page("progress"))
    progress = ws.page("progress")
    qtbot.waitUntil(lambda: progress.overview.table.rowCount() > 0)
    rows = _statuses(progress.overview.table)
    assert rows["Acknowledgement"].startswith("Building")
    assert rows["Reliable relationships"] == "Established (key-client profile)"
    assert rows["Positive emotional messages"] == "Not started"

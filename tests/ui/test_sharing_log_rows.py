"""A sharing-log row is as tall as its text, whatever the window did first (issue 16.9:
a single row filled the whole table)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from legato_desk.model.safeguarding import SharingGround
from legato_desk.ui.main_window import MainWindow


def test_a_single_row_fits_its_text_when_the_tab_is_opened_and_the_window_widened(
        qtbot, vault, app_paths):
    case = vault.cases.create("M.")
    vault.sharing.log(
        case.id, what="That a child may stay with the group at weekends; no names of the "
        "family beyond the cousin's.", recipient="Ms C1, youth welfare office, case worker",
        purpose="child protection check", ground=SharingGround.LEGAL_DUTY)
    window = MainWindow(vault, QSettings(str(app_paths.settings_file),
                                         QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(900, 700)
    window.show()
    window.open_case(case.id)  # the log is read while its tab is hidden
    page = window.workspace.page("sharing")
    qtbot.mouseClick(window.workspace.tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=window.workspace.tabs.tabBar().tabRect(
                         window.workspace.tabs.indexOf(page)).center())
    qtbot.waitUntil(page.table.isVisible)
    table, line = page.table, page.table.fontMetrics().height()

    def fits(lines: int) -> bool:  # "What" wraps to a few lines, far from the table's height
        return table.rowHeight(0) <= lines * line + 12

    qtbot.waitUntil(lambda: fits(5), timeout=2_000)
    assert table.rowHeight(0) < table.viewport().height() / 3
    window.resize(700, 700)  # narrower: the text wraps to more lines, the row grows
    qtbot.waitUntil(lambda: table.rowHeight(0) > 2 * line, timeout=2_000)
    narrow = table.rowHeight(0)
    window.resize(1600, 700)  # wider again: the row shrinks back to its text
    qtbot.waitUntil(lambda: table.rowHeight(0) < narrow, timeout=2_000)
    assert fits(3)

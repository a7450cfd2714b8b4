"""The statistics file from the export dialog, as a counsellor saves it."""

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QApplication

from legato_desk.model.export import Audience
from legato_desk.model.stats_file import loads
from legato_desk.ui.export.dialog import ExportDialog
from legato_desk.ui.main_window import MainWindow
from tests.reports.dated_vault import fill
from tests.ui.conftest import answer_modal


@pytest.fixture
def dated(vault):
    return fill(vault)


def test_the_vault_menu_saves_the_statistics_file_of_a_period(qtbot, dated, app_paths,
                                                               tmp_path):
    window = MainWindow(dated, QSettings(str(app_paths.settings_file),
                                         QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    target = tmp_path / "mine.json"
    done = []

    def handler(dialog):
        assert dialog.chosen_audience() is Audience.STATISTICS
        assert dialog.stats_file_button.isVisible()
        qtbot.mouseClick(dialog.whole, Qt.MouseButton.LeftButton)  # a period, not all time
        dialog.date_from.setDate(QDate(2026, 1, 1))
        dialog.date_to.setDate(QDate(2026, 6, 30))
        dialog.target = target
        dialog.finished.connect(done.append)
        qtbot.mouseClick(dialog.stats_file_button, Qt.MouseButton.LeftButton)

    answer_modal(qtbot, handler)
    window.statistics_action.trigger()
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    read = loads(target.read_text(), ".json", target.name)
    assert (str(read.date_from), str(read.date_to)) == ("2026-01-01", "2026-06-30")
    assert read.statistics.reopened == {"work": 1}
    assert read.statistics.case_endings == {"keyclient_decided": 1}
    assert "Okapi" not in target.read_text() and "Zorro" not in target.read_text()
    [record] = dated.exports.list()
    assert (record.audience, record.format) == ("statistics", "json")


def test_a_case_export_offers_no_statistics_file_and_a_bad_name_gets_a_message(
        qtbot, dated, tmp_path):
    case = dated.cases.list()[0]
    for_case = ExportDialog(dated, case.id)
    qtbot.addWidget(for_case)
    for_case.show()
    assert not for_case.stats_file_button.isVisible()
    dialog = ExportDialog(dated, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.target = tmp_path / "stats.txt"
    qtbot.mouseClick(dialog.stats_file_button, Qt.MouseButton.LeftButton)
    assert "ends in .json or .csv" in dialog.message.text()
    assert dialog.isVisible() and not (tmp_path / "stats.txt").exists()
    assert dated.exports.list() == []


def test_the_button_is_reached_by_its_mnemonic(qtbot, vault, tmp_path):
    dialog = ExportDialog(vault, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.target = tmp_path / "k.csv"
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    with qtbot.waitSignal(dialog.exported, timeout=5_000):  # after a short animation
        qtbot.keyClick(dialog.audience, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert (tmp_path / "k.csv").read_text().startswith("section,group,key,value")

"""The export dialog, driven from the menu; the PDF and the vault checked after."""

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt

from legato_desk.model.export import Audience, Section
from legato_desk.ui.export.dialog import ExportDialog
from legato_desk.ui.main_window import MainWindow
from tests.ui.conftest import answer_modal


@pytest.fixture
def case(vault):
    case = vault.cases.create("M.")
    vault.maps.add_person(case.id, 0.0, -0.3, name="Karoline Brandt", role="mother")
    vault.cases.set_summary(case.id, "Karoline Brandt called about her son.")
    return case


@pytest.fixture
def window(qtbot, vault, app_paths, case):
    settings = QSettings(str(app_paths.settings_file), QSettings.Format.IniFormat)
    win = MainWindow(vault, settings)
    qtbot.addWidget(win)
    win.show()
    win.open_case(case.id)
    return win


def _text(path):
    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_ctrl_p_exports_a_pseudonymised_supervision_pdf(qtbot, window, vault, case, tmp_path):
    target = tmp_path / "s.pdf"
    done = []

    def handler(dialog):
        assert dialog.chosen_audience() is Audience.SUPERVISION
        assert not dialog.real_names.isChecked()
        dialog.target = target
        dialog.set_section(Section.MAP, False)
        dialog.finished.connect(done.append)
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    answer_modal(qtbot, handler)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    text = _text(target)
    assert "P1 called about her son." in text and "Brandt" not in text
    assert "Relationship map" not in text  # left out by the counsellor
    [record] = vault.exports.list(case.id)
    assert record.sections == ("keyclients", "next_steps", "reflection", "safeguarding",
                               "sessions", "setbacks", "summary", "tasks")


def test_real_names_show_a_warning_and_are_logged(qtbot, vault, case, tmp_path):
    dialog = ExportDialog(vault, case.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.names_warning.isVisible()
    qtbot.mouseClick(dialog.real_names, Qt.MouseButton.LeftButton)
    assert dialog.names_warning.isVisible()
    dialog.target = tmp_path / "named.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.start_export()
    assert "Karoline Brandt" in _text(dialog.target)
    assert vault.exports.list(case.id)[0].real_names


def test_nothing_chosen_or_a_missing_pdf_passphrase_gets_a_message(qtbot, vault, case,
                                                                   tmp_path):
    dialog = ExportDialog(vault, case.id)
    qtbot.addWidget(dialog)
    dialog.target = tmp_path / "x.pdf"
    for section in Section:
        dialog.set_section(section, False)
    dialog.start_export()
    assert "at least one section" in dialog.message.text()
    dialog.set_section(Section.SUMMARY, True)
    dialog.encrypt.setChecked(True)
    dialog.start_export()
    assert "passphrase" in dialog.message.text()
    assert not (tmp_path / "x.pdf").exists() and vault.exports.list() == []


def test_statistics_from_the_vault_menu_cover_all_cases(qtbot, window, vault, tmp_path):
    vault.cases.create("Q.")
    target = tmp_path / "stats.pdf"
    done = []

    def handler(dialog):
        assert [dialog.audience.itemData(i) for i in range(dialog.audience.count())] == [
            Audience.STATISTICS]
        assert not dialog.real_names.isEnabled()
        dialog.target = target
        dialog.finished.connect(done.append)
        dialog.start_export()

    answer_modal(qtbot, handler)
    window.statistics_action.trigger()
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert "Cases in the vault: 2;" in _text(target)


def test_a_session_left_out_in_the_dialog_is_missing_from_the_pdf(qtbot, vault, tmp_path):
    from legato_desk.demo import populate

    populate(vault)
    case = vault.cases.list()[0]
    dialog = ExportDialog(vault, case.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.session_list.isVisible() and dialog.session_list.count() == 5
    item = dialog.session_list.item(dialog.session_list.count() - 1)  # the oldest
    item.setCheckState(Qt.CheckState.Unchecked)
    oldest = vault.sessions.get(item.data(Qt.ItemDataRole.UserRole))
    dialog.target = tmp_path / "s.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.start_export()
    text = _text(dialog.target)
    assert oldest.held_at.strftime("%d %b %Y") + " · " not in text
    assert "Sessions" in text


def test_a_case_conference_asks_for_the_ground_and_logs_the_disclosure(qtbot, vault, case,
                                                                       tmp_path):
    dialog = ExportDialog(vault, case.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.audience.setCurrentIndex(dialog.audience.findData(Audience.CASE_CONFERENCE))
    assert dialog.ground.isVisible() and dialog.recipient.isVisible()
    dialog.target = tmp_path / "c.pdf"
    dialog.start_export()
    assert "on what ground" in dialog.message.text() and not dialog.target.exists()
    dialog.ground.setCurrentIndex(dialog.ground.findData("legal_duty"))
    qtbot.keyClicks(dialog.recipient, "Case conference, youth welfare office")
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.start_export()
    [entry] = vault.sharing.for_case(case.id)
    assert entry.recipient == "Case conference, youth welfare office"
    assert entry.ground.value == "legal_duty"

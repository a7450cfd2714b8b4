"""Backups, restore, handover, retention and erasure, driven through the real windows."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from legato_desk.model.case import CaseStatus
from legato_desk.ui.lifecycle.handover import ExportDialog, ImportDialog
from legato_desk.ui.lifecycle.restore import RestoreDialog
from legato_desk.ui.lifecycle.retention import RetentionDialog
from legato_desk.ui.main_window import MainWindow
from legato_desk.ui.settings.dialog import SettingsDialog
from legato_desk.ui.start.unlock import UnlockDialog
from legato_desk.vault import Vault, backups, retention
from legato_desk.vault.keys import KdfParams
from tests.conftest import PASSPHRASE
from tests.ui.test_vault_session import _unlock_into_main


def answer(qtbot, cls, handler):
    """Run ``handler(dialog)`` once a modal dialog of type ``cls`` is on top."""
    seen = []

    def poll():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, cls) or dialog in seen:
            QTimer.singleShot(10, poll)
            return
        seen.append(dialog)
        handler(dialog)

    QTimer.singleShot(0, poll)
    return seen


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def window(qtbot, vault, app_paths):
    settings = QSettings(str(app_paths.settings_file), QSettings.Format.IniFormat)
    win = MainWindow(vault, settings)
    win.lifecycle.kdf = KdfParams.cheap_for_tests()
    qtbot.addWidget(win)
    win.show()
    return win


def names(vault) -> list[str]:
    return sorted(c.pseudonym for c in vault.cases.list())


# --- settings pages ----------------------------------------------------------------------


def test_lifecycle_settings_are_stored_in_the_vault(qtbot, window, vault, tmp_path):
    drive = tmp_path / "drive"

    def handler(dialog):
        pages = {p.title(): p for p in dialog.pages}
        pages["Locking"].minutes.setValue(10)
        pages["Locking"].clipboard.setValue(60)
        pages["Retention"].months.setValue(24)
        pages["Backups"].keep.setValue(4)
        pages["Backups"].folder.setText(str(drive))  # does not exist yet
        dialog.accept()
        assert dialog.isVisible() and "does not exist" in dialog.message.text()
        assert dialog.tabs.currentWidget() is pages["Backups"]
        drive.mkdir()
        dialog.accept()

    seen = answer(qtbot, SettingsDialog, handler)
    window.settings_action.trigger()
    assert seen
    assert vault.settings.get("autolock.minutes") == 10
    assert vault.settings.get("clipboard.clear_seconds") == 60
    assert vault.settings.get(retention.MONTHS_KEY) == 24
    assert vault.settings.get(backups.FOLDER_KEY) == str(drive)
    assert vault.settings.get(backups.KEEP_KEY) == 4
    window.lifecycle.backup_action.trigger()
    assert [b.path.parent for b in backups.list_backups(drive)] == [drive]
    assert "Backup written" in window.statusBar().currentMessage()


def test_back_up_now_reports_a_missing_drive(qtbot, window, vault, tmp_path):
    vault.settings.set(backups.FOLDER_KEY, str(tmp_path / "unplugged"))
    texts = []
    answer(qtbot, QMessageBox, lambda box: (texts.append(box.text()), box.accept()))
    window.lifecycle.backup_action.trigger()
    assert texts and "external drive" in texts[0]


# --- restore -------------------------------------------------------------------------------


def preview_and_restore(qtbot, dialog, passphrase=PASSPHRASE):
    assert dialog.list.count() >= 1
    dialog.list.setCurrentRow(dialog.list.count() - 1)  # the oldest
    assert not dialog.restore_button.isEnabled()  # never without a look first
    qtbot.keyClicks(dialog.passphrase, passphrase)
    click(qtbot, dialog.preview_button)
    qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=10_000)
    assert "1 case" in dialog.summary.text()
    assert [dialog.cases.item(i).text() for i in range(dialog.cases.count())] == [
        f"{dialog._expected_code} · Old."]
    click(qtbot, dialog.restore_button)


def test_restore_from_the_menu_previews_then_replaces_the_vault(qtbot, make_app, vault,
                                                                 vault_dir):
    case = vault.cases.create("Old.")
    backups.back_up(vault)
    vault.cases.rename(case.id, "New.")
    vault.close()
    app = make_app(vault_dir=vault_dir)
    app.start()
    window = _unlock_into_main(qtbot, app)

    def handler(dialog):
        dialog._expected_code = case.code
        preview_and_restore(qtbot, dialog)

    seen = answer(qtbot, RestoreDialog, handler)
    window.lifecycle.restore_action.trigger()

    assert seen
    qtbot.waitUntil(lambda: isinstance(app.window, UnlockDialog), timeout=10_000)
    assert app.vault is None
    assert "restored" in app.window.message.text()
    window = _unlock_into_main(qtbot, app)
    assert names(app.vault) == ["Old."]
    # The state before the restore was backed up first.
    [before] = [b for b in backups.list_backups(vault_dir / "backups")
                if b.reason == "before-restore"]
    assert [c[1] for c in backups.read_contents(before.path, PASSPHRASE).cases] == ["New."]


def test_a_wrong_passphrase_in_the_preview_is_a_calm_message(qtbot, vault, tmp_path):
    vault.cases.create("Old.")
    made = backups.back_up(vault)
    dialog = RestoreDialog([made.parent, tmp_path / "nothing-here"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "not the passphrase at all")
    click(qtbot, dialog.preview_button)
    qtbot.waitUntil(lambda: dialog.preview_button.isEnabled(), timeout=10_000)
    assert "does not open" in dialog.summary.text()
    assert not dialog.restore_button.isEnabled()


def test_a_damaged_vault_offers_its_latest_backup_at_unlock(qtbot, vault, vault_dir):
    case = vault.cases.create("Old.")
    backups.back_up(vault)
    for i in range(30):  # enough pages to damage one in the middle
        vault.cases.set_summary(vault.cases.create(f"Filler {i}.").id, "words " * 100)
    vault.close()
    db = vault_dir / "vault.db"
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 0x01
    damaged = bytes(data)
    db.write_bytes(damaged)

    dialog = UnlockDialog(vault_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.restore_button.isVisible()
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy.isVisible(), timeout=10_000)
    assert "damaged" in dialog.message.text()
    assert dialog.restore_button.isVisible()
    assert db.read_bytes() == damaged  # the failed open changed nothing

    def handler(restore):
        restore._expected_code = case.code
        preview_and_restore(qtbot, restore)

    answer(qtbot, RestoreDialog, handler)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        click(qtbot, dialog.restore_button)
    assert names(dialog.vault) == ["Old."]
    dialog.vault.close()
    [aside] = [p for p in vault_dir.iterdir() if p.name.startswith("replaced-")]
    assert (aside / "vault.db").read_bytes() == damaged  # kept for a specialist


# --- handover ------------------------------------------------------------------------------


def test_handover_from_one_window_to_another_vault(qtbot, window, vault, tmp_path, kdf, speak):
    speak("en")  # the English plural: "1 case imported", not "1 case(s)"
    first = vault.cases.create("Handed over.")
    vault.cases.set_summary(first.id, "the story so far")
    vault.cases.create("Stays here.")
    window.refresh_cases(first.id)
    target_file = tmp_path / "to-colleague.legato-transfer"
    shown = {}

    def export(dialog):
        checked = [dialog.list.item(i).text() for i in range(dialog.list.count())
                   if dialog.list.item(i).checkState() == Qt.CheckState.Checked]
        assert checked == [f"{first.code} · Handed over."]  # the selected case, ticked
        dialog.target.setText(str(target_file))
        shown["passphrase"] = dialog.passphrase
        click(qtbot, dialog.export_button)

    answer(qtbot, ExportDialog, export)
    window.lifecycle.export_action.trigger()
    qtbot.waitUntil(lambda: target_file.exists(), timeout=10_000)
    assert "Transfer file written" in window.statusBar().currentMessage()

    other, _ = Vault.create(tmp_path / "colleague", PASSPHRASE, kdf=kdf)
    try:
        dialog = ImportDialog(other)
        qtbot.addWidget(dialog)
        dialog.show()
        assert not dialog.import_button.isEnabled()
        qtbot.keyClicks(dialog.path, str(target_file))
        qtbot.keyClicks(dialog.passphrase, "wrong")
        click(qtbot, dialog.read_button)
        qtbot.waitUntil(lambda: dialog.read_button.isEnabled(), timeout=10_000)
        assert "does not open" in dialog.message.text()
        dialog.passphrase.clear()
        qtbot.keyClicks(dialog.passphrase, shown["passphrase"].lower())
        click(qtbot, dialog.read_button)
        qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
        assert dialog.cases.count() == 1 and not dialog.replace.isVisible()
        with qtbot.waitSignal(dialog.accepted, timeout=5_000):
            click(qtbot, dialog.import_button)
        assert "1 case imported" in dialog.result_text()
        [moved] = other.cases.list()
        assert (moved.pseudonym, moved.summary) == ("Handed over.", "the story so far")
    finally:
        other.close()


# --- retention and erasure ----------------------------------------------------------------------


def test_review_and_erase_a_case_past_retention(qtbot, window, vault):
    old = vault.cases.create("Long ended.")
    vault.cases.set_status(old.id, CaseStatus.ENDED)
    vault.conn.execute("UPDATE cases SET last_activity = ? WHERE id = ?",
                       (datetime(2020, 1, 1, tzinfo=timezone.utc).isoformat(), old.id))
    vault.cases.create("Active.")
    vault.settings.set(retention.MONTHS_KEY, 24)
    window.refresh_cases()

    def review(dialog):
        assert dialog.list.count() == 1 and old.code in dialog.list.item(0).text()
        answer(qtbot, QMessageBox, cancel_first)
        click(qtbot, dialog.erase_button)
        assert dialog.list.count() == 1  # cancelled: still there
        answer(qtbot, QMessageBox, confirm)
        click(qtbot, dialog.erase_button)
        assert dialog.list.count() == 0 and "was erased" in dialog.message.text()
        dialog.reject()

    def cancel_first(box):
        assert "cannot be brought back" in box.text()
        box.button(QMessageBox.StandardButton.Cancel).click()

    def confirm(box):
        [erase] = [b for b in box.buttons() if "Erase" in b.text()]
        erase.click()

    seen = answer(qtbot, RetentionDialog, review)
    window.lifecycle.retention_action.trigger()
    assert seen
    assert names(vault) == ["Active."]
    assert vault.audit.entries()[-1][3:] == ("erased", "case", str(old.id))
    assert window.case_list.model.rowCount() == 1


def test_erase_the_open_case_from_the_case_menu(qtbot, window, vault):
    case = vault.cases.create("To erase.")
    window.refresh_cases()
    window.open_case(case.id)
    window.commands.rename(case.id, "Renamed.")  # something on the undo stack

    def confirm(box):
        [erase] = [b for b in box.buttons() if "Erase" in b.text()]
        erase.click()

    answer(qtbot, QMessageBox, confirm)
    window.lifecycle.erase_action.trigger()
    assert vault.cases.list() == []
    assert window.pages.currentWidget() is window.case_list
    assert window.undo_stack.count() == 0
    assert "was erased" in window.statusBar().currentMessage()

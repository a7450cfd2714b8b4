"""Issue 16.6: the key-client rules, through the screens and in the stored rows.

Ending a case while a key-client is still in the work or a safeguarding flag
is open asks for a confirmation and a note; the demo obeys the rules it shows.
"""

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from legato_desk.model.case import CaseStatus
from legato_desk.model.keyclients import EndReason, Presence, Status, check_task_work
from legato_desk.model.safeguarding import FlagType
from legato_desk.ui.main_window import MainWindow
from tests.ui.conftest import answer_modal as shared_answer_modal

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot, vault, app_paths):
    settings = QSettings(str(app_paths.settings_file), QSettings.Format.IniFormat)
    win = MainWindow(vault, settings, today=lambda: date(2026, 6, 1))
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win


@pytest.fixture
def case(vault):
    case = vault.cases.create("M.")
    sister = vault.maps.add_person(case.id, 0.2, -0.2, name="Leyla", role="sister")
    kc = vault.keyclients.mark(case.id, sister.id, on=date(2026, 1, 5))
    vault.keyclients.decide(kc.id, "He still seeks her out.", on=date(2026, 1, 6))
    vault.keyclients.change_status(kc.id, Status.APPROACHED, on=date(2026, 1, 7))
    vault.keyclients.change_status(kc.id, Status.ACTIVE, on=date(2026, 1, 20))
    return case


def answer_modal(qtbot, handler):
    """The shared helper; a failing handler closes its dialog and fails the test."""
    errors = []

    def guarded(dialog):
        try:
            handler(dialog)
            assert not dialog.isVisible(), "the dialog stayed open: " + dialog.message.text()
        except BaseException as exc:
            errors.append(exc)
            dialog.reject()

    shared_answer_modal(qtbot, guarded)
    return errors


def _ok(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_ending_a_case_with_an_active_key_client_and_an_open_flag_asks_why(
        qtbot, window, vault, case):
    vault.safeguarding.raise_flag(case.id, FlagType.SELF_HARM, "said so on the phone")
    window.refresh_cases(case.id)
    seen = {}

    def end(dialog):
        seen["warning"] = dialog.warning.text()
        dialog.reason.setCurrentIndex(dialog.reason.findText("Goal reached"))
        _ok(dialog)  # not confirmed: refused, nothing stored
        seen["unconfirmed"] = dialog.message.text()
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        qtbot.keyClick(dialog, Qt.Key.Key_A, ALT)  # "I end the case all the same"
        qtbot.waitUntil(dialog.confirm.isChecked, timeout=2000)  # a mnemonic animates the click
        _ok(dialog)  # confirmed, but no note: refused
        seen["no note"] = dialog.message.text()
        qtbot.keyClick(dialog, Qt.Key.Key_N, ALT)
        qtbot.keyClicks(dialog.note, "The family moves abroad; the helpline knows of the flag.")
        _ok(dialog)

    errors = answer_modal(qtbot, end)
    window.case_list.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    if errors:
        raise errors[0]
    assert seen["warning"] == ("Still open in this case:\n• Leyla: key-client (Active)\n"
                               "• Open safeguarding flag: Self-harm")
    assert seen["unconfirmed"].startswith("A key-client is still active or a safeguarding "
                                          "flag is still open. Confirm")
    assert seen["no note"].startswith("Say in the note why the case ends")
    assert vault.cases.get(case.id).status is CaseStatus.ENDED
    assert vault.conn.execute("SELECT reason, note FROM case_endings").fetchall() == [
        ("goal_reached", "The family moves abroad; the helpline knows of the flag.")]


def test_ending_a_case_with_nothing_running_needs_no_confirmation(qtbot, window, vault, case):
    [kc] = vault.keyclients.candidates(case.id)
    vault.keyclients.change_status(kc.id, Status.ENDED, EndReason.BY_KEYCLIENT,
                                   on=date(2026, 2, 1))
    window.refresh_cases(case.id)
    seen = {}

    def end(dialog):
        seen["shown"] = dialog.warning.isVisible() or dialog.confirm.isVisible()
        dialog.reason.setCurrentIndex(dialog.reason.findText("Goal reached"))
        _ok(dialog)

    errors = answer_modal(qtbot, end)
    window.case_list.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    if errors:
        raise errors[0]
    assert seen == {"shown": False}
    assert vault.cases.get(case.id).status is CaseStatus.ENDED


def test_the_demo_records_no_task_work_with_an_ended_key_client(tmp_path):
    """The demo's father came to a session as key-client and ended the work himself
    afterwards; no record has task work with a key-client whose work had ended, and
    the mother, who is no key-client, is present as what she is."""
    from legato_desk.demo import create_demo_vault

    vault, _folder = create_demo_vault(tmp_path / "demo")
    try:
        case = vault.cases.list()[0]  # M.'s (S.'s shows a release)
        names = {p.id: p.name or p.role for p in vault.maps.persons(case.id)}
        presence_of = vault.keyclients.present_as(case.id)
        presences = []
        for row in vault.sessions.list(case.id):
            record = vault.sessions.get(row.id)
            present = {names[pid]: presence_of(pid, record.held_at.date())
                       for pid in record.key_clients}
            check_task_work(present, bool(record.tasks))  # raises on a broken rule
            presences += [(names[pid], p.presence) for pid, p in zip(record.key_clients,
                                                                     present.values())]
        assert ("Mrs K.", Presence.OTHER) in presences
        assert ("Mr K.", Presence.KEYCLIENT) in presences
        father = next(c for c in vault.keyclients.candidates(case.id)
                      if names[c.person_id] == "Mr K.")
        ended = vault.keyclients.history(father.id)[-1]
        assert ended.status is Status.ENDED and ended.end_reason is EndReason.BY_KEYCLIENT
        last = max(vault.sessions.list(case.id), key=lambda r: r.held_at)
        assert last.held_at.date() <= ended.on  # his last session came before his ending
    finally:
        vault.close()

"""Auto-lock on idle (fake clock), on a session lock, and the clipboard timeout."""

from __future__ import annotations

import ctypes

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from legato_desk.ui.lifecycle import guards
from legato_desk.ui.main_window import MainWindow
from legato_desk.ui.start.unlock import UnlockDialog
from legato_desk.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import answer_modal
from tests.ui.test_vault_session import _unlock_into_main


class FakeClock:
    def __init__(self):
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def unlocked(qtbot, make_app, vault, vault_dir, clock):
    """The real app, unlocked, showing a case whose summary holds typed text."""
    case = vault.cases.create("A.")
    vault.close()
    app = make_app(vault_dir=vault_dir, clock=clock)
    app.start()
    window = _unlock_into_main(qtbot, app)
    window.open_case(case.id)
    qtbot.keyClicks(window.workspace.overview.summary, "typed, not yet autosaved")
    return app, window, case


def assert_locked(app, window, vault_dir, case):
    assert app.vault is None and app.main_window is None
    assert isinstance(app.window, UnlockDialog) and app.window.isVisible()
    assert window.workspace.overview.summary.toPlainText() == ""
    assert window.case_list.model.rowCount() == 0
    check = Vault.open(vault_dir, PASSPHRASE)
    try:
        assert check.cases.get(case.id).summary == "typed, not yet autosaved"
    finally:
        check.close()


def test_idle_for_the_default_five_minutes_locks(qtbot, unlocked, vault_dir, clock):
    app, window, case = unlocked
    clock.advance(4 * 60)
    app.idle.check()
    assert app.vault is not None  # four minutes: still open
    qtbot.keyClick(window.workspace.overview.summary, Qt.Key.Key_End)  # input resets
    clock.advance(4 * 60)
    app.idle.check()
    assert app.vault is not None
    clock.advance(60 + 1)
    app.idle.check()
    assert_locked(app, window, vault_dir, case)
    window = _unlock_into_main(qtbot, app)
    assert window.shown_case_id() == case.id  # back where the counsellor was


def test_the_period_comes_from_the_vault_settings(qtbot, unlocked, vault_dir, clock):
    app, window, case = unlocked
    app.vault.settings.set(guards.AUTOLOCK_KEY, 1)
    clock.advance(59)
    app.idle.check()
    assert app.vault is not None
    clock.advance(2)
    app.idle.check()
    assert_locked(app, window, vault_dir, case)


def test_idle_lock_closes_an_open_dialog_too(qtbot, unlocked, vault_dir, clock):
    app, window, case = unlocked
    seen = []

    def while_the_settings_are_open(dialog):
        seen.append(dialog)
        qtbot.keyClicks(dialog.pages[0].name, "half typed")
        clock.advance(5 * 60)
        app.idle.check()

    answer_modal(qtbot, while_the_settings_are_open)
    window.settings_action.trigger()
    assert seen and not seen[0].isVisible()
    assert_locked(app, window, vault_dir, case)


def test_a_session_lock_reported_by_the_platform_locks(qtbot, unlocked, vault_dir):
    app, window, case = unlocked
    qt_app = QApplication.instance()  # the signal itself: connected once the vault opened
    qt_app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert app.vault is not None  # switching to another window is not a lock
    signal = "2applicationStateChanged(Qt::ApplicationState)"
    watching = qt_app.receivers(signal)
    qt_app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationSuspended)
    assert_locked(app, window, vault_dir, case)
    assert qt_app.receivers(signal) == watching - 1  # locked: nothing left to watch for


def test_windows_session_lock_message_is_recognised():
    from ctypes import wintypes

    msg = wintypes.MSG()
    msg.message, msg.wParam = 0x02B1, 0x7  # WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK
    assert guards.is_session_lock(ctypes.addressof(msg))
    msg.wParam = 0x8  # WTS_SESSION_UNLOCK
    assert not guards.is_session_lock(ctypes.addressof(msg))
    msg.message = 0x0100  # WM_KEYDOWN
    assert not guards.is_session_lock(ctypes.addressof(msg))


def test_the_idle_watcher_stops_while_locked(qtbot, unlocked, clock):
    app, _window, _case = unlocked
    app.lock()
    assert not app.idle.active
    clock.advance(3600)
    app.idle.check()  # nothing to lock: no error, still the unlock dialog
    assert isinstance(app.window, UnlockDialog)


# --- the clipboard ------------------------------------------------------------------------


@pytest.fixture
def shown_window(qtbot, vault, app_paths, make_app, vault_dir):
    case = vault.cases.create("C.")
    vault.cases.set_summary(case.id, "a sentence worth copying")
    vault.close()
    app = make_app(vault_dir=vault_dir)
    app.start()
    window = _unlock_into_main(qtbot, app)
    window.open_case(case.id)
    return app, window


def copy_summary(qtbot, window) -> None:
    summary = window.workspace.overview.summary
    summary.setFocus()
    summary.selectAll()
    qtbot.keyClick(summary, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)


def test_text_copied_from_the_app_is_cleared_after_the_timeout(qtbot, shown_window):
    app, window = shown_window
    app.vault.settings.set(guards.CLIPBOARD_KEY, 45)
    copy_summary(qtbot, window)
    clipboard = QApplication.clipboard()
    assert clipboard.text() == "a sentence worth copying"
    guard = app.clipboard_guard
    assert guard.pending == "a sentence worth copying" and guard.waiting
    assert guard._timer.interval() == 45_000
    guard.expire()  # what the timer does when it fires
    assert clipboard.text() == ""


def test_something_copied_elsewhere_meanwhile_is_left_alone(qtbot, shown_window,
                                                            monkeypatch):
    app, window = shown_window
    copy_summary(qtbot, window)
    guard = app.clipboard_guard
    monkeypatch.setattr(guard, "is_ours", lambda: False)  # another program copies
    QApplication.clipboard().setText("from the web browser")
    assert guard.pending is None and not guard.waiting
    guard.expire()
    assert QApplication.clipboard().text() == "from the web browser"


def test_a_changed_clipboard_is_not_cleared_by_an_old_timer(qtbot, shown_window):
    app, window = shown_window
    copy_summary(qtbot, window)
    guard = app.clipboard_guard
    guard.pending = "what was copied first"  # the clipboard moved on since
    guard.expire()
    assert QApplication.clipboard().text() == "a sentence worth copying"


def test_unlocking_after_lock_shows_the_main_window(qtbot, shown_window):
    app, _window = shown_window
    app.lock()
    assert QApplication.clipboard().text() == ""
    window = _unlock_into_main(qtbot, app)
    assert isinstance(window, MainWindow)

"""Helpers for driving real dialogs and windows like a person would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from legato_desk.app import Application


@pytest.fixture
def make_app(qtbot, app_paths, kdf, monkeypatch):
    """Build the real composition root with test paths and a cheap KDF.

    QApplication.quit is recorded instead of run: a real quit would end the
    event loops that later waits in the same test session rely on.
    """
    controllers = []
    quits = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))

    def build(**kwargs) -> Application:
        controller = Application(app_paths, kdf=kdf, **kwargs)
        controllers.append(controller)
        return controller

    yield build
    for controller in controllers:
        controller.idle.stop()  # a later test's signals must not lock (or unlock) this one
        controller.session_lock.stop()
        if controller.vault is not None:
            controller.vault.close()
        if controller.window is not None:
            controller.window.close()


def answer_modal(qtbot, handler):
    """Run ``handler(dialog)`` on the next modal dialog that opens."""
    seen = []

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, poll)
            return
        seen.append(dialog)
        handler(dialog)

    QTimer.singleShot(0, poll)
    return seen


@pytest.fixture
def map_window(qtbot, vault, app_paths):
    """The main window, shown at the size the map tests draw in (1300 x 850)."""
    from PySide6.QtCore import QSettings

    from legato_desk.ui.main_window import MainWindow

    win = MainWindow(vault, QSettings(str(app_paths.settings_file), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.resize(1300, 850)
    win.show()
    return win

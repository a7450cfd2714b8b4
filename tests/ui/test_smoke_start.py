"""``legato-desk --smoke``: show the first window, draw it, quit with 0.

packaging/smoke.py runs it on the frozen app; here it runs in-process on
the real composition root and once through the real command line.
"""

import os
import subprocess
import sys

from PySide6.QtCore import QSettings

from legato_desk.app import smoke_start
from legato_desk.paths import AppPaths
from legato_desk.ui import theme
from legato_desk.ui.main_window import MainWindow
from legato_desk.ui.start.unlock import UnlockDialog
from legato_desk.ui.start.welcome import WelcomeDialog


def test_smoke_start_draws_the_welcome_window_and_quits(make_app, qtbot, capsys):
    app = make_app()
    printed_before = []  # what had been printed when the work after the first paint ran
    assert smoke_start(app, lambda: printed_before.append(capsys.readouterr().out)) == 0
    assert isinstance(app.window, WelcomeDialog) and not app.window.isVisible()
    assert printed_before == ["smoke: WelcomeDialog shown | Welcome to legato-desk | Cancel\n"]


def test_smoke_start_on_an_existing_vault_shows_unlock_and_keeps_no_key(
        make_app, vault, vault_dir, qtbot, capsys):
    vault.close()
    app = make_app(vault_dir=vault_dir)
    assert smoke_start(app, lambda: None) == 0
    assert isinstance(app.window, UnlockDialog) and app.vault is None
    assert "UnlockDialog shown" in capsys.readouterr().out


def test_smoke_start_on_the_demo_closes_and_deletes_the_demo_vault(make_app, qtbot, capsys):
    app = make_app(demo_mode=True)
    assert smoke_start(app, lambda: None) == 0
    assert isinstance(app.window, MainWindow)
    assert app.vault is None and not app.folder.exists()  # quit() ran: closed, removed
    assert "MainWindow shown" in capsys.readouterr().out


def _smoke(*args: str) -> subprocess.CompletedProcess:
    """``python -m legato_desk --smoke ARGS``; a start that hangs fails the test."""
    return subprocess.run([sys.executable, "-m", "legato_desk", "--smoke", *args],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def test_the_hidden_smoke_flag_works_from_the_command_line(tmp_path):
    result = _smoke("--vault", str(tmp_path / "none"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("smoke: WelcomeDialog shown | ")
    german = _smoke("--language", "de", "--vault", str(tmp_path / "none"))
    assert german.stdout == "smoke: WelcomeDialog shown | Willkommen bei legato-desk | Abbrechen\n"
    assert "--smoke" not in subprocess.run(
        [sys.executable, "-m", "legato_desk", "--help"], capture_output=True, text=True,
        env=os.environ).stdout  # hidden: not a counsellor's option


def test_the_real_start_asks_the_system_after_the_first_frame_and_keeps_the_answer(tmp_path):
    """The first window is built with last start's answer to "is the system dark?"
    (here a stale "yes"); once it is drawn the app asks the system (offscreen:
    not dark) and keeps the new answer. The PySide trap this crosses: a signal
    carrying a Qt enum that reaches Python before ``Qt`` is imported raises, and
    the error box would hang a start nobody watches."""
    settings_file = AppPaths.for_user().settings_file
    stale = QSettings(str(settings_file), QSettings.Format.IniFormat)
    stale.setValue(theme.SYSTEM_DARK_KEY, True)
    stale.sync()
    result = _smoke("--vault", str(tmp_path / "none"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("smoke: WelcomeDialog shown | ")
    kept = QSettings(str(settings_file), QSettings.Format.IniFormat)
    assert kept.value(theme.SYSTEM_DARK_KEY, type=bool) is False


def test_an_error_in_a_smoke_start_exits_1_instead_of_waiting_for_a_click():
    script = ("import sys\n"
              "from PySide6.QtCore import QTimer\n"
              "from PySide6.QtWidgets import QApplication\n"
              "from legato_desk import app\n"
              "qt = QApplication([])\n"
              "app.install_excepthook(smoke=True)\n"
              "QTimer.singleShot(0, lambda: 1 / 0)\n"
              "qt.exec()\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 1
    assert "ZeroDivisionError" in result.stderr


def test_the_work_after_the_first_frame_gives_every_window_the_app_icon(qapp, qtbot):
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QWidget

    from legato_desk.app import set_window_icon

    window = QWidget()
    qtbot.addWidget(window)
    window.show()  # already shown, as the first window is
    qapp.setWindowIcon(QIcon())
    set_window_icon(qapp)
    assert not qapp.windowIcon().isNull()
    assert window.windowIcon().cacheKey() == qapp.windowIcon().cacheKey()

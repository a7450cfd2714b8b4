"""``legato-desk --smoke``: show the first window, draw it, quit with 0.

packaging/smoke.py runs it on the frozen app; here it runs in-process on
the real composition root and once through the real command line.
"""

import os
import subprocess
import sys

from legato_desk.app import smoke_start
from legato_desk.ui.main_window import MainWindow
from legato_desk.ui.start.unlock import UnlockDialog
from legato_desk.ui.start.welcome import WelcomeDialog


def test_smoke_start_draws_the_welcome_window_and_quits(make_app, qtbot, capsys):
    app = make_app()
    assert smoke_start(app) == 0
    assert isinstance(app.window, WelcomeDialog) and not app.window.isVisible()
    assert capsys.readouterr().out == (
        "smoke: WelcomeDialog shown | Welcome to legato-desk | Cancel\n")


def test_smoke_start_on_an_existing_vault_shows_unlock_and_keeps_no_key(
        make_app, vault, vault_dir, qtbot, capsys):
    vault.close()
    app = make_app(vault_dir=vault_dir)
    assert smoke_start(app) == 0
    assert isinstance(app.window, UnlockDialog) and app.vault is None
    assert "UnlockDialog shown" in capsys.readouterr().out


def test_smoke_start_on_the_demo_closes_and_deletes_the_demo_vault(make_app, qtbot, capsys):
    app = make_app(demo_mode=True)
    assert smoke_start(app) == 0
    assert isinstance(app.window, MainWindow)
    assert app.vault is None and not app.folder.exists()  # quit() ran: closed, removed
    assert "MainWindow shown" in capsys.readouterr().out


def test_the_hidden_smoke_flag_works_from_the_command_line(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "legato_desk", "--smoke", "--vault", str(tmp_path / "none")],
        capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("smoke: WelcomeDialog shown | ")
    german = subprocess.run(
        [sys.executable, "-m", "legato_desk", "--smoke", "--language", "de",
         "--vault", str(tmp_path / "none")],
        capture_output=True, text=True, env=env, timeout=120)
    assert german.stdout == "smoke: WelcomeDialog shown | Willkommen bei legato-desk | Abbrechen\n"
    assert "--smoke" not in subprocess.run(
        [sys.executable, "-m", "legato_desk", "--help"], capture_output=True, text=True,
        env=env).stdout  # hidden: not a counsellor's option

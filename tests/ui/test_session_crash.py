"""A writer process is killed (SIGKILL) while a record is being typed: the draft is back."""

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QSettings, Qt

from legato_desk.ui.main_window import MainWindow
from legato_desk.vault import Vault
from tests.conftest import PASSPHRASE

PROJECT_ROOT = Path(__file__).resolve().parents[2]

WRITER = """
import sys
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from legato_desk.ui.main_window import MainWindow
from legato_desk.vault import Vault

app = QApplication([])
vault = Vault.open(sys.argv[1], sys.argv[2])
window = MainWindow(vault, QSettings(sys.argv[3], QSettings.Format.IniFormat))
window.show()
case_id = vault.cases.list()[0].id
window.open_case(case_id)
window.new_session()
page = window.workspace.page("sessions")
page._timer.setInterval(300)
QTest.keyClicks(page.editor.facts, "Typed before the crash: the sister visits weekly.")
page.editor.task_rows[next(iter(page.editor.task_rows))].addressed.setChecked(True)
words = iter(range(10**6))

def type_more():
    QTest.keyClicks(page.editor.reflection, f"word{next(words)} ")
    if vault.sessions.drafts(case_id) and not getattr(app, "told", False):
        app.told = True
        print("draft kept", flush=True)   # the parent kills us from here on

timer = QTimer(interval=50)
timer.timeout.connect(type_more)
timer.start()
app.exec()
"""


def test_sigkill_mid_draft_then_the_draft_is_offered_back(qtbot, vault, vault_dir, app_paths,
                                                          tmp_path):
    case = vault.cases.create("M.")
    vault.maps.add_person(case.id, 0.2, -0.3, name="Mrs K.", role="mother")
    vault.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join([str(PROJECT_ROOT), os.environ.get("PYTHONPATH", "")]))
    writer = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(WRITER), str(vault_dir), PASSPHRASE,
         str(tmp_path / "writer.ini")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = writer.stdout.readline()
        assert line.strip() == "draft kept", writer.stderr.read()
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
    assert writer.returncode == -signal.SIGKILL

    again = Vault.open(vault_dir, PASSPHRASE)
    try:
        assert again.check() == []
        [draft] = again.sessions.drafts(case.id)
        assert draft.record.facts == "Typed before the crash: the sister visits weekly."
        window = MainWindow(again, QSettings(str(app_paths.settings_file),
                                             QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        window.show()
        window.open_case(case.id)
        page = window.workspace.page("sessions")
        assert window.workspace.tabs.currentWidget() is page and page.banner.isVisible()
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
        assert page.editor.facts.toPlainText() == draft.record.facts
        assert page.editor.reflection.toPlainText().startswith("word0 ")
        assert page.editor.value().tasks  # the ticked task came back too
        page.save()
        assert again.sessions.drafts(case.id) == []
        [row] = again.sessions.list(case.id)
        assert again.sessions.get(row.id).facts == draft.record.facts
        window.close()
    finally:
        again.close()

"""Screenshots of the main screens, made from the demo vault (for the README).

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots.py [--dark] [--language de|pseudo] [FOLDER]

``--dark`` uses the dark palette (Settings ▸ Appearance); QT_SCALE_FACTOR=2 in the
environment shows the screens at 200 %; ``--language`` overrides the UI language.

Writes PNGs into resources/screenshots/ (or FOLDER): the case list, the map
with its comparison, the key-client comparison, a session record, the
progress chart and the safeguarding page. Everything shown is the invented
demo case; the vault is thrown away afterwards.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1280, 800)


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from legato_desk import demo
    from legato_desk.ui.main_window import MainWindow

    language = None
    if "--language" in argv:
        at = argv.index("--language")
        language = argv[at + 1]
        del argv[at:at + 2]
    dark = "--dark" in argv
    argv = [a for a in argv if a != "--dark"]
    out = Path(argv[0]) if argv else ROOT / "resources" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if language:
        from legato_desk.ui import i18n

        i18n.install(app, None, override=language)
    from legato_desk.ui import theme

    theme.apply(app, theme.DARK if dark else theme.SYSTEM)  # as the app does at start
    from legato_desk.ui import i18n as ui_i18n

    vault, folder = demo.create_demo_vault(translate=ui_i18n.demo_text)
    try:
        window = MainWindow(vault, QSettings(str(folder.parent / "s.ini"),
                                             QSettings.Format.IniFormat), demo=True)
        window.resize(*SIZE)
        window.show()

        def shot(name: str) -> None:
            for _ in range(3):
                app.processEvents()
            window.grab().save(str(out / f"{name}.png"))
            print(out / f"{name}.png")

        window.refresh_cases()
        shot("case-list")
        case = vault.cases.list()[0]
        window.open_case(case.id)
        ws = window.workspace
        ws.tabs.setCurrentWidget(ws.page("map"))
        shot("map")
        versions = ws.page("map").versions
        [intake] = vault.maps.snapshots(case.id)
        versions.show_version("now", intake.id)
        shot("map-comparison")
        versions.back_to_now()
        ws.tabs.setCurrentWidget(ws.page("keyclients"))
        ws.page("keyclients").select(None)
        shot("keyclient-comparison")
        sessions = ws.page("sessions")
        ws.tabs.setCurrentWidget(sessions)
        latest = vault.sessions.list(case.id)[0]
        sessions.open_session(latest.id)
        shot("session-record")
        ws.tabs.setCurrentWidget(ws.page("progress"))
        shot("progress")
        ws.tabs.setCurrentWidget(ws.page("safeguarding"))
        shot("safeguarding")
        window.close()
    finally:
        vault.close()
        shutil.rmtree(folder.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The path to the first window stays light: crypto loads only when needed.

Measured by `make bench` (start-to-unlock vs a bare window); this test only
guards the mechanism that figure depends on, so a stray import at module
level shows up here rather than as a slow start on a counsellor's laptop.
"""

import json
import subprocess
import sys

HEAVY = ["argon2", "cryptography", "sqlcipher3", "legato_desk.ui.main_window",
         "legato_desk.vault.vault", "logging.handlers", "socket",
         # not needed before the unlock window is shown (issue 17, second round)
         "legato_desk.ui.start.welcome", "legato_desk.ui.theme", "concurrent.futures",
         # the commands' parser and their module: 10-17 ms of every GUI start
         "legato_desk.cli"]


def test_parsing_arguments_and_building_the_unlock_path_load_no_crypto():
    script = (
        "import sys, json\n"
        "from legato_desk.__main__ import parse_args\n"
        "parse_args(['--vault', '/nowhere', '--language', 'de'])\n"
        "import legato_desk.app\n"
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert json.loads(out.stdout) == []

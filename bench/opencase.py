"""UI figures on the large case (performance.md), offscreen, through the real window.

(o1) open the large case: ``MainWindow.open_case`` with the map tab on
     screen, events processed (map drawn, session list loaded, every other
     page shown its case). Floor: reading the same rows with plain SQL
     (persons, ties, the session list). Target ≤ 200 ms and ≤ 3 × floor.
(o2) drag one person: a real mouse press, moves and release on the map's
     viewport; the frame time is one move plus processing its events
     (repaint included). Target: median frame ≤ 8 ms.
(o3) peak memory with the large case open, in a child process, against a
     child that shows a bare QMainWindow. Target ≤ 250 MB.

Child use:  python -m bench.opencase memory VAULT_DIR | bare
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from bench.common import PASSPHRASE, child_env, large_case_vault, scaled
from bench.stats import Samples, interleaved, report

REPEAT, FRAMES = 9, 60


def _window(vault):
    from PySide6.QtCore import QSettings

    from legato_desk.ui.main_window import MainWindow

    window = MainWindow(vault, QSettings())
    window.resize(1280, 800)
    window.show()
    return window


def run(scratch: Path) -> None:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    vault, large = large_case_vault(scratch, "open-vault")
    try:
        small = vault.cases.create("S.")
        window = _window(vault)
        ws = window.workspace
        map_page = ws.page("map")

        def open_large() -> float:
            window.open_case(small.id)
            ws.tabs.setCurrentWidget(map_page)
            app.processEvents()
            start = time.perf_counter()
            window.open_case(large.id)
            app.processEvents()
            return time.perf_counter() - start

        def plain_sql() -> float:
            conn = vault.conn
            start = time.perf_counter()
            conn.execute("SELECT * FROM persons WHERE case_id = ?", (large.id,)).fetchall()
            conn.execute("SELECT * FROM relations WHERE case_id = ?", (large.id,)).fetchall()
            conn.execute("SELECT id, held_at, mode, duration_min FROM sessions"
                         " WHERE case_id = ? ORDER BY held_at DESC", (large.id,)).fetchall()
            return time.perf_counter() - start

        s = interleaved({"open": open_large, "floor": plain_sql}, repeat=scaled(REPEAT))
        persons = len(map_page.scene.persons)
        report("(o1) open the large case: map drawn, sessions listed, all pages shown",
               ("MainWindow.open_case + events", s["open"]),
               ("the same rows with plain SQL", s["floor"]),
               target="≤ 200 ms and ≤ 3 × floor",
               notes=[f"{persons} persons on the map, "
                      f"{len(vault.sessions.list(large.id))} sessions"])
        frames = _drag(app, map_page, vault, large.id)
        report("(o2) drag one person on the large map (real mouse events, repaint included)",
               ("one mouse move + its events", frames), None, target="median ≤ 8 ms")
        window.close()
    finally:
        vault.close()
    _memory(scratch)


def _drag(app, page, vault, case_id) -> Samples:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    person = next(p for p in vault.maps.state(case_id).persons if not p.is_index)
    item = page.item_for(person.id)
    view, viewport = page.view, page.view.viewport()
    start = view.mapFromScene(item.pos())
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    app.processEvents()
    times = []
    for k in range(1, scaled(FRAMES) + 1):
        to = start + QPoint(k * 3 % 120, k * 2 % 80)
        began = time.perf_counter()
        QTest.mouseMove(viewport, to)
        app.processEvents()
        times.append(time.perf_counter() - began)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, to)
    app.processEvents()
    return Samples.of(times)


def _memory(scratch: Path) -> None:
    env = child_env(scratch / "memory-home")
    folder = scratch / "open-vault"
    figures = {}
    for mode in ("memory", "bare"):
        out = subprocess.run([sys.executable, "-m", "bench.opencase", mode, str(folder)],
                             capture_output=True, text=True, env=env, timeout=600)
        line = next((x for x in out.stdout.splitlines() if x.startswith("maxrss ")), None)
        if line is None:
            print(f"\n(o3) peak memory: the {mode} child failed:\n{out.stderr[-2000:]}")
            return
        figures[mode] = int(line.split()[1]) / 1024  # MiB
    print("\n(o3) peak memory with the large case open (child processes, VmHWM)")
    print(f"  figure  large case open in the main window  {figures['memory']:.0f} MiB")
    print(f"  floor   bare PySide6 QMainWindow            {figures['bare']:.0f} MiB")
    print(f"  ratio   {figures['memory'] / figures['bare']:.2f}×   target: ≤ 250 MB absolute")


def child(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    if argv[0] == "bare":
        window = QMainWindow()
        window.show()
    else:
        from legato_desk.vault import Vault

        vault = Vault.open(Path(argv[1]), PASSPHRASE)
        window = _window(vault)
        large = next(c for c in vault.cases.list() if c.pseudonym == "L.")
        window.open_case(large.id)
        window.workspace.tabs.setCurrentWidget(window.workspace.page("map"))
    app.processEvents()
    # VmHWM, not ru_maxrss: Linux carries the parent's peak into ru_maxrss across
    # fork+exec, so every child would report the benchmark process's own peak.
    hwm = next(line for line in Path("/proc/self/status").read_text().splitlines()
               if line.startswith("VmHWM:"))
    print(f"maxrss {int(hwm.split()[1])}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(child(sys.argv[1:]))

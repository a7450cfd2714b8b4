"""UI figures on the large case (performance.md), offscreen, through the real window.

(o1) open the large case: ``MainWindow.open_case(id, tab="map")``, timed to
     the end of the map's first paint (the first event after the map
     viewport's paint event: the frame is on screen), and on to when every
     other page holds the case (the workspace gives hidden tabs the case
     after the shown tab is drawn). Floor: reading the same rows with plain
     SQL (persons, ties, the session list). Target ≤ 100 ms to the map drawn.
(o1s) the same on the Sessions tab, to the session list drawn.
(o2) drag one person: a real mouse press, moves and release on the map's
     viewport; the frame time is one move plus processing its events
     (repaint included). Target: median frame ≤ 8 ms.
(o3) peak memory with the large case open, in a child process, against a
     child that shows a bare QMainWindow. Target ≤ 200 MB.

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
    """The main window as ``app.main`` shows it: the theme installed first."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from legato_desk.ui import theme
    from legato_desk.ui.main_window import MainWindow

    theme.install(QApplication.instance(), QSettings())
    window = MainWindow(vault, QSettings())
    window.resize(1280, 800)
    window.show()
    return window


class Opener:
    """Opens cases in one window and times them: to the shown tab drawn, and to idle."""

    def __init__(self, app, window):
        from PySide6.QtCore import QEvent, QObject

        self.app, self.window, self.ws = app, window, window.workspace
        opener = self

        class Clock(QObject):
            def eventFilter(self, obj, event):
                if opener.target is not None and opener.drawn is None:
                    if event.type() == QEvent.Type.Paint:
                        opener.painted = opener.painted or obj is opener.target
                    elif opener.painted:  # the paint pass that drew the target is over
                        opener.drawn = time.perf_counter()
                return False

        self.target = self.drawn = None
        self.painted = False
        self._clock = Clock()
        app.installEventFilter(self._clock)

    def _idle(self) -> None:
        self.app.processEvents()
        while self.ws.pending_pages():
            self.app.processEvents()

    def target_of(self, tab: str):
        page = self.ws.page(tab)
        return page.view.viewport() if tab == "map" else page.list.viewport()

    def open(self, case_id: int, other_id: int, tab: str = "map") -> tuple[float, float]:
        """Seconds from ``open_case`` to the tab drawn, and to every page holding the case."""
        self.window.open_case(other_id, tab=tab)
        self._idle()
        self.target, self.painted, self.drawn = self.target_of(tab), False, None
        start = time.perf_counter()
        self.window.open_case(case_id, tab=tab)
        self.app.processEvents()
        drawn = (self.drawn or time.perf_counter()) - start
        self.target = None
        self._idle()
        return drawn, time.perf_counter() - start

    def close(self) -> None:
        self.app.removeEventFilter(self._clock)


def run(scratch: Path) -> None:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    vault, large = large_case_vault(scratch, "open-vault")
    try:
        small = vault.cases.create("S.")
        window = _window(vault)
        opener = Opener(app, window)
        map_page = window.workspace.page("map")
        idle = {"map": [], "sessions": []}

        def open_on(tab):
            def once() -> float:
                drawn, until_idle = opener.open(large.id, small.id, tab)
                idle[tab].append(until_idle)
                return drawn
            return once

        def plain_sql() -> float:
            conn = vault.conn
            start = time.perf_counter()
            conn.execute("SELECT * FROM persons WHERE case_id = ?", (large.id,)).fetchall()
            conn.execute("SELECT * FROM relations WHERE case_id = ?", (large.id,)).fetchall()
            conn.execute("SELECT id, held_at, mode, duration_min FROM sessions"
                         " WHERE case_id = ? ORDER BY held_at DESC", (large.id,)).fetchall()
            return time.perf_counter() - start

        s = interleaved({"map": open_on("map"), "sessions": open_on("sessions"),
                         "floor": plain_sql}, repeat=scaled(REPEAT))
        persons = len(map_page.scene.persons)
        report("(o1) open the large case on the Map tab: to the map drawn",
               ("open_case(tab='map') to its first paint", s["map"]),
               ("the same rows with plain SQL", s["floor"]),
               target="≤ 100 ms",
               notes=[f"{persons} persons on the map, "
                      f"{len(vault.sessions.list(large.id))} sessions",
                      "until every other page holds the case (events idle): "
                      + Samples.of(idle["map"][1:]).describe()])
        report("(o1s) open the large case on the Sessions tab: to the session list drawn",
               ("open_case(tab='sessions') to its first paint", s["sessions"]), None,
               target="≤ 100 ms",
               notes=["until every other page holds the case (events idle): "
                      + Samples.of(idle["sessions"][1:]).describe()])
        opener.close()
        window.open_case(large.id, tab="map")
        app.processEvents()
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
    print(f"  ratio   {figures['memory'] / figures['bare']:.2f}×   target: ≤ 200 MB absolute")


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
        window.open_case(large.id, tab="map")
        app.processEvents()
        while window.workspace.pending_pages():
            app.processEvents()
    app.processEvents()
    # VmHWM, not ru_maxrss: Linux carries the parent's peak into ru_maxrss across
    # fork+exec, so every child would report the benchmark process's own peak.
    hwm = next(line for line in Path("/proc/self/status").read_text().splitlines()
               if line.startswith("VmHWM:"))
    print(f"maxrss {int(hwm.split()[1])}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(child(sys.argv[1:]))

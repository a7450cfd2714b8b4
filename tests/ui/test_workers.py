"""Background tasks: results on the UI thread, never into a deleted dialog, no crash."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QDialog

from legato_desk.ui import workers


def test_results_errors_and_progress_arrive_on_the_ui_thread(qtbot):
    parent = QDialog()
    qtbot.addWidget(parent)
    seen = []

    def slow(report):
        for step in range(1, 4):
            report(step, 3)
        return threading.current_thread().name

    workers.run_task(parent, slow, lambda name: seen.append(("done", name)), seen.append,
                     on_progress=lambda done, total: seen.append(
                         ("progress", done, total, threading.current_thread().name)))
    workers.run_task(parent, lambda: 1 / 0, lambda _: seen.append("no"),
                     lambda exc: seen.append(("error", type(exc).__name__)))
    qtbot.waitUntil(lambda: len(seen) == 5, timeout=5_000)
    ui = threading.current_thread().name
    progress = [s for s in seen if s[0] == "progress"]
    assert progress == [("progress", n, 3, ui) for n in (1, 2, 3)]
    [(_, worker)] = [s for s in seen if s[0] == "done"]
    assert worker.startswith("legato-task")  # it ran off the UI thread
    assert ("error", "ZeroDivisionError") in seen


def test_a_deleted_dialog_gets_nothing_and_the_others_still_do(qtbot):
    gate = threading.Event()
    seen = []
    gone = QDialog()
    kept = QDialog()
    qtbot.addWidget(kept)
    workers.run_task(gone, lambda: gate.wait(5), lambda _: seen.append("gone"), seen.append)
    workers.run_task(kept, lambda: gate.wait(5), lambda _: seen.append("kept"), seen.append)
    gone.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    del gone
    gate.set()
    assert workers.wait_for_all(timeout=5)
    qtbot.waitUntil(lambda: seen == ["kept"], timeout=5_000)
    qtbot.wait(50)
    assert seen == ["kept"]


def _start_then_delete(fn, delivered, **kwargs):
    dialog = QDialog()
    started = threading.Event()

    def task(*args):
        started.set()
        return fn(*args)

    workers.run_task(dialog, task, delivered.append, delivered.append, **kwargs)
    started.wait(2)
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def test_dialogs_deleted_while_their_tasks_finish_do_not_crash(qtbot):
    """The race that crashed CI: a dialog deleted just as its worker emits.

    The old relay was a child of the dialog, so the UI thread destroyed it
    under the emitting worker; a few hundred rounds of this segfaulted.
    """
    delivered = []
    for _round in range(1000):
        _start_then_delete(lambda: "done", delivered)
    for _round in range(100):  # and while a worker floods progress reports
        _start_then_delete(lambda report: [report(i, 200) for i in range(200)] and "done",
                           delivered, on_progress=lambda *_: None)
    assert workers.wait_for_all(timeout=30)
    QCoreApplication.processEvents()
    assert delivered == []  # every dialog was gone before its result arrived

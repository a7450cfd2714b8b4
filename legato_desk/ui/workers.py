"""Run slow work off the UI thread and get the result back on it.

    run_task(parent, fn, on_done, on_error)

``fn`` runs on the global thread pool; ``on_done(result)`` or
``on_error(exception)`` run on the UI thread afterwards (the signal crosses
threads as a queued connection). ``parent`` owns the relay object, so a
closed dialog never receives a late result.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay):
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # handed to the UI thread, never lost
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


def run_task(parent: QObject, fn: Callable[[], Any],
             on_done: Callable[[Any], None],
             on_error: Callable[[BaseException], None]) -> _Relay:
    relay = _Relay(parent)

    def finish_ok(result):
        relay.deleteLater()
        on_done(result)

    def finish_error(exc):
        relay.deleteLater()
        on_error(exc)

    relay.done.connect(finish_ok)
    relay.failed.connect(finish_error)
    QThreadPool.globalInstance().start(_Task(fn, relay))
    return relay

"""Python's cycle collector paused while a large structure is built.

A bulk build holds everything it makes until it is done: a PDF document its
flowables and drawing shapes, a case's map scene its person and tie items.
Each full collection meanwhile walks all of it and finds almost nothing (the
reference counts free the rest), and the bigger the case, the more often and
the longer it walks: the supervision PDF of 4x the large case made six full
collections of ~130 ms each, 0.6-1.1 s of its 4-5 s (one of 31 ms at 1x), so
the PDF grew faster than the case; opening the 4x case's map made ~140 young
and one full collection, ~20 ms of its ~390 ms (~3 ms at 1x).

What cycles a build leaves are collected by the next collection after it.
Nested or concurrent builds (a worker thread exporting while the window
opens a case) count: the last one out turns the collector back on, and only
if it was on before the first.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_pauses = 0  # builds under way
_was_enabled = True  # the collector's state before the first of them
_pauses_lock = threading.Lock()


@contextmanager
def collector_paused() -> Iterator[None]:
    global _pauses, _was_enabled
    with _pauses_lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pauses_lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()

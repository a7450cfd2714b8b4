"""A guard for the pinned PySide6 (pyproject.toml: <6.12).

PySide6 6.12.0 on Python 3.11 drops a reference to True or None each time a
binding returns one (every signal emit, every QComboBox.currentData() of an
item without data). The map emits thousands of signals in a session; the
app then aborts with "bool_dealloc". If this test fails after an upgrade,
keep the pin.
"""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox


class _Emitter(QObject):
    ping = Signal(int)


def test_signal_emits_and_none_variants_keep_true_and_none_alive(qtbot):
    emitter = _Emitter()
    emitter.ping.connect(lambda value: None)
    combo = QComboBox()
    combo.addItem("no data")
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(200):
        emitter.ping.emit(1)
        combo.currentData()
    assert sys.getrefcount(True) >= true_before - 5
    assert sys.getrefcount(None) >= none_before - 5

"""The Qt binding must not leak references to None or booleans.

PySide6 6.12.0 dropped one reference to None on every void C++ call; on
CPython 3.11 a kiosk then aborts after a few dozen donors. pyproject excludes
that release; this test catches any other release that does the same.
"""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class Emitter(QObject):
    flag = Signal(bool)


def test_void_calls_and_bool_signals_keep_reference_counts(qapp):
    label = QLabel()
    emitter = Emitter()
    seen = []
    emitter.flag.connect(lambda value: seen.append(value is True))
    before = sys.getrefcount(None), sys.getrefcount(False)
    for _ in range(2000):
        label.setText("042")
        label.setVisible(False)
        emitter.flag.emit(False)
    after = sys.getrefcount(None), sys.getrefcount(False)
    assert len(seen) == 2000
    assert after[0] >= before[0] - 50, "the binding loses references to None"
    assert after[1] >= before[1] - 50, "the binding loses references to False"

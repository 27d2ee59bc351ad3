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


def test_modules_imported_after_the_binding_leave_no_source_in_memory(tmp_path, monkeypatch):
    """PySide6 reads the source of every later import; the kiosk keeps none of it
    (about 20 MB over SQLAlchemy and the screens), and the binding's answer to
    "does this module use PySide6?" stays what it was."""
    import linecache

    from PySide6.support import feature

    import kiosk.ui  # noqa: F401 - what every station imports first

    (tmp_path / "qatra_plain_module.py").write_text("WORDS = 'no binding here'\n" * 2000, encoding="utf-8")
    (tmp_path / "qatra_qt_module.py").write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "qatra_plain_module", raising=False)
    monkeypatch.delitem(sys.modules, "qatra_qt_module", raising=False)
    import qatra_plain_module  # noqa: F401 - an import statement, as the binding sees them
    import qatra_qt_module  # noqa: F401

    assert not [name for name in linecache.cache if "qatra_" in name]
    assert feature.pyside_feature_dict["qatra_plain_module"] == -1
    assert feature.pyside_feature_dict["qatra_qt_module"] == 0

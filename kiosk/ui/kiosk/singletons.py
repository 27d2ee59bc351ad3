"""A guard against a reference-count bug of PySide6 6.12.0 on CPython 3.11.

That release drops one reference to `None` on every call of a C++ method that
returns void (`setText`, `setVisible`, …) and to `True`/`False` on every
Python slot call of a `Signal(bool)`. On CPython 3.12+ these objects are
immortal and nothing happens; on 3.11 their counts fall by hundreds per screen
change, and after a few dozen donors `None` reaches zero and the interpreter
aborts ("Fatal Python error: none_dealloc"). PySide6 6.11.3 does not have the
bug. Until the dependency excludes 6.12.0, the kiosk gives these three
singletons a count no day of use can exhaust, which is what 3.12 does for
every interpreter (they are never freed before the process ends anyway).
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

_RESERVE = 1 << 60  # far beyond any number of calls; far below the counter's limit (2**63)


def make_singletons_immortal() -> bool:
    """Raise the reference counts of None, True and False once; True when done."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return False  # immortal already, or a debug build whose object layout differs
    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt is the first field
        if count.value < _RESERVE // 2:
            count.value += _RESERVE
    return True

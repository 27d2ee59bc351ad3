"""What the Qt binding does to the whole process, kept in check.

PySide6 replaces `import` so that `from __feature__ import snake_case` can
switch a module's API. To know which modules use PySide6 at all, it reads the
whole source of every module imported after it through `inspect.getsource`,
and `linecache` keeps every one of those lines for the life of the process:
about 20 MB in a kiosk (SQLAlchemy, the storage layer, every screen), held all
day on a venue's small machine. `forget_module_sources` gives the binding the
same answer (does the source mention PySide6?) from a read that is dropped
as soon as it is answered.
"""

from __future__ import annotations

import sys


def _mentions_pyside(module) -> bool:
    """The binding's own test (the word "PySide6" in the module's source),
    without keeping the source."""
    name = getattr(module, "__name__", None)
    get_source = getattr(getattr(module, "__loader__", None), "get_source", None)
    if name is None or get_source is None:
        return False  # built-in, frozen or extension module: no source to read
    try:
        source = get_source(name)
    except (ImportError, OSError, SyntaxError, UnicodeDecodeError, ValueError):
        return False
    return bool(source) and "PySide6" in source


def forget_module_sources() -> bool:
    """Install the source-dropping test; False where this binding has no such scan."""
    import PySide6.QtCore  # noqa: F401 - loads the binding's support modules

    feature = sys.modules.get("PySide6.support.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _mentions_pyside  # type: ignore[attr-defined]  # PySide6's private hook, in no stub
    return True

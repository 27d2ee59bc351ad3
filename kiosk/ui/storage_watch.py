"""A station's view of the database's health: a banner that says what is wrong
and what to do, and a probe that retries off the GUI thread until it is fixed.

Stations call `report(fault)` when a read or a write met a StorageFault
(kiosk.storage.faults) and `succeeded(wrote)` after one went through. While a
fault shows, a probe opens the database and runs an empty write transaction
every few seconds in a worker thread: a lock released, a server back, a file
made writable clear the banner by themselves. A full disk clears only with a
real write (an empty transaction needs no space); damage never clears: the
database is restored with every station closed.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from kiosk.app import App
    from kiosk.storage.faults import StorageFault

log = logging.getLogger(__name__)

PROBE_MS = 5_000

CLEARED_BY_PROBE = ("storage.locked", "storage.read_only", "storage.unreachable")
NEVER_CLEARED = ("storage.damaged", "storage.foreign_file", "storage.bad_url")


def fault_text(fault: StorageFault, lang: str) -> str:
    """What staff read about `fault`: the error registry's message in `lang` (what
    happened, what to do), the words the command line prints, set with the
    language's typography; the file, the address or the driver's words inside it
    kept left to right."""
    from kiosk.errors import Audience, format_message
    from kiosk.i18n.typography import typeset
    from kiosk.ui.widgets import ltr

    detail = ltr(fault.detail) if fault.detail else ""
    return typeset(format_message(fault.code, lang, Audience.STAFF, {"detail": detail}, isolate=False), lang)


class StorageBanner(QLabel):
    """A red line across the window; hidden while the database is fine. `wording`
    gives the fault's words in the station's language (or languages, at the board)."""

    def __init__(self, wording: Callable[[StorageFault], str], parent: QWidget | None = None):
        super().__init__(parent)
        self.wording = wording
        self.fault: StorageFault | None = None
        self.setObjectName("storageBanner")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet(
            "#storageBanner { background: #b3261e; color: white; font-weight: bold; padding: 10px 16px; }"
        )
        self.hide()

    def show_fault(self, fault: StorageFault | None) -> None:
        self.fault = fault
        self.translate_ui()
        self.setVisible(fault is not None)

    def translate_ui(self) -> None:
        self.setText(self.wording(self.fault) if self.fault is not None else "")


class StorageWatch(QObject):
    """Holds the current fault (None: all is well) and probes until it clears."""

    changed = Signal(object)  # StorageFault | None
    _probed = Signal(object)  # from the worker thread: StorageFault | None

    def __init__(self, app: App, *, writes: bool = True, probe_ms: int = PROBE_MS, parent: QObject | None = None):
        super().__init__(parent)
        self.app = app
        self.writes = writes  # False (the board): any read that works clears the fault
        self.fault: StorageFault | None = None
        self._probing = False
        self._timer = QTimer(self)
        self._timer.setInterval(probe_ms)
        self._timer.timeout.connect(self.probe)
        self._probed.connect(self._on_probe, Qt.ConnectionType.QueuedConnection)

    def report(self, fault: StorageFault) -> None:
        log.warning("storage fault: %s", fault)
        changed = self.fault is None or self.fault.code != fault.code
        self.fault = fault
        if fault.code not in NEVER_CLEARED:
            self._timer.start()
        else:
            self._timer.stop()
        if changed:
            self.changed.emit(fault)

    def follow_start_check(self) -> None:
        """Report what the start-up check running in the background finds (kiosk.storage.db)."""

        def wait() -> None:
            try:
                damage = self.app.db.wait_checked()
            except Exception as error:  # noqa: BLE001 - opening failed: the station reports it itself
                log.warning("start-up check not followed: %s", error)
                return
            if damage is not None:
                self._probed.emit(damage)

        threading.Thread(target=wait, name="start-check", daemon=True).start()

    def succeeded(self, wrote: bool) -> None:
        """A read (or a write: `wrote`) went through: clear what it proves fixed."""
        if self.fault is None or self.fault.code in NEVER_CLEARED:
            return
        if wrote or not self.writes or self.fault.code == "storage.unreachable":
            self._clear()

    def _clear(self) -> None:
        self._timer.stop()
        self.fault = None
        self.changed.emit(None)

    def probe(self) -> None:
        """Try the database in a worker thread (a lock may make it wait seconds)."""
        if self._probing:
            return
        self._probing = True
        threading.Thread(target=self._probe_once, name="storage-probe", daemon=True).start()

    def _probe_once(self) -> None:
        from kiosk.storage.faults import StorageFault, classify

        result: StorageFault | None = None
        try:
            self.app.open()
            if self.writes:
                with self.app.db.write():
                    pass  # BEGIN IMMEDIATE and COMMIT: the write lock and the file are usable
            else:
                with self.app.db.read() as session:
                    session.connection()
        except Exception as error:  # noqa: BLE001 - sorted just below, the rest logged
            result = classify(error)
            if result is None:
                log.exception("storage probe failed")
                result = StorageFault("storage.failed", type(error).__name__)
        self._probed.emit(result)

    def _on_probe(self, result: StorageFault | None) -> None:
        self._probing = False
        if self.fault is None:
            if result is not None and result.code == "storage.damaged":  # the start-up check's finding
                self.report(result)
            return
        if result is None:
            if self.fault.code in CLEARED_BY_PROBE or not self.writes:
                self._clear()
        else:
            self.report(result)

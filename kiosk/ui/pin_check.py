"""A staff sign-in run off the GUI thread, one at a time.

Checking a PIN costs about 0.1 s of CPU on purpose (scrypt), and the write
that follows may wait on another station's lock: on the GUI thread the screen
would freeze and a second tap would queue a second attempt. `PinCheck` runs
the work on Qt's thread pool and hands its result back on the GUI thread;
while it runs, `busy` is True and `start` refuses another.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from kiosk.domain.visits import VisitRefused

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread: a signal emitted on it from the worker is queued there."""

    done = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], object], relay: _Relay):
        super().__init__()
        self.work, self.relay = work, relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # noqa: BLE001 - handed to the GUI thread, which decides
            result = error
        self.relay.done.emit(result)


class PinCheck(QObject):
    """`finished(result)`: what the work returned, or the exception it raised."""

    finished = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._relay: _Relay | None = None

    @property
    def busy(self) -> bool:
        return self._relay is not None

    def start(self, work: Callable[[], object]) -> bool:
        """Run `work` on the pool; False (and nothing run) while a check is under way."""
        if self._relay is not None:
            return False
        relay = _Relay()
        relay.done.connect(self._done)
        self._relay = relay
        QThreadPool.globalInstance().start(_Job(work, relay))
        return True

    def _done(self, result: object) -> None:
        self._relay = None
        self.finished.emit(result)


def lock_seconds(refused: VisitRefused) -> int:
    """How long a `staff.locked` refusal says the pad stays closed (0 when it does not say)."""
    seconds = refused.detail.get("seconds", 0)
    return seconds if isinstance(seconds, int) else 0

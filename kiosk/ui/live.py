"""Live queue for the screens: a timer asks the queue watcher whether anything
changed, and says so with a signal.

The watcher (kiosk.storage.changes) costs a couple of `stat()` calls per poll
on SQLite and one primary-key read every two seconds (PostgreSQL: a LISTEN
connection); a poll never blocks on another station's write. A screen
reloads its snapshot, in one read transaction, only when `changed` fires.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from kiosk.app import App
    from kiosk.storage.changes import QueueWatcher

log = logging.getLogger(__name__)

POLL_MS = 100


class QueueFeed(QObject):
    """`changed` when the campaign day's queue moved (or a new day began)."""

    changed = Signal()

    def __init__(self, app: App, campaign_id: int, *, interval_ms: int = POLL_MS, parent: QObject | None = None):
        super().__init__(parent)
        self.app = app
        self.campaign_id = campaign_id
        self.watcher: QueueWatcher | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)

    @property
    def day(self) -> date | None:
        return self.watcher.day if self.watcher else None

    def start(self) -> None:
        if self.watcher is None:
            self._watch(self.app.today())
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self.watcher is not None:
            self.watcher.close()
            self.watcher = None

    def _watch(self, day: date) -> None:
        from kiosk.storage.changes import watch

        if self.watcher is not None:
            self.watcher.close()
        self.watcher = watch(self.app.db.engine, self.campaign_id, day)

    def poll(self) -> None:
        """One tick: a new campaign day needs a new watcher; otherwise ask the watcher."""
        try:
            today = self.app.today()
            if self.watcher is None or self.watcher.day != today:
                self._watch(today)
                self.changed.emit()
            elif self.watcher.poll():
                self.changed.emit()
        except Exception as error:  # noqa: BLE001 - a busy or lost database: try again next tick
            log.warning("queue watch failed: %s", error)

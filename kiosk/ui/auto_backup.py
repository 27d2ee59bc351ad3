"""Automatic backups while a station runs: every `[backup] every_minutes` of
station.toml, in a worker thread (the copy and its check take seconds on a large
database; the GUI thread never waits for them)."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

if TYPE_CHECKING:
    from kiosk.app import App
    from kiosk.station_settings import StationSettings

log = logging.getLogger(__name__)

FIRST_AFTER_MS = 60_000


class AutoBackup(QObject):
    finished = Signal(object)  # the backup's Path, None when another station had just made one, or a StorageFault

    def __init__(self, app: App, settings: StationSettings, parent: QObject | None = None):
        super().__init__(parent)
        self.app = app
        self.folder = settings.backup_folder_path()
        self.keep = settings.backup_keep
        self.every_minutes = settings.backup_every_minutes
        self._running = False
        self._thread: threading.Thread | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(max(1, self.every_minutes) * 60_000)
        self._timer.timeout.connect(self.run_now)
        self.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        """Every `every_minutes`, and once a minute after the start (skipped when a
        recent copy exists): a station restarted often still leaves copies."""
        if self.every_minutes > 0:
            self._timer.start()
            QTimer.singleShot(FIRST_AFTER_MS, self.run_now)

    def stop(self) -> None:
        self._timer.stop()

    def run_now(self) -> None:
        if self._running:
            return
        self._running = True
        self._thread = threading.Thread(target=self._work, name="auto-backup", daemon=True)
        self._thread.start()

    def wait(self, timeout: float | None = None) -> None:
        """Tests and shutdown: let a backup under way finish."""
        if self._thread is not None:
            self._thread.join(timeout)

    def _work(self) -> None:
        from kiosk.storage.backup import backup_if_due
        from kiosk.storage.faults import StorageFault, classify

        result: Path | StorageFault | None
        try:
            result = backup_if_due(self.app.db_url, self.folder, every_minutes=self.every_minutes, keep=self.keep)
        except Exception as error:  # noqa: BLE001 - a fault is reported; anything else logged with its traceback
            result = classify(error)
            if result is None:
                log.exception("automatic backup failed")
                result = StorageFault("storage.backup_failed", type(error).__name__)
        self.finished.emit(result)

    def _finished(self, result: object) -> None:
        self._running = False
        if isinstance(result, Path):
            log.info("automatic backup: %s", result.name)
        elif result is not None:
            log.warning("automatic backup failed: %s", result)

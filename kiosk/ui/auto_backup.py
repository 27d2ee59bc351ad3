"""Automatic backups while a station runs: every `[backup] every_minutes` of
station.toml, in a worker thread (the copy and its check take seconds on a large
database; the GUI thread never waits for them).

A failed backup is not only logged: `failing` holds the folder it could not be
written to until the next backup succeeds, and `failure_changed` tells the
stations, whose `BackupBanner` says so to staff in their language. One station
runs per process; `running()` is its automatic backup, if any."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from kiosk.app import App
    from kiosk.station_settings import StationSettings

log = logging.getLogger(__name__)

FIRST_AFTER_MS = 60_000
CONTEXT = "BackupBanner"
FAILED = QT_TRANSLATE_NOOP(
    "BackupBanner",
    "The automatic backup to %1 failed. Check that the folder or the USB stick is there, writable and not full; "
    "the next backup is tried in %2 minutes, or run: %3.",
)

_running: AutoBackup | None = None


def running() -> AutoBackup | None:
    """This process's automatic backup, once started (None in tests and one-off commands)."""
    return _running


class AutoBackup(QObject):
    finished = Signal(object)  # the backup's Path, None when another station had just made one, or a StorageFault
    failure_changed = Signal(object)  # the folder (str) a backup could not be written to; None once one succeeds

    def __init__(self, app: App, settings: StationSettings, parent: QObject | None = None):
        super().__init__(parent)
        self.app = app
        self.folder = settings.backup_folder_path()
        self.keep = settings.backup_keep
        self.every_minutes = settings.backup_every_minutes
        self._running = False
        self.failing: str | None = None  # the folder of the last backup, when it failed
        self._thread: threading.Thread | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(max(1, self.every_minutes) * 60_000)
        self._timer.timeout.connect(self.run_now)
        self.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        """Every `every_minutes`, and once a minute after the start (skipped when a
        recent copy exists): a station restarted often still leaves copies."""
        global _running
        _running = self
        if self.every_minutes > 0:
            self._timer.start()
            QTimer.singleShot(FIRST_AFTER_MS, self.run_now)

    def stop(self) -> None:
        global _running
        if _running is self:
            _running = None
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
            self._set_failing(None)
        elif result is not None:
            log.warning("automatic backup failed: %s", result)
            from kiosk.storage.backup import default_folder

            self._set_failing(str(self.folder or default_folder()))

    def _set_failing(self, folder: str | None) -> None:
        if folder != self.failing:
            self.failing = folder
            self.failure_changed.emit(folder)


class BackupBanner(QLabel):
    """An amber line across a staff station while the automatic backup fails:
    where it failed and what to do, in the staff's language; hidden once a
    backup succeeds. `follow(backups)` shows what that backup says."""

    def __init__(self, translate: Callable[[str, str], str], parent: QWidget | None = None):
        super().__init__(parent)
        self.translate = translate
        self.folder: str | None = None
        self.every_minutes = 0
        self.setObjectName("backupBanner")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet(
            "#backupBanner { background: #f2b84b; color: #1b1b1b; font-weight: bold; padding: 8px 16px; }"
        )
        self.hide()

    def follow(self, backups: AutoBackup | None) -> None:
        if backups is None:
            return
        self.every_minutes = backups.every_minutes
        backups.failure_changed.connect(self.show_failure)
        self.show_failure(backups.failing)

    def show_failure(self, folder: object) -> None:
        self.folder = folder if isinstance(folder, str) else None
        self.translate_ui()
        self.setVisible(self.folder is not None)

    def translate_ui(self) -> None:
        if self.folder is None:
            self.setText("")
            return
        from kiosk.ui.widgets import ltr

        self.setText(
            self.translate(CONTEXT, str(FAILED))
            .replace("%1", ltr(self.folder or "?"))  # a path reads left to right in any sentence
            .replace("%2", str(self.every_minutes))
            .replace("%3", ltr("kiosk\u00a0backup"))  # one piece, never split over two lines
        )

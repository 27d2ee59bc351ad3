"""Automatic backups of a running station: in a worker thread, into station.toml's folder,
not twice when another station has just made one; a running station blocks `kiosk restore`."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from kiosk.app import App
from kiosk.station_settings import StationSettings
from kiosk.storage import backup, faults
from kiosk.storage.faults import StorageFault
from kiosk.ui.auto_backup import AutoBackup
from tests.conftest import CAMPAIGN_MORNING


def test_a_station_backs_up_off_the_gui_thread_into_its_folder(qtbot, qapp, db_url, tmp_path, monkeypatch):
    app = App(db_url, clock=lambda: CAMPAIGN_MORNING)
    app.open()
    threads = []
    real = backup.backup_if_due

    def recorded(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(backup, "backup_if_due", recorded)
    folder = tmp_path / "usb"
    auto = AutoBackup(app, StationSettings(backup_folder=str(folder), backup_every_minutes=10, backup_keep=3))
    with qtbot.waitSignal(auto.finished, timeout=10_000) as done:
        auto.run_now()
    made = done.args[0]
    assert made.parent == folder and threads[0] is not threading.main_thread()
    with sqlite3.connect(made) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with qtbot.waitSignal(auto.finished, timeout=10_000) as again:  # another one ten seconds later: not due
        auto.run_now()
    assert again.args[0] is None and len(backup.list_backups(folder)) == 1
    app.close()


def test_a_running_station_blocks_restore(db_url, tmp_path):
    first = App(db_url)
    first.open()
    first.close()
    copy = backup.backup(db_url, tmp_path / "b")
    station = App(db_url, claim=True)
    station.open()
    station.db.dispose()  # no SQLite connection left: only the station's lock says it runs
    with pytest.raises(StorageFault) as refused:
        backup.restore(db_url, copy)
    assert refused.value.code == faults.IN_USE and "stations" in refused.value.detail
    station.close()
    assert backup.restore(db_url, copy) is not None

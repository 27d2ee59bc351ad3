"""Starting a station: the QApplication, the language, the window, the event loop."""

from __future__ import annotations

import argparse
import logging
import sys

from kiosk.app import App

log = logging.getLogger(__name__)


def run_kiosk(app: App, args: argparse.Namespace) -> int:
    from kiosk.ui.kiosk_station.station import run_kiosk as run

    return run(app, args)


def run_nurse(app: App, args: argparse.Namespace) -> int:
    from kiosk.ui.nurse.station import run_nurse as run

    return run(app, args)


def run_display(app: App, args: argparse.Namespace) -> int:
    from kiosk.ui.board.station import run_display as run

    return run(app, args)


def run_organiser(app: App, args: argparse.Namespace) -> int:
    from kiosk.ui.organiser.station import run_organiser as run

    return run(app, args)


def run_all(app: App, args: argparse.Namespace) -> int:
    from kiosk.ui.screens import run_all as run

    return run(app, args)


RUNNERS = {"kiosk": run_kiosk, "nurse": run_nurse, "display": run_display, "organiser": run_organiser, "all": run_all}


def run(kind: str, args: argparse.Namespace, db_url: str) -> int:
    """A station holds its lock on the database (so that `kiosk restore` waits for it)
    and makes the automatic backups of station.toml's [backup]."""
    from kiosk.ui.qtapp import install_crash_handler, remove_crash_handler

    relay = install_crash_handler()  # a full-screen station's stderr is seen by no one
    try:
        app = App(db_url, station=kind, claim=True)
        # The damage check takes seconds on a large database, tens of seconds from a cold disk
        # (tests/bench/bench_safety.py): every station runs it in a worker thread while it paints and
        # serves, and any write waits for its result (kiosk.storage.db.Database.write).
        app.background_check = True
        if getattr(args, "exit_after_first_paint", False):
            return RUNNERS[kind](app, args)
        return _with_backups(kind, app, args)
    finally:
        remove_crash_handler(relay)


def _with_backups(kind: str, app: App, args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication

    from kiosk import station_settings
    from kiosk.ui.auto_backup import AutoBackup

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    try:
        settings = station_settings.load()
    except station_settings.SettingsError as error:  # the station itself says so where it reads them
        log.warning("backups with default settings: %s", error)
        settings = station_settings.StationSettings()
    backups = AutoBackup(app, settings, parent=qapp)
    backups.start()
    try:
        return RUNNERS[kind](app, args)
    finally:
        backups.stop()
        backups.wait(60)

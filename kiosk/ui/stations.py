"""Starting a station: the QApplication, the language, the window, the event loop."""

from __future__ import annotations

import argparse
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

from kiosk.app import App, remembered_campaign
from kiosk.i18n.qt import LanguageSwitch
from kiosk.ui.qtapp import create_application

if TYPE_CHECKING:
    from kiosk.ui.kiosk_station.window import KioskWindow


def open_kiosk(app: App, qapp: QCoreApplication, *, connect: bool = True) -> tuple[KioskWindow, LanguageSwitch]:
    """The kiosk window (not shown), in Arabic, on the campaign remembered from the last
    start; its tickets and audit entries carry this machine's kiosk name."""
    from kiosk import station_settings
    from kiosk.ui.kiosk_station.window import KioskWindow

    switch = LanguageSwitch(qapp)
    switch.set_language("ar")
    campaign = remembered_campaign(app.db_url)
    if campaign is None:  # first start on this database: open it before painting
        campaign = app.campaign()
    app.station = station_settings.load().station_name("kiosk")
    return KioskWindow(app, switch, campaign, connect=connect), switch


def run_kiosk(app: App, args: argparse.Namespace) -> int:
    qapp = create_application(sys.argv[:1])
    measuring = getattr(args, "exit_after_first_paint", False)  # start-up benchmark
    window, _switch = open_kiosk(app, qapp, connect=not measuring)
    if measuring:  # say when the welcome screen was painted (wall clock), then stop
        window.welcome.painted.connect(lambda: print(f"painted {time.time():.6f}", flush=True))
        window.welcome.painted.connect(lambda: QTimer.singleShot(0, qapp.quit))
    if getattr(args, "windowed", False):
        window.resize(1280, 800)
        window.show()
    else:
        window.enter_kiosk_mode()  # full screen, frameless; only a staff PIN closes it
    code = qapp.exec()
    app.close()
    return code


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
    from kiosk.ui.qtapp import install_crash_handler, remove_crash_handler

    relay = install_crash_handler()  # a full-screen station's stderr is seen by no one
    try:
        return RUNNERS[kind](App(db_url, station=kind), args)
    finally:
        remove_crash_handler(relay)

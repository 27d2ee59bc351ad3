"""Starting a station: the QApplication, the language, the window, the event loop."""

from __future__ import annotations

import argparse

from kiosk.app import App


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
    from kiosk.ui.qtapp import install_crash_handler, remove_crash_handler

    relay = install_crash_handler()  # a full-screen station's stderr is seen by no one
    try:
        return RUNNERS[kind](App(db_url, station=kind), args)
    finally:
        remove_crash_handler(relay)

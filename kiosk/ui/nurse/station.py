"""`kiosk station nurse`: the nurse station of one booth, as a process of its own."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from kiosk.ui.nurse.context import NurseSettings

PRINT_POLL_MS = 10_000  # count the waiting documents again (one cheap query every 10 s)

if TYPE_CHECKING:
    from kiosk.app import App
    from kiosk.i18n.qt import LanguageSwitch
    from kiosk.ui.nurse.window import NurseWindow
    from kiosk.ui.nurse.words import Words


def settings_from(args: argparse.Namespace) -> NurseSettings:
    """Booth and station name: the command line first, then this machine's station.toml."""
    from kiosk import station_settings

    saved = station_settings.load()
    booth = getattr(args, "booth", None) or saved.booth or 1
    name = getattr(args, "station_name", None) or saved.station or f"nurse-{booth}"
    return NurseSettings(booth=booth, name=name)


def open_nurse(
    app: App, args: argparse.Namespace, *, words: Words | None = None, switch: LanguageSwitch | None = None
) -> NurseWindow:
    from kiosk.ui.nurse.window import NurseWindow
    from kiosk.ui.nurse.words import Words
    from kiosk.ui.printers import PrintQueue

    settings = settings_from(args)
    words = words or Words(getattr(args, "staff_language", None) or "ar")
    # Every station's waiting documents: a kiosk whose printer jammed is seen (and retried) here.
    printer = PrintQueue(app, settings.station, all_stations=True, poll_ms=PRINT_POLL_MS, translate=words.translate)
    return NurseWindow(app, settings, words=words, switch=switch, printer=printer)


def run_nurse(app: App, args: argparse.Namespace) -> int:
    from kiosk.i18n.qt import LanguageSwitch
    from kiosk.ui.qtapp import create_application
    from kiosk.ui.widgets import fill_screen

    qapp = create_application(sys.argv[:1])
    switch = LanguageSwitch(qapp)
    window = open_nurse(app, args, switch=switch)
    app.station = window.context.station
    switch.set_language(window.words.lang)  # alone on its machine: Qt's own texts follow the staff
    if getattr(args, "windowed", False):
        window.resize(1366, 768)
        window.show()
    else:
        fill_screen(window, maximised=True)
    code = qapp.exec()
    app.close()
    return code

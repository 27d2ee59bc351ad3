"""`kiosk station organiser`: the organiser's screen, as a process of its own."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.app import App


def run_organiser(app: App, args: argparse.Namespace) -> int:
    from kiosk.i18n.qt import LanguageSwitch
    from kiosk.ui.nurse.words import Words
    from kiosk.ui.organiser.window import OrganiserWindow
    from kiosk.ui.qtapp import create_application
    from kiosk.ui.widgets import fill_screen

    qapp = create_application(sys.argv[:1])
    switch = LanguageSwitch(qapp)
    words = Words(getattr(args, "staff_language", None) or "ar")
    name = getattr(args, "station_name", None) or "organiser"
    app.station = name
    window = OrganiserWindow(app, words=words, switch=switch, station=name)
    switch.set_language(words.lang)
    if getattr(args, "windowed", False):
        window.resize(1366, 768)
        window.show()
    else:
        fill_screen(window, maximised=True)
    code = qapp.exec()
    app.close()
    return code

"""Starting the donor kiosk: its window in Arabic on the remembered campaign, and its event loop."""

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
        from kiosk.storage.faults import StorageFault  # with sqlite3: an everyday start paints first

        try:
            campaign = app.campaign()
        except StorageFault:  # the window sends donors to staff and retries (KioskWindow.connect_database)
            campaign = None
    app.station = station_settings.load().station_name("kiosk")
    return KioskWindow(app, switch, campaign, connect=connect), switch


def run_kiosk(app: App, args: argparse.Namespace) -> int:
    qapp = create_application(sys.argv[:1])
    measuring = getattr(args, "exit_after_first_paint", False)  # start-up benchmark
    window, _switch = open_kiosk(app, qapp, connect=not measuring)
    if measuring:  # say when the welcome screen was painted (wall clock, CPU time used), then stop
        window.welcome.painted.connect(
            lambda: print(f"painted {time.time():.6f} {time.process_time():.6f}", flush=True)
        )
        window.welcome.painted.connect(lambda: QTimer.singleShot(0, qapp.quit))
    if getattr(args, "windowed", False):
        window.resize(1280, 800)
        window.show()
    else:
        window.enter_kiosk_mode()  # full screen, frameless; only a staff PIN closes it
    code = qapp.exec()
    app.close()
    return code

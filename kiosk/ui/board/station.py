"""`kiosk station display`: the display board, full screen on the venue's TV."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.app import App


def run_display(app: App, args: argparse.Namespace) -> int:
    from kiosk.ui.board.window import BoardWindow
    from kiosk.ui.qtapp import create_application
    from kiosk.ui.widgets import fill_screen

    qapp = create_application(sys.argv[:1])
    window = BoardWindow(app)
    if getattr(args, "windowed", False):
        window.resize(1280, 720)
        window.show()
    else:
        fill_screen(window)
    window.start()
    code = qapp.exec()
    app.close()
    return code

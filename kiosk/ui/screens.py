"""`kiosk station all`: the kiosk, a nurse station and the display board as three
windows of one process, on one database, placed on the machine's screens.

Screens are taken in the order kiosk, nurse station, board (QGuiApplication's
list, the primary first): with three screens each window has its own (kiosk
and board full screen, the nurse station maximised); a window left without a
screen of its own opens as an ordinary window on the primary screen, cascaded
with the others there (`--windowed`: all three so, on the primary screen). The kiosk
switches the application's language with each donor; the nurse station keeps
its own language and the board shows both, so neither follows the kiosk.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from kiosk.ui.widgets import fill_screen

if TYPE_CHECKING:
    from kiosk.app import App
    from kiosk.i18n.qt import LanguageSwitch
    from kiosk.ui.board.window import BoardWindow
    from kiosk.ui.nurse.window import NurseWindow

# Size of a window that shares a screen with the others.
WINDOWED = {"kiosk": (1280, 800), "nurse": (1366, 768), "display": (1280, 720)}
CASCADE = 48  # px between windows sharing a screen: each one's title bar stays in reach
FRAME = (8, 40)  # px at least for a frame's sides and its title bar


@dataclass
class AllStations:
    kiosk: QWidget
    nurse: NurseWindow
    board: BoardWindow
    switch: LanguageSwitch

    def windows(self) -> list[tuple[str, QWidget]]:
        return [("kiosk", self.kiosk), ("nurse", self.nurse), ("display", self.board)]


def place(windows: Sequence[tuple[str, QWidget]], screens: Sequence[QScreen]) -> dict[str, QScreen | None]:
    """Show each window on its own screen when there is one; the screen each got (None: shared)."""
    placed: dict[str, QScreen | None] = {}
    own = len(screens) > 1
    shared = 0
    for index, (kind, window) in enumerate(windows):
        screen = screens[index] if own and index < len(screens) else None
        placed[kind] = screen
        if screen is None:
            window.show()
            cascade(window, WINDOWED[kind], shared, screens[0] if screens else QGuiApplication.primaryScreen())
            shared += 1
            continue
        window.setScreen(screen)
        if kind == "kiosk" and hasattr(window, "enter_kiosk_mode"):
            window.enter_kiosk_mode()  # frameless, on top, full screen, left only with a staff PIN
        else:
            fill_screen(window, screen, maximised=kind == "nurse")
    return placed


def cascade(window: QWidget, size: tuple[int, int], index: int, screen: QScreen | None) -> None:
    """The `index`-th window sharing `screen`: `CASCADE` px right of and below the one
    before (not all at the corner), as large as `size` allows while staying on screen."""
    width, height = size
    if screen is None:
        window.resize(width, height)
        return
    area = screen.availableGeometry()
    # The window manager's frame and title bar (known once shown, and not always then).
    frame_w = max(FRAME[0], window.frameGeometry().width() - window.width())
    frame_h = max(FRAME[1], window.frameGeometry().height() - window.height())
    room = CASCADE * (len(WINDOWED) - 1)  # the last window's offset
    width = min(width, max(1, area.width() - room - frame_w))
    height = min(height, max(1, area.height() - room - frame_h))
    window.resize(width, height)
    window.move(area.x() + index * CASCADE, area.y() + index * CASCADE)  # where its frame starts


def open_all(app: App, args: argparse.Namespace) -> AllStations:
    """The three windows, built and started (not shown)."""
    from kiosk.ui.board.window import BoardWindow
    from kiosk.ui.kiosk_station.station import open_kiosk
    from kiosk.ui.nurse.station import open_nurse

    qt_app = QGuiApplication.instance()
    assert qt_app is not None  # the stations run inside the application
    kiosk, switch = open_kiosk(app, qt_app)
    nurse = open_nurse(app, args)  # its own language: the kiosk's switch is not given to it
    board = BoardWindow(app)
    board.start()
    return AllStations(kiosk, nurse, board, switch)


def run_all(app: App, args: argparse.Namespace) -> int:
    from kiosk.ui.qtapp import create_application

    qapp = create_application(sys.argv[:1])
    stations = open_all(app, args)
    screens = QGuiApplication.screens()
    place(
        stations.windows(), screens[:1] if getattr(args, "windowed", False) else screens
    )  # --windowed: no full screen
    code = qapp.exec()
    app.close()
    return code

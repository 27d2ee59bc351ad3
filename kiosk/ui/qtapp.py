"""The QApplication every station starts with: bundled fonts and the style sheet,
so the kiosk looks the same on a machine that has no Arabic fonts at all."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from kiosk import crashlog, paths
from kiosk.i18n import ALL

log = logging.getLogger(__name__)

# Each language's screen font (resources/languages.toml), Latin-script ones first:
# digits and punctuation come from the first family that has them.
UI_FAMILIES = list(dict.fromkeys(lang.ui_font for lang in sorted(ALL, key=lambda lang: lang.script != "Latn")))
BASE_POINT_SIZE = 18


def load_fonts() -> list[str]:
    """The bundled files of the languages' screen families (`Noto Sans` is
    resources/fonts/NotoSans-*.ttf); a family with no file there comes from the
    system. Amiri is for the printed documents only, and loading it costs the
    screens 2 MB for nothing."""
    families: list[str] = []
    for family in UI_FAMILIES:
        for path in sorted(paths.FONTS.glob(f"{family.replace(' ', '')}-*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                log.warning("cannot load font %s", path)
                continue
            families += QFontDatabase.applicationFontFamilies(font_id)
    return families


def style_sheet() -> str:
    return (paths.RESOURCES / "style" / "kiosk.qss").read_text(encoding="utf-8")


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or ["kiosk"])
    app.setApplicationName("Qatra")
    app.setOrganizationName("Qatra")
    load_fonts()
    font = QFont()
    font.setFamilies(UI_FAMILIES)
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(style_sheet())
    return app


class CrashRelay(QObject):
    """Hands an uncaught exception (from any thread) to the GUI thread, where each
    top-level window that has `after_crash(log_path)` recovers: the kiosk goes back
    to its welcome screen with a neutral notice, the nurse station says what
    happened and where it is logged."""

    crashed = Signal(str)

    def __init__(self, diagnosis: crashlog.Diagnosis) -> None:
        super().__init__()
        self.diagnosis = diagnosis
        self.recovering = False
        self.crashed.connect(self.recover, Qt.ConnectionType.QueuedConnection)

    def relay(self, error: BaseException) -> None:
        self.crashed.emit(type(error).__name__)

    def recover(self, _kind: str) -> None:
        if self.recovering:  # recovering itself failed: the log has both, stop here
            return
        self.recovering = True
        try:
            for widget in QApplication.topLevelWidgets():
                after_crash = getattr(widget, "after_crash", None)
                if callable(after_crash):
                    after_crash(self.diagnosis.log_path)
        finally:
            self.recovering = False


def install_crash_handler() -> CrashRelay:
    """The station's log file, faulthandler and exception hooks (kiosk.crashlog),
    and the windows' recovery after an uncaught exception."""
    root = logging.getLogger()
    for handler in root.handlers:  # the console keeps its level and loses personal data too
        if handler.level == logging.NOTSET:
            handler.setLevel(root.level or logging.WARNING)
        handler.setFormatter(crashlog.PrivateFormatter(crashlog.FORMAT))
    relay = CrashRelay(crashlog.start(level=logging.INFO))
    crashlog.add_listener(relay.relay)
    return relay


def remove_crash_handler(relay: CrashRelay) -> None:
    crashlog.remove_listener(relay.relay)
    relay.diagnosis.stop()

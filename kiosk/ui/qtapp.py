"""The QApplication every station starts with: bundled fonts and the style sheet,
so the kiosk looks the same on a machine that has no Arabic fonts at all."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from kiosk import paths
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
    app = QApplication.instance() or QApplication(argv or ["kiosk"])
    app.setApplicationName("Qatra")
    app.setOrganizationName("Qatra")
    load_fonts()
    font = QFont()
    font.setFamilies(UI_FAMILIES)
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(style_sheet())
    return app

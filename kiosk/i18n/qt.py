"""Switching the whole application between Arabic and French at run time.

Installing new translators makes Qt send every widget a LanguageChange event;
each screen re-sets its texts in `changeEvent` (one `translate_ui()` per
widget). The layout direction and the default QLocale follow the language.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, Qt, QTranslator, Signal

from kiosk import paths
from kiosk.i18n import LANGUAGES, LOCALES, is_rtl

log = logging.getLogger(__name__)


class LanguageSwitch(QObject):
    """The current language of one application; emits `changed(lang)` after a switch."""

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.language = ""
        self._translators: list[QTranslator] = []

    def set_language(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}")
        if lang == self.language:
            return
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("set_language needs a running Qt application")
        for old in self._translators:
            app.removeTranslator(old)
        self._translators = []
        for directory, name in (
            (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{lang}"),
            (str(paths.TRANSLATIONS), f"kiosk_{lang}"),
        ):
            translator = QTranslator(self)
            if translator.load(name, directory):
                self._translators.append(translator)
            else:
                log.warning("no translation %s in %s", name, directory)
        self.language = lang
        QLocale.setDefault(QLocale(LOCALES[lang]))
        if hasattr(app, "setLayoutDirection"):
            app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_rtl(lang) else Qt.LayoutDirection.LeftToRight)
        # Installing last: LanguageChange reaches widgets once locale and direction are set.
        for translator in self._translators:
            app.installTranslator(translator)
        self.changed.emit(lang)

"""Switching the whole application between its languages at run time.

Installing new translators makes Qt send every widget a LanguageChange event;
each screen re-sets its texts in `changeEvent` (one `translate_ui()` per
widget). The layout direction and the default QLocale follow the language.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, Qt, QTranslator, Signal

from kiosk.i18n import LANGUAGES, LOCALES, is_rtl, language
from kiosk.i18n.catalog import qm_path

log = logging.getLogger(__name__)


PROPERTY = "kioskLanguage"  # on the QCoreApplication: the language a switch set last


def application_language() -> str:
    """The language the application's LanguageSwitch set last (else the one whose
    locale is the default QLocale's, else the first of the list)."""
    app = QCoreApplication.instance()
    lang = app.property(PROPERTY) if app is not None else None
    if isinstance(lang, str) and lang in LANGUAGES:
        return lang
    name = QLocale().name()
    return next((code for code, locale in LOCALES.items() if locale == name), LANGUAGES[0])


class LanguageSwitch(QObject):
    """The current language of one application; emits `changed(lang)` after a switch."""

    changed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.language = ""
        self._translators: list[QTranslator] = []

    def set_language(self, lang: str) -> None:
        language(lang)  # ValueError for a language not in the list
        if lang == self.language:
            return
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("switching languages needs a QCoreApplication")
        for old in self._translators:
            app.removeTranslator(old)
        self._translators = []
        catalogue = qm_path(lang)
        for directory, name in (
            (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{lang}"),
            (str(catalogue.parent), catalogue.stem),
        ):
            translator = QTranslator(self)
            if translator.load(name, directory):
                self._translators.append(translator)
            else:
                log.warning("no translation %s in %s", name, directory)
        self.language = lang
        app.setProperty(PROPERTY, lang)
        QLocale.setDefault(QLocale(LOCALES[lang]))
        if hasattr(app, "setLayoutDirection"):
            app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_rtl(lang) else Qt.LayoutDirection.LeftToRight)
        # Installing last: LanguageChange reaches widgets once locale and direction are set.
        for translator in self._translators:
            app.installTranslator(translator)
        self.changed.emit(lang)

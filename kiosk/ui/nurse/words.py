"""The staff language of one nurse station window, apart from the application's.

In `kiosk station all` the kiosk, the nurse station and the board share one
QApplication, and the kiosk switches the application's language with every
donor. Staff screens therefore look their texts up in their own catalogue
(`kiosk.i18n.catalog.labels_for`, the same .ts/.qm files) and set their own
layout direction and locale; the application-wide `LanguageSwitch` may follow
them when the station runs alone.

Widgets call `translate("Context", "English source")` on a `Words` object,
so pyside6-lupdate still collects every string (it matches the call's name);
sentences with a count are declared with QT_TRANSLATE_N_NOOP (kiosk.ui.widgets).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject, Qt, Signal

from kiosk.i18n import LANGUAGES, LOCALES, is_rtl, next_language
from kiosk.i18n.catalog import labels_for


class Words(QObject):
    """The current staff language; `changed(lang)` after a switch."""

    changed = Signal(str)

    def __init__(self, lang: str = "ar", parent: QObject | None = None):
        super().__init__(parent)
        self.lang = ""
        self._labels: Callable[..., str]  # set by _set
        self._set(lang)

    def _set(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}")
        self.lang = lang
        self._labels = labels_for(lang)

    def set_language(self, lang: str) -> None:
        if lang == self.lang:
            return
        self._set(lang)
        self.changed.emit(lang)

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        """As QCoreApplication.translate, in the station's language: with `n`,
        the plural form for `n` with `%n` replaced."""
        return self._labels(context, source, disambiguation, n)

    @property
    def other(self) -> str:
        """The language the toggle switches to: the next of the list, round it."""
        return next_language(self.lang)

    @property
    def locale(self) -> QLocale:
        return QLocale(LOCALES[self.lang])

    @property
    def direction(self) -> Qt.LayoutDirection:
        return Qt.LayoutDirection.RightToLeft if is_rtl(self.lang) else Qt.LayoutDirection.LeftToRight

    def number(self, value: float, decimals: int = 0) -> str:
        """A number as the station language writes it (`12,5` in French, `12.5` in ar_MA)."""
        return self.locale.toString(float(value), "f", decimals) if decimals else self.locale.toString(int(value))

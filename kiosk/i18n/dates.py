"""Dates and times as Moroccans read them: `ar_MA` and `fr_MA` through QLocale.

Only QtCore is used (no GUI), so the command line and the documents can share it.
Plain `QLocale("ar")` is Egyptian (٢ ديسمبر); `ar_MA` gives يناير … دجنبر with
Western digits.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime

from kiosk.i18n import LOCALES

_LOCALES: dict[str, QLocale] = {}


def locale(lang: str) -> QLocale:
    if lang not in _LOCALES:
        _LOCALES[lang] = QLocale(LOCALES[lang])
    return _LOCALES[lang]


def long_date(day: date, lang: str) -> str:
    """`2 دجنبر 2025` / `2 décembre 2025`."""
    return locale(lang).toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def weekday_date(day: date, lang: str) -> str:
    """`الثلاثاء 2 دجنبر 2025` / `mardi 2 décembre 2025`."""
    return locale(lang).toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def month_year(day: date, lang: str) -> str:
    return locale(lang).toString(QDate(day.year, day.month, day.day), "MMMM yyyy")


def time_of_day(local: datetime, lang: str) -> str:
    """A wall-clock time at the venue, `14:05` (kiosk.domain.clock.to_local turns a
    stored UTC moment into one; i18n sits below the domain and does not import it)."""
    return locale(lang).toString(QTime(local.hour, local.minute), "HH:mm")

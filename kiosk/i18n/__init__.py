"""Languages of the kiosk: Arabic (right to left) and French, with Moroccan locales."""

from __future__ import annotations

LANGUAGES = ("ar", "fr")
LOCALES = {"ar": "ar_MA", "fr": "fr_MA"}


def is_rtl(lang: str) -> bool:
    return lang == "ar"

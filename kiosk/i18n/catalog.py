"""Translated labels for code that must not depend on Qt widgets (the printed documents).

Printing takes a plain `labels(context, source) -> str` callable; this module
makes one from the same Qt Linguist catalogue the screens use, so a label is
translated once, in the language's catalogue (translations/kiosk_ar.ts …, named
in resources/languages.toml). A QTranslator needs no
QCoreApplication to load a .qm file and look strings up.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import cache
from pathlib import Path

from PySide6.QtCore import QTranslator

from kiosk import paths
from kiosk.i18n import language

log = logging.getLogger(__name__)

Labels = Callable[[str, str], str]


def qm_path(lang: str, directory: Path | None = None) -> Path:
    """The compiled catalogue of `lang`: in `directory` if given, else in
    translations/, else next to the languages file that declared it."""
    name = f"{language(lang).catalogue}.qm"
    if directory is not None:
        return directory / name
    for folder in (paths.TRANSLATIONS, language(lang).folder, language(lang).folder / "translations"):
        if (folder / name).is_file():
            return folder / name
    return paths.TRANSLATIONS / name


@cache
def _translator(path: Path) -> QTranslator | None:
    translator = QTranslator()
    if not translator.load(str(path)):
        log.warning("no translations at %s (run `make translations`); labels stay in English", path)
        return None
    return translator


def labels_for(lang: str, directory: Path | None = None) -> Labels:
    """`labels(context, source)`: the text in `lang`, or the English source when
    the catalogue has no translation for it (never an empty label).
    `labels(context, source, None, n)`: the plural form for `n`, `%n` replaced,
    as QCoreApplication.translate does."""
    language(lang)  # ValueError names the configured languages
    translator = _translator(qm_path(lang, directory))

    def labels(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        text = translator.translate(context, source, disambiguation, n) if translator is not None else ""
        text = text or source
        return text.replace("%n", str(n)) if n >= 0 else text

    return labels

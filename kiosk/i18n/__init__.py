"""The kiosk's languages, read from one data file: `resources/languages.toml`.

Every list of languages in the product (the welcome screen's buttons, the staff
toggles, the board's side-by-side texts, the catalogues, the fonts and shaping
of printed documents, the keyboard layouts, the texts of campaign and rule-pack
files) comes from `LANGUAGES` here, so a translator adds a language with data
only. `KIOSK_LANGUAGES` names another file (a test's pseudo-language, a centre
trying a new language before it ships).

Plain Python: the command line, storage and printing read it without Qt.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk import paths

DEFAULT_FILE = paths.RESOURCES / "languages.toml"
DIRECTIONS = ("ltr", "rtl")
NAME_SCRIPTS = ("arabic", "latin")  # the two scripts of a Moroccan identity card
_FIELDS = {
    "code",
    "name",
    "locale",
    "direction",
    "script",
    "ui_font",
    "pdf_font",
    "pdf_font_bold",
    "keyboard",
    "names",
    "catalogue",
    "plural_forms",
    "fallback",
}


class LanguageFileError(ValueError):
    """A languages file that cannot be used; the message names the file and the field."""


@dataclass(frozen=True)
class Language:
    """One language of the kiosk and everything that differs with it."""

    code: str  # "ar": the key of its texts in campaign and pack files
    name: str  # its name in itself, on its button: "العربية"
    locale: str  # "ar_MA": dates and numbers
    direction: str  # "rtl" or "ltr"
    script: str  # ISO 15924: "Arab", "Latn", "Tfng"
    ui_font: str  # font family of the screens
    pdf_font: Path  # TrueType file of printed documents
    pdf_font_bold: Path
    keyboard: str  # on-screen keyboard layout of free-text fields
    names: str  # the identity-card script its donors write their name in first
    catalogue: str  # "kiosk_ar": translations/kiosk_ar.ts and .qm
    plural_forms: tuple[str, ...]  # in Qt's order, as lupdate lists them
    fallback: tuple[str, ...]  # where a missing text is taken from, in order
    folder: Path  # the folder of the file that declared it (its own catalogue, keyboard)

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"

    @property
    def arabic_shaping(self) -> bool:
        """Whether its text goes through Arabic shaping before reportlab draws it."""
        return self.rtl and self.script == "Arab"

    @property
    def required(self) -> bool:
        """A language without fallback must have every campaign and pack text."""
        return not self.fallback


def _font_path(value: str, folder: Path) -> Path:
    path = Path(value)
    if path.is_absolute():
        return path
    for base in (paths.FONTS, folder, folder / "fonts"):
        if (base / path).is_file():
            return base / path
    return paths.FONTS / path


def _language(table: Any, where: str, folder: Path) -> Language:
    if not isinstance(table, dict):
        raise LanguageFileError(f"{where}: expected a [[language]] table")
    unknown = sorted(set(table) - _FIELDS)
    if unknown:
        raise LanguageFileError(f"{where}: unknown field {unknown[0]!r}")
    text: dict[str, str] = {}
    for key in sorted(_FIELDS - {"plural_forms", "fallback", "pdf_font_bold"}):
        value = table.get(key)
        if not isinstance(value, str) or not value.strip():
            raise LanguageFileError(f"{where}: {key}: missing text")
        text[key] = value.strip()
    if text["direction"] not in DIRECTIONS:
        raise LanguageFileError(f"{where}: direction must be ltr or rtl, not {text['direction']!r}")
    if text["names"] not in NAME_SCRIPTS:
        raise LanguageFileError(f"{where}: names must be arabic or latin, not {text['names']!r}")
    lists: dict[str, tuple[str, ...]] = {}
    for key in ("plural_forms", "fallback"):
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise LanguageFileError(f"{where}: {key}: expected a list of texts")
        lists[key] = tuple(value)
    if not lists["plural_forms"]:
        raise LanguageFileError(f"{where}: plural_forms: at least one form")
    bold = table.get("pdf_font_bold", text["pdf_font"])
    if not isinstance(bold, str) or not bold.strip():
        raise LanguageFileError(f"{where}: pdf_font_bold: missing text")
    return Language(
        code=text["code"],
        name=text["name"],
        locale=text["locale"],
        direction=text["direction"],
        script=text["script"],
        ui_font=text["ui_font"],
        pdf_font=_font_path(text["pdf_font"], folder),
        pdf_font_bold=_font_path(bold.strip(), folder),
        keyboard=text["keyboard"],
        names=text["names"],
        catalogue=text["catalogue"],
        plural_forms=lists["plural_forms"],
        fallback=lists["fallback"],
        folder=folder,
    )


def load_languages(path: Path) -> tuple[Language, ...]:
    """Read and check a languages file; LanguageFileError says what is wrong."""
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except OSError as error:
        raise LanguageFileError(f"{path}: cannot read: {error.strerror}") from None
    except tomllib.TOMLDecodeError as error:
        raise LanguageFileError(f"{path}: not valid TOML: {error}") from None
    tables = data.get("language")
    if not isinstance(tables, list) or not tables:
        raise LanguageFileError(f"{path}: no [[language]] tables")
    languages = tuple(_language(t, f"{path}: language {i + 1}", path.parent) for i, t in enumerate(tables))
    codes = [lang.code for lang in languages]
    for lang in languages:
        if codes.count(lang.code) > 1:
            raise LanguageFileError(f"{path}: language {lang.code!r} is declared twice")
        for other in lang.fallback:
            if other not in codes or other == lang.code:
                raise LanguageFileError(f"{path}: {lang.code}: fallback {other!r} is not another language of the file")
    if all(not lang.required for lang in languages):
        raise LanguageFileError(f"{path}: at least one language must have no fallback (every text in it)")
    return languages


def languages_file() -> Path:
    return Path(os.environ.get("KIOSK_LANGUAGES") or DEFAULT_FILE)


try:
    ALL: tuple[Language, ...] = load_languages(languages_file())
except LanguageFileError as error:
    # Nothing can be shown or printed without the list: say what is wrong, no traceback.
    raise SystemExit(f"kiosk: {error}") from None
LANGUAGES: tuple[str, ...] = tuple(lang.code for lang in ALL)
BY_CODE: Mapping[str, Language] = {lang.code: lang for lang in ALL}
LOCALES: Mapping[str, str] = {lang.code: lang.locale for lang in ALL}


def language(code: str) -> Language:
    """The language `code`; ValueError names the configured ones."""
    try:
        return BY_CODE[code]
    except KeyError:
        raise ValueError(f"unknown language {code!r}; expected one of {', '.join(LANGUAGES)}") from None


def is_rtl(lang: str) -> bool:
    return language(lang).rtl


def other_language(lang: str) -> str:
    """The language printed beside `lang` on bilingual headings: the first other one."""
    return next((code for code in LANGUAGES if code != lang), lang)


def next_language(lang: str) -> str:
    """The language a staff toggle switches to from `lang`: the next one, round the list."""
    if lang not in LANGUAGES:
        return LANGUAGES[0]
    return LANGUAGES[(LANGUAGES.index(lang) + 1) % len(LANGUAGES)]

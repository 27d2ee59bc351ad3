"""Error and refusal codes as the donor reads them, in the kiosk's current language.

The words live in the one registry (kiosk.errors, resources/messages/errors.toml);
this module only tells it the language the kiosk speaks now, so a language
switch changes every message shown next. Sentences guide rather than blame: a
donor who is still typing a phone number reads how a phone number looks, not
that they made a mistake.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from kiosk import errors
from kiosk.i18n import LANGUAGES
from kiosk.i18n.typography import typeset


def current_language() -> str:
    """The kiosk's language: LanguageSwitch sets the default QLocale (ar_MA, fr_MA)."""
    lang = QLocale().name().split("_")[0]
    return lang if lang in LANGUAGES else errors.SOURCE_LANGUAGE


def known(code: str) -> bool:
    return errors.Audience.DONOR in errors.registry().get(code, {})


def message(code: str, **detail: object) -> str:
    """The donor's sentence for `code`, `{name}` filled from `detail` (a ticket
    reads `042`, kept left to right); an unknown code gets a neutral sentence."""
    lang = current_language()
    return typeset(errors.format_message(code, lang, errors.Audience.DONOR, detail), lang)

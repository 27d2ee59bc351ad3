"""Error and refusal codes: one registry, with a message in every language.

The domain and storage raise a stable code (`cin.format`, `already_queued`, …)
and never a sentence; this module is the one place that turns a code into words,
for the donor at the public kiosk or for staff (nurse station, command line).
The texts are data, `resources/messages/errors.toml`, so a translator adds a
language there without touching Python. Plain Python: the command line prints
messages without a QApplication; the Qt side only tells it the language.
"""

from __future__ import annotations

import logging
import os
import string
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

from kiosk import paths
from kiosk.i18n import LANGUAGES

log = logging.getLogger(__name__)

MESSAGES_FILE = paths.RESOURCES / "messages" / "errors.toml"
SOURCE_LANGUAGE = "en"  # the command line in any other locale, and the logs


class Code(StrEnum):
    """Every code Qatra raises or shows; the value is the stable string stored
    in logs and tests. A test checks that each one raised has messages."""

    NAME_EMPTY = "name.empty"
    NAME_CHARACTERS = "name.characters"
    NAME_TOO_SHORT = "name.too_short"
    NAME_TOO_LONG = "name.too_long"
    NAME_MIXED_SCRIPTS = "name.mixed_scripts"
    NAME_NOT_ARABIC = "name.not_arabic"
    NAME_NOT_LATIN = "name.not_latin"
    CIN_EMPTY = "cin.empty"
    CIN_FORMAT = "cin.format"
    CIN_TAKEN = "cin.taken"
    PHONE_EMPTY = "phone.empty"
    PHONE_INVALID = "phone.invalid"
    PHONE_NOT_MOROCCAN = "phone.not_moroccan"
    SEX_EMPTY = "sex.empty"
    SEX_INVALID = "sex.invalid"
    BIRTH_DATE_EMPTY = "birth_date.empty"
    BIRTH_DATE_FUTURE = "birth_date.future"
    BIRTH_DATE_IMPLAUSIBLE = "birth_date.implausible"
    DATE_FORMAT = "date.format"
    BLOOD_GROUP_INVALID = "blood_group.invalid"
    CITY_TOO_LONG = "city.too_long"
    CARD_UNKNOWN = "card.unknown"
    ALREADY_QUEUED = "already_queued"
    CAMPAIGN_CLOSED = "campaign.closed"
    DONOR_DEFERRED = "donor.deferred"
    PRINT_FAILED = "print.failed"
    STORAGE_FAILED = "storage.failed"
    PIN_UNAVAILABLE = "pin.unavailable"
    STAFF_WRONG_PIN = "staff.wrong_pin"
    STAFF_UNKNOWN = "staff.unknown"
    STAFF_LOCKED = "staff.locked"
    STAFF_PIN_FORMAT = "staff.pin_format"
    STAFF_FORBIDDEN = "staff.forbidden"
    STAFF_CHOOSE = "staff.choose"
    QUEUE_EMPTY = "queue.empty"
    VISIT_UNKNOWN = "visit.unknown"
    VISIT_NOT_WAITING = "visit.not_waiting"
    VISIT_NOT_CALLED = "visit.not_called"
    VISIT_CALL_LIMIT = "visit.call_limit"
    VISIT_NOT_AT_BOOTH = "visit.not_at_booth"
    VISIT_NOT_OPEN = "visit.not_open"
    VISIT_NOT_LEFT = "visit.not_left"
    VISIT_NOT_IN_INTERVIEW = "visit.not_in_interview"
    VISIT_ALREADY_RECORDED = "visit.already_recorded"
    VISIT_NOT_ASKING = "visit.not_asking"
    VISIT_NO_PRESCREEN = "visit.no_prescreen"
    REACTION_NOT_NOW = "reaction.not_now"
    REACTION_KIND = "reaction.kind"
    REACTION_PHASE = "reaction.phase"
    REACTION_ACTION = "reaction.action"
    REACTION_TIME = "reaction.time"
    BOOTH_INVALID = "booth.invalid"
    BOOTH_SAME = "booth.same"
    CAMPAIGN_NONE = "campaign.none"
    FIND_NONE = "find.none"
    VITALS_NUMBER = "vitals.number"
    VITALS_IMPLAUSIBLE = "vitals.implausible"
    VITALS_EMPTY = "vitals.empty"
    VITALS_MISSING = "vitals.missing"
    VITALS_INCOMPLETE = "vitals.incomplete"
    VITALS_OUT_OF_RANGE = "vitals.out_of_range"
    DONATION_KIND = "donation.kind"
    DONATION_VOLUME = "donation.volume"
    BAG_EMPTY = "bag.empty"
    BAG_CHECK_MISMATCH = "bag.check_mismatch"
    BAG_INVALID = "bag.invalid"
    BAG_USED = "bag.used"
    DEFERRAL_REASON = "deferral.reason"
    DEFERRAL_PERMANENT_WITH_DATE = "deferral.permanent_with_date"
    DEFERRAL_DATE_REQUIRED = "deferral.date_required"
    DEFERRAL_DATE_PAST = "deferral.date_past"
    DEFERRAL_CHOOSE_REASON = "deferral.choose_reason"
    DECISION_NONE = "decision.none"
    DECISION_UNDO_EXPIRED = "decision.undo_expired"
    OVERRIDE_OUTCOME = "override.outcome"
    OVERRIDE_REASON = "override.reason"
    OVERRIDE_SAME = "override.same"
    PRINT_NO_DONATION = "print.no_donation"
    PRINT_NO_TICKET = "print.no_ticket"
    PRINT_KIND = "print.kind"
    DONOR_UNKNOWN = "donor.unknown"
    STAFF_ROLE = "staff.role"
    STAFF_NAME_EMPTY = "staff.name_empty"
    STAFF_NAME_TOO_LONG = "staff.name_too_long"
    STAFF_PIN_TRIVIAL = "staff.pin_trivial"  # detail: reason (kiosk.domain.staff.trivial_reason)
    STAFF_PIN_REPEATED = "staff.pin_trivial.repeated"
    STAFF_PIN_RUN = "staff.pin_trivial.run"
    STAFF_PIN_COMMON = "staff.pin_trivial.common"
    VISIT_OTHER_DAY = "visit.other_day"
    CONSENT_MISSING = "consent.missing"
    REGISTRATION_INCOMPLETE = "registration.incomplete"
    ERROR_UNEXPECTED = "error.unexpected"
    REFUSED = "refused"  # the fallback for a code with no message


class Audience(StrEnum):
    DONOR = "donor"  # the public kiosk: guides, never blames, no one else's data
    STAFF = "staff"  # the nurse station and the command line


class CodedError(Exception):
    """An error that carries a code for the registry, and the details that fill
    its message (`ticket=42`); `str()` is the code, never a sentence."""

    def __init__(self, code: str, **detail: object) -> None:
        super().__init__(code)
        self.code = code
        self.detail = detail


# Plural categories (CLDR) of the languages with a catalogue; any other language
# uses "other" until its rule is added here.
def plural_category(lang: str, n: int) -> str:
    if lang == "ar":
        if n in (0, 1, 2):
            return ("zero", "one", "two")[n]
        if 3 <= n % 100 <= 10:
            return "few"
        return "many" if 11 <= n % 100 <= 99 else "other"
    if lang == "fr":
        return "one" if n in (0, 1) else "other"
    if lang == "en":
        return "one" if n == 1 else "other"
    return "other"


@dataclass(frozen=True)
class Entry:
    """One code's message for one audience: a text per language, or plural forms
    per language when `count` names the detail that holds the number."""

    texts: Mapping[str, str | Mapping[str, str]]
    count: str | None = None


Registry = dict[str, dict[Audience, Entry]]


def load(path: Path = MESSAGES_FILE) -> Registry:
    """The registry as stored; a malformed file is a packaging error (ValueError)."""
    with open(path, "rb") as handle:
        data = tomllib.load(handle)
    registry: Registry = {}
    for code, tables in data.items():
        if not isinstance(tables, dict):
            raise ValueError(f"{path}: {code}: expected tables per audience")
        entries: dict[Audience, Entry] = {}
        for audience, table in tables.items():
            if audience not in Audience.__members__.values() or not isinstance(table, dict):
                raise ValueError(f"{path}: {code}: unknown audience {audience!r}")
            count = table.get("count")
            texts = {lang: text for lang, text in table.items() if lang != "count"}
            entries[Audience(audience)] = Entry(texts, count if isinstance(count, str) else None)
        registry[code] = entries
    return registry


@cache
def registry() -> Registry:
    return load()


def lookup(code: str, audience: Audience) -> Entry | None:
    """The code's message for `audience`, else its message for the other one
    (a validation code staff meet reads as the donor's sentence), else None."""
    entries = registry().get(code, {})
    return entries.get(audience) or next(iter(entries.values()), None)


def languages() -> tuple[str, ...]:
    """The languages every message must have: the source and the kiosk's."""
    return (SOURCE_LANGUAGE, *LANGUAGES)


def _text(entry: Entry, lang: str, detail: Mapping[str, object]) -> str:
    text = entry.texts.get(lang) or entry.texts.get(SOURCE_LANGUAGE) or ""
    if isinstance(text, Mapping):
        raw = detail.get(entry.count or "", 0)
        n = raw if isinstance(raw, int) else 0
        forms = text
        text = forms.get(plural_category(lang, n)) or forms.get("other") or ""
    return text


class _Values(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def _value(key: str, value: object, isolate: bool) -> str:
    """A ticket as it is called out (`042`, as kiosk.domain.visits.ticket_label);
    a ticket or bag number kept left to right inside an Arabic sentence (LRI … PDI)."""
    if key == "ticket" and isinstance(value, int) and not isinstance(value, bool):
        value = f"{value:03d}"
    text = "" if value is None else str(value)
    if isolate and key in ("ticket", "bag") and text:
        return f"\u2066{text}\u2069"
    return text


def message(
    code: str, lang: str, audience: Audience = Audience.STAFF, *, isolate: bool = True, **detail: object
) -> str:
    """The sentence for `code` in `lang` for `audience`, `{name}` filled from
    `detail`. An unknown code gets a neutral sentence and a log line, never the
    code itself; a language with no text falls back to the source language."""
    return format_message(code, lang, audience, detail, isolate=isolate)


def format_message(
    code: str, lang: str, audience: Audience, detail: Mapping[str, object], *, isolate: bool = True
) -> str:
    """`message` with the details as one mapping (a refusal's `detail`)."""
    entry = lookup(code, audience)
    if entry is None:
        log.warning("no message for code %r", code)
        entry = registry()[Code.REFUSED][audience]
    text = _text(entry, lang, detail)
    values = _Values({key: _value(key, value, isolate) for key, value in detail.items()})
    try:
        return string.Formatter().vformat(text, (), values)
    except (ValueError, IndexError, KeyError):  # a translator's stray brace: show the text as written
        log.warning("message %r in %s cannot be formatted", code, lang)
        return text


def error_message(error: CodedError, lang: str, audience: Audience = Audience.STAFF, *, isolate: bool = True) -> str:
    return format_message(error.code, lang, audience, error.detail, isolate=isolate)


def command_language(environ: Mapping[str, str] | None = None) -> str:
    """The command line's language from the locale (LC_ALL, LC_MESSAGES, LANG):
    Arabic or French when the operator's locale says so, else the source language."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name)
        if value:
            lang = value.split(".")[0].split("_")[0].split("@")[0].lower()
            return lang if lang in LANGUAGES else SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def say(code: str, **detail: object) -> str:
    """A command's message for `code`, in the operator's language, one line."""
    return format_message(code, command_language(), Audience.STAFF, detail, isolate=False)

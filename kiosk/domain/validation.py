"""Validation of what donors type. Each refusal is an `Invalid` with a stable code
(`cin.format`, `phone.invalid`, …) that the screens translate into the donor's
language; nothing here produces a sentence."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

import phonenumbers

from kiosk.domain.text import ascii_digits, clean
from kiosk.errors import CodedError
from kiosk.i18n import BY_CODE, LANGUAGES


class Invalid(CodedError, ValueError):
    """A refused value; `code` names the reason for the screens and the command line."""


CIN_PATTERN = re.compile(r"[A-Z]{1,2}[0-9]{1,6}")
BLOOD_GROUPS = ("O+", "O-", "A+", "A-", "B+", "B-", "AB+", "AB-")
NAME_MIN, NAME_MAX = 2, 60
OLDEST_AGE = 110
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2018": "'", "\u0640": None})  # tatweel dropped


def cin(text: str) -> str:
    """A CIN/CNIE: 1–2 Latin letters then 1–6 digits, e.g. `AB123456`, `K12345`."""
    value = ascii_digits(clean(text)).replace(" ", "").replace("-", "").upper()
    if not value:
        raise Invalid("cin.empty")
    if not CIN_PATTERN.fullmatch(value):
        raise Invalid("cin.format")
    return value


def phone(text: str) -> str:
    """A Moroccan phone number (`06…`, `+212 6…`) as E.164, e.g. `+212612345678`."""
    value = ascii_digits(clean(text))
    if not value:
        raise Invalid("phone.empty")
    try:
        number = phonenumbers.parse(value, "MA")
    except phonenumbers.NumberParseException:
        raise Invalid("phone.invalid") from None
    if number.country_code != 212:
        raise Invalid("phone.not_moroccan")
    if not phonenumbers.is_valid_number(number):
        raise Invalid("phone.invalid")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _script(char: str) -> str | None:
    name = unicodedata.name(char, "")
    if name.startswith("ARABIC"):
        return "arabic"
    if name.startswith("LATIN"):
        return "latin"
    return None


def name(text: str, script: str | None = None) -> str:
    """A person's name in one script: letters (with Arabic vowel marks), spaces,
    hyphens and apostrophes. `script` ("arabic" or "latin") demands that script."""
    value = clean(text).translate(_APOSTROPHES)
    if not value:
        raise Invalid("name.empty")
    scripts = set()
    for char in value:
        if char in " -'":
            continue
        category = unicodedata.category(char)
        kind = _script(char)
        if kind is None or not (category.startswith("L") or (category == "Mn" and kind == "arabic")):
            raise Invalid("name.characters")
        scripts.add(kind)
    letters = sum(1 for c in value if unicodedata.category(c).startswith("L"))
    if letters < NAME_MIN:
        raise Invalid("name.too_short")
    if len(value) > NAME_MAX:
        raise Invalid("name.too_long")
    if len(scripts) > 1:
        raise Invalid("name.mixed_scripts")
    if script is not None and scripts != {script}:
        raise Invalid("name.not_arabic" if script == "arabic" else "name.not_latin")
    if re.search(r"[-' ]{2,}", value) or value[0] in "-'" or value[-1] in "-'":
        raise Invalid("name.characters")
    if scripts == {"latin"} and value == value.lower():
        return capitalised(value)
    return value


# Particles kept in lower case inside a name ("Ben Ahmed de la Fuente"), never first.
_PARTICLES = frozenset({"de", "du", "des", "la", "le", "van", "von", "da", "di", "del", "y"})


def capitalised(value: str) -> str:
    """A Latin name typed all in lower case (a hardware keyboard, no shift) with the
    usual capitals: each part after a space, a hyphen or an apostrophe begins with
    one ("el alaoui" → "El Alaoui", "d'souza" → "D'Souza", "benani-smires" →
    "Benani-Smires"), but for a particle inside the name ("de", "la"…). A name
    typed with any capital is the donor's own spelling and is kept as typed."""
    parts = re.split(r"([-' ])", value)
    out = []
    for index, part in enumerate(parts):
        first = index == 0
        if part and part not in "-' " and (first or part not in _PARTICLES):
            part = part[0].upper() + part[1:]
        out.append(part)
    return "".join(out)


def birth_date(value: date | str, today: date) -> date:
    """A birth date in the past and within a plausible lifetime."""
    if isinstance(value, str):
        value = parse_date(value)
    if value > today:
        raise Invalid("birth_date.future")
    if today.year - value.year > OLDEST_AGE:
        raise Invalid("birth_date.implausible")
    return value


def parse_date(text: str) -> date:
    """`YYYY-MM-DD`, Arabic-Indic digits accepted."""
    try:
        return date.fromisoformat(ascii_digits(clean(text)))
    except ValueError:
        raise Invalid("date.format") from None


def blood_group(text: str) -> str:
    """One of the eight ABO/RhD groups, written `O+`, `AB-`…"""
    value = clean(text).upper().replace(" ", "").replace("\u2212", "-").replace("0", "O")
    if value not in BLOOD_GROUPS:
        raise Invalid("blood_group.invalid")
    return value


def sex(text: str) -> str:
    value = clean(text).upper()
    if value not in ("F", "M"):
        raise Invalid("sex.invalid")
    return value


@dataclass(frozen=True)
class DonorDetails:
    """What a new donor gives at registration, validated."""

    sex: str
    birth_date: date
    first_name_latin: str | None = None
    last_name_latin: str | None = None
    first_name_ar: str | None = None
    last_name_ar: str | None = None
    cin: str | None = None
    phone: str | None = None
    city: str | None = None
    blood_group: str | None = None
    language: str = "ar"


def donor_details(fields: dict[str, object], today: date) -> tuple[DonorDetails | None, dict[str, str]]:
    """Validate a registration form: (details, {}) or (None, {field: code}).

    A donor gives their name in Latin letters, in Arabic script, or both; every
    other text field is optional except sex and birth date.
    """
    errors: dict[str, str] = {}
    out: dict[str, Any] = {}  # each field's checked value, in DonorDetails's types

    def take(field: str, check: Callable[..., object], *extra: object, required: bool = False) -> None:
        raw = fields.get(field)
        if raw is None or (isinstance(raw, str) and not clean(raw)):
            if required:
                errors[field] = f"{field}.empty"
            return
        try:
            out[field] = check(raw, *extra)
        except Invalid as refused:
            errors[field] = refused.code

    take("sex", sex, required=True)
    take("birth_date", birth_date, today, required=True)
    for field, script in (
        ("first_name_latin", "latin"),
        ("last_name_latin", "latin"),
        ("first_name_ar", "arabic"),
        ("last_name_ar", "arabic"),
    ):
        take(field, name, script)
    take("cin", cin)
    take("phone", phone)
    take("blood_group", blood_group)
    city = clean(str(fields.get("city") or ""))
    if len(city) > 80:
        errors["city"] = "city.too_long"
    elif city:
        out["city"] = city
    language = str(fields.get("language") or "ar")
    language = language if language in LANGUAGES else "ar"
    _require_one_full_name(fields, out, errors, language)
    if errors:
        return None, errors
    return DonorDetails(language=language, **out), {}


_NAME_FIELDS = {"latin": ("first_name_latin", "last_name_latin"), "arabic": ("first_name_ar", "last_name_ar")}


def _require_one_full_name(
    fields: Mapping[str, object], out: Mapping[str, object], errors: dict[str, str], language: str
) -> None:
    """First and last name in at least one script: the script the donor began
    with, or else the script of their language."""
    if any(all(f in out for f in pair) for pair in _NAME_FIELDS.values()):
        return
    started = [s for s, pair in _NAME_FIELDS.items() if any(clean(str(fields.get(f) or "")) for f in pair)]
    script = started[0] if started else BY_CODE[language].names
    for field in _NAME_FIELDS[script]:
        errors.setdefault(field, "name.empty")

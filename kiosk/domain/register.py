"""The centre's donor register, as a CSV file (docs/exchange.md), read row by row.

The centre's own system exports it before a campaign day; each row is checked
as it is read and a bad one stops the whole import with the line and the
reason (the caller's transaction is rolled back: nothing is half-loaded). A
line longer than `MAX_LINE` is refused before it is read whole, so a damaged
file cannot fill the memory.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO, NamedTuple

from kiosk.domain.text import ascii_digits, clean
from kiosk.domain.validation import Invalid, cin
from kiosk.domain.visits import DONATION_KINDS

REQUIRED = (
    "cin",
    "last_name_latin",
    "first_name_latin",
    "last_name_ar",
    "first_name_ar",
    "sex",
    "birth_date",
    "abo_rhd",
    "last_donation",
    "last_kind",
    "donations_12m",
    "deferred_until",
    "permanent",
    "deferral_reason",
)
OPTIONAL = ("number", "card")
MAX_LINE = 4096
NAME_MAX, REASON_MAX = 60, 64
BLOOD_GROUPS = frozenset({"O+", "O-", "A+", "A-", "B+", "B-", "AB+", "AB-"})
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_REASON = re.compile(r"[a-z0-9_.:-]{1,64}")
_CARD = re.compile(r"[A-Za-z0-9_-]{8,32}")
_NUMBER = re.compile(r"[A-Z0-9]+(?:-[A-Z0-9]+)*-\d{6,}")
_YES, _NO = frozenset({"yes", "y", "1", "true", "oui"}), frozenset({"", "no", "n", "0", "false", "non"})
_SEXES = frozenset({"M", "F"})


class RegisterError(ValueError):
    """Why the register is refused, in one line (with its line number)."""


class RegisterRow(NamedTuple):
    cin: str
    last_name_latin: str | None
    first_name_latin: str | None
    last_name_ar: str | None
    first_name_ar: str | None
    sex: str
    birth_date: date
    blood_group: str | None
    last_donation: date | None
    last_kind: str | None
    donations_12m: int
    deferred_until: date | None
    permanent: bool
    deferral_reason: str | None
    number: str | None = None
    card: str | None = None


def _lines(stream: IO[str]) -> Iterator[str]:
    """The file's lines, refusing one longer than MAX_LINE before reading it whole."""
    number = 0
    while True:
        line = stream.readline(MAX_LINE + 2)
        if not line:
            return
        number += 1
        if len(line) > MAX_LINE and not line.endswith("\n"):
            raise RegisterError(f"line {number} is longer than {MAX_LINE} characters: this is not a register")
        yield line


_DATES: dict[str, date] = {}  # a register repeats its dates: each is read once


def _date(text: str, column: str, required: bool = False) -> date | None:
    if not text:
        if required:
            raise ValueError(f"{column} is empty")
        return None
    known = _DATES.get(text)
    if known is not None:
        return known
    if not _DATE.fullmatch(text):
        raise ValueError(f"{column} {text!r} is not a date (YYYY-MM-DD)")
    try:
        value = _DATES[text] = date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{column} {text!r} is not a real date") from None
    if len(_DATES) > 100_000:
        _DATES.clear()
    return value


_PLAIN_CIN = re.compile(r"[A-Z]{1,2}[0-9]{1,6}")


def _name(text: str, column: str) -> str | None:
    if not text:
        return None
    # Already clean (no invisible character, no odd space, composed): as it is.
    plain = text.isprintable() and "  " not in text and (text.isascii() or unicodedata.is_normalized("NFC", text))
    value = text if plain else clean(text)
    if len(value) > NAME_MAX:
        raise ValueError(f"{column} is longer than {NAME_MAX} characters")
    return value or None


EARLIEST_BIRTH = date(1900, 1, 1)
_FLAGS = _YES | _NO


def parse_row(fields: dict[str, str], as_of: date) -> RegisterRow:
    """One row (values already trimmed), checked; ValueError saying which column is wrong.
    A million rows pass here: plain tests first, the general cleaning only when needed."""
    card_number = fields["cin"]
    if not _PLAIN_CIN.fullmatch(card_number):
        try:
            card_number = cin(card_number)
        except Invalid:
            raise ValueError(f"cin {fields['cin']!r} is not a CIN (1-2 letters then 1-6 digits)") from None
    sex = fields["sex"]
    if sex not in _SEXES:
        sex = sex.upper()
        if sex not in _SEXES:
            raise ValueError(f"sex {fields['sex']!r} is not M or F")
    birth = _date(fields["birth_date"], "birth_date", required=True)
    assert birth is not None
    if not EARLIEST_BIRTH <= birth <= as_of:
        raise ValueError(f"birth_date {birth.isoformat()} is not a possible birth date")
    group: str | None = fields["abo_rhd"]
    if group not in BLOOD_GROUPS:
        group = (group or "").upper().replace(" ", "") or None
        if group is not None and group not in BLOOD_GROUPS:
            raise ValueError(f"abo_rhd {fields['abo_rhd']!r} is not a blood group (O+, A-, AB+…)")
    last = _date(fields["last_donation"], "last_donation")
    kind = fields["last_kind"] or None
    count = 0
    if last is not None:
        if not birth < last <= as_of:
            raise ValueError(f"last_donation {last.isoformat()} is not between the birth date and the register's date")
        if kind is None:
            kind = DONATION_KINDS[0]
    if kind is not None and kind not in DONATION_KINDS:
        raise ValueError(f"last_kind {kind!r} is not one of {', '.join(DONATION_KINDS)}")
    count_text = fields["donations_12m"]
    if count_text:
        if not count_text.isascii():
            count_text = ascii_digits(count_text)
        if not count_text.isdigit() or len(count_text) > 2:
            raise ValueError(f"donations_12m {fields['donations_12m']!r} is not a number of donations")
        count = int(count_text)
        if count and last is None:
            raise ValueError("donations_12m is given without last_donation")
    if last is not None and not count and (as_of - last).days < 365:
        count = 1
    until = _date(fields["deferred_until"], "deferred_until")
    flag = fields["permanent"]
    if flag not in _FLAGS:
        flag = flag.lower()
        if flag not in _FLAGS:
            raise ValueError(f"permanent {fields['permanent']!r} is not yes or no")
    permanent = flag in _YES
    reason = fields["deferral_reason"] or None
    if reason is None:
        if until is not None or permanent:
            raise ValueError("a deferral needs its deferral_reason code")
    elif not _REASON.fullmatch(reason):
        raise ValueError(f"deferral_reason {reason!r} is not a reason code (a-z, 0-9, _ . : -)")
    number = fields.get("number") or None
    if number is not None:
        number = number.upper()
        if not _NUMBER.fullmatch(number):
            raise ValueError(f"number {number!r} is not a donor number (e.g. CRTS-MKN-000123)")
    card = fields.get("card") or None
    if card is not None and not _CARD.fullmatch(card):
        raise ValueError("card is not a card token (8-32 letters, digits, - and _)")
    return RegisterRow(
        card_number,
        _name(fields["last_name_latin"], "last_name_latin"),
        _name(fields["first_name_latin"], "first_name_latin"),
        _name(fields["last_name_ar"], "last_name_ar"),
        _name(fields["first_name_ar"], "first_name_ar"),
        sex,
        birth,
        group,
        last,
        kind if last else None,
        count,
        until,
        permanent,
        reason,
        number,
        card,
    )


def rows(stream: IO[str], as_of: date) -> Iterator[RegisterRow]:
    """Every row of an open register; RegisterError at the first wrong one."""
    reader = csv.reader(_lines(stream), strict=True)
    try:
        first = next(reader, None)
    except csv.Error as error:
        raise RegisterError(f"line 1: {error}") from None
    except UnicodeDecodeError:
        raise RegisterError("line 1: not UTF-8 text") from None
    if first is None:
        raise RegisterError("the register is empty")
    header = [h.strip().lstrip("\ufeff") for h in first]
    missing = [c for c in REQUIRED if c not in header]
    unknown = [c for c in header if c not in REQUIRED + OPTIONAL]
    if missing or unknown or len(set(header)) != len(header):
        said = [f"missing {', '.join(missing)}"] if missing else []
        said += [f"unknown {', '.join(unknown)}"] if unknown else []
        raise RegisterError(f"line 1: the columns are not the register's ({'; '.join(said) or 'a column twice'})")
    width = len(header)
    try:
        for values in reader:
            if not values:
                continue
            if len(values) != width:
                raise RegisterError(f"line {reader.line_num}: {width} columns expected, {len(values)} found")
            try:
                yield parse_row(dict(zip(header, [v.strip() for v in values], strict=True)), as_of)
            except ValueError as error:
                raise RegisterError(f"line {reader.line_num}: {error}") from None
    except csv.Error as error:
        raise RegisterError(f"line {reader.line_num}: {error}") from None
    except UnicodeDecodeError:
        raise RegisterError(f"line {reader.line_num + 1}: not UTF-8 text") from None


def open_register(path: Path) -> IO[str]:
    """The register file as text (UTF-8, a byte-order mark allowed); RegisterError if unreadable."""
    try:
        return open(path, encoding="utf-8-sig", newline="")
    except OSError as error:
        raise RegisterError(f"cannot read {path}: {error.strerror or error}") from None

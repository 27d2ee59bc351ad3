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
from kiosk.errors import CodedError

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


class RegisterError(CodedError, ValueError):
    """Why the register is refused: a code of kiosk.errors, its details naming the line."""


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
            raise RegisterError("register.line_long", line=number, max=MAX_LINE)
        yield line


_DATES: dict[str, date] = {}  # a register repeats its dates: each is read once


def _date(text: str, column: str, required: bool = False) -> date | None:
    if not text:
        if required:
            raise RegisterError("register.value_empty", column=column)
        return None
    known = _DATES.get(text)
    if known is not None:
        return known
    if not _DATE.fullmatch(text):
        raise RegisterError("register.date_format", column=column, value=text)
    try:
        value = _DATES[text] = date.fromisoformat(text)
    except ValueError:
        raise RegisterError("register.date_unreal", column=column, value=text) from None
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
        raise RegisterError("register.name_long", column=column, max=NAME_MAX)
    return value or None


EARLIEST_BIRTH = date(1900, 1, 1)
_FLAGS = _YES | _NO


def parse_row(fields: dict[str, str], as_of: date) -> RegisterRow:
    """One row (values already trimmed), checked; RegisterError saying which column is wrong.
    A million rows pass here: plain tests first, the general cleaning only when needed."""
    card_number = fields["cin"]
    if not _PLAIN_CIN.fullmatch(card_number):
        try:
            card_number = cin(card_number)
        except Invalid:
            raise RegisterError("register.cin", value=fields["cin"]) from None
    sex = fields["sex"]
    if sex not in _SEXES:
        sex = sex.upper()
        if sex not in _SEXES:
            raise RegisterError("register.sex", value=fields["sex"])
    birth = _date(fields["birth_date"], "birth_date", required=True)
    assert birth is not None
    if not EARLIEST_BIRTH <= birth <= as_of:
        raise RegisterError("register.birth_date", value=birth.isoformat())
    group: str | None = fields["abo_rhd"]
    if group not in BLOOD_GROUPS:
        group = (group or "").upper().replace(" ", "") or None
        if group is not None and group not in BLOOD_GROUPS:
            raise RegisterError("register.blood_group", value=fields["abo_rhd"])
    last = _date(fields["last_donation"], "last_donation")
    kind = fields["last_kind"] or None
    count = 0
    if last is not None:
        if not birth < last <= as_of:
            raise RegisterError("register.last_donation", value=last.isoformat())
        if kind is None:
            kind = DONATION_KINDS[0]
    if kind is not None and kind not in DONATION_KINDS:
        raise RegisterError("register.last_kind", value=kind, kinds=", ".join(DONATION_KINDS))
    count_text = fields["donations_12m"]
    if count_text:
        if not count_text.isascii():
            count_text = ascii_digits(count_text)
        if not count_text.isdigit() or len(count_text) > 2:
            raise RegisterError("register.donations_12m", value=fields["donations_12m"])
        count = int(count_text)
        if count and last is None:
            raise RegisterError("register.count_without_last")
    if last is not None and not count and (as_of - last).days < 365:
        count = 1
    until = _date(fields["deferred_until"], "deferred_until")
    flag = fields["permanent"]
    if flag not in _FLAGS:
        flag = flag.lower()
        if flag not in _FLAGS:
            raise RegisterError("register.permanent", value=fields["permanent"])
    permanent = flag in _YES
    reason = fields["deferral_reason"] or None
    if reason is None:
        if until is not None or permanent:
            raise RegisterError("register.reason_missing")
    elif not _REASON.fullmatch(reason):
        raise RegisterError("register.reason", value=reason)
    number = fields.get("number") or None
    if number is not None:
        number = number.upper()
        if not _NUMBER.fullmatch(number):
            raise RegisterError("register.number", value=number)
    card = fields.get("card") or None
    if card is not None and not _CARD.fullmatch(card):
        raise RegisterError("register.card")
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
        raise RegisterError("register.csv", line=1, reason=error) from None
    except UnicodeDecodeError:
        raise RegisterError("register.not_utf8", line=1) from None
    if first is None:
        raise RegisterError("register.empty")
    header = [h.strip().lstrip("\ufeff") for h in first]
    missing = [c for c in REQUIRED if c not in header]
    unknown = [c for c in header if c not in REQUIRED + OPTIONAL]
    if missing:
        raise RegisterError("register.columns_missing", columns=", ".join(missing))
    if unknown:
        raise RegisterError("register.columns_unknown", columns=", ".join(unknown))
    if len(set(header)) != len(header):
        raise RegisterError("register.columns_twice")
    width = len(header)
    try:
        for values in reader:
            if not values:
                continue
            if len(values) != width:
                raise RegisterError("register.width", line=reader.line_num, expected=width, found=len(values))
            try:
                yield parse_row(dict(zip(header, [v.strip() for v in values], strict=True)), as_of)
            except RegisterError as error:  # the row's refusal, told with its line
                raise RegisterError(error.code, **error.detail, line=reader.line_num) from None
            except ValueError as error:
                raise RegisterError("register.csv", line=reader.line_num, reason=error) from None
    except csv.Error as error:
        raise RegisterError("register.csv", line=reader.line_num, reason=error) from None
    except UnicodeDecodeError:
        raise RegisterError("register.not_utf8", line=reader.line_num + 1) from None


def open_register(path: Path) -> IO[str]:
    """The register file as text (UTF-8, a byte-order mark allowed); RegisterError if unreadable."""
    try:
        return open(path, encoding="utf-8-sig", newline="")
    except OSError as error:
        raise RegisterError("register.unreadable", file=path, reason=error) from None

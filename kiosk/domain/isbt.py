"""Bag numbers: ISBT 128 donation identification numbers (DIN), or a centre's own.

A DIN is 13 characters: facility (A–N, P–Z or 1–9, then 4 digits), year (2),
sequence (6). Labels carry it twice: as a barcode `=` + DIN + 2 flag characters
(flags 60–96 encode the check, 00–59 are the centre's process flags), and as
eye-readable text with a boxed check character, e.g. `G123 498 654 321 H`.
Both checks use ISO 7064 Mod 37-2 (JPAC Red Book, Annex 2).

The kiosk validates labels; it never invents DINs (that needs an ICCBBA
licence). A centre that uses no ISBT labels writes its own bag numbers:
1–20 letters and digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kiosk.domain.text import ascii_digits, clean
from kiosk.domain.visits import VisitRefused

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*"
_DIN = r"[A-NP-Z1-9][0-9]{4}[0-9]{2}[0-9]{6}"
_BARCODE = re.compile(rf"=({_DIN})([0-9]{{2}})")
_EYE_READABLE = re.compile(rf"({_DIN})([0-9A-Z*])")
_LOCAL = re.compile(r"[A-Z0-9]{1,20}")
CHECK_FLAGS = range(60, 97)  # flag value = 60 + checksum


def checksum(data: str) -> int:
    """The ISO 7064 Mod 37-2 checksum (0–36) of `data` (digits, A–Z)."""
    total = 0
    for char in data:
        value = ALPHABET.index(char)
        if value == 36:
            raise ValueError("'*' is a check character, not data")
        total = (total + value) * 2 % 37
    return (38 - total) % 37


def check_character(data: str) -> str:
    """The eye-readable check character: `check_character("G123498654321") == "H"`."""
    return ALPHABET[checksum(data)]


@dataclass(frozen=True)
class BagNumber:
    """A validated bag number as stored: the 13-character DIN, or the local number."""

    value: str
    isbt: bool

    def display(self) -> str:
        """`G1234 98 654321 H` for a DIN (facility, year, sequence, check); a local number as is."""
        if not self.isbt:
            return self.value
        v = self.value
        return f"{v[:5]} {v[5:7]} {v[7:]} {check_character(v)}"


def bag_number(text: str, *, local_allowed: bool = True) -> BagNumber:
    """Read a scanned or typed bag number; `VisitRefused` with a stable code when refused.

    `=` + DIN + flags (a scan): the flags, when they carry a check (60–96), must
    match. DIN + check character (typed from the label): the check must match.
    Anything else is a local number when the centre allows them.
    Codes: `bag.empty`, `bag.check_mismatch`, `bag.invalid`.
    """
    value = ascii_digits(clean(text)).upper().replace(" ", "").replace("-", "")
    if not value:
        raise VisitRefused("bag.empty")
    if value.startswith("="):
        match = _BARCODE.fullmatch(value)
        if match is None:
            raise VisitRefused("bag.invalid")
        din, flags = match.group(1), int(match.group(2))
        if flags in CHECK_FLAGS and flags - 60 != checksum(din):
            raise VisitRefused("bag.check_mismatch")
        return BagNumber(din, True)
    match = _EYE_READABLE.fullmatch(value)
    if match is not None:
        din, check = match.groups()
        if check != check_character(din):
            raise VisitRefused("bag.check_mismatch")
        return BagNumber(din, True)
    if local_allowed and _LOCAL.fullmatch(value):
        return BagNumber(value, False)
    raise VisitRefused("bag.invalid")

"""Donor identity the project owns: donor numbers and opaque tokens."""

from __future__ import annotations

import re
import secrets

_NUMBER = re.compile(r"QTR-(\d{6,})")


def donor_number(donor_id: int) -> str:
    """`QTR-000123`: short enough to read aloud, derived from the record's id."""
    return f"QTR-{donor_id:06d}"


def donor_id_from_number(number: str) -> int | None:
    match = _NUMBER.fullmatch(number.strip().upper())
    return int(match.group(1)) if match else None


def full_name(first: str | None, last: str | None) -> str:
    """First then last name, as staff read them and documents print them; "" when neither is known."""
    return " ".join(part.strip() for part in (first, last) if part and part.strip())


def new_token() -> str:
    """An opaque random token (card QR, ticket QR): says nothing about the person."""
    return secrets.token_urlsafe(16)

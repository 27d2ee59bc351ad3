"""Donor identity the project owns: donor numbers, global ids and opaque tokens."""

from __future__ import annotations

import re
import secrets
import uuid

# A site's prefix (its station code, upper case), then its count: `QTR-000123`, `KHOURIBGA-1-000042`.
_NUMBER = re.compile(r"([A-Z0-9]+(?:-[A-Z0-9]+)*)-(\d{6,})")


def donor_number(prefix: str, count: int) -> str:
    """`QTR-000123`: short enough to read aloud; the prefix names the site that
    registered the donor, so two campaigns' cards never share a number."""
    return f"{prefix}-{count:06d}"


def normal_number(text: str) -> str | None:
    """The donor number as stored (upper case, trimmed), or None when `text` is not one."""
    value = text.strip().upper()
    return value if _NUMBER.fullmatch(value) else None


def full_name(first: str | None, last: str | None) -> str:
    """First then last name, as staff read them and documents print them; "" when neither is known."""
    return " ".join(part.strip() for part in (first, last) if part and part.strip())


def new_token() -> str:
    """An opaque random token (card QR, ticket QR): says nothing about the person."""
    return secrets.token_urlsafe(16)


def new_uuid() -> str:
    """A record's global id: the same on every machine the record travels to."""
    return str(uuid.uuid4())

"""Donor identity the project owns: donor numbers, global ids and opaque tokens."""

from __future__ import annotations

import base64
import os
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


def new_uuids(count: int) -> list[str]:
    """`count` random (version 4) UUIDs from one read of the system's randomness:
    a register of a million donors would spend seconds on `uuid4()` calls."""
    raw = bytearray(os.urandom(16 * count))
    raw[6::16] = bytes((b & 0x0F) | 0x40 for b in raw[6::16])
    raw[8::16] = bytes((b & 0x3F) | 0x80 for b in raw[8::16])
    h = raw.hex()
    return [
        f"{h[i : i + 8]}-{h[i + 8 : i + 12]}-{h[i + 12 : i + 16]}-{h[i + 16 : i + 20]}-{h[i + 20 : i + 32]}"
        for i in range(0, 32 * count, 32)
    ]


def new_tokens(count: int) -> list[str]:
    """`count` opaque card tokens (18 random bytes each, 24 characters) from one read."""
    text = base64.urlsafe_b64encode(os.urandom(18 * count)).decode("ascii")
    return [text[i : i + 24] for i in range(0, 24 * count, 24)]

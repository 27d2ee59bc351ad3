"""Staff at the nurse station: roles, what each role may do, PINs, and the lockout.

A PIN is short (4–8 digits), so it is only as safe as the hash that stores it
and the lockout in front of it: scrypt with a per-PIN salt makes each guess
cost about 0.1 s of CPU and 32 MB of memory, and five wrong PINs lock the
station for a minute.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from kiosk.domain.text import ascii_digits, clean
from kiosk.domain.visits import VisitRefused

NURSE, DOCTOR, ORGANISER = "nurse", "doctor", "organiser"
ROLES = (NURSE, DOCTOR, ORGANISER)

# What each role may do. Health data (answers, vitals, decisions) is for the
# clinical staff only (law 09-08: need to know); anyone signed in runs the queue.
QUEUE, VIEW_ANSWERS, VITALS, DECIDE, OVERRIDE, MANAGE_STAFF = (
    "queue",
    "view_answers",
    "vitals",
    "decide",
    "override",
    "manage_staff",
)
PERMISSIONS: dict[str, frozenset[str]] = {
    QUEUE: frozenset(ROLES),
    VIEW_ANSWERS: frozenset({NURSE, DOCTOR}),
    VITALS: frozenset({NURSE, DOCTOR}),
    DECIDE: frozenset({NURSE, DOCTOR}),
    OVERRIDE: frozenset({NURSE, DOCTOR}),
    MANAGE_STAFF: frozenset({ORGANISER}),
}

PIN_PATTERN = re.compile(r"[0-9]{4,8}")
NAME_MAX = 100

# scrypt cost: n=2**15, r=8 takes about 0.1 s and 32 MB here (2 cores).
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
_SCRYPT_MAXMEM = 64 * 1024 * 1024


@dataclass(frozen=True)
class Actor:
    """Who acts, from where: what every audited operation is given.

    A nurse station holds one after a sign-in; the donor kiosk acts with no
    staff (`Actor.station_only("kiosk-1")`).
    """

    station: str
    staff_id: int | None = None
    role: str | None = None
    name: str | None = None

    @classmethod
    def station_only(cls, station: str) -> Actor:
        return cls(station=station)

    def may(self, permission: str) -> bool:
        return self.role is not None and self.role in PERMISSIONS[permission]

    def require(self, permission: str) -> None:
        """`VisitRefused("staff.forbidden")` unless signed in with a role that may."""
        if not self.may(permission):
            raise VisitRefused("staff.forbidden", permission=permission)


def role(text: str) -> str:
    value = clean(text).lower()
    if value not in ROLES:
        raise VisitRefused("staff.role")
    return value


def pin(text: str) -> str:
    """4–8 digits (Arabic-Indic digits accepted); `VisitRefused("staff.pin_format")` otherwise."""
    value = ascii_digits(clean(text))
    if not PIN_PATTERN.fullmatch(value):
        raise VisitRefused("staff.pin_format")
    return value


def staff_name(text: str) -> str:
    value = clean(text)
    if not value:
        raise VisitRefused("staff.name_empty")
    if len(value) > NAME_MAX:
        raise VisitRefused("staff.name_too_long")
    return value


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_pin(value: str, *, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> str:
    """`scrypt$n$r$p$salt$hash`: the parameters travel with the hash, so they can grow later."""
    salt = os.urandom(16)
    digest = hashlib.scrypt(pin(value).encode(), salt=salt, n=n, r=r, p=p, maxmem=_SCRYPT_MAXMEM, dklen=32)
    return f"scrypt${n}${r}${p}${_b64(salt)}${_b64(digest)}"


def verify_pin(value: str, stored: str) -> bool:
    """Whether `value` is the PIN behind `stored`; constant-time comparison."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        candidate = hashlib.scrypt(
            ascii_digits(clean(value)).encode(),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            maxmem=_SCRYPT_MAXMEM,
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(candidate, expected)


@dataclass
class Lockout:
    """Five wrong PINs in a row lock the station for a minute.

    Pure: every method takes the time, so tests need no clock and no sleeping.
    One object per station process; a right PIN starts the count again.
    """

    max_failures: int = 5
    lock_for: timedelta = timedelta(seconds=60)
    failures: int = 0
    locked_until: datetime | None = field(default=None)

    def locked(self, now: datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until

    def seconds_left(self, now: datetime) -> int:
        """Whole seconds until the station unlocks (0 when open), for the screen."""
        if self.locked_until is None or not self.locked(now):
            return 0
        left = (self.locked_until - now).total_seconds()
        return max(1, int(left + 0.999))

    def check(self, now: datetime) -> None:
        """`VisitRefused("staff.locked", seconds=…)` while locked."""
        if self.locked(now):
            raise VisitRefused("staff.locked", seconds=self.seconds_left(now))
        if self.locked_until is not None:  # the lock ran out: a fresh count
            self.locked_until, self.failures = None, 0

    def failure(self, now: datetime) -> bool:
        """Count a wrong PIN; True when this one locked the station."""
        self.check(now)
        self.failures += 1
        if self.failures >= self.max_failures:
            self.locked_until = now + self.lock_for
            return True
        return False

    def success(self) -> None:
        self.failures, self.locked_until = 0, None

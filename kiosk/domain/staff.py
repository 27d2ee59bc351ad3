"""Staff at the nurse station: roles, what each role may do, PINs, and the lockout.

A PIN is short (4–8 digits), so it is only as safe as the hash that stores it,
the lockout in front of it and the PIN itself: scrypt with a per-PIN salt
makes each guess cost about 0.1 s of CPU and 32 MB of memory; wrong PINs in a
row lock the staff member and the station for longer and longer
(`LOCKOUT_SCHEDULE`); and a new PIN may not be one a thief tries first
(`new_pin`).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import math
import os
import re
from dataclasses import dataclass
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


# The 20 most common 4-digit PINs of the DataGenetics study (Nick Berry, "PIN
# analysis", 2012, 3.4 million leaked 4-digit codes; together 26.83 % of them):
# https://www.datagenetics.com/blog/september32012/
COMMON_PINS = frozenset(
    (
        "1234", "1111", "0000", "1212", "7777", "1004", "2000", "4444", "2222", "6969",
        "9999", "3333", "5555", "6666", "1122", "1313", "8888", "4321", "2001", "1010",
    )
)  # fmt: skip

REPEATED, RUN, COMMON = "repeated", "run", "common"


def trivial_reason(value: str) -> str | None:
    """Why `value` (ASCII digits) is a PIN a thief tries first, or None:
    `repeated` (one digit, 0000), `run` (digits going up or down by one,
    0123, 4321, 123456) or `common` (in `COMMON_PINS`)."""
    if len(set(value)) == 1:
        return REPEATED
    steps = {int(b) - int(a) for a, b in zip(value, value[1:], strict=False)}
    if steps in ({1}, {-1}):
        return RUN
    if value in COMMON_PINS:
        return COMMON
    return None


def new_pin(text: str) -> str:
    """A PIN being set (a new staff member, a PIN change): `pin()`, and refused
    with `VisitRefused("staff.pin_trivial", reason=…)` when `trivial_reason` finds one."""
    value = pin(text)
    reason = trivial_reason(value)
    if reason is not None:
        raise VisitRefused("staff.pin_trivial", reason=reason)
    return value


# -- lockout -----------------------------------------------------------------------------------
STAFF_SCOPE, STATION_SCOPE = "staff", "station"


@dataclass(frozen=True)
class LockoutSchedule:
    """How long wrong PINs in a row lock sign-in: `free` wrong PINs cost
    nothing, the next locks for `steps[0]`, each further one (once the lock
    ran out) for the next step, the last step being the cap. A right PIN
    starts the count again.

    With the default (5 free, then 1, 5, 15, 60 minutes) a thief gets about
    30 guesses in the first day and then 24 a day at the cap: out of the
    10,000 4-digit PINs, less than 1 % in a two-day campaign.
    """

    free: int = 5
    steps: tuple[timedelta, ...] = (
        timedelta(minutes=1),
        timedelta(minutes=5),
        timedelta(minutes=15),
        timedelta(minutes=60),
    )

    def lock_for(self, failures: int) -> timedelta | None:
        """The lock that the `failures`-th wrong PIN in a row sets, None when it is free."""
        if failures < self.free:
            return None
        return self.steps[min(failures - self.free, len(self.steps) - 1)]

    def attempts_left(self, failures: int) -> int:
        return max(0, self.free - failures)


LOCKOUT_SCHEDULE = LockoutSchedule()


@dataclass(frozen=True)
class LockState:
    """Wrong PINs in a row for one staff member or one station, and until when
    they lock sign-in. Pure: every method takes the time."""

    failures: int = 0
    locked_until: datetime | None = None

    def locked(self, now: datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until

    def seconds_left(self, now: datetime) -> int:
        """Whole seconds until sign-in opens again (0 when open), for the screen."""
        if self.locked_until is None or now >= self.locked_until:
            return 0
        return max(1, math.ceil((self.locked_until - now).total_seconds()))

    def failed(self, now: datetime, schedule: LockoutSchedule = LOCKOUT_SCHEDULE) -> LockState:
        """The state after one more wrong PIN at `now` (never called while locked)."""
        failures = self.failures + 1
        lock = schedule.lock_for(failures)
        return LockState(failures, None if lock is None else now + lock)

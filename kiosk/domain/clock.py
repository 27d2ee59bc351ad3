"""Time: stored in UTC, lived in Africa/Casablanca (UTC+1, UTC+0 during Ramadan)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

CASABLANCA = ZoneInfo("Africa/Casablanca")


def now_utc() -> datetime:
    return datetime.now(UTC)


def to_local(moment: datetime) -> datetime:
    """A stored UTC time as the wall-clock time at the venue."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(CASABLANCA)


def local_day(moment: datetime | None = None) -> date:
    """The campaign day a moment belongs to (the venue's calendar, not UTC's)."""
    return to_local(moment or now_utc()).date()

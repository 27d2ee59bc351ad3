"""The site this database belongs to, and its donor-number count (in `setting`)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.domain.donors import donor_number
from kiosk.domain.sites import DEMO, Site, SiteError
from kiosk.storage.models import Setting

CENTRE_KEY, STATION_KEY, COUNT_KEY = "site.centre", "site.station", "site.donor_count"


def stored(session: Session) -> Site | None:
    """The site set by `kiosk db init`, None before."""
    query = select(Setting.key, Setting.value).where(Setting.key.in_((CENTRE_KEY, STATION_KEY)))
    rows: dict[str, str] = {row.key: row.value for row in session.execute(query)}
    if CENTRE_KEY not in rows or STATION_KEY not in rows:
        return None
    return Site(rows[CENTRE_KEY], rows[STATION_KEY])


def current(session: Session) -> Site:
    """The site of this database: the one set, else the demonstration site."""
    return stored(session) or DEMO


def set_once(session: Session, wanted: Site) -> bool:
    """Record the site; True when it was new, False when already the same.
    `SiteError` when another site is recorded: records already carry it."""
    existing = stored(session)
    if existing == wanted:
        return False
    if existing is not None:
        raise SiteError(f"this database already belongs to {existing}; a site is set once")
    session.add_all([Setting(key=CENTRE_KEY, value=wanted.centre), Setting(key=STATION_KEY, value=wanted.station)])
    session.flush()
    return True


def take_counts(session: Session, n: int) -> int:
    """Reserve `n` donor numbers; returns the first. The row is locked until the
    caller's transaction ends (SQLite writers hold the file, PostgreSQL the row)."""
    row = session.get(Setting, COUNT_KEY, with_for_update=True)
    if row is None:
        row = Setting(key=COUNT_KEY, value="0")
        session.add(row)
    first = int(row.value) + 1
    row.value = str(first + n - 1)
    return first


def next_donor_number(session: Session) -> str:
    """A new donor's number: the site's prefix and its next count."""
    return donor_number(current(session).prefix, take_counts(session, 1))


__all__ = ["SiteError", "current", "next_donor_number", "set_once", "stored", "take_counts"]

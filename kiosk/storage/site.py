"""The site this database belongs to, and its donor-number count (in `setting`)."""

from __future__ import annotations

from typing import cast

from sqlalchemy import Integer, String, Table, bindparam, insert, or_, select, update
from sqlalchemy import cast as sql_cast
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kiosk.domain.donors import donor_number
from kiosk.domain.sites import DEMO, Site, SiteError
from kiosk.storage.models import Setting

CENTRE_KEY, STATION_KEY, COUNT_KEY = "site.centre", "site.station", "site.donor_count"
SETTING = cast(Table, Setting.__table__)

# Built once: every new donor's number reads the site and takes a count. Two
# equalities, not IN (…): a literal IN list is rendered again at every execution.
_SITE = select(SETTING.c.key, SETTING.c.value).where(or_(SETTING.c.key == CENTRE_KEY, SETTING.c.key == STATION_KEY))
_TAKE = (
    update(SETTING)
    .where(SETTING.c.key == COUNT_KEY)
    .values(value=sql_cast(sql_cast(SETTING.c.value, Integer) + bindparam("n", type_=Integer), String))
    .returning(SETTING.c.value)
)


def stored(session: Session) -> Site | None:
    """The site set by `kiosk db init`, None before."""
    rows: dict[str, str] = {row.key: row.value for row in session.connection().execute(_SITE)}
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
    caller's transaction ends (SQLite writers hold the file, PostgreSQL the row).

    One UPDATE … RETURNING on the session's connection, as the ticket counter
    (`kiosk.storage.changes.increment`): every check-in of a new donor takes one.
    """
    last = session.connection().execute(_TAKE, {"n": n}).scalar()
    if last is None:  # the first numbers of this database
        try:
            with session.begin_nested():
                session.connection().execute(insert(SETTING).values(key=COUNT_KEY, value=str(n)))
            return 1
        except IntegrityError:  # another station took the first ones a moment ago
            last = session.connection().execute(_TAKE, {"n": n}).scalar_one()
    return int(last) - n + 1


def next_donor_number(session: Session) -> str:
    """A new donor's number: the site's prefix and its next count."""
    return donor_number(current(session).prefix, take_counts(session, 1))


__all__ = ["SiteError", "current", "next_donor_number", "set_once", "stored", "take_counts"]

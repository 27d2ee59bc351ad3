"""Staff records and the nurse station's sign-in.

PINs are stored only as scrypt hashes (kiosk.domain.staff). Sign-in takes the
`Database`, not a session: checking a PIN costs about 0.1 s of CPU on
purpose, and no write lock may be held meanwhile (every other station would
wait). The station picks a name from `list_staff`, then types the PIN.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.domain import staff as rules
from kiosk.domain.staff import Actor, Lockout
from kiosk.domain.visits import VisitRefused
from kiosk.storage import audit
from kiosk.storage.db import Database
from kiosk.storage.models import Staff


@dataclass(frozen=True)
class StaffInfo:
    """What a list of staff may show: never the PIN or its hash."""

    id: int
    name: str
    role: str
    active: bool


def _info(row: Staff) -> StaffInfo:
    return StaffInfo(row.id, row.name, row.role, row.active)


def add_staff(session: Session, name: str, role: str, pin: str, *, actor: Actor, now: datetime) -> StaffInfo:
    """A new staff member; `actor` is who adds them (the organiser, or the command line)."""
    row = Staff(
        name=rules.staff_name(name), role=rules.role(role), pin_hash=rules.hash_pin(pin), active=True, created_at=now
    )
    session.add(row)
    session.flush()
    audit.record(
        session, actor.station, actor.staff_id, audit.STAFF_ADDED, detail={"staff": row.id, "role": row.role}, at=now
    )
    return _info(row)


def list_staff(session: Session, *, include_inactive: bool = False) -> list[StaffInfo]:
    query = select(Staff).order_by(Staff.name, Staff.id)
    if not include_inactive:
        query = query.where(Staff.active.is_(True))
    return [_info(row) for row in session.scalars(query)]


def disable_staff(session: Session, staff_id: int, *, actor: Actor, now: datetime) -> StaffInfo:
    """Someone who no longer works the campaign: kept for the audit log, no longer signs in."""
    row = session.get(Staff, staff_id)
    if row is None:
        raise VisitRefused("staff.unknown")
    row.active = False
    audit.record(session, actor.station, actor.staff_id, audit.STAFF_DISABLED, detail={"staff": row.id}, at=now)
    return _info(row)


def sign_in(db: Database, station: str, staff_id: int, pin: str, lockout: Lockout, now: datetime) -> Actor:
    """The `Actor` for a right PIN. Refused: `staff.locked` (seconds), `staff.unknown`,
    `staff.wrong_pin` (attempts_left). Attempts are audited; a locked station
    checks nothing until the minute is over."""
    lockout.check(now)
    with db.read() as session:
        row = session.get(Staff, staff_id)
        found = row is not None and row.active
        stored, name, role = (row.pin_hash, row.name, row.role) if row is not None and found else ("", "", "")
    if not found:
        raise VisitRefused("staff.unknown")
    right = rules.verify_pin(pin, stored)  # the slow part, outside any transaction
    locked = False if right else lockout.failure(now)
    with db.write() as session:
        if right:
            audit.record(session, station, staff_id, audit.SIGN_IN, at=now)
        else:
            audit.record(session, station, staff_id, audit.SIGN_IN_FAILED, detail={"locked": locked}, at=now)
    if not right:
        if locked:
            raise VisitRefused("staff.locked", seconds=lockout.seconds_left(now))
        raise VisitRefused("staff.wrong_pin", attempts_left=lockout.max_failures - lockout.failures)
    lockout.success()
    return Actor(station=station, staff_id=staff_id, role=role, name=name)

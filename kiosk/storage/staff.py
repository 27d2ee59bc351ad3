"""Staff records and the nurse station's sign-in.

PINs are stored only as scrypt hashes (kiosk.domain.staff). Sign-in takes the
`Database`, not a session: checking a PIN costs about 0.1 s of CPU on
purpose, and no write lock may be held meanwhile (every other station would
wait). The station picks a name from `list_staff`, then types the PIN.

Wrong PINs in a row are counted twice, in `sign_in_lock`: for the staff member
(the next booth does not start again) and for the station (trying every name
at one booth does not either). Kept in the database, the count survives a
restart; the schedule of locks is `kiosk.domain.staff.LOCKOUT_SCHEDULE`. Every
wrong PIN, every lock and every attempt during a lock is audited (never the PIN).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kiosk.domain import staff as rules
from kiosk.domain.staff import LOCKOUT_SCHEDULE, STAFF_SCOPE, STATION_SCOPE, Actor, LockoutSchedule, LockState
from kiosk.domain.visits import VisitRefused
from kiosk.storage import audit
from kiosk.storage.db import Database
from kiosk.storage.models import SignInLock, Staff


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
        name=rules.staff_name(name),
        role=rules.role(role),
        pin_hash=rules.hash_pin(rules.new_pin(pin)),
        active=True,
        created_at=now,
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


def change_pin(session: Session, staff_id: int, pin: str, *, actor: Actor, now: datetime) -> StaffInfo:
    """A new PIN (the same rules as a new staff member's); it also lifts that
    person's lockout: whoever sets the PIN vouches for who will type it."""
    row = session.get(Staff, staff_id)
    if row is None:
        raise VisitRefused("staff.unknown")
    row.pin_hash = rules.hash_pin(rules.new_pin(pin))
    lock = session.get(SignInLock, (STAFF_SCOPE, str(staff_id)))
    if lock is not None:
        lock.failures, lock.locked_until, lock.updated_at = 0, None, now
    audit.record(session, actor.station, actor.staff_id, audit.PIN_CHANGED, detail={"staff": row.id}, at=now)
    return _info(row)


# -- sign-in and its lockout ----------------------------------------------------------------
def _keys(station: str, staff_id: int) -> tuple[tuple[str, str], tuple[str, str]]:
    return (STAFF_SCOPE, str(staff_id)), (STATION_SCOPE, station)


def _state(row: SignInLock | None) -> LockState:
    return LockState() if row is None else LockState(row.failures, row.locked_until)


def _lock_row(session: Session, key: tuple[str, str], now: datetime) -> SignInLock:
    """The key's row, locked for this write transaction (created on the first wrong PIN)."""
    row = session.get(SignInLock, key, with_for_update=True, populate_existing=True)
    if row is not None:
        return row
    try:
        with session.begin_nested():
            row = SignInLock(scope=key[0], subject=key[1], failures=0, locked_until=None, updated_at=now)
            session.add(row)
    except IntegrityError:  # another station counted first
        row = session.get(SignInLock, key, with_for_update=True, populate_existing=True)
        assert row is not None
    return row


def _locked(states: dict[str, LockState], now: datetime) -> tuple[str, int] | None:
    """The scope that locks sign-in the longest, and its seconds left; None when open."""
    waits = [(state.seconds_left(now), scope) for scope, state in states.items() if state.locked(now)]
    if not waits:
        return None
    seconds, scope = max(waits)
    return scope, seconds


def _refuse_locked(session: Session, station: str, staff_id: int, scope: str, seconds: int, now: datetime) -> None:
    audit.record(session, station, staff_id, audit.SIGN_IN_LOCKED, detail={"scope": scope, "seconds": seconds}, at=now)


def lock_state(session: Session, station: str, staff_id: int | None = None) -> dict[str, LockState]:
    """The lockout states that apply to a sign-in at `station` (and by `staff_id`), by scope."""
    keys = [(STATION_SCOPE, station)] + ([(STAFF_SCOPE, str(staff_id))] if staff_id is not None else [])
    return {scope: _state(session.get(SignInLock, (scope, subject))) for scope, subject in keys}


def sign_in(
    db: Database,
    station: str,
    staff_id: int,
    pin: str,
    now: datetime,
    schedule: LockoutSchedule = LOCKOUT_SCHEDULE,
) -> Actor:
    """The `Actor` for a right PIN. Refused: `staff.locked` (scope, seconds),
    `staff.unknown`, `staff.wrong_pin` (attempts_left). While the staff member
    or the station is locked, no PIN is checked and the attempt is audited."""
    staff_key, station_key = _keys(station, staff_id)
    with db.read() as session:
        row = session.get(Staff, staff_id)
        found = row is not None and row.active
        stored, name, role = (row.pin_hash, row.name, row.role) if row is not None and found else ("", "", "")
        states = lock_state(session, station, staff_id)
    if not found:
        raise VisitRefused("staff.unknown")
    held = _locked(states, now)
    if held is not None:
        with db.write() as session:
            _refuse_locked(session, station, staff_id, *held, now)
        raise VisitRefused("staff.locked", scope=held[0], seconds=held[1])
    right = rules.verify_pin(pin, stored)  # the slow part, outside any transaction
    with db.write() as session:
        rows = {STAFF_SCOPE: _lock_row(session, staff_key, now), STATION_SCOPE: _lock_row(session, station_key, now)}
        # Another station may have locked this person while the PIN was being checked.
        held = _locked({scope: _state(r) for scope, r in rows.items()}, now)
        if held is not None:
            _refuse_locked(session, station, staff_id, *held, now)
        elif right:
            for lock in rows.values():
                lock.failures, lock.locked_until, lock.updated_at = 0, None, now
            audit.record(session, station, staff_id, audit.SIGN_IN, at=now)
        else:
            failures = 0
            locks: list[tuple[str, int]] = []
            for scope, lock in rows.items():
                after = _state(lock).failed(now, schedule)
                lock.failures, lock.locked_until, lock.updated_at = after.failures, after.locked_until, now
                failures = max(failures, after.failures)
                if after.locked_until is not None:
                    locks.append((scope, after.seconds_left(now)))
            attempts_left = schedule.attempts_left(failures)
            audit.record(
                session,
                station,
                staff_id,
                audit.SIGN_IN_FAILED,
                detail={"attempts_left": attempts_left, "locked": bool(locks)},
                at=now,
            )
            for scope, seconds in locks:
                lock = rows[scope]
                audit.record(
                    session,
                    station,
                    staff_id,
                    audit.LOCKOUT,
                    detail={
                        "scope": scope,
                        "subject": lock.subject,
                        "failures": lock.failures,
                        "seconds": seconds,
                        "until": lock.locked_until.isoformat() if lock.locked_until else None,
                    },
                    at=now,
                )
    if held is not None:
        raise VisitRefused("staff.locked", scope=held[0], seconds=held[1])
    if not right:
        if locks:
            # The longest lock; on a tie the station's, which closes the pad to every name.
            scope, seconds = max(locks, key=lambda item: (item[1], item[0] == STATION_SCOPE))
            raise VisitRefused("staff.locked", scope=scope, seconds=seconds)
        raise VisitRefused("staff.wrong_pin", attempts_left=attempts_left)
    return Actor(station=station, staff_id=staff_id, role=role, name=name)

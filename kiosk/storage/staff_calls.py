"""Calls for a staff member from the kiosks, stored with their state
(kiosk.domain.staff_calls): each change in one transaction with the day's queue
version bump (every nurse station refreshes at once) and an audit event.

A call lives as long as the donor's session at the kiosk: the kiosk ends its
open calls when it goes back to its welcome screen and when it starts, so no
nurse sees an alert for a donor who is no longer there, whatever restarted or
signed out in between. Calls of an earlier day are never shown.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.domain import staff as perms
from kiosk.domain import staff_calls as rules
from kiosk.domain.clock import local_day
from kiosk.domain.staff import Actor
from kiosk.domain.staff_calls import KioskCall
from kiosk.domain.visits import VisitRefused
from kiosk.storage import audit
from kiosk.storage.changes import bump
from kiosk.storage.models import StaffCall, Visit


def _bump(session: Session, call: StaffCall) -> None:
    if call.campaign_id is not None:
        bump(session, call.campaign_id, call.day)


def _open(session: Session, station: str, before: datetime | None = None) -> list[StaffCall]:
    query = select(StaffCall).where(StaffCall.station == station, StaffCall.state.in_(rules.OPEN_STATES))
    if before is not None:
        query = query.where(StaffCall.called_at < before)
    return list(session.scalars(query.order_by(StaffCall.id).with_for_update()))


def call(
    session: Session, station: str, campaign_id: int | None, day: date, *, now: datetime, visit_id: int | None = None
) -> StaffCall:
    """A donor at kiosk `station` asked for a staff member. A second tap while a
    call is open keeps that call (and its state); a ticket given since is added."""
    current = _open(session, station)
    if current:
        found = current[-1]
        if visit_id is not None and found.visit_id != visit_id:
            found.visit_id = visit_id
            session.flush()
            _bump(session, found)
        return found
    found = StaffCall(station=station, campaign_id=campaign_id, day=day, visit_id=visit_id, called_at=now)
    session.add(found)
    session.flush()
    _bump(session, found)
    ticket = session.scalar(select(Visit.ticket).where(Visit.id == visit_id)) if visit_id is not None else None
    audit.record(session, station, None, audit.STAFF_CALL, None, visit_id, {"call": found.id, "ticket": ticket}, at=now)
    return found


def answer(session: Session, call_id: int, *, actor: Actor, now: datetime) -> StaffCall:
    """A nurse pressed "on my way": the alert leaves every nurse screen and the
    kiosk tells the donor. Refused once answered (`staff_call.answered`) or ended
    (`staff_call.ended`: the donor finished at the kiosk)."""
    actor.require(perms.QUEUE)
    found = session.get(StaffCall, call_id, with_for_update=True, populate_existing=True)
    if found is None:
        raise VisitRefused("staff_call.ended")
    found.state = rules.answer(found.state)
    found.answered_at, found.answered_by = now, actor.staff_id
    session.flush()
    _bump(session, found)
    audit.record(
        session,
        actor.station,
        actor.staff_id,
        audit.STAFF_CALL_ANSWERED,
        None,
        found.visit_id,
        {"call": found.id, "kiosk": found.station},
        at=now,
    )
    return found


def end_session(session: Session, station: str, *, now: datetime, before: datetime | None = None) -> int:
    """The donor's session at kiosk `station` ended (finished, reset, or the kiosk
    started again: `before` its start, so a donor's first call is kept): its open
    calls end. Returns how many ended."""
    ended = _open(session, station, before)
    for found in ended:
        state = found.state
        found.state, found.ended_at = rules.ENDED, now
        session.flush()
        _bump(session, found)
        audit.record(
            session,
            station,
            None,
            audit.STAFF_CALL_ENDED,
            None,
            found.visit_id,
            {"call": found.id, "state": state},
            at=now,
        )
    return len(ended)


def state_of(session: Session, call_id: int) -> str | None:
    """What the kiosk tells its donor: called, coming or ended (None: no such call)."""
    return session.scalar(select(StaffCall.state).where(StaffCall.id == call_id))


def waiting_calls(session: Session, now: datetime) -> tuple[KioskCall, ...]:
    """Today's calls nobody answered yet, the oldest first: the nurse screens' alerts."""
    rows = session.execute(
        select(StaffCall.id, StaffCall.station, StaffCall.called_at, Visit.ticket)
        .outerjoin(Visit, Visit.id == StaffCall.visit_id)
        .where(StaffCall.state == rules.CALLED, StaffCall.day == local_day(now))
        .order_by(StaffCall.called_at, StaffCall.id)
    ).all()
    return tuple(KioskCall(call_id, station, called_at, ticket) for call_id, station, called_at, ticket in rows)

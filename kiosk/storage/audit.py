"""The audit log: who did what to which donor, from which station, when.

Every queue change, every decision, every override and every view of a
donor's answers writes one event in the same transaction as the change, so
the log and the data never disagree. Events are only ever added.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.domain.clock import now_utc
from kiosk.storage.models import AuditEvent

# The actions written by the queue and the nurse station (detail keys in brackets).
CHECK_IN = "queue.check_in"  # [ticket, outcome]
CALL = "queue.call"  # [ticket, booth, call]
RECALL = "queue.recall"  # [ticket, booth, call]
SKIP = "queue.skip"  # [ticket, call, status]
START = "queue.interview"  # [ticket, booth]
TRANSFER = "queue.transfer"  # [ticket, from, to]
LEAVE = "queue.leave"  # [ticket, status]
BRING_BACK = "queue.bring_back"  # [ticket]
ATTEND = "queue.attend"  # [ticket]: staff answered "call a staff member"
ASK_STAFF = "queue.ask_staff"  # [ticket]: a donor with a ticket pressed "call a staff member"
KIOSK_HELP = "kiosk.help"  # a donor at this kiosk, not yet checked in, pressed "call a staff member"
KIOSK_HELP_ANSWERED = "kiosk.help_answered"  # [kiosk]: staff went to that kiosk
VITALS = "visit.vitals"  # [out_of_range, pack]
DONATION = "visit.donation"  # [bag_number, volume_ml, kind]
DEFERRAL = "visit.deferral"  # [reason, until, permanent]
OVERRIDE = "visit.override"  # [from, to, reason, ticket]
REACTION = "visit.reaction"  # [ticket, kind, phase, actions]
VIEW_ANSWERS = "answers.view"  # [pack]
SIGN_IN = "staff.sign_in"
SIGN_IN_FAILED = "staff.sign_in_failed"  # [locked]
STAFF_ADDED = "staff.add"  # [role]
STAFF_DISABLED = "staff.disable"


def record(
    session: Session,
    station: str,
    staff_id: int | None,
    action: str,
    donor_id: int | None = None,
    visit_id: int | None = None,
    detail: dict[str, Any] | None = None,
    *,
    at: datetime | None = None,
) -> AuditEvent:
    """Add one event to the caller's transaction (JSON-ready `detail`: no health answers)."""
    event = AuditEvent(
        at=at or now_utc(),
        station=station,
        staff_id=staff_id,
        action=action,
        donor_id=donor_id,
        visit_id=visit_id,
        detail=dict(detail or {}),
    )
    session.add(event)
    return event


def events(
    session: Session,
    *,
    donor_id: int | None = None,
    visit_id: int | None = None,
    actions: Sequence[str] | None = None,
    limit: int = 500,
) -> list[AuditEvent]:
    """The latest events first, for one donor or visit and/or some actions."""
    query = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)
    if donor_id is not None:
        query = query.where(AuditEvent.donor_id == donor_id)
    if visit_id is not None:
        query = query.where(AuditEvent.visit_id == visit_id)
    if actions:
        query = query.where(AuditEvent.action.in_(list(actions)))
    return list(session.scalars(query))

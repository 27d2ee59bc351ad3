"""Adverse reactions on the database, in the queue's shape: load the visit, check,
insert, bump the day's queue version (so the organiser station and the other
nurse stations see it at once) and audit, in the caller's one transaction."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.domain import reactions as kinds
from kiosk.domain import staff as perms
from kiosk.domain import visits as states
from kiosk.domain.staff import Actor
from kiosk.domain.visits import VisitRefused
from kiosk.storage import audit
from kiosk.storage.changes import bump
from kiosk.storage.models import AdverseReaction, Visit

# A reaction belongs to a donor being bled or just bled: at the booth, or after the donation.
RECORDABLE = (states.INTERVIEW, states.DONATED)


def record_reaction(
    session: Session,
    visit_id: int,
    *,
    kind: str,
    phase: str,
    actions: list[str],
    occurred_at: datetime,
    actor: Actor,
    now: datetime,
) -> AdverseReaction:
    """Store one reaction. Refused: `visit.unknown`, `reaction.not_now` (the visit is
    not at the booth nor donated), `reaction.kind|phase|action|time`, `staff.forbidden`."""
    actor.require(perms.DECIDE)
    visit = session.get(Visit, visit_id, with_for_update=True, populate_existing=True)
    if visit is None:
        raise VisitRefused("visit.unknown", visit_id=visit_id)
    if visit.status not in RECORDABLE:
        raise VisitRefused("reaction.not_now", ticket=visit.ticket)
    kept = kinds.check(kind, phase, actions, occurred_at, now)
    row = AdverseReaction(
        visit_id=visit.id,
        donor_id=visit.donor_id,
        kind=kind,
        phase=phase,
        severe=kinds.is_severe(kind),
        actions=list(kept),
        occurred_at=occurred_at,
        staff_id=actor.staff_id,
        created_at=now,
    )
    session.add(row)
    session.flush()
    bump(session, visit.campaign_id, visit.day)
    audit.record(
        session,
        actor.station,
        actor.staff_id,
        audit.REACTION,
        visit.donor_id,
        visit.id,
        {"ticket": visit.ticket, "kind": kind, "phase": phase, "actions": list(kept)},
        at=now,
    )
    return row


def for_visit(session: Session, visit_id: int) -> list[AdverseReaction]:
    return list(
        session.scalars(
            select(AdverseReaction).where(AdverseReaction.visit_id == visit_id).order_by(AdverseReaction.occurred_at)
        )
    )


def last_severe_before(session: Session, donor_id: int, day: date) -> date | None:
    """The day of the donor's latest severe reaction at an earlier visit: the flag
    staff see when that donor checks in again."""
    return session.scalar(
        select(Visit.day)
        .join(AdverseReaction, AdverseReaction.visit_id == Visit.id)
        .where(AdverseReaction.donor_id == donor_id, AdverseReaction.severe.is_(True), Visit.day < day)
        .order_by(Visit.day.desc())
        .limit(1)
    )

"""Registration at the kiosk: the donor, their consent, the pre-screen and the
ticket, written in the caller's one transaction so a power cut never leaves a
ticket without a donor or a donor without the ticket they were shown."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.domain import visits as states
from kiosk.domain.campaigns import is_open
from kiosk.domain.donors import donor_id_from_number, new_token
from kiosk.domain.queue import QUEUED_OUTCOMES
from kiosk.domain.validation import DonorDetails
from kiosk.domain.visits import VisitRefused
from kiosk.storage import changes
from kiosk.storage.models import Campaign, Deferral, Donation, Donor, QuestionnaireResponse, Visit

if TYPE_CHECKING:
    from kiosk.domain.eligibility import Donation as PastDonation


def find_by_cin(session: Session, cin: str) -> Donor | None:
    return session.scalar(select(Donor).where(Donor.cin == cin))


def find_by_card(session: Session, token: str) -> Donor | None:
    return session.scalar(select(Donor).where(Donor.card_token == token))


def find_by_cin_and_birth_date(session: Session, cin: str, birth_date: date) -> Donor | None:
    """The donor with this CIN born on this day: at the public kiosk a CIN alone finds no one."""
    return session.scalar(select(Donor).where(Donor.cin == cin, Donor.birth_date == birth_date))


def find_by_card_and_birth_date(session: Session, token: str, birth_date: date) -> Donor | None:
    """The donor holding this card born on this day (a card found on the floor is not enough)."""
    return session.scalar(select(Donor).where(Donor.card_token == token, Donor.birth_date == birth_date))


def find_by_number(session: Session, number: str) -> Donor | None:
    donor_id = donor_id_from_number(number)
    return session.get(Donor, donor_id) if donor_id else None


def donation_history(session: Session, donor_id: int) -> tuple[PastDonation, ...]:
    """The donor's past donations as the eligibility rules read them (interval since the last one)."""
    from kiosk.domain.eligibility import Donation as PastDonation  # the rule engine loads on first use

    rows = session.execute(select(Donation.day, Donation.kind).where(Donation.donor_id == donor_id)).all()
    return tuple(PastDonation(day, kind) for day, kind in rows)


def create_donor(session: Session, details: DonorDetails, consent_version: str, now: datetime) -> Donor:
    """A new donor; `VisitRefused("cin.taken")` when the CIN is already registered."""
    if details.cin and find_by_cin(session, details.cin) is not None:
        raise VisitRefused("cin.taken")
    donor = Donor(
        card_token=new_token(),
        consent_at=now,
        consent_version=consent_version,
        created_at=now,
        updated_at=now,
        **asdict(details),
    )
    session.add(donor)  # inserted with the visit, at the next flush: one round trip fewer
    return donor


def record_consent(donor: Donor, version: str, now: datetime) -> None:
    """A returning donor accepts the current notice again."""
    donor.consent_at, donor.consent_version = now, version


def next_ticket(session: Session, campaign_id: int, day: date) -> int:
    """The next ticket number of a campaign day, taken atomically: concurrent
    kiosks each get their own number (`kiosk.storage.changes.increment`). A new
    ticket raises the queue version too."""
    return changes.increment(session, campaign_id, day, "last_ticket", changes.COUNTER.c.last_ticket)


def open_visit_today(session: Session, donor_id: int, campaign_id: int, day: date) -> Visit | None:
    return session.scalar(
        select(Visit).where(
            Visit.donor_id == donor_id,
            Visit.campaign_id == campaign_id,
            Visit.day == day,
            Visit.status.in_(states.OPEN_STATES),
        )
    )


def active_deferral(session: Session, donor_id: int, day: date) -> Deferral | None:
    """The deferral that still holds on `day`: permanent, or with no date yet, or until after it."""
    rows = session.scalars(select(Deferral).where(Deferral.donor_id == donor_id)).all()
    holding = [d for d in rows if d.permanent or d.until is None or d.until > day]
    if not holding:
        return None
    return max(holding, key=lambda d: (d.permanent, d.until is None, d.until or date.min))


def check_in(
    session: Session,
    campaign: Campaign,
    donor: Donor,
    day: date,
    now: datetime,
    *,
    outcome: str,
    until: date | None,
    reasons: list[str],
    pack: str,
    answers: dict[str, Any],
    needs_staff: bool = False,
) -> Visit:
    """The visit of a donor who finished the questionnaire.

    Eligible and refer: a ticket in the queue. Deferred or permanent: the visit
    ends at once with a deferral on the donor's record and no ticket.
    Refused with `VisitRefused` when the campaign is closed that day, or the
    donor is already in today's queue (`already_queued`, with the ticket).
    """
    if not is_open(campaign.first_day, campaign.last_day, campaign.demo, day):
        raise VisitRefused("campaign.closed")
    existing = open_visit_today(session, donor.id, campaign.id, day) if donor.id is not None else None
    if existing is not None:
        raise VisitRefused("already_queued", ticket=existing.ticket)
    queued = outcome in QUEUED_OUTCOMES
    ticket = next_ticket(session, campaign.id, day) if queued else None  # before the visit joins the session
    visit = Visit(
        campaign=campaign,
        donor=donor,
        day=day,
        waiting_at=now,
        needs_staff=needs_staff,
        ticket=ticket,
        ticket_token=new_token() if queued else None,
        status=states.WAITING if queued else states.DEFERRED,
        deferred_at=None if queued else now,
    )
    session.add(visit)
    session.add(
        QuestionnaireResponse(
            visit=visit,
            pack=pack,
            answers=answers,
            outcome=outcome,
            until=until,
            reasons=list(reasons),
            created_at=now,
        )
    )
    if not queued:
        session.add(
            Deferral(
                donor=donor,
                visit=visit,
                reason=states.prescreen_reason(reasons, outcome),
                until=until,
                permanent=outcome == "permanent",
                created_at=now,
            )
        )
    session.flush()
    return visit

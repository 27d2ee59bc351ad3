"""What the nurse station reads about one visit, as plain frozen values.

The queue list (`kiosk.storage.queue.nurse_list`) says who waits; this says
who the donor at the booth is and what was recorded today, so that no widget
holds a session or an ORM object. The pre-screen answers are not here: reading
them is an audited event (`kiosk.storage.queue.view_answers`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.domain.donors import full_name, normal_number
from kiosk.domain.eligibility import age_on
from kiosk.domain.text import ascii_digits, clean
from kiosk.domain.validation import Invalid, cin
from kiosk.domain.visits import VISIT_QR_PREFIX
from kiosk.storage import queue as q
from kiosk.storage import reactions, registration
from kiosk.storage.models import Donation, Donor, Visit


@dataclass(frozen=True)
class VitalsView:
    weight_kg: float | None
    haemoglobin_g_dl: float | None
    systolic: int | None
    diastolic: int | None
    out_of_range: tuple[str, ...]
    pulse: int | None = None
    temperature_c: float | None = None


@dataclass(frozen=True)
class DonationView:
    kind: str
    volume_ml: int
    bag_number: str | None
    bag_isbt: bool


@dataclass(frozen=True)
class DeferralView:
    until: date | None
    permanent: bool


@dataclass(frozen=True)
class ReactionView:
    kind: str
    occurred_at: datetime


@dataclass(frozen=True)
class VisitDetails:
    """One visit and its donor, for the donor panel of the nurse station."""

    visit_id: int
    day: date
    ticket: int | None
    status: str
    booth: int | None
    call_count: int
    needs_staff: bool
    donor_id: int
    donor_number: str
    name_latin: str
    name_ar: str
    sex: str
    birth_date: date
    age: int
    blood_group: str | None
    cin: str | None
    prescreen: str | None  # the outcome now (eligible, refer, deferred, permanent)
    prescreen_original: str | None  # the kiosk's, when staff overrode it
    prescreen_until: date | None
    deferral: DeferralView | None  # the one on the donor's record that holds today
    vitals: VitalsView | None  # the last measured at this visit
    donation: DonationView | None
    reactions: tuple[ReactionView, ...] = ()  # recorded at this visit
    earlier_severe_reaction: date | None = None  # the day of one at an earlier visit: take extra care
    blood_group_confirmed: str | None = None  # by a laboratory; `blood_group` is the declared one
    decided_at: datetime | None = None  # when the donation or deferral of this visit was recorded


def visit_details(session: Session, visit_id: int) -> VisitDetails | None:
    visit = session.get(Visit, visit_id)
    if visit is None:
        return None
    donor, response = visit.donor, visit.response
    held = registration.active_deferral(session, donor.id, visit.day)
    measured = q.latest_vitals(session, visit.id)
    donation = session.scalar(select(Donation).where(Donation.visit_id == visit.id))
    return VisitDetails(
        visit_id=visit.id,
        day=visit.day,
        ticket=visit.ticket,
        status=visit.status,
        booth=visit.booth,
        call_count=visit.call_count,
        needs_staff=visit.needs_staff,
        donor_id=donor.id,
        donor_number=donor.number,
        name_latin=full_name(donor.first_name_latin, donor.last_name_latin),
        name_ar=full_name(donor.first_name_ar, donor.last_name_ar),
        sex=donor.sex,
        birth_date=donor.birth_date,
        age=age_on(donor.birth_date, visit.day),
        blood_group=donor.blood_group,
        blood_group_confirmed=donor.blood_group_confirmed,
        cin=donor.cin,
        prescreen=response.outcome if response else None,
        prescreen_original=response.original_outcome if response else None,
        prescreen_until=response.until if response else None,
        deferral=DeferralView(held.until, held.permanent) if held else None,
        vitals=VitalsView(
            measured.weight_kg,
            measured.haemoglobin_g_dl,
            measured.systolic,
            measured.diastolic,
            tuple(measured.out_of_range),
            measured.pulse,
            measured.temperature_c,
        )
        if measured
        else None,
        donation=DonationView(donation.kind, donation.volume_ml, donation.bag_number, donation.bag_isbt)
        if donation
        else None,
        reactions=tuple(ReactionView(r.kind, r.occurred_at) for r in reactions.for_visit(session, visit.id)),
        earlier_severe_reaction=reactions.last_severe_before(session, donor.id, visit.day),
        decided_at=visit.donated_at or visit.deferred_at,
    )


def _latest_visit(session: Session, donor: Donor | None, campaign_id: int, day: date) -> int | None:
    if donor is None:
        return None
    return session.scalar(
        select(Visit.id)
        .where(Visit.donor_id == donor.id, Visit.campaign_id == campaign_id, Visit.day == day)
        .order_by(Visit.id.desc())
        .limit(1)
    )


def find_visit(session: Session, campaign_id: int, day: date, text: str) -> int | None:
    """Today's visit behind what staff typed or scanned: a ticket's QR (`QV:…`), a
    ticket number, a donor number (`QTR-000123`) or a CIN. None when nothing matches."""
    value = ascii_digits(clean(text))
    if not value:
        return None
    if value.startswith(VISIT_QR_PREFIX):
        visit = q.find_by_ticket_token(session, value[len(VISIT_QR_PREFIX) :])
        return visit.id if visit is not None and visit.campaign_id == campaign_id and visit.day == day else None
    if value.isdigit() and len(value) <= 4:
        visit = q.find_by_ticket(session, campaign_id, day, int(value))
        return visit.id if visit is not None else None
    if normal_number(value) is not None:
        return _latest_visit(session, registration.find_by_number(session, value), campaign_id, day)
    try:
        number = cin(value)
    except Invalid:
        return None
    return _latest_visit(session, registration.find_by_cin(session, number), campaign_id, day)

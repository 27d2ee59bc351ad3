"""Registration at the kiosk: the donor, their consent, the pre-screen and the
ticket, written in the caller's one transaction so a power cut never leaves a
ticket without a donor or a donor without the ticket they were shown."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from kiosk.domain import visits as states
from kiosk.domain.campaigns import CampaignDays, is_open
from kiosk.domain.donors import new_token, normal_number
from kiosk.domain.queue import QUEUED_OUTCOMES
from kiosk.domain.validation import DonorDetails
from kiosk.domain.visits import VisitRefused
from kiosk.storage import changes, site
from kiosk.storage.models import Campaign, Deferral, Donation, Donor, DonorRegister, QuestionnaireResponse, Visit
from kiosk.storage.rows import add_row, insert_row, table_of

if TYPE_CHECKING:
    from kiosk.domain.eligibility import Donation as PastDonation


DONOR, DEFERRAL = table_of(Donor), table_of(Deferral)

# Built once: every check-in runs them (see kiosk.storage.rows).
_CIN_TAKEN = select(DONOR.c.id).where(DONOR.c.cin == bindparam("cin"))
_DEFERRALS = select(DEFERRAL.c.until, DEFERRAL.c.permanent).where(DEFERRAL.c.donor_id == bindparam("donor_id"))

# Ids of the donors `create_donor` wrote in a session that have no visit yet: their
# check-in skips the lookups of an open visit and of a deferral, which cannot exist.
_NEW_DONORS = "kiosk.registration.new_donors"


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
    value = normal_number(number)
    return session.scalar(select(Donor).where(Donor.number == value)) if value else None


def donation_history(session: Session, donor_id: int) -> tuple[PastDonation, ...]:
    """The donor's past donations as the eligibility rules read them (interval since the last one)."""
    from kiosk.domain.eligibility import Donation as PastDonation  # the rule engine loads on first use

    rows = session.execute(select(Donation.day, Donation.kind).where(Donation.donor_id == donor_id)).all()
    known = [PastDonation(day, kind) for day, kind in rows]
    register = session.get(DonorRegister, donor_id)
    if register is not None:
        known += register_history(register, [d.date for d in known])
    return tuple(known)


def register_history(register: DonorRegister, days: list[date]) -> list[PastDonation]:
    """The donations the centre's register knows of and the kiosk does not: its
    last donation, and as many more as its 12-month count exceeds the kiosk's own
    in that window, dated on that last day (their real days are not in the
    register; the same day errs on the side of the donor's rest)."""
    from kiosk.domain.eligibility import Donation as PastDonation

    if register.last_day is None:
        return []
    kind = register.last_kind or "whole_blood"
    window = [d for d in days if 0 <= (register.as_of - d).days < 365]
    extra = [] if register.last_day in days else [PastDonation(register.last_day, kind)]
    missing = register.count_12m - len(window) - len(extra)
    return extra + [PastDonation(register.last_day, kind)] * max(0, missing)


def create_donor(session: Session, details: DonorDetails, consent_version: str, now: datetime) -> Donor:
    """A new donor, written at once; `VisitRefused("cin.taken")` when the CIN is already registered."""
    if details.cin and session.connection().execute(_CIN_TAKEN, {"cin": details.cin}).first() is not None:
        raise VisitRefused("cin.taken")
    donor = insert_row(
        session,
        Donor,
        {
            "number": site.next_donor_number(session),
            "card_token": new_token(),
            "consent_at": now,
            "consent_version": consent_version,
            "created_at": now,
            "updated_at": now,
            **vars(details),  # its fields as they are (`asdict` would deep-copy each)
        },
    )
    session.info.setdefault(_NEW_DONORS, set()).add(donor.id)
    return donor


def is_new(session: Session, donor: Donor) -> bool:
    """Whether `create_donor` made this donor in this session and it has no visit yet."""
    return donor.id in session.info.get(_NEW_DONORS, ())


def record_consent(donor: Donor, version: str, now: datetime) -> None:
    """A returning donor accepts the current notice again."""
    donor.consent_at, donor.consent_version = now, version


def next_ticket(session: Session, campaign_id: int, day: date) -> int:
    """The next ticket number of a campaign day, taken atomically: concurrent
    kiosks each get their own number (`kiosk.storage.changes.increment`). A new
    ticket raises the queue version too."""
    return changes.increment(session, campaign_id, day, "last_ticket")


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
    return _strongest(session.scalars(select(Deferral).where(Deferral.donor_id == donor_id)).all(), day)


def holding_deferral(session: Session, donor_id: int, day: date) -> tuple[date | None, bool] | None:
    """`active_deferral`'s (until, permanent) alone, with a statement built once (every check-in asks)."""
    held = _strongest(session.connection().execute(_DEFERRALS, {"donor_id": donor_id}).all(), day)
    return None if held is None else (held.until, held.permanent)


class _Hold(Protocol):
    @property
    def until(self) -> date | None: ...
    @property
    def permanent(self) -> bool: ...


_H = TypeVar("_H", bound=_Hold)


def _strongest(rows: Sequence[_H], day: date) -> _H | None:
    """The deferral that holds longest on `day`, if any: permanent, then with no date yet, then the latest."""
    holding = [d for d in rows if d.permanent or d.until is None or d.until > day]
    if not holding:
        return None
    return max(holding, key=lambda d: (d.permanent, d.until is None, d.until or date.min))


def check_in(
    session: Session,
    campaign: Campaign | CampaignDays,
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
    `campaign`: the loaded campaign, or its days alone (`campaigns.campaign_days`).
    """
    if not is_open(campaign.first_day, campaign.last_day, campaign.demo, day):
        raise VisitRefused("campaign.closed")
    session.flush()  # ORM changes made before (a renewed consent) go first, before the counter's lock
    new_donor = is_new(session, donor)
    existing = None if new_donor else open_visit_today(session, donor.id, campaign.id, day)
    if existing is not None:
        raise VisitRefused("already_queued", ticket=existing.ticket)
    queued = outcome in QUEUED_OUTCOMES
    visit = insert_row(
        session,
        Visit,
        {
            "campaign_id": campaign.id,
            "donor_id": donor.id,
            "day": day,
            "waiting_at": now,
            "needs_staff": needs_staff,
            "ticket": next_ticket(session, campaign.id, day) if queued else None,
            "ticket_token": new_token() if queued else None,
            "status": states.WAITING if queued else states.DEFERRED,
            "deferred_at": None if queued else now,
        },
    )
    response = insert_row(
        session,
        QuestionnaireResponse,
        {
            "visit_id": visit.id,
            "pack": pack,
            "answers": answers,
            "outcome": outcome,
            "until": until,
            "reasons": list(reasons),
            "created_at": now,
        },
    )
    # The objects hold each other as a flush would have left them (readable after the commit too).
    if isinstance(campaign, Campaign):
        set_committed_value(visit, "campaign", campaign)
    set_committed_value(visit, "donor", donor)
    set_committed_value(visit, "response", response)
    set_committed_value(response, "visit", visit)
    if new_donor:
        set_committed_value(donor, "visits", [visit])
        session.info[_NEW_DONORS].discard(donor.id)
    else:
        session.expire(donor, ["visits"])  # read again when asked for
    if not queued:
        add_row(
            session,
            Deferral,
            {
                "donor_id": donor.id,
                "visit_id": visit.id,
                "reason": states.prescreen_reason(reasons, outcome),
                "until": until,
                "permanent": outcome == "permanent",
                "created_at": now,
            },
        )
    return visit

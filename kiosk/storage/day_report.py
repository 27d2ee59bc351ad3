"""Facts for the organiser's figures, gathered in a few set-based reads.

One row per visit of the period (with its donor's sex, birth date and blood
group, the kiosk's pre-screen outcome, the donation and the deferral), the first
check-in and first call of each visit from the audit trail (a skipped donor's
place in the queue moves, the audit keeps when they really arrived), and the
period's reactions. `kiosk.domain.day_report.build` makes the figures; nothing
personal leaves this module.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from kiosk.domain import visits as states
from kiosk.domain.clock import CASABLANCA
from kiosk.domain.day_report import DayReport, ReactionFacts, VisitFacts, build, percentile
from kiosk.storage import audit, print_jobs
from kiosk.storage.models import (
    AdverseReaction,
    AuditEvent,
    Campaign,
    Deferral,
    Donation,
    Donor,
    QuestionnaireResponse,
    Visit,
)

LIVE_WAIT_WINDOW = timedelta(hours=1)
AUDIT_MARGIN = timedelta(days=1)


def _first_times(session: Session, first_day: date, last_day: date) -> dict[tuple[int, str], datetime]:
    """(visit id, check-in or call) -> its first time, for every visit that checked in or
    was called during the period. A day's visits check in and are called on that day at
    the venue, so one range read on the indexed event time (a day's margin either side)
    serves, without joining the trail to the visits (SQLite would then rescan the range
    once per visit)."""
    since = datetime.combine(first_day, time.min, CASABLANCA) - AUDIT_MARGIN
    until = datetime.combine(last_day, time.max, CASABLANCA) + AUDIT_MARGIN
    rows = session.execute(
        select(AuditEvent.visit_id, AuditEvent.action, func.min(AuditEvent.at))
        .where(
            AuditEvent.at.between(since.astimezone(UTC), until.astimezone(UTC)),
            AuditEvent.action.in_((audit.CHECK_IN, audit.CALL)),
        )
        .group_by(AuditEvent.visit_id, AuditEvent.action)
    )
    return {(visit_id, action): at for visit_id, action, at in rows if visit_id is not None}


def visit_facts(session: Session, campaign_id: int, first_day: date, last_day: date) -> list[VisitFacts]:
    # Gave before this visit's day (here, or in history an import brought): a returning donor.
    earlier = aliased(Donation)
    gave_before = (
        select(earlier.id).where(earlier.donor_id == Visit.donor_id, earlier.day < Visit.day).correlate(Visit).exists()
    )
    rows = session.execute(
        select(
            Visit.id,
            Visit.day,
            Visit.status,
            Visit.booth,
            Visit.waiting_at,
            Visit.donated_at,
            Donor.sex,
            Donor.birth_date,
            Donor.blood_group,
            QuestionnaireResponse.outcome,
            QuestionnaireResponse.original_outcome,
            Donation.kind,
            Deferral.reason,
            gave_before,
        )
        .join(Donor, Donor.id == Visit.donor_id)
        .outerjoin(QuestionnaireResponse, QuestionnaireResponse.visit_id == Visit.id)
        .outerjoin(Donation, Donation.visit_id == Visit.id)
        # by donor first: deferrals are indexed by donor, and a donor has few
        .outerjoin(Deferral, (Deferral.donor_id == Visit.donor_id) & (Deferral.visit_id == Visit.id))
        .where(Visit.campaign_id == campaign_id, Visit.day.between(first_day, last_day))
        .order_by(Visit.id, Deferral.id)
    )
    times = _first_times(session, first_day, last_day)
    facts: dict[int, VisitFacts] = {}
    for (
        visit_id,
        day,
        status,
        booth,
        waiting_at,
        donated_at,
        sex,
        birth_date,
        blood_group,
        outcome,
        original,
        kind,
        reason,
        returning,
    ) in rows:
        if visit_id in facts:  # a second deferral on one visit: the first one counts
            continue
        facts[visit_id] = VisitFacts(
            day=day,
            sex=sex,
            birth_date=birth_date,
            blood_group=blood_group,
            blood_group_confirmed=False,
            first_time=not returning,
            arrived_at=times.get((visit_id, audit.CHECK_IN), waiting_at),
            first_called_at=times.get((visit_id, audit.CALL)),
            status=status,
            booth=booth,
            prescreen=original or outcome,
            donation_kind=kind,
            donated_at=donated_at if status == states.DONATED else None,
            deferral_reason=reason,
        )
    return list(facts.values())


def reaction_facts(session: Session, campaign_id: int, first_day: date, last_day: date) -> list[ReactionFacts]:
    rows = session.execute(
        select(AdverseReaction.kind, Donor.sex, AdverseReaction.occurred_at)
        .join(Visit, Visit.id == AdverseReaction.visit_id)
        .join(Donor, Donor.id == AdverseReaction.donor_id)
        .where(Visit.campaign_id == campaign_id, Visit.day.between(first_day, last_day))
    )
    return [ReactionFacts(kind, sex, at) for kind, sex, at in rows]


def report(session: Session, campaign: Campaign, first_day: date, last_day: date | None = None) -> DayReport:
    """The figures of one day (or of `first_day`..`last_day`) of `campaign`."""
    last_day = last_day or first_day
    return build(
        visit_facts(session, campaign.id, first_day, last_day),
        reaction_facts(session, campaign.id, first_day, last_day),
        first_day=first_day,
        last_day=last_day,
        daily_target=campaign.daily_target,
    )


def campaign_days(session: Session, campaign: Campaign) -> tuple[date, date]:
    """The days a campaign report covers: its own days, widened to any day it had visits
    (a demonstration campaign is open every day)."""
    low, high = session.execute(
        select(func.min(Visit.day), func.max(Visit.day)).where(Visit.campaign_id == campaign.id)
    ).one()
    return min(campaign.first_day, low or campaign.first_day), max(campaign.last_day, high or campaign.last_day)


@dataclass(frozen=True)
class LiveFigures:
    """What the organiser station shows: the day so far, and what is happening now."""

    report: DayReport
    waiting_now: int
    at_booths: tuple[tuple[int, int | None, str], ...]  # (booth, ticket, status) of each open booth
    wait_median_last_hour: float | None
    wait_p90_last_hour: float | None
    documents_waiting: int


def live(session: Session, campaign_id: int, day: date, now: datetime) -> LiveFigures:
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise LookupError(f"no campaign {campaign_id}")
    facts = visit_facts(session, campaign.id, day, day)
    since = now - LIVE_WAIT_WINDOW
    recent = [
        (v.first_called_at - v.arrived_at).total_seconds() / 60
        for v in facts
        if v.first_called_at is not None and v.first_called_at >= since
    ]
    booths = session.execute(
        select(Visit.booth, Visit.ticket, Visit.status)
        .where(
            Visit.campaign_id == campaign.id,
            Visit.day == day,
            Visit.status.in_((states.CALLED, states.INTERVIEW)),
            Visit.booth.is_not(None),
        )
        .order_by(Visit.booth)
    ).all()
    return LiveFigures(
        report=build(
            facts,
            reaction_facts(session, campaign.id, day, day),
            first_day=day,
            last_day=day,
            daily_target=campaign.daily_target,
        ),
        waiting_now=sum(v.status == states.WAITING for v in facts),
        at_booths=tuple((booth, ticket, status) for booth, ticket, status in booths if booth is not None),
        wait_median_last_hour=statistics.median(recent) if recent else None,
        wait_p90_last_hour=percentile(recent, 0.9),
        documents_waiting=print_jobs.count_waiting(session),
    )

"""The queue on the database: every step of a visit, the nurse's decisions, and
the snapshots the display board and the nurse station show.

Each function works inside the caller's transaction (`with db.write() as s:`
for changes, `db.read()` for snapshots): one user action, one transaction.
A change loads its visit with a row lock (PostgreSQL `FOR UPDATE`; SQLite
write transactions already hold the database lock), applies the pure step
from `kiosk.domain.queue` (its changed fields written with one UPDATE:
kiosk.storage.rows), bumps the day's queue version and writes an audit
event, so the change, its version and its trace commit together or not at all.

Refusals are `VisitRefused(code)`; the transaction is rolled back by the
caller's `with` block and nothing is half-written. Who acts is an
`Actor` (`kiosk.domain.staff`), with the permission each step needs.

`call_next` is safe with several booths at once: on SQLite the write lock
makes calls one after the other; on PostgreSQL `FOR UPDATE SKIP LOCKED`
hands two simultaneous calls two different donors.
"""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, Integer, and_, bindparam, delete, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kiosk.domain import queue as rules
from kiosk.domain import staff as perms
from kiosk.domain import visits as states
from kiosk.domain.campaigns import CampaignDays
from kiosk.domain.clock import local_day
from kiosk.domain.donors import full_name, new_token
from kiosk.domain.isbt import bag_number as read_bag_number
from kiosk.domain.queue import Answers, BoardSnapshot, CalledTicket, QueueList, QueueRow, VisitState
from kiosk.domain.staff import Actor
from kiosk.domain.visits import VisitRefused, Vitals
from kiosk.storage import audit, registration, staff_calls
from kiosk.storage.changes import bump, queue_version
from kiosk.storage.models import (
    Campaign,
    Deferral,
    Donation,
    Donor,
    QuestionnaireResponse,
    Visit,
    VitalSigns,
)
from kiosk.storage.rows import update_row

if TYPE_CHECKING:
    from kiosk.domain.eligibility import Pack

ACTIVE_BOOTH_WINDOW = timedelta(minutes=30)  # a booth that called within this counts as open
CALLED_SHOWN, NEXT_SHOWN = 6, 8


# -- helpers ------------------------------------------------------------------------------
def _state(visit: Visit) -> VisitState:
    return VisitState(**{name: getattr(visit, name) for name in rules.FIELDS})


def _apply(session: Session, visit: Visit, state: VisitState) -> None:
    """Write the step's changed fields with one UPDATE, the loaded visit kept in step."""
    changed = {name: getattr(state, name) for name in rules.FIELDS if getattr(visit, name) != getattr(state, name)}
    update_row(session, visit, changed)


def _load(session: Session, visit_id: int) -> Visit:
    """The visit, locked for this transaction (a no-op on SQLite, which locks the file)."""
    visit = session.get(Visit, visit_id, with_for_update=True, populate_existing=True)
    if visit is None:
        raise VisitRefused("visit.unknown", visit_id=visit_id)
    return visit


def _changed(session: Session, visit: Visit, actor: Actor, action: str, now: datetime, **detail: object) -> None:
    """What every queue change ends with: its version bump and its audit event."""
    session.flush()
    bump(session, visit.campaign_id, visit.day)
    audit.record(
        session,
        actor.station,
        actor.staff_id,
        action,
        visit.donor_id,
        visit.id,
        {"ticket": visit.ticket, **detail},
        at=now,
    )


def _waiting(campaign_id: int, day: date) -> tuple[ColumnElement[bool], ...]:
    return (Visit.campaign_id == campaign_id, Visit.day == day, Visit.status == states.WAITING)


_CALL_ORDER = (Visit.waiting_at, Visit.ticket)

# Built once (see kiosk.storage.rows): the first waiting visit in call order, locked.
_NEXT = (
    select(Visit)
    .where(Visit.campaign_id == bindparam("campaign"), Visit.day == bindparam("day"), Visit.status == states.WAITING)
    .order_by(*_CALL_ORDER)
    .limit(1)
    .with_for_update(skip_locked=True)
    .execution_options(populate_existing=True)
)


def _waiting_times(session: Session, campaign_id: int, day: date, limit: int) -> list[datetime]:
    return list(
        session.scalars(select(Visit.waiting_at).where(*_waiting(campaign_id, day)).order_by(*_CALL_ORDER).limit(limit))
    )


# -- the kiosk ----------------------------------------------------------------------------
def join_queue(
    session: Session,
    campaign: Campaign | CampaignDays,
    donor: Donor,
    day: date,
    *,
    actor: Actor,
    now: datetime,
    outcome: str,
    until: date | None,
    reasons: list[str],
    pack: str,
    answers: dict[str, bool | str | float],
    needs_staff: bool = False,
) -> Visit:
    """The kiosk's check-in: `registration.check_in`, refused with `donor.deferred`
    (until, permanent) while a deferral on the donor's record still holds, and audited."""
    held = None if registration.is_new(session, donor) else registration.holding_deferral(session, donor.id, day)
    if held is not None:
        states.refuse_if_deferred(day, *held)
    visit = registration.check_in(
        session,
        campaign,
        donor,
        day,
        now,
        outcome=outcome,
        until=until,
        reasons=reasons,
        pack=pack,
        answers=answers,
        needs_staff=needs_staff,
    )
    audit.record(
        session,
        actor.station,
        actor.staff_id,
        audit.CHECK_IN,
        donor.id,
        visit.id,
        {"ticket": visit.ticket, "outcome": outcome},
        at=now,
    )
    return visit


# -- the booth ----------------------------------------------------------------------------
def call_next(session: Session, campaign_id: int, day: date, booth: int, *, actor: Actor, now: datetime) -> Visit:
    """Call the first donor in call order to `booth`; `queue.empty` when nobody waits.

    Two booths calling at the same moment get two different donors (see the module notes).
    """
    actor.require(perms.QUEUE)
    rules.call(VisitState(status=states.WAITING), booth, now)  # check the booth before touching rows
    visit = session.scalars(_NEXT, {"campaign": campaign_id, "day": day}).first()
    if visit is None:
        raise VisitRefused("queue.empty")
    _apply(session, visit, rules.call(_state(visit), booth, now))
    _changed(session, visit, actor, audit.CALL, now, booth=booth, call=visit.call_count)
    return visit


def recall(session: Session, visit_id: int, *, actor: Actor, now: datetime) -> Visit:
    """Show a called ticket again; refused after the third call (`visit.call_limit`)."""
    actor.require(perms.QUEUE)
    visit = _load(session, visit_id)
    _apply(session, visit, rules.recall(_state(visit), now))
    _changed(session, visit, actor, audit.RECALL, now, booth=visit.booth, call=visit.call_count)
    return visit


def skip(session: Session, visit_id: int, *, actor: Actor, now: datetime) -> Visit:
    """A called donor did not come: back behind the next three waiting, or left after the third call."""
    actor.require(perms.QUEUE)
    visit = _load(session, visit_id)
    behind = rules.requeue_time(_waiting_times(session, visit.campaign_id, visit.day, rules.SKIP_PLACES), now)
    _apply(session, visit, rules.skip(_state(visit), now, behind))
    _changed(session, visit, actor, audit.SKIP, now, call=visit.call_count, status=visit.status)
    return visit


def start_interview(session: Session, visit_id: int, *, actor: Actor, now: datetime) -> Visit:
    actor.require(perms.QUEUE)
    visit = _load(session, visit_id)
    _apply(session, visit, rules.start_interview(_state(visit), now))
    _changed(session, visit, actor, audit.START, now, booth=visit.booth)
    return visit


def transfer(session: Session, visit_id: int, booth: int, *, actor: Actor, now: datetime) -> Visit:
    """Send the donor to another booth; the board calls them there."""
    actor.require(perms.QUEUE)
    visit = _load(session, visit_id)
    before = visit.booth
    _apply(session, visit, rules.transfer(_state(visit), booth, now))
    _changed(session, visit, actor, audit.TRANSFER, now, **{"from": before, "to": booth})
    return visit


def leave(session: Session, visit_id: int, *, actor: Actor, now: datetime) -> Visit:
    """The donor went away before a decision."""
    actor.require(perms.QUEUE)
    visit = _load(session, visit_id)
    before = visit.status
    _apply(session, visit, rules.leave(_state(visit), now))
    _changed(session, visit, actor, audit.LEAVE, now, status=before)
    return visit


def bring_back(session: Session, visit_id: int, *, actor: Actor, now: datetime) -> Visit:
    """A donor who left is back: next in line, with a fresh count of calls."""
    actor.require(perms.QUEUE)
    visit = _load(session, visit_id)
    front = rules.front_time(_waiting_times(session, visit.campaign_id, visit.day, 1), now)
    _apply(session, visit, rules.bring_back(_state(visit), now, front))
    _changed(session, visit, actor, audit.BRING_BACK, now)
    return visit


def ask_for_staff(session: Session, campaign_id: int, day: date, *, actor: Actor, now: datetime, visit_id: int) -> None:
    """A donor with a ticket pressed "call a staff member" at a kiosk: the visit
    is flagged (and the day's queue version moves) until a nurse attends. The
    call itself, with or without a ticket, is kiosk.storage.staff_calls."""
    visit = _load(session, visit_id)
    if not visit.needs_staff:
        visit.needs_staff = True
        _changed(session, visit, actor, audit.ASK_STAFF, now)


def attend(session: Session, visit_id: int, *, actor: Actor, now: datetime) -> Visit:
    """Staff answered a donor's "call a staff member": the flag goes off the screens."""
    actor.require(perms.QUEUE)
    visit = _load(session, visit_id)
    if not visit.needs_staff:
        raise VisitRefused("visit.not_asking")
    visit.needs_staff = False
    _changed(session, visit, actor, audit.ATTEND, now)
    return visit


# -- measurements and decisions -----------------------------------------------------------
def record_vitals(
    session: Session, visit_id: int, vitals: Vitals, pack: Pack, *, actor: Actor, now: datetime
) -> VitalSigns:
    """Store one set of measurements; `out_of_range` lists the vital ids outside
    the rule pack's thresholds (`pack`: a `kiosk.domain.eligibility.Pack`).
    Values no body can have are refused (`vitals.implausible`)."""
    from kiosk.domain.eligibility import check_vitals

    actor.require(perms.VITALS)
    visit = _load(session, visit_id)
    rules.require_interview(_state(visit))
    states.check_plausible(vitals)
    failed = list(check_vitals(pack, visit.donor.sex, vitals.measured()))
    row = VitalSigns(
        visit_id=visit.id,
        weight_kg=vitals.weight_kg,
        haemoglobin_g_dl=vitals.haemoglobin_g_dl,
        systolic=vitals.systolic,
        diastolic=vitals.diastolic,
        pulse=vitals.pulse,
        temperature_c=vitals.temperature_c,
        out_of_range=failed,
        pack=pack.ref,
        staff_id=actor.staff_id,
        measured_at=now,
    )
    session.add(row)
    audit.record(
        session,
        actor.station,
        actor.staff_id,
        audit.VITALS,
        visit.donor_id,
        visit.id,
        {"out_of_range": failed, "pack": pack.ref},
        at=now,
    )
    session.flush()
    return row


def latest_vitals(session: Session, visit_id: int) -> VitalSigns | None:
    return session.scalar(
        select(VitalSigns).where(VitalSigns.visit_id == visit_id).order_by(VitalSigns.id.desc()).limit(1)
    )


def record_donation(
    session: Session,
    visit_id: int,
    *,
    volume_ml: int,
    bag_number: str,
    kind: str = "whole_blood",
    actor: Actor,
    now: datetime,
    local_bags: bool = True,
) -> Donation:
    """The donor gave: volume, bag number (an ISBT 128 DIN checked with Mod 37-2, or a
    local number when `local_bags`), after vitals all within the pack's thresholds.

    Refused: `visit.already_recorded`, `visit.not_in_interview`, `vitals.missing`,
    `vitals.incomplete`, `vitals.out_of_range`, `donation.kind`, `donation.volume`,
    `bag.*` (see kiosk.domain.isbt), `bag.used` when another donation has that bag.
    """
    actor.require(perms.DECIDE)
    visit = _load(session, visit_id)
    state = _state(visit)
    rules.require_interview(state)
    states.donation_volume(kind, volume_ml)
    bag = read_bag_number(bag_number, local_allowed=local_bags)
    measured = latest_vitals(session, visit.id)
    if measured is None:
        raise VisitRefused("vitals.missing")
    missing = Vitals(
        measured.weight_kg,
        measured.haemoglobin_g_dl,
        measured.systolic,
        measured.diastolic,
        measured.pulse,
        measured.temperature_c,
    ).missing()
    if missing:
        raise VisitRefused("vitals.incomplete", missing=list(missing))
    if measured.out_of_range:
        raise VisitRefused("vitals.out_of_range", vitals=list(measured.out_of_range))
    if session.scalar(select(Donation.id).where(Donation.bag_number == bag.value)) is not None:
        raise VisitRefused("bag.used", bag=bag.value)
    donation = Donation(
        donor_id=visit.donor_id,
        visit_id=visit.id,
        campaign_id=visit.campaign_id,
        day=visit.day,
        kind=kind,
        volume_ml=volume_ml,
        bag_number=bag.value,
        bag_isbt=bag.isbt,
        staff_id=actor.staff_id,
        created_at=now,
    )
    try:
        with session.begin_nested():  # another station stored the same bag a moment ago
            session.add(donation)
    except IntegrityError:
        raise VisitRefused("bag.used", bag=bag.value) from None
    _apply(session, visit, rules.donate(state, now))
    _changed(session, visit, actor, audit.DONATION, now, bag_number=bag.value, volume_ml=volume_ml, kind=kind)
    return donation


def record_deferral(
    session: Session,
    visit_id: int,
    *,
    reason: str,
    until: date | None,
    permanent: bool = False,
    actor: Actor,
    now: datetime,
) -> Deferral:
    """The donor may not give today: a deferral on their record (until a date, or
    permanent) that refuses their next visits before it ends (`donor.deferred`)."""
    actor.require(perms.DECIDE)
    visit = _load(session, visit_id)
    state = _state(visit)
    rules.require_interview(state)
    reason = reason.strip()
    if not reason or len(reason) > states.REASON_MAX:
        raise VisitRefused("deferral.reason")
    until = states.deferral_until(visit.day, until, permanent)
    deferral = Deferral(
        donor_id=visit.donor_id,
        visit_id=visit.id,
        reason=reason,
        until=until,
        permanent=permanent,
        staff_id=actor.staff_id,
        created_at=now,
    )
    session.add(deferral)
    _apply(session, visit, rules.defer(state, now))
    _changed(
        session,
        visit,
        actor,
        audit.DEFERRAL,
        now,
        reason=reason,
        until=until.isoformat() if until else None,
        permanent=permanent,
    )
    return deferral


def undo_decision(session: Session, visit_id: int, *, actor: Actor, now: datetime) -> Visit:
    """Undo the donation or deferral recorded at this visit a moment ago (within
    `kiosk.domain.queue.UNDO_WINDOW`): its row goes, the donor is back in the interview,
    and the audit trail keeps both the decision and its undoing.

    Refused: `decision.none` (nothing recorded), `decision.undo_expired` (too late).
    """
    actor.require(perms.DECIDE)
    visit = _load(session, visit_id)
    state = _state(visit)
    undone = rules.undo_decision(state, now)
    detail: dict[str, object]
    if state.status == states.DONATED:
        donation = session.scalar(select(Donation).where(Donation.visit_id == visit.id))
        if donation is None:
            raise VisitRefused("decision.none", status=state.status)
        detail = {"undone": "donation", "bag_number": donation.bag_number, "volume_ml": donation.volume_ml}
        session.delete(donation)
    else:
        deferral = session.scalar(
            select(Deferral).where(Deferral.visit_id == visit.id).order_by(Deferral.id.desc()).limit(1)
        )
        if deferral is None:
            raise VisitRefused("decision.none", status=state.status)
        detail = {"undone": "deferral", "reason": deferral.reason}
        session.delete(deferral)
    _apply(session, visit, undone)
    _changed(session, visit, actor, audit.UNDO, now, **detail)
    return visit


def override_prescreen(
    session: Session,
    visit_id: int,
    new_outcome: str,
    reason: str,
    *,
    actor: Actor,
    now: datetime,
) -> QuestionnaireResponse:
    """Staff change the kiosk's pre-screen outcome (to `eligible` or `refer`), with a reason.

    The kiosk's own outcome stays in `original_outcome`; who and why go to the
    audit log. A visit the kiosk had deferred today joins the queue with a new
    ticket, and the deferral the kiosk wrote for it is lifted (`visit.other_day`
    for an earlier day's visit: the donor registers again).
    """
    actor.require(perms.OVERRIDE)
    visit = _load(session, visit_id)
    response = visit.response
    if response is None:
        raise VisitRefused("visit.no_prescreen")
    joins = rules.check_override(_state(visit), visit.ticket is not None, response.outcome, new_outcome, reason)
    lifted = []
    if joins:
        if local_day(now) != visit.day:
            raise VisitRefused("visit.other_day")
        other = registration.open_visit_today(session, visit.donor_id, visit.campaign_id, visit.day)
        if other is not None:
            raise VisitRefused("already_queued", ticket=other.ticket)
        kiosk_deferrals = select(Deferral).where(Deferral.visit_id == visit.id, Deferral.staff_id.is_(None))
        lifted = [
            {"reason": d.reason, "until": d.until.isoformat() if d.until else None, "permanent": d.permanent}
            for d in session.scalars(kiosk_deferrals)
        ]
        session.execute(delete(Deferral).where(Deferral.visit_id == visit.id, Deferral.staff_id.is_(None)))
        visit.ticket = registration.next_ticket(session, visit.campaign_id, visit.day)
        visit.ticket_token = new_token()
        visit.status, visit.deferred_at, visit.waiting_at = states.WAITING, None, now
    before = response.outcome
    response.original_outcome = response.original_outcome or before
    response.outcome = new_outcome
    _changed(
        session,
        visit,
        actor,
        audit.OVERRIDE,
        now,
        **{"from": before, "to": new_outcome},
        reason=reason.strip(),
        lifted=lifted,
    )
    return response


def view_answers(session: Session, visit_id: int, *, actor: Actor, now: datetime) -> Answers:
    """A donor's pre-screen answers for the nurse or doctor, and the audit event
    that says who read them (call it in a write transaction)."""
    actor.require(perms.VIEW_ANSWERS)
    visit = session.get(Visit, visit_id)
    if visit is None:
        raise VisitRefused("visit.unknown", visit_id=visit_id)
    response = visit.response
    if response is None:
        raise VisitRefused("visit.no_prescreen")
    audit.record(
        session,
        actor.station,
        actor.staff_id,
        audit.VIEW_ANSWERS,
        visit.donor_id,
        visit.id,
        {"pack": response.pack},
        at=now,
    )
    return Answers(
        visit_id=visit.id,
        pack=response.pack,
        outcome=response.outcome,
        original_outcome=response.original_outcome,
        until=response.until,
        reasons=tuple(response.reasons),
        answers=dict(response.answers),
    )


# -- lookups -----------------------------------------------------------------------------
def find_by_ticket_token(session: Session, token: str) -> Visit | None:
    """The visit of a scanned ticket QR."""
    return session.scalar(select(Visit).where(Visit.ticket_token == token))


def find_by_ticket(session: Session, campaign_id: int, day: date, ticket: int) -> Visit | None:
    return session.scalar(
        select(Visit).where(Visit.campaign_id == campaign_id, Visit.day == day, Visit.ticket == ticket)
    )


def at_booth(session: Session, campaign_id: int, day: date, booth: int) -> list[Visit]:
    """The donors called to or sitting at `booth` (a transfer can send one there), first called first."""
    return list(
        session.scalars(
            select(Visit)
            .where(
                Visit.campaign_id == campaign_id,
                Visit.day == day,
                Visit.booth == booth,
                Visit.status.in_((states.CALLED, states.INTERVIEW)),
            )
            .order_by(Visit.called_at, Visit.id)
        )
    )


# Built once: the kiosk tells each donor their wait in the check-in's transaction
# (`wait_of`), and the board asks every few seconds; a statement built for each
# call cost more than the queries themselves (tests/bench/bench_queue.py).
_DAY = (Visit.campaign_id == bindparam("campaign"), Visit.day == bindparam("day"))
_AHEAD = (
    select(func.count())
    .select_from(Visit)
    .where(
        *_DAY,
        Visit.status == states.WAITING,
        or_(
            Visit.waiting_at < bindparam("waiting_at"),
            and_(Visit.waiting_at == bindparam("waiting_at"), Visit.ticket < bindparam("ticket")),
        ),
    )
)
_SERVICE = (
    select(Visit.called_at, Visit.donated_at, Visit.deferred_at)
    .where(*_DAY, Visit.status.in_((states.DONATED, states.DEFERRED)), Visit.called_at.is_not(None))
    .order_by(func.coalesce(Visit.donated_at, Visit.deferred_at).desc())
    .limit(bindparam("limit", type_=Integer))
)
_BOOTHS = select(func.count(func.distinct(Visit.booth))).where(
    *_DAY, Visit.booth.is_not(None), Visit.called_at >= bindparam("since")
)


def position(session: Session, visit: Visit) -> int | None:
    """1 for the next donor to be called; None when the visit is not waiting."""
    if visit.status != states.WAITING:
        return None
    ahead = session.scalar(
        _AHEAD,
        {"campaign": visit.campaign_id, "day": visit.day, "waiting_at": visit.waiting_at, "ticket": visit.ticket},
    )
    return (ahead or 0) + 1


# -- snapshots ---------------------------------------------------------------------------
def recent_service_minutes(
    session: Session, campaign_id: int, day: date, limit: int = rules.SERVICE_HISTORY
) -> list[float]:
    """Minutes from the call to the decision, for the day's last `limit` decided visits."""
    rows = session.execute(_SERVICE, {"campaign": campaign_id, "day": day, "limit": limit})
    return [
        (end - called).total_seconds() / 60
        for called, done, deferred in rows
        if called is not None and (end := done or deferred) is not None
    ]


def active_booths(session: Session, campaign_id: int, day: date, now: datetime) -> int:
    """Booths that called a donor in the last half hour (at least one)."""
    count = session.scalar(_BOOTHS, {"campaign": campaign_id, "day": day, "since": now - ACTIVE_BOOTH_WINDOW})
    return max(1, count or 0)


def wait_of(session: Session, visit: Visit, now: datetime) -> rules.Wait | None:
    """The wait a donor with this ticket is told now (kiosk screen, printed
    ticket): None when the visit no longer waits."""
    place = position(session, visit)
    if place is None:
        return None
    return rules.wait_for(
        place - 1,
        active_booths(session, visit.campaign_id, visit.day, now),
        recent_service_minutes(session, visit.campaign_id, visit.day),
    )


def board(session: Session, campaign_id: int, day: date, now: datetime, *, booths: int | None = None) -> BoardSnapshot:
    """What the display board shows (no names): see `BoardSnapshot`. `booths`
    overrides the count of open booths taken from the day's calls."""
    version = queue_version(session, campaign_id, day)
    called = tuple(
        CalledTicket(ticket, booth, called_at)
        for ticket, booth, called_at in session.execute(
            select(Visit.ticket, Visit.booth, Visit.called_at)
            .where(
                Visit.campaign_id == campaign_id, Visit.day == day, Visit.status.in_((states.CALLED, states.INTERVIEW))
            )
            .order_by(Visit.called_at.desc(), Visit.ticket.desc())
            .limit(CALLED_SHOWN)
        )
        if ticket is not None and booth is not None and called_at is not None
    )
    waiting = session.scalar(select(func.count()).select_from(Visit).where(*_waiting(campaign_id, day))) or 0
    next_tickets = tuple(
        ticket
        for ticket in session.scalars(
            select(Visit.ticket).where(*_waiting(campaign_id, day)).order_by(*_CALL_ORDER).limit(NEXT_SHOWN)
        )
        if ticket is not None
    )
    booths = booths or active_booths(session, campaign_id, day, now)
    donations = (
        session.scalar(
            select(func.count()).select_from(Donation).where(Donation.campaign_id == campaign_id, Donation.day == day)
        )
        or 0
    )
    target = session.scalar(select(Campaign.daily_target).where(Campaign.id == campaign_id)) or 0
    return BoardSnapshot(
        version=version,
        day=day,
        called=called,
        next_tickets=next_tickets,
        waiting=waiting,
        wait_minutes=rules.wait_for(
            rules.last_in_line(waiting), booths, recent_service_minutes(session, campaign_id, day)
        ).minutes,
        booths=booths,
        donations=donations,
        target=target,
    )


def _held_reasons(session: Session, donor_ids: set[int], day: date) -> dict[int, str]:
    """The reason of the deferral holding on `day` for those queued donors who have one."""
    if not donor_ids:
        return {}
    rows = session.execute(
        select(Deferral.donor_id, Deferral.reason, Deferral.until, Deferral.permanent).where(
            Deferral.donor_id.in_(donor_ids), or_(Deferral.permanent, Deferral.until.is_(None), Deferral.until > day)
        )
    ).all()
    ranked = sorted(rows, key=lambda r: (r.permanent, r.until is None, r.until or date.min))
    return {r.donor_id: r.reason for r in ranked}  # the strongest last, as registration.active_deferral


def nurse_list(session: Session, campaign_id: int, day: date, now: datetime) -> QueueList:
    """The nurse station's list, names included: see `QueueList` for the order."""
    version = queue_version(session, campaign_id, day)
    rows = session.execute(
        select(
            Visit,
            Donor.first_name_latin,
            Donor.last_name_latin,
            Donor.first_name_ar,
            Donor.last_name_ar,
            QuestionnaireResponse.outcome,
        )
        .join(Donor, Donor.id == Visit.donor_id)
        .outerjoin(QuestionnaireResponse, QuestionnaireResponse.visit_id == Visit.id)
        .where(
            Visit.campaign_id == campaign_id,
            Visit.day == day,
            Visit.ticket.is_not(None),
            Visit.status.in_((*states.OPEN_STATES, states.LEFT)),
        )
    ).all()
    at_booths = sorted(
        (r for r in rows if r[0].status in (states.CALLED, states.INTERVIEW)),
        key=lambda r: (r[0].booth, r[0].called_at),
    )
    waiting = sorted((r for r in rows if r[0].status == states.WAITING), key=lambda r: (r[0].waiting_at, r[0].ticket))
    left = sorted((r for r in rows if r[0].status == states.LEFT), key=lambda r: r[0].left_at or now, reverse=True)
    held = _held_reasons(session, {r[0].donor_id for r in (*at_booths, *waiting)}, day)
    out = []
    for group in (at_booths, waiting, left):
        for index, (visit, first, last, first_ar, last_ar, outcome) in enumerate(group):
            assert visit.ticket is not None  # the query keeps visits with a ticket
            until = {states.WAITING: now, states.LEFT: visit.left_at}.get(visit.status, visit.called_at) or now
            out.append(
                QueueRow(
                    visit_id=visit.id,
                    ticket=visit.ticket,
                    status=visit.status,
                    booth=visit.booth,
                    position=index + 1 if visit.status == states.WAITING else None,
                    waited_minutes=max(0, math.floor((until - visit.waiting_at).total_seconds() / 60)),
                    call_count=visit.call_count,
                    needs_staff=visit.needs_staff,
                    prescreen=outcome,
                    name_latin=full_name(first, last),
                    name_ar=full_name(first_ar, last_ar),
                    held_reason=held.get(visit.donor_id) if visit.status in states.OPEN_STATES else None,
                )
            )
    return QueueList(version=version, rows=tuple(out), kiosks_asking=staff_calls.waiting_calls(session, now))

"""Print jobs: documents on their way to paper, kept until a printer took them.

Order of writing, chosen so that a power cut loses nothing:

1. The job row is written in the caller's transaction, with what it prints
   (the visit that got the ticket, the donor of the card, the visit of the
   donation) — the kiosk writes it with the visit and its ticket number.
   No file is written inside the transaction: the ticket number only exists
   there, and rendering and fsyncing a PDF would hold the database's write
   lock that the other kiosks are waiting on.
2. After the commit, the station's print queue renders the PDF into the data
   directory's `print/` folder (`write_pdf`: a temporary file, fsync, rename,
   fsync of the folder) BEFORE its first attempt at a printer.

After a power cut, every job row was committed with, or after, the rows it
names, so its PDF either exists whole or can be rendered again from them
(`pdf_missing`); a half-written file is only ever the `.part` one. A PDF
never exists without its row, so nothing is printed that the database forgot.
With several machines on one database, the file may be on another machine:
the station that prints renders its own copy under the same name.

Attempts are claimed atomically (`claim`): two stations never print the same
attempt, and running a job that was printed already does nothing.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar, cast

from sqlalchemy import CursorResult, Select, func, select, update
from sqlalchemy.orm import Session

from kiosk import paths
from kiosk.domain.clock import now_utc
from kiosk.domain.documents import CARD, CERTIFICATE, TICKET
from kiosk.domain.documents import DOCUMENT_KINDS as KINDS
from kiosk.domain.staff import Actor
from kiosk.domain.visits import VisitRefused
from kiosk.i18n import LANGUAGES
from kiosk.private_files import private_dir
from kiosk.storage import audit
from kiosk.storage.models import Campaign, Donation, Donor, PrintJob, Staff, Visit

PENDING, PRINTED, FAILED = "pending", "printed", "failed"
WITHDRAWN = "withdrawn"  # what it would print no longer holds (a donation undone): it never prints
WAITING = (PENDING, FAILED)
ERROR_LIMIT = 2000
AUDIT_PRINT = "document.print"  # [kind, job, lang]


def jobs_dir() -> Path:
    """Where this machine keeps every printed document as a PDF (private: 0700, files 0600)."""
    return private_dir(paths.data_dir() / "print")


# -- what a document prints --------------------------------------------------------------
@dataclass(frozen=True)
class DocumentRows:
    """The rows one document is made of (see kiosk.printing.compose)."""

    kind: str
    donor: Donor
    campaign: Campaign | None
    visit: Visit | None = None
    people_ahead: int = 0  # ticket: donors called before this one, now
    wait_minutes: int | None = None  # ticket: its wait now (kiosk.domain.queue.wait_for); None once called
    donation: Donation | None = None
    staff: Staff | None = None  # certificate: who recorded the donation
    first_donation_day: date | None = None  # card
    # Card and certificate: the donations the eligibility rules know of (the next donation day).
    history: tuple[Any, ...] = ()


def _visit(session: Session, visit_id: int | None) -> Visit:
    visit = session.get(Visit, visit_id) if visit_id is not None else None
    if visit is None:
        raise VisitRefused("visit.unknown", visit_id=visit_id)
    return visit


def _donor(session: Session, donor_id: int | None) -> Donor:
    donor = session.get(Donor, donor_id) if donor_id is not None else None
    if donor is None:
        raise VisitRefused("donor.unknown", donor_id=donor_id)
    return donor


def _donation_of(session: Session, visit: Visit) -> Donation:
    donation = session.scalar(select(Donation).where(Donation.visit_id == visit.id))
    if donation is None:
        raise VisitRefused("print.no_donation", visit_id=visit.id)
    return donation


def _card_campaign(session: Session, donor: Donor, visit: Visit | None) -> Campaign | None:
    """The campaign whose organiser signs the card: the visit's, else the donor's latest, else the one in use."""
    if visit is not None:
        return visit.campaign
    latest = session.scalar(select(Visit).where(Visit.donor_id == donor.id).order_by(Visit.id.desc()).limit(1))
    if latest is not None:
        return latest.campaign
    from kiosk.storage.campaigns import active_campaign

    return active_campaign(session)


def _source(session: Session, kind: str, visit_id: int | None, donor_id: int | None) -> tuple[Visit | None, Donor]:
    """The visit and donor a `kind` document is for, refused when it cannot exist."""
    if kind not in KINDS:
        raise VisitRefused("print.kind", kind=kind)
    if kind == CARD and visit_id is None:
        return None, _donor(session, donor_id)
    visit = _visit(session, visit_id)
    if kind == TICKET and (visit.ticket is None or visit.ticket_token is None):
        raise VisitRefused("print.no_ticket", visit_id=visit.id)
    return visit, visit.donor


def document_rows(
    session: Session,
    kind: str,
    *,
    visit_id: int | None = None,
    donor_id: int | None = None,
    now: datetime | None = None,
) -> DocumentRows:
    """What a `kind` document for that visit or donor prints.

    Ticket: the visit's ticket (`print.no_ticket` for a visit refused at the
    kiosk). Card: the donor (`donor_id`, or the visit's). Certificate: the
    visit's donation (`print.no_donation` before one). A ticket's wait is the
    one the kiosk and the board show at `now` (default: the clock). `visit.unknown`,
    `donor.unknown` when the row does not exist, `print.kind` for another kind.
    """
    from kiosk.storage import queue

    visit, donor = _source(session, kind, visit_id, donor_id)
    if kind == TICKET:
        assert visit is not None  # _source gives a ticket its visit
        wait = queue.wait_of(session, visit, now or now_utc())
        return DocumentRows(
            kind,
            donor,
            visit.campaign,
            visit=visit,
            people_ahead=wait.ahead if wait else 0,
            wait_minutes=wait.minutes if wait else None,
        )
    from kiosk.storage.registration import donation_history

    history = donation_history(session, donor.id)
    if kind == CARD:
        first = session.scalar(select(func.min(Donation.day)).where(Donation.donor_id == donor.id))
        campaign = _card_campaign(session, donor, visit)
        return DocumentRows(kind, donor, campaign, visit=visit, first_donation_day=first, history=history)
    assert visit is not None  # _source gives a certificate its visit
    donation = _donation_of(session, visit)
    staff = session.get(Staff, donation.staff_id) if donation.staff_id is not None else None
    campaign = session.get(Campaign, donation.campaign_id) if donation.campaign_id else visit.campaign
    return DocumentRows(kind, donor, campaign, visit=visit, donation=donation, staff=staff, history=history)


# -- jobs ----------------------------------------------------------------------------------
def _file_name(kind: str, now: datetime, visit_id: int | None, donor_id: int | None) -> str:
    ref = f"v{visit_id}" if visit_id is not None else f"d{donor_id}"
    return f"{kind}-{now:%Y%m%d-%H%M%S}-{ref}-{secrets.token_hex(3)}.pdf"


def create_job(
    session: Session,
    kind: str,
    *,
    station: str,
    lang: str,
    now: datetime,
    visit_id: int | None = None,
    donor_id: int | None = None,
    actor: Actor | None = None,
) -> PrintJob:
    """A pending job in the caller's transaction; the station's print queue runs it after the commit.

    Refused (`VisitRefused`) when the document cannot exist: see `document_rows`.
    A card needs `donor_id` or `visit_id`; a ticket and a certificate `visit_id`.
    With a signed-in `actor`, the audit log records who printed what for whom.
    """
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    visit, donor = _source(session, kind, visit_id, donor_id)
    if kind == CERTIFICATE:
        assert visit is not None  # _source gives a certificate its visit
        _donation_of(session, visit)
    visit_id = visit.id if visit is not None else None
    job = PrintJob(
        kind=kind,
        station=station,
        lang=lang,
        visit_id=visit_id,
        donor_id=donor.id,
        status=PENDING,
        attempts=0,
        created_at=now,
        pdf_path=str(jobs_dir() / _file_name(kind, now, visit_id, donor.id)),
    )
    session.add(job)
    session.flush()
    if actor is not None and actor.staff_id is not None:
        audit.record(
            session,
            actor.station,
            actor.staff_id,
            AUDIT_PRINT,
            donor_id=donor.id,
            visit_id=visit_id,
            detail={"kind": kind, "job": job.id, "lang": lang},
            at=now,
        )
    return job


def get(session: Session, job_id: int) -> PrintJob | None:
    return session.get(PrintJob, job_id)


_Query = TypeVar("_Query", bound=Select[Any])


def _scope(query: _Query, station: str | Iterable[str] | None) -> _Query:
    if station is None:
        return query
    if isinstance(station, str):
        return query.where(PrintJob.station == station)
    return query.where(PrintJob.station.in_(tuple(station)))


def waiting(session: Session, station: str | Iterable[str] | None = None) -> list[PrintJob]:
    """Jobs not printed yet (pending, or failed and waiting for a retry), oldest first;
    of one station, of several, or of all (None)."""
    query = select(PrintJob).where(PrintJob.status.in_(WAITING)).order_by(PrintJob.id)
    return list(session.scalars(_scope(query, station)))


def count_waiting(session: Session, station: str | Iterable[str] | None = None) -> int:
    query = select(func.count()).select_from(PrintJob).where(PrintJob.status.in_(WAITING))
    return session.scalar(_scope(query, station)) or 0


def pending_ids(session: Session, station: str) -> list[int]:
    """The station's jobs to run now (a restart resumes these; failed ones wait for Retry)."""
    return list(
        session.scalars(
            select(PrintJob.id).where(PrintJob.station == station, PrintJob.status == PENDING).order_by(PrintJob.id)
        )
    )


def claim(session: Session, job_id: int, station: str) -> PrintJob | None:
    """Start an attempt: the job, its `attempts` counted, or None when it is not this
    station's pending job any more (printed, failed, moved, or claimed meanwhile)."""
    job = session.get(PrintJob, job_id)
    if job is None or job.status != PENDING or job.station != station:
        return None
    seen = job.attempts
    won = cast(
        CursorResult[Any],  # an UPDATE's result has a rowcount
        session.execute(
            update(PrintJob)
            .where(PrintJob.id == job_id, PrintJob.status == PENDING, PrintJob.attempts == seen)
            .values(attempts=seen + 1)
            .execution_options(synchronize_session=False)
        ),
    ).rowcount
    if won != 1:
        return None
    session.refresh(job)
    return job


def mark_printed(session: Session, job_id: int, now: datetime) -> PrintJob:
    job = session.get_one(PrintJob, job_id)
    job.status, job.printed_at, job.last_error = PRINTED, now, None
    return job


def mark_failed(session: Session, job_id: int, error: str) -> PrintJob:
    """Failed, with why; the job and its PDF stay until a retry prints them."""
    job = session.get_one(PrintJob, job_id)
    if job.status != PRINTED:  # a late failure report never undoes a print
        job.status, job.last_error = FAILED, (error or "unknown error")[:ERROR_LIMIT]
    return job


def withdraw(session: Session, visit_id: int, kind: str) -> int:
    """This visit's waiting `kind` jobs never print: the document no longer holds
    (a donation undone). Returns how many were printed already: those are on paper,
    and staff take them back."""
    mine = (PrintJob.visit_id == visit_id, PrintJob.kind == kind)
    session.execute(update(PrintJob).where(*mine, PrintJob.status.in_(WAITING)).values(status=WITHDRAWN))
    printed = session.scalar(select(func.count()).select_from(PrintJob).where(*mine, PrintJob.status == PRINTED))
    return printed or 0


def retry(
    session: Session,
    job_ids: Iterable[int] | None = None,
    *,
    station: str | Iterable[str] | None = None,
    move_to: str | None = None,
    stale_before: datetime | None = None,
) -> list[int]:
    """Waiting jobs back to pending: those given, or all those of `station`; the
    ids that will be printed again. Printed jobs are left alone, so pressing
    Retry twice prints nothing twice.

    `move_to` hands the jobs to that station (whose printers will take them).
    Failed jobs move; a pending job of another station may be on its printer
    right now, so it moves only when created before `stale_before` (that
    station went away and left it).
    """
    query = select(PrintJob).where(PrintJob.status.in_(WAITING)).order_by(PrintJob.id)
    if job_ids is not None:
        query = query.where(PrintJob.id.in_(tuple(job_ids)))
    if move_to:
        others_pending = (PrintJob.status == PENDING) & (PrintJob.station != move_to)
        if stale_before is None:
            query = query.where(~others_pending)
        else:
            query = query.where(~(others_pending & (PrintJob.created_at >= stale_before)))
    jobs = list(session.scalars(_scope(query, station)))
    for job in jobs:
        job.status = PENDING
        if move_to:
            job.station = move_to
    return [job.id for job in jobs]


# -- the PDF on disk -----------------------------------------------------------------------
def local_pdf(job: PrintJob) -> Path:
    """Where this machine has (or will write) the job's PDF: the stored path when it
    exists, else the same name in this machine's print folder (another machine made the job)."""
    stored = Path(job.pdf_path)
    if stored.is_file():
        return stored
    return jobs_dir() / stored.name


def pdf_missing(path: Path) -> bool:
    try:
        return path.stat().st_size == 0
    except FileNotFoundError:
        return True


def write_pdf(path: Path, pdf: bytes) -> Path:
    """Write whole and durably (`kiosk.paths.write_whole`): a `.part` file until then."""
    return paths.write_whole(path, pdf)

"""Print jobs on a real database file: what may be printed, claims, outcomes, retries, the PDF on disk."""

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.domain.eligibility import default_pack
from kiosk.domain.staff import Actor
from kiosk.domain.validation import DonorDetails
from kiosk.domain.visits import VisitRefused, Vitals
from kiosk.storage import campaigns, print_jobs, registration
from kiosk.storage import queue as q
from kiosk.storage.models import AuditEvent, PrintJob, Staff

DAY = date(2025, 12, 2)
T0 = datetime(2025, 12, 2, 9, 0, tzinfo=UTC)
PACK = default_pack()
KIOSK = Actor.station_only("kiosk-1")


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def check_in(db, i: int, outcome: str = "eligible") -> int:
    with db.write() as s:
        campaign = campaigns.active_campaign(s)
        donor = registration.create_donor(
            s,
            DonorDetails(
                sex="F",
                birth_date=date(1992, 5, 4),
                first_name_latin="Salma",
                last_name_latin=f"Test{i}",
                cin=f"BK{i:06d}",
                language="fr",
            ),
            "v1",
            at(i),
        )
        visit = q.join_queue(
            s,
            campaign,
            donor,
            DAY,
            actor=KIOSK,
            now=at(i),
            outcome=outcome,
            until=None,
            reasons=[] if outcome == "eligible" else ["hiv"],
            pack=PACK.ref,
            answers={},
        )
        return visit.id


@pytest.fixture
def nurse(app) -> Actor:
    with app.db.write() as s:
        row = Staff(name="Nadia Alaoui", role="nurse", pin_hash="-", created_at=T0)
        s.add(row)
        s.flush()
        return Actor("nurse-1", row.id, "nurse", row.name)


def donate(db, nurse: Actor, visit_id: int) -> None:
    with db.write() as s:
        campaign = campaigns.active_campaign(s)
        q.call_next(s, campaign.id, DAY, 1, actor=nurse, now=at(30))
        q.start_interview(s, visit_id, actor=nurse, now=at(31))
        q.record_vitals(s, visit_id, Vitals(64, 13.5, 125, 80), PACK, actor=nurse, now=at(32))
        q.record_donation(s, visit_id, volume_ml=450, bag_number="G123 498 654 321 H", actor=nurse, now=at(40))


def new_job(db, kind="ticket", station="kiosk-1", **ids) -> int:
    with db.write() as s:
        return print_jobs.create_job(s, kind, station=station, lang="ar", now=at(1), **ids).id


def job(db, job_id) -> PrintJob:
    with db.read() as s:
        return s.get(PrintJob, job_id)


def test_a_ticket_job_is_pending_and_names_its_visit_donor_language_and_file(app):
    visit_id = check_in(app.db, 1)
    job_id = new_job(app.db, visit_id=visit_id)
    row = job(app.db, job_id)
    assert (row.kind, row.station, row.lang, row.status, row.attempts, row.visit_id) == (
        "ticket",
        "kiosk-1",
        "ar",
        "pending",
        0,
        visit_id,
    )
    assert row.donor_id is not None
    path = Path(row.pdf_path)
    assert path.parent == print_jobs.jobs_dir() and path.suffix == ".pdf" and not path.exists()


@pytest.mark.parametrize(
    "kind, ids, code",
    [
        ("ticket", {"visit_id": 999}, "visit.unknown"),
        ("card", {"donor_id": 999}, "donor.unknown"),
        ("certificate", {"visit_id": 999}, "visit.unknown"),
        ("receipt", {"visit_id": 1}, "print.kind"),
    ],
)
def test_a_job_for_nothing_is_refused(app, kind, ids, code):
    with pytest.raises(VisitRefused) as refused:
        new_job(app.db, kind, **ids)
    assert refused.value.code == code
    with app.db.read() as s:
        assert print_jobs.count_waiting(s) == 0


def test_no_ticket_for_a_visit_refused_at_the_kiosk_and_no_certificate_before_a_donation(app):
    refused_visit = check_in(app.db, 1, outcome="permanent")
    queued_visit = check_in(app.db, 2)
    with pytest.raises(VisitRefused) as no_ticket:
        new_job(app.db, "ticket", visit_id=refused_visit)
    with pytest.raises(VisitRefused) as no_donation:
        new_job(app.db, "certificate", visit_id=queued_visit)
    assert (no_ticket.value.code, no_donation.value.code) == ("print.no_ticket", "print.no_donation")


def test_document_rows_gather_what_each_document_prints(app, nurse):
    first = check_in(app.db, 1)
    second = check_in(app.db, 2)
    with app.db.read() as s:
        ticket = print_jobs.document_rows(s, "ticket", visit_id=second)
        assert (ticket.visit.ticket, ticket.people_ahead, ticket.campaign.slug) == (2, 1, "khouribga-2025-12")
        card = print_jobs.document_rows(s, "card", donor_id=ticket.donor.id)
        assert (card.donor.cin, card.first_donation_day, card.campaign.slug) == ("BK000002", None, "khouribga-2025-12")
    donate(app.db, nurse, first)
    with app.db.read() as s:
        certificate = print_jobs.document_rows(s, "certificate", visit_id=first)
        assert (certificate.donation.volume_ml, certificate.staff.name, certificate.donor.cin) == (
            450,
            "Nadia Alaoui",
            "BK000001",
        )
        card = print_jobs.document_rows(s, "card", visit_id=first)
        assert card.first_donation_day == DAY
        # The first donor left the queue: the second is next, nobody ahead.
        assert print_jobs.document_rows(s, "ticket", visit_id=second).people_ahead == 0


def test_a_print_by_staff_is_in_the_audit_log(app, nurse):
    visit_id = check_in(app.db, 1)
    with app.db.write() as s:
        job_id = print_jobs.create_job(
            s, "card", station="nurse-1", lang="fr", now=at(5), visit_id=visit_id, actor=nurse
        ).id
    with app.db.read() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == print_jobs.AUDIT_PRINT)).all()
        assert [(e.station, e.staff_id, e.visit_id, e.detail) for e in events] == [
            ("nurse-1", nurse.staff_id, visit_id, {"kind": "card", "job": job_id, "lang": "fr"})
        ]


def test_waiting_jobs_per_station_and_outcomes(app):
    visit_id = check_in(app.db, 1)
    kiosk_a, kiosk_b = new_job(app.db, visit_id=visit_id), new_job(app.db, visit_id=visit_id)
    nurse_card = new_job(app.db, "card", station="nurse-1", visit_id=visit_id)
    with app.db.write() as s:
        assert print_jobs.claim(s, kiosk_a, "kiosk-1").attempts == 1
        print_jobs.mark_printed(s, kiosk_a, at(2))
        assert print_jobs.claim(s, nurse_card, "nurse-1") is not None
        print_jobs.mark_failed(s, nurse_card, "printer 'X' does not exist")
    with app.db.read() as s:
        assert [j.id for j in print_jobs.waiting(s)] == [kiosk_b, nurse_card]
        assert print_jobs.count_waiting(s, "kiosk-1") == 1
        assert print_jobs.count_waiting(s, ["kiosk-1", "nurse-1"]) == 2
        assert print_jobs.pending_ids(s, "kiosk-1") == [kiosk_b]
        assert print_jobs.pending_ids(s, "nurse-1") == []  # failed: waits for Retry
    printed, failed = job(app.db, kiosk_a), job(app.db, nurse_card)
    assert (printed.status, printed.printed_at, printed.last_error) == ("printed", at(2), None)
    assert (failed.status, failed.attempts, failed.last_error) == ("failed", 1, "printer 'X' does not exist")


def test_an_attempt_is_claimed_once_and_never_on_a_printed_job(app):
    job_id = new_job(app.db, visit_id=check_in(app.db, 1))
    with app.db.write() as s:
        assert print_jobs.claim(s, job_id, "nurse-1") is None  # another station's job
        assert print_jobs.claim(s, job_id, "kiosk-1") is not None
        print_jobs.mark_printed(s, job_id, at(2))
        assert print_jobs.claim(s, job_id, "kiosk-1") is None
        print_jobs.mark_failed(s, job_id, "late report")  # never undoes a print
    row = job(app.db, job_id)
    assert (row.status, row.attempts, row.last_error) == ("printed", 1, None)


def test_a_withdrawn_certificate_stays_withdrawn_when_its_attempt_fails_late(app, nurse):
    visit_id = check_in(app.db, 1)
    donate(app.db, nurse, visit_id)
    on_paper, in_flight, waiting = (new_job(app.db, "certificate", visit_id=visit_id) for _ in range(3))
    with app.db.write() as s:
        print_jobs.claim(s, on_paper, "kiosk-1")
        print_jobs.mark_printed(s, on_paper, at(41))
        assert print_jobs.claim(s, in_flight, "kiosk-1") is not None  # on the printer when the donation is undone
        assert print_jobs.withdraw(s, visit_id, "certificate") == 1  # the one on paper
        print_jobs.mark_failed(s, in_flight, "paper jam")  # the attempt's late report
        assert print_jobs.retry(s, station="kiosk-1") == []
    assert [job(app.db, i).status for i in (on_paper, in_flight, waiting)] == ["printed", "withdrawn", "withdrawn"]


def test_a_job_left_pending_by_a_crash_is_claimed_again_with_its_attempt_counted(app):
    job_id = new_job(app.db, visit_id=check_in(app.db, 1))
    with app.db.write() as s:
        print_jobs.claim(s, job_id, "kiosk-1")  # then the power went: no outcome written
    with app.db.read() as s:
        assert print_jobs.pending_ids(s, "kiosk-1") == [job_id]
    with app.db.write() as s:
        assert print_jobs.claim(s, job_id, "kiosk-1").attempts == 2


def test_retry_is_idempotent_and_may_move_jobs_to_the_station_that_retries(app):
    visit_id = check_in(app.db, 1)
    failed, printed = new_job(app.db, visit_id=visit_id), new_job(app.db, visit_id=visit_id)
    with app.db.write() as s:
        for job_id in (failed, printed):
            print_jobs.claim(s, job_id, "kiosk-1")
        print_jobs.mark_failed(s, failed, "paper jam")
        print_jobs.mark_printed(s, printed, at(3))
    with app.db.write() as s:
        assert print_jobs.retry(s, station="nurse-1") == []  # not the nurse station's
        assert print_jobs.retry(s, [failed, printed], move_to="nurse-1") == [failed]
    with app.db.write() as s:
        assert print_jobs.retry(s, [failed, printed], move_to="nurse-1") == [failed]  # again: same job, no copy
    with app.db.read() as s:
        assert print_jobs.count_waiting(s) == 1
        assert [(j.id, j.status, j.station, j.last_error) for j in print_jobs.waiting(s)] == [
            (failed, "pending", "nurse-1", "paper jam")
        ]
    assert job(app.db, printed).status == "printed"


def test_the_pdf_is_written_whole_and_found_on_another_machine_by_name(app, tmp_path):
    job_id = new_job(app.db, visit_id=check_in(app.db, 1))
    row = job(app.db, job_id)
    path = Path(row.pdf_path)
    assert print_jobs.local_pdf(row) == path and print_jobs.pdf_missing(path)
    print_jobs.write_pdf(path, b"%PDF-1.4 test")
    assert path.read_bytes() == b"%PDF-1.4 test" and not print_jobs.pdf_missing(path)
    assert not path.with_name(path.name + ".part").exists()
    # The job made on another machine: its stored path does not exist here.
    row.pdf_path = str(tmp_path / "elsewhere" / "print" / path.name)
    assert print_jobs.local_pdf(row) == print_jobs.jobs_dir() / path.name
    path.write_bytes(b"")
    assert print_jobs.pdf_missing(path)  # an empty file is no document


def test_retry_leaves_another_station_s_fresh_pending_job_alone(app):
    """It may be on that station's printer right now; left for long, its station went away."""
    visit_id = check_in(app.db, 1)
    fresh, old = new_job(app.db, visit_id=visit_id), new_job(app.db, visit_id=visit_id)
    with app.db.write() as s:
        s.get(PrintJob, old).created_at = at(-10)
    with app.db.write() as s:
        assert print_jobs.retry(s, move_to="nurse-1") == []
        assert print_jobs.retry(s, move_to="nurse-1", stale_before=at(-2)) == [old]
    with app.db.read() as s:
        assert [(j.id, j.station) for j in print_jobs.waiting(s)] == [(fresh, "kiosk-1"), (old, "nurse-1")]

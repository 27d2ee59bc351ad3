"""The queue on a real database file: steps, decisions, refusals, snapshots, audit."""

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from kiosk.domain.eligibility import default_pack
from kiosk.domain.queue import Wait
from kiosk.domain.staff import Actor
from kiosk.domain.validation import DonorDetails
from kiosk.domain.visits import VisitRefused, Vitals
from kiosk.storage import audit, campaigns, registration
from kiosk.storage import queue as q
from kiosk.storage.changes import queue_version
from kiosk.storage.models import AuditEvent, Deferral, Donation, Staff, Visit

DAY = date(2025, 12, 2)
T0 = datetime(2025, 12, 2, 9, 0, tzinfo=UTC)
PACK = default_pack()
GOOD = Vitals(weight_kg=64, haemoglobin_g_dl=13.5, systolic=125, diastolic=80)
KIOSK = Actor.station_only("kiosk-1")


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


@pytest.fixture
def db(app):
    return app.db


@pytest.fixture
def campaign_id(db):
    with db.read() as s:
        return campaigns.active_campaign(s).id


def person(db, role: str, name: str) -> Actor:
    """A staff row without the slow hash (sign-in is tested on its own)."""
    with db.write() as s:
        row = Staff(name=name, role=role, pin_hash="-", created_at=T0)
        s.add(row)
        s.flush()
        return Actor("nurse-station-1", row.id, role, name)


@pytest.fixture
def nurse(db):
    return person(db, "nurse", "Fatima Zahra")


@pytest.fixture
def organiser(db):
    return person(db, "organiser", "Youssef")


def join(db, i: int, *, outcome="eligible", minutes: float = 0, needs_staff=False, day=DAY, until=None, reasons=()):
    with db.write() as s:
        campaign = campaigns.active_campaign(s)
        donor = registration.find_by_cin(s, f"BK{i:06d}") or registration.create_donor(
            s,
            DonorDetails(
                sex="MF"[i % 2],
                birth_date=date(1990, 1, 1),
                first_name_latin="Amina",
                last_name_latin=f"Donor{chr(65 + i % 26)}",
                first_name_ar="أمينة",
                last_name_ar="المتبرعة",
                cin=f"BK{i:06d}",
            ),
            "v1",
            at(minutes),
        )
        visit = q.join_queue(
            s,
            campaign,
            donor,
            day,
            actor=KIOSK,
            now=at(minutes),
            outcome=outcome,
            until=until,
            reasons=list(reasons),
            pack=PACK.ref,
            answers={"fever": False},
            needs_staff=needs_staff,
        )
        return visit.id, visit.ticket


def do(db, step, *args, **kwargs):
    with db.write() as s:
        return step(s, *args, **kwargs)


def ticket_of(db, visit_id):
    with db.read() as s:
        return s.get(Visit, visit_id).ticket


def status_of(db, visit_id):
    with db.read() as s:
        v = s.get(Visit, visit_id)
        return v.status, v.booth, v.call_count


def version(db, campaign_id, day=DAY):
    with db.read() as s:
        return queue_version(s, campaign_id, day)


def events(db, **kw):
    with db.read() as s:
        return [(e.action, e.station, e.staff_id) for e in reversed(audit.events(s, **kw))]


def serve(db, nurse, visit_id, booth=1, minutes=10):
    do(db, q.start_interview, visit_id, actor=nurse, now=at(minutes))
    do(db, q.record_vitals, visit_id, GOOD, PACK, actor=nurse, now=at(minutes + 1))


def test_a_donor_from_ticket_to_bag(db, campaign_id, nurse):
    visit_id, ticket = join(db, 1)
    assert ticket == 1 and version(db, campaign_id) == 1
    with db.write() as s:
        called = q.call_next(s, campaign_id, DAY, 2, actor=nurse, now=at(5))
        assert (called.id, called.status, called.booth, called.call_count) == (visit_id, "called", 2, 1)
    serve(db, nurse, visit_id, minutes=6)
    with db.write() as s:
        donation = q.record_donation(
            s, visit_id, volume_ml=450, bag_number="G123 498 654 321 H", actor=nurse, now=at(20)
        )
        assert (donation.bag_number, donation.bag_isbt, donation.day) == ("G123498654321", True, DAY)
    with db.read() as s:
        v = s.get(Visit, visit_id)
        assert (v.status, v.waiting_at, v.called_at, v.interview_at, v.donated_at) == (
            "donated",
            at(0),
            at(5),
            at(6),
            at(20),
        )
    assert version(db, campaign_id) == 4  # ticket, call, interview, donation (vitals are not a queue change)
    assert [e[0] for e in events(db, visit_id=visit_id)] == [
        "queue.check_in",
        "queue.call",
        "queue.interview",
        "visit.vitals",
        "visit.donation",
    ]
    assert events(db, visit_id=visit_id)[1] == ("queue.call", "nurse-station-1", nurse.staff_id)


def test_calls_follow_the_queue_and_flagged_donors_keep_their_place(db, campaign_id, nurse):
    ids = [
        join(db, 1, minutes=0)[0],
        join(db, 2, minutes=1, outcome="refer")[0],
        join(db, 3, minutes=2, needs_staff=True)[0],
        join(db, 4, minutes=3)[0],
    ]
    with db.read() as s:
        rows = q.nurse_list(s, campaign_id, DAY, at(10)).rows
    assert [(r.ticket, r.position, r.prescreen, r.needs_staff) for r in rows] == [
        (1, 1, "eligible", False),
        (2, 2, "refer", False),
        (3, 3, "eligible", True),
        (4, 4, "eligible", False),
    ]
    called = [
        do(db, q.call_next, campaign_id, DAY, booth, actor=nurse, now=at(10 + booth)).id for booth in (1, 2, 3, 1)
    ]
    assert called == ids
    with pytest.raises(VisitRefused) as empty:
        do(db, q.call_next, campaign_id, DAY, 2, actor=nurse, now=at(20))
    assert empty.value.code == "queue.empty"


def test_a_refusal_changes_nothing(db, campaign_id, nurse):
    visit_id, _ = join(db, 1)
    before = version(db, campaign_id), len(events(db))
    with pytest.raises(VisitRefused, match="visit.not_called"):
        do(db, q.start_interview, visit_id, actor=nurse, now=at(1))
    with pytest.raises(VisitRefused, match="booth.invalid"):
        do(db, q.call_next, campaign_id, DAY, 0, actor=nurse, now=at(1))
    with pytest.raises(VisitRefused, match="visit.unknown"):
        do(db, q.recall, 999, actor=nurse, now=at(1))
    assert (version(db, campaign_id), len(events(db))) == before
    assert status_of(db, visit_id) == ("waiting", None, 0)


def test_the_kiosk_and_the_organiser_have_limits(db, campaign_id, organiser):
    visit_id, _ = join(db, 1)
    with pytest.raises(VisitRefused, match="staff.forbidden"):
        do(db, q.call_next, campaign_id, DAY, 1, actor=KIOSK, now=at(1))
    do(db, q.call_next, campaign_id, DAY, 1, actor=organiser, now=at(1))  # anyone signed in runs the queue
    do(db, q.start_interview, visit_id, actor=organiser, now=at(2))
    for step, args in (
        (q.view_answers, ()),
        (q.record_vitals, (GOOD, PACK)),
        (q.record_deferral, ()),
        (q.record_donation, ()),
    ):
        kwargs = {"reason": "x", "until": None, "permanent": True} if step is q.record_deferral else {}
        if step is q.record_donation:
            kwargs = {"volume_ml": 450, "bag_number": "KH1"}
        with pytest.raises(VisitRefused) as refused:
            do(db, step, visit_id, *args, actor=organiser, now=at(3), **kwargs)
        assert refused.value.code == "staff.forbidden"


def test_no_show_goes_behind_three_then_leaves_and_can_come_back(db, campaign_id, nurse):
    absent = join(db, 1, minutes=0)[0]
    others = [join(db, i, minutes=i)[0] for i in range(2, 7)]
    assert do(db, q.call_next, campaign_id, DAY, 1, actor=nurse, now=at(10)).id == absent
    do(db, q.recall, absent, actor=nurse, now=at(11))
    with db.write() as s:
        skipped = q.skip(s, absent, actor=nurse, now=at(12))
        assert (skipped.status, skipped.call_count) == ("waiting", 2)
        assert q.position(s, skipped) == 4  # behind the next three
    assert [do(db, q.call_next, campaign_id, DAY, 2, actor=nurse, now=at(13 + i)).id for i in range(4)] == [
        *others[:3],
        absent,
    ]
    with db.write() as s:
        gone = q.skip(s, absent, actor=nurse, now=at(20))  # third call without them
        assert (gone.status, gone.left_at, gone.booth) == ("left", at(20), None)
    with db.read() as s:
        rows = q.nurse_list(s, campaign_id, DAY, at(21)).rows
    assert [(r.visit_id, r.status) for r in rows][-1] == (absent, "left")  # listed, to bring back
    with db.write() as s:
        back = q.bring_back(s, absent, actor=nurse, now=at(30))
        assert (back.status, back.call_count, q.position(s, back)) == ("waiting", 0, 1)
    assert do(db, q.call_next, campaign_id, DAY, 3, actor=nurse, now=at(31)).id == absent
    assert [e[0] for e in events(db, visit_id=absent)] == [
        "queue.check_in",
        "queue.call",
        "queue.recall",
        "queue.skip",
        "queue.call",
        "queue.skip",
        "queue.bring_back",
        "queue.call",
    ]


def test_transfer_shows_the_new_booth(db, campaign_id, nurse):
    visit_id, ticket = join(db, 1)
    do(db, q.call_next, campaign_id, DAY, 1, actor=nurse, now=at(1))
    do(db, q.start_interview, visit_id, actor=nurse, now=at(2))
    do(db, q.transfer, visit_id, 4, actor=nurse, now=at(5))
    with db.read() as s:
        assert [v.id for v in q.at_booth(s, campaign_id, DAY, 4)] == [visit_id]
        assert q.at_booth(s, campaign_id, DAY, 1) == []
        snapshot = q.board(s, campaign_id, DAY, at(6))
    assert [(c.label, c.booth) for c in snapshot.called] == [(f"{ticket:03d}", 4)]


def test_recording_twice_and_bag_numbers(db, campaign_id, nurse):
    first, second = join(db, 1)[0], join(db, 2)[0]
    for visit_id in (first, second):
        do(db, q.call_next, campaign_id, DAY, 1, actor=nurse, now=at(1))
        serve(db, nurse, visit_id, minutes=2)
    do(db, q.record_donation, first, volume_ml=450, bag_number="=G12349865432177", actor=nurse, now=at(9))
    with pytest.raises(VisitRefused) as twice:
        do(db, q.record_donation, first, volume_ml=450, bag_number="KH0002", actor=nurse, now=at(10))
    assert (twice.value.code, twice.value.detail) == ("visit.already_recorded", {"status": "donated"})
    with pytest.raises(VisitRefused, match="visit.already_recorded"):
        do(db, q.record_deferral, first, reason="haemoglobin", until=date(2026, 3, 2), actor=nurse, now=at(10))
    with pytest.raises(VisitRefused) as used:
        do(db, q.record_donation, second, volume_ml=450, bag_number="G123 498 654 321 H", actor=nurse, now=at(10))
    assert (used.value.code, used.value.detail) == ("bag.used", {"bag": "G123498654321"})
    with pytest.raises(VisitRefused, match="bag.check_mismatch"):
        do(db, q.record_donation, second, volume_ml=450, bag_number="G123 498 654 321 J", actor=nurse, now=at(10))
    with pytest.raises(VisitRefused, match="bag.invalid"):
        do(db, q.record_donation, second, volume_ml=450, bag_number="KH-1", actor=nurse, now=at(10), local_bags=False)
    do(db, q.record_donation, second, volume_ml=430, bag_number="kh 0002", actor=nurse, now=at(11))
    with db.read() as s:
        assert s.scalars(select(Donation.bag_number).order_by(Donation.id)).all() == ["G123498654321", "KH0002"]


def test_vitals_against_the_pack_before_a_donation(db, campaign_id, nurse):
    visit_id, _ = join(db, 2)  # donor 2 is a man: haemoglobin at least 13.0
    do(db, q.call_next, campaign_id, DAY, 1, actor=nurse, now=at(1))
    with pytest.raises(VisitRefused, match="visit.not_in_interview"):
        do(db, q.record_vitals, visit_id, GOOD, PACK, actor=nurse, now=at(2))
    do(db, q.start_interview, visit_id, actor=nurse, now=at(2))
    with pytest.raises(VisitRefused, match="vitals.missing"):
        do(db, q.record_donation, visit_id, volume_ml=450, bag_number="KH1", actor=nurse, now=at(3))
    low = Vitals(weight_kg=48, haemoglobin_g_dl=12.6, systolic=165, diastolic=85)
    assert do(db, q.record_vitals, visit_id, low, PACK, actor=nurse, now=at(3)).out_of_range == [
        "haemoglobin",
        "systolic",
        "weight",
    ]
    with pytest.raises(VisitRefused) as refused:
        do(db, q.record_donation, visit_id, volume_ml=450, bag_number="KH1", actor=nurse, now=at(4))
    assert refused.value.detail == {"vitals": ["haemoglobin", "systolic", "weight"]}
    do(db, q.record_vitals, visit_id, Vitals(weight_kg=64, haemoglobin_g_dl=13.2), PACK, actor=nurse, now=at(5))
    with pytest.raises(VisitRefused) as partial:
        do(db, q.record_donation, visit_id, volume_ml=450, bag_number="KH1", actor=nurse, now=at(6))
    assert (partial.value.code, partial.value.detail) == ("vitals.incomplete", {"missing": ["systolic", "diastolic"]})
    with pytest.raises(VisitRefused, match="vitals.implausible"):
        do(db, q.record_vitals, visit_id, Vitals(64, 132, 120, 80), PACK, actor=nurse, now=at(6))
    do(db, q.record_vitals, visit_id, GOOD, PACK, actor=nurse, now=at(7))
    do(db, q.record_donation, visit_id, volume_ml=450, bag_number="KH1", actor=nurse, now=at(8))


def test_a_deferral_at_the_booth_holds_on_the_next_visits(db, campaign_id, nurse):
    visit_id, _ = join(db, 1)
    do(db, q.call_next, campaign_id, DAY, 1, actor=nurse, now=at(1))
    serve(db, nurse, visit_id)
    with pytest.raises(VisitRefused, match="deferral.date_required"):
        do(db, q.record_deferral, visit_id, reason="haemoglobin", until=None, actor=nurse, now=at(12))
    do(db, q.record_deferral, visit_id, reason="haemoglobin", until=date(2026, 3, 2), actor=nurse, now=at(12))
    with db.read() as s:
        deferral = s.scalars(select(Deferral)).one()
        assert (deferral.until, deferral.staff_id, deferral.permanent) == (date(2026, 3, 2), nurse.staff_id, False)
        assert s.get(Visit, visit_id).status == "deferred"
    for day in (DAY + timedelta(days=1), date(2026, 3, 1)):
        with pytest.raises(VisitRefused) as refused:
            join(db, 1, day=day)
        assert (refused.value.code, refused.value.detail) == (
            "donor.deferred",
            {"until": date(2026, 3, 2), "permanent": False},
        )
    assert join(db, 1, day=date(2026, 3, 2))[1] == 1  # welcome back on the date


def test_a_permanent_deferral(db, campaign_id, nurse):
    visit_id, _ = join(db, 1)
    do(db, q.call_next, campaign_id, DAY, 1, actor=nurse, now=at(1))
    serve(db, nurse, visit_id)
    do(db, q.record_deferral, visit_id, reason="hepatitis", until=None, permanent=True, actor=nurse, now=at(12))
    with pytest.raises(VisitRefused) as refused:
        join(db, 1, day=date(2030, 1, 1))
    assert refused.value.detail == {"until": None, "permanent": True}


def test_override_lets_a_donor_the_kiosk_deferred_join_the_queue(db, campaign_id, nurse):
    join(db, 1)
    visit_id, ticket = join(db, 2, outcome="deferred", until=date(2026, 1, 1), reasons=["antibiotics"])
    assert ticket is None
    with pytest.raises(VisitRefused, match="donor.deferred"):
        join(db, 2)
    with pytest.raises(VisitRefused, match="override.reason"):
        do(db, q.override_prescreen, visit_id, "eligible", " ", actor=nurse, now=at(5))
    with pytest.raises(VisitRefused, match="override.outcome"):
        do(db, q.override_prescreen, visit_id, "permanent", "why", actor=nurse, now=at(5))
    with pytest.raises(VisitRefused, match="visit.other_day"):  # the next morning: register again instead
        do(db, q.override_prescreen, visit_id, "eligible", "why", actor=nurse, now=at(24 * 60))
    response = do(db, q.override_prescreen, visit_id, "eligible", "treatment ended a week ago", actor=nurse, now=at(5))
    assert (response.outcome, response.original_outcome) == ("eligible", "deferred")
    with db.read() as s:
        v = s.get(Visit, visit_id)
        assert (v.status, v.ticket, v.deferred_at, v.waiting_at) == ("waiting", 2, None, at(5))
        assert registration.active_deferral(s, v.donor_id, DAY) is None
        override = audit.events(s, visit_id=visit_id, actions=[audit.OVERRIDE])[0]
    assert override.staff_id == nurse.staff_id
    assert override.detail == {
        "ticket": 2,
        "from": "deferred",
        "to": "eligible",
        "reason": "treatment ended a week ago",
        "lifted": [{"reason": "antibiotics", "until": "2026-01-01", "permanent": False}],
    }
    with pytest.raises(VisitRefused, match="override.same"):
        do(db, q.override_prescreen, visit_id, "eligible", "again", actor=nurse, now=at(6))
    refer = do(db, q.override_prescreen, visit_id, "refer", "ask the doctor", actor=nurse, now=at(6))
    assert (refer.outcome, refer.original_outcome) == ("refer", "deferred")


def test_viewing_answers_is_audited(db, nurse, organiser):
    visit_id, _ = join(db, 1)
    answers = do(db, q.view_answers, visit_id, actor=nurse, now=at(3))
    assert (answers.answers, answers.outcome, answers.pack) == ({"fever": False}, "eligible", PACK.ref)
    with pytest.raises(VisitRefused, match="staff.forbidden"):
        do(db, q.view_answers, visit_id, actor=organiser, now=at(4))
    assert events(db, visit_id=visit_id, actions=[audit.VIEW_ANSWERS]) == [
        ("answers.view", "nurse-station-1", nurse.staff_id)
    ]


def test_the_board_shows_tickets_booths_wait_and_target_and_no_names(db, campaign_id, nurse):
    ids = [join(db, i, minutes=i)[0] for i in range(1, 9)]
    for booth, visit_id in zip((1, 2), ids[:2], strict=True):
        do(db, q.call_next, campaign_id, DAY, booth, actor=nurse, now=at(10 + booth))
        serve(db, nurse, visit_id, minutes=12)
    do(db, q.record_donation, ids[0], volume_ml=450, bag_number="KH1", actor=nurse, now=at(23))  # 12 min at booth 1
    do(db, q.record_deferral, ids[1], reason="bp", until=date(2026, 1, 2), actor=nurse, now=at(28))  # 16 min
    for booth in (1, 2):
        do(db, q.call_next, campaign_id, DAY, booth, actor=nurse, now=at(30 + booth))
    with db.read() as s:
        snapshot = q.board(s, campaign_id, DAY, at(40))
        target = campaigns.active_campaign(s).daily_target
    assert [(c.label, c.booth) for c in snapshot.called] == [("004", 2), ("003", 1)]
    assert snapshot.next_labels == ("005", "006", "007", "008")
    assert (snapshot.waiting, snapshot.booths, snapshot.donations, snapshot.target) == (4, 2, 1, target)
    assert snapshot.wait_minutes == 28  # the last ticket's: median 14 min x 4th place / 2 booths
    with db.read() as s:
        last = s.get(Visit, ids[-1])
        assert q.wait_of(s, last, at(40)) == Wait(ahead=3, minutes=28)  # what its donor was told
        assert q.recent_service_minutes(s, campaign_id, DAY) == [16.0, 12.0]  # the latest decision first
        assert q.recent_service_minutes(s, campaign_id, DAY, limit=1) == [16.0]
        assert q.active_booths(s, campaign_id, DAY, at(70)) == 1  # no call in the last half hour: one booth
    assert snapshot.version == version(db, campaign_id)
    shown = repr(snapshot)
    assert "Amina" not in shown and "أمينة" not in shown and "BK0" not in shown
    with db.read() as s:
        rows = q.nurse_list(s, campaign_id, DAY, at(40)).rows
    assert [(r.label, r.status, r.booth, r.position, r.waited_minutes) for r in rows[:3]] == [
        ("003", "called", 1, None, 28),
        ("004", "called", 2, None, 28),
        ("005", "waiting", None, 1, 35),
    ]
    assert rows[0].name_latin.startswith("Amina") and rows[0].name_ar == "أمينة المتبرعة"


def test_attending_a_donor_who_asked_for_staff(db, campaign_id, nurse):
    visit_id, _ = join(db, 1, needs_staff=True)
    before = version(db, campaign_id)
    assert do(db, q.attend, visit_id, actor=nurse, now=at(2)).needs_staff is False
    assert version(db, campaign_id) == before + 1
    with pytest.raises(VisitRefused, match="visit.not_asking"):
        do(db, q.attend, visit_id, actor=nurse, now=at(3))


def test_every_change_leaves_one_audit_event(db, campaign_id, nurse):
    ids = [join(db, i)[0] for i in range(1, 4)]
    do(db, q.call_next, campaign_id, DAY, 1, actor=nurse, now=at(1))
    do(db, q.leave, ids[0], actor=nurse, now=at(2))
    with db.read() as s:
        per_visit = dict(s.execute(select(AuditEvent.visit_id, func.count()).group_by(AuditEvent.visit_id)).all())
    assert per_visit == {ids[0]: 3, ids[1]: 1, ids[2]: 1}


def test_booths_calling_at_the_same_moment_get_different_donors(db, campaign_id, nurse, db_url):
    import threading

    from kiosk.storage.db import Database

    waiting = {join(db, i)[0] for i in range(1, 41)}
    gate = threading.Barrier(4)
    got, failures = [], []

    def booth(number: int) -> None:
        station = Database(db_url)  # a station of its own, as a separate process would have
        try:
            for _ in range(10):
                gate.wait()  # four nurses press "call next" together
                with station.write() as s:
                    got.append(q.call_next(s, campaign_id, DAY, number, actor=nurse, now=at(60)).id)
        except Exception as error:  # reported below
            failures.append(error)
        finally:
            station.dispose()

    threads = [threading.Thread(target=booth, args=(n,)) for n in range(1, 5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    assert len(got) == len(set(got)) == 40 and set(got) == waiting


# -- undoing a decision ---------------------------------------------------------------------------
def test_a_donation_is_undone_within_the_minute_and_both_are_audited(db, campaign_id, nurse):
    visit_id, _ = join(db, 1)
    do(db, q.call_next, campaign_id, DAY, 1, actor=nurse, now=at(1))
    serve(db, nurse, visit_id)
    do(db, q.record_donation, visit_id, volume_ml=450, bag_number="KH1", actor=nurse, now=at(12))
    before = version(db, campaign_id)
    do(db, q.undo_decision, visit_id, actor=nurse, now=at(12) + timedelta(seconds=59))
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Donation)) == 0
        visit = s.get(Visit, visit_id)
        assert (visit.status, visit.donated_at) == ("interview", None)
        [event] = audit.events(s, actions=[audit.UNDO])
        assert (event.staff_id, event.visit_id, event.detail["undone"], event.detail["bag_number"]) == (
            nurse.staff_id,
            visit_id,
            "donation",
            "KH1",
        )
        assert len(audit.events(s, actions=[audit.DONATION])) == 1  # the decision stays in the trail
    assert version(db, campaign_id) > before
    # The bag is free again: the donation is recorded anew.
    do(db, q.record_donation, visit_id, volume_ml=450, bag_number="KH1", actor=nurse, now=at(13))


def test_undo_is_refused_after_the_minute_and_changes_nothing(db, campaign_id, nurse):
    visit_id, _ = join(db, 1)
    do(db, q.call_next, campaign_id, DAY, 1, actor=nurse, now=at(1))
    serve(db, nurse, visit_id)
    do(db, q.record_deferral, visit_id, reason="haemoglobin", until=date(2026, 3, 2), actor=nurse, now=at(12))
    with pytest.raises(VisitRefused, match="decision.undo_expired"):
        do(db, q.undo_decision, visit_id, actor=nurse, now=at(13) + timedelta(seconds=1))
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Deferral)) == 1
        assert s.get(Visit, visit_id).status == "deferred"
        assert audit.events(s, actions=[audit.UNDO]) == []
    do(db, q.undo_decision, visit_id, actor=nurse, now=at(12) + timedelta(seconds=30))  # in time: undone
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Deferral)) == 0
        assert s.get(Visit, visit_id).status == "interview"
    with pytest.raises(VisitRefused, match="decision.none"):
        do(db, q.undo_decision, visit_id, actor=nurse, now=at(12) + timedelta(seconds=40))


def test_an_organiser_cannot_undo_a_decision(db, campaign_id, nurse, organiser):
    visit_id, _ = join(db, 1)
    do(db, q.call_next, campaign_id, DAY, 1, actor=nurse, now=at(1))
    serve(db, nurse, visit_id)
    do(db, q.record_deferral, visit_id, reason="weight", until=date(2026, 3, 2), actor=nurse, now=at(12))
    with pytest.raises(VisitRefused):
        do(db, q.undo_decision, visit_id, actor=organiser, now=at(12))

""" "Call a staff member" reaches every nurse station: called until a nurse is on
the way, ended with the donor's session at the kiosk, never left as a stale alert."""

from datetime import UTC, date, datetime, timedelta

import pytest

from kiosk.domain.staff import Actor
from kiosk.domain.staff_calls import CALLED, COMING, ENDED
from kiosk.domain.validation import DonorDetails
from kiosk.domain.visits import VisitRefused
from kiosk.storage import audit, campaigns, registration, staff_calls
from kiosk.storage import queue as q
from kiosk.storage.changes import queue_version
from kiosk.storage.models import Staff

DAY = date(2025, 12, 2)
T0 = datetime(2025, 12, 2, 9, 0, tzinfo=UTC)
KIOSK_1 = Actor.station_only("Entrée A")


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


@pytest.fixture
def campaign_id(app):
    with app.db.read() as s:
        return campaigns.active_campaign(s).id


@pytest.fixture
def nurse(app):
    with app.db.write() as s:
        row = Staff(name="Naima", role="nurse", pin_hash="-", created_at=T0)
        s.add(row)
        s.flush()
        return Actor("nurse-1", row.id, "nurse", "Naima")


def listed(app, campaign_id, minutes=0):
    with app.db.read() as s:
        return q.nurse_list(s, campaign_id, DAY, at(minutes))


def asking(app, campaign_id, minutes=0):
    return [(c.station, c.ticket) for c in listed(app, campaign_id, minutes).kiosks_asking]


def version(app, campaign_id):
    with app.db.read() as s:
        return queue_version(s, campaign_id, DAY)


def call(app, campaign_id, station, minutes, visit_id=None) -> int:
    with app.db.write() as s:
        return staff_calls.call(s, station, campaign_id, DAY, now=at(minutes), visit_id=visit_id).id


def state(app, call_id):
    with app.db.read() as s:
        return staff_calls.state_of(s, call_id)


def refused(app, call_id, actor, minutes=0) -> str:
    with pytest.raises(VisitRefused) as error, app.db.write() as s:
        staff_calls.answer(s, call_id, actor=actor, now=at(minutes))
    return error.value.code


def test_a_call_stays_called_until_a_nurse_is_on_the_way(app, campaign_id, nurse):
    before = version(app, campaign_id)
    second = call(app, campaign_id, "Entrée B", 1)
    first = call(app, campaign_id, "Entrée A", 2)
    assert call(app, campaign_id, "Entrée B", 3) == second  # a second tap: the same call
    assert version(app, campaign_id) > before  # the nurse stations wake up
    assert asking(app, campaign_id, 4) == [("Entrée B", None), ("Entrée A", None)]  # by name, the oldest first
    assert (state(app, first), state(app, second)) == (CALLED, CALLED)

    with app.db.write() as s:
        staff_calls.answer(s, second, actor=nurse, now=at(5))
    assert state(app, second) == COMING  # the kiosk now tells its donor
    assert asking(app, campaign_id, 6) == [("Entrée A", None)]
    assert asking(app, campaign_id, 60) == [("Entrée A", None)]  # unanswered: no fading away while the donor waits
    assert refused(app, second, nurse) == "staff_call.answered"
    assert (
        call(app, campaign_id, "Entrée B", 7) == second and state(app, second) == COMING
    )  # tapped again: still coming
    with app.db.read() as s:
        answered = audit.events(s, actions=[audit.STAFF_CALL_ANSWERED])
    assert [(e.station, e.staff_id, e.detail) for e in answered] == [
        ("nurse-1", nurse.staff_id, {"call": second, "kiosk": "Entrée B"})
    ]


def test_a_call_ends_with_the_donors_session_at_the_kiosk(app, campaign_id, nurse):
    called = call(app, campaign_id, "Entrée A", 1)
    answered = call(app, campaign_id, "Entrée B", 1)
    with app.db.write() as s:
        staff_calls.answer(s, answered, actor=nurse, now=at(2))
    before = version(app, campaign_id)
    for station in ("Entrée A", "Entrée B"):
        with app.db.write() as s:
            assert staff_calls.end_session(s, station, now=at(3)) == 1
    assert version(app, campaign_id) > before
    assert (state(app, called), state(app, answered)) == (ENDED, ENDED)
    assert asking(app, campaign_id, 4) == []
    assert refused(app, called, nurse) == "staff_call.ended"  # a nurse on a screen not yet refreshed
    with app.db.write() as s:
        assert staff_calls.end_session(s, "Entrée A", now=at(5)) == 0


def test_a_kiosk_start_ends_calls_of_its_earlier_sessions_only(app, campaign_id):
    old = call(app, campaign_id, "Entrée A", 1)
    other = call(app, campaign_id, "Entrée B", 1)
    with app.db.write() as s:
        new = staff_calls.call(s, "Entrée A", campaign_id, DAY, now=at(1)).id
    assert new == old
    with app.db.write() as s:  # the kiosk started again at minute 10
        assert staff_calls.end_session(s, "Entrée A", now=at(12), before=at(10)) == 1
    fresh = call(app, campaign_id, "Entrée A", 11)  # a donor called right after the start
    with app.db.write() as s:
        assert staff_calls.end_session(s, "Entrée A", now=at(12), before=at(10)) == 0
    assert (state(app, old), state(app, fresh), state(app, other)) == (ENDED, CALLED, CALLED)


def test_a_call_of_an_earlier_day_is_never_shown(app, campaign_id):
    with app.db.write() as s:
        staff_calls.call(s, "Entrée A", campaign_id, DAY - timedelta(days=1), now=at(-24 * 60))
    assert asking(app, campaign_id) == []


def test_a_kiosk_cannot_answer_for_staff(app, campaign_id):
    called = call(app, campaign_id, "Entrée A", 1)
    assert refused(app, called, Actor.station_only("Entrée B")) == "staff.forbidden"
    assert state(app, called) == CALLED


def test_a_donor_with_a_ticket_flags_the_visit_once_and_the_alert_names_the_ticket(app, campaign_id):
    with app.db.write() as s:
        donor = registration.create_donor(
            s,
            DonorDetails(sex="F", birth_date=date(1990, 1, 1), first_name_latin="Amina", last_name_latin="Alaoui"),
            "v1",
            T0,
        )
        visit = q.join_queue(
            s,
            campaigns.active_campaign(s),
            donor,
            DAY,
            actor=KIOSK_1,
            now=T0,
            outcome="eligible",
            until=None,
            reasons=[],
            pack="p",
            answers={},
        )
        visit_id = visit.id
    before = version(app, campaign_id)
    for minute in (1, 2):
        with app.db.write() as s:
            q.ask_for_staff(s, campaign_id, DAY, actor=KIOSK_1, now=at(minute), visit_id=visit_id)
    assert version(app, campaign_id) == before + 1
    row = next(r for r in listed(app, campaign_id, 3).rows if r.visit_id == visit_id)
    assert row.needs_staff
    with app.db.read() as s:
        actions = [e.action for e in audit.events(s, visit_id=visit_id)]
    assert actions.count(audit.ASK_STAFF) == 1
    call(app, campaign_id, "Entrée A", 3, visit_id=visit_id)
    assert asking(app, campaign_id, 4) == [("Entrée A", 1)]
    assert listed(app, campaign_id, 4).kiosks_asking[0].ticket_label == "001"

""" "Call a staff member" reaches every nurse station: with a ticket, and before one."""

from datetime import UTC, date, datetime, timedelta

import pytest

from kiosk.domain.staff import Actor
from kiosk.domain.validation import DonorDetails
from kiosk.domain.visits import VisitRefused
from kiosk.storage import audit, campaigns, registration
from kiosk.storage import queue as q
from kiosk.storage.changes import queue_version
from kiosk.storage.models import Staff

DAY = date(2025, 12, 2)
T0 = datetime(2025, 12, 2, 9, 0, tzinfo=UTC)
KIOSK_1, KIOSK_2 = Actor.station_only("kiosk-1"), Actor.station_only("kiosk-2")


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
        return q.nurse_list(s, campaign_id, DAY, T0 + timedelta(minutes=minutes))


def version(app, campaign_id):
    with app.db.read() as s:
        return queue_version(s, campaign_id, DAY)


def test_a_kiosk_without_a_ticket_is_listed_until_a_nurse_answers(app, campaign_id, nurse):
    before = version(app, campaign_id)
    for kiosk, minute in ((KIOSK_2, 1), (KIOSK_1, 2), (KIOSK_2, 3)):
        with app.db.write() as s:
            q.ask_for_staff(s, campaign_id, DAY, actor=kiosk, now=T0 + timedelta(minutes=minute))
    assert version(app, campaign_id) > before  # the nurse stations wake up
    assert listed(app, campaign_id, 4).kiosks_asking == ("kiosk-2", "kiosk-1")
    with app.db.write() as s:
        q.answer_kiosk(s, campaign_id, DAY, "kiosk-2", actor=nurse, now=T0 + timedelta(minutes=5))
    assert listed(app, campaign_id, 6).kiosks_asking == ("kiosk-1",)
    assert listed(app, campaign_id, 2 + 16).kiosks_asking == ()  # a call nobody answered fades after 15 minutes


def test_a_kiosk_cannot_answer_for_staff(app, campaign_id):
    with pytest.raises(VisitRefused), app.db.write() as s:
        q.answer_kiosk(s, campaign_id, DAY, "kiosk-1", actor=KIOSK_2, now=T0)


def test_a_donor_with_a_ticket_flags_the_visit_once(app, campaign_id):
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
            q.ask_for_staff(s, campaign_id, DAY, actor=KIOSK_1, now=T0 + timedelta(minutes=minute), visit_id=visit_id)
    assert version(app, campaign_id) == before + 1
    row = next(r for r in listed(app, campaign_id, 3).rows if r.visit_id == visit_id)
    assert row.needs_staff
    with app.db.read() as s:
        actions = [e.action for e in audit.events(s, visit_id=visit_id)]
    assert actions.count(audit.ASK_STAFF) == 1

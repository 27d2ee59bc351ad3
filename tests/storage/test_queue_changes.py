"""Stations learn of queue changes within half a second, and waiting costs almost nothing."""

import threading
import time
from datetime import UTC, date, datetime

import pytest

from kiosk.domain.staff import Actor
from kiosk.domain.validation import DonorDetails
from kiosk.storage import campaigns, changes, registration
from kiosk.storage import queue as q
from kiosk.storage.db import Database
from kiosk.storage.models import Staff

DAY = date(2025, 12, 2)
T0 = datetime(2025, 12, 2, 9, 0, tzinfo=UTC)
KIOSK = Actor.station_only("kiosk-1")


def register(db: Database, i: int) -> int:
    with db.write() as s:
        campaign = campaigns.active_campaign(s)
        donor = registration.create_donor(
            s,
            DonorDetails(
                sex="F", birth_date=date(1990, 1, 1), first_name_latin="Sara", last_name_latin="Amrani", cin=f"C{i:05d}"
            ),
            "v1",
            T0,
        )
        return q.join_queue(
            s,
            campaign,
            donor,
            DAY,
            actor=KIOSK,
            now=T0,
            outcome="eligible",
            until=None,
            reasons=[],
            pack="p",
            answers={},
        ).id


@pytest.fixture
def campaign_id(app):
    with app.db.read() as s:
        return campaigns.active_campaign(s).id


def test_version_counts_tickets_and_other_changes(app, campaign_id):
    with app.db.read() as s:
        assert changes.queue_version(s, campaign_id, DAY) == 0
    register(app.db, 1)
    register(app.db, 2)
    with app.db.write() as s:
        nurse = Staff(name="N", role="nurse", pin_hash="-", created_at=T0)
        s.add(nurse)
        s.flush()
        q.call_next(s, campaign_id, DAY, 1, actor=Actor("n", nurse.id, "nurse"), now=T0)
        assert changes.queue_version(s, campaign_id, DAY) == 3
    with app.db.write() as s:  # a change on a day without tickets yet starts its counter
        assert changes.bump(s, campaign_id, date(2025, 12, 3)) == 1
        assert changes.bump(s, campaign_id, date(2025, 12, 3)) == 2


def test_a_change_on_another_connection_is_seen_within_half_a_second(app, campaign_id, db_url):
    other = Database(db_url)  # another station on the same file
    with changes.watch(app.db.engine, campaign_id, DAY) as watcher:
        assert watcher.version == 0 and watcher.poll() is False
        writer = threading.Thread(target=lambda: (time.sleep(0.1), register(other, 1)))
        writer.start()
        assert watcher.wait(timeout=0.6) is True
        writer.join()
        assert watcher.version == 1
        assert watcher.poll() is False  # nothing new
    other.dispose()


def test_an_idle_watcher_makes_no_query_between_heartbeats(app, campaign_id):
    with changes.watch(app.db.engine, campaign_id, DAY, heartbeat=2.0) as watcher:
        reads = watcher.queries
        for _ in range(20):  # a screen's 50 ms timer for a second
            assert watcher.poll() is False
            time.sleep(0.05)
        assert watcher.queries == reads


def test_writes_that_are_not_queue_changes_do_not_wake_the_screen(app, campaign_id):
    register(app.db, 1)
    with changes.watch(app.db.engine, campaign_id, DAY) as watcher:
        reads = watcher.queries
        with app.db.write() as s:  # a donor registers (no ticket yet)
            registration.create_donor(
                s,
                DonorDetails(
                    sex="M", birth_date=date(1990, 1, 1), cin="Z1", first_name_latin="Ali", last_name_latin="Tazi"
                ),
                "v1",
                T0,
            )
        deadline = time.monotonic() + 0.5
        while time.monotonic() < deadline:
            assert watcher.poll() is False
            time.sleep(0.02)
        assert 1 <= watcher.queries - reads <= 8  # read on the file change, then a few confirmations only

"""Stations learn of queue changes, and waiting costs almost nothing.

No test here depends on how fast this machine is: a change is awaited (with a
timeout only as a guard), and the watcher's own timing runs on a clock the
test moves by hand. How fast a change is seen is a figure `kiosk simulate`
reports, not a pass mark here.
"""

import threading
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


class ManualClock:
    """Stands in for the `time` module inside kiosk.storage.changes: time moves only
    when the test says so (or when the watcher sleeps)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock(monkeypatch):
    manual = ManualClock()
    monkeypatch.setattr(changes, "time", manual)
    return manual


def test_a_change_on_another_connection_wakes_a_waiting_watcher(app, campaign_id, db_url):
    other = Database(db_url)  # another station on the same file
    # No heartbeat within the test: only the database files' change can wake the watcher.
    with changes.watch(app.db.engine, campaign_id, DAY, heartbeat=3600) as watcher:
        assert watcher.version == 0 and watcher.poll() is False
        started = threading.Event()
        writer = threading.Thread(target=lambda: (started.wait(), register(other, 1)))
        writer.start()
        started.set()
        assert watcher.wait(timeout=60) is True  # returns when the commit is seen; 60 s is only a guard
        writer.join()
        assert watcher.version == 1
        assert watcher.poll() is False  # nothing new
    other.dispose()


def test_a_commit_is_seen_by_the_next_poll(app, campaign_id, db_url, clock):
    other = Database(db_url)
    with changes.watch(app.db.engine, campaign_id, DAY, heartbeat=3600) as watcher:
        register(other, 1)  # returned: committed
        assert watcher.poll() is True and watcher.version == 1
    other.dispose()


def test_an_idle_watcher_makes_no_query_between_heartbeats(app, campaign_id, clock):
    with changes.watch(app.db.engine, campaign_id, DAY, heartbeat=2.0) as watcher:
        reads = watcher.queries
        for _ in range(39):  # a screen's 50 ms timer for 1.95 s
            assert watcher.poll() is False
            clock.sleep(0.05)
        assert watcher.queries == reads
        clock.sleep(0.1)  # past the heartbeat: one read, as a safety net
        assert watcher.poll() is False
        assert watcher.queries == reads + 1


def test_writes_that_are_not_queue_changes_do_not_wake_the_screen(app, campaign_id, clock):
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
        for _ in range(25):  # a screen's timer every 20 ms for half a second
            assert watcher.poll() is False
            clock.sleep(0.02)
        # One read on the file change, then at most one per 50 ms while it settles (0.3 s)...
        assert 1 <= watcher.queries - reads <= 8
        settled = watcher.queries
        for _ in range(50):  # ... then none until the heartbeat (2 s)
            assert watcher.poll() is False
            clock.sleep(0.02)
        assert watcher.queries == settled

"""The same queue on a real PostgreSQL server (Debian `postgresql`), started here in a
temporary directory on a Unix socket; skipped, saying why, where it cannot run."""

import threading
import time
import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text

from kiosk.domain.staff import Actor
from kiosk.domain.validation import DonorDetails
from kiosk.domain.visits import VisitRefused
from kiosk.simulation import Settings, simulate
from kiosk.simulation.pgserver import PostgresUnavailable, TempPostgres
from kiosk.simulation.world import campaign_spec
from kiosk.storage import campaigns, changes, migrate, registration
from kiosk.storage import queue as q
from kiosk.storage.db import Database
from kiosk.storage.models import Campaign, Staff, Visit

pytestmark = pytest.mark.external

DAY = date(2025, 12, 2)
T0 = datetime(2025, 12, 2, 9, 0, tzinfo=UTC)
KIOSK = Actor.station_only("kiosk-1")


@pytest.fixture(scope="module")
def server():
    try:
        pg = TempPostgres()
        pg.start()
    except PostgresUnavailable as reason:
        pytest.skip(f"no PostgreSQL server here: {reason}")
    yield pg
    pg.stop()


@pytest.fixture
def url(server) -> str:
    """A new empty database on the shared test server."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = Database(server.url, isolation_level="AUTOCOMMIT")
    with admin.engine.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    return server.url.replace("/postgres?", f"/{name}?")


@pytest.fixture
def world(url):
    """Schema, a campaign and a nurse on a new database: (db, campaign_id, nurse)."""
    db = Database(url)
    migrate.upgrade(db.engine)
    with db.write() as s:
        campaign_id = campaigns.save_campaign(s, campaign_spec(DAY, 100)).id
        nurse = Staff(name="Nurse", role="nurse", pin_hash="-", created_at=T0)
        s.add(nurse)
        s.flush()
        actor = Actor("nurse-1", nurse.id, "nurse")
    yield db, campaign_id, actor
    db.dispose()


def register(db, campaign_id: int, i: int) -> int:
    with db.write() as s:
        donor = registration.create_donor(
            s,
            DonorDetails(
                sex="M",
                birth_date=date(1990, 1, 1),
                cin=f"PG{i:05d}",
                first_name_latin="Reda",
                last_name_latin="Kettani",
            ),
            "v1",
            T0,
        )
        return q.join_queue(
            s,
            s.get(Campaign, campaign_id),
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


def test_migrations_build_the_same_schema_and_the_notify_trigger(url):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from kiosk.storage.models import Base

    db = Database(url)
    migrate.upgrade(db.engine)
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
        triggers = conn.execute(text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")).scalars().all()
    db.dispose()
    assert diff == []
    assert sorted(triggers) == ["audit_event_append_only", "audit_event_no_truncate", "ticket_counter_notify"]


def test_booths_calling_at_the_same_moment_get_different_donors(world, url):
    db, campaign_id, nurse = world
    waiting = {register(db, campaign_id, i) for i in range(40)}
    booths, rounds = 4, 10
    gate = threading.Barrier(booths)
    got: dict[int, list[int]] = {b: [] for b in range(1, booths + 1)}
    failures = []

    def booth(number: int) -> None:
        station = Database(url)
        try:
            for _ in range(rounds):
                gate.wait()  # everyone presses "call next" together
                with station.write() as s:
                    got[number].append(q.call_next(s, campaign_id, DAY, number, actor=nurse, now=T0).id)
        except Exception as error:  # reported below
            failures.append(error)
        finally:
            station.dispose()

    threads = [threading.Thread(target=booth, args=(b,)) for b in got]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    called = [v for ids in got.values() for v in ids]
    assert len(called) == len(set(called)) == 40 and set(called) == waiting
    with pytest.raises(VisitRefused, match="queue.empty"), db.write() as s:
        q.call_next(s, campaign_id, DAY, 1, actor=nurse, now=T0)


def test_notify_shows_a_change_on_another_station(world, url):
    db, campaign_id, _ = world
    other = Database(url)
    # No heartbeat within the test: only the NOTIFY can wake the watcher.
    with changes.watch(db.engine, campaign_id, DAY, heartbeat=3600) as watcher:
        reads = watcher.queries
        for _ in range(10):  # idle: no query, nothing to report
            assert watcher.poll() is False
            time.sleep(0.03)
        writer = threading.Thread(target=lambda: register(other, campaign_id, 1))
        writer.start()
        assert watcher.wait(timeout=60) is True  # returns when the NOTIFY arrives; 60 s is only a guard
        writer.join()
        assert watcher.version == 1 and watcher.queries == reads  # the version came with the NOTIFY
    other.dispose()


def test_a_shortened_campaign_day_on_postgresql(url):
    report = simulate(Settings(url=url, donors=50, booths=4, kiosks=2))
    assert (report.tickets_lost, report.duplicates, report.errors) == (0, 0, 0), report.messages[:1]
    assert report.database == "postgresql"
    assert report.donors_served + report.left == report.tickets > 40
    assert report.changes_unseen == 0  # speed is the benchmarks' business (tests/bench), not a timed assertion


def test_the_watcher_listens_again_after_losing_its_connection(world, url):
    db, campaign_id, _ = world
    with changes.watch(db.engine, campaign_id, DAY) as watcher:
        with db.engine.connect() as conn:  # the server drops the listening session
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE query LIKE 'LISTEN%' AND pid <> pg_backend_pid()"
                )
            )
            conn.commit()
        register(db, campaign_id, 1)
        assert watcher.wait(timeout=60) is True  # a guard: it returns once listening again
        assert watcher.version == 1
        register(db, campaign_id, 2)
        assert watcher.wait(timeout=60) is True and watcher.version == 2


def test_a_prescreen_deferral_with_many_reasons_is_stored(world):
    db, campaign_id, _ = world
    reasons = ["diabetes_treated", "heart_disease", "kidney_disease", "blood_disease", "cancer", "hepatitis"]
    with db.write() as s:
        donor = registration.create_donor(s, DonorDetails(sex="F", birth_date=date(1985, 5, 1), cin="PG77"), "v1", T0)
        visit = q.join_queue(
            s,
            s.get(Campaign, campaign_id),
            donor,
            DAY,
            actor=KIOSK,
            now=T0,
            outcome="permanent",
            until=None,
            reasons=reasons,
            pack="p",
            answers={},
        )
        visit_id, donor_id = visit.id, donor.id
    with db.read() as s:
        assert s.get(Visit, visit_id).status == "deferred"
        assert registration.active_deferral(s, donor_id, DAY).permanent

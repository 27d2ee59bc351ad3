"""The audit chain and the sign-in lockout on a real PostgreSQL server: stations
writing at once make one chain, the database refuses UPDATE, DELETE and
TRUNCATE of audit events, and wrong PINs typed at two booths at once count
for the same person."""

import threading
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from kiosk.simulation.pgserver import PostgresUnavailable, TempPostgres
from kiosk.storage import audit, migrate
from kiosk.storage.db import Database

pytestmark = pytest.mark.external

T0 = datetime(2025, 12, 2, 9, 0, tzinfo=UTC)


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
def db(server):
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = Database(server.url, isolation_level="AUTOCOMMIT")
    with admin.engine.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    database = Database(server.url.replace("/postgres?", f"/{name}?"))
    migrate.upgrade(database.engine)
    yield database
    database.dispose()


def test_stations_writing_at_once_make_one_chain(db):
    barrier = threading.Barrier(4)

    def station(n: int) -> None:
        own = Database(db.url)
        barrier.wait()
        for i in range(30):
            with own.write() as s:
                audit.record(s, f"nurse-{n}", None, audit.KIOSK_HELP, detail={"i": i}, at=T0 + timedelta(seconds=i))
        own.dispose()

    threads = [threading.Thread(target=station, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with db.read() as s:
        assert audit.verify(s) == audit.Verdict(120, None)


@pytest.mark.parametrize(
    "statement",
    ["UPDATE audit_event SET detail = '{}'", "DELETE FROM audit_event", "TRUNCATE audit_event"],
)
def test_the_database_refuses_changes_to_audit_events(db, statement):
    with db.write() as s:
        audit.record(s, "nurse-1", None, audit.KIOSK_HELP, at=T0)
    with pytest.raises(DBAPIError, match="append-only"), db.write() as s:
        s.execute(text(statement))
    with db.read() as s:
        assert audit.verify(s) == audit.Verdict(1, None)


def test_wrong_pins_at_two_booths_at_once_count_for_the_same_person(db):
    from kiosk.domain.staff import Actor
    from kiosk.domain.visits import VisitRefused
    from kiosk.storage import staff as people

    with db.write() as s:
        nurse = people.add_staff(s, "Khadija", "nurse", "4821", actor=Actor.station_only("t"), now=T0)
    barrier, codes = threading.Barrier(2), []

    def booth(n: int) -> None:
        own = Database(db.url)
        barrier.wait()
        for _ in range(3):
            try:
                people.sign_in(own, f"nurse-{n}", nurse.id, "5830", T0)
            except VisitRefused as refused:
                codes.append(refused.code)
        own.dispose()

    threads = [threading.Thread(target=booth, args=(n,)) for n in (1, 2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(codes) == 6 and "staff.locked" in codes  # 6 wrong PINs for one person: past the 5 free
    with db.read() as s:
        assert people.lock_state(s, "nurse-1", nurse.id)["staff"].locked(T0)
        assert audit.verify(s).intact

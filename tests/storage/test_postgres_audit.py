"""The audit chain on a real PostgreSQL server: stations writing at once make one
chain, and the database refuses UPDATE, DELETE and TRUNCATE of audit events."""

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

"""Export and import against PostgreSQL (several machines on one server at a
centre), on the throwaway server the queue's tests use; skipped, saying why,
where it cannot run."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import select, text

from kiosk.simulation.pgserver import PostgresUnavailable, TempPostgres
from kiosk.storage.db import Database
from kiosk.storage.exchange import TABLES
from tests.storage.exchange_world import Station, at_kiosk, donor_gives, morning

pytestmark = pytest.mark.external

GAVE = date(2025, 11, 2)


@pytest.fixture(scope="module")
def server():
    try:
        pg = TempPostgres()
        pg.start()
    except PostgresUnavailable as reason:
        pytest.skip(f"no PostgreSQL server here: {reason}")
    yield pg
    pg.stop()


def new_database(server) -> str:
    name = f"x_{uuid.uuid4().hex[:12]}"
    admin = Database(server.url, isolation_level="AUTOCOMMIT")
    with admin.engine.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    return server.url.replace("/postgres?", f"/{name}?")


def contents(url: str) -> dict[str, list[tuple]]:
    """Every exchanged table's rows, by global id: what a dump would compare."""
    db = Database(url)
    try:
        with db.read() as s:
            out = {}
            for kind, table in TABLES.items():
                if kind == "campaign":
                    continue
                columns = [c for c in table.c if c.name != "id"]
                out[kind] = [tuple(row) for row in s.execute(select(*columns).order_by(table.c.uuid))]
            return out
    finally:
        db.dispose()


def test_export_and_import_between_two_postgresql_databases(server, tmp_path):
    laptop_a = Station(tmp_path, "laptop-a", new_database(server)).setup()
    centre = Station(tmp_path, "centre", new_database(server)).setup()
    laptop_a.trust(centre)
    centre.trust(laptop_a)
    youssef = donor_gives(laptop_a, GAVE, cin="AB123456", bag="KH0001")
    donor_gives(laptop_a, GAVE, cin="K12345", sex="F", bag="KH0002", first="Khadija")

    bundle = laptop_a.export(centre)
    assert "added:      2 donor, 2 visit, 2 response, 2 vitals, 2 donation" in centre.ok("import", str(bundle))
    once = contents(centre.url)
    assert "added:      nothing" in centre.ok("import", str(bundle))
    assert contents(centre.url) == once
    assert {r[0] for r in once["donor"]} == {r[0] for r in contents(laptop_a.url)["donor"]}

    broken = tmp_path / "cut.qxb"
    broken.write_bytes(bundle.read_bytes()[:-10])
    assert "refused: the bundle is truncated" in centre.cli("import", str(broken)).err
    assert contents(centre.url) == once

    app = centre.app(morning(GAVE + timedelta(days=30)))
    try:
        result, _masked = at_kiosk(app, card=youssef["card"], birth=date(1988, 4, 2))
        assert (result.kind, result.until) == ("deferred", GAVE + timedelta(weeks=8))
    finally:
        app.close()


def test_the_register_loads_into_postgresql(server, tmp_path):
    from tests.storage.test_exchange_register import HEADER, line

    centre = Station(tmp_path, "centre", new_database(server)).setup()
    path = tmp_path / "register.csv"
    rows = [line(cin=f"AB{i}", last="2025-11-01", kind="whole_blood", count="1") for i in range(1, 2001)]
    path.write_text("\n".join([HEADER, *rows, line(cin="K1", permanent="yes", reason="hepatitis")]) + "\n")
    out = centre.ok("import", "--register", str(path), "--as-of", "2025-12-01")
    assert "added:      2001 donor, 1 deferral, 2000 register" in out
    assert "added:      nothing" in centre.ok("import", "--register", str(path), "--as-of", "2025-12-01")

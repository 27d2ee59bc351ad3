"""`kiosk backup` on PostgreSQL: pg_dump into the backup folder (a real server, started
here in a temporary directory; skipped, saying why, where it cannot run)."""

from __future__ import annotations

import shutil
import stat
import subprocess
import uuid

import pytest
from sqlalchemy import text

from kiosk import cli
from kiosk.simulation.pgserver import PostgresUnavailable, TempPostgres
from kiosk.storage import backup
from kiosk.storage.db import Database

pytestmark = pytest.mark.external


@pytest.fixture(scope="module")
def server():
    if shutil.which("pg_dump") is None:
        pytest.skip("no pg_dump here")
    try:
        pg = TempPostgres()
        pg.start()
    except PostgresUnavailable as reason:
        pytest.skip(f"no PostgreSQL server here: {reason}")
    yield pg
    pg.stop()


def test_a_postgresql_backup_is_a_private_dump_that_pg_restore_reads(server, tmp_path, capsys):
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = Database(server.url, isolation_level="AUTOCOMMIT")
    with admin.engine.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    url = server.url.replace("/postgres?", f"/{name}?")
    assert cli.main(["campaign", "list", "--db", url]) == 0  # schema and the bundled campaigns
    capsys.readouterr()
    assert cli.main(["backup", "--to", str(tmp_path / "b"), "--db", url]) == 0
    (dump,) = backup.list_backups(tmp_path / "b")
    assert dump.path.suffix == ".dump" and stat.S_IMODE(dump.path.stat().st_mode) == 0o600
    listing = subprocess.run(["pg_restore", "--list", str(dump.path)], capture_output=True, text=True, check=True)
    assert "TABLE DATA public campaign" in listing.stdout


def test_kiosk_restore_puts_a_postgresql_dump_back_and_keeps_the_replaced_state(server, tmp_path, capsys):
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = Database(server.url, isolation_level="AUTOCOMMIT")
    with admin.engine.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    url = server.url.replace("/postgres?", f"/{name}?")
    assert cli.main(["campaign", "list", "--db", url]) == 0
    assert cli.main(["backup", "--to", str(tmp_path / "b"), "--db", url]) == 0
    (dump,) = backup.list_backups(tmp_path / "b")
    db = Database(url)
    with db.engine.begin() as conn:
        before = conn.execute(text("SELECT count(*) FROM campaign")).scalar_one()
        conn.execute(text("DELETE FROM campaign WHERE slug = 'taza'"))
    db.dispose()
    capsys.readouterr()
    assert cli.main(["restore", str(dump.path), "--db", url]) == 0
    out = capsys.readouterr().out
    assert "replaced-" in out  # the state it replaced, dumped aside
    db = Database(url)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM campaign")).scalar_one() == before
    db.dispose()
    aside = next((tmp_path / "b").glob("replaced-*.dump"))
    listing = subprocess.run(["pg_restore", "--list", str(aside)], capture_output=True, text=True, check=True)
    assert "TABLE DATA public campaign" in listing.stdout

"""Each storage fault on the command line: one line saying what happened and what to do,
exit status 1, no traceback, nothing changed; commands that only read never wait for
another station's write lock."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from kiosk import cli
from kiosk.app import App
from kiosk.storage import db as storage_db
from kiosk.storage import faults
from kiosk.storage.faults import StorageFault
from tests.conftest import CAMPAIGN_MORNING
from tests.safety.helpers import digest, read_only, register


@pytest.fixture
def made(db_url):
    app = App(db_url, clock=lambda: CAMPAIGN_MORNING)
    app.open()
    register(app, 1)
    app.close()
    return db_url


@pytest.fixture
def quick_busy(monkeypatch):
    monkeypatch.setattr(storage_db, "BUSY_TIMEOUT_MS", 300)


@contextmanager
def write_lock_held(db_url):
    """Another station in the middle of a write transaction (BEGIN IMMEDIATE), for as long as the block runs."""
    holder = sqlite3.connect(db_url.removeprefix("sqlite:///"), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE setting SET value = value")
    try:
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def one_line(capsys) -> str:
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert captured.err.count("\n") == 1, captured.err
    return captured.err


@pytest.mark.usefixtures("quick_busy")
def test_commands_that_only_read_do_not_wait_for_the_write_lock(made, capsys):
    with write_lock_held(made):
        assert cli.main(["campaign", "list", "--db", made]) == 0
        assert "khouribga-2025-12" in capsys.readouterr().out
        assert cli.main(["staff", "list", "--db", made]) == 0
        assert cli.main(["printers", "list", "--db", made]) == 0


@pytest.mark.usefixtures("quick_busy")
def test_a_lock_held_past_the_busy_timeout(made, capsys):
    with write_lock_held(made):
        assert cli.main(["campaign", "use", "taza", "--db", made]) == 1
    assert "occupée" in one_line(capsys)
    assert cli.main(["campaign", "list", "--db", made]) == 0
    assert "* khouribga" in capsys.readouterr().out  # nothing changed


@pytest.fixture
def small_disk():
    """No page may be added to a database (`PRAGMA max_page_count`): a full disk, without root."""

    def _small_disk(dbapi_connection, _record):
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    event.listen(Engine, "connect", _small_disk)
    yield
    event.remove(Engine, "connect", _small_disk)


def test_a_full_disk_loses_no_ticket_shown(made, small_disk):
    app = App(made, clock=lambda: CAMPAIGN_MORNING)
    app.open()
    shown = []
    with pytest.raises(StorageFault) as full:
        for i in range(2, 5000):
            shown.append(register(app, i))
    app.close()
    assert full.value.code == faults.DISK_FULL
    assert len(shown) > 0
    with sqlite3.connect(made.removeprefix("sqlite:///")) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in con.execute("SELECT ticket FROM visit")}
        donors = con.execute("SELECT count(*) FROM donor").fetchone()[0]
    assert set(shown) <= stored and donors == len(stored)  # nothing half-written either


def test_a_full_disk_on_the_command_line(db_url, capsys, small_disk):
    from kiosk.storage import migrate
    from kiosk.storage.db import Database

    old = Database(db_url)  # a database of the first release: the upgrade needs new pages
    migrate.upgrade(old.engine, "0001")
    old.dispose()
    path = storage_db.Path(db_url.removeprefix("sqlite:///"))
    before = digest(path)
    assert cli.main(["db", "upgrade", "--db", db_url]) == 1
    assert "disque est plein" in one_line(capsys)
    assert digest(path) == before


def test_a_bad_database_url(capsys):
    for url in ("nonsense://x", "sqlite:////no/such/folder/\x00/kiosk.db", "postgresql+nodriver://h/db", "::"):
        assert cli.main(["campaign", "list", "--db", url]) == 1
        assert "Adresse de base de données invalide" in one_line(capsys)


def test_an_unreachable_postgresql(capsys):
    url = "postgresql+psycopg://qatra:secret@127.0.0.1:9/qatra?connect_timeout=2"
    assert cli.main(["campaign", "list", "--db", url]) == 1
    err = one_line(capsys)
    assert "ne répond pas" in err and "secret" not in err


def test_a_read_only_database_file(made, capsys):
    path = storage_db.Path(made.removeprefix("sqlite:///"))
    before = digest(path)
    with read_only(path):
        assert cli.main(["campaign", "list", "--db", made]) == 0  # looking still works
        capsys.readouterr()
        assert cli.main(["campaign", "use", "taza", "--db", made]) == 1
        assert "lecture seule" in one_line(capsys)
    assert digest(path) == before


def test_a_read_only_folder_for_a_new_database(tmp_path, capsys):
    folder = tmp_path / "locked"
    folder.mkdir()
    with read_only(folder):
        assert cli.main(["campaign", "list", "--db", f"sqlite:///{folder / 'kiosk.db'}"]) == 1
        assert "lecture seule" in one_line(capsys)
    assert not list(folder.iterdir())


def test_a_read_only_folder_around_an_existing_database(made, capsys):
    path = storage_db.Path(made.removeprefix("sqlite:///"))
    before = digest(path)
    with read_only(path.parent):
        assert cli.main(["campaign", "use", "taza", "--db", made]) == 1
        assert "lecture seule" in one_line(capsys)
    assert digest(path) == before

"""A damaged, empty or foreign database file is refused, never written to or initialised,
and the command line says what happened and how to restore in one line (exit 1)."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from kiosk import cli
from kiosk.app import App
from kiosk.storage import faults
from kiosk.storage.db import Database
from kiosk.storage.faults import StorageFault
from tests.conftest import CAMPAIGN_MORNING
from tests.safety.helpers import copy_database, damage_middle_page, digest, register


@pytest.fixture
def template(filled_template_db):
    return filled_template_db


@pytest.fixture
def filled(tmp_path, template):
    """A database with 300 registrations, closed."""
    return copy_database(template, tmp_path / "kiosk.db")


def test_garbage_in_the_middle_of_the_database_is_refused_before_any_write(filled):
    damage_middle_page(filled)
    with sqlite3.connect(filled) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] != "ok"  # really damaged
    before = digest(filled)
    app = App(f"sqlite:///{filled}", clock=lambda: CAMPAIGN_MORNING)
    registered = 0
    with pytest.raises(StorageFault) as refused:
        app.open()
        for i in range(1000, 1050):
            register(app, i)
            registered += 1
    assert refused.value.code == faults.DAMAGED
    assert registered == 0
    assert digest(filled) == before


def test_the_command_line_says_damaged_and_how_to_restore_in_one_line(filled, capsys):
    damage_middle_page(filled)
    before = digest(filled)
    assert cli.main(["campaign", "use", "taza", "--db", f"sqlite:///{filled}"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "endommagée" in err and "kiosk restore" in err
    assert digest(filled) == before


def test_arabic_when_asked(filled, capsys, monkeypatch):
    damage_middle_page(filled)
    monkeypatch.setenv("KIOSK_LANG", "ar")
    assert cli.main(["campaign", "list", "--db", f"sqlite:///{filled}"]) == 1
    assert "قاعدة البيانات متضررة" in capsys.readouterr().err


def test_damage_found_while_running_stops_every_write(filled):
    db = Database(f"sqlite:///{filled}")  # opened before the damage, as a running station
    with db.read() as s:
        s.execute(text("SELECT 1"))
    db.dispose()
    damage_middle_page(filled)
    db = Database(f"sqlite:///{filled}")
    with pytest.raises(StorageFault), db.read() as s:
        s.execute(text("SELECT * FROM donor")).all()  # a nurse's search reads the damaged page
    assert db.damage is not None
    with pytest.raises(StorageFault), db.write() as s:
        s.execute(text("CREATE TABLE never (x)"))
    db.dispose()


@pytest.mark.parametrize(
    "content",
    [b"", b"name,cin\nKhadija,BK1\n", b"SQLite format 3\x00" + b"\x00" * 84],
    ids=["empty", "text", "sqlite-header-only"],
)
def test_an_empty_or_foreign_file_is_refused_not_initialised(tmp_path, capsys, content):
    path = tmp_path / "kiosk.db"
    path.write_bytes(content)
    with pytest.raises(StorageFault) as refused:
        App(f"sqlite:///{path}").open()
    assert refused.value.code in (faults.FOREIGN_FILE, faults.DAMAGED)
    assert path.read_bytes() == content
    assert cli.main(["staff", "list", "--db", f"sqlite:///{path}"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(path) in err
    assert path.read_bytes() == content
    assert not (tmp_path / "kiosk.db-wal").exists()


def test_a_sqlite_database_without_qatras_tables_is_refused(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE contacts (name TEXT)")
        con.execute("INSERT INTO contacts VALUES ('someone')")
    con.close()
    before = digest(path)
    with pytest.raises(StorageFault) as refused:
        App(f"sqlite:///{path}").open()
    assert refused.value.code == faults.FOREIGN_FILE
    assert digest(path) == before


def test_a_missing_file_is_still_created(tmp_path):
    path = tmp_path / "new" / "kiosk.db"
    app = App(f"sqlite:///{path}")
    assert app.campaign() is not None
    app.close()
    assert not list(path.parent.glob(".kiosk.db.new-*"))


def test_a_write_waits_for_the_background_check_and_is_refused_on_damage(filled):
    from kiosk.storage.db import open_database

    damage_middle_page(filled)
    before = digest(filled)
    db = open_database(f"sqlite:///{filled}", background=True)  # returns before the check ends
    with pytest.raises(StorageFault) as refused, db.write() as s:
        s.execute(text("CREATE TABLE never (x)"))
    assert refused.value.code == faults.DAMAGED
    db.dispose()
    assert digest(filled) == before

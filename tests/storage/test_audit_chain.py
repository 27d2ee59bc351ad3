"""The audit trail is tamper-evident: chained hashes, append-only triggers, `kiosk audit verify`."""

import sqlite3
import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from kiosk import cli
from kiosk.storage import audit, migrate
from kiosk.storage.db import Database

T0 = datetime(2025, 12, 2, 9, 0, tzinfo=UTC)


def write_events(db: Database, count: int, station: str = "nurse-1", start: int = 0) -> None:
    for i in range(start, start + count):
        with db.write() as s:
            audit.record(s, station, None, audit.KIOSK_HELP, detail={"n": i, "note": "é"}, at=T0 + timedelta(seconds=i))


@pytest.fixture
def db(db_url):
    database = Database(db_url)
    migrate.upgrade(database.engine)
    yield database
    database.dispose()


def raw(db_url: str) -> sqlite3.Connection:
    """The database file opened as an attacker would: plain sqlite3, no application."""
    return sqlite3.connect(db_url.removeprefix("sqlite:///"), isolation_level=None)


def verdict(db: Database) -> audit.Verdict:
    with db.read() as s:
        return audit.verify(s)


def event_id(db: Database, seq: int) -> int:
    with db.read() as s:
        return s.execute(text("SELECT id FROM audit_event WHERE seq = :seq"), {"seq": seq}).scalar_one()


def test_a_written_trail_is_intact_and_the_command_says_so(db, db_url, capsys):
    assert verdict(db) == audit.Verdict(0, None)
    write_events(db, 12)
    assert verdict(db) == audit.Verdict(12, None)
    assert cli.main(["audit", "verify", "--db", db_url]) == 0
    assert capsys.readouterr().out == "audit trail intact: 12 events, each chained to the one before\n"


def test_an_action_rolled_back_leaves_no_link(db):
    write_events(db, 3)
    with pytest.raises(RuntimeError), db.write() as s:
        audit.record(s, "nurse-1", None, audit.KIOSK_HELP, at=T0)
        raise RuntimeError("the action failed after its audit event")
    write_events(db, 2, start=3)
    assert verdict(db) == audit.Verdict(5, None)


def test_update_and_delete_are_refused_by_the_database(db, db_url):
    write_events(db, 3)
    con = raw(db_url)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        con.execute("UPDATE audit_event SET detail = '{}' WHERE seq = 2")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        con.execute("DELETE FROM audit_event WHERE seq = 3")
    con.close()
    assert verdict(db) == audit.Verdict(3, None)


def test_an_edited_event_is_named(db, db_url, capsys):
    """Before: one UPDATE changed the trail and nothing noticed."""
    write_events(db, 10)
    con = raw(db_url)
    con.execute("DROP TRIGGER audit_event_no_update")  # the attacker has the file
    con.execute("""UPDATE audit_event SET detail = '{"n": 99, "note": "é"}' WHERE seq = 4""")
    con.close()
    broken = verdict(db).broken
    assert broken is not None
    assert (broken.kind, broken.event_id, broken.at, broken.seq) == (
        audit.CHANGED,
        event_id(db, 4),
        T0 + timedelta(seconds=3),
        4,
    )
    assert cli.main(["audit", "verify", "--db", db_url]) == 1
    err = capsys.readouterr().err
    assert f"BROKEN at event {event_id(db, 4)} of 2025-12-02 10:00:03 +0100" in err
    assert "changed after it was written" in err


def test_a_deleted_event_is_named_as_a_gap(db, db_url, capsys):
    write_events(db, 10)
    gone = event_id(db, 6)
    con = raw(db_url)
    con.execute("DROP TRIGGER audit_event_no_delete")
    con.execute("DELETE FROM audit_event WHERE seq IN (6, 7)")
    con.close()
    broken = verdict(db).broken
    assert broken is not None
    assert (broken.kind, broken.first_missing, broken.seq, broken.event_id) == (audit.MISSING, 6, 8, gone + 2)
    assert cli.main(["audit", "verify", "--db", db_url]) == 1
    assert f"BROKEN before event {gone + 2} of " in (err := capsys.readouterr().err)
    assert "events 6 to 7 of the chain are missing (deleted)" in err


def test_renumbering_after_a_delete_is_still_seen(db, db_url):
    write_events(db, 6)
    con = raw(db_url)
    con.execute("DROP TRIGGER audit_event_no_update")
    con.execute("DROP TRIGGER audit_event_no_delete")
    con.execute("DELETE FROM audit_event WHERE seq = 3")
    con.execute("UPDATE audit_event SET seq = seq - 1 WHERE seq > 3")
    con.close()
    broken = verdict(db).broken
    assert broken is not None and (broken.kind, broken.seq) == (audit.CHANGED, 3)


def test_the_last_events_deleted_are_seen(db, db_url, capsys):
    write_events(db, 5)
    con = raw(db_url)
    con.execute("DROP TRIGGER audit_event_no_delete")
    con.execute("DELETE FROM audit_event WHERE seq > 3")
    con.close()
    broken = verdict(db).broken
    assert broken is not None
    assert (broken.kind, broken.event_id, broken.first_missing) == (audit.CUT_SHORT, event_id(db, 3), 4)
    assert cli.main(["audit", "verify", "--db", db_url]) == 1
    assert "the events after it (from 4 on) are missing" in capsys.readouterr().err


def test_two_stations_writing_at_once_make_one_chain(db_url, db):
    def station(name: str) -> None:
        own = Database(db_url)  # its own engine and connections, like another process
        write_events(own, 40, station=name)
        own.dispose()

    threads = [threading.Thread(target=station, args=(f"nurse-{n}",)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert verdict(db) == audit.Verdict(120, None)


def test_the_migration_chains_the_events_already_there(db_url):
    from alembic import command

    database = Database(db_url)
    config = migrate.alembic_config()
    with database.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0003")
    con = raw(db_url)
    for i in range(7):
        con.execute(
            "INSERT INTO audit_event (at, station, action, detail) VALUES (?, 'kiosk-1', 'kiosk.help', ?)",
            (f"2025-12-02 09:00:0{i}.000000", '{"n": %d}' % i),
        )
    con.close()
    assert migrate.upgrade(database.engine) is True
    assert verdict(database) == audit.Verdict(7, None)
    write_events(database, 2, start=7)  # new events go on from the migrated chain
    assert verdict(database) == audit.Verdict(9, None)
    database.dispose()


def test_every_migration_leaves_the_triggers_in_place(db):
    """A later migration that rebuilds audit_event (SQLite batch mode) drops its triggers: this says so."""
    with db.read() as s:
        names = s.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_event'"))
        assert sorted(names.scalars()) == ["audit_event_no_delete", "audit_event_no_update"]


def test_the_migration_goes_down_and_up_again(db):
    from alembic import command

    write_events(db, 3)
    config = migrate.alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0003")
    assert migrate.current_revision(db.engine) == "0003"
    assert migrate.upgrade(db.engine) is True
    assert verdict(db) == audit.Verdict(3, None)


def test_verify_names_a_missing_database_and_creates_none(tmp_path, capsys):
    missing = tmp_path / "nowhere" / "kiosk.db"
    assert cli.main(["audit", "verify", "--db", f"sqlite:///{missing}"]) == 1
    assert capsys.readouterr().err == f"kiosk: there is no database at {missing}\n"
    assert not missing.parent.exists()

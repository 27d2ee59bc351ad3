"""Staff at the nurse station: records, PIN sign-in with lockout, the `kiosk staff` command."""

import io
from datetime import UTC, datetime, timedelta

import pytest

from kiosk import cli
from kiosk.domain.staff import Actor
from kiosk.domain.visits import VisitRefused
from kiosk.storage import audit
from kiosk.storage import staff as people
from kiosk.storage.models import Staff

T0 = datetime(2025, 12, 2, 9, 0, tzinfo=UTC)
CLI = Actor.station_only("cli")


def test_sign_in_with_the_right_pin_gives_the_role(app):
    with app.db.write() as s:
        nurse = people.add_staff(s, "Fatima Zahra Alaoui", "nurse", "4821", actor=CLI, now=T0)
    with app.db.read() as s:
        assert people.list_staff(s) == [people.StaffInfo(nurse.id, "Fatima Zahra Alaoui", "nurse", True)]
        assert s.get(Staff, nurse.id).pin_hash.startswith("scrypt$")
    actor = people.sign_in(app.db, "nurse-1", nurse.id, "4821", T0)
    assert actor == Actor("nurse-1", nurse.id, "nurse", "Fatima Zahra Alaoui")
    with app.db.read() as s:
        assert [(e.action, e.station, e.staff_id) for e in audit.events(s, actions=[audit.SIGN_IN])] == [
            ("staff.sign_in", "nurse-1", nurse.id)
        ]


def _wrong(app_or_db, station, staff_id, when, pin="1357"):
    db = getattr(app_or_db, "db", app_or_db)
    with pytest.raises(VisitRefused) as refused:
        people.sign_in(db, station, staff_id, pin, when)
    return refused.value


def test_five_wrong_pins_lock_sign_in_for_a_minute(app):
    with app.db.write() as s:
        nurse = people.add_staff(s, "Khadija", "nurse", "4821", actor=CLI, now=T0)
    for i in range(4):
        wrong = _wrong(app, "nurse-1", nurse.id, T0 + timedelta(seconds=i))
        assert (wrong.code, wrong.detail) == ("staff.wrong_pin", {"attempts_left": 4 - i})
    locked = _wrong(app, "nurse-1", nurse.id, T0 + timedelta(seconds=4))
    assert (locked.code, locked.detail["seconds"]) == ("staff.locked", 60)
    even_right = _wrong(app, "nurse-1", nurse.id, T0 + timedelta(seconds=30), pin="4821")  # even the right PIN waits
    assert (even_right.code, even_right.detail["seconds"]) == ("staff.locked", 34)
    actor = people.sign_in(app.db, "nurse-1", nurse.id, "4821", T0 + timedelta(seconds=65))
    assert actor.role == "nurse"
    with app.db.read() as s:
        assert people.lock_state(s, "nurse-1", nurse.id)["staff"].failures == 0  # a right PIN starts again
        failed = audit.events(s, actions=[audit.SIGN_IN_FAILED])
        during = audit.events(s, actions=[audit.SIGN_IN_LOCKED])
    assert len(failed) == 5 and failed[0].detail == {"attempts_left": 0, "locked": True}
    assert [e.detail for e in during] == [{"scope": "station", "seconds": 34}]  # both locked: the station says it


def test_a_restart_does_not_reset_the_count(db_url):
    """Before: the count lived in the station's memory, a new App started at zero."""
    from kiosk.app import App

    first = App(db_url, clock=lambda: T0)
    with first.db.write() as s:
        nurse = people.add_staff(s, "Khadija", "nurse", "4821", actor=CLI, now=T0)
    for i in range(4):
        _wrong(first, "nurse-1", nurse.id, T0 + timedelta(seconds=i))
    first.close()
    again = App(db_url, clock=lambda: T0)  # the station restarted on the same database
    assert _wrong(again, "nurse-1", nurse.id, T0 + timedelta(seconds=5)).code == "staff.locked"
    assert _wrong(again, "nurse-1", nurse.id, T0 + timedelta(seconds=6), pin="4821").code == "staff.locked"
    again.close()


def test_the_next_booth_does_not_reset_the_count(app):
    """Before: the count was per station, the same person went on at the next booth."""
    with app.db.write() as s:
        nurse = people.add_staff(s, "Khadija", "nurse", "4821", actor=CLI, now=T0)
    for i in range(5):
        _wrong(app, "nurse-1", nurse.id, T0 + timedelta(seconds=i))
    refused = _wrong(app, "nurse-2", nurse.id, T0 + timedelta(seconds=6), pin="4821")
    assert (refused.code, refused.detail["scope"]) == ("staff.locked", "staff")


def test_trying_every_name_at_one_station_locks_the_station(app):
    with app.db.write() as s:
        people_ids = [
            people.add_staff(s, name, "nurse", "4821", actor=CLI, now=T0).id for name in ("Amina", "Salma", "Hind")
        ]
    for i in range(5):
        _wrong(app, "nurse-1", people_ids[i % 2], T0 + timedelta(seconds=i))  # 3 and 2 wrong PINs: no person locked
    refused = _wrong(app, "nurse-1", people_ids[2], T0 + timedelta(seconds=6), pin="4821")
    assert (refused.code, refused.detail["scope"]) == ("staff.locked", "station")
    assert people.sign_in(app.db, "nurse-2", people_ids[2], "4821", T0 + timedelta(seconds=7)).staff_id == people_ids[2]


def test_each_lock_is_longer_up_to_an_hour(app):
    with app.db.write() as s:
        nurse = people.add_staff(s, "Khadija", "nurse", "4821", actor=CLI, now=T0)
    when = T0
    for _ in range(4):
        _wrong(app, "nurse-1", nurse.id, when)
    locks = []
    for _ in range(6):
        refused = _wrong(app, "nurse-1", nurse.id, when)
        assert refused.code == "staff.locked"
        locks.append(refused.detail["seconds"] // 60)
        when += timedelta(seconds=refused.detail["seconds"])  # the lock runs out: one more wrong PIN
    assert locks == [1, 5, 15, 60, 60, 60]
    with app.db.read() as s:
        lockouts = [e.detail for e in audit.events(s, actions=[audit.LOCKOUT], limit=100)]
    assert len(lockouts) == 12  # each wrong PIN past the fifth locks the person and the station
    assert {(d["scope"], d["seconds"] // 60) for d in lockouts} == {
        (scope, minutes) for scope in ("staff", "station") for minutes in (1, 5, 15, 60)
    }


def test_an_attempt_during_a_lock_checks_no_pin_and_is_audited(app, monkeypatch):
    with app.db.write() as s:
        nurse = people.add_staff(s, "Khadija", "nurse", "4821", actor=CLI, now=T0)
    for i in range(5):
        _wrong(app, "nurse-1", nurse.id, T0 + timedelta(seconds=i))

    def no_check(*_args):
        raise AssertionError("a locked sign-in checked a PIN")

    monkeypatch.setattr("kiosk.domain.staff.verify_pin", no_check)
    for i in range(3):
        assert _wrong(app, "nurse-1", nurse.id, T0 + timedelta(seconds=10 + i), pin="4821").code == "staff.locked"
    with app.db.read() as s:
        during = audit.events(s, actions=[audit.SIGN_IN_LOCKED])
        every = audit.events(s, limit=1000)
    assert len(during) == 3 and all(e.staff_id == nurse.id and e.station == "nurse-1" for e in during)
    assert not any("4821" in str(e.detail) or "1357" in str(e.detail) for e in every)  # no PIN in the audit


def test_a_new_pin_lifts_the_lockout_and_must_not_be_trivial(app):
    with app.db.write() as s:
        nurse = people.add_staff(s, "Khadija", "nurse", "4821", actor=CLI, now=T0)
    for i in range(5):
        _wrong(app, "nurse-1", nurse.id, T0 + timedelta(seconds=i))
    with pytest.raises(VisitRefused) as trivial, app.db.write() as s:
        people.change_pin(s, nurse.id, "2222", actor=CLI, now=T0)
    assert trivial.value.detail == {"reason": "repeated"}
    with app.db.write() as s:
        people.change_pin(s, nurse.id, "58203", actor=CLI, now=T0)
    assert people.sign_in(app.db, "nurse-2", nurse.id, "58203", T0 + timedelta(seconds=6)).staff_id == nurse.id
    assert _wrong(app, "nurse-1", nurse.id, T0 + timedelta(seconds=7), pin="58203").code == "staff.locked"  # the booth


@pytest.mark.parametrize("trivial", ["0000", "1234", "4321", "0123456", "98765", "1212", "2001", "6969", "٠٠٠٠"])
def test_adding_staff_refuses_a_trivial_pin(app, trivial):
    with pytest.raises(VisitRefused) as refused, app.db.write() as s:
        people.add_staff(s, "Khadija", "nurse", trivial, actor=CLI, now=T0)
    assert refused.value.code == "staff.pin_trivial"
    with app.db.read() as s:
        assert people.list_staff(s) == []


def test_a_disabled_staff_member_cannot_sign_in(app):
    with app.db.write() as s:
        doctor = people.add_staff(s, "Dr Benali", "doctor", "90817", actor=CLI, now=T0)
    with app.db.write() as s:
        people.disable_staff(s, doctor.id, actor=CLI, now=T0)
    with pytest.raises(VisitRefused, match="staff.unknown"):
        people.sign_in(app.db, "nurse-1", doctor.id, "90817", T0)
    with app.db.read() as s:
        assert people.list_staff(s) == []
        assert [p.active for p in people.list_staff(s, include_inactive=True)] == [False]


def test_the_staff_command_adds_from_stdin_and_lists_without_pins(db_url, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("482913\n"))
    assert cli.main(["staff", "add", "--db", db_url, "--name", "Salma Idrissi", "--role", "nurse", "--pin-stdin"]) == 0
    assert "added nurse Salma Idrissi" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO("12\n"))
    assert cli.main(["staff", "add", "--db", db_url, "--name", "X", "--role", "doctor", "--pin-stdin"]) == 1
    assert "4 to 8 digits" in capsys.readouterr().err
    assert cli.main(["staff", "list", "--db", db_url]) == 0
    listing = capsys.readouterr().out
    assert "Salma Idrissi" in listing and "nurse" in listing
    assert "482913" not in listing and "scrypt" not in listing
    assert cli.main(["staff", "disable", "--db", db_url, "1"]) == 0
    capsys.readouterr()
    assert cli.main(["staff", "list", "--db", db_url]) == 0
    assert "Salma" not in capsys.readouterr().out


def test_a_new_database_has_no_staff_and_says_how_to_add_one(db_url, capsys):
    assert cli.main(["staff", "list", "--db", db_url]) == 0
    out = capsys.readouterr()
    assert out.out == "" and "kiosk staff add" in out.err


@pytest.mark.parametrize(
    ("pin", "says"),
    [
        ("0000", "repeats one digit"),
        ("1234", "run of digits"),
        ("987654", "run of digits"),
        ("1004", "20 most common PINs"),
    ],
)
def test_the_staff_command_refuses_a_trivial_pin_and_says_why(db_url, monkeypatch, capsys, pin, says):
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{pin}\n"))
    assert cli.main(["staff", "add", "--db", db_url, "--name", "Salma", "--role", "nurse", "--pin-stdin"]) == 1
    err = capsys.readouterr().err
    assert says in err and "Traceback" not in err
    assert cli.main(["staff", "list", "--db", db_url]) == 0
    assert "Salma" not in capsys.readouterr().out


def test_the_staff_command_changes_a_pin(db_url, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("482913\n"))
    assert cli.main(["staff", "add", "--db", db_url, "--name", "Salma", "--role", "nurse", "--pin-stdin"]) == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("4444\n"))
    assert cli.main(["staff", "pin", "--db", db_url, "1", "--pin-stdin"]) == 1
    assert "repeats one digit" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("570913\n"))
    assert cli.main(["staff", "pin", "--db", db_url, "1", "--pin-stdin"]) == 0
    assert "new PIN set for Salma" in capsys.readouterr().out
    from kiosk.storage.db import Database

    db = Database(db_url)
    assert people.sign_in(db, "nurse-1", 1, "570913", T0).name == "Salma"
    db.dispose()

"""Staff at the nurse station: records, PIN sign-in with lockout, the `kiosk staff` command."""

import io
from datetime import UTC, datetime, timedelta

import pytest

from kiosk import cli
from kiosk.domain.staff import Actor, Lockout
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
    actor = people.sign_in(app.db, "nurse-1", nurse.id, "4821", Lockout(), T0)
    assert actor == Actor("nurse-1", nurse.id, "nurse", "Fatima Zahra Alaoui")
    with app.db.read() as s:
        assert [(e.action, e.station, e.staff_id) for e in audit.events(s, actions=[audit.SIGN_IN])] == [
            ("staff.sign_in", "nurse-1", nurse.id)
        ]


def test_five_wrong_pins_lock_the_station_for_a_minute(app):
    with app.db.write() as s:
        nurse = people.add_staff(s, "Khadija", "nurse", "4821", actor=CLI, now=T0)
    lock = Lockout()
    for i in range(4):
        with pytest.raises(VisitRefused) as wrong:
            people.sign_in(app.db, "nurse-1", nurse.id, "1111", lock, T0 + timedelta(seconds=i))
        assert (wrong.value.code, wrong.value.detail) == ("staff.wrong_pin", {"attempts_left": 4 - i})
    with pytest.raises(VisitRefused) as locked:
        people.sign_in(app.db, "nurse-1", nurse.id, "1111", lock, T0 + timedelta(seconds=4))
    assert (locked.value.code, locked.value.detail) == ("staff.locked", {"seconds": 60})
    with pytest.raises(VisitRefused, match="staff.locked"):  # even the right PIN waits
        people.sign_in(app.db, "nurse-1", nurse.id, "4821", lock, T0 + timedelta(seconds=30))
    actor = people.sign_in(app.db, "nurse-1", nurse.id, "4821", lock, T0 + timedelta(seconds=65))
    assert actor.role == "nurse" and lock.failures == 0
    with app.db.read() as s:
        failed = audit.events(s, actions=[audit.SIGN_IN_FAILED])
    assert len(failed) == 5 and failed[0].detail == {"locked": True}  # the locked attempt checked nothing


def test_a_disabled_staff_member_cannot_sign_in(app):
    with app.db.write() as s:
        doctor = people.add_staff(s, "Dr Benali", "doctor", "90817", actor=CLI, now=T0)
    with app.db.write() as s:
        people.disable_staff(s, doctor.id, actor=CLI, now=T0)
    with pytest.raises(VisitRefused, match="staff.unknown"):
        people.sign_in(app.db, "nurse-1", doctor.id, "90817", Lockout(), T0)
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

from datetime import UTC, datetime, timedelta

import pytest

from kiosk.domain import staff
from kiosk.domain.staff import Actor, LockState
from kiosk.domain.visits import VisitRefused

T0 = datetime(2025, 12, 2, 9, 0, tzinfo=UTC)


def test_pin_hash_verifies_only_its_pin_and_is_salted():
    first, second = staff.hash_pin("4821"), staff.hash_pin("4821")
    assert first != second  # per-PIN salt
    assert "4821" not in first
    assert staff.verify_pin("4821", first) and staff.verify_pin("4821", second)
    assert not staff.verify_pin("4822", first)
    assert staff.verify_pin("٤٨٢١", first)  # typed on an Arabic keypad
    assert not staff.verify_pin("4821", "md5$whatever")


def test_pin_hash_is_scrypt_with_a_slow_cost():
    scheme, n, r, p, salt, digest = staff.hash_pin("123456").split("$")
    assert (scheme, int(n), int(r), int(p)) == ("scrypt", 2**15, 8, 1)  # ~0.1 s and 32 MB per guess
    assert (len(salt), len(digest)) == (24, 44)  # 16-byte salt, 32-byte key, base64


@pytest.mark.parametrize("bad", ["123", "123456789", "12a4", "", "12 34 56 7 8 9"])
def test_pin_must_be_four_to_eight_digits(bad):
    with pytest.raises(VisitRefused) as refused:
        staff.pin(bad)
    assert refused.value.code == "staff.pin_format"


def test_roles():
    assert staff.role(" Doctor ") == "doctor"
    with pytest.raises(VisitRefused, match="staff.role"):
        staff.role("admin")


def test_permissions_by_role():
    nurse, organiser = Actor("nurse-1", 1, "nurse"), Actor("nurse-1", 2, "organiser")
    kiosk = Actor.station_only("kiosk-1")
    assert nurse.may(staff.DECIDE) and nurse.may(staff.VIEW_ANSWERS) and nurse.may(staff.QUEUE)
    assert organiser.may(staff.QUEUE) and organiser.may(staff.MANAGE_STAFF)
    assert not organiser.may(staff.VIEW_ANSWERS) and not organiser.may(staff.DECIDE)
    assert not kiosk.may(staff.QUEUE)
    with pytest.raises(VisitRefused) as refused:
        organiser.require(staff.VIEW_ANSWERS)
    assert refused.value.code == "staff.forbidden" and refused.value.detail == {"permission": "view_answers"}


def test_the_lockout_schedule_grows_to_a_cap():
    schedule = staff.LOCKOUT_SCHEDULE
    assert [schedule.lock_for(n) for n in range(1, 5)] == [None] * 4
    minutes = [schedule.lock_for(n) // timedelta(minutes=1) for n in range(5, 11)]
    assert minutes == [1, 5, 15, 60, 60, 60]
    assert [schedule.attempts_left(n) for n in (0, 4, 5, 9)] == [5, 1, 0, 0]


def test_a_lock_state_counts_and_runs_out():
    state = LockState()
    for i in range(4):
        state = state.failed(T0 + timedelta(seconds=i))
        assert not state.locked(T0 + timedelta(seconds=i))
    state = state.failed(T0 + timedelta(seconds=4))
    assert state.locked(T0 + timedelta(seconds=5)) and state.seconds_left(T0 + timedelta(seconds=34)) == 30
    assert state.seconds_left(T0 + timedelta(seconds=63, microseconds=1)) == 1
    assert not state.locked(T0 + timedelta(seconds=64)) and state.seconds_left(T0 + timedelta(seconds=64)) == 0
    assert state.failed(T0 + timedelta(seconds=70)).locked_until == T0 + timedelta(seconds=70, minutes=5)


def test_a_shorter_schedule_is_data():
    quick = staff.LockoutSchedule(free=2, steps=(timedelta(seconds=10),))
    state = LockState().failed(T0, quick).failed(T0, quick)
    assert state.locked_until == T0 + timedelta(seconds=10)


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("0000", "repeated"),
        ("77777777", "repeated"),
        ("0123", "run"),
        ("123456", "run"),
        ("4321", "run"),
        ("9876543", "run"),
        ("1212", "common"),
        ("1004", "common"),
        ("2000", "common"),
        ("6969", "common"),
        ("1122", "common"),
        ("2001", "common"),
    ],
)
def test_trivial_pins_are_refused_with_the_reason(value, reason):
    assert staff.trivial_reason(value) == reason
    with pytest.raises(VisitRefused) as refused:
        staff.new_pin(value)
    assert (refused.value.code, refused.value.detail) == ("staff.pin_trivial", {"reason": reason})


@pytest.mark.parametrize("value", ["4821", "2468", "1357", "90817", "570913", "1235", "8068"])
def test_other_pins_are_accepted(value):
    assert staff.new_pin(value) == value


def test_the_common_list_is_the_studys_top_twenty():
    assert len(staff.COMMON_PINS) == 20 and {"1234", "1111", "0000", "4321", "1010"} <= staff.COMMON_PINS

from datetime import UTC, datetime, timedelta

import pytest

from kiosk.domain import staff
from kiosk.domain.staff import Actor, Lockout
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


def test_five_wrong_pins_lock_for_a_minute():
    lock = Lockout()
    for i in range(4):
        assert lock.failure(T0 + timedelta(seconds=i)) is False
    assert not lock.locked(T0 + timedelta(seconds=4))
    assert lock.failure(T0 + timedelta(seconds=4)) is True
    assert lock.locked(T0 + timedelta(seconds=5))
    with pytest.raises(VisitRefused) as refused:
        lock.check(T0 + timedelta(seconds=34))
    assert refused.value.code == "staff.locked" and refused.value.detail == {"seconds": 30}
    with pytest.raises(VisitRefused, match="staff.locked"):
        lock.failure(T0 + timedelta(seconds=63, microseconds=999_999))
    assert lock.seconds_left(T0 + timedelta(seconds=64)) == 0
    lock.check(T0 + timedelta(seconds=64))  # open again, with a fresh count
    assert lock.failure(T0 + timedelta(seconds=65)) is False
    assert lock.failures == 1


def test_a_right_pin_resets_the_count():
    lock = Lockout()
    for i in range(4):
        lock.failure(T0 + timedelta(seconds=i))
    lock.success()
    for i in range(4):
        assert lock.failure(T0 + timedelta(seconds=10 + i)) is False
    assert not lock.locked(T0 + timedelta(seconds=14))

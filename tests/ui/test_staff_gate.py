"""Leaving kiosk mode uses the nurse station's sign-in: the same lockout, kept in the database."""

from datetime import UTC, datetime, timedelta

from kiosk.domain.staff import Actor
from kiosk.storage import audit
from kiosk.storage import staff as people
from kiosk.ui.kiosk_station.staff import StaffGate, refusal_text

T0 = datetime(2025, 12, 2, 9, 0, tzinfo=UTC)


def test_a_name_locked_at_a_nurse_booth_cannot_leave_kiosk_mode(app):
    with app.db.write() as s:
        organiser = people.add_staff(s, "Khadija Amrani", "organiser", "4829", actor=Actor.station_only("t"), now=T0)
    gate = StaffGate(app)
    for _ in range(5):
        refused = gate.check(organiser.id, "5555", T0)
        assert refused is not None
    assert (refused.code, refused.detail["scope"]) == ("staff.locked", "station")  # this kiosk, and the name
    gate.check(organiser.id, "4829", T0 + timedelta(seconds=61))  # one minute on: the right PIN opens it
    for _ in range(5):
        people_refused = None
        try:
            people.sign_in(app.db, "nurse-1", organiser.id, "5555", T0 + timedelta(minutes=2))
        except Exception as error:  # noqa: BLE001 - the refusal is what this loop wants
            people_refused = error
        assert people_refused is not None
    at_kiosk = gate.check(organiser.id, "4829", T0 + timedelta(minutes=2, seconds=1))
    assert at_kiosk is not None and (at_kiosk.code, at_kiosk.detail["scope"]) == ("staff.locked", "staff")
    with app.db.read() as s:
        during = audit.events(s, actions=[audit.SIGN_IN_LOCKED])
    assert during[0].station == app.station and during[0].detail["scope"] == "staff"


def test_a_lock_says_for_how_long(switch):
    from kiosk.domain.visits import VisitRefused

    switch.set_language("fr")
    kiosk = refusal_text(VisitRefused("staff.locked", scope="station", seconds=30))
    assert kiosk == "Trop de codes PIN erronés sur cette borne. Réessayez dans 30 secondes."
    name = refusal_text(VisitRefused("staff.locked", scope="staff", seconds=899))
    assert name == "Trop de codes PIN erronés pour ce nom. Réessayez dans 15 minutes."
    switch.set_language("ar")
    assert refusal_text(VisitRefused("staff.locked", scope="staff", seconds=60)).endswith("بعد دقيقة واحدة.")

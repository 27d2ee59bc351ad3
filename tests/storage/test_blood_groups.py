"""A blood group a donor declares is kept apart from one a laboratory confirmed;
only a confirmed group reaches the donor card."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from kiosk.domain.staff import Actor
from kiosk.domain.validation import DonorDetails
from kiosk.domain.visits import VisitRefused
from kiosk.printing.compose import card_data
from kiosk.storage import audit, blood_groups, registration
from kiosk.storage.models import Donor

NOW = datetime(2025, 12, 2, 9, 30, tzinfo=UTC)
NURSE = Actor(station="nurse-1", role="nurse")
ORGANISER = Actor(station="nurse-1", role="organiser")


class Dates:
    def long_date(self, day: date, lang: str) -> str:
        return day.isoformat()


def donor(app, declared: str | None) -> int:
    with app.db.write() as s:
        row = registration.create_donor(
            s,
            DonorDetails(
                sex="F",
                birth_date=date(1992, 3, 14),
                first_name_latin="Khadija",
                last_name_latin="Bennani",
                blood_group=declared,
            ),
            "v1",
            NOW,
        )
        s.flush()
        return row.id


def test_a_declared_group_never_reaches_the_card(app):
    donor_id = donor(app, "O+")
    with app.db.read() as s:
        row = s.get(Donor, donor_id)
        assert (row.blood_group, row.blood_group_confirmed) == ("O+", None)
        assert blood_groups.BloodGroup.of(row) == blood_groups.BloodGroup("O+", confirmed=False)
        assert card_data(row, None, None, "fr", Dates()).blood_group is None


def test_a_nurse_records_the_laboratory_group_apart_and_it_is_audited(app):
    donor_id = donor(app, "O+")  # she thought O+; the laboratory says A+
    with app.db.write() as s:
        shown = blood_groups.confirm(s, donor_id, "a+", source="nurse", actor=NURSE, now=NOW)
    assert shown == blood_groups.BloodGroup("A+", confirmed=True)
    with app.db.read() as s:
        row = s.get(Donor, donor_id)
        assert (row.blood_group, row.blood_group_confirmed, row.blood_group_source) == ("O+", "A+", "nurse")
        assert row.blood_group_confirmed_at == NOW
        assert card_data(row, None, None, "fr", Dates()).blood_group == "A+"
        events = audit.events(s, actions=[blood_groups.CONFIRM])
        assert [(e.staff_id, e.donor_id, dict(e.detail)) for e in events] == [
            (None, donor_id, {"group": "A+", "source": "nurse"})
        ]


def test_a_group_from_the_centre_register_for_a_donor_who_did_not_know(app):
    donor_id = donor(app, None)
    with app.db.write() as s:
        blood_groups.confirm(s, donor_id, "AB-", source="register", actor=NURSE, now=NOW)
    with app.db.read() as s:
        row = s.get(Donor, donor_id)
        assert (row.blood_group, row.blood_group_confirmed, row.blood_group_source) == (None, "AB-", "register")


@pytest.mark.parametrize(
    ("group", "actor", "code"),
    [("C+", NURSE, "blood_group.invalid"), ("A+", ORGANISER, "staff.forbidden")],
)
def test_refusals_change_nothing(app, group, actor, code):
    donor_id = donor(app, "B+")
    with pytest.raises(VisitRefused) as refused, app.db.write() as s:
        blood_groups.confirm(s, donor_id, group, source="nurse", actor=actor, now=NOW)
    assert refused.value.code == code
    with app.db.read() as s:
        row = s.get(Donor, donor_id)
        assert (row.blood_group, row.blood_group_confirmed) == ("B+", None)
        assert audit.events(s, actions=[blood_groups.CONFIRM]) == []

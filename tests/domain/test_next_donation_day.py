"""The day a donor may give again, as printed on the card and the certificate:
the pack's interval by sex and its yearly limit, the same rules the kiosk applies."""

from datetime import date, timedelta

import pytest

from kiosk.domain.eligibility import Donation, assess, default_pack, next_donation_day
from kiosk.domain.eligibility.model import DonorProfile, Sex

BORN = date(1990, 5, 4)
GIVEN = Donation(date(2025, 12, 2))


@pytest.mark.parametrize(("sex", "weeks"), [("M", 8), ("F", 12)])
def test_whole_blood_waits_the_packs_interval_for_the_donors_sex(sex, weeks):
    day = next_donation_day(default_pack(), sex, BORN, GIVEN)
    days = default_pack().rule("interval").params["days"][sex]
    assert days == weeks * 7
    assert day == GIVEN.date + timedelta(days=days)


def test_the_kiosk_lets_the_donor_in_on_that_day_and_not_the_day_before():
    pack = default_pack()
    day = next_donation_day(pack, "F", BORN, GIVEN)
    assert day is not None
    profile = DonorProfile(Sex.F, BORN, 60, first_time=False)
    before = assess(pack, day - timedelta(days=1), profile, [GIVEN])
    on_the_day = assess(pack, day, profile, [GIVEN])
    assert "interval" in before.reasons
    assert "interval" not in on_the_day.reasons and "yearly_limit" not in on_the_day.reasons


def test_the_yearly_limit_can_push_the_day_further():
    """A woman's third whole-blood donation in twelve months: 3 a year at most, so
    she waits for the first of them to leave the twelve-month window."""
    pack = default_pack()
    earlier = [Donation(date(2025, 1, 10)), Donation(date(2025, 5, 20))]
    given = Donation(date(2025, 9, 1))
    interval_only = next_donation_day(pack, "F", BORN, given)
    day = next_donation_day(pack, "F", BORN, given, earlier)
    assert interval_only == date(2025, 11, 24)
    assert day is not None and day > interval_only


def test_later_donations_do_not_count():
    later = [Donation(date(2026, 3, 1))]
    assert next_donation_day(default_pack(), "M", BORN, GIVEN, later) == next_donation_day(
        default_pack(), "M", BORN, GIVEN
    )

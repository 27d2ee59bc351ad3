"""The organiser's figures from plain facts: every count, the waits, small-number
suppression, reason families, and hours at the venue (Africa/Casablanca)."""

from datetime import UTC, date, datetime, timedelta

import pytest

from kiosk.domain import day_report as D
from kiosk.domain import reactions
from kiosk.domain.day_report import ReactionFacts, VisitFacts
from kiosk.domain.eligibility import default_pack
from kiosk.domain.visits import VisitRefused

DAY = date(2025, 12, 2)
NINE = datetime(2025, 12, 2, 8, 0, tzinfo=UTC)  # 09:00 in Khouribga (UTC+1)


def visit(
    minutes: float = 0,
    *,
    sex="F",
    born=date(1990, 6, 1),
    group=None,
    confirmed=False,
    first_time=True,
    wait: float | None = 10,
    status="donated",
    booth=1,
    prescreen="eligible",
    reason=None,
    day=DAY,
) -> VisitFacts:
    arrived = NINE + timedelta(minutes=minutes)
    called = arrived + timedelta(minutes=wait) if wait is not None else None
    return VisitFacts(
        day=day,
        sex=sex,
        birth_date=born,
        blood_group=group,
        blood_group_confirmed=confirmed,
        first_time=first_time,
        arrived_at=arrived,
        first_called_at=called,
        status=status,
        booth=booth if called else None,
        prescreen=prescreen,
        donation_kind="whole_blood" if status == "donated" else None,
        donated_at=called + timedelta(minutes=15) if status == "donated" and called else None,
        deferral_reason=reason,
    )


def build(visits, reacts=(), target=100, first=DAY, last=DAY):
    return D.build(visits, reacts, first_day=first, last_day=last, daily_target=target)


def test_an_empty_day_has_zeros_and_no_waits():
    report = build([])
    assert (report.registered, report.donations, report.deferred, report.target) == (0, 0, 0, 100)
    assert report.share == 0
    assert report.wait_median is None and report.wait_p90 is None
    assert report.hours == () and report.booths == ()
    assert all(count == 0 for _row, counts in report.deferrals.rows for count in counts)


def test_the_press_figures():
    visits = [
        visit(0, first_time=True),
        visit(5, first_time=False, sex="M"),
        visit(10, first_time=True, status="deferred", reason="haemoglobin", sex="M"),
        visit(12, first_time=False, status="left", wait=None),
        visit(20, first_time=True, status="waiting", wait=None),
    ]
    report = build(visits, target=4)
    assert report.registered == 5
    assert report.registered_first_time == 3
    assert report.donations == 2
    assert report.donations_first_time == 1
    assert report.share == 0.5
    assert report.deferred == 1
    assert report.left_without_donating == 1
    assert report.still_in_queue == 1


def test_waits_median_and_ninetieth_percentile_by_nearest_rank():
    waits = [5, 10, 15, 20, 25, 30, 35, 40, 45, 90]
    report = build([visit(i, wait=w) for i, w in enumerate(waits)])
    assert report.wait_median == 27.5
    assert report.wait_p90 == 45  # 9 of the 10 waited 45 minutes or less
    assert D.percentile([3.0], 0.9) == 3.0


def test_hours_are_the_venues_and_span_the_day_without_gaps():
    # 08:30 and 11:10 UTC are 09:30 and 12:10 in Khouribga.
    report = build([visit(30, wait=5), visit(190, wait=5)])
    assert [h.hour for h in report.hours] == [9, 10, 11, 12]
    assert [(h.arrivals, h.donations) for h in report.hours] == [(1, 1), (0, 0), (0, 0), (1, 1)]
    assert report.hours[1].median_wait is None


def test_a_day_that_crosses_midnight_utc_stays_one_local_day():
    # 23:30 UTC on 1 December is 00:30 on 2 December in Khouribga: the same campaign day.
    late = VisitFacts(
        day=DAY,
        sex="F",
        birth_date=date(1990, 1, 1),
        blood_group=None,
        blood_group_confirmed=False,
        first_time=True,
        arrived_at=datetime(2025, 12, 1, 23, 30, tzinfo=UTC),
        first_called_at=datetime(2025, 12, 1, 23, 50, tzinfo=UTC),
        status="donated",
        booth=1,
        prescreen="eligible",
        donation_kind="whole_blood",
        donated_at=datetime(2025, 12, 2, 0, 5, tzinfo=UTC),
        deferral_reason=None,
    )
    report = build([late])
    assert [(h.hour, h.arrivals, h.donations) for h in report.hours] == [(0, 1, 0), (1, 0, 1)]
    assert report.hours[0].median_wait == 20


def test_blood_groups_confirmed_and_declared_apart():
    report = build(
        [visit(group="O+", confirmed=True), visit(group="O+"), visit(group="AB-", confirmed=True), visit(group=None)]
    )
    assert report.by_group.cell("O+", "confirmed") == 1
    assert report.by_group.cell("O+", "declared") == 1
    assert report.by_group.cell("AB-", "confirmed") == 1
    assert report.by_group.cell("", "declared") == 1  # not known


def test_sex_and_age_band_on_the_day_of_the_visit():
    report = build(
        [
            visit(sex="F", born=date(2007, 12, 2)),  # 18 that very day
            visit(sex="M", born=date(1960, 12, 3)),  # 64
            visit(sex="M", born=date(1990, 1, 1)),
        ]
    )
    assert report.by_sex_age.cell("18-24", "F") == 1
    assert report.by_sex_age.cell("55-65", "M") == 1
    assert report.by_sex_age.cell("35-44", "M") == 1


def test_deferrals_count_once_under_their_first_reasons_family():
    report = build(
        [
            visit(status="deferred", reason="tattoo_piercing,surgery", sex="F"),
            visit(status="deferred", reason="haemoglobin", sex="F"),
            visit(status="deferred", reason="Douleur au bras", sex="M"),
        ]
    )
    assert report.deferrals.cell("recent_procedure", "F") == 1
    assert report.deferrals.cell("haemoglobin", "F") == 1
    assert report.deferrals.cell("other", "M") == 1
    assert report.deferred == 3


def test_every_rule_and_vital_of_the_bundled_pack_has_a_reason_family():
    pack = default_pack()
    ids = {rule.id for rule in pack.rules} | {vital.id for vital in pack.vitals}
    assert ids - set(D.REASON_FAMILIES) == set()


def test_small_counts_in_tables_of_people_are_published_as_under_five():
    assert [D.published(n) for n in (0, 1, 4, 5, 12)] == ["0", "< 5", "< 5", "5", "12"]
    report = build([visit(status="deferred", reason="hiv", sex="M")])
    assert report.deferrals.shown(report.deferrals.cell("infection_risk", "M")) == "< 5"


def test_reactions_by_kind_and_booths():
    report = build(
        [visit(booth=1), visit(booth=1, status="deferred", reason="weight"), visit(booth=2)],
        [
            ReactionFacts(reactions.VASOVAGAL_MILD, "F", NINE),
            ReactionFacts(reactions.VASOVAGAL_MILD, "M", NINE),
            ReactionFacts(reactions.HAEMATOMA, "F", NINE),
        ],
    )
    assert report.reactions.cell(reactions.VASOVAGAL_MILD, "count") == 2
    assert report.reactions.cell(reactions.HAEMATOMA, "count") == 1
    assert [(b.booth, b.seen, b.donations, b.deferrals) for b in report.booths] == [(1, 2, 1, 1), (2, 1, 1, 0)]


def test_a_campaign_period_sums_its_days_and_its_targets():
    second = date(2025, 12, 3)
    report = build([visit(), visit(day=second), visit(day=second)], first=DAY, last=second, target=50)
    assert report.target == 100
    assert report.days == ((DAY, 1, 1), (second, 2, 2))


def test_reaction_checks():
    now = NINE
    assert reactions.check("haematoma", "after", ["pressure", "cold_compress"], now, now) == (
        "cold_compress",
        "pressure",
    )
    for bad in (
        {"kind": "faint"},
        {"phase": "later"},
        {"actions": ["aspirin"]},
        {"occurred_at": now + timedelta(hours=1)},
        {"occurred_at": now - timedelta(days=1)},
    ):
        args = {"kind": "haematoma", "phase": "after", "actions": [], "occurred_at": now} | bad
        with pytest.raises(VisitRefused):
            reactions.check(args["kind"], args["phase"], args["actions"], args["occurred_at"], now)
    assert reactions.is_severe(reactions.VASOVAGAL_SEVERE_LOC) and not reactions.is_severe(reactions.HAEMATOMA)

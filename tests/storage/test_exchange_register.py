"""The centre's register before the day: its donors known at the kiosk, their
past in the interval and yearly-limit rules, its deferrals kept, a malformed
file refused with the database unchanged, and queued donors flagged."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from kiosk.domain.clock import local_day, now_utc
from kiosk.domain.register import MAX_LINE, REQUIRED
from kiosk.domain.validation import DonorDetails
from kiosk.storage import campaigns, changes, registration
from kiosk.storage.models import AuditEvent, Donor
from kiosk.storage.queue import nurse_list
from tests.storage.exchange_world import Station, at_kiosk, morning

TODAY = date(2025, 12, 2)
HEADER = ",".join(REQUIRED)


def line(
    cin="AB123456",
    sex="M",
    birth="1988-04-02",
    group="O+",
    last="",
    kind="",
    count="",
    until="",
    permanent="",
    reason="",
    names=("Alaoui", "Youssef", "العلوي", "يوسف"),
):
    return ",".join([cin, *names, sex, birth, group, last, kind, count, until, permanent, reason])


def write(tmp_path, *rows, header=HEADER, name="register.csv"):
    path = tmp_path / name
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def station(tmp_path):
    return Station(tmp_path, "khouribga-1").setup()


def load(station, path, as_of=TODAY):
    return station.cli("import", "--register", str(path), "--as-of", as_of.isoformat())


def kiosk_sees(station, cin, day=TODAY, birth=date(1988, 4, 2)):
    app = station.app(morning(day))
    try:
        return at_kiosk(app, cin=cin, birth=birth)
    finally:
        app.close()


def test_a_man_who_gave_at_the_centre_30_days_ago_is_deferred_by_the_interval(station, tmp_path):
    gave = TODAY - timedelta(days=30)
    ran = load(station, write(tmp_path, line(last=gave.isoformat(), kind="whole_blood", count="1")))
    assert ran.code == 0 and "added:      1 donor, 1 register" in ran.out
    result, masked = kiosk_sees(station, "ab 123456")
    assert (masked.name("ar"), masked.name("fr")) == ("ي…ف ا.", "Y…f A.")
    assert (result.kind, result.until) == ("deferred", gave + timedelta(weeks=8))


def test_the_yearly_limit_counts_the_registers_donations(station, tmp_path):
    gave = TODAY - timedelta(days=70)  # past the 8 weeks, but his fifth donation in 12 months
    load(station, write(tmp_path, line(last=gave.isoformat(), kind="whole_blood", count="5")))
    result, _ = kiosk_sees(station, "AB123456")
    assert result.kind == "deferred" and result.until > TODAY
    other = write(tmp_path, line(last=gave.isoformat(), kind="whole_blood", count="2"), name="r2.csv")
    load(Station(tmp_path, "khouribga-2").setup(), other)
    result, _ = kiosk_sees(Station(tmp_path, "khouribga-2"), "AB123456")
    assert result is None  # two donations in the year and 10 weeks since the last: the questions come next


def test_a_registers_deferral_holds_and_a_permanent_one_is_never_lifted(station, tmp_path):
    rows = [
        line(permanent="yes", reason="hepatitis"),
        line(cin="K12345", sex="F", birth="1992-03-14", until="2026-01-15", reason="haemoglobin"),
    ]
    assert load(station, write(tmp_path, *rows)).code == 0
    assert kiosk_sees(station, "AB123456")[0].kind == "permanent"
    assert kiosk_sees(station, "K12345", birth=date(1992, 3, 14))[0].until == date(2026, 1, 15)
    later = write(tmp_path, line(), line(cin="K12345", sex="F", birth="1992-03-14"), name="later.csv")
    out = load(station, later, as_of=TODAY + timedelta(days=5)).out
    assert "conflicts:  0" in out
    assert kiosk_sees(station, "AB123456")[0].kind == "permanent"
    assert kiosk_sees(station, "K12345", birth=date(1992, 3, 14))[0].until == date(2026, 1, 15)


def test_loading_the_register_twice_changes_nothing(station, tmp_path):
    path = write(
        tmp_path,
        line(last="2025-10-01", kind="whole_blood", count="2"),
        line(cin="K1", until="2026-01-01", reason="travel"),
    )
    load(station, path)
    before = station.dump()
    ran = load(station, path)
    assert "added:      nothing" in ran.out
    assert station.dump() == before


def test_a_cin_with_another_sex_is_listed_and_not_merged(station, tmp_path):
    app = station.app(morning(TODAY))
    try:
        with app.db.write() as s:
            registration.create_donor(
                s,
                DonorDetails(sex="F", birth_date=date(1988, 4, 2), cin="AB123456", first_name_latin="Salma"),
                "v",
                morning(TODAY),
            )
    finally:
        app.close()
    ran = load(station, write(tmp_path, line(until="2026-05-01", reason="tattoo")))
    assert "register CIN AB123456: sex F here, M in the register; not merged" in ran.out
    assert kiosk_sees(station, "AB123456")[0] is None  # Salma is not deferred by someone else's row


def test_donor_numbers_and_cards_from_the_register(station, tmp_path):
    header = HEADER + ",number,card"
    path = write(tmp_path, line() + ",CRTS-MKN-004242,centre-card-0001", line(cin="K2") + ",,", header=header)
    load(station, path)
    app = station.app(morning(TODAY))
    try:
        with app.db.read() as s:
            assert registration.find_by_card(s, "centre-card-0001").number == "CRTS-MKN-004242"
            assert registration.find_by_cin(s, "K2").number == "KHOURIBGA-1-000001"
    finally:
        app.close()


BAD = [
    ("wrong columns", lambda p: write(p, "AB1,x", header="cin,name"), "line 1: the columns are not the register's"),
    ("bad date", lambda p: write(p, line(birth="1988-02-30")), "line 2: birth_date '1988-02-30' is not a real date"),
    (
        "bad date format",
        lambda p: write(p, line(last="02/11/2025", kind="whole_blood")),
        "line 2: last_donation '02/11/2025' is not a date (YYYY-MM-DD)",
    ),
    ("bad CIN", lambda p: write(p, line(), line(cin="123ABC")), "line 3: cin '123ABC' is not a CIN"),
    ("too few columns", lambda p: write(p, "AB1,Alaoui"), "line 2: 14 columns expected"),
    (
        "deferral without reason",
        lambda p: write(p, line(until="2026-01-01")),
        "line 2: a deferral needs its deferral_reason code",
    ),
]


@pytest.mark.parametrize("case, make, message", BAD, ids=[b[0] for b in BAD])
def test_a_malformed_register_is_refused_and_changes_nothing(station, tmp_path, case, make, message):
    load(station, write(tmp_path, line(cin="ZZ1"), name="first.csv"))
    before = station.digest()
    ran = load(station, make(tmp_path))
    assert ran.code == 1 and ran.out == ""
    assert ran.err.startswith(f"kiosk import: refused: {message}") and ran.err.count("\n") == 1
    assert station.digest() == before


def test_a_50_mb_line_is_refused_without_reading_it_whole(station, tmp_path):
    load(station, write(tmp_path, line(cin="ZZ1"), name="first.csv"))
    before = station.digest()
    path = tmp_path / "huge.csv"
    with open(path, "w", encoding="utf-8") as out:
        out.write(HEADER + "\n" + line() + "\n")
        out.write("AB1," + "x" * (50 * 1024 * 1024) + "\n")
    ran = load(station, path)
    assert (
        ran.err
        == f"kiosk import: refused: line 3 is longer than {MAX_LINE} characters: this is not a register; nothing imported\n"
    )
    assert station.digest() == before


def test_a_donor_in_todays_queue_now_deferred_is_flagged_for_the_nurses(station, tmp_path):
    """The import runs on the real clock: the donor queues today at the demo campaign."""
    today = local_day(now_utc())
    app = station.app(now_utc())
    try:
        with app.db.write() as s:
            campaign = campaigns.active_campaign(s)
            donor = registration.create_donor(
                s,
                DonorDetails(sex="M", birth_date=date(1988, 4, 2), cin="AB123456", first_name_latin="Youssef"),
                "v",
                now_utc(),
            )
            visit = registration.check_in(
                s, campaign, donor, today, now_utc(), outcome="eligible", until=None, reasons=[], pack="p", answers={}
            )
            visit_id, campaign_id = visit.id, campaign.id
        with app.db.read() as s:
            version = changes.queue_version(s, campaign_id, today)
    finally:
        app.close()
    ran = station.cli("import", "--register", str(write(tmp_path, line(until="2099-01-01", reason="haemoglobin"))))
    assert "flagged:    1 donor(s) in today's queue" in ran.out
    app = station.app(now_utc())
    try:
        with app.db.read() as s:
            assert changes.queue_version(s, campaign_id, today) > version
            (row,) = nurse_list(s, campaign_id, today, now_utc()).rows
            assert (row.visit_id, row.held_reason) == (visit_id, "haemoglobin")
            event = s.scalar(select(AuditEvent).where(AuditEvent.action == "exchange.deferral_flag"))
            assert event.visit_id == visit_id and event.detail["reason"] == "haemoglobin"
            assert s.scalar(select(Donor.number).where(Donor.id == event.donor_id)) == "KHOURIBGA-1-000001"
    finally:
        app.close()

"""The organiser's report of a day built through the stations' own storage calls:
kiosk check-ins, calls, vitals, donations, deferrals, a reaction; every figure of
the report, its PDF text and its CSV files checked against what happened."""

import csv
import re
import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from kiosk.domain import reactions
from kiosk.domain.eligibility import default_pack
from kiosk.domain.staff import Actor
from kiosk.domain.validation import DonorDetails
from kiosk.domain.visits import VisitRefused, Vitals
from kiosk.reports import csv_files, load, pdf_bytes
from kiosk.storage import audit, campaigns, registration
from kiosk.storage import queue as q
from kiosk.storage import reactions as stored_reactions
from kiosk.storage.changes import queue_version
from kiosk.storage.models import AuditEvent

DAY = date(2025, 12, 2)
T0 = datetime(2025, 12, 2, 9, 0, tzinfo=UTC)  # 10:00 in Khouribga
PACK = default_pack()
GOOD = Vitals(weight_kg=64, haemoglobin_g_dl=13.5, systolic=125, diastolic=80)
LOW_HB = Vitals(weight_kg=58, haemoglobin_g_dl=10.9, systolic=118, diastolic=75)
KIOSK = Actor.station_only("kiosk-1")
NAUGHTY = '=HYPERLINK("http://example.invalid","x")'


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


@pytest.fixture
def nurse(app):
    from kiosk.storage.models import Staff

    with app.db.write() as s:
        row = Staff(name="Fatima Zahra", role="nurse", pin_hash="-", created_at=T0)
        s.add(row)
        s.flush()
        return Actor("nurse-1", row.id, "nurse", "Fatima Zahra")


def arrive(
    app, i, sex, born, minutes, *, day=DAY, outcome="eligible", reasons=(), until=None, group=None, name="Amina"
):
    with app.db.write() as s:
        campaign = campaigns.active_campaign(s)
        donor = registration.find_by_cin(s, f"RP{i:05d}") or registration.create_donor(
            s,
            DonorDetails(
                sex=sex,
                birth_date=born,
                first_name_latin=name,
                last_name_latin="Report",
                cin=f"RP{i:05d}",
                blood_group=group,
            ),
            "v1",
            at(minutes),
        )
        visit = q.join_queue(
            s,
            campaign,
            donor,
            day,
            actor=KIOSK,
            now=at(minutes),
            outcome=outcome,
            until=until,
            reasons=list(reasons),
            pack=PACK.ref,
            answers={},
        )
        return visit.id


def step(app, fn, *args, **kwargs):
    with app.db.write() as s:
        return fn(s, *args, **kwargs)


def call(app, booth, nurse, minutes, day=DAY):
    with app.db.write() as s:
        campaign_id = campaigns.active_campaign(s).id
        return q.call_next(s, campaign_id, day, booth, actor=nurse, now=at(minutes)).id


def donate(app, visit_id, nurse, minutes, bag):
    step(app, q.start_interview, visit_id, actor=nurse, now=at(minutes))
    step(app, q.record_vitals, visit_id, GOOD, PACK, actor=nurse, now=at(minutes + 1))
    step(app, q.record_donation, visit_id, volume_ml=450, bag_number=bag, actor=nurse, now=at(minutes + 10))


@pytest.fixture
def day(app, nurse):
    """Seven donors at the demo campaign on 2 December 2025 (times in UTC, +1 at the venue)."""
    # Salim gave in September: a returning donor.
    earlier = date(2025, 9, 1)
    arrive(app, 2, "M", date(1985, 3, 3), -130000, day=earlier, group="A-")
    first = call(app, 1, nurse, -129990, day=earlier)
    donate(app, first, nurse, -129980, "OLD-0001")

    amina = arrive(app, 1, "F", date(1990, 6, 1), 0, group="O+", name=NAUGHTY)  # 10:00
    salim = arrive(app, 2, "M", date(1985, 3, 3), 5, group="A-")  # 10:05
    hind = arrive(app, 3, "F", date(2000, 1, 1), 10)  # 10:10
    arrive(app, 4, "M", date(1995, 5, 5), 15, outcome="deferred", reasons=["tattoo_piercing"], until=date(2026, 5, 1))
    leila = arrive(app, 5, "F", date(1970, 2, 2), 20)  # 10:20
    arrive(app, 6, "M", date(1999, 9, 9), 65)  # 11:05, still waiting
    arrive(app, 7, "F", date(1980, 8, 8), 70, outcome="refer")  # 11:10, still waiting

    assert call(app, 1, nurse, 10) == amina  # waited 10 min
    donate(app, amina, nurse, 11, "LOC-0001")  # donated 10:21
    assert call(app, 2, nurse, 20) == salim  # waited 15 min
    donate(app, salim, nurse, 21, "LOC-0002")  # donated 10:31
    assert call(app, 1, nurse, 30) == hind  # waited 20 min
    step(app, q.start_interview, hind, actor=nurse, now=at(31))
    step(app, q.record_vitals, hind, LOW_HB, PACK, actor=nurse, now=at(32))
    step(app, q.record_deferral, hind, reason="haemoglobin", until=date(2026, 3, 2), actor=nurse, now=at(33))
    step(app, q.leave, leila, actor=nurse, now=at(40))
    step(
        app,
        stored_reactions.record_reaction,
        amina,
        kind=reactions.VASOVAGAL_SEVERE,
        phase="after",
        actions=["legs_raised", "fluids"],
        occurred_at=at(25),
        actor=nurse,
        now=at(26),
    )
    return {"amina": amina, "salim": salim, "hind": hind}


def test_every_figure_of_the_day(app, day):
    report = load(app, day=DAY).report
    assert report.registered == 7
    assert report.registered_first_time == 6
    assert report.donations == 2
    assert report.donations_first_time == 1
    assert report.target == 100 and report.share == 0.02
    assert report.deferred == 2
    assert report.left_without_donating == 1
    assert report.still_in_queue == 2
    assert (report.wait_median, report.wait_p90) == (15, 20)
    assert report.by_group.cell("O+", "declared") == 1 and report.by_group.cell("A-", "declared") == 1
    assert report.by_sex_age.cell("35-44", "F") == 1 and report.by_sex_age.cell("35-44", "M") == 1
    assert dict(report.prescreen.rows) == {"eligible": (5,), "refer": (1,), "deferred": (1,), "permanent": (0,)}
    assert report.deferrals.cell("haemoglobin", "F") == 1
    assert report.deferrals.cell("recent_procedure", "M") == 1
    assert report.reactions.cell(reactions.VASOVAGAL_SEVERE, "count") == 1
    assert [(h.hour, h.arrivals, h.donations) for h in report.hours] == [(10, 5, 2), (11, 2, 0)]
    assert report.hours[0].median_wait == 15
    assert [(b.booth, b.seen, b.donations, b.deferrals) for b in report.booths] == [(1, 2, 1, 1), (2, 1, 1, 0)]


def test_an_empty_day(app):
    report = load(app, day=date(2025, 12, 3)).report
    assert (report.registered, report.donations, report.deferred, report.hours) == (0, 0, 0, ())


def test_a_visit_just_after_midnight_at_the_venue_counts_on_its_local_day(app, nurse):
    late = datetime(2025, 12, 1, 23, 30, tzinfo=UTC)  # 00:30 on 2 December in Khouribga
    arrive(app, 9, "F", date(1990, 1, 1), (late - T0).total_seconds() / 60)
    on_day = load(app, day=DAY).report
    assert on_day.registered == 1 and [h.hour for h in on_day.hours] == [0]
    assert load(app, day=date(2025, 12, 1)).report.registered == 0


def test_a_reaction_bumps_the_queue_and_is_audited(app, day, nurse):
    with app.db.read() as s:
        campaign_id = campaigns.active_campaign(s).id
        before = queue_version(s, campaign_id, DAY)
    step(
        app,
        stored_reactions.record_reaction,
        day["salim"],
        kind=reactions.HAEMATOMA,
        phase="after",
        actions=["pressure"],
        occurred_at=at(40),
        actor=nurse,
        now=at(41),
    )
    with app.db.read() as s:
        assert queue_version(s, campaign_id, DAY) == before + 1
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == audit.REACTION)).all()[-1]
        assert event.detail == {"ticket": 2, "kind": "haematoma", "phase": "after", "actions": ["pressure"]}


def test_a_reaction_is_refused_for_a_donor_still_waiting_or_from_the_kiosk(app, day, nurse):
    waiting = arrive(app, 8, "F", date(1990, 1, 1), 80)
    with pytest.raises(VisitRefused, match="reaction.not_now"):
        step(
            app,
            stored_reactions.record_reaction,
            waiting,
            kind="haematoma",
            phase="after",
            actions=[],
            occurred_at=at(80),
            actor=nurse,
            now=at(81),
        )
    with pytest.raises(VisitRefused, match="staff.forbidden"):
        step(
            app,
            stored_reactions.record_reaction,
            day["amina"],
            kind="haematoma",
            phase="after",
            actions=[],
            occurred_at=at(80),
            actor=KIOSK,
            now=at(81),
        )


def test_a_severe_reaction_flags_the_next_visit(app, day, nurse):
    with app.db.read() as s:
        donor_id = registration.find_by_cin(s, "RP00001").id
        assert stored_reactions.last_severe_before(s, donor_id, DAY) is None
        assert stored_reactions.last_severe_before(s, donor_id, date(2026, 3, 1)) == DAY
        salim = registration.find_by_cin(s, "RP00002").id
        assert stored_reactions.last_severe_before(s, salim, date(2026, 3, 1)) is None


def test_the_campaign_report_sums_its_days(app, day):
    loaded = load(app, whole_campaign=True)
    report = loaded.report
    assert report.first_day == date(2025, 9, 1) and report.last_day == date(2025, 12, 3)  # the campaign's last day
    assert report.donations == 3
    assert (date(2025, 9, 1), 1, 1) in report.days and (DAY, 7, 2) in report.days


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (Debian poppler-utils) is not installed")
@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_the_pdf_says_the_donation_count_and_no_name(app, day, tmp_path, lang):
    pdf = tmp_path / f"report-{lang}.pdf"
    pdf.write_bytes(pdf_bytes(app, load(app, day=DAY), lang))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    text = re.sub("[\u202a-\u202e\u2066-\u2069]", "", text)  # pdftotext marks right-to-left runs
    assert "Amina" not in text and "HYPERLINK" not in text and "RP0000" not in text
    words = text.split()
    if lang == "fr":
        assert "Bilan de la journée" in text
        assert "Dons" in text
    assert "7" in words and "2" in words  # registered, donations
    assert "< 5" in text or "<5" in text.replace(" ", "")  # a small count in a table of people


def read_csv(path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_the_csv_files(app, day, tmp_path):
    written = csv_files(load(app, day=DAY), "fr", tmp_path / "csv")
    names = sorted(p.name for p in written)
    assert "figures.csv" in names and "deferrals_by_reason.csv" in names
    for path in written:
        assert path.stat().st_mode & 0o777 == 0o600
        raw = path.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM: spreadsheets read Arabic
        assert b"Amina" not in raw and b"HYPERLINK" not in raw and b"RP0000" not in raw
    rows = dict(tuple(r) for r in read_csv(tmp_path / "csv" / "figures.csv") if r)
    assert rows["Donneurs inscrits"] == "7"
    assert rows["Dons"] == "2"
    assert rows["Partis sans donner"] == "1"
    deferrals = read_csv(tmp_path / "csv" / "deferrals_by_reason.csv")
    assert deferrals[0] == ["Motif", "Femmes", "Hommes"]
    assert ["Hémoglobine basse", "< 5", "0"] in deferrals


def test_arabic_csv_is_arabic(app, day, tmp_path):
    csv_files(load(app, day=DAY), "ar", tmp_path / "csv")
    text = (tmp_path / "csv" / "figures.csv").read_text(encoding="utf-8-sig")
    assert "التبرعات,2" in text and "خريبكة" in text or "حملة" in text

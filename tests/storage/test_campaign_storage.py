import subprocess
import sys

from kiosk import paths
from kiosk.storage import campaigns


def kiosk(*args, env=None):
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, text=True, env=env)


def test_new_database_serves_the_demo_campaign(app):
    spec = app.campaign()
    assert spec.slug == "khouribga-2025-12"
    assert spec.demo
    with app.db.read() as session:
        assert len(campaigns.list_campaigns(session)) == 5


def test_command_line_lists_uses_and_imports(db_url, tmp_path):
    listed = kiosk("campaign", "list", "--db", db_url)
    assert listed.returncode == 0
    assert "* khouribga-2025-12" in listed.stdout
    assert kiosk("campaign", "use", "taza", "--db", db_url).returncode == 0
    assert "* taza" in kiosk("campaign", "list", "--db", db_url).stdout
    missing = kiosk("campaign", "use", "nowhere", "--db", db_url)
    assert missing.returncode == 1 and "no campaign named 'nowhere'" in missing.stderr


def test_a_bad_file_is_refused_and_changes_nothing(app, tmp_path):
    original = (paths.CAMPAIGNS / "taza.toml").read_text(encoding="utf-8")
    bad = tmp_path / "bad.toml"
    bad.write_text(
        original.replace('slug = "taza"', 'slug = "taza-2"').replace('ar = "الأمن الجهوي بتازة"', "ar = 5"),
        encoding="utf-8",
    )
    result = kiosk("campaign", "import", str(bad), "--db", app.db_url)
    assert result.returncode == 1
    assert "organisers[0].ar: missing text" in result.stderr
    with app.db.read() as session:
        assert campaigns.find_campaign(session, "taza-2") is None
    good = tmp_path / "good.toml"
    good.write_text(original.replace('slug = "taza"', 'slug = "taza-2"'), encoding="utf-8")
    assert kiosk("campaign", "import", str(good), "--db", app.db_url).stdout.strip() == "imported taza-2"
    with app.db.read() as session:
        assert campaigns.find_campaign(session, "taza-2").name["fr"] == "Don du sang de la sûreté régionale de Taza"


def test_the_issuer_is_stored_and_travels_to_a_station_that_lacks_the_campaign(app, tmp_path):
    """A bundle carries the campaign with its issuer; one written before the field
    existed still imports, with none."""
    from datetime import UTC, date, datetime

    from kiosk.domain import exchange as fmt
    from kiosk.domain.staff import Actor
    from kiosk.domain.validation import DonorDetails
    from kiosk.storage import exchange, migrate, registration
    from kiosk.storage import queue as q
    from kiosk.storage.db import Database

    now = datetime(2025, 12, 2, 9, 0, tzinfo=UTC)
    with app.db.write() as s:
        campaign = campaigns.active_campaign(s)
        assert campaigns.spec_of(campaign).issuer["fr"] == "Agence marocaine du sang et de ses dérivés (AMSD)"
        details = DonorDetails(sex="M", birth_date=date(1980, 7, 1), first_name_ar="حميد", last_name_ar="الزياني")
        donor = registration.create_donor(s, details, "v1", now)
        q.join_queue(
            s,
            campaign,
            donor,
            date(2025, 12, 2),
            actor=Actor.station_only("kiosk-1"),
            now=now,
            outcome="eligible",
            until=None,
            reasons=[],
            pack="ma-amsd@1",
            answers={},
        )
    with app.db.read() as s:
        records = exchange.collect(s, campaign="khouribga-2025-12")
    raw, _ = fmt.dumps_lines(records["campaign"])
    checked = list(fmt.records("campaign", raw, "campaign.jsonl"))
    assert checked[0]["issuer"]["ar"] == "الوكالة المغربية للدم ومشتقاته"
    for name, item in (("new", checked[0]), ("old", {k: v for k, v in checked[0].items() if k != "issuer"})):
        raw, _ = fmt.dumps_lines([item])
        db = Database(f"sqlite:///{tmp_path / name}.db")
        migrate.upgrade(db.engine)
        with db.write() as s:
            exchange.merge(s, {"campaign": list(fmt.records("campaign", raw, "campaign.jsonl"))}, now=now)
        with db.read() as s:
            issuer = campaigns.find_campaign(s, "khouribga-2025-12").issuer
        db.dispose()
        assert issuer == (checked[0]["issuer"] if name == "new" else None)


def test_a_check_in_reads_the_campaign_in_use_by_its_days_alone(app, tmp_path):
    """`active_campaign_days` is the campaign in use (following `campaign use`),
    its id and days; a check-in given only those still refuses a closed day."""
    from datetime import date

    import pytest
    from sqlalchemy.exc import NoResultFound

    from kiosk.domain.campaigns import CampaignDays
    from kiosk.domain.validation import DonorDetails
    from kiosk.domain.visits import VisitRefused
    from kiosk.storage import migrate, registration
    from kiosk.storage.db import Database

    with app.db.read() as session:
        demo = campaigns.active_campaign(session)
        assert campaigns.active_campaign_days(session) == CampaignDays(
            demo.id, date(2025, 12, 2), date(2025, 12, 3), True
        )
        taza = campaigns.find_campaign(session, "taza")
        assert campaigns.campaign_days(session, taza.id) == CampaignDays(
            taza.id, date(2023, 9, 14), date(2023, 9, 14), False
        )
        with pytest.raises(NoResultFound):
            campaigns.campaign_days(session, 999)
    donor = DonorDetails(sex="F", birth_date=date(1990, 5, 1), first_name_latin="Salma", cin="TZ123")

    def check_in(session, days):
        made = registration.create_donor(session, donor, "v1", app.now())
        return registration.check_in(
            session,
            days,
            made,
            date(2025, 12, 2),
            app.now(),
            outcome="eligible",
            until=None,
            reasons=[],
            pack="p",
            answers={},
        )

    with pytest.raises(VisitRefused, match="campaign.closed"), app.db.write() as session:
        campaigns.use_campaign(session, "taza")
        days = campaigns.active_campaign_days(session)
        assert days is not None and days.id == taza.id and not days.is_open(date(2025, 12, 2))
        check_in(session, days)
    with app.db.write() as session:  # the refusal rolled back: the demo campaign still in use, no donor
        assert campaigns.active_campaign_days(session).id == demo.id
        assert registration.find_by_cin(session, "TZ123") is None
        visit = check_in(session, campaigns.active_campaign_days(session))
        assert (visit.campaign_id, visit.ticket, visit.campaign.slug) == (demo.id, 1, "khouribga-2025-12")
    empty = Database(f"sqlite:///{tmp_path / 'empty.db'}")  # migrated, no campaign stored nor in use
    try:
        migrate.upgrade(empty.engine)
        with empty.read() as session:
            assert campaigns.active_campaign_days(session) is None
    finally:
        empty.dispose()

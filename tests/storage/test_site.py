"""The site a database belongs to, donor numbers unique across a centre, and
global ids on every record, including those of a database made before them."""

import sqlite3
import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text

from kiosk import errors
from kiosk.cli import main
from kiosk.domain.sites import SiteError, site
from kiosk.storage import migrate
from kiosk.storage import site as sites
from kiosk.storage.db import Database
from tests.storage.test_registration import register


def test_db_init_sets_the_site_once_and_numbers_carry_its_prefix(app, capsys):
    assert main(["--db", app.db_url, "db", "init", "--centre", "CRTS-MKN", "--station", "khouribga-1"]) == 0
    assert "KHOURIBGA-1-" in capsys.readouterr().out
    assert main(["--db", app.db_url, "db", "init", "--centre", "CRTS-MKN", "--station", "khouribga-1"]) == 0
    assert main(["--db", app.db_url, "db", "init", "--centre", "CRTS-MKN", "--station", "taza-1"]) == 1
    assert "already belongs to CRTS-MKN/khouribga-1" in capsys.readouterr().err
    with app.db.write() as s:
        first, _ = register(app, s, cin="BK1", phone=None)
        second, _ = register(app, s, cin="BK2", phone=None)
    assert (first.number, second.number) == ("KHOURIBGA-1-000001", "KHOURIBGA-1-000002")
    assert uuid.UUID(first.uuid) != uuid.UUID(second.uuid)


def test_a_database_never_initialised_is_the_demo_site(app):
    with app.db.write() as s:
        donor, visit = register(app, s)
        assert sites.current(s) == site("DEMO", "qtr")
    assert donor.number == "QTR-000001"
    assert visit.uuid and visit.response.uuid


@pytest.mark.parametrize(
    "centre, station, message",
    [("CRTS MKN", "k1", "centre code"), ("CRTS", "k_1", "station id"), ("", "k1", "centre code")],
)
def test_a_bad_site_is_refused(centre, station, message, db_url, capsys):
    with pytest.raises(SiteError) as refused:
        site(centre, station)
    assert message in errors.error_message(refused.value, "en")
    assert main(["--db", db_url, "db", "init", "--centre", centre, "--station", station]) == 2
    assert message in capsys.readouterr().err


def test_the_migration_brings_an_existing_database_along(tmp_path):
    """A database at the schema before global ids, with donors and events: each
    record gets its own UUID, donors keep the number their card shows, and the
    next donor's number comes after theirs."""
    from alembic import command

    path = tmp_path / "old.db"
    db = Database(f"sqlite:///{path}")
    config = migrate.alembic_config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0003")
    db.dispose()
    raw = sqlite3.connect(path)
    for i in (1, 2, 3):
        raw.execute(
            "INSERT INTO donor (id, card_token, cin, sex, birth_date, language, consent_at, consent_version,"
            " created_at, updated_at) VALUES (?, ?, ?, 'M', '1990-01-01', 'ar', '2025-01-01 00:00:00', 'v1',"
            " '2025-01-01 00:00:00', '2025-01-01 00:00:00')",
            (i, f"token{i}", f"OLD{i}"),
        )
        raw.execute(
            "INSERT INTO audit_event (at, station, action, donor_id, detail) VALUES ('2025-01-01 00:00:00', 'k', 'x', ?, '{}')",
            (i,),
        )
    raw.commit()
    raw.close()

    db = Database(f"sqlite:///{path}")
    assert migrate.upgrade(db.engine)
    with db.read() as s:
        donors = s.execute(text("SELECT uuid, number FROM donor ORDER BY id")).all()
        events = s.execute(text("SELECT uuid FROM audit_event")).scalars().all()
    assert [n for _, n in donors] == ["QTR-000001", "QTR-000002", "QTR-000003"]
    ids = [u for u, _ in donors] + list(events)
    assert len({uuid.UUID(u) for u in ids}) == 6
    from kiosk.domain.validation import donor_details
    from kiosk.storage import registration

    details, _ = donor_details(
        {"sex": "F", "birth_date": "1992-03-14", "first_name_latin": "Khadija", "last_name_latin": "Bennani"},
        date(2025, 12, 2),
    )
    with db.write() as s:
        donor = registration.create_donor(s, details, "v1", datetime(2025, 12, 2, tzinfo=UTC))
        s.flush()
        assert donor.number == "QTR-000004"
    db.dispose()


def test_donor_numbers_are_reserved_in_blocks_and_a_rolled_back_check_in_takes_none(app):
    """What an import reserves at once, and what a failed check-in leaves: the count
    moves in the caller's transaction, so a rollback gives its numbers back."""
    with app.db.write() as s:
        assert sites.take_counts(s, 3) == 1  # the first numbers of this database
        assert sites.take_counts(s, 1) == 4
    with pytest.raises(RuntimeError), app.db.write() as s:
        assert sites.take_counts(s, 2) == 5
        raise RuntimeError("the check-in failed after taking its number")
    with app.db.write() as s:
        donor, _ = register(app, s, cin="BK9", phone=None)
    assert donor.number == "QTR-000005"

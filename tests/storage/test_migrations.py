from sqlalchemy import inspect, select, text

from kiosk.i18n.texts import Texts
from kiosk.storage import migrate
from kiosk.storage.db import Database
from kiosk.storage.models import Base


def test_head_constant_is_the_latest_migration():
    from alembic.script import ScriptDirectory

    assert ScriptDirectory.from_config(migrate.alembic_config()).get_current_head() == migrate.HEAD


def test_upgrade_creates_every_table_once(db_url):
    db = Database(db_url)
    assert migrate.upgrade(db.engine) is True
    assert migrate.upgrade(db.engine) is False
    tables = set(inspect(db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    db.dispose()


def test_migrations_match_the_models(db_url):
    """A model change without its migration fails here."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    db = Database(db_url)
    migrate.upgrade(db.engine)
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    db.dispose()
    assert diff == []


def test_every_connection_gets_the_pragmas(db_url):
    db = Database(db_url)
    with db.read() as session:
        row = [
            session.execute(text(f"PRAGMA {p}")).scalar()
            for p in ("journal_mode", "foreign_keys", "synchronous", "busy_timeout")
        ]
    db.dispose()
    assert row == ["wal", 1, 2, 10000]  # synchronous 2 = FULL


def _migrate(engine, revision: str, down: bool = False) -> None:
    from alembic import command

    config = migrate.alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(config, revision)


def test_campaign_texts_move_to_one_column_per_text_and_back(db_url):
    """0005 turns name_ar/name_fr (and slogan, venue, city, region, contact) into
    {language: text} columns; downgrading writes the two columns back."""
    db = Database(db_url)
    _migrate(db.engine, "0003")
    texts = ("name", "slogan", "venue", "city", "region", "contact")
    old = {f"{t}_{lang}": f"{t} {lang}" for t in texts for lang in ("ar", "fr")}
    old["slogan_ar"] = old["slogan_fr"] = None
    columns = ", ".join(old)
    with db.engine.begin() as conn:
        conn.execute(
            text(
                f"INSERT INTO campaign (slug, {columns}, organisers, partners, first_day, last_day, daily_target,"
                f" demo, created_at) VALUES ('taza', {', '.join(':' + c for c in old)}, '[]', '[]',"
                " '2026-01-10', '2026-01-10', 50, 0, '2026-01-01 00:00:00')"
            ),
            old,
        )
    _migrate(db.engine, "0005")
    with db.engine.connect() as conn:  # the columns of 0005 only: later revisions add others
        campaign = Base.metadata.tables["campaign"]
        wanted = [campaign.c[name] for name in ("name", "contact", "slogan", "venue")]
        row = conn.execute(select(*wanted).where(campaign.c.slug == "taza")).one()
        assert (row.name, row.contact, row.slogan) == (
            {"ar": "name ar", "fr": "name fr"},
            {"ar": "contact ar", "fr": "contact fr"},
            None,
        )
        assert Texts(row.venue).of("fr") == "venue fr"
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE campaign SET city = :city"), {"city": '{"fr": "Taza"}'})
    _migrate(db.engine, "0003", down=True)
    with db.engine.connect() as conn:
        back = conn.execute(text(f"SELECT {columns}, city_ar, city_fr FROM campaign")).mappings().one()
    assert back["name_ar"] == "name ar" and back["contact_fr"] == "contact fr" and back["slogan_ar"] is None
    assert (back["city_ar"], back["city_fr"]) == ("Taza", "Taza")
    assert "name" not in {c["name"] for c in inspect(db.engine).get_columns("campaign")}
    db.dispose()


def test_campaigns_stored_before_get_no_issuer_and_downgrading_drops_it(db_url):
    db = Database(db_url)
    _migrate(db.engine, "0006")
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO campaign (slug, name, venue, city, region, contact, organisers, partners, first_day,"
                " last_day, daily_target, demo, created_at) VALUES ('taza', '{\"fr\": \"Taza\"}', '{}', '{}', '{}',"
                " '{}', '[]', '[]', '2026-01-10', '2026-01-10', 50, 0, '2026-01-01 00:00:00')"
            )
        )
    migrate.upgrade(db.engine)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT issuer FROM campaign WHERE slug = 'taza'")).scalar() is None
    _migrate(db.engine, "0006", down=True)
    assert "issuer" not in {c["name"] for c in inspect(db.engine).get_columns("campaign")}
    db.dispose()

from sqlalchemy import inspect, text

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

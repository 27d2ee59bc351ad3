"""Schema migrations with Alembic, run at start and by `kiosk db upgrade`.

Importing Alembic costs about half a second, so start-up first compares the
database's revision with `HEAD` and loads Alembic only when there is work.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

HEAD = "0011"  # 0003 → 0004 → 0005 → 0008 → 0007 → 0006 → 0009_campaign_issuer → 0010 → 0011
SCRIPTS = Path(__file__).resolve().parent / "migrations"


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def is_current(engine: Engine) -> bool:
    return current_revision(engine) == HEAD


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPTS))
    return config


def upgrade(engine: Engine, revision: str = "head") -> bool:
    """Bring the schema to HEAD (or to `revision`: tests build older databases);
    returns whether anything was run. All steps run in one transaction: a crash
    leaves the old schema or the new one."""
    if current_revision(engine) == (HEAD if revision == "head" else revision):
        return False
    from alembic import command

    config = alembic_config()
    sqlite = engine.dialect.name == "sqlite"
    with engine.execution_options(sqlite_begin="IMMEDIATE").connect() as conn:
        raw = conn.connection.dbapi_connection  # PRAGMA foreign_keys only acts outside a transaction
        if sqlite and raw is not None:
            # Rebuilding a table (Alembic's batch mode on SQLite) drops it, which foreign keys
            # would refuse while other rows point at it. SQLite's own procedure: keys off
            # outside the transaction, then a full check before the commit.
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, revision)
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").first()
                    if broken is not None:
                        raise RuntimeError(f"migration left a dangling reference in {broken[0]}")
        finally:
            if sqlite and raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")
    log.info("database upgraded to %s", HEAD if revision == "head" else revision)
    return True

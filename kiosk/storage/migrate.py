"""Schema migrations with Alembic, run at start and by `kiosk db upgrade`.

Importing Alembic costs about half a second, so start-up first compares the
database's revision with `HEAD` and loads Alembic only when there is work.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)

HEAD = "0007"  # 0003 → 0005 → 0008 → 0007, until the streams' migrations are put in order
SCRIPTS = Path(__file__).resolve().parent / "migrations"


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def alembic_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPTS))
    return config


def upgrade(engine: Engine) -> bool:
    """Bring the schema to HEAD; returns whether anything was run."""
    if current_revision(engine) == HEAD:
        return False
    from alembic import command

    config = alembic_config()
    with engine.execution_options(sqlite_begin="IMMEDIATE").begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    log.info("database upgraded to %s", HEAD)
    return True

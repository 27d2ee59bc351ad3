"""Composition root: the database, its sessions, the campaign in use, the clock.

Screens and commands get what they need from one `App`; nothing else opens
engines. SQLAlchemy is imported only when `open()` runs, so the kiosk can paint
its welcome screen first (from the last known campaign) and connect right after.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk import paths
from kiosk.domain.campaigns import CampaignFileError, CampaignSpec, spec_from_dict, spec_to_dict
from kiosk.domain.clock import local_day, now_utc

if TYPE_CHECKING:
    from kiosk.storage.db import Database

log = logging.getLogger(__name__)

CONSENT_VERSION = "2025-12.1"


class App:
    def __init__(self, db_url: str | None = None, *, station: str = "kiosk", clock: Callable[[], datetime] = now_utc):
        self.db_url = db_url or paths.default_db_url()
        self.station = station
        self.clock = clock
        self._db: Database | None = None

    # -- database ---------------------------------------------------------------
    def open(self) -> Database:
        """Connect, upgrade the schema, and on a new database store the bundled campaigns."""
        if self._db is None:
            from kiosk.storage import campaigns, migrate
            from kiosk.storage.db import Database

            db = Database(self.db_url)
            migrate.upgrade(db.engine)
            with db.write() as session:
                campaigns.seed_bundled(session, paths.CAMPAIGNS)
            self._db = db
        return self._db

    @property
    def db(self) -> Database:
        return self.open()

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()
            self._db = None

    # -- time -------------------------------------------------------------------
    def now(self) -> datetime:
        return self.clock()

    def today(self) -> date:
        """The campaign day at the venue (Africa/Casablanca)."""
        return local_day(self.clock())

    # -- campaign ---------------------------------------------------------------
    def campaign(self) -> CampaignSpec | None:
        """The campaign this database serves now; remembered for the next start."""
        from kiosk.storage import campaigns

        with self.db.read() as session:
            row = campaigns.active_campaign(session)
            spec = campaigns.spec_of(row) if row else None
        if spec is not None:
            remember_campaign(self.db_url, spec)
        return spec


def _cache_file() -> Path:
    return paths.data_dir() / "last-campaign.json"


def remembered_campaign(db_url: str) -> CampaignSpec | None:
    """The campaign last shown for this database, to paint the welcome screen
    before the database is even opened; None when unknown or unreadable."""
    try:
        data = json.loads(_cache_file().read_text(encoding="utf-8"))
        return spec_from_dict(data[db_url])
    except (OSError, ValueError, KeyError, TypeError, CampaignFileError):
        return None


def remember_campaign(db_url: str, spec: CampaignSpec) -> None:
    path = _cache_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            data = {}
    except (OSError, ValueError):
        data = {}
    if data.get(db_url) == spec_to_dict(spec):
        return
    data[db_url] = spec_to_dict(spec)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)

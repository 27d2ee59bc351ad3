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
from typing import IO, TYPE_CHECKING, Any

from kiosk import paths
from kiosk.domain.campaigns import CampaignFileError, CampaignSpec, spec_from_dict, spec_to_dict
from kiosk.domain.clock import local_day, now_utc

if TYPE_CHECKING:
    from kiosk.storage.db import Database

log = logging.getLogger(__name__)

CONSENT_VERSION = "2025-12.1"


class App:
    def __init__(
        self,
        db_url: str | None = None,
        *,
        station: str = "kiosk",
        clock: Callable[[], datetime] = now_utc,
        claim: bool = False,
    ):
        self.db_url = db_url or paths.default_db_url()
        self.station = station
        self.clock = clock
        self.claim = claim  # a station: `kiosk restore` must see it (kiosk.storage.backup)
        self.background_check = False  # a station: quick_check in a worker thread, writes wait for it
        self._db: Database | None = None
        self._station_lock: IO[Any] | None = None

    # -- database ---------------------------------------------------------------
    def open(self) -> Database:
        """Connect (refusing a damaged, empty or foreign file: kiosk.storage.faults),
        upgrade the schema when it is older, and store the bundled campaigns when the
        database has none. A database that needs neither is only read: commands that
        look never wait for another station's write lock."""
        if self._db is None:
            from sqlalchemy import select
            from sqlalchemy.exc import SQLAlchemyError

            from kiosk.storage import campaigns, faults, migrate
            from kiosk.storage.db import open_database
            from kiosk.storage.models import Campaign

            db = open_database(self.db_url, background=self.background_check)
            try:
                if not migrate.is_current(db.engine):
                    damage = db.wait_checked()  # never upgrade a damaged file
                    if damage is not None:
                        raise damage
                    migrate.upgrade(db.engine)
                with db.read() as session:
                    missing = session.scalar(select(Campaign.id).limit(1)) is None
                if missing:
                    with db.write() as session:
                        campaigns.seed_bundled(session, paths.CAMPAIGNS)
            except SQLAlchemyError as error:
                db.dispose()
                fault = faults.classify(error, str(db.path or ""))
                if fault is None:
                    raise
                raise fault from error
            except BaseException:
                db.dispose()
                raise
            self._db = db
            if self.claim and self._station_lock is None:
                from kiosk.storage.backup import hold_station_lock

                self._station_lock = hold_station_lock(self.db_url)
        return self._db

    @property
    def db(self) -> Database:
        return self.open()

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()
            self._db = None
        if self._station_lock is not None:
            self._station_lock.close()
            self._station_lock = None

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
    paths.write_whole(path, json.dumps(data, ensure_ascii=False).encode("utf-8"))  # private, whole

"""Stations for exchange tests: each its own data directory (keys) and database,
driven through the `kiosk` command as an organiser would."""

from __future__ import annotations

import hashlib
import io
import os
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from kiosk.app import App
from kiosk.cli import main
from kiosk.domain.eligibility import default_pack
from kiosk.domain.staff import Actor
from kiosk.domain.validation import DonorDetails
from kiosk.domain.visits import Vitals
from kiosk.storage import campaigns, registration
from kiosk.storage import queue as q
from kiosk.storage.models import Staff

GOOD = Vitals(weight_kg=72, haemoglobin_g_dl=14.5, systolic=125, diastolic=80)


@dataclass
class Ran:
    code: int
    out: str
    err: str


class Station:
    def __init__(self, root: Path, name: str, url: str | None = None):
        self.name = name
        self.root = root / name
        self.data = self.root / "data"
        self.data.mkdir(parents=True, exist_ok=True)
        self.url = url or f"sqlite:///{self.root / 'kiosk.db'}"
        self.db_file = self.root / "kiosk.db"

    def cli(self, *argv: str) -> Ran:
        before = os.environ.get("KIOSK_DATA_DIR")
        os.environ["KIOSK_DATA_DIR"] = str(self.data)
        out, err = io.StringIO(), io.StringIO()
        try:
            with redirect_stdout(out), redirect_stderr(err):
                code = main(["--db", self.url, *argv])
        finally:
            if before is None:
                del os.environ["KIOSK_DATA_DIR"]
            else:
                os.environ["KIOSK_DATA_DIR"] = before
        return Ran(code, out.getvalue(), err.getvalue())

    def ok(self, *argv: str) -> str:
        ran = self.cli(*argv)
        assert ran.code == 0, ran.err
        return ran.out

    def setup(self, centre: str = "CRTS-MKN") -> Station:
        self.ok("db", "init", "--centre", centre, "--station", self.name)
        self.ok("keys", "init")
        (self.root / "public.txt").write_text(self.ok("keys", "show"), encoding="utf-8")
        return self

    def trust(self, other: Station) -> None:
        self.ok("keys", "trust", other.name, str(other.root / "public.txt"))

    def app(self, at: datetime) -> App:
        app = App(self.url, clock=lambda: at)
        app.open()
        return app

    def export(self, to: Station, *extra: str) -> Path:
        out = self.root / f"to-{to.name}.qxb"
        self.ok("export", "--to", to.name, "--out", str(out), *extra)
        return out

    def digest(self) -> str:
        return hashlib.sha256(self.db_file.read_bytes()).hexdigest()

    def dump(self) -> str:
        import sqlite3

        conn = sqlite3.connect(self.db_file)
        try:
            return "\n".join(conn.iterdump())
        finally:
            conn.close()


def pair(root: Path, *names: str) -> list[Station]:
    """Stations set up and each trusting every other."""
    stations = [Station(root, n).setup() for n in names]
    for s in stations:
        for other in stations:
            if other is not s:
                s.trust(other)
    return stations


def morning(day: date) -> datetime:
    return datetime.combine(day, time(9, 0), UTC)


def donor_gives(
    station: Station, day: date, *, cin: str, sex: str = "M", birth: date = date(1988, 4, 2), bag: str, first="Youssef"
) -> dict[str, str]:
    """A donor registers at the station's kiosk on `day`, is served and gives; his number and card token."""
    at = morning(day)
    app = station.app(at)
    try:
        with app.db.write() as s:
            nurse = Staff(name="Nurse", role="nurse", pin_hash="-", created_at=at)
            s.add(nurse)
            s.flush()
            actor = Actor(f"{station.name}-nurse", nurse.id, "nurse")
            campaign = campaigns.active_campaign(s)
            donor = registration.create_donor(
                s,
                DonorDetails(
                    sex=sex, birth_date=birth, cin=cin, first_name_latin=first, last_name_latin="Alaoui", language="fr"
                ),
                "2025-11.1",
                at,
            )
            visit = registration.check_in(
                s, campaign, donor, day, at, outcome="eligible", until=None, reasons=[], pack="p", answers={}
            )
            called = q.call_next(s, campaign.id, day, 1, actor=actor, now=at + timedelta(minutes=4))
            assert called.id == visit.id
            q.start_interview(s, visit.id, actor=actor, now=at + timedelta(minutes=5))
            q.record_vitals(s, visit.id, GOOD, default_pack(), actor=actor, now=at + timedelta(minutes=6))
            q.record_donation(s, visit.id, volume_ml=450, bag_number=bag, actor=actor, now=at + timedelta(minutes=20))
            return {"number": donor.number, "card": donor.card_token, "uuid": donor.uuid}
    finally:
        app.close()


def at_kiosk(app: App, *, birth: date, card: str | None = None, cin: str | None = None):
    """A returning donor at the kiosk: card or CIN, then the birth date (the second
    factor), "yes, it is me", the consent; what the kiosk answers before any question
    (None: the questions come next) and the masked name it showed."""
    from kiosk.kiosk_flow import KioskFlow, Step

    flow = KioskFlow(app)
    flow.choose_path("card" if card else "cin")
    if card:
        flow.identify_card(f"QC:{card}")
    else:
        flow.identify_cin(str(cin))
    assert flow.enter_birth_date(birth) is Step.CONFIRM, "the kiosk does not recognise the donor"
    flow.confirm_identity(True)
    flow.accept_consent()
    return flow.precheck(), flow.masked

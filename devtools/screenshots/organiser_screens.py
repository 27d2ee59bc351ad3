"""The organiser station as PNG files: a demonstration morning with donations,
a deferral and a reaction, seen by the organiser (2 December 2025, 11:30 in Khouribga)."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from devtools.screenshots.nurse_screens import settle

DEMO_TIME = datetime(2025, 12, 2, 10, 30, tzinfo=UTC)
SIZE = (1366, 768)


def _demo_morning(app, clock) -> None:
    """Twelve donors since 09:00: eight gave, one was deferred, one fainted a little."""
    from devtools import demo
    from kiosk.domain import reactions
    from kiosk.domain.eligibility import default_pack
    from kiosk.domain.staff import Actor
    from kiosk.domain.visits import Vitals
    from kiosk.storage import campaigns
    from kiosk.storage import queue as q
    from kiosk.storage.reactions import record_reaction

    pack = default_pack()
    start = clock.now
    clock.now = start - timedelta(minutes=90)
    demo.check_in(app, 12, minutes_apart=0)
    nurse = Actor("nurse-1", None, "nurse", "demo")
    with app.db.read() as session:
        campaign = campaigns.active_campaign(session)
        assert campaign is not None  # demo.check_in served the demo campaign
        campaign_id = campaign.id
    for n in range(10):
        clock.advance(minutes=8)
        with app.db.write() as s:
            visit = q.call_next(s, campaign_id, app.today(), 1 + n % 3, actor=nurse, now=clock.now)
            q.start_interview(s, visit.id, actor=nurse, now=clock.now)
            low = n == 4
            vitals = Vitals(weight_kg=70, haemoglobin_g_dl=11.0 if low else 14.0, systolic=120, diastolic=80)
            q.record_vitals(s, visit.id, vitals, pack, actor=nurse, now=clock.now)
            if low:
                q.record_deferral(
                    s,
                    visit.id,
                    reason="haemoglobin",
                    until=app.today() + timedelta(days=90),
                    actor=nurse,
                    now=clock.now,
                )
            elif n < 9:
                q.record_donation(s, visit.id, volume_ml=450, bag_number=f"DEMO{n:04d}", actor=nurse, now=clock.now)
            if n == 2:
                record_reaction(
                    s,
                    visit.id,
                    kind=reactions.VASOVAGAL_MILD,
                    phase="after",
                    actions=["legs_raised", "fluids"],
                    occurred_at=clock.now,
                    actor=nurse,
                    now=clock.now,
                )
    clock.now = start


def render(out_dir: Path, langs: Sequence[str] = ("ar", "fr"), size: tuple[int, int] = SIZE) -> list[Path]:
    from devtools import demo
    from kiosk.app import App
    from kiosk.ui.nurse.words import Words
    from kiosk.ui.organiser.window import OrganiserWindow
    from kiosk.ui.qtapp import create_application

    create_application()
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="qatra-organiser-shots-") as temp:
        template = Path(temp) / "demo.db"
        clock = demo.Clock(DEMO_TIME)
        staff = demo.staffed_database(template, clock)
        app = App(f"sqlite:///{template}", clock=clock)
        try:
            _demo_morning(app, clock)
        finally:
            app.close()
        for lang in langs:
            app = App(f"sqlite:///{template}", clock=demo.Clock(DEMO_TIME))
            window = OrganiserWindow(app, words=Words(lang), poll_ms=50)
            try:
                window.resize(*size)
                window.show()
                settle(0.2)
                window.sign_in.choose(staff["organiser"])
                window.sign_in.pin.setText("9753")
                window.sign_in.submit()
                while window.sign_in.check.busy:  # the PIN is checked off the GUI thread
                    settle(0.02)
                if window.context.actor is None:
                    raise RuntimeError("the demonstration organiser could not sign in")
                settle(0.2)
                path = out_dir / f"organiser-day-{lang}.png"
                window.grab().save(str(path))
                written.append(path)
                # What staff read when the database is held and the backup stick is gone.
                from kiosk.storage.faults import LOCKED, StorageFault

                window.storage_banner.show_fault(StorageFault(LOCKED))
                window.backup_banner.every_minutes = 10
                window.backup_banner.show_failure("/media/usb/qatra")
                settle(0.1)
                path = out_dir / f"organiser-banners-{lang}.png"
                window.grab().save(str(path))
                written.append(path)
            finally:
                window.close()
                window.deleteLater()
                settle()
                app.close()
    return written

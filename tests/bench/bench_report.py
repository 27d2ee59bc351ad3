"""The organiser's report of a 5,000-donor campaign day:
the read, the A4 PDF in Arabic and in French, and the CSV tables; next to a bare
reportlab page with the same number of charts, built in the same run.

The day is made once through the stations' storage calls and kept in build/bench/
(making it is the slow part, and not what is measured). Target: the whole report in ≤ 2 s.
"""

from __future__ import annotations

import io
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REPEAT = 3


def busy_day(donors: int) -> Path:
    """A campaign day of `donors` built through the stations' own storage calls (kiosk
    check-in, call, interview, vitals, donation or deferral, a reaction now and then),
    arrivals spread over nine hours and 20 booths, kept in build/bench/. It is what
    `kiosk simulate` writes, without the simulator's real-time actors (which need a
    quiet machine for 5,000 donors)."""
    from datetime import UTC, date, datetime, timedelta

    from devtools import demo
    from kiosk.app import App
    from kiosk.domain.eligibility import default_pack
    from kiosk.domain.staff import Actor
    from kiosk.domain.validation import DonorDetails
    from kiosk.domain.visits import Vitals
    from kiosk.storage import campaigns, registration
    from kiosk.storage import queue as q
    from kiosk.storage.models import Campaign
    from kiosk.storage.reactions import record_reaction

    path = ROOT / "build" / "bench" / f"report-day-{donors}.db"
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.stem + ".partial.db")
    for leftover in partial.parent.glob(partial.name + "*"):
        leftover.unlink()
    day, start = date(2025, 12, 2), datetime(2025, 12, 2, 7, 0, tzinfo=UTC)  # 08:00 in Khouribga
    clock = demo.Clock(start)
    app = App(f"sqlite:///{partial}", clock=clock)
    pack, kiosk, nurse = default_pack(), Actor.station_only("kiosk-1"), Actor("nurse-1", None, "nurse", "bench")
    arrive = [start + timedelta(seconds=i * 9 * 3600 / donors) for i in range(donors)]
    chunk = 250
    try:
        with app.db.read() as s:
            campaign_id = campaigns.active_campaign(s).id
        for first in range(0, donors, chunk):
            with app.db.write() as s:
                campaign = s.get(Campaign, campaign_id)
                for i in range(first, min(first + chunk, donors)):
                    donor = registration.create_donor(
                        s,
                        DonorDetails(
                            sex="FM"[i % 2],
                            birth_date=date(1960 + i % 45, 1 + i % 12, 1 + i % 28),
                            first_name_latin="Bench",
                            last_name_latin="Donor",
                            cin=f"BD{i:06d}",
                            blood_group=("O+", "A+", "B+", "AB+", "O-", None)[i % 6],
                        ),
                        "v1",
                        arrive[i],
                    )
                    outcome = "deferred" if i % 17 == 0 else "eligible"
                    q.join_queue(
                        s,
                        campaign,
                        donor,
                        day,
                        actor=kiosk,
                        now=arrive[i],
                        outcome=outcome,
                        until=date(2026, 6, 1) if outcome == "deferred" else None,
                        reasons=["tattoo_piercing"] if outcome == "deferred" else [],
                        pack=pack.ref,
                        answers={},
                    )
        queued = [i for i in range(donors) if i % 17]
        for first in range(0, len(queued), chunk):
            with app.db.write() as s:
                for i in queued[first : first + chunk]:
                    at = arrive[i] + timedelta(minutes=5 + (i * 37) % 40)
                    visit = q.call_next(s, campaign_id, day, 1 + i % 20, actor=nurse, now=at)
                    if i % 29 == 0:
                        q.leave(s, visit.id, actor=nurse, now=at)
                        continue
                    q.start_interview(s, visit.id, actor=nurse, now=at)
                    low = i % 11 == 0
                    vitals = Vitals(weight_kg=70, haemoglobin_g_dl=11.0 if low else 14.0, systolic=120, diastolic=80)
                    q.record_vitals(s, visit.id, vitals, pack, actor=nurse, now=at)
                    if low:
                        q.record_deferral(
                            s, visit.id, reason="haemoglobin", until=date(2026, 3, 1), actor=nurse, now=at
                        )
                        continue
                    done = at + timedelta(minutes=12)
                    q.record_donation(s, visit.id, volume_ml=450, bag_number=f"B{i:07d}", actor=nurse, now=done)
                    if i % 53 == 0:
                        record_reaction(
                            s,
                            visit.id,
                            kind="vasovagal_mild",
                            phase="after",
                            actions=["fluids"],
                            occurred_at=done,
                            actor=nurse,
                            now=done,
                        )
    finally:
        app.close()
    partial.rename(path)
    return path


def best(fn) -> float:
    """Median of REPEAT runs, in milliseconds."""
    times = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def bare_page(hours: int) -> bytes:
    """reportlab alone: one A4 page with the report's two hourly bar charts, no data layer, no shaping."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    story = []
    for series in (2, 1):
        drawing = Drawing(500, 160)
        chart = VerticalBarChart()
        chart.width, chart.height = 460, 120
        chart.data = [[(h * 7 + s) % 40 for h in range(hours)] for s in range(series)]
        chart.categoryAxis.categoryNames = [f"{h:02d}" for h in range(hours)]
        drawing.add(chart)
        story.append(drawing)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def run(quick: bool) -> dict[str, float]:
    from kiosk.app import App
    from kiosk.reports import csv_files, load, pdf_bytes

    donors = 500 if quick else 5000
    path = busy_day(donors)
    app = App(f"sqlite:///{path}")
    try:
        import sqlite3

        with sqlite3.connect(path) as raw:
            slug, day = raw.execute(
                "SELECT c.slug, v.day FROM visit v JOIN campaign c ON c.id = v.campaign_id GROUP BY v.day "
                "ORDER BY count(*) DESC LIMIT 1"
            ).fetchone()
        from datetime import date

        day = date.fromisoformat(day)
        pdf_bytes(app, load(app, campaign_slug=slug, day=day), "ar")  # fonts registered, catalogues loaded
        loaded = load(app, campaign_slug=slug, day=day)
        hours = len(loaded.report.hours)
        read_ms = best(lambda: load(app, campaign_slug=slug, day=day))
        ar_ms = best(lambda: pdf_bytes(app, load(app, campaign_slug=slug, day=day), "ar"))
        fr_ms = best(lambda: pdf_bytes(app, load(app, campaign_slug=slug, day=day), "fr"))
        with tempfile.TemporaryDirectory() as temp:
            csv_ms = best(lambda: csv_files(load(app, campaign_slug=slug, day=day), "fr", Path(temp)))
        bare_page(hours)
        bare_ms = best(lambda: bare_page(hours))
    finally:
        app.close()
    return {
        "visits that day": loaded.report.registered,
        "donations that day": loaded.report.donations,
        "hours charted": hours,
        "read (ms)": read_ms,
        "report PDF, Arabic, read included (ms)": ar_ms,
        "report PDF, French, read included (ms)": fr_ms,
        "CSV tables, read included (ms)": csv_ms,
        "bare reportlab page, same charts (ms)": bare_ms,
        "Arabic report / bare page": ar_ms / bare_ms,
    }

"""The organiser's report of a simulated 5,000-donor day (`kiosk simulate --donors 5000`):
the read, the A4 PDF in Arabic and in French, and the CSV tables; next to a bare
reportlab page with the same number of charts, built in the same run.

The simulated day is made once and kept in build/bench/ (the simulation is the
slow part, and not what is measured). Target: the whole report in ≤ 2 s.
"""

from __future__ import annotations

import io
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REPEAT = 3


def simulated_day(donors: int) -> Path:
    path = ROOT / "build" / "bench" / f"report-day-{donors}.db"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial.db")
        partial.unlink(missing_ok=True)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "kiosk",
                "simulate",
                "--donors",
                str(donors),
                "--booths",
                "20",
                "--kiosks",
                "6",
                "--minute-ms",
                "1",
                "--seed",
                "7",
                "--db",
                f"sqlite:///{partial}",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
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
    path = simulated_day(donors)
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

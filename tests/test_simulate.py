"""`kiosk simulate`: a campaign day through the real queue, in separate processes on one SQLite file."""

import json
import os
import subprocess
import sys
from datetime import date

import pytest

from kiosk.simulation import Settings, SimulationError, simulate

KEYS = {"donors_served", "tickets_lost", "duplicates", "errors", "latency_ms_p50", "latency_ms_p95", "donors_per_hour"}


def run_cli(*args: str, env=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "simulate", *args], capture_output=True, text=True, timeout=300, env=env
    )


def test_four_hundred_donors_four_booths_two_kiosks():
    result = run_cli("--donors", "400", "--booths", "4", "--kiosks", "2", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(report) >= KEYS
    assert (report["tickets_lost"], report["duplicates"], report["errors"]) == (0, 0, 0)
    assert report["donors_registered"] == 400
    assert report["changes_unseen"] == 0 and report["queue_changes"] > 3 * report["tickets"]
    # Everyone who got a ticket reached a decision or left: nobody is still in the queue.
    assert report["donors_served"] + report["left"] == report["tickets"]
    assert report["donors_served"] == report["donated"] + report["deferred_at_booth"]
    assert report["donors_served"] > 300 and report["donors_per_hour"] > 0


def test_the_text_report_and_the_station_database_left_alone(tmp_path):
    station_db = tmp_path / "station.db"
    env = {**os.environ, "KIOSK_DB": f"sqlite:///{station_db}"}
    result = run_cli("--donors", "8", "--booths", "2", "--kiosks", "1", "--minute-ms", "2", env=env)
    assert result.returncode == 0, result.stderr
    for line in ("tickets lost        0", "duplicates          0", "errors              0", "queue-update latency"):
        assert line in result.stdout
    assert not station_db.exists()


def test_only_on_an_empty_database(app, db_url):
    from kiosk.domain.validation import DonorDetails
    from kiosk.storage import registration

    with app.db.write() as s:
        registration.create_donor(
            s,
            DonorDetails(
                sex="F", birth_date=date(1990, 1, 1), cin="A1", first_name_latin="Nora", last_name_latin="Ziani"
            ),
            "v1",
            app.now(),
        )
    with pytest.raises(SimulationError, match="empty database"):
        simulate(Settings(url=db_url, donors=5))
    with pytest.raises(SimulationError, match="from 1 to"):
        simulate(Settings(url=db_url, donors=5, booths=0))

"""Every folder Qatra makes is 0700 and every file it writes 0600, whatever the umask:
another account on the laptop reads nothing of the donors' answers."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from kiosk import paths, station_settings
from kiosk.app import App
from kiosk.private_files import private_dir, private_file
from kiosk.storage import print_jobs
from tests.conftest import CAMPAIGN_MORNING


@pytest.fixture(params=[0o022, 0o000], ids=["umask022", "umask000"])
def umask(request):
    previous = os.umask(request.param)
    yield request.param
    os.umask(previous)


def modes(root: Path) -> dict[str, int]:
    found = {root.name: stat.S_IMODE(root.stat().st_mode)}
    for path in root.rglob("*"):
        found[str(path.relative_to(root))] = stat.S_IMODE(path.stat().st_mode)
    return found


def assert_private(root: Path) -> None:
    wrong = {
        name: oct(mode)
        for name, mode in modes(root).items()
        if mode != (0o700 if (root / name).is_dir() or name == root.name else 0o600)
    }
    assert not wrong, f"not private: {wrong}"


def test_data_directory_database_settings_and_pdfs_are_private(umask, tmp_path):
    data = tmp_path / "data"  # KIOSK_DATA_DIR (tests/conftest.py)
    db_path = paths.data_dir() / "kiosk.db"
    app = App(f"sqlite:///{db_path}", clock=lambda: CAMPAIGN_MORNING)
    app.open()
    app.campaign()  # remembers it in last-campaign.json
    station_settings.save(station_settings.StationSettings(station="kiosk-1").with_printer("ticket", "TM"))
    print_jobs.write_pdf(print_jobs.jobs_dir() / "ticket-1.pdf", b"%PDF-1.4 test")
    with app.db.write() as session:  # the WAL and shared-memory files exist while a station runs
        session.execute(text("CREATE TABLE IF NOT EXISTS probe (x)"))
    names = set(modes(data))
    assert {"kiosk.db", "kiosk.db-wal", "kiosk.db-shm", "station.toml", "print", "print/ticket-1.pdf"} <= names
    assert "last-campaign.json" in names
    assert_private(data)
    app.close()
    assert_private(data)


def test_a_database_outside_the_data_directory_is_private_but_its_folder_is_left(umask, tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    os.chmod(shared, 0o755)
    app = App(f"sqlite:///{shared / 'venue.db'}")
    app.open()
    with app.db.read() as session:
        session.execute(text("SELECT 1"))
    assert stat.S_IMODE(shared.stat().st_mode) == 0o755  # not ours to change
    for name in ("venue.db", "venue.db-wal", "venue.db-shm"):
        assert stat.S_IMODE((shared / name).stat().st_mode) == 0o600, name
    app.close()


def test_files_written_before_the_rule_are_tightened_at_the_next_start(umask, tmp_path):
    data = tmp_path / "data"
    app = App()
    app.open()
    app.close()
    db_path = data / "kiosk.db"
    os.chmod(db_path, 0o644)
    os.chmod(data, 0o755)
    app = App()
    app.open()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    app.close()


def test_private_dir_makes_only_missing_folders_private(umask, tmp_path):
    os.chmod(tmp_path, 0o755)
    made = private_dir(tmp_path / "a" / "b")
    assert stat.S_IMODE(made.stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "a").stat().st_mode) == 0o700
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o755
    loose = tmp_path / "loose.txt"
    loose.write_text("x")
    os.chmod(loose, 0o666)
    assert stat.S_IMODE(private_file(loose).stat().st_mode) == 0o600

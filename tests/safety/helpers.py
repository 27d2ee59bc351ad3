"""Shared by the safety tests: registering donors, damaging a file, running the command line."""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import subprocess
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from kiosk.app import App
from kiosk.domain.validation import DonorDetails
from kiosk.storage import campaigns, registration

DAY = date(2025, 12, 2)


def register(app: App, index: int) -> int:
    """One donor through the kiosk's own path; the ticket the donor would be shown."""
    with app.db.write() as s:
        donor = registration.create_donor(
            s,
            DonorDetails(
                sex="F", birth_date=date(1990, 1, 1), first_name_latin="Safe", last_name_latin="Test", cin=f"SF{index}"
            ),
            "v1",
            app.now(),
        )
        visit = registration.check_in(
            s,
            campaigns.active_campaign(s),
            donor,
            DAY,
            app.now(),
            outcome="eligible",
            until=None,
            reasons=[],
            pack="p",
            answers={},
        )
        return visit.ticket


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage_middle_page(path: Path, seed: int = 10) -> int:
    """Random bytes over the middle of a page in the middle of the donor table (a bad
    sector, a copy cut short); returns the page number. The database must be closed."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    leaves = [row[0] for row in con.execute("SELECT pageno FROM dbstat WHERE name = 'donor' AND pagetype = 'leaf'")]
    con.close()
    page = sorted(leaves)[len(leaves) // 2] - 1  # dbstat counts pages from 1
    rng = random.Random(seed)
    with open(path, "r+b") as handle:
        handle.seek(page * page_size + 100)
        handle.write(bytes(rng.randrange(256) for _ in range(page_size - 200)))
    return page


def filled_template(folder: Path, donors: int = 300) -> Path:
    """A closed database with `donors` registrations, made once per module and copied per test."""
    from datetime import UTC, datetime

    path = folder / "template.db"
    app = App(f"sqlite:///{path}", clock=lambda: datetime(2025, 12, 2, 9, tzinfo=UTC))
    app.open()
    for i in range(donors):
        register(app, i)
    app.close()
    return path


def copy_database(template: Path, target: Path) -> Path:
    """A whole copy through SQLite (the template is closed: one file)."""
    source = sqlite3.connect(template)
    copy = sqlite3.connect(target)
    source.backup(copy)
    copy.close()
    source.close()
    return target


@contextmanager
def read_only(path):
    """Read-only for this account: chmod, or for root (who ignores modes) the immutable flag."""
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", str(path)], check=True)
    else:
        mode = path.stat().st_mode
        os.chmod(path, 0o555 if path.is_dir() else 0o444)
    try:
        yield
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(path)], check=True)
        else:
            os.chmod(path, mode)

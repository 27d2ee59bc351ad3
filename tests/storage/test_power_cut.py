"""A kiosk killed at any moment never loses a ticket it showed, never keeps half a registration.

Like SQLite's own crash tests: a child registers donors and prints each ticket
only after its commit returned; the parent kills it (SIGKILL) at random moments,
reopens the database and checks integrity and every printed ticket.
"""

import os
import random
import signal
import subprocess
import sys
import textwrap

from sqlalchemy import func, select, text

from kiosk.storage.db import Database
from kiosk.storage.models import Donor, QuestionnaireResponse, Visit

CHILD = textwrap.dedent("""
    import sys
    from datetime import date, datetime, UTC
    from kiosk.app import App
    from kiosk.domain.validation import DonorDetails
    from kiosk.storage import campaigns, registration

    app = App(sys.argv[1], clock=lambda: datetime(2025, 12, 2, 9, tzinfo=UTC))
    app.open()
    start = int(sys.argv[2])
    print("ready", flush=True)
    for i in range(start, start + 100000):
        with app.db.write() as s:
            donor = registration.create_donor(
                s, DonorDetails(sex="M", birth_date=date(1990, 1, 1), first_name_latin="Test",
                                last_name_latin="Donor", cin=f"PC{i}"), "v1", app.now())
            visit = registration.check_in(
                s, campaigns.active_campaign(s), donor, date(2025, 12, 2), app.now(),
                outcome="eligible", until=None, reasons=[], pack="p", answers={})
            shown = (visit.ticket, f"PC{i}")
        print(*shown, flush=True)  # shown to the donor only once the commit returned
""")


def test_killed_kiosk_loses_no_shown_ticket(db_url):
    rng = random.Random(20251202)
    shown: dict[int, str] = {}
    start = 0
    for _round in range(5):
        child = subprocess.Popen([sys.executable, "-c", CHILD, db_url, str(start)], stdout=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "ready"
        for _ in range(rng.randint(5, 40)):
            ticket, cin = child.stdout.readline().split()
            shown[int(ticket)] = cin
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        with child.stdout:
            for line in child.stdout:  # tickets printed before the kill landed
                ticket, cin = line.split()
                shown[int(ticket)] = cin
        start += 1000

    db = Database(db_url)
    with db.read() as s:
        assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        rows = s.execute(select(Visit.ticket, Donor.cin).join(Donor, Visit.donor_id == Donor.id)).all()
        stored = dict(rows)
        assert len(stored) == len(rows), "a ticket number was given twice"
        assert {t: stored.get(t) for t in shown} == shown, "a ticket the donor saw is missing"
        donors = s.scalar(select(func.count()).select_from(Donor))
        responses = s.scalar(select(func.count()).select_from(QuestionnaireResponse))
        assert donors == len(rows) == responses, "half a registration was kept"
    db.dispose()


def test_killed_during_calls_and_check_ins_nothing_shown_is_lost(tmp_path):
    """Kiosks registering and booths calling the next donor, killed at random moments
    (tests/storage/crash.py: the same trials `make soak` runs 200 of)."""
    from tests.storage.crash import Shown, check, kill_worker

    rng = random.Random(20251203)
    db_path = tmp_path / "calls.db"
    shown = Shown()
    for round_ in range(6):
        kill_worker(f"sqlite:///{db_path}", round_ * 1000, rng, shown)
    assert shown.calls, "no call was shown: the trial did not test call-next"
    assert check(db_path, shown) == []


def test_the_checks_see_a_lost_ticket_and_a_lost_call(tmp_path):
    from tests.storage.crash import Shown, check, kill_worker

    db_path = tmp_path / "calls.db"
    shown = Shown()
    kill_worker(f"sqlite:///{db_path}", 0, random.Random(4), shown)
    shown.tickets[9999] = "PC9999"
    shown.calls[9998] = 1
    problems = check(db_path, shown)
    assert any("tickets shown but not stored" in p for p in problems)
    assert any("calls shown but not stored" in p for p in problems)


def test_killed_during_a_migration_the_schema_is_old_or_new_and_the_next_start_upgrades(tmp_path):
    from kiosk.storage import migrate
    from tests.storage.crash import check_migrated, kill_migration, old_database

    rng = random.Random(20251204)
    left = set()
    for trial in range(4):
        db_url = f"sqlite:///{tmp_path / f'old-{trial}.db'}"
        old_database(db_url)
        left.add(kill_migration(db_url, rng))
        assert check_migrated(db_url, 30) == []
    from alembic.script import ScriptDirectory

    known = {script.revision for script in ScriptDirectory.from_config(migrate.alembic_config()).walk_revisions()}
    assert left <= known  # a whole revision (one migration's steps commit together), never a mix

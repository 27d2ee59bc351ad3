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

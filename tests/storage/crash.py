"""Kill -9 trials shared by the power-cut tests and `make soak`.

Like SQLite's own crash tests: a child works on the database and prints what a
person would have been shown only after the commit returned (a ticket to a
donor, a call on the board); the parent kills it with SIGKILL at a random
moment, reopens the database and checks that nothing shown was lost and
nothing is half-written:

- `PRAGMA integrity_check` is ok;
- every ticket shown is stored with its donor, every call shown is stored;
- no ticket number is given twice in a day;
- the day's counter equals the highest ticket;
- every visit has its donor and its questionnaire answers;
- the queue version (last ticket + changes) equals the queue events (check-ins + calls).

A migration trial kills a child upgrading a database of an older schema: the
file keeps the old schema or the new one, never a mix, and the next start
finishes the upgrade.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

WORKER = textwrap.dedent("""
    import random, sys
    from datetime import date, datetime, UTC
    from kiosk.app import App
    from kiosk.domain.staff import Actor
    from kiosk.domain.validation import DonorDetails
    from kiosk.domain.visits import VisitRefused
    from kiosk.storage import campaigns, queue, registration

    app = App(sys.argv[1], clock=lambda: datetime(2025, 12, 2, 9, tzinfo=UTC))
    app.open()
    start, seed = int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    day = date(2025, 12, 2)
    kiosk = Actor.station_only("kiosk-1")
    nurse = Actor("nurse-1", None, "nurse", "Nurse")
    with app.db.read() as s:
        campaign_id = campaigns.active_campaign(s).id
    print("ready", flush=True)
    for i in range(start, start + 100000):
        if rng.random() < 0.35:
            try:
                with app.db.write() as s:
                    visit = queue.call_next(s, campaign_id, day, 1 + i % 3, actor=nurse, now=app.now())
                    shown = ("C", visit.ticket, visit.booth)
            except VisitRefused:
                continue
        else:
            with app.db.write() as s:
                donor = registration.create_donor(
                    s, DonorDetails(sex="M", birth_date=date(1990, 1, 1), first_name_latin="Test",
                                    last_name_latin="Donor", cin=f"PC{i}"), "v1", app.now())
                visit = queue.join_queue(
                    s, s.get(campaigns.Campaign, campaign_id), donor, day, actor=kiosk, now=app.now(),
                    outcome="eligible", until=None, reasons=[], pack="p", answers={"q1": "no"})
                shown = ("T", visit.ticket, f"PC{i}")
        print(*shown, flush=True)  # shown only once the commit returned
""")

MIGRATOR = textwrap.dedent("""
    import sys
    from alembic import command  # loaded first: the kill must land in the upgrade itself
    from sqlalchemy import event
    from kiosk.storage import migrate
    from kiosk.storage.db import Database

    db = Database(sys.argv[1])
    said = []

    @event.listens_for(db.engine, "before_cursor_execute")
    def _first_change(conn, cursor, statement, *args):
        if not said and statement.lstrip().upper().startswith(("ALTER", "CREATE", "INSERT", "UPDATE")):
            said.append(statement)
            print("ready", flush=True)  # the upgrade's transaction has begun changing the schema

    migrate.upgrade(db.engine)
    print("done", flush=True)
""")


@dataclass
class Shown:
    tickets: dict[int, str] = field(default_factory=dict)  # ticket -> CIN
    calls: dict[int, int] = field(default_factory=dict)  # ticket -> booth

    def add(self, line: str) -> None:
        kind, ticket, what = line.split()
        if kind == "T":
            self.tickets[int(ticket)] = what
        else:
            self.calls[int(ticket)] = int(what)


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))


def kill_worker(db_url: str, start: int, rng: random.Random, shown: Shown) -> None:
    """One child registering and calling, killed after a random number of shown lines
    plus a random fraction of a millisecond-scale pause (mid-commit, mid-fsync…)."""
    child = subprocess.Popen(
        [sys.executable, "-c", WORKER, db_url, str(start), str(rng.randrange(1 << 30))],
        stdout=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    for _ in range(rng.randint(1, 30)):
        line = child.stdout.readline()
        if not line:
            break
        shown.add(line)
    time.sleep(rng.random() * 0.02)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    with child.stdout:
        for line in child.stdout:  # shown before the kill landed
            shown.add(line)


def check(db_path: Path, shown: Shown) -> list[str]:
    """Every rule of the module notes; the list of what broke (empty: all good)."""
    problems = []
    con = sqlite3.connect(db_path)
    try:
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        if integrity != "ok":
            return [f"integrity_check: {integrity}"]
        rows = con.execute(
            "SELECT v.ticket, d.cin, v.status, v.booth FROM visit v LEFT JOIN donor d ON d.id = v.donor_id"
        ).fetchall()
        stored = {ticket: cin for ticket, cin, _status, _booth in rows}
        if len(stored) != len(rows):
            problems.append("a ticket number was given twice")
        lost = {t: c for t, c in shown.tickets.items() if stored.get(t) != c}
        if lost:
            problems.append(f"tickets shown but not stored: {sorted(lost)[:5]}")
        called = {ticket: booth for ticket, _cin, status, booth in rows if status != "waiting"}
        missed = {t for t, b in shown.calls.items() if called.get(t) != b}
        if missed:
            problems.append(f"calls shown but not stored: {sorted(missed)[:5]}")
        if any(cin is None for cin in stored.values()):
            problems.append("a visit without its donor")
        unanswered = con.execute(
            "SELECT count(*) FROM visit v WHERE NOT EXISTS"
            " (SELECT 1 FROM questionnaire_response r WHERE r.visit_id = v.id)"
        ).fetchone()[0]
        if unanswered:
            problems.append(f"{unanswered} visits without their answers")
        donors = con.execute("SELECT count(*) FROM donor").fetchone()[0]
        if donors != len(rows):
            problems.append(f"{donors} donors for {len(rows)} visits: half a registration kept")
        counter = con.execute("SELECT coalesce(max(last_ticket), 0), coalesce(max(changes), 0) FROM ticket_counter")
        last_ticket, changes = counter.fetchone()
        highest = max(stored, default=0)
        if last_ticket != highest:
            problems.append(f"counter {last_ticket} but highest ticket {highest}")
        events = con.execute(
            "SELECT count(*) FROM audit_event WHERE action IN ('queue.check_in', 'queue.call')"
        ).fetchone()[0]
        if last_ticket + changes != events:
            problems.append(f"queue version {last_ticket + changes} but {events} queue events")
    finally:
        con.close()
    return problems


def old_database(db_url: str, revision: str = "0001") -> None:
    """A database of an older release with donors in it: made at HEAD, filled, downgraded."""
    from alembic import command

    from kiosk.app import App
    from kiosk.storage import migrate
    from tests.safety.helpers import register

    app = App(db_url)
    app.open()
    for i in range(30):
        register(app, 90_000 + i)
    app.close()
    from sqlalchemy import create_engine

    plain = create_engine(db_url)  # foreign keys off, as the downgrades that rebuild tables need
    config = migrate.alembic_config()
    with plain.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)
    plain.dispose()


def kill_migration(db_url: str, rng: random.Random) -> str:
    """A child upgrading the database, killed at a random moment; the revision it leaves."""
    child = subprocess.Popen([sys.executable, "-c", MIGRATOR, db_url], stdout=subprocess.PIPE, text=True, env=_env())
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    time.sleep(rng.random() * 0.3)  # an upgrade takes about 0.1-0.3 s here: killed inside it or just after
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    child.stdout.close()
    con = sqlite3.connect(db_url.removeprefix("sqlite:///"))
    try:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()


def check_migrated(db_url: str, donors: int) -> list[str]:
    """After a killed upgrade: integrity, the old or the new schema whole, the next start upgrades."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from kiosk.app import App
    from kiosk.storage.models import Base

    path = Path(db_url.removeprefix("sqlite:///"))
    con = sqlite3.connect(path)
    try:
        problems = [] if con.execute("PRAGMA integrity_check").fetchone()[0] == "ok" else ["integrity_check"]
        kept = con.execute("SELECT count(*) FROM donor").fetchone()[0]
    finally:
        con.close()
    if kept != donors:
        problems.append(f"{kept} donors instead of {donors}")
    app = App(db_url)
    app.open()  # the next start finishes the upgrade
    with app.db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    app.close()
    if diff:
        problems.append(f"schema differs from the models after the upgrade: {diff[:2]}")
    return problems


def soak(
    trials: int, seed: int, folder: Path, progress: Callable[[str], None] = print
) -> tuple[int, list[str], dict[str, int]]:
    """`trials` kill -9 trials (mostly registrations and calls, one in ten a migration),
    each on a database of its own; returns (trials run, failures, revisions the killed
    migrations left)."""
    rng = random.Random(seed)
    failures = []
    revisions: dict[str, int] = {}
    for trial in range(trials):
        db_path = folder / f"trial-{trial}.db"
        db_url = f"sqlite:///{db_path}"
        if trial % 10 == 9:
            old_database(db_url)
            revision = kill_migration(db_url, rng)
            revisions[revision] = revisions.get(revision, 0) + 1
            problems = check_migrated(db_url, 30)
            label = f"migration (left at {revision})"
        else:
            shown = Shown()
            start = 0
            for _ in range(rng.randint(1, 2)):
                kill_worker(db_url, start, rng, shown)
                start += 1000
            problems = check(db_path, shown)
            label = f"{len(shown.tickets)} tickets, {len(shown.calls)} calls"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        if problems:
            failures.append(f"trial {trial}: {'; '.join(problems)}")
        progress(f"trial {trial + 1}/{trials}: {label}: {'FAILED ' + '; '.join(problems) if problems else 'ok'}")
    return trials, failures, revisions

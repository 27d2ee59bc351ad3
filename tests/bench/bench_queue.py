"""Queue figures on a campaign day with a few hundred donors waiting: a check-in
(donor + ticket + pre-screen + audit) and a call-next (oldest waiting, version
bump, audit), each one write transaction through the real storage functions,
next to raw `sqlite3` doing the same statements on the same schema in the same
run; plus the display board's snapshot and an idle change poll.
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

DAY = date(2025, 12, 2)
T0 = datetime(2025, 12, 2, 9, 0, tzinfo=UTC)


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def details(i: int):
    from kiosk.domain.validation import DonorDetails

    return DonorDetails(
        sex="MF"[i % 2],
        birth_date=date(1990, 1, 1),
        first_name_latin="Bench",
        last_name_latin="Donor",
        cin=f"BQ{i:06d}",
    )


def build(path: Path) -> tuple[int, int]:
    """Schema through the migrations, the campaign and one nurse: (campaign_id, staff_id)."""
    from kiosk.simulation.world import campaign_spec
    from kiosk.storage import campaigns, migrate
    from kiosk.storage.db import Database
    from kiosk.storage.models import Staff

    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db.engine)
    with db.write() as s:
        campaign_id = campaigns.save_campaign(s, campaign_spec(DAY, 400)).id
        nurse = Staff(name="Bench", role="nurse", pin_hash="-", created_at=T0)
        s.add(nurse)
        s.flush()
        staff_id = nurse.id
    db.dispose()
    return campaign_id, staff_id


def bench_storage(path: Path, campaign_id: int, staff_id: int, waiting: int, rounds: int) -> dict[str, float]:
    from kiosk.domain.staff import Actor
    from kiosk.storage import changes, registration
    from kiosk.storage import queue as q
    from kiosk.storage.db import Database
    from kiosk.storage.models import Campaign

    db = Database(f"sqlite:///{path}")
    kiosk, nurse = Actor.station_only("kiosk-1"), Actor("nurse-1", staff_id, "nurse")
    check_in, call_next, board = [], [], []
    for i in range(waiting + rounds):
        now = T0 + timedelta(seconds=i)
        started = time.perf_counter()
        with db.write() as s:
            donor = registration.create_donor(s, details(i), "v1", now)
            q.join_queue(
                s,
                s.get(Campaign, campaign_id),
                donor,
                DAY,
                actor=kiosk,
                now=now,
                outcome="eligible",
                until=None,
                reasons=[],
                pack="ma-amsd@1.1",
                answers={"fever": False},
            )
        if i >= waiting:  # measured with a few hundred already waiting
            check_in.append(time.perf_counter() - started)
    for i in range(rounds):
        started = time.perf_counter()
        with db.write() as s:
            q.call_next(s, campaign_id, DAY, 1 + i % 4, actor=nurse, now=T0 + timedelta(hours=1, seconds=i))
        call_next.append(time.perf_counter() - started)
    for _ in range(rounds):
        started = time.perf_counter()
        with db.read() as s:
            q.board(s, campaign_id, DAY, T0 + timedelta(hours=2))
        board.append(time.perf_counter() - started)
    watcher = changes.watch(db.engine, campaign_id, DAY)
    polls = 2000
    started = time.perf_counter()
    for _ in range(polls):
        watcher.poll()
    poll_us = (time.perf_counter() - started) / polls * 1e6
    watcher.close()
    db.dispose()
    return {
        "check_in_ms": median_ms(check_in),
        "call_next_ms": median_ms(call_next),
        "board_snapshot_ms": median_ms(board),
        "idle_poll_us": poll_us,
    }


def bench_raw(path: Path, campaign_id: int, staff_id: int, waiting: int, rounds: int) -> dict[str, float]:
    """The same writes in plain sqlite3, with the same pragmas and BEGIN IMMEDIATE."""
    con = sqlite3.connect(path, isolation_level=None)
    for pragma in ("busy_timeout=10000", "journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
        con.execute(f"PRAGMA {pragma}")
    day = DAY.isoformat()
    check_in, call_next = [], []

    def stamp(moment: datetime) -> str:
        return moment.replace(tzinfo=None).isoformat(sep=" ")

    for i in range(waiting + rounds):
        now = stamp(T0 + timedelta(seconds=i))
        started = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        donor = con.execute(
            "INSERT INTO donor (card_token, cin, first_name_latin, last_name_latin, sex, birth_date, language,"
            " consent_at, consent_version, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?) RETURNING id",
            (f"tok{i}", f"BR{i:06d}", "Bench", "Donor", "MF"[i % 2], "1990-01-01", "ar", now, "v1", now, now),
        ).fetchone()[0]
        ticket = con.execute(
            "UPDATE ticket_counter SET last_ticket = last_ticket + 1 WHERE campaign_id=? AND day=?"
            " RETURNING last_ticket",
            (campaign_id, day),
        ).fetchone()
        if ticket is None:
            con.execute(
                "INSERT INTO ticket_counter (campaign_id, day, last_ticket, changes) VALUES (?,?,1,0)",
                (campaign_id, day),
            )
            ticket = (1,)
        visit = con.execute(
            "INSERT INTO visit (campaign_id, donor_id, day, ticket, ticket_token, status, call_count, needs_staff,"
            " waiting_at) VALUES (?,?,?,?,?,'waiting',0,0,?) RETURNING id",
            (campaign_id, donor, day, ticket[0], f"tt{i}", now),
        ).fetchone()[0]
        con.execute(
            "INSERT INTO questionnaire_response (visit_id, pack, answers, outcome, reasons, created_at)"
            " VALUES (?,?,?,?,?,?)",
            (visit, "ma-amsd@1.1", '{"fever": false}', "eligible", "[]", now),
        )
        con.execute(
            "INSERT INTO audit_event (at, station, action, donor_id, visit_id, detail) VALUES (?,?,?,?,?,?)",
            (now, "kiosk-1", "queue.check_in", donor, visit, '{"ticket": %d}' % ticket[0]),
        )
        con.execute("COMMIT")
        if i >= waiting:
            check_in.append(time.perf_counter() - started)
    for i in range(rounds):
        now = stamp(T0 + timedelta(hours=1, seconds=i))
        started = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        visit, donor, ticket = con.execute(
            "UPDATE visit SET status='called', booth=?, call_count=call_count+1, called_at=? WHERE id ="
            " (SELECT id FROM visit WHERE campaign_id=? AND day=? AND status='waiting' ORDER BY waiting_at, ticket"
            " LIMIT 1) RETURNING id, donor_id, ticket",
            (1 + i % 4, now, campaign_id, day),
        ).fetchone()
        con.execute("UPDATE ticket_counter SET changes = changes + 1 WHERE campaign_id=? AND day=?", (campaign_id, day))
        con.execute(
            "INSERT INTO audit_event (at, station, staff_id, action, donor_id, visit_id, detail)"
            " VALUES (?,?,?,?,?,?,?)",
            (now, "nurse-1", staff_id, "queue.call", donor, visit, '{"ticket": %d}' % ticket),
        )
        con.execute("COMMIT")
        call_next.append(time.perf_counter() - started)
    con.close()
    return {"raw_check_in_ms": median_ms(check_in), "raw_call_next_ms": median_ms(call_next)}


def run(quick: bool) -> dict[str, float]:
    waiting, rounds = (200, 60) if quick else (500, 200)
    with tempfile.TemporaryDirectory(prefix="bench-queue-") as folder:
        ours, raw = Path(folder) / "orm.db", Path(folder) / "raw.db"
        campaign_id, staff_id = build(ours)
        raw_ids = build(raw)
        figures = bench_storage(ours, campaign_id, staff_id, waiting, rounds)
        figures.update(bench_raw(raw, *raw_ids, waiting, rounds))
    figures["check_in_ratio"] = figures["check_in_ms"] / figures["raw_check_in_ms"]
    figures["call_next_ratio"] = figures["call_next_ms"] / figures["raw_call_next_ms"]
    figures["waiting"] = float(waiting)
    return figures


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(run(quick="--quick" in sys.argv), indent=2))

"""Queue figures on a campaign day with a few hundred donors waiting: a check-in
(donor + ticket + pre-screen + audit) and a call-next (oldest waiting, version
bump, audit), each one write transaction through the real storage functions,
next to raw `sqlite3` doing the same work by hand (`RawSide`) on a database of
the same schema, the two interleaved one by one in the same run; plus the
display board's snapshot and an idle change poll.

The audit chain's cost: check-ins on two more databases, interleaved one by
one, with `audit.record` as it is (`check_in_chained_ms`) and writing the
event without its link, no head row and no SHA-256 (`check_in_unchained_ms`).
"""

from __future__ import annotations

import json
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
        spec = campaign_spec(DAY, 400)
        campaign_id = campaigns.save_campaign(s, spec).id
        campaigns.use_campaign(s, spec.slug)  # the campaign in use, as on a kiosk's database
        nurse = Staff(name="Bench", role="nurse", pin_hash="-", created_at=T0)
        s.add(nurse)
        s.flush()
        staff_id = nurse.id
    db.dispose()
    return campaign_id, staff_id


def raw_audit(
    con: sqlite3.Connection, now: str, station: str, staff_id, action: str, donor, visit, detail: dict
) -> None:
    """What `kiosk.storage.audit.record` does, in plain sqlite3: take the chain's head, hash, insert."""
    from kiosk.storage.audit import GENESIS, canonical, link_hash

    row = con.execute("UPDATE audit_head SET seq = seq + 1 WHERE id = 1 RETURNING seq, hash").fetchone()
    if row is None:
        con.execute("INSERT INTO audit_head (id, seq, hash) VALUES (1, 1, ?)", (GENESIS,))
        row = (1, GENESIS)
    seq, previous = row
    at = datetime.fromisoformat(now).replace(tzinfo=UTC)
    digest = link_hash(previous, canonical(seq, at, station, staff_id, action, donor, visit, detail))
    con.execute("UPDATE audit_head SET hash = ? WHERE id = 1", (digest,))
    con.execute(
        "INSERT INTO audit_event (at, station, staff_id, action, donor_id, visit_id, detail, seq, hash)"
        " VALUES (?,?,?,?,?,?,?,?,?)",
        (now, station, staff_id, action, donor, visit, json.dumps(detail), seq, digest),
    )


def unchained_record():
    """`audit.record` without the chain: no head row, no SHA-256 (what the chain adds is the difference)."""
    import itertools

    from kiosk.domain.clock import now_utc
    from kiosk.storage.models import AuditEvent

    numbers = itertools.count(1)

    def record(session, station, staff_id, action, donor_id=None, visit_id=None, detail=None, *, at=None):
        event = AuditEvent(
            at=at or now_utc(),
            station=station,
            staff_id=staff_id,
            action=action,
            donor_id=donor_id,
            visit_id=visit_id,
            detail=dict(detail or {}),
            seq=next(numbers),
            hash="-",
        )
        session.add(event)
        return event

    return record


def bench_chain_cost(folder: Path, waiting: int, rounds: int) -> dict[str, float]:
    """Check-ins with and without the audit chain, interleaved one by one on two
    databases of the same shape, so that the machine's drift hits both alike."""
    from kiosk.domain.staff import Actor
    from kiosk.storage import audit, campaigns, registration
    from kiosk.storage import queue as q
    from kiosk.storage.db import Database

    chained_record, plain_record = audit.record, unchained_record()
    sides = {}
    for name in ("chained", "unchained"):
        path = folder / f"{name}.db"
        campaign_id, _ = build(path)
        sides[name] = (Database(f"sqlite:///{path}"), campaign_id, [])
    kiosk = Actor.station_only("kiosk-1")
    try:
        for i in range(waiting + rounds):
            now = T0 + timedelta(seconds=i)
            order = ("chained", "unchained") if i % 2 == 0 else ("unchained", "chained")  # neither always first
            for name in order:
                db, campaign_id, samples = sides[name]
                audit.record = chained_record if name == "chained" else plain_record
                started = time.perf_counter()
                with db.write() as s:
                    donor = registration.create_donor(s, details(i), "v1", now)
                    q.join_queue(
                        s,
                        campaigns.campaign_days(s, campaign_id),
                        donor,
                        DAY,
                        actor=kiosk,
                        now=now,
                        outcome="eligible",
                        until=None,
                        reasons=[],
                        pack="ma-amsd@1.0",
                        answers={"fever": False},
                    )
                if i >= waiting:
                    samples.append(time.perf_counter() - started)
    finally:
        audit.record = chained_record
        for db, _, _ in sides.values():
            db.dispose()
    chained, plain = median_ms(sides["chained"][2]), median_ms(sides["unchained"][2])
    return {
        "check_in_chained_ms": chained,
        "check_in_unchained_ms": plain,
        "audit_chain_cost_ms": chained - plain,
        "audit_chain_ratio": chained / plain,
    }


class OrmSide:
    """The check-in and call-next the stations make: the real storage functions,
    one write transaction each. A check-in reads the campaign in use as the kiosk
    does (`kiosk.kiosk_flow.write_check_in`): its id and days alone, with
    `campaigns.active_campaign_days`, not the whole `Campaign` and its texts."""

    def __init__(self, path: Path, campaign_id: int, staff_id: int):
        from kiosk.domain.staff import Actor
        from kiosk.storage.db import Database

        self.db = Database(f"sqlite:///{path}")
        self.campaign_id = campaign_id
        self.kiosk, self.nurse = Actor.station_only("kiosk-1"), Actor("nurse-1", staff_id, "nurse")

    def check_in(self, i: int, now: datetime) -> None:
        from kiosk.storage import campaigns, registration
        from kiosk.storage import queue as q

        with self.db.write() as s:
            campaign = campaigns.active_campaign_days(s)  # first, as the kiosk
            assert campaign is not None and campaign.id == self.campaign_id
            donor = registration.create_donor(s, details(i), "v1", now)
            q.join_queue(
                s,
                campaign,
                donor,
                DAY,
                actor=self.kiosk,
                now=now,
                outcome="eligible",
                until=None,
                reasons=[],
                pack="ma-amsd@1.2",
                answers={"fever": False},
            )

    def call_next(self, i: int, now: datetime) -> None:
        from kiosk.storage import queue as q

        with self.db.write() as s:
            q.call_next(s, self.campaign_id, DAY, 1 + i % 4, actor=self.nurse, now=now)

    def close(self) -> None:
        self.db.dispose()


class RawSide:
    """The same work written by hand in plain sqlite3: the same pragmas, BEGIN
    IMMEDIATE, and each statement a careful hand-written check-in needs (the CIN
    check, the site's donor number, the campaign's days, the ticket counter, the
    rows with their global ids, the audit chain's link); a call-next picks and
    updates the first waiting visit in one UPDATE … RETURNING."""

    def __init__(self, path: Path, campaign_id: int, staff_id: int):
        self.con = sqlite3.connect(path, isolation_level=None)
        for pragma in ("busy_timeout=10000", "journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
            self.con.execute(f"PRAGMA {pragma}")
        self.campaign_id, self.staff_id = campaign_id, staff_id

    @staticmethod
    def stamp(moment: datetime) -> str:
        return moment.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")

    def check_in(self, i: int, moment: datetime) -> None:
        from kiosk.domain.donors import donor_number, new_token, new_uuid

        con, now, day = self.con, self.stamp(moment), DAY.isoformat()
        con.execute("BEGIN IMMEDIATE")
        cin = f"BR{i:06d}"
        if con.execute("SELECT id FROM donor WHERE cin = ?", (cin,)).fetchone() is not None:
            raise AssertionError("cin taken")
        site = dict(con.execute("SELECT key, value FROM setting WHERE key IN ('site.centre', 'site.station')"))
        prefix = site.get("site.station", "qtr").upper()
        count = con.execute(
            "UPDATE setting SET value = CAST(value AS INTEGER) + 1 WHERE key = 'site.donor_count' RETURNING value"
        ).fetchone()
        if count is None:
            con.execute("INSERT INTO setting (key, value) VALUES ('site.donor_count', '1')")
            count = (1,)
        donor = con.execute(
            "INSERT INTO donor (uuid, number, card_token, cin, first_name_latin, last_name_latin, sex, birth_date,"
            " language, consent_at, consent_version, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"
            " RETURNING id",
            (
                new_uuid(),
                donor_number(prefix, int(count[0])),
                new_token(),
                cin,
                "Bench",
                "Donor",
                "MF"[i % 2],
                "1990-01-01",
                "ar",
                now,
                "v1",
                now,
                now,
            ),
        ).fetchone()[0]
        first, last, demo = con.execute(
            "SELECT first_day, last_day, demo FROM campaign WHERE id = ?", (self.campaign_id,)
        ).fetchone()
        assert demo or first <= day <= last
        ticket = con.execute(
            "UPDATE ticket_counter SET last_ticket = last_ticket + 1 WHERE campaign_id=? AND day=?"
            " RETURNING last_ticket",
            (self.campaign_id, day),
        ).fetchone()
        if ticket is None:
            con.execute(
                "INSERT INTO ticket_counter (campaign_id, day, last_ticket, changes) VALUES (?,?,1,0)",
                (self.campaign_id, day),
            )
            ticket = (1,)
        visit = con.execute(
            "INSERT INTO visit (uuid, campaign_id, donor_id, day, ticket, ticket_token, status, call_count,"
            " needs_staff, waiting_at) VALUES (?,?,?,?,?,?,'waiting',0,0,?) RETURNING id",
            (new_uuid(), self.campaign_id, donor, day, ticket[0], new_token(), now),
        ).fetchone()[0]
        con.execute(
            "INSERT INTO questionnaire_response (uuid, visit_id, pack, answers, outcome, reasons, created_at)"
            " VALUES (?,?,?,?,?,?,?)",
            (new_uuid(), visit, "ma-amsd@1.2", '{"fever": false}', "eligible", "[]", now),
        )
        raw_audit(
            con, now, "kiosk-1", None, "queue.check_in", donor, visit, {"ticket": ticket[0], "outcome": "eligible"}
        )
        con.execute("COMMIT")

    def call_next(self, i: int, moment: datetime) -> None:
        con, now, day = self.con, self.stamp(moment), DAY.isoformat()
        con.execute("BEGIN IMMEDIATE")
        visit, donor, ticket, calls = con.execute(
            "UPDATE visit SET status='called', booth=?, call_count=call_count+1, called_at=? WHERE id ="
            " (SELECT id FROM visit WHERE campaign_id=? AND day=? AND status='waiting' ORDER BY waiting_at, ticket"
            " LIMIT 1) RETURNING id, donor_id, ticket, call_count",
            (1 + i % 4, now, self.campaign_id, day),
        ).fetchone()
        con.execute(
            "UPDATE ticket_counter SET changes = changes + 1 WHERE campaign_id=? AND day=?"
            " RETURNING last_ticket + changes",
            (self.campaign_id, day),
        ).fetchone()
        raw_audit(
            con,
            now,
            "nurse-1",
            self.staff_id,
            "queue.call",
            donor,
            visit,
            {"ticket": ticket, "booth": 1 + i % 4, "call": calls},
        )
        con.execute("COMMIT")

    def close(self) -> None:
        self.con.close()


def timed(step, i: int, now: datetime) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one step. On a machine shared with other work
    the wall clock also counts the time others ran; the process's CPU time counts
    only this step's own work (its fsync waits excluded on both sides)."""
    wall, cpu = time.perf_counter(), time.process_time()
    step(i, now)
    return time.perf_counter() - wall, time.process_time() - cpu


def bench_queue(folder: Path, waiting: int, rounds: int) -> dict[str, float]:
    """Check-ins then calls on two databases of the same shape, the application's
    and the hand-written one interleaved one by one (each goes first every other
    time), so that the machine's drift hits both alike."""
    orm = OrmSide(folder / "orm.db", *build(folder / "orm.db"))
    raw = RawSide(folder / "raw.db", *build(folder / "raw.db"))
    names = ("check_in", "raw_check_in", "call_next", "raw_call_next")
    wall: dict[str, list[float]] = {name: [] for name in names}
    cpu: dict[str, list[float]] = {name: [] for name in names}
    try:
        for i in range(waiting + rounds):
            now = T0 + timedelta(seconds=i)
            sides = ((orm.check_in, "check_in"), (raw.check_in, "raw_check_in"))
            for step, name in sides if i % 2 else sides[::-1]:
                took = timed(step, i, now)
                if i >= waiting:  # measured with a few hundred already waiting
                    wall[name].append(took[0])
                    cpu[name].append(took[1])
        for i in range(rounds):
            now = T0 + timedelta(hours=1, seconds=i)
            sides = ((orm.call_next, "call_next"), (raw.call_next, "raw_call_next"))
            for step, name in sides if i % 2 else sides[::-1]:
                took = timed(step, i, now)
                wall[name].append(took[0])
                cpu[name].append(took[1])
        figures = {f"{name}_ms": median_ms(values) for name, values in wall.items()}
        figures |= {f"{name}_cpu_ms": median_ms(values) for name, values in cpu.items()}
        figures.update(bench_reads(orm.db, orm.campaign_id, rounds))
    finally:
        orm.close()
        raw.close()
    return figures


def bench_reads(db, campaign_id: int, rounds: int) -> dict[str, float]:
    """The display board's snapshot and an idle change poll."""
    from kiosk.storage import changes
    from kiosk.storage import queue as q

    board = []
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
    return {"board_snapshot_ms": median_ms(board), "idle_poll_us": poll_us}


def run(quick: bool) -> dict[str, float]:
    waiting, rounds = (200, 60) if quick else (500, 200)
    with tempfile.TemporaryDirectory(prefix="bench-queue-") as folder:
        figures = bench_queue(Path(folder), waiting, rounds)
        figures.update(bench_chain_cost(Path(folder), waiting, rounds))
    figures["check_in_ratio"] = figures["check_in_ms"] / figures["raw_check_in_ms"]
    figures["call_next_ratio"] = figures["call_next_ms"] / figures["raw_call_next_ms"]
    figures["check_in_cpu_ratio"] = figures["check_in_cpu_ms"] / figures["raw_check_in_cpu_ms"]
    figures["call_next_cpu_ratio"] = figures["call_next_cpu_ms"] / figures["raw_call_next_cpu_ms"]
    figures["waiting"] = float(waiting)
    return figures


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(run(quick="--quick" in sys.argv), indent=2))

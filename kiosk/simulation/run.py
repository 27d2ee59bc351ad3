"""Run a simulated campaign day and count what went wrong.

- tickets lost: tickets a kiosk showed (after its commit returned) that are
  not in the database at the end, plus tickets still open (waiting, called,
  at a booth) when every station has stopped: nobody may be lost;
- duplicates: the same ticket twice in a day, one donor handed to two booths
  for the same wait, one visit decided twice, two donations for one visit;
- errors: any exception in a station, a station that did not finish, and
  any queue change the watching board never saw;
- queue-update latency: from the moment a station committed a queue change
  to the moment the board's `QueueWatcher` reported it (all changes);
- throughput: donors who reached a decision per hour of campaign time (the
  day as simulated: real time scaled back by `minute_ms`).
"""

from __future__ import annotations

import logging
import math
import multiprocessing
import queue as stdlib_queue
import statistics
import time
from bisect import bisect_left
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date

from kiosk.coded_error import CodedError
from kiosk.simulation.actors import Outcome, Plan, booth_main, kiosk_main
from kiosk.simulation.world import Nurse, campaign_spec, nurse_pin

log = logging.getLogger(__name__)


class SimulationError(CodedError, RuntimeError):
    """The simulation cannot run (not an empty database, bad numbers); a code of kiosk.errors."""

    def __str__(self) -> str:
        from kiosk.errors import error_message

        return error_message(self, "en", isolate=False)


@dataclass(frozen=True)
class Settings:
    url: str
    donors: int = 400
    booths: int = 4
    kiosks: int = 2
    minute_ms: float = 10.0  # one minute of the campaign day, in real milliseconds
    seed: int = 1
    day: date | None = None  # default: today at the venue
    timeout: float | None = None  # seconds; default from the size of the day


@dataclass
class Report:
    donors_served: int
    tickets_lost: int
    duplicates: int
    errors: int
    latency_ms_p50: float
    latency_ms_p95: float
    donors_per_hour: float
    # The rest explains the figures above.
    donors_registered: int = 0
    tickets: int = 0
    deferred_at_kiosk: int = 0
    donated: int = 0
    deferred_at_booth: int = 0
    left: int = 0
    queue_changes: int = 0
    changes_unseen: int = 0
    latency_ms_max: float = 0.0
    max_waiting: int = 0
    campaign_hours: float = 0.0
    wall_seconds: float = 0.0
    database: str = ""
    kiosks: int = 0
    booths: int = 0
    messages: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        data = asdict(self)
        data.pop("messages")
        return data

    def ok(self) -> bool:
        return self.tickets_lost == 0 and self.duplicates == 0 and self.errors == 0

    def text(self, lang: str = "en") -> str:
        """The report for people, in `lang` (the command line's language)."""
        from kiosk.errors import Audience, format_message

        def line(code: str, **detail: object) -> str:
            return format_message(code, lang, Audience.STAFF, detail, isolate=False)

        return "\n".join(
            [
                line("simulate.line_database", database=self.database, kiosks=self.kiosks, booths=self.booths),
                line(
                    "simulate.line_registered",
                    registered=self.donors_registered,
                    tickets=self.tickets,
                    deferred=self.deferred_at_kiosk,
                ),
                line(
                    "simulate.line_served",
                    served=self.donors_served,
                    donated=self.donated,
                    deferred=self.deferred_at_booth,
                    left=self.left,
                ),
                line("simulate.line_lost", count=self.tickets_lost),
                line("simulate.line_duplicates", count=self.duplicates),
                line("simulate.line_errors", count=self.errors),
                line(
                    "simulate.line_latency",
                    median=f"{self.latency_ms_p50:.0f}",
                    p95=f"{self.latency_ms_p95:.0f}",
                    max=f"{self.latency_ms_max:.0f}",
                    changes=self.queue_changes,
                    unseen=self.changes_unseen,
                ),
                line(
                    "simulate.line_throughput",
                    per_hour=f"{self.donors_per_hour:.1f}",
                    hours=f"{self.campaign_hours:.1f}",
                    waiting=self.max_waiting,
                ),
                line("simulate.line_wall", seconds=f"{self.wall_seconds:.1f}"),
            ]
        )


def _percentile(values: list[float], share: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(share * len(ordered)) - 1)]


# What one machine can run: each kiosk and booth is a process of its own.
LIMITS = {"donors": 100_000, "booths": 32, "kiosks": 16}
MINUTE_MS = (0.01, 60_000.0)


def check_settings(settings: Settings) -> None:
    """SimulationError for numbers no day has: none, too many processes, a minute
    that is not a finite, positive length (NaN compares false with everything)."""
    for name, most in LIMITS.items():
        value = getattr(settings, name)
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= most:
            raise SimulationError("simulate.count", name=name, most=most, value=value)
    low, high = MINUTE_MS
    if not (math.isfinite(settings.minute_ms) and low <= settings.minute_ms <= high):
        raise SimulationError("simulate.minute", low=low, high=f"{high:.0f}")


def refuse_unless_empty(db) -> None:
    """The simulation writes a campaign and staff: it runs only on a database that
    holds nothing at all (no table, or only empty ones), never on a station's data."""
    from sqlalchemy import inspect, select, table

    with db.engine.connect() as connection:
        for name in inspect(connection).get_table_names():
            if name == "alembic_version":
                continue
            if connection.execute(select(1).select_from(table(name)).limit(1)).first() is not None:
                raise SimulationError("simulate.not_empty", table=name)


def prepare(settings: Settings) -> tuple[Plan, list[Nurse]]:
    """Schema, the simulation's campaign and one nurse per booth, on an empty database."""
    from kiosk.domain.clock import local_day, now_utc
    from kiosk.domain.eligibility import default_pack
    from kiosk.domain.staff import Actor
    from kiosk.storage import campaigns, migrate, staff
    from kiosk.storage.db import Database

    check_settings(settings)
    day = settings.day or local_day()
    db = Database(settings.url)
    try:
        refuse_unless_empty(db)
        migrate.upgrade(db.engine)
        with db.write() as s:
            campaign = campaigns.save_campaign(s, campaign_spec(day, settings.donors))
            nurses = []
            for booth in range(1, settings.booths + 1):
                pin = nurse_pin()
                person = staff.add_staff(
                    s, f"Booth {booth} nurse", "nurse", pin, actor=Actor.station_only("simulation"), now=now_utc()
                )
                nurses.append(Nurse(booth, person.id, pin))
            campaign_id = campaign.id
    finally:
        db.dispose()
    plan = Plan(
        url=settings.url,
        campaign_id=campaign_id,
        day=day,
        donors=settings.donors,
        kiosks=settings.kiosks,
        booths=settings.booths,
        seed=settings.seed,
        pack=default_pack().ref,
    )
    return plan, nurses


def simulate(settings: Settings) -> Report:
    """Run the day in K + B processes on `settings.url`; this process watches like a board."""
    from kiosk.domain.clock import now_utc
    from kiosk.storage import changes
    from kiosk.storage import queue as q
    from kiosk.storage.db import Database

    plan, nurses = prepare(settings)
    ctx = multiprocessing.get_context("spawn")
    processes = settings.kiosks + settings.booths
    ready, start_event = ctx.Semaphore(0), ctx.Event()
    start_value, kiosks_left = ctx.Value("d", 0.0), ctx.Value("i", settings.kiosks)
    results = ctx.Queue()
    start_sim = now_utc()
    common = (settings.minute_ms, start_sim, ready, start_event, start_value, kiosks_left, results)
    children = [
        ctx.Process(target=kiosk_main, args=(plan, k, *common), name=f"kiosk-{k + 1}") for k in range(settings.kiosks)
    ]
    children += [
        ctx.Process(target=booth_main, args=(plan, nurse, *common), name=f"booth-{nurse.booth}") for nurse in nurses
    ]
    for child in children:
        child.start()
    db = Database(settings.url)
    outcomes: list[Outcome] = []
    seen: list[tuple[float, int]] = []  # (time, version) as the board saw them
    max_waiting = 0
    errors = 0
    completed = False
    try:
        for _ in children:
            ready.acquire()
        watcher = changes.watch(db.engine, plan.campaign_id, plan.day)
        start_value.value = started = time.time()
        start_event.set()
        # A generous bound: the day's length at full compression, three times, plus start-up.
        expected = settings.donors * 18 / settings.booths * settings.minute_ms / 1000
        deadline = started + (settings.timeout or 3 * expected + 120)
        while len(outcomes) < processes and time.time() < deadline:
            if watcher.wait(timeout=0.05):
                seen.append((time.time(), watcher.version))
                with db.read() as s:  # what the display board does on each change
                    snapshot = q.board(s, plan.campaign_id, plan.day, now_utc())
                max_waiting = max(max_waiting, snapshot.waiting)
            try:
                while True:
                    outcomes.append(results.get_nowait())
            except stdlib_queue.Empty:
                pass
        finished = time.time()
        committed = max((v for o in outcomes for v, _ in o.commits), default=0)
        grace = time.time() + 3.0
        while watcher.version < committed and time.time() < grace:
            if watcher.wait(timeout=0.05):
                seen.append((time.time(), watcher.version))
        watcher.close()
        completed = True
    finally:
        for child in children:
            if not completed:  # something broke here: stop the stations now
                child.kill()
            child.join(timeout=10)
            if child.is_alive():
                child.kill()
                child.join()
                errors += 1
        results.close()
    if len(outcomes) < processes:
        errors += processes - len(outcomes)
        log.error("%d station(s) did not finish in time", processes - len(outcomes))
    report = _count(db, plan, settings, outcomes, seen, finished - started)
    db.dispose()
    report.errors += errors
    report.max_waiting = max_waiting
    return report


def _count(
    db, plan: Plan, settings: Settings, outcomes: list[Outcome], seen: list[tuple[float, int]], wall: float
) -> Report:
    from sqlalchemy import func, select

    from kiosk.storage.models import Donation, Visit

    with db.read() as s:
        visits = {
            vid: (ticket, status)
            for vid, ticket, status in s.execute(
                select(Visit.id, Visit.ticket, Visit.status).where(Visit.campaign_id == plan.campaign_id)
            )
        }
        donations_per_visit = Counter(s.scalars(select(Donation.visit_id)))
        same_ticket = s.scalar(
            select(func.count()).select_from(
                select(Visit.ticket)
                .where(Visit.campaign_id == plan.campaign_id, Visit.day == plan.day, Visit.ticket.is_not(None))
                .group_by(Visit.ticket)
                .having(func.count() > 1)
                .subquery()
            )
        )
    shown = [t for o in outcomes for t in o.tickets]
    lost = sum(1 for vid, ticket in shown if visits.get(vid, (None, None))[0] != ticket)
    still_open = sum(
        1 for ticket, status in visits.values() if ticket is not None and status in ("waiting", "called", "interview")
    )
    calls = Counter(c for o in outcomes for c in o.calls)
    decided = Counter(vid for o in outcomes for vid, _ in o.served)
    duplicates = (
        (same_ticket or 0)
        + sum(n - 1 for n in calls.values() if n > 1)
        + sum(n - 1 for n in decided.values() if n > 1)
        + sum(n - 1 for n in donations_per_visit.values() if n > 1)
        + sum(n - 1 for n in Counter(ticket for _, ticket in shown).values() if n > 1)
    )
    # Latency: each commit is seen at the first board read whose version reached it.
    times = [t for t, _ in seen]
    versions = [v for _, v in seen]
    latencies, unseen = [], 0
    for version, stamp in (c for o in outcomes for c in o.commits):
        i = bisect_left(versions, version)
        if i == len(versions):
            unseen += 1
        else:
            latencies.append(max(0.0, times[i] - stamp) * 1000)
    statuses = Counter(status for ticket, status in visits.values() if ticket is not None)
    served = statuses["donated"] + statuses["deferred"]
    hours = wall * 1000 / settings.minute_ms / 60  # real ms -> campaign minutes -> hours
    report = Report(
        donors_served=served,
        tickets_lost=lost + still_open,
        duplicates=duplicates,
        errors=sum(o.errors for o in outcomes) + unseen,
        latency_ms_p50=round(statistics.median(latencies), 1) if latencies else 0.0,
        latency_ms_p95=round(_percentile(latencies, 0.95), 1),
        donors_per_hour=round(served / hours, 1) if hours else 0.0,
        donors_registered=len(visits),
        tickets=len(shown),
        deferred_at_kiosk=sum(o.kiosk_deferred for o in outcomes),
        donated=statuses["donated"],
        deferred_at_booth=statuses["deferred"],
        left=statuses["left"],
        queue_changes=len(latencies) + unseen,
        changes_unseen=unseen,
        latency_ms_max=round(max(latencies, default=0.0), 1),
        campaign_hours=round(hours, 2),
        wall_seconds=round(wall, 2),
        database=db.engine.dialect.name,
        kiosks=settings.kiosks,
        booths=settings.booths,
        messages=[m for o in outcomes for m in o.messages],
    )
    return report

"""The simulated stations, each in its own process: kiosks register donors,
booths serve them. Both go only through the queue's public operations.

Each process keeps what it saw (tickets it was shown, calls it made, donors it
served, the queue version each of its commits published and when) and sends
it back once, at the end.
"""

from __future__ import annotations

import logging
import os
import random
import time
import traceback
from dataclasses import dataclass, field
from datetime import date, timedelta

from kiosk.simulation.world import Nurse, SimClock, donor_details

log = logging.getLogger(__name__)

CONSENT = "simulation"
MAX_ERRORS_KEPT = 5


@dataclass
class Plan:
    """What the processes share, picklable for `spawn`."""

    url: str
    campaign_id: int
    day: date
    donors: int
    kiosks: int
    booths: int
    seed: int
    pack: str


@dataclass
class Outcome:
    """What one process reports."""

    role: str  # "kiosk" or "booth"
    index: int
    tickets: list[tuple[int, int]] = field(default_factory=list)  # (visit_id, ticket) a kiosk showed
    kiosk_deferred: int = 0
    calls: list[tuple[int, str]] = field(default_factory=list)  # (visit_id, its place in the queue) per call_next
    served: list[tuple[int, str]] = field(default_factory=list)  # (visit_id, donated/deferred) decided here
    commits: list[tuple[int, float]] = field(default_factory=list)  # (queue version, time before commit)
    errors: int = 0
    messages: list[str] = field(default_factory=list)

    def error(self, what: str) -> None:
        self.errors += 1
        if len(self.messages) < MAX_ERRORS_KEPT:
            self.messages.append(f"{self.role} {self.index}: {what}\n{traceback.format_exc()}")


def _await_start(start_event, start_value, plan_minute_ms: float, start_sim) -> SimClock:
    start_event.wait()
    return SimClock(start_value.value, start_sim, plan_minute_ms)


class Orphaned(Exception):
    """The simulation's own process is gone: stop instead of running on alone."""


_PARENT = os.getppid()


def _check_parent() -> None:
    if os.getppid() != _PARENT:
        raise Orphaned


# -- kiosk -------------------------------------------------------------------------------
def kiosk_main(
    plan: Plan, index: int, minute_ms: float, start_sim, ready, start_event, start_value, kiosks_left, results
) -> None:
    """Register donors `index`, `index + K`, …: questionnaire pause, then one transaction
    that creates the donor and their ticket (or their deferral)."""
    logging.basicConfig(level=logging.WARNING)
    from kiosk.domain.staff import Actor
    from kiosk.storage import campaigns, changes, registration
    from kiosk.storage import queue as q
    from kiosk.storage.db import Database

    out = Outcome("kiosk", index)
    db = Database(plan.url)
    actor = Actor.station_only(f"kiosk-{index + 1}")
    ready.release()
    clock = _await_start(start_event, start_value, minute_ms, start_sim)
    try:
        for number in range(index + 1, plan.donors + 1, plan.kiosks):
            _check_parent()
            rng = random.Random(f"{plan.seed}:kiosk:{number}")
            clock.pause(rng.uniform(2.0, 5.0))  # the questionnaire
            roll = rng.random()
            outcome, until, reasons, needs_staff = "eligible", None, [], rng.random() < 0.03
            if roll < 0.05:
                outcome, until, reasons = "deferred", plan.day + timedelta(days=rng.randint(14, 180)), ["dental_care"]
            elif roll < 0.12:
                outcome, reasons = "refer", ["current_treatment"]
            try:
                with db.write() as s:
                    now = clock.now()
                    campaign = campaigns.campaign_days(s, plan.campaign_id)  # as the kiosk: its days alone
                    donor = registration.create_donor(s, donor_details(number, plan.seed, plan.day), CONSENT, now)
                    visit = q.join_queue(
                        s,
                        campaign,
                        donor,
                        plan.day,
                        actor=actor,
                        now=now,
                        outcome=outcome,
                        until=until,
                        reasons=reasons,
                        pack=plan.pack,
                        answers={},
                        needs_staff=needs_staff,
                    )
                    version = changes.queue_version(s, plan.campaign_id, plan.day)
                    visit_id, ticket = visit.id, visit.ticket
                    stamp = time.time()
                # The commit returned: only now may the kiosk show (print) the ticket.
                if ticket is None:
                    out.kiosk_deferred += 1
                else:
                    out.tickets.append((visit_id, ticket))
                    out.commits.append((version, stamp))
            except Exception:
                out.error(f"registering donor {number}")
    except Orphaned:
        pass
    finally:
        with kiosks_left.get_lock():
            kiosks_left.value -= 1
        db.dispose()
        results.put(out)


# -- booth -------------------------------------------------------------------------------
class Booth:
    """One nurse at one booth, for the whole day."""

    def __init__(self, plan: Plan, nurse: Nurse, clock: SimClock, out: Outcome, db, actor):
        from kiosk.domain.eligibility import default_pack

        self.plan, self.nurse, self.clock, self.out, self.db, self.actor = plan, nurse, clock, out, db, actor
        self.booth = nurse.booth
        self.pack = default_pack()
        self.restores: list[tuple[float, int]] = []  # (real time due, visit id)

    def write(self, step, *args, **kwargs):
        """One step in one transaction; its published version is noted for the latency count."""
        from kiosk.storage import changes

        with self.db.write() as s:
            result = step(s, *args, actor=self.actor, now=self.clock.now(), **kwargs)
            version = changes.queue_version(s, self.plan.campaign_id, self.plan.day)
            stamp = time.time()
        self.out.commits.append((version, stamp))
        return result

    def finished(self, kiosks_left) -> bool:
        from sqlalchemy import func, select

        from kiosk.domain.visits import OPEN_STATES
        from kiosk.storage.models import Visit

        if kiosks_left.value > 0 or self.restores:
            return False
        with self.db.read() as s:
            still_open = s.scalar(
                select(func.count())
                .select_from(Visit)
                .where(
                    Visit.campaign_id == self.plan.campaign_id,
                    Visit.day == self.plan.day,
                    Visit.status.in_(OPEN_STATES),
                )
            )
        return not still_open

    def run(self, kiosks_left) -> None:
        from kiosk.domain.visits import VisitRefused
        from kiosk.storage import changes
        from kiosk.storage import queue as q

        watcher = changes.watch(self.db.engine, self.plan.campaign_id, self.plan.day)
        try:
            while True:
                _check_parent()
                try:
                    with self.db.read() as s:
                        mine = [
                            (v.id, v.status, v.interview_at is not None)
                            for v in q.at_booth(s, self.plan.campaign_id, self.plan.day, self.booth)
                        ]
                    if mine:  # sent here by a transfer
                        self.serve(*mine[0])
                        continue
                    if self.restores and self.restores[0][0] <= time.time():
                        _, visit_id = self.restores.pop(0)
                        self.write(q.bring_back, visit_id)
                        continue
                    try:
                        visit = self.write(q.call_next, self.plan.campaign_id, self.plan.day, self.booth)
                    except VisitRefused as refused:
                        if refused.code != "queue.empty":
                            raise
                        if self.finished(kiosks_left):
                            return
                        watcher.wait(timeout=0.2)
                        continue
                    # Two booths handed the same donor for the same wait would be a duplicate.
                    self.out.calls.append((visit.id, visit.waiting_at.isoformat()))
                    self.serve(visit.id, visit.status, False)
                except Exception:
                    self.out.error("booth loop")
                    time.sleep(0.05)
        finally:
            watcher.close()

    def came_back(self, visit_id: int) -> bool:
        from kiosk.storage import audit

        with self.db.read() as s:
            return bool(audit.events(s, visit_id=visit_id, actions=[audit.BRING_BACK], limit=1))

    def serve(self, visit_id: int, status: str, transferred: bool) -> None:
        """From the call to the decision, with the donor's own (seeded) behaviour."""
        from kiosk.domain.queue import MAX_CALLS
        from kiosk.domain.visits import Vitals
        from kiosk.storage import queue as q

        rng = random.Random(f"{self.plan.seed}:visit:{visit_id}")
        roll = rng.random()
        misses = 0 if roll < 0.94 else 1 if roll < 0.97 else 2 if roll < 0.985 else 9
        if status == "called" and not transferred and misses and not self.came_back(visit_id):
            calls = self._calls(visit_id)
            while calls <= misses:
                self.clock.pause(1.0)  # nobody comes
                if calls < MAX_CALLS and rng.random() < 0.5:
                    calls = self.write(q.recall, visit_id).call_count
                    continue
                visit = self.write(q.skip, visit_id)
                if visit.status == "left" and rng.random() < 0.5:  # back at the desk later; a nurse brings them back
                    self.restores.append((time.time() + rng.uniform(10, 40) * self.clock.minute_ms / 1000, visit_id))
                return
        if status == "called":
            self.clock.pause(rng.uniform(0.5, 1.5))  # walking to the booth
            self.write(q.start_interview, visit_id)
        self.clock.pause(rng.uniform(3.0, 7.0))  # the interview, reading the answers
        if not transferred and self.plan.booths > 1 and rng.random() < 0.03:
            other = rng.choice([b for b in range(1, self.plan.booths + 1) if b != self.booth])
            self.write(q.transfer, visit_id, other)  # e.g. to the doctor's booth
            return
        sex = self._sex(visit_id)
        low = rng.random() < 0.06
        hb = rng.uniform(10.5, 11.9) if low else rng.uniform(13.2, 16.0) if sex == "M" else rng.uniform(12.3, 15.0)
        vitals = Vitals(
            weight_kg=round(rng.uniform(52, 95), 1),
            haemoglobin_g_dl=round(hb, 1),
            systolic=rng.randint(105, 150),
            diastolic=rng.randint(65, 95),
        )
        with self.db.write() as s:
            q.record_vitals(s, visit_id, vitals, self.pack, actor=self.actor, now=self.clock.now())
        roll = rng.random()
        if low:
            self.write(q.record_deferral, visit_id, reason="haemoglobin", until=self.plan.day + timedelta(days=90))
            self.out.served.append((visit_id, "deferred"))
        elif roll < 0.05:
            self.write(q.record_deferral, visit_id, reason="interview", until=None, permanent=True)
            self.out.served.append((visit_id, "deferred"))
        elif roll < 0.06:
            self.write(q.leave, visit_id)  # changed their mind
        else:
            self.clock.pause(rng.uniform(7.0, 11.0))  # the bag fills
            self.write(q.record_donation, visit_id, volume_ml=450, bag_number=f"SIM{visit_id:09d}")
            self.out.served.append((visit_id, "donated"))

    def _calls(self, visit_id: int) -> int:
        from kiosk.storage.models import Visit

        with self.db.read() as s:
            return s.get(Visit, visit_id).call_count

    def _sex(self, visit_id: int) -> str:
        from kiosk.storage.models import Visit

        with self.db.read() as s:
            return s.get(Visit, visit_id).donor.sex


def booth_main(
    plan: Plan, nurse: Nurse, minute_ms: float, start_sim, ready, start_event, start_value, kiosks_left, results
) -> None:
    logging.basicConfig(level=logging.WARNING)
    from kiosk.storage import staff
    from kiosk.storage.db import Database

    out = Outcome("booth", nurse.booth)
    db = Database(plan.url)
    try:
        actor = staff.sign_in(db, f"booth-{nurse.booth}", nurse.staff_id, nurse.pin, start_sim)
    except Exception:
        out.error("signing in")
        actor = None
    ready.release()
    clock = _await_start(start_event, start_value, minute_ms, start_sim)
    try:
        if actor is not None:
            Booth(plan, nurse, clock, out, db, actor).run(kiosks_left)
    except Orphaned:
        pass
    except Exception:
        out.error("booth")
    finally:
        db.dispose()
        results.put(out)

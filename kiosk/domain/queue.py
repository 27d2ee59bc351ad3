"""The queue of a campaign day, as pure rules: what each step does to a visit,
in which order donors are called, and how long the wait is.

A visit goes waiting → called (to a booth) → interview → donated or deferred;
from any open state it may end as left. Each step is a function from one
`VisitState` to the next that raises `VisitRefused(code)` when the rules say
no; `kiosk.storage.queue` loads the row, applies the step, and stores it in
one transaction. Nothing here touches a database or a clock.

Call order: the oldest `waiting_at` first, then the lower ticket. Donors the
pre-screen sent to staff (`refer`, `needs_staff`) keep their place; the
screens show them, the order does not change for them.

No-shows: a called donor who does not come may be recalled (the board shows
the ticket again) or skipped. A skipped donor goes back to waiting behind
the next `SKIP_PLACES` donors; on the third call without them, skipping ends
the visit as left. A nurse can bring a donor who left back: to the front of
the queue, with a fresh count of calls.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from kiosk.domain.staff_calls import KioskCall
from kiosk.domain.visits import (
    CALLED,
    DEFERRED,
    DONATED,
    INTERVIEW,
    LEFT,
    OPEN_STATES,
    WAITING,
    VisitRefused,
    ticket_label,
)

MAX_CALLS = 3
SKIP_PLACES = 3
DEFAULT_SERVICE_MINUTES = 8.0
SERVICE_HISTORY = 20  # the last N visits that a booth finished
UNDO_WINDOW = timedelta(minutes=1)  # a donation or deferral recorded by mistake may be undone this long
_TICK = timedelta(microseconds=1)
# Pre-screen outcomes that put the donor in the queue; the others end the visit at the kiosk.
QUEUED_OUTCOMES = ("eligible", "refer")


@dataclass(frozen=True)
class VisitState:
    """The queue fields of a visit, with the time each state began."""

    status: str
    booth: int | None = None
    call_count: int = 0
    waiting_at: datetime | None = None
    called_at: datetime | None = None
    interview_at: datetime | None = None
    donated_at: datetime | None = None
    deferred_at: datetime | None = None
    left_at: datetime | None = None


FIELDS = tuple(VisitState.__dataclass_fields__)


def _require(state: VisitState, allowed: tuple[str, ...], code: str) -> None:
    if state.status in allowed:
        return
    if state.status in (DONATED, DEFERRED):
        raise VisitRefused("visit.already_recorded", status=state.status)
    raise VisitRefused(code, status=state.status)


def _booth(booth: int) -> int:
    if isinstance(booth, bool) or not isinstance(booth, int) or booth < 1:
        raise VisitRefused("booth.invalid")
    return booth


def call(state: VisitState, booth: int, now: datetime) -> VisitState:
    """A waiting donor is called to `booth` (one more call on their count)."""
    _require(state, (WAITING,), "visit.not_waiting")
    return replace(state, status=CALLED, booth=_booth(booth), call_count=state.call_count + 1, called_at=now)


def recall(state: VisitState, now: datetime) -> VisitState:
    """The board shows a called ticket again; the third call is the last."""
    _require(state, (CALLED,), "visit.not_called")
    if state.call_count >= MAX_CALLS:
        raise VisitRefused("visit.call_limit", calls=state.call_count)
    return replace(state, call_count=state.call_count + 1, called_at=now)


def skip(state: VisitState, now: datetime, requeue_at: datetime) -> VisitState:
    """A called donor did not come: back to waiting at `requeue_at` (see
    `requeue_time`), or left after the last call."""
    _require(state, (CALLED,), "visit.not_called")
    if state.call_count >= MAX_CALLS:
        return replace(state, status=LEFT, booth=None, left_at=now)
    return replace(state, status=WAITING, booth=None, waiting_at=requeue_at)


def start_interview(state: VisitState, now: datetime) -> VisitState:
    """The called donor sits down at the booth. After a transfer the first
    interview time stays: the service time counts from there."""
    _require(state, (CALLED,), "visit.not_called")
    return replace(state, status=INTERVIEW, interview_at=state.interview_at or now)


def transfer(state: VisitState, booth: int, now: datetime) -> VisitState:
    """Send a called or interviewed donor to another booth; the board calls them there."""
    _require(state, (CALLED, INTERVIEW), "visit.not_at_booth")
    if _booth(booth) == state.booth:
        raise VisitRefused("booth.same", booth=booth)
    return replace(state, status=CALLED, booth=booth, called_at=now)


def leave(state: VisitState, now: datetime) -> VisitState:
    """The donor went away (from the queue, or during the interview)."""
    _require(state, OPEN_STATES, "visit.not_open")
    return replace(state, status=LEFT, booth=None, left_at=now)


def bring_back(state: VisitState, now: datetime, front_at: datetime) -> VisitState:
    """A donor who left comes back: waiting again at `front_at` (see `front_time`), calls counted anew."""
    _require(state, (LEFT,), "visit.not_left")
    return replace(state, status=WAITING, booth=None, call_count=0, left_at=None, waiting_at=front_at)


def require_interview(state: VisitState) -> None:
    """Vitals and decisions belong to a donor sitting at a booth."""
    _require(state, (INTERVIEW,), "visit.not_in_interview")


def donate(state: VisitState, now: datetime) -> VisitState:
    _require(state, (INTERVIEW,), "visit.not_in_interview")
    return replace(state, status=DONATED, donated_at=now)


def defer(state: VisitState, now: datetime) -> VisitState:
    _require(state, (INTERVIEW,), "visit.not_in_interview")
    return replace(state, status=DEFERRED, deferred_at=now)


def undo_decision(state: VisitState, now: datetime) -> VisitState:
    """Back to the interview, within `UNDO_WINDOW` of a donation or deferral recorded by
    mistake (one click too many); later, the decision stands."""
    decided_at = state.donated_at if state.status == DONATED else state.deferred_at
    if state.status not in (DONATED, DEFERRED) or decided_at is None:
        raise VisitRefused("decision.none", status=state.status)
    if now - decided_at > UNDO_WINDOW or now < decided_at:
        raise VisitRefused("decision.undo_expired")
    return replace(state, status=INTERVIEW, donated_at=None, deferred_at=None)


# -- pre-screen override --------------------------------------------------------------
OVERRIDE_OUTCOMES = QUEUED_OUTCOMES  # staff clear a donor or refer them: either way they wait for a booth


def check_override(state: VisitState, ticketed: bool, current: str, new_outcome: str, reason: str) -> bool:
    """Whether staff may change the kiosk's pre-screen outcome to `new_outcome`;
    True when the visit must join the queue (the kiosk had deferred it).

    Staff clear a donor (`eligible`) or ask for a closer look (`refer`); a
    deferral at the booth is `record_deferral`, not an override. A visit the
    kiosk deferred has no ticket: the override gives it one.
    """
    if new_outcome not in OVERRIDE_OUTCOMES:
        raise VisitRefused("override.outcome", outcome=new_outcome)
    if not reason.strip():
        raise VisitRefused("override.reason")
    if new_outcome == current:
        raise VisitRefused("override.same", outcome=current)
    if state.status == DEFERRED and not ticketed:
        return True
    _require(state, OPEN_STATES, "visit.not_open")
    return False


# -- order ----------------------------------------------------------------------------
def requeue_time(waiting: Sequence[datetime], now: datetime, places: int = SKIP_PLACES) -> datetime:
    """Where a skipped donor goes back: just behind the `places`-th waiting donor.

    `waiting`: the `waiting_at` of the donors now waiting, in call order. With
    fewer waiting, at the end of the queue.
    """
    if len(waiting) >= places:
        return waiting[places - 1] + _TICK
    if waiting:
        return max(now, waiting[-1] + _TICK)
    return now


def front_time(waiting: Sequence[datetime], now: datetime) -> datetime:
    """Just before the first waiting donor: the next one called."""
    return min(now, waiting[0] - _TICK) if waiting else now


# -- wait estimate ------------------------------------------------------------------
def service_minutes(recent: Sequence[float], default: float = DEFAULT_SERVICE_MINUTES) -> float:
    """Minutes a booth spends per donor: the median of the recent ones (robust to one
    long interview), or `default` before the first donor is through."""
    recent = [m for m in recent if m >= 0]
    return statistics.median(recent) if recent else default


def estimate_wait(position: int, booths: int, recent: Sequence[float], default: float = DEFAULT_SERVICE_MINUTES) -> int:
    """Whole minutes until the donor at `position` (1 = next) is called, with
    `booths` booths working: one service time per round of booths."""
    if position <= 0:
        return 0
    return math.ceil(service_minutes(recent, default) * position / max(1, booths))


@dataclass(frozen=True)
class Wait:
    """What a donor in the queue is told: how many donors will be called before
    them and about how many minutes until their own call."""

    ahead: int
    minutes: int

    @property
    def is_next(self) -> bool:
        """ "You are next" holds only when nobody waits ahead."""
        return self.ahead == 0


def wait_for(ahead: int, booths: int, recent: Sequence[float], default: float = DEFAULT_SERVICE_MINUTES) -> Wait:
    """The one wait estimate: the kiosk's ticket screen, the printed ticket and the
    board all take theirs from here, so they cannot disagree for one queue."""
    ahead = max(0, ahead)
    return Wait(ahead, estimate_wait(ahead + 1, booths, recent, default))


def last_in_line(waiting: int) -> int:
    """Donors ahead of the last ticket given out (the board's wait is that ticket's)."""
    return max(0, waiting - 1)


# -- what screens show -------------------------------------------------------------
@dataclass(frozen=True)
class CalledTicket:
    ticket: int
    booth: int
    called_at: datetime

    @property
    def label(self) -> str:
        return ticket_label(self.ticket)


@dataclass(frozen=True)
class BoardSnapshot:
    """Everything the display board shows, and nothing about anyone: no names, no answers.

    `called`: tickets now called or at a booth, the latest call first.
    `next_tickets`: the next ones to be called, in order. `wait_minutes`: the
    wait of the last ticket given out (`wait_for(last_in_line(waiting))`), the
    figure that donor read on the kiosk and on paper. `version`: the queue version
    this snapshot reflects (see `kiosk.storage.changes`).
    """

    version: int
    day: date
    called: tuple[CalledTicket, ...]
    next_tickets: tuple[int, ...]
    waiting: int
    wait_minutes: int
    booths: int
    donations: int
    target: int

    @property
    def next_labels(self) -> tuple[str, ...]:
        return tuple(ticket_label(t) for t in self.next_tickets)


@dataclass(frozen=True)
class QueueRow:
    """One line of the nurse station's queue list (names: nurse view only)."""

    visit_id: int
    ticket: int
    status: str
    booth: int | None
    position: int | None  # 1 = next to be called; None when not waiting
    waited_minutes: int  # since the donor's place in the queue
    call_count: int
    needs_staff: bool
    prescreen: str | None  # eligible, refer (the kiosk's outcome, or the staff override)
    name_latin: str
    name_ar: str
    # The reason of a deferral now on the donor's record (an import brought it after they queued).
    held_reason: str | None = None

    @property
    def label(self) -> str:
        return ticket_label(self.ticket)


@dataclass(frozen=True)
class Answers:
    """A donor's pre-screen as kept (sensitive answers only as "needs_interview").
    Reading it is an audited event: `kiosk.storage.queue.view_answers`."""

    visit_id: int
    pack: str
    outcome: str
    original_outcome: str | None  # the kiosk's, when staff overrode it
    until: date | None
    reasons: tuple[str, ...]
    answers: dict[str, bool | str | float]


@dataclass(frozen=True)
class QueueList:
    """The nurse station's list: at a booth first (by booth), then waiting in call
    order, then those who left today (to bring back)."""

    version: int
    rows: tuple[QueueRow, ...]
    # Calls for staff from the kiosks that nobody answered yet, the oldest first.
    kiosks_asking: tuple[KioskCall, ...] = ()

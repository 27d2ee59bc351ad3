"""The audit log: who did what to which donor, from which station, when.

Every queue change, every decision, every override and every view of a
donor's answers writes one event in the same transaction as the change, so
the log and the data never disagree. Events are only ever added.

Tamper-evident: each event carries `seq`, its place in one chain, and `hash`,
the SHA-256 of its canonical content (`canonical`) and the previous event's
hash. The chain's end lives in `audit_head` (one row): `record` moves it with
an UPDATE, whose row lock makes stations that write at once take turns on
PostgreSQL (SQLite's BEGIN IMMEDIATE already does), inside the caller's
transaction, so a rolled-back action leaves no link behind. Take it last in a
transaction (after the queue's counter row), as every caller does, so that two
transactions never wait on each other's locks.

`verify` walks the chain and names the first event that no longer matches:
changed content, a gap (deleted events) or an end cut short. Triggers refuse
UPDATE and DELETE on `audit_event` (migration 0004). Someone able to rewrite
the whole database can still recompute every hash after their change: the
chain shows edits made with SQL, not a rewrite by someone who knows this code.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kiosk.domain.clock import now_utc
from kiosk.storage.models import AuditEvent, AuditHead

# The actions written by the queue and the nurse station (detail keys in brackets).
CHECK_IN = "queue.check_in"  # [ticket, outcome]
CALL = "queue.call"  # [ticket, booth, call]
RECALL = "queue.recall"  # [ticket, booth, call]
SKIP = "queue.skip"  # [ticket, call, status]
START = "queue.interview"  # [ticket, booth]
TRANSFER = "queue.transfer"  # [ticket, from, to]
LEAVE = "queue.leave"  # [ticket, status]
BRING_BACK = "queue.bring_back"  # [ticket]
ATTEND = "queue.attend"  # [ticket]: staff answered "call a staff member"
ASK_STAFF = "queue.ask_staff"  # [ticket]: a donor with a ticket pressed "call a staff member"
KIOSK_HELP = "kiosk.help"  # a donor at this kiosk, not yet checked in, pressed "call a staff member"
KIOSK_HELP_ANSWERED = "kiosk.help_answered"  # [kiosk]: staff went to that kiosk
STAFF_CALL = "kiosk.staff_call"  # [call, ticket]: a donor at this kiosk pressed "call a staff member"
STAFF_CALL_ANSWERED = "kiosk.staff_call_answered"  # [call, kiosk]: a nurse is on the way
STAFF_CALL_ENDED = "kiosk.staff_call_ended"  # [call, state]: the donor's session at the kiosk ended
VITALS = "visit.vitals"  # [out_of_range, pack]
DONATION = "visit.donation"  # [bag_number, volume_ml, kind]
DEFERRAL = "visit.deferral"  # [reason, until, permanent]
UNDO = "visit.undo"  # [undone: donation|deferral, bag_number, volume_ml | reason]: within a minute
OVERRIDE = "visit.override"  # [from, to, reason, ticket]
REACTION = "visit.reaction"  # [ticket, kind, phase, actions]
VIEW_ANSWERS = "answers.view"  # [pack]
SIGN_IN = "staff.sign_in"
SIGN_IN_FAILED = "staff.sign_in_failed"  # [attempts_left, locked]
SIGN_IN_LOCKED = "staff.sign_in_locked"  # [scope, seconds]: an attempt while locked, PIN not checked
LOCKOUT = "staff.lockout"  # [scope, subject, failures, seconds, until]
STAFF_ADDED = "staff.add"  # [role]
STAFF_DISABLED = "staff.disable"
PIN_CHANGED = "staff.pin_change"  # [staff]

GENESIS = "0" * 64  # the "previous hash" of the first event
EVENTS = cast(Table, AuditEvent.__table__)
HEAD = cast(Table, AuditHead.__table__)
HEAD_ID = 1


def canonical(
    seq: int,
    at: datetime,
    station: str,
    staff_id: int | None,
    action: str,
    donor_id: int | None,
    visit_id: int | None,
    detail: dict[str, Any],
) -> bytes:
    """The bytes an event's hash covers: compact JSON with sorted keys, the
    time as ISO 8601 UTC to the microsecond (as both databases keep it)."""
    moment = at.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="microseconds")
    content = {
        "seq": seq,
        "at": moment,
        "station": station,
        "staff_id": staff_id,
        "action": action,
        "donor_id": donor_id,
        "visit_id": visit_id,
        "detail": detail,
    }
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def link_hash(previous: str, content: bytes) -> str:
    """SHA-256 over the previous event's hash and this event's canonical content."""
    return hashlib.sha256(previous.encode("ascii") + b"\n" + content).hexdigest()


# Built once: this runs in every audited transaction.
_STEP = update(HEAD).where(HEAD.c.id == HEAD_ID).values(seq=HEAD.c.seq + 1).returning(HEAD.c.seq, HEAD.c.hash)
_SET_HASH = update(HEAD).where(HEAD.c.id == HEAD_ID).values(hash=bindparam("digest"))
_ADD = insert(EVENTS)


def _take_head(session: Session) -> tuple[int, str]:
    """The next place in the chain and the hash before it, with the head row locked
    until the transaction ends (created on first use, like the queue's counter row)."""
    row = session.connection().execute(_STEP).first()
    if row is not None:
        return row[0], row[1]
    try:
        with session.begin_nested():
            session.connection().execute(insert(HEAD).values(id=HEAD_ID, seq=1, hash=GENESIS))
        return 1, GENESIS
    except IntegrityError:  # another station made the row first
        seq, previous = session.connection().execute(_STEP).one()
        return seq, previous


def chain_rows(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Give events written in bulk (a bundle's, on import) their places at the end of this
    database's chain, in order: `seq` and `hash` set on each row, the head moved once.
    Their content stays as the other site wrote it; its own chain travelled signed."""
    if not rows:
        return
    first, previous = _take_head(session)  # locks the head row until the transaction ends
    for offset, row in enumerate(rows):
        moment = row["at"] if isinstance(row["at"], datetime) else datetime.fromisoformat(row["at"])
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        row["detail"] = json.loads(json.dumps(dict(row.get("detail") or {})))
        content = canonical(
            first + offset,
            moment,
            row["station"],
            row.get("staff_id"),
            row["action"],
            row.get("donor_id"),
            row.get("visit_id"),
            row["detail"],
        )
        previous = link_hash(previous, content)
        row["seq"], row["hash"] = first + offset, previous
    session.connection().execute(
        update(HEAD).where(HEAD.c.id == HEAD_ID).values(seq=first + len(rows) - 1, hash=previous)
    )


def record(
    session: Session,
    station: str,
    staff_id: int | None,
    action: str,
    donor_id: int | None = None,
    visit_id: int | None = None,
    detail: dict[str, Any] | None = None,
    *,
    at: datetime | None = None,
) -> None:
    """Add one event, chained, to the caller's transaction (JSON-ready `detail`: no health answers).

    Written with Core on the session's connection, like the head it moves: an
    event is never changed after, so it needs no ORM bookkeeping (and the commit
    of a queue change no flush of its own).
    """
    moment = at or now_utc()
    content = json.loads(json.dumps(dict(detail or {})))  # exactly what the JSON column gives back
    seq, previous = _take_head(session)
    digest = link_hash(previous, canonical(seq, moment, station, staff_id, action, donor_id, visit_id, content))
    session.connection().execute(_SET_HASH, {"digest": digest})
    session.connection().execute(
        _ADD,
        {
            "at": moment,
            "station": station,
            "staff_id": staff_id,
            "action": action,
            "donor_id": donor_id,
            "visit_id": visit_id,
            "detail": content,
            "seq": seq,
            "hash": digest,
        },
    )


def events(
    session: Session,
    *,
    donor_id: int | None = None,
    visit_id: int | None = None,
    actions: Sequence[str] | None = None,
    limit: int = 500,
) -> list[AuditEvent]:
    """The latest events first, for one donor or visit and/or some actions."""
    query = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)
    if donor_id is not None:
        query = query.where(AuditEvent.donor_id == donor_id)
    if visit_id is not None:
        query = query.where(AuditEvent.visit_id == visit_id)
    if actions:
        query = query.where(AuditEvent.action.in_(list(actions)))
    return list(session.scalars(query))


# -- verification ---------------------------------------------------------------------------
CHANGED, MISSING, CUT_SHORT, HEAD_CHANGED = "changed", "missing", "cut_short", "head_changed"


@dataclass(frozen=True)
class Break:
    """The first link that does not hold.

    `changed`: this event's content or hash was altered after it was written.
    `missing`: the events numbered `first_missing`…`seq - 1` were removed just
    before this one. `cut_short`: the last events (`first_missing`…) were
    removed; `event_id`/`at` name the last event left. `head_changed`: the
    chain's end record does not match the last event.
    """

    kind: str
    event_id: int | None
    at: datetime | None
    seq: int
    first_missing: int | None = None


@dataclass(frozen=True)
class Verdict:
    count: int
    broken: Break | None

    @property
    def intact(self) -> bool:
        return self.broken is None


def verify(session: Session | Connection, *, batch: int = 5000) -> Verdict:
    """Walk the chain in order and return the first broken link, or the count
    of events when every hash matches (streamed: memory does not grow with the log)."""
    columns = (
        EVENTS.c.id,
        EVENTS.c.seq,
        EVENTS.c.at,
        EVENTS.c.station,
        EVENTS.c.staff_id,
        EVENTS.c.action,
        EVENTS.c.donor_id,
        EVENTS.c.visit_id,
        EVENTS.c.detail,
        EVENTS.c.hash,
    )
    previous, expected, count = GENESIS, 1, 0
    last: tuple[int, datetime] | None = None
    after = 0
    while True:
        query = select(*columns).where(EVENTS.c.seq > after).order_by(EVENTS.c.seq).limit(batch)
        rows = session.execute(query).all()
        for row in rows:
            if row.seq != expected:
                return Verdict(count, Break(MISSING, row.id, row.at, row.seq, first_missing=expected))
            content = canonical(
                row.seq, row.at, row.station, row.staff_id, row.action, row.donor_id, row.visit_id, row.detail
            )
            if link_hash(previous, content) != row.hash:
                return Verdict(count, Break(CHANGED, row.id, row.at, row.seq))
            previous, expected, count = row.hash, expected + 1, count + 1
            last = (row.id, row.at)
        if len(rows) < batch:
            break
        after = rows[-1].seq
    head = session.execute(select(HEAD.c.seq, HEAD.c.hash).where(HEAD.c.id == HEAD_ID)).first()
    head_seq, head_hash = (head[0], head[1]) if head is not None else (0, GENESIS)
    event_id, moment = last if last is not None else (None, None)
    if head_seq > count:
        return Verdict(count, Break(CUT_SHORT, event_id, moment, count, first_missing=count + 1))
    if head_seq != count or head_hash != previous:
        return Verdict(count, Break(HEAD_CHANGED, event_id, moment, count))
    return Verdict(count, None)

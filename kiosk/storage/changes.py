"""How a station learns that the queue changed, within half a second, cheaply.

Every queue change bumps the day's version in its own transaction: a new
ticket raises `ticket_counter.last_ticket`, anything else (a call, a decision…)
raises `ticket_counter.changes` through `bump()`. The version is their sum,
read with one primary-key query (`queue_version`).

A `QueueWatcher` says when that version moved, without asking the database
all the time:

- SQLite: a commit writes the database's `-wal` file (or the file itself), so
  the watcher `stat()`s those two files on each `poll()` (system calls, no
  query) and reads the version only when they changed, plus a few times in
  the next 0.3 s (a commit's write reaches the file just before the commit is
  published), plus once every `heartbeat` seconds as a safety net.
- PostgreSQL: the watcher LISTENs on its own connection; a trigger on the
  counter row sends NOTIFY with the new version inside the writing
  transaction (migration 0002), delivered when it commits. `poll()` reads
  what already arrived, without blocking; the heartbeat read stays as a
  safety net for a dropped connection.

Cost per station, idle: SQLite 2 `stat()` per poll and one primary-key read
every `heartbeat` (2 s); PostgreSQL one idle connection and one read every
`heartbeat`. Busy: one primary-key read per change seen (SQLite: at most one
per `interval` while the files keep changing).

Use from a screen: a 50–100 ms timer calls `watcher.poll()` (it returns at
once) and rebuilds its snapshot when it returns True. A worker or the
simulator may block in `watcher.wait(timeout)` instead. A watcher belongs to
one thread; a new campaign day needs a new watcher.
"""

from __future__ import annotations

import logging
import os
import time
from datetime import date
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import ColumnElement, Table, Update, bindparam, insert, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from kiosk.storage.models import TicketCounter

if TYPE_CHECKING:
    import psycopg  # the PostgreSQL driver, a test extra: only its types here

log = logging.getLogger(__name__)

CHANNEL = "kiosk_queue"  # the trigger's pg_notify channel; payload "campaign_id:day:version"
INTERVAL = 0.05
HEARTBEAT = 2.0
SETTLE = 0.3
RETRY = 1.0  # seconds between attempts to listen again after a lost connection

_VERSION = TicketCounter.last_ticket + TicketCounter.changes
COUNTER = cast(Table, TicketCounter.__table__)  # a declarative model's table is a Table


def _where(campaign_id: int, day: date) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    return (TicketCounter.campaign_id == campaign_id, TicketCounter.day == day)


def queue_version(session: Session | Connection, campaign_id: int, day: date) -> int:
    """The day's queue version (0 before the first ticket): one primary-key read."""
    return session.execute(select(_VERSION).where(*_where(campaign_id, day))).scalar() or 0


def _step(column: str, returning: ColumnElement[int]) -> Update:
    return (
        update(COUNTER)
        .where(COUNTER.c.campaign_id == bindparam("counter_campaign"), COUNTER.c.day == bindparam("counter_day"))
        .values({column: COUNTER.c[column] + 1})
        .returning(returning)
    )


# Built once (every queue change runs one): `last_ticket` returns the new ticket, `changes` the new version.
_STEPS = {
    "last_ticket": _step("last_ticket", COUNTER.c.last_ticket),
    "changes": _step("changes", COUNTER.c.last_ticket + COUNTER.c.changes),
}


def increment(session: Session, campaign_id: int, day: date, column: str) -> int:
    """Add one to the day's counter `column` (`last_ticket` or `changes`) in the
    caller's transaction, creating the day's row on its first count; returns the
    new ticket (`last_ticket`) or the new queue version (`changes`), 1 on a new row.

    UPDATE … RETURNING on the one row: concurrent stations wait on its lock and
    each gets its own value (SQLite and PostgreSQL). Core on the session's
    connection: no ORM bookkeeping on every queue change.
    """
    stmt, where = _STEPS[column], {"counter_campaign": campaign_id, "counter_day": day}
    value: int | None = session.connection().execute(stmt, where).scalar()
    if value is not None:
        return value
    try:
        with session.begin_nested():
            session.connection().execute(
                insert(COUNTER).values(
                    {"campaign_id": campaign_id, "day": day, "last_ticket": 0, "changes": 0, column: 1}
                )
            )
        return 1
    except IntegrityError:  # another station created the day's row first
        again: int = session.connection().execute(stmt, where).scalar_one()
        return again


def bump(session: Session, campaign_id: int, day: date) -> int:
    """Count one queue change in the caller's transaction; returns the new version.

    Also takes the day's counter row lock: queue changes of one day commit one
    after the other on PostgreSQL too, so versions follow commit order.
    """
    return increment(session, campaign_id, day, "changes")


class QueueWatcher:
    """Watches one campaign day's queue version. `version` is the last one seen."""

    def __init__(self, engine: Engine, campaign_id: int, day: date, *, interval: float, heartbeat: float):
        self.engine = engine
        self.campaign_id, self.day = campaign_id, day
        self.interval, self.heartbeat = interval, heartbeat
        self.queries = 0  # primary-key reads made so far (to check the cost)
        self.version = self._read()
        self._next_heartbeat = time.monotonic() + heartbeat

    def _read(self) -> int:
        self.queries += 1
        with self.engine.connect() as conn:
            return queue_version(conn, self.campaign_id, self.day)

    def _confirm(self) -> bool:
        self._next_heartbeat = time.monotonic() + self.heartbeat
        version = self._read()
        if version == self.version:
            return False
        self.version = version
        return True

    def poll(self) -> bool:
        """Whether the version changed since the last call; never blocks on the database's writers."""
        if time.monotonic() >= self._next_heartbeat:
            return self._confirm()
        return False

    def wait(self, timeout: float) -> bool:
        """Block until the version changes (True) or `timeout` seconds pass (False)."""
        deadline = time.monotonic() + timeout
        while True:
            if self.poll():
                return True
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            time.sleep(min(self.interval, left))

    def close(self) -> None:
        pass

    def __enter__(self) -> QueueWatcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class SqliteWatcher(QueueWatcher):
    """Stat the database file and its write-ahead log; read the version when they move."""

    def __init__(
        self, engine: Engine, campaign_id: int, day: date, *, interval: float, heartbeat: float, settle: float = SETTLE
    ):
        path = engine.url.database
        self._files = [path, f"{path}-wal"] if path and path != ":memory:" else []
        self.settle = settle
        self._signature = self._stat()
        self._settle_until = 0.0
        self._last_read = 0.0
        super().__init__(engine, campaign_id, day, interval=interval, heartbeat=heartbeat)

    def _stat(self) -> tuple[tuple[int, int, int] | None, ...]:
        signature: list[tuple[int, int, int] | None] = []
        for name in self._files:
            try:
                st = os.stat(name)
            except FileNotFoundError:
                signature.append(None)
            else:
                signature.append((st.st_ino, st.st_size, st.st_mtime_ns))
        return tuple(signature)

    def _confirm(self) -> bool:
        self._last_read = time.monotonic()
        return super()._confirm()

    def poll(self) -> bool:
        now = time.monotonic()
        signature = self._stat()
        if signature != self._signature:
            self._signature = signature
            self._settle_until = now + self.settle
            return self._confirm()
        if now < self._settle_until and now - self._last_read >= self.interval:
            return self._confirm()
        return super().poll()


class PostgresWatcher(QueueWatcher):
    """LISTEN on a connection of its own; the counter row's trigger NOTIFYs each commit."""

    def __init__(self, engine: Engine, campaign_id: int, day: date, *, interval: float, heartbeat: float):
        self._prefix = f"{campaign_id}:{day.isoformat()}:"
        self._conn: psycopg.Connection[Any] | None = None
        self.engine, self._retry_at = engine, 0.0
        self._listen()  # before the first read: no change falls between the two
        super().__init__(engine, campaign_id, day, interval=interval, heartbeat=heartbeat)

    def _listen(self) -> None:
        raw = self.engine.raw_connection()
        conn: psycopg.Connection[Any] | None = raw.driver_connection
        assert conn is not None  # a live pool connection has its driver's
        raw.detach()  # ours alone: LISTEN belongs to a session, not to the pool
        conn.rollback()
        conn.autocommit = True
        conn.execute(f"LISTEN {CHANNEL}")
        self._conn = conn

    def _take(self, timeout: float) -> bool:
        """Read notifications for up to `timeout` s; True when our day's version moved."""
        changed = False
        assert self._conn is not None  # _guarded listens first
        for note in self._conn.notifies(timeout=timeout, stop_after=1):
            if note.payload.startswith(self._prefix):
                version = int(note.payload[len(self._prefix) :])
                if version > self.version:
                    self.version, changed = version, True
        return changed

    def _guarded(self, timeout: float) -> bool:
        try:
            if self._conn is None:
                if time.monotonic() < self._retry_at:
                    time.sleep(min(timeout, self.interval))
                    return False
                self._listen()
                return self._confirm()  # whatever happened while we were not listening
            return self._take(timeout)
        except Exception as error:  # psycopg.OperationalError and friends: listen again soon
            log.warning("queue listener lost its connection: %s", error)
            self.close()
            self._retry_at = time.monotonic() + RETRY
            if timeout:
                time.sleep(min(timeout, self.interval))
            return False

    def poll(self) -> bool:
        if self._guarded(0):
            self._next_heartbeat = time.monotonic() + self.heartbeat
            return True
        try:
            return super().poll()
        except SQLAlchemyError as error:
            log.warning("queue version read failed: %s", error)
            return False

    def wait(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while True:
            if self.poll():
                return True
            left = min(deadline, self._next_heartbeat) - time.monotonic()
            if deadline - time.monotonic() <= 0:
                return False
            if left > 0 and self._guarded(left):
                return True

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except Exception:  # already broken
                pass
            self._conn = None


def watch(
    engine: Engine, campaign_id: int, day: date, *, interval: float = INTERVAL, heartbeat: float = HEARTBEAT
) -> QueueWatcher:
    """The watcher that fits the database behind `engine` (`Database.engine`)."""
    name = engine.dialect.name
    if name == "sqlite":
        return SqliteWatcher(engine, campaign_id, day, interval=interval, heartbeat=heartbeat)
    if name == "postgresql":
        return PostgresWatcher(engine, campaign_id, day, interval=interval, heartbeat=heartbeat)
    return QueueWatcher(engine, campaign_id, day, interval=interval, heartbeat=min(heartbeat, 0.5))

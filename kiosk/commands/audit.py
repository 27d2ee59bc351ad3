"""`kiosk audit verify`: is the audit trail as it was written?

Walks the hash chain (kiosk.storage.audit) and names the first event that no
longer matches, or says the trail is intact and how many events it holds.
Exit status 0 when intact, 1 when broken (or when the database cannot be read).
Read-only: it takes no write lock, so it runs while the stations work.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.commands import db_url

if TYPE_CHECKING:
    from kiosk.storage.audit import Break


def add_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], parents: list[argparse.ArgumentParser]
) -> None:
    parser = sub.add_parser("audit", parents=parents, help="the audit trail")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    actions.add_parser("verify", parents=parents, help="check that no audit event was changed or removed")


def _when(moment: datetime | None) -> str:
    if moment is None:
        return "no time"
    from kiosk.domain.clock import to_local

    return to_local(moment).strftime("%Y-%m-%d %H:%M:%S %z (Casablanca)")


def describe(broken: Break) -> str:
    """One line naming the first broken link (a `kiosk.storage.audit.Break`)."""
    from kiosk.storage import audit

    where = f"event {broken.event_id} of {_when(broken.at)}"
    if broken.kind == audit.CHANGED:
        return f"audit trail BROKEN at {where}: it was changed after it was written (chain position {broken.seq})"
    if broken.kind == audit.MISSING:
        first, last = broken.first_missing, broken.seq - 1
        removed = f"event {first} of the chain is" if first == last else f"events {first} to {last} of the chain are"
        return f"audit trail BROKEN before {where}: {removed} missing (deleted)"
    if broken.kind == audit.CUT_SHORT:
        if broken.event_id is None:
            return "audit trail BROKEN: every event is missing (deleted)"
        return f"audit trail BROKEN after {where}: the events after it (from {broken.first_missing} on) are missing"
    return f"audit trail BROKEN after {where}: the chain's end record does not match it"


def run(args: argparse.Namespace) -> int:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, SQLAlchemyError

    from kiosk.storage import audit, migrate
    from kiosk.storage.db import Database

    url = db_url(args)
    try:
        parsed = make_url(url)
        path = parsed.database if parsed.get_backend_name() == "sqlite" else None
        if path not in (None, "", ":memory:") and not Path(str(path)).is_file():
            print(f"kiosk: there is no database at {path}", file=sys.stderr)  # and none is created
            return 1
        db = Database(url)
    except ArgumentError:
        print("kiosk: this is not a database URL (for example sqlite:///path/to/kiosk.db)", file=sys.stderr)
        return 1
    try:
        if migrate.current_revision(db.engine) != migrate.HEAD:
            print("kiosk: this database is not at the current version: run `kiosk db upgrade` first", file=sys.stderr)
            return 1
        with db.read() as session:
            verdict = audit.verify(session)
    except SQLAlchemyError as error:
        print(f"kiosk: the database could not be read ({type(error).__name__})", file=sys.stderr)
        return 1
    finally:
        db.dispose()
    if verdict.broken is not None:
        print(f"kiosk: {describe(verdict.broken)}", file=sys.stderr)
        return 1
    print(f"audit trail intact: {verdict.count} events, each chained to the one before")
    return 0

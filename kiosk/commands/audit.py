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
from kiosk.errors import say

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
        return say("audit.no_time")
    from kiosk.domain.clock import to_local

    return say("audit.at", time=to_local(moment).strftime("%Y-%m-%d %H:%M:%S %z"))


def describe(broken: Break) -> str:
    """One line naming the first broken link (a `kiosk.storage.audit.Break`), in
    the operator's language."""
    from kiosk.storage import audit

    where = say("audit.event", event=broken.event_id, at=_when(broken.at))
    if broken.kind == audit.CHANGED:
        return say("audit.changed", where=where, seq=broken.seq)
    if broken.kind == audit.MISSING:
        first, last = broken.first_missing, broken.seq - 1
        if first == last:
            return say("audit.missing_one", where=where, first=first)
        return say("audit.missing_many", where=where, first=first, last=last)
    if broken.kind == audit.CUT_SHORT:
        if broken.event_id is None:
            return say("audit.all_missing")
        return say("audit.cut_short", where=where, first=broken.first_missing)
    return say("audit.end_mismatch", where=where)


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
            print(f"kiosk: {say('db.missing', path=path)}", file=sys.stderr)  # and none is created
            return 1
        db = Database(url)
    except ArgumentError:
        print(f"kiosk: {say('db.not_url')}", file=sys.stderr)
        return 1
    try:
        if migrate.current_revision(db.engine) != migrate.HEAD:
            print(f"kiosk: {say('db.not_current')}", file=sys.stderr)
            return 1
        with db.read() as session:
            verdict = audit.verify(session)
    except SQLAlchemyError as error:
        print(f"kiosk: {say('db.unreadable', error=type(error).__name__)}", file=sys.stderr)
        return 1
    finally:
        db.dispose()
    if verdict.broken is not None:
        print(f"kiosk: {describe(verdict.broken)}", file=sys.stderr)
        return 1
    print(say("audit.intact", count=verdict.count))
    return 0

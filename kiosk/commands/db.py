"""`kiosk db upgrade`: bring a database's schema to the current version."""

from __future__ import annotations

import argparse
from typing import Any

from kiosk.commands import db_url


def add_parser(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("db", parents=parents, help="database maintenance")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    actions.add_parser("upgrade", parents=parents, help="upgrade the schema (also done at every start)")


def run(args: argparse.Namespace) -> int:
    from kiosk.storage import migrate
    from kiosk.storage.db import open_database

    db = open_database(db_url(args))
    try:
        before = migrate.current_revision(db.engine)
        migrate.upgrade(db.engine)
        print(
            f"database at revision {migrate.HEAD}" + ("" if before == migrate.HEAD else f" (was {before or 'empty'})")
        )
    finally:
        db.dispose()
    return 0

"""`kiosk db upgrade`: bring a database's schema to the current version.
`kiosk db init --centre CODE --station ID`: the site this database belongs to, set once."""

from __future__ import annotations

import argparse
from typing import Any

from kiosk.commands import db_url


def add_parser(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("db", parents=parents, help="database maintenance")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    actions.add_parser("upgrade", parents=parents, help="upgrade the schema (also done at every start)")
    init = actions.add_parser("init", parents=parents, help="create the database and set its site (once)")
    init.add_argument("--centre", default="DEMO", help="the transfusion centre's code, e.g. CRTS-MKN (default: DEMO)")
    init.add_argument("--station", default="qtr", help="this station's id in the centre, e.g. khouribga-1")


def run_init(args: argparse.Namespace) -> int:
    """Set the site once; donor numbers then start with the station's id."""
    import sys

    from kiosk.app import App
    from kiosk.domain.sites import SiteRefused, site
    from kiosk.errors import command_language, error_message, say
    from kiosk.storage import site as sites

    try:
        wanted = site(args.centre, args.station)
    except SiteRefused as error:
        print(f"kiosk db init: {error_message(error, command_language(), isolate=False)}", file=sys.stderr)
        return 2
    app = App(db_url(args), station="cli")
    try:
        with app.db.write() as session:
            existing = sites.stored(session)
            if existing is not None and existing != wanted:  # records already carry it: refused, nothing written
                print(f"kiosk db init: {say('site.taken', site=existing)}", file=sys.stderr)
                return 1
            new = sites.set_once(session, wanted)
    finally:
        app.close()
    print(say("site.set" if new else "site.already_set", site=wanted, prefix=wanted.prefix))
    return 0


def run(args: argparse.Namespace) -> int:
    if args.action == "init":
        return run_init(args)
    from kiosk.errors import say
    from kiosk.storage import migrate
    from kiosk.storage.db import open_database

    db = open_database(db_url(args))
    try:
        before = migrate.current_revision(db.engine)
        migrate.upgrade(db.engine)
        if before == migrate.HEAD:
            print(say("db.revision", revision=migrate.HEAD))
        elif before:
            print(say("db.upgraded", revision=migrate.HEAD, before=before))
        else:
            print(say("db.upgraded_empty", revision=migrate.HEAD))
    finally:
        db.dispose()
    return 0

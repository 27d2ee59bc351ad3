"""`kiosk staff add | list | disable`: the people who sign in at the nurse station.

The PIN never appears on the command line (it would stay in the shell
history and in `ps`): `--pin-stdin` reads it from standard input, otherwise
it is asked twice without echo.
"""

from __future__ import annotations

import argparse
import sys

from kiosk.commands import db_url, storable_id
from kiosk.errors import say


def add_parser(sub, parents) -> None:
    parser = sub.add_parser("staff", parents=parents, help="staff who sign in at the nurse station")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser("add", parents=parents, help="add a nurse, doctor or organiser with a PIN")
    add.add_argument("--name", required=True, help="the name shown at sign-in")
    add.add_argument("--role", required=True, choices=("nurse", "doctor", "organiser"))
    add.add_argument("--pin-stdin", action="store_true", help="read the PIN (4-8 digits) from standard input")
    listing = actions.add_parser("list", parents=parents, help="list staff (never their PINs)")
    listing.add_argument("--all", action="store_true", help="also those who were disabled")
    disable = actions.add_parser("disable", parents=parents, help="stop someone from signing in")
    disable.add_argument("id", type=int, help="the number shown by `kiosk staff list`")


def _read_pin(args: argparse.Namespace) -> str | None:
    if args.pin_stdin:
        return sys.stdin.readline().strip()
    import getpass

    first = getpass.getpass("PIN (4-8 digits): ")
    if getpass.getpass("PIN again: ") != first:
        print("kiosk: the two PINs differ", file=sys.stderr)
        return None
    return first


def run(args: argparse.Namespace) -> int:
    from kiosk.app import App
    from kiosk.domain.staff import Actor
    from kiosk.domain.text import plain
    from kiosk.domain.visits import VisitRefused
    from kiosk.storage import staff

    if args.action == "disable" and not storable_id(args.id):
        print(f"kiosk staff: {say('staff.unknown')}  (kiosk staff list --all)", file=sys.stderr)
        return 1
    app = App(db_url(args), station="cli")
    actor = Actor.station_only("cli")
    try:
        if args.action == "list":
            with app.db.read() as session:
                people = staff.list_staff(session, include_inactive=args.all)
            for person in people:
                state = "" if person.active else "  (disabled)"
                print(f"{person.id:4}  {person.role:9}  {plain(person.name)}{state}")  # no escape reaches the terminal
            if not people:
                print("no staff yet: kiosk staff add --name NAME --role nurse --pin-stdin", file=sys.stderr)
            return 0
        if args.action == "add":
            pin = _read_pin(args)
            if pin is None:
                return 1
            with app.db.write() as session:
                person = staff.add_staff(session, plain(args.name), args.role, pin, actor=actor, now=app.now())
            print(f"added {person.role} {person.name} (number {person.id})")
            return 0
        with app.db.write() as session:
            person = staff.disable_staff(session, args.id, actor=actor, now=app.now())
        print(f"disabled {person.name} (number {person.id})")
        return 0
    except VisitRefused as refused:
        hint = "  (kiosk staff list --all)" if refused.code == "staff.unknown" else ""
        print(f"kiosk staff: {say(refused.code, **refused.detail)}{hint}", file=sys.stderr)
        return 1
    finally:
        app.close()

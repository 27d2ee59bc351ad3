"""`kiosk staff add | list | disable | pin`: the people who sign in at the nurse station.

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
    change = actions.add_parser("pin", parents=parents, help="set a new PIN (also lifts that person's lockout)")
    change.add_argument("id", type=int, help="the number shown by `kiosk staff list`")
    change.add_argument("--pin-stdin", action="store_true", help="read the PIN (4-8 digits) from standard input")


def _read_pin(args: argparse.Namespace) -> str | None:
    if args.pin_stdin:
        return sys.stdin.readline().strip()
    import getpass

    first = getpass.getpass(say("staff.pin_prompt"))
    if getpass.getpass(say("staff.pin_again")) != first:
        print(f"kiosk staff: {say('staff.pins_differ')}", file=sys.stderr)
        return None
    return first


def run(args: argparse.Namespace) -> int:
    from kiosk.app import App
    from kiosk.domain.staff import Actor
    from kiosk.domain.text import plain
    from kiosk.domain.visits import VisitRefused
    from kiosk.storage import staff

    if args.action in ("disable", "pin") and not storable_id(args.id):
        print(f"kiosk staff: {say('staff.unknown')}  (kiosk staff list --all)", file=sys.stderr)
        return 1
    app = App(db_url(args), station="cli")
    actor = Actor.station_only("cli")
    try:
        if args.action == "list":
            with app.db.read() as session:
                people = staff.list_staff(session, include_inactive=args.all)
            for person in people:
                state = "" if person.active else f"  {say('staff.listed_disabled')}"
                role = say(f"role.{person.role}")
                print(f"{person.id:4}  {role:16}  {plain(person.name)}{state}")  # no escape reaches the terminal
            if not people:
                print(say("staff.none_yet"), file=sys.stderr)
            return 0
        if args.action == "add":
            pin = _read_pin(args)
            if pin is None:
                return 1
            with app.db.write() as session:
                person = staff.add_staff(session, plain(args.name), args.role, pin, actor=actor, now=app.now())
            print(say("staff.added", role=say(f"role.{person.role}"), name=plain(person.name), number=person.id))
            return 0
        if args.action == "pin":
            pin = _read_pin(args)
            if pin is None:
                return 1
            with app.db.write() as session:
                person = staff.change_pin(session, args.id, pin, actor=actor, now=app.now())
            print(say("staff.pin_set", name=plain(person.name), number=person.id))
            return 0
        with app.db.write() as session:
            person = staff.disable_staff(session, args.id, actor=actor, now=app.now())
        print(say("staff.disabled", name=plain(person.name), number=person.id))
        return 0
    except VisitRefused as refused:
        code = refused.code
        if code == "staff.pin_trivial":  # which pattern: one repeated digit, a run, a common PIN
            code = f"{code}.{refused.detail.get('reason')}"
        hint = "  (kiosk staff list --all)" if refused.code == "staff.unknown" else ""
        print(f"kiosk staff: {say(code, **refused.detail)}{hint}", file=sys.stderr)
        return 1
    finally:
        app.close()

"""`kiosk station kiosk|nurse|display|all`: start a station's screen (bare `kiosk` starts the kiosk)."""

from __future__ import annotations

import argparse

from kiosk.commands import db_url
from kiosk.i18n import LANGUAGES

STATIONS = ("kiosk", "nurse", "display", "organiser", "all")


def add_parser(sub, parents) -> None:
    parser = sub.add_parser("station", parents=parents, help="start a station's screen")
    parser.add_argument("station", choices=STATIONS, help="which screen")
    parser.add_argument("--windowed", action="store_true", help="no full screen (development)")
    parser.add_argument("--exit-after-first-paint", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--booth", type=int, metavar="N", help="nurse station: its booth number (default: station.toml, else 1)"
    )
    parser.add_argument(
        "--station-name", metavar="NAME", help="nurse or organiser station: the name audit entries and print jobs carry"
    )
    parser.add_argument(
        "--staff-language", choices=LANGUAGES, help="nurse or organiser station: language at start (default ar)"
    )


def run(args: argparse.Namespace) -> int:
    from kiosk.ui.stations import run as run_station

    return run_station(args.station, args, db_url(args))

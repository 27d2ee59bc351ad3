"""`kiosk station kiosk`: start a station's screen (also what bare `kiosk` does)."""

from __future__ import annotations

import argparse

from kiosk.commands import db_url

STATIONS = ("kiosk",)


def add_parser(sub, parents) -> None:
    parser = sub.add_parser("station", parents=parents, help="start a station's screen")
    parser.add_argument("station", choices=STATIONS, help="which screen")
    parser.add_argument("--windowed", action="store_true", help="no full screen (development)")
    parser.add_argument("--exit-after-first-paint", action="store_true", help=argparse.SUPPRESS)


def run(args: argparse.Namespace) -> int:
    from kiosk.ui.stations import run as run_station

    return run_station(args.station, args, db_url(args))

"""`kiosk simulate`: a synthetic campaign day through the real queue, as a load test.

It never touches the station's own database: by default it runs on a new
SQLite file in a temporary directory; `--db URL` names an empty database
(e.g. a PostgreSQL one); `--temp-postgres` starts a throwaway PostgreSQL.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import tempfile
from pathlib import Path


def add_parser(sub, parents) -> None:
    parser = sub.add_parser(
        "simulate",
        parents=parents,
        help="run a synthetic campaign day (queue load test)",
        description="A synthetic campaign day through the real queue, as a load test. It runs on a new temporary "
        "SQLite file, unless --db names an empty database ($KIOSK_DB is never used) or --temp-postgres "
        "starts a throwaway PostgreSQL server. Exit status 1 when a ticket was lost or duplicated, "
        "or a station failed.",
    )
    parser.add_argument("--donors", type=int, default=400, metavar="N", help="donors who come (default 400)")
    parser.add_argument("--booths", type=int, default=4, metavar="B", help="nurse booths (default 4)")
    parser.add_argument("--kiosks", type=int, default=2, metavar="K", help="check-in kiosks (default 2)")
    parser.add_argument(
        "--minute-ms",
        type=float,
        default=10.0,
        metavar="MS",
        help="real milliseconds per minute of the day (default 10)",
    )
    parser.add_argument("--seed", type=int, default=1, help="the same seed gives the same donors")
    parser.add_argument(
        "--temp-postgres", action="store_true", help="run on a throwaway PostgreSQL server (Debian postgresql)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def run(args: argparse.Namespace) -> int:
    import dataclasses

    from kiosk.errors import command_language, error_message
    from kiosk.simulation import Settings, SimulationError, simulate
    from kiosk.simulation.run import check_settings

    asked = Settings(
        url="", donors=args.donors, booths=args.booths, kiosks=args.kiosks, minute_ms=args.minute_ms, seed=args.seed
    )
    try:
        check_settings(asked)  # before any server, folder or process is started
    except SimulationError as error:
        print(f"kiosk simulate: {error_message(error, command_language(), isolate=False)}", file=sys.stderr)
        return 2

    def go(url: str) -> int:
        settings = dataclasses.replace(asked, url=url)
        try:
            report = simulate(settings)
        except SimulationError as error:
            print(f"kiosk: {error_message(error, command_language(), isolate=False)}", file=sys.stderr)
            return 2
        if args.json:
            print(json.dumps(report.to_json(), sort_keys=True))
        else:
            print(report.text(command_language()))
        for message in report.messages[:3]:
            print(message, file=sys.stderr)
        return 0 if report.ok() else 1

    # A plain SIGTERM would leave stations, the temporary files or the throwaway
    # server behind: leave through the `finally` and `with` blocks instead.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    if args.temp_postgres:
        from kiosk.simulation.pgserver import PostgresUnavailable, TempPostgres

        try:
            with TempPostgres() as url:
                return go(url)
        except PostgresUnavailable as error:
            print(f"kiosk: {error_message(error, command_language(), isolate=False)}", file=sys.stderr)
            return 2
    if getattr(args, "db", None):  # only an explicit URL: $KIOSK_DB is a station's real data
        return go(args.db)
    with tempfile.TemporaryDirectory(prefix="qatra-simulate-") as folder:
        return go(f"sqlite:///{Path(folder) / 'simulation.db'}")

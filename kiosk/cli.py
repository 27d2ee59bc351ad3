"""The `kiosk` command: with no subcommand it starts the donor kiosk.

Each subcommand lives in `kiosk.commands.<name>` and defines `add_parser` and
`run`; heavy imports stay inside `run` so that `kiosk --help` and the kiosk's
start-up only pay for what they use.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

COMMANDS = (
    "station",
    "db",
    "campaign",
    "staff",
    "rules",
    "assess",
    "simulate",
    "print",
    "printers",
    "report",
    "audit",
    "backup",
    "restore",
    "keys",
    "export",
    "import_bundle",
)
WITH_WORDS = (None, "station", "print", "report")  # what shows or prints translated words


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; `commands=False` leaves out the subcommands, whose
    sixteen modules the donor kiosk's start (options only) has no use for."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="SQLAlchemy database URL (default: $KIOSK_DB or the embedded SQLite file)",
    )
    common.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help="log more")
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="Qatra blood-donation kiosk. With no command: the donor kiosk.",
        parents=[common],
    )
    parser.add_argument("--windowed", action="store_true", help="no full screen (development)")
    parser.add_argument("--exit-after-first-paint", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(command=None)
    if not commands:
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"kiosk.commands.{name}")
        module.add_parser(sub, [common])
    return parser


def names_a_command(argv: list[str]) -> bool:
    """Whether the command line may name a subcommand or ask for help: anything
    but options alone (`kiosk --windowed`), which start the donor kiosk."""
    return any(not arg.startswith("-") or arg in ("-h", "--help") for arg in argv)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(commands=names_a_command(argv))
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if getattr(args, "verbose", False) else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if args.command in WITH_WORDS and not _catalogues_ready():
        return 1
    try:
        if args.command is None:
            from kiosk.commands import station

            args.station = "kiosk"
            return station.run(args)
        module = importlib.import_module(f"kiosk.commands.{args.command}")
        return module.run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:
        return _storage_fault(error)


def _catalogues_ready() -> bool:
    """Stations and documents speak Arabic and French from compiled catalogues: a
    checkout builds a missing or stale one now; if that cannot be done, one line
    says so and nothing starts (never a screen or a paper in English)."""
    from kiosk.i18n import catalogues

    try:
        catalogues.ensure()
    except catalogues.CataloguesMissing as missing:
        from kiosk import errors  # the registry of messages, loaded only to say this

        print(f"kiosk: {errors.message(missing.code, errors.command_language(), file=missing.file)}", file=sys.stderr)
        return False
    return True


def _storage_fault(error: Exception) -> int:
    """A database that cannot be used (locked, full, read-only, damaged, unreachable,
    a bad URL…) is one line saying what happened and what to do, and exit status 1;
    anything else is a programming error and keeps its traceback."""
    from kiosk.errors import command_language
    from kiosk.storage.faults import classify

    fault = classify(error)
    if fault is None:
        raise error
    logging.getLogger("kiosk").debug("storage fault", exc_info=error)
    print(f"kiosk: {fault.message(command_language())}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())

"""One module per `kiosk` subcommand: `add_parser(subparsers, parents)` and `run(args)`."""

import argparse


def db_url(args: argparse.Namespace) -> str:
    """The database URL a command works on: `--db`, else `KIOSK_DB`, else the embedded file."""
    from kiosk.paths import default_db_url

    return getattr(args, "db", None) or default_db_url()

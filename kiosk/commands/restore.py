"""`kiosk restore FILE`: put a backup in place of the database, once every station is closed
(PostgreSQL: a `kiosk backup` dump, with pg_restore);
the file it replaces is kept aside, never deleted."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kiosk.commands import db_url
from kiosk.errors import say


def add_parser(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("restore", parents=parents, help="replace the database with a backup (stations closed)")
    parser.add_argument("file", type=Path, help="a backup, as `kiosk backup list` shows them")


def run(args: argparse.Namespace) -> int:
    from kiosk.storage import backup

    aside = backup.restore(db_url(args), args.file)
    print(say("restore.done_aside", file=args.file, aside=aside) if aside else say("restore.done", file=args.file))
    return 0

"""`kiosk backup [--to DIR] [--keep N]` and `kiosk backup list [--to DIR]`: copies of the
database taken while stations run, checked after writing, rotated."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kiosk.commands import db_url
from kiosk.errors import command_language, error_message, say


def add_parser(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("backup", parents=parents, help="copy the database now (also done every 10 minutes)")
    parser.add_argument(
        "--to", type=Path, metavar="DIR", help="folder for the copy (default: station.toml, else data/backups)"
    )
    parser.add_argument("--keep", type=int, metavar="N", help="keep the N newest copies there (default: station.toml)")
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    listing = actions.add_parser("list", parents=parents, help="the copies in the backup folder, newest first")
    listing.add_argument("--to", type=Path, metavar="DIR", help="the folder to look in")


def run(args: argparse.Namespace) -> int:
    from kiosk import station_settings
    from kiosk.storage import backup

    try:
        settings = station_settings.load()
    except station_settings.SettingsError as error:  # one line, no traceback, nothing copied
        print(f"kiosk backup: {error_message(error, command_language(), isolate=False)}", file=sys.stderr)
        return 1
    folder = args.to or settings.backup_folder_path() or backup.default_folder()
    if args.action == "list":
        found = backup.list_backups(folder)
        for item in found:
            print(
                say("backup.listed", file=item.path, taken=f"{item.taken_at:%Y-%m-%d %H:%M:%S}", kb=item.size // 1024)
            )
        if not found:
            print(say("backup.none", folder=folder))
        return 0
    keep = args.keep if args.keep is not None else settings.backup_keep
    made = backup.backup(db_url(args), folder, keep=keep)
    print(say("backup.written", file=made))
    return 0

"""`kiosk import FILE`: merge a bundle from a trusted peer; `kiosk import --register
FILE.csv`: load the centre's donor register before a campaign day.

Everything is checked before the database is opened for writing (signature,
sealing, checksums, every record), then merged in one transaction: a refused
file leaves the database as it was. Importing the same file again changes
nothing. (The module is not named `import`: that is a Python keyword.)
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.commands import db_url

if TYPE_CHECKING:
    from kiosk.storage.exchange import Report


def add_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], parents: list[argparse.ArgumentParser]
) -> None:
    parser = sub.add_parser(
        "import", parents=parents, help="merge a bundle from a trusted peer, or load the centre's register"
    )
    parser.set_defaults(command="import_bundle")  # the module's name: `import` is a keyword
    parser.add_argument("file", type=Path, metavar="FILE", help="a bundle (kiosk export), or with --register a CSV")
    parser.add_argument(
        "--register", action="store_true", help="FILE is the centre's donor register (CSV, docs/exchange.md)"
    )
    parser.add_argument(
        "--as-of",
        type=date.fromisoformat,
        metavar="DATE",
        help="with --register: the day the centre exported it (default: today)",
    )


def _fail(text: str) -> int:
    print(f"kiosk import: {text}", file=sys.stderr)
    return 1


def _counts(bucket: dict[str, int]) -> str:
    from kiosk.domain.exchange import KINDS

    return ", ".join(f"{bucket[k]} {k}" for k in (*KINDS, "register") if bucket.get(k)) or "nothing"


def print_report(source: str, report: Report, flagged: int) -> None:
    print(f"imported {source}")
    print(f"  added:      {_counts(report.added)}")
    if report.updated:
        print(f"  updated:    {_counts(report.updated)}")
    print(f"  unchanged:  {_counts(report.unchanged)}")
    print(f"  conflicts:  {len(report.conflicts)}" + (" (not merged)" if report.conflicts else ""))
    for line in report.conflicts:
        print(f"    {line}")
    if report.skipped:
        print(f"  left out:   {report.skipped} records of donors in conflict")
    if flagged:
        print(f"  flagged:    {flagged} donor(s) in today's queue now deferred on their record")


def run(args: argparse.Namespace) -> int:
    if args.register:
        return _register(args)
    from kiosk.domain import exchange as fmt
    from kiosk.paths import data_dir
    from kiosk.storage import exchange_keys as keys
    from kiosk.storage.exchange_bundle import MAX_BUNDLE, read

    try:
        if args.file.stat().st_size > MAX_BUNDLE:
            return _fail(f"{args.file} is larger than any bundle")
        data = args.file.read_bytes()
    except OSError as error:
        return _fail(f"cannot read {args.file}: {error.strerror or error}")
    try:
        mine = keys.load(data_dir())
        opened, records = read(data, mine, keys.trusted(data_dir()))
    except keys.KeysError as error:
        return _fail(str(error))
    except fmt.BundleError as error:
        return _fail(f"refused: {error}")
    return _merge(args, records, f"from {opened.signer} ({opened.manifest.producer.get('site', '?')})")


def _merge(args: argparse.Namespace, records: dict[str, list[dict[str, Any]]], source: str) -> int:
    from sqlalchemy.exc import IntegrityError

    from kiosk.app import App
    from kiosk.storage import audit, exchange

    app = App(db_url(args), station="cli")
    try:
        with app.db.write() as session:
            report = exchange.merge(session, records, now=app.now())
            flagged = exchange.flag_deferred_in_queue(session, report.touched_donors, app.today(), app.now(), "cli")
            if report.changed:
                audit.record(session, "cli", None, "exchange.import", detail={"added": report.added}, at=app.now())
    except IntegrityError:
        return _fail("refused: a record clashes with one already here (the same id or bag twice); nothing imported")
    finally:
        app.close()
    print_report(source, report, flagged)
    return 0


def _register(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import IntegrityError

    from kiosk.app import App
    from kiosk.domain import register as csvfmt
    from kiosk.storage import audit, exchange, exchange_register

    app = App(db_url(args), station="cli")
    as_of = args.as_of or app.today()
    try:
        with csvfmt.open_register(args.file) as stream, app.db.write() as session:
            report = exchange_register.merge_register(session, csvfmt.rows(stream, as_of), now=app.now(), as_of=as_of)
            flagged = exchange.flag_deferred_in_queue(session, report.touched_donors, app.today(), app.now(), "cli")
            if report.changed:
                audit.record(session, "cli", None, "exchange.register", detail={"added": report.added}, at=app.now())
    except csvfmt.RegisterError as error:
        return _fail(f"refused: {error}; nothing imported")
    except IntegrityError:
        return _fail("refused: a row clashes with a donor already here; nothing imported")
    finally:
        app.close()
    print_report(f"the register {args.file.name}", report, flagged)
    return 0

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

from kiosk.commands import db_url, record_counts
from kiosk.errors import CodedError, command_language, error_message, say

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


def _reason(error: CodedError) -> str:
    return error_message(error, command_language(), isolate=False)


def print_report(title: str, report: Report, flagged: int) -> None:
    """What the merge did, one line per bucket, in the operator's language."""
    nothing = say("exchange.nothing")
    print(title)
    print(f"  {say('exchange.added', counts=record_counts(report.added) or nothing)}")
    if report.updated:
        print(f"  {say('exchange.updated', counts=record_counts(report.updated) or nothing)}")
    print(f"  {say('exchange.unchanged', counts=record_counts(report.unchanged) or nothing)}")
    count = len(report.conflicts)
    print(f"  {say('exchange.conflicts_not_merged' if count else 'exchange.conflicts', count=count)}")
    for conflict in report.conflicts:
        print(f"    {say(conflict.code, **conflict.detail)}")
    if report.skipped:
        print(f"  {say('exchange.left_out', count=report.skipped)}")
    if flagged:
        print(f"  {say('exchange.flagged', count=flagged)}")


def run(args: argparse.Namespace) -> int:
    if args.register:
        return _register(args)
    from kiosk.domain import exchange as fmt
    from kiosk.paths import data_dir
    from kiosk.storage import exchange_keys as keys
    from kiosk.storage.exchange_bundle import MAX_BUNDLE, read

    try:
        if args.file.stat().st_size > MAX_BUNDLE:
            return _fail(say("exchange.too_large", file=args.file))
        data = args.file.read_bytes()
    except OSError as error:
        return _fail(say("file.unreadable", file=args.file, reason=error))
    try:
        mine = keys.load(data_dir())
        opened, records = read(data, mine, keys.trusted(data_dir()))
    except keys.KeysError as error:
        return _fail(_reason(error))
    except fmt.BundleError as error:
        return _fail(say("exchange.refused", reason=_reason(error)))
    site = opened.manifest.producer.get("site", "?")
    return _merge(args, records, say("exchange.imported_bundle", signer=opened.signer, site=site))


def _merge(args: argparse.Namespace, records: dict[str, list[dict[str, Any]]], title: str) -> int:
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
        return _fail(say("exchange.clash"))
    finally:
        app.close()
    print_report(title, report, flagged)
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
        return _fail(say("exchange.refused_nothing_imported", reason=_reason(error)))
    except IntegrityError:
        return _fail(say("exchange.register_clash"))
    finally:
        app.close()
    print_report(say("exchange.imported_register", file=args.file.name), report, flagged)
    return 0

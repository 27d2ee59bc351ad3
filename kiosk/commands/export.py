"""`kiosk export --to NAME --out FILE [--campaign SLUG] [--since DATE]`: one bundle
of this station's records, signed by it and sealed to the trusted peer NAME
(docs/exchange.md). Nothing in it, or in a name it chooses, reads in clear.
The organiser's Save writes the same bundle (kiosk.day_bundle).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from kiosk.commands import db_url, record_counts
from kiosk.errors import command_language, error_message, say


def add_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], parents: list[argparse.ArgumentParser]
) -> None:
    parser = sub.add_parser("export", parents=parents, help="write a signed, encrypted bundle for a trusted peer")
    parser.add_argument("--to", required=True, metavar="NAME", help="the trusted peer it is for (kiosk keys list)")
    parser.add_argument(
        "--out", required=True, type=Path, metavar="FILE", help="the bundle to write (a folder: a random name in it)"
    )
    parser.add_argument("--campaign", metavar="SLUG", help="only this campaign's visits and what they concern")
    parser.add_argument("--since", type=date.fromisoformat, metavar="DATE", help="only from this day on (YYYY-MM-DD)")


def _fail(text: str) -> int:
    print(f"kiosk export: {text}", file=sys.stderr)
    return 1


def run(args: argparse.Namespace) -> int:
    from kiosk.app import App
    from kiosk.day_bundle import NoCampaign, NoPeer, write_bundle
    from kiosk.storage.exchange_keys import KeysError

    app = App(db_url(args), station="cli")
    try:
        written = write_bundle(app, args.to, args.out, campaign=args.campaign, since=args.since, station="cli")
    except KeysError as error:  # no keys yet, or a key file that cannot be read
        return _fail(error_message(error, command_language(), isolate=False))
    except NoPeer:
        return _fail(say("exchange.no_peer", name=args.to))
    except NoCampaign:
        return _fail(say("exchange.no_campaign", slug=args.campaign))
    except OSError as error:
        return _fail(say("exchange.cannot_write", file=args.out, reason=error))
    finally:
        app.close()
    counts = record_counts(written.counts) or say("exchange.nothing_to_send")
    print(say("exchange.exported", file=written.path, peer=written.peer, site=written.site, counts=counts))
    return 0

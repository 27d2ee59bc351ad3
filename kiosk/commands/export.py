"""`kiosk export --to NAME --out FILE [--campaign SLUG] [--since DATE]`: one bundle
of this station's records, signed by it and sealed to the trusted peer NAME
(docs/exchange.md). Nothing in it, or in a name it chooses, reads in clear.
"""

from __future__ import annotations

import argparse
import secrets
import sys
from datetime import date
from pathlib import Path

from kiosk.commands import db_url


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
    from kiosk.domain import exchange as fmt
    from kiosk.paths import data_dir, write_whole
    from kiosk.storage import audit, exchange, site
    from kiosk.storage import exchange_keys as keys
    from kiosk.storage.exchange_bundle import build

    data = data_dir()
    try:
        mine = keys.load(data)
        peer = keys.trusted(data).get(args.to)
    except keys.KeysError as error:
        return _fail(str(error))
    if peer is None:
        return _fail(f"no trusted peer named {args.to!r} (see kiosk keys list; kiosk keys trust NAME FILE)")
    out: Path = args.out
    if out.is_dir():
        out = out / f"qatra-{secrets.token_hex(6)}.qxb"  # says nothing of the campaign or the donors
    app = App(db_url(args), station="cli")
    try:
        with app.db.write() as session:
            here = str(site.current(session))
            try:
                records = exchange.collect(session, campaign=args.campaign, since=args.since)
            except LookupError:
                return _fail(f"no campaign {args.campaign!r} in this database (see kiosk campaign list)")
            now = app.now()
            period = {"campaign": args.campaign, "since": args.since.isoformat() if args.since else None}
            bundle, counts = build(records, keys=mine, site=here, peer_name=args.to, peer=peer, period=period, now=now)
            try:
                write_whole(out, bundle)
            except OSError as error:
                return _fail(f"cannot write {out}: {error.strerror or error}")
            audit.record(session, "cli", None, "exchange.export", detail={"to": args.to, **counts}, at=now)
    finally:
        app.close()
    shown = ", ".join(f"{counts[k]} {k}" for k in fmt.KINDS if counts[k])
    print(f"wrote {out} for {args.to} ({peer.site}): {shown or 'nothing to send'}")
    return 0

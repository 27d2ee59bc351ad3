"""`kiosk keys init | show | trust NAME FILE | list`: this station's keys and its peers'.

Bundles are signed with this station's key and sealed to a trusted peer's;
before trusting a file of keys, read its fingerprint aloud with the peer.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.commands import db_url
from kiosk.errors import command_language, error_message, say


def add_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], parents: list[argparse.ArgumentParser]
) -> None:
    parser = sub.add_parser("keys", parents=parents, help="this station's keys and the peers it trusts")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    actions.add_parser("init", parents=parents, help="create this station's signing and encryption keys (once)")
    actions.add_parser("show", parents=parents, help="print the public keys, for a peer's `kiosk keys trust`")
    trust = actions.add_parser("trust", parents=parents, help="trust a peer's public keys under a name")
    trust.add_argument("name", help="what to call the peer, e.g. centre or laptop-b")
    trust.add_argument("file", type=Path, help="the peer's `kiosk keys show` output")
    actions.add_parser("list", parents=parents, help="list trusted peers and their fingerprints")


def _fail(text: str) -> int:
    print(f"kiosk keys: {text}", file=sys.stderr)
    return 1


def run(args: argparse.Namespace) -> int:
    from kiosk.paths import data_dir
    from kiosk.storage import exchange_keys as keys

    data = data_dir()
    try:
        if args.action == "init":
            from kiosk.app import App
            from kiosk.storage import site

            app = App(db_url(args), station="cli")
            try:
                with app.db.read() as session:
                    here = site.current(session)
            finally:
                app.close()
            made = keys.create(data, here)
            print(say("keys.created", site=here, fingerprint=made.public.fingerprint))
            return 0
        if args.action == "show":
            sys.stdout.write(keys.load(data).public.text())
            return 0
        if args.action == "trust":
            try:
                text = args.file.read_text(encoding="utf-8")
            except OSError as error:
                return _fail(say("file.unreadable", file=args.file, reason=error))
            except UnicodeDecodeError:
                return _fail(say("file.not_text", file=args.file))
            peer = keys.parse_public(text)
            keys.trust(data, args.name, peer)
            print(say("keys.trusted", name=args.name, site=peer.site, fingerprint=peer.fingerprint))
            return 0
        peers = keys.trusted(data)
        for name, peer in sorted(peers.items()):
            print(f"{name:16}  {peer.fingerprint}  {peer.site}")
        if not peers:
            print(say("keys.no_peers"), file=sys.stderr)
        return 0
    except keys.KeysError as error:
        return _fail(error_message(error, command_language(), isolate=False))

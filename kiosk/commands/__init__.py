"""One module per `kiosk` subcommand: `add_parser(subparsers, parents)` and `run(args)`."""

import argparse


def db_url(args: argparse.Namespace) -> str:
    """The database URL a command works on: `--db`, else `KIOSK_DB`, else the embedded file."""
    from kiosk.paths import default_db_url

    return getattr(args, "db", None) or default_db_url()


# The largest row id a database stores (a signed 64-bit integer in SQLite and
# PostgreSQL): a number beyond it names no row, and must not reach the driver.
ROW_ID_MAX = 2**63 - 1


def storable_id(number: int | None) -> bool:
    return number is not None and 1 <= number <= ROW_ID_MAX


# The words for a count of each kind of record a bundle or the register carries
# (kiosk.domain.exchange.KINDS, then the register's rows), codes of kiosk.errors.
RECORD_COUNTS = {
    "campaign": "record.campaign",
    "donor": "record.donor",
    "visit": "record.visit",
    "response": "record.response",
    "vitals": "record.vitals",
    "donation": "record.donation",
    "deferral": "record.deferral",
    "audit": "record.audit",
    "register": "record.register",
}


def record_counts(counts: dict[str, int]) -> str:
    """`2 donor, 3 visit` in the operator's language; empty when every count is 0."""
    from kiosk.errors import say

    shown = [say(code, count=counts[kind]) for kind, code in RECORD_COUNTS.items() if counts.get(kind)]
    return say("record.separator").join(shown)

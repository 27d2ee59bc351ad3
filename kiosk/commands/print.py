"""`kiosk print ticket|card|certificate`: a document as a PDF file, for review.

    kiosk print card --sample --lang ar --out card-ar.pdf      # demo campaign, demo donor
    kiosk print ticket --visit 12 --out ticket.pdf              # a real visit's ticket
    kiosk print certificate --visit 12 --lang fr --out cert.pdf # that visit's donation
    kiosk print card --donor QTR-000001 --out card.pdf          # a real donor's card

The real documents come from the database (`--db`), built exactly as the
stations print them (kiosk.printing.compose); the language defaults to the
donor's. Nothing is sent to a printer: see `kiosk printers test` for that.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.commands import db_url, storable_id
from kiosk.domain.documents import DOCUMENT_KINDS as KINDS
from kiosk.errors import say
from kiosk.i18n import LANGUAGES


def add_parser(sub, parents) -> None:
    parser = sub.add_parser(
        "print",
        parents=parents,
        help="write a ticket, card or certificate as a PDF",
        description="Write a document as a PDF for review: the demo one (--sample) "
        "or a real one from the database (--visit, --donor).",
    )
    parser.add_argument("kind", choices=KINDS, help="which document")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--sample", action="store_true", help="the demo campaign and a demo donor")
    source.add_argument(
        "--visit", type=int, metavar="ID", help="a visit: its ticket, its donor's card, its donation's certificate"
    )
    source.add_argument("--donor", metavar="NUMBER", help="a donor's card, e.g. QTR-000001")
    parser.add_argument(
        "--lang", choices=LANGUAGES, help="the document's language (default: the donor's; ar for --sample)"
    )
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help="where to write the PDF")


def _fail(text: str) -> int:
    print(f"kiosk print: {text}", file=sys.stderr)
    return 1


def sample_data(kind: str, lang: str):
    from kiosk.printing import samples

    return {"ticket": samples.sample_ticket, "card": samples.sample_card, "certificate": samples.sample_certificate}[
        kind
    ](lang)


def run(args: argparse.Namespace) -> int:
    from kiosk.i18n.catalog import labels_for
    from kiosk.printing import compose

    if args.sample:
        lang = args.lang or "ar"
        data = sample_data(args.kind, lang)
    else:
        if args.donor is not None and args.kind != "card":
            return _fail(f"a {args.kind} is printed for a visit: use --visit ID")
        loaded = _from_database(args)
        if isinstance(loaded, int):
            return loaded
        data, lang = loaded
    pdf = compose.render(args.kind, data, lang, labels_for)
    try:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_bytes(pdf)
    except OSError as error:
        return _fail(f"cannot write {args.out}: {error.strerror or error}")
    print(f"wrote {args.out} ({args.kind}, {lang}, {len(pdf) // 1024} KB)")
    return 0


def _from_database(args: argparse.Namespace):
    """(data, lang) for the visit or donor asked for, or an exit code after saying why."""
    from kiosk.app import App
    from kiosk.domain.donors import donor_id_from_number
    from kiosk.domain.visits import VisitRefused
    from kiosk.i18n import dates
    from kiosk.printing import compose
    from kiosk.storage import print_jobs

    donor_id = None
    if args.donor is not None:
        donor_id = donor_id_from_number(args.donor)
        if donor_id is None:
            return _fail(f"{args.donor!r} is not a donor number (e.g. QTR-000123)")
    which = f"visit {args.visit}" if args.visit is not None else args.donor
    if not storable_id(donor_id if args.visit is None else args.visit):
        return _fail(f"{which}: {say('visit.unknown' if args.visit is not None else 'donor.unknown')}")
    app = App(db_url(args), station="cli")
    try:
        with app.db.read() as session:
            rows = print_jobs.document_rows(session, args.kind, visit_id=args.visit, donor_id=donor_id)
            lang = args.lang or rows.donor.language
            return compose.document_data(rows, lang, dates, issued=app.today()), lang
    except VisitRefused as refused:
        return _fail(f"{which}: {say(refused.code, **refused.detail)}")
    finally:
        app.close()

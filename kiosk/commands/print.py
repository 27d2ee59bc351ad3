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
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.commands import db_url, storable_id
from kiosk.domain.documents import DOCUMENT_KINDS as KINDS
from kiosk.errors import say
from kiosk.i18n import LANGUAGES

if TYPE_CHECKING:
    from kiosk.printing.data import CardData, CertificateData, TicketData


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


def document_word(kind: str) -> str:
    """A kind of document (`ticket`, the command's word) named in the operator's language."""
    return say("document.ticket" if kind == "ticket" else "document.card" if kind == "card" else "document.certificate")


def sample_data(kind: str, lang: str) -> TicketData | CardData | CertificateData:
    from kiosk.printing import samples

    makers: dict[str, Callable[[str], TicketData | CardData | CertificateData]] = {
        "ticket": samples.sample_ticket,
        "card": samples.sample_card,
        "certificate": samples.sample_certificate,
    }
    return makers[kind](lang)


def run(args: argparse.Namespace) -> int:
    from kiosk.i18n.catalog import labels_for
    from kiosk.printing import compose

    if args.sample:
        lang = args.lang or "ar"
        data = sample_data(args.kind, lang)
    else:
        if args.donor is not None and args.kind != "card":
            return _fail(say("print.ticket_for_visit" if args.kind == "ticket" else "print.certificate_for_visit"))
        loaded = _from_database(args)
        if isinstance(loaded, int):
            return loaded
        data, lang = loaded
    pdf = compose.render(args.kind, data, lang, labels_for)
    try:
        from kiosk.private_files import private_dir, write_private

        if not args.out.parent.is_dir():
            private_dir(args.out.parent)
        write_private(args.out, pdf)  # a card or certificate names a donor: 0600
    except OSError as error:
        return _fail(say("exchange.cannot_write", file=args.out, reason=error))
    print(say("print.wrote", file=args.out, kind=document_word(args.kind), lang=lang, kb=len(pdf) // 1024))
    return 0


def _from_database(args: argparse.Namespace):
    """(data, lang) for the visit or donor asked for, or an exit code after saying why."""
    from kiosk.app import App
    from kiosk.domain.donors import normal_number
    from kiosk.domain.visits import VisitRefused
    from kiosk.i18n import dates
    from kiosk.printing import compose
    from kiosk.storage import print_jobs

    if args.donor is not None and normal_number(args.donor) is None:
        return _fail(say("print.not_donor_number", number=args.donor))
    which = say("print.visit", visit=args.visit) if args.visit is not None else args.donor
    if args.visit is not None and not storable_id(args.visit):
        return _fail(say("print.about", which=which, text=say("visit.unknown")))
    app = App(db_url(args), station="cli")
    try:
        with app.db.read() as session:
            donor_id = None
            if args.donor is not None:
                from kiosk.storage.registration import find_by_number

                found = find_by_number(session, args.donor)
                donor_id = found.id if found is not None else -1  # -1: donor.unknown, said below
            rows = print_jobs.document_rows(session, args.kind, visit_id=args.visit, donor_id=donor_id)
            lang = args.lang or rows.donor.language
            return compose.document_data(rows, lang, dates, issued=app.today()), lang
    except VisitRefused as refused:
        return _fail(say("print.about", which=which, text=say(refused.code, **refused.detail)))
    finally:
        app.close()

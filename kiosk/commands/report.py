"""`kiosk report day|campaign`: the organiser's account, as an A4 PDF and/or CSV files.

    kiosk report day --lang ar --out today-ar.pdf                 # today, the campaign in use
    kiosk report day --date 2025-12-02 --lang fr --csv out/       # a past day, as CSV tables
    kiosk report campaign khouribga-2025-12 --lang fr --out all.pdf

Counts only: no name, no identifier, no answer; small counts in tables of people
read "< 5".
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from kiosk.commands import db_url
from kiosk.errors import command_language, error_message, say
from kiosk.i18n import LANGUAGES


def add_parser(sub, parents) -> None:
    parser = sub.add_parser(
        "report",
        parents=parents,
        help="the day's or the campaign's figures as a PDF and/or CSV files",
        description="The organiser's report: figures, tables and charts; counts only.",
    )
    which = parser.add_subparsers(dest="period", metavar="PERIOD", required=True)
    day = which.add_parser("day", parents=parents, help="one campaign day (default: today)")
    day.add_argument("--date", metavar="YYYY-MM-DD", help="the day (default: today at the venue)")
    day.add_argument("--campaign", metavar="SLUG", help="the campaign (default: the one in use)")
    whole = which.add_parser("campaign", parents=parents, help="every day of a campaign")
    whole.add_argument("slug", metavar="SLUG", help="the campaign, as `kiosk campaign list` names it")
    for sub_parser in (day, whole):
        sub_parser.add_argument("--lang", choices=LANGUAGES, required=True, help="the report's language")
        sub_parser.add_argument("--out", type=Path, metavar="FILE.pdf", help="write the PDF here")
        sub_parser.add_argument("--csv", type=Path, metavar="DIR", help="write the tables as CSV files in DIR")


def _fail(text: str) -> int:
    print(f"kiosk report: {text}", file=sys.stderr)
    return 1


def run(args: argparse.Namespace) -> int:
    if args.out is None and args.csv is None:
        return _fail(say("report.where"))
    day = None
    if getattr(args, "date", None):
        try:
            day = date.fromisoformat(args.date)
        except ValueError:
            return _fail(say("report.date", date=args.date))
    from kiosk.app import App
    from kiosk.reports import ReportRefused, write_report

    app = App(db_url(args), station="cli")
    try:
        slug = args.slug if args.period == "campaign" else args.campaign
        written = write_report(
            app,
            args.lang,
            campaign_slug=slug,
            day=day,
            whole_campaign=args.period == "campaign",
            pdf=args.out,
            csv_dir=args.csv,
        )
    except ReportRefused as refused:
        return _fail(error_message(refused, command_language(), isolate=False))
    except OSError as error:
        return _fail(say("exchange.cannot_write", file=error.filename or "", reason=error))
    finally:
        app.close()
    for path in written:
        print(say("report.wrote", file=path))
    return 0

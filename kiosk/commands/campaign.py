"""`kiosk campaign list | use NAME | import FILE`."""

from __future__ import annotations

import sys
from pathlib import Path

from kiosk.commands import db_url


def add_parser(sub, parents) -> None:
    parser = sub.add_parser("campaign", parents=parents, help="campaigns in the database")
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    actions.add_parser("list", parents=parents, help="list campaigns; * marks the one in use")
    use = actions.add_parser("use", parents=parents, help="serve this campaign on every station")
    use.add_argument("name", help="the campaign's slug, as listed")
    imp = actions.add_parser("import", parents=parents, help="add or update a campaign from a TOML file")
    imp.add_argument("file", type=Path)


def run(args) -> int:
    from kiosk.app import App
    from kiosk.domain.campaigns import CampaignFileError, load_campaign_file
    from kiosk.errors import command_language, error_message, say
    from kiosk.i18n import LANGUAGES
    from kiosk.i18n.texts import Texts
    from kiosk.storage import campaigns

    app = App(db_url(args))
    lang = command_language()
    try:
        if args.action == "list":
            with app.db.read() as session:
                active = campaigns.active_campaign(session)
                for row in campaigns.list_campaigns(session):
                    mark = "*" if active is not None and row.id == active.id else " "
                    days = f"{row.first_day}" + ("" if row.last_day == row.first_day else f"..{row.last_day}")
                    demo = f"  {say('campaign.listed_demo')}" if row.demo else ""
                    name = Texts(row.name).of(lang if lang in LANGUAGES else "fr")  # a Latin terminal: French
                    print(f"{mark} {row.slug:22} {days:24} {name}{demo}")
            return 0
        if args.action == "use":
            with app.db.write() as session:
                chosen = campaigns.use_campaign(session, args.name)
            if chosen is None:
                print(f"kiosk campaign: {say('campaign.unknown', name=args.name)}", file=sys.stderr)
                return 1
            app.campaign()  # remember it for the next start
            print(say("campaign.serving", name=args.name))
            return 0
        report: list[CampaignFileError] = []
        try:
            spec = load_campaign_file(args.file, report)  # checked whole before the database is touched
        except CampaignFileError as error:
            print(f"kiosk: {error_message(error, lang, isolate=False)}", file=sys.stderr)
            return 1
        with app.db.write() as session:
            replaced = campaigns.find_campaign(session, spec.slug) is not None
            campaigns.save_campaign(session, spec)
        for line in report:  # a translation under way: imported, and said
            print(f"kiosk: {say('command.warning', message=error_message(line, lang, isolate=False))}", file=sys.stderr)
        print(say("campaign.updated" if replaced else "campaign.imported", name=spec.slug))
        return 0
    finally:
        app.close()

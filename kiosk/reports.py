"""Making the organiser's report: one read, then the PDF and/or the CSV files.

Shared by `kiosk report` and the organiser station (which runs it off the GUI
thread), so the printed report and the files on the USB stick are the same.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kiosk.app import App
from kiosk.coded_error import CodedError
from kiosk.domain.day_report import DayReport
from kiosk.printing.data import CampaignText


class ReportRefused(CodedError, ValueError):
    """Nothing to report on (no such campaign); the code's message says what to do."""


@dataclass(frozen=True)
class Loaded:
    report: DayReport
    campaign: CampaignText
    whole_campaign: bool


def load(
    app: App, *, campaign_slug: str | None = None, day: date | None = None, whole_campaign: bool = False
) -> Loaded:
    from kiosk.printing.compose import campaign_text
    from kiosk.storage import campaigns, day_report

    with app.db.read() as session:
        row = campaigns.find_campaign(session, campaign_slug) if campaign_slug else campaigns.active_campaign(session)
        if row is None:
            if campaign_slug:
                raise ReportRefused("report.no_campaign", slug=campaign_slug)
            raise ReportRefused("report.no_campaign_in_use")
        if whole_campaign:
            first, last = day_report.campaign_days(session, row)
        else:
            first = last = day or app.today()
        return Loaded(day_report.report(session, row, first, last), campaign_text(row), whole_campaign)


def pdf_bytes(app: App, loaded: Loaded, lang: str) -> bytes:
    from kiosk.i18n import dates
    from kiosk.i18n.catalog import labels_for
    from kiosk.printing.day_report import ReportData, render_report

    data = ReportData(loaded.report, loaded.campaign, app.now(), loaded.whole_campaign)
    return render_report(data, lang, labels_for(lang), dates)


def csv_files(loaded: Loaded, lang: str, directory: Path) -> list[Path]:
    from kiosk.i18n import dates
    from kiosk.i18n.catalog import labels_for
    from kiosk.printing import report_labels as R
    from kiosk.printing.report_csv import write_csv
    from kiosk.printing.report_labels import translate
    from kiosk.printing.report_tables import sections

    tr = labels_for(lang)
    report = loaded.report
    period = dates.long_date(report.first_day, lang)
    if report.last_day != report.first_day:
        period += " – " + dates.long_date(report.last_day, lang)
    preamble = [
        (translate(tr, R.CAMPAIGN_TITLE if loaded.whole_campaign else R.DAY_TITLE), loaded.campaign.name.of(lang)),
        (translate(tr, R.DAY), period),
    ]
    return write_csv(sections(report, lang, tr, dates), directory, preamble)


def write_private(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        os.fchmod(handle.fileno(), 0o600)
        handle.write(content)


def write_report(
    app: App,
    lang: str,
    *,
    campaign_slug: str | None = None,
    day: date | None = None,
    whole_campaign: bool = False,
    pdf: Path | None = None,
    csv_dir: Path | None = None,
) -> list[Path]:
    loaded = load(app, campaign_slug=campaign_slug, day=day, whole_campaign=whole_campaign)
    written = []
    if pdf is not None:
        write_private(pdf, pdf_bytes(app, loaded, lang))
        written.append(pdf)
    if csv_dir is not None:
        written += csv_files(loaded, lang, csv_dir)
    return written

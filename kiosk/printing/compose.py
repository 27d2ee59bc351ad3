"""From database rows to a document's data, and from a kind to its PDF.

Plain Python over duck-typed rows (kiosk.storage.models, or anything with the
same attributes; kiosk.storage.print_jobs.document_rows gathers them), so the
printing layer depends on neither SQLAlchemy nor Qt. Dates are written by the
caller's `dates` object — in the application, the module kiosk.i18n.dates
itself (ar_MA and fr_MA through QLocale), which printing may not import.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol

from kiosk.domain.donors import full_name
from kiosk.domain.visits import DONATION_KINDS, VISIT_QR_PREFIX, WHOLE_BLOOD
from kiosk.i18n.texts import Texts
from kiosk.printing.data import (
    CampaignText,
    CardData,
    Catalog,
    CertificateData,
    TicketData,
)

# Who signs a card when no campaign is known (a donor registered from the command line).
QATRA = Texts(ar="قطرة", fr="Qatra")


class DateFormat(Protocol):
    """How dates are spelled in a document's language: kiosk.i18n.dates fits."""

    def long_date(self, day: date, lang: str) -> str: ...

    def time_of_day(self, moment: datetime, lang: str) -> str: ...


def campaign_text(campaign) -> CampaignText:
    """From a campaign row (`name`, `venue`, … as {language: text}, `organisers` as a list of them)."""
    return CampaignText.from_spec(campaign)


def donor_names(donor) -> tuple[str, str | None]:
    """(name in Latin letters, name in Arabic letters or None), as documents print them.

    A donor who gave only an Arabic name gets it in the first place, which the
    documents never leave empty."""
    latin = full_name(donor.first_name_latin, donor.last_name_latin)
    arabic = full_name(donor.first_name_ar, donor.last_name_ar) or None
    if not latin:
        return (arabic or donor.number), None
    return latin, arabic


def ticket_data(visit, campaign, people_ahead: int, lang: str, dates: DateFormat) -> TicketData:
    """The queue ticket of a visit that has one (ticket number and token)."""
    if visit.ticket is None or not visit.ticket_token:
        raise ValueError(f"visit {visit.id} has no ticket")
    return TicketData(
        campaign=campaign_text(campaign),
        number=visit.ticket,
        people_ahead=max(0, people_ahead),
        date_text=dates.long_date(visit.day, lang),
        time_text=dates.time_of_day(visit.waiting_at, lang),
        visit_qr=f"{VISIT_QR_PREFIX}{visit.ticket_token}",
    )


def card_data(donor, campaign, first_donation_day: date | None, lang: str, dates: DateFormat) -> CardData:
    """The donor card; its QR holds the donor's card token and nothing else."""
    latin, arabic = donor_names(donor)
    organisers = campaign.organisers if campaign is not None else ()
    return CardData(
        donor_number=donor.number,
        name_latin=latin,
        name_arabic=arabic,
        blood_group=donor.blood_group_confirmed or None,  # never the group a donor only declared
        first_donation_text=dates.long_date(first_donation_day, lang) if first_donation_day else None,
        token=donor.card_token,
        organiser=Texts(organisers[0]) if organisers else QATRA,
    )


def certificate_data(donation, donor, campaign, staff, issued: date, lang: str, dates: DateFormat) -> CertificateData:
    """The certificate of one donation, issued on `issued` (the venue's day)."""
    latin, arabic = donor_names(donor)
    return CertificateData(
        campaign=campaign_text(campaign),
        donor_number=donor.number,
        name_latin=latin,
        name_arabic=arabic,
        national_id=donor.cin,
        donation_date_text=dates.long_date(donation.day, lang),
        issued_date_text=dates.long_date(issued, lang),
        kind=donation.kind if donation.kind in DONATION_KINDS else WHOLE_BLOOD,
        volume_ml=donation.volume_ml,
        staff_name=staff.name if staff is not None else "",
    )


def document_data(rows, lang: str, dates: DateFormat, issued: date):
    """The data of the document `rows` describe (kiosk.storage.print_jobs.DocumentRows)."""
    if rows.kind == "ticket":
        return ticket_data(rows.visit, rows.campaign, rows.people_ahead, lang, dates)
    if rows.kind == "card":
        return card_data(rows.donor, rows.campaign, rows.first_donation_day, lang, dates)
    if rows.kind == "certificate":
        return certificate_data(rows.donation, rows.donor, rows.campaign, rows.staff, issued, lang, dates)
    raise ValueError(f"unknown document kind {rows.kind!r}")


def render(kind: str, data, lang: str, catalog: Catalog) -> bytes:
    """The PDF of a ticket, card or certificate (reportlab is imported here, on first use)."""
    from kiosk import printing

    renderers = {
        "ticket": printing.render_ticket,
        "card": printing.render_card,
        "certificate": printing.render_certificate,
    }
    if kind not in renderers:
        raise ValueError(f"unknown document kind {kind!r}")
    return renderers[kind](data, lang, catalog)

"""From database rows to a document's data, and from a kind to its PDF.

Plain Python over duck-typed rows (kiosk.storage.models, or anything with the
same attributes; kiosk.storage.print_jobs.document_rows gathers them), so the
printing layer depends on neither SQLAlchemy nor Qt. Dates are written by the
caller's `dates` object — in the application, the module kiosk.i18n.dates
itself (ar_MA and fr_MA through QLocale), which printing may not import.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Protocol

from kiosk.domain.clock import to_local
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


class CampaignRow(Protocol):
    """The campaign columns a document prints (kiosk.storage.models.Campaign): texts by language."""

    @property
    def name(self) -> Mapping[str, str]: ...
    @property
    def venue(self) -> Mapping[str, str]: ...
    @property
    def city(self) -> Mapping[str, str]: ...
    @property
    def slogan(self) -> Mapping[str, str] | None: ...
    @property
    def organisers(self) -> Sequence[Mapping[str, str]]: ...


class DonorRow(Protocol):
    """The donor columns a document prints (kiosk.storage.models.Donor)."""

    @property
    def number(self) -> str: ...
    @property
    def first_name_latin(self) -> str | None: ...
    @property
    def last_name_latin(self) -> str | None: ...
    @property
    def first_name_ar(self) -> str | None: ...
    @property
    def last_name_ar(self) -> str | None: ...
    @property
    def blood_group(self) -> str | None: ...
    @property
    def blood_group_confirmed(self) -> str | None: ...
    @property
    def card_token(self) -> str: ...
    @property
    def cin(self) -> str | None: ...


class VisitRow(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def day(self) -> date: ...
    @property
    def ticket(self) -> int | None: ...
    @property
    def ticket_token(self) -> str | None: ...
    @property
    def waiting_at(self) -> datetime: ...


class DonationRow(Protocol):
    @property
    def day(self) -> date: ...
    @property
    def kind(self) -> str: ...
    @property
    def volume_ml(self) -> int | None: ...


class StaffRow(Protocol):
    @property
    def name(self) -> str: ...


class Rows(Protocol):
    """What kiosk.storage.print_jobs.DocumentRows holds."""

    @property
    def kind(self) -> str: ...
    @property
    def donor(self) -> DonorRow: ...
    @property
    def campaign(self) -> CampaignRow | None: ...
    @property
    def visit(self) -> VisitRow | None: ...
    @property
    def people_ahead(self) -> int: ...
    @property
    def wait_minutes(self) -> int | None: ...
    @property
    def donation(self) -> DonationRow | None: ...
    @property
    def staff(self) -> StaffRow | None: ...
    @property
    def first_donation_day(self) -> date | None: ...


class DateFormat(Protocol):
    """How dates are spelled in a document's language: kiosk.i18n.dates fits."""

    def long_date(self, day: date, lang: str) -> str: ...

    def time_of_day(self, local: datetime, lang: str) -> str: ...


def campaign_text(campaign: CampaignRow) -> CampaignText:
    """From a campaign row (`name`, `venue`, … as {language: text}, `organisers` as a list of them)."""
    return CampaignText.from_spec(campaign)


def donor_names(donor: DonorRow) -> tuple[str, str | None]:
    """(name in Latin letters, name in Arabic letters or None), as documents print them.

    A donor who gave only an Arabic name gets it in the first place, which the
    documents never leave empty."""
    latin = full_name(donor.first_name_latin, donor.last_name_latin)
    arabic = full_name(donor.first_name_ar, donor.last_name_ar) or None
    if not latin:
        return (arabic or donor.number), None
    return latin, arabic


def ticket_data(
    visit: VisitRow,
    campaign: CampaignRow,
    people_ahead: int,
    lang: str,
    dates: DateFormat,
    wait_minutes: int | None = None,
) -> TicketData:
    """The queue ticket of a visit that has one (ticket number and token)."""
    if visit.ticket is None or not visit.ticket_token:
        raise ValueError(f"visit {visit.id} has no ticket")
    return TicketData(
        campaign=campaign_text(campaign),
        number=visit.ticket,
        people_ahead=max(0, people_ahead),
        date_text=dates.long_date(visit.day, lang),
        time_text=dates.time_of_day(to_local(visit.waiting_at), lang),
        visit_qr=f"{VISIT_QR_PREFIX}{visit.ticket_token}",
        wait_minutes=wait_minutes,
    )


def card_data(
    donor: DonorRow, campaign: CampaignRow | None, first_donation_day: date | None, lang: str, dates: DateFormat
) -> CardData:
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


def certificate_data(
    donation: DonationRow,
    donor: DonorRow,
    campaign: CampaignRow,
    staff: StaffRow | None,
    issued: date,
    lang: str,
    dates: DateFormat,
) -> CertificateData:
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


def document_data(rows: Rows, lang: str, dates: DateFormat, issued: date) -> TicketData | CardData | CertificateData:
    """The data of the document `rows` describe (kiosk.storage.print_jobs.DocumentRows)."""
    if rows.kind == "ticket":
        if rows.visit is None or rows.campaign is None:
            raise ValueError("a ticket needs its visit and campaign")
        return ticket_data(rows.visit, rows.campaign, rows.people_ahead, lang, dates, rows.wait_minutes)
    if rows.kind == "card":
        return card_data(rows.donor, rows.campaign, rows.first_donation_day, lang, dates)
    if rows.kind == "certificate":
        if rows.donation is None or rows.campaign is None:
            raise ValueError("a certificate needs its donation and campaign")
        return certificate_data(rows.donation, rows.donor, rows.campaign, rows.staff, issued, lang, dates)
    raise ValueError(f"unknown document kind {rows.kind!r}")


def render(kind: str, data: TicketData | CardData | CertificateData, lang: str, catalog: Catalog) -> bytes:
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
